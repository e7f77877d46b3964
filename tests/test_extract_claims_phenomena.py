"""What is claimed and when: groups and their members, earlier years, ranks, numbers.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""
import pytest

from extract.pipeline import extract_article

OMB = "Ombudsman RI Perwakilan {prov} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "


def recs(text, **kw):
    res = extract_article(text, **kw)
    return {(r.entity, r.year): r for r in res.records}


# -- groups: a counted part of a group, and the group's labels reaching each member -----------

@pytest.mark.parametrize("sub", [
    "Untuk 3 kabupaten dengan nilai terbaik yakni",
    "Adapun 3 kabupaten terbaik di antaranya adalah",
    "Dari kelompok itu, 3 kabupaten yang paling menonjol yaitu",
])
def test_a_counted_part_of_a_group_keeps_the_groups_labels(sub):
    text = (OMB.format(prov="Jawa Tengah") + "Ombudsman merilis 3 kabupaten dan 2 kota yang menempati zona hijau "
            "dengan opini kualitas tertinggi pada penilaian tahun 2023. Data itu disampaikan di Semarang. "
            f"{sub} Kabupaten Wonosobo dengan skor 95,10, Kabupaten Kendal dengan skor 94,20 dan Kabupaten Pati "
            "dengan skor 93,30. Sementara itu, Kota Tegal meraih skor 96,05 dan Kota Salatiga 95,55.")
    r = recs(text)
    for name in ("Kabupaten Wonosobo", "Kabupaten Kendal", "Kabupaten Pati", "Kota Tegal", "Kota Salatiga"):
        assert (r[(name, 2023)].zone, r[(name, 2023)].opinion) == ("hijau", "kualitas tertinggi"), name
    assert r[("Kabupaten Kendal", 2023)].score == 94.2


@pytest.mark.parametrize("part", [
    "3 diantaranya pada penilaian tahun 2019 berada di zona kuning, yaitu",
    "3 di antaranya pada penilaian 2019 masih berpredikat zona kuning yakni",
    "3 dari jumlah tersebut pada tahun 2019 masih zona kuning, yaitu",
])
def test_a_part_of_a_group_with_its_own_earlier_year(part):
    text = (OMB.format(prov="Riau") + "Penilaian Kepatuhan Tahun 2021 diumumkan di Jakarta. Di tingkat kabupaten "
            f"terdapat 5 kabupaten dengan predikat zona hijau, {part} Kabupaten Kampar, Kabupaten Siak dan "
            "Kabupaten Pelalawan. Dua kabupaten lainnya yang masuk zona hijau ialah Kabupaten Bengkalis dan "
            "Kabupaten Rokan Hulu.")
    r = recs(text)
    for name in ("Kabupaten Kampar", "Kabupaten Siak", "Kabupaten Pelalawan"):
        assert r[(name, 2019)].zone == "kuning", name
        assert r[(name, 2021)].zone == "hijau", name
    assert r[("Kabupaten Bengkalis", 2021)].zone == "hijau"
    assert ("Kabupaten Bengkalis", 2019) not in r


@pytest.mark.parametrize("closing", [
    "Seluruh sampel tersebut memperoleh kategori A dengan opini Kualitas Tertinggi.",
    "Semua unit layanan itu meraih kategori A dengan opini Kualitas Tertinggi.",
    "Seluruh OPD tersebut mendapat predikat kategori A dengan opini Kualitas Tertinggi.",
])
def test_all_of_a_list_spread_over_two_sentences_gets_the_closing_label(closing):
    text = (OMB.format(prov="Jawa Timur") + "Penilaian tahun 2024, Pemkab Lumajang meraih nilai 93,40. Ada lima unit "
            "pelayanan publik Pemkab Lumajang yang dinilai, yakni Dinas Kesehatan dengan nilai 95,12, Dinas Sosial "
            "dengan nilai 94,80, Puskesmas Pasirian dengan nilai 94,02 dan RSUD dr Haryoto dengan nilai 93,75. "
            f"Kemudian Dinas Pendidikan dengan nilai 90,15. {closing}")
    r = recs(text)
    for name in ("Dinas Kesehatan", "Dinas Sosial", "Puskesmas Pasirian", "Dinas Pendidikan"):
        assert (r[(name, 2024)].grade, r[(name, 2024)].opinion) == ("A", "kualitas tertinggi"), name
        assert r[(name, 2024)].parent == "Kabupaten Lumajang"


@pytest.mark.parametrize("same", [
    "Selain itu, 3 kabupaten lainnya menerima penghargaan serupa yaitu",
    "Sebanyak 3 kabupaten juga meraih predikat yang sama, yakni",
    "Hasil yang sama diraih 3 kabupaten lain, yaitu",
])
def test_the_same_award_as_the_one_just_named_reaches_the_group(same):
    text = (OMB.format(prov="Sumatera Utara") + "Pada penilaian tahun 2024, Pemprov Sumut meraih Kategori Kualitas "
            f"Tertinggi (Kategori A). {same} Kabupaten Karo, Kabupaten Dairi dan Kabupaten Samosir. Sedangkan "
            "Kabupaten Nias Barat berada pada kategori C.")
    r = recs(text)
    for name in ("Kabupaten Karo", "Kabupaten Dairi", "Kabupaten Samosir"):
        assert (r[(name, 2024)].grade, r[(name, 2024)].opinion) == ("A", "kualitas tertinggi"), name
    assert r[("Kabupaten Nias Barat", 2024)].grade == "C"
    assert r[("Kabupaten Nias Barat", 2024)].opinion is None


# -- ranks ------------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", [
    "menempatkan Kementerian Agama pada posisi nomor dua, setelah Kementerian Luar Negeri",
    "Kementerian Agama berada di peringkat kedua di bawah Kementerian Luar Negeri",
    "Kementerian Agama menduduki urutan ke-2, setelah Kementerian Luar Negeri",
])
def test_second_place_behind_a_named_one_makes_that_one_first(phrase):
    text = (OMB.format(prov="Jakarta Raya") + f"Pada penilaian tahun 2019 nilai 91,10 {phrase} yang memperoleh nilai "
            "99,50.")
    r = recs(text)
    assert r[("Kementerian Agama", 2019)].rank == 2
    assert r[("Kementerian Luar Negeri", 2019)].rank == 1


def test_third_place_behind_a_named_one_does_not_rank_that_one():
    text = (OMB.format(prov="Jakarta Raya") + "Pada penilaian tahun 2019, Kementerian Agama berada di peringkat ketiga, "
            "setelah Kementerian Luar Negeri yang memperoleh nilai 99,50.")
    r = recs(text)
    assert r[("Kementerian Agama", 2019)].rank == 3
    assert r[("Kementerian Luar Negeri", 2019)].rank is None


# -- numbers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("diff", [
    "Kenaikan dari tahun 2022 ke 2023 cukup signifikan, yakni mencapai 12,40.",
    "Peningkatannya dibanding tahun lalu sebesar 12,40.",
    "Selisih dengan penilaian sebelumnya 12,40.",
])
def test_a_difference_is_not_a_score(diff):
    text = (OMB.format(prov="Jawa Tengah") + "Pada penilaian tahun 2023, Kabupaten Banjarnegara memperoleh nilai "
            f"90,15 dengan opini kualitas tertinggi. {diff}")
    r = recs(text)
    assert r[("Kabupaten Banjarnegara", 2023)].score == 90.15


def test_a_rise_told_from_one_score_to_another_keeps_both_scores():
    text = (OMB.format(prov="Jawa Tengah") + "Kenaikan nilai Kabupaten Banjarnegara cukup tajam, dari 77,75 pada 2022 "
            "menjadi 90,15 pada 2023.")
    r = recs(text)
    assert r[("Kabupaten Banjarnegara", 2023)].score == 90.15
    assert r[("Kabupaten Banjarnegara", 2022)].score == 77.75


@pytest.mark.parametrize("written", ["2023 (88, 45)", "2023 dengan nilai 88, 45", "2023 meraih 88, 45"])
def test_a_decimal_comma_typed_with_a_space(written):
    text = (OMB.format(prov="Jawa Barat") + "Nilai Kota Cimahi terus naik: 2022 (80,10) dan " + written + ".")
    r = recs(text)
    assert r[("Kota Cimahi", 2023)].score == 88.45
