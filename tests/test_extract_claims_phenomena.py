"""What is claimed and when: groups and their members, earlier years, ranks, numbers.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract.pipeline import extract_article
from extract_helpers import recs

OMB = "Ombudsman RI Perwakilan {prov} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "


# -- groups: a counted part of a group, and the group's labels reaching each member -----------


@pytest.mark.parametrize(
    "sub",
    [
        "Untuk 3 kabupaten dengan nilai terbaik yakni",
        "Adapun 3 kabupaten terbaik di antaranya adalah",
        "Dari kelompok itu, 3 kabupaten yang paling menonjol yaitu",
    ],
)
def test_a_counted_part_of_a_group_keeps_the_groups_labels(sub):
    text = (
        OMB.format(prov="Jawa Tengah") + "Ombudsman merilis 3 kabupaten dan 2 kota yang menempati zona hijau "
        "dengan opini kualitas tertinggi pada penilaian tahun 2023. Data itu disampaikan di Semarang. "
        f"{sub} Kabupaten Wonosobo dengan skor 95,10, Kabupaten Kendal dengan skor 94,20 dan Kabupaten Pati "
        "dengan skor 93,30. Sementara itu, Kota Tegal meraih skor 96,05 dan Kota Salatiga 95,55."
    )
    r = recs(text)
    for name in ("Kabupaten Wonosobo", "Kabupaten Kendal", "Kabupaten Pati", "Kota Tegal", "Kota Salatiga"):
        assert (r[(name, 2023)].zone, r[(name, 2023)].opinion) == ("hijau", "kualitas tertinggi"), name
    assert r[("Kabupaten Kendal", 2023)].score == 94.2


@pytest.mark.parametrize(
    "part",
    [
        "3 diantaranya pada penilaian tahun 2019 berada di zona kuning, yaitu",
        "3 di antaranya pada penilaian 2019 masih berpredikat zona kuning yakni",
        "3 dari jumlah tersebut pada tahun 2019 masih zona kuning, yaitu",
    ],
)
def test_a_part_of_a_group_with_its_own_earlier_year(part):
    text = (
        OMB.format(prov="Riau") + "Penilaian Kepatuhan Tahun 2021 diumumkan di Jakarta. Di tingkat kabupaten "
        f"terdapat 5 kabupaten dengan predikat zona hijau, {part} Kabupaten Kampar, Kabupaten Siak dan "
        "Kabupaten Pelalawan. Dua kabupaten lainnya yang masuk zona hijau ialah Kabupaten Bengkalis dan "
        "Kabupaten Rokan Hulu."
    )
    r = recs(text)
    for name in ("Kabupaten Kampar", "Kabupaten Siak", "Kabupaten Pelalawan"):
        assert r[(name, 2019)].zone == "kuning", name
        assert r[(name, 2021)].zone == "hijau", name
    assert r[("Kabupaten Bengkalis", 2021)].zone == "hijau"
    assert ("Kabupaten Bengkalis", 2019) not in r


@pytest.mark.parametrize(
    "closing",
    [
        "Seluruh sampel tersebut memperoleh kategori A dengan opini Kualitas Tertinggi.",
        "Semua unit layanan itu meraih kategori A dengan opini Kualitas Tertinggi.",
        "Seluruh OPD tersebut mendapat predikat kategori A dengan opini Kualitas Tertinggi.",
    ],
)
def test_all_of_a_list_spread_over_two_sentences_gets_the_closing_label(closing):
    text = (
        OMB.format(prov="Jawa Timur") + "Penilaian tahun 2024, Pemkab Lumajang meraih nilai 93,40. Ada lima unit "
        "pelayanan publik Pemkab Lumajang yang dinilai, yakni Dinas Kesehatan dengan nilai 95,12, Dinas Sosial "
        "dengan nilai 94,80, Puskesmas Pasirian dengan nilai 94,02 dan RSUD dr Haryoto dengan nilai 93,75. "
        f"Kemudian Dinas Pendidikan dengan nilai 90,15. {closing}"
    )
    r = recs(text)
    for name in ("Dinas Kesehatan", "Dinas Sosial", "Puskesmas Pasirian", "Dinas Pendidikan"):
        assert (r[(name, 2024)].grade, r[(name, 2024)].opinion) == ("A", "kualitas tertinggi"), name
        assert r[(name, 2024)].parent == "Kabupaten Lumajang"


@pytest.mark.parametrize(
    "same",
    [
        "Selain itu, 3 kabupaten lainnya menerima penghargaan serupa yaitu",
        "Sebanyak 3 kabupaten juga meraih predikat yang sama, yakni",
        "Hasil yang sama diraih 3 kabupaten lain, yaitu",
    ],
)
def test_the_same_award_as_the_one_just_named_reaches_the_group(same):
    text = (
        OMB.format(prov="Sumatera Utara") + "Pada penilaian tahun 2024, Pemprov Sumut meraih Kategori Kualitas "
        f"Tertinggi (Kategori A). {same} Kabupaten Karo, Kabupaten Dairi dan Kabupaten Samosir. Sedangkan "
        "Kabupaten Nias Barat berada pada kategori C."
    )
    r = recs(text)
    for name in ("Kabupaten Karo", "Kabupaten Dairi", "Kabupaten Samosir"):
        assert (r[(name, 2024)].grade, r[(name, 2024)].opinion) == ("A", "kualitas tertinggi"), name
    assert r[("Kabupaten Nias Barat", 2024)].grade == "C"
    assert r[("Kabupaten Nias Barat", 2024)].opinion is None


# -- ranks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "menempatkan Kementerian Agama pada posisi nomor dua, setelah Kementerian Luar Negeri",
        "Kementerian Agama berada di peringkat kedua di bawah Kementerian Luar Negeri",
        "Kementerian Agama menduduki urutan ke-2, setelah Kementerian Luar Negeri",
    ],
)
def test_second_place_behind_a_named_one_makes_that_one_first(phrase):
    text = (
        OMB.format(prov="Jakarta Raya") + f"Pada penilaian tahun 2019 nilai 91,10 {phrase} yang memperoleh nilai 99,50."
    )
    r = recs(text)
    assert r[("Kementerian Agama", 2019)].rank == 2
    assert r[("Kementerian Luar Negeri", 2019)].rank == 1


def test_third_place_behind_a_named_one_does_not_rank_that_one():
    text = (
        OMB.format(prov="Jakarta Raya") + "Pada penilaian tahun 2019, Kementerian Agama berada di peringkat ketiga, "
        "setelah Kementerian Luar Negeri yang memperoleh nilai 99,50."
    )
    r = recs(text)
    assert r[("Kementerian Agama", 2019)].rank == 3
    assert r[("Kementerian Luar Negeri", 2019)].rank is None


# -- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "diff",
    [
        "Kenaikan dari tahun 2022 ke 2023 cukup signifikan, yakni mencapai 12,40.",
        "Peningkatannya dibanding tahun lalu sebesar 12,40.",
        "Selisih dengan penilaian sebelumnya 12,40.",
    ],
)
def test_a_difference_is_not_a_score(diff):
    text = (
        OMB.format(prov="Jawa Tengah") + "Pada penilaian tahun 2023, Kabupaten Banjarnegara memperoleh nilai "
        f"90,15 dengan opini kualitas tertinggi. {diff}"
    )
    r = recs(text)
    assert r[("Kabupaten Banjarnegara", 2023)].score == 90.15


def test_a_rise_told_from_one_score_to_another_keeps_both_scores():
    text = (
        OMB.format(prov="Jawa Tengah") + "Kenaikan nilai Kabupaten Banjarnegara cukup tajam, dari 77,75 pada 2022 "
        "menjadi 90,15 pada 2023."
    )
    r = recs(text)
    assert r[("Kabupaten Banjarnegara", 2023)].score == 90.15
    assert r[("Kabupaten Banjarnegara", 2022)].score == 77.75


@pytest.mark.parametrize("written", ["2023 (88, 45)", "2023 dengan nilai 88, 45", "2023 meraih 88, 45"])
def test_a_decimal_comma_typed_with_a_space(written):
    text = OMB.format(prov="Jawa Barat") + "Nilai Kota Cimahi terus naik: 2022 (80,10) dan " + written + "."
    r = recs(text)
    assert r[("Kota Cimahi", 2023)].score == 88.45


@pytest.mark.parametrize(
    "group",
    [
        "Di urutan pertama tiga polres yang memperoleh hijau diraih",
        "Dari tiga polres yang meraih zona hijau, peringkat pertama diraih",
        "Tiga polres mendapatkan predikat zona hijau. Posisi pertama ditempati",
    ],
)
def test_a_group_of_vertical_offices_gives_its_zone_to_the_ranked_members(group):
    text = (
        "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2021 "
        f"kepada Polda Jambi. {group} Polres Bungo dengan nilai 93,40. Posisi kedua ditempati Polres Tebo "
        "dengan nilai 88,10. Polres Kerinci menduduki posisi ketiga dengan nilai 82,75. Sisanya, mendapatkan "
        "predikat zona kuning."
    )
    r = recs(text)
    assert [(r[(n, 2021)].rank, r[(n, 2021)].zone) for n in ("Polres Bungo", "Polres Tebo", "Polres Kerinci")] == [
        (1, "hijau"),
        (2, "hijau"),
        (3, "hijau"),
    ]


@pytest.mark.parametrize("rest", ["Sisanya, mendapatkan predikat zona kuning.", "Selebihnya masih di zona kuning."])
def test_the_unnamed_rest_does_not_take_the_last_ones_place(rest):
    text = (
        OMB.format(prov="Bengkulu") + "Pada penilaian tahun 2021, Kabupaten Kaur meraih zona hijau dengan nilai "
        f"85,20. {rest}"
    )
    r = recs(text)
    assert r[("Kabupaten Kaur", 2021)].zone == "hijau"


@pytest.mark.parametrize(
    "ranks",
    [
        "Urutan pertama dan kedua masing-masing Pemkab Magetan (88,36) dan Pemkab Pacitan (87,46).",
        "Peringkat kesatu dan kedua ditempati Pemkab Magetan (88,36) dan Pemkab Pacitan (87,46).",
        "Posisi 1 dan 2 masing-masing diraih Pemkab Magetan dengan nilai 88,36 dan Pemkab Pacitan dengan nilai 87,46.",
    ],
)
def test_ranks_listed_together_go_to_the_entities_in_order(ranks):
    text = (
        OMB.format(prov="Jawa Timur") + "Pada penilaian tahun 2022, Pemkab Trenggalek menempati ranking ke-3 dari "
        f"12 pemkab/pemkot di Jawa Timur yang masuk zona hijau. Skornya 86,15. {ranks}"
    )
    r = recs(text)
    assert (r[("Kabupaten Magetan", 2022)].rank, r[("Kabupaten Magetan", 2022)].score) == (1, 88.36)
    assert (r[("Kabupaten Pacitan", 2022)].rank, r[("Kabupaten Pacitan", 2022)].score) == (2, 87.46)
    # ranked among "12 pemkab/pemkot ... yang masuk zona hijau": every one of them is green
    for name in ("Kabupaten Trenggalek", "Kabupaten Magetan", "Kabupaten Pacitan"):
        assert r[(name, 2022)].zone == "hijau", name


def test_a_ranking_among_all_assessed_gives_no_zone():
    text = (
        OMB.format(prov="Papua Barat Daya") + "Pada penilaian tahun 2024 Pemda Kabupaten Tambrauw menempati posisi "
        "345 dari 416 kabupaten yang dinilai dengan nilai 77,43 Kategori C. Pemda Kabupaten Maybrat berada pada "
        "posisi 408 dengan nilai 31,98."
    )
    r = recs(text)
    assert (r[("Kabupaten Tambrauw", 2024)].score, r[("Kabupaten Tambrauw", 2024)].grade) == (77.43, "C")
    assert (r[("Kabupaten Maybrat", 2024)].score, r[("Kabupaten Maybrat", 2024)].grade) == (31.98, None)


# -- years ------------------------------------------------------------------------------------


@pytest.mark.parametrize("then", ["pada saat itu", "kala itu", "ketika itu"])
def test_at_that_time_is_the_year_just_named(then):
    text = (
        OMB.format(prov="Jawa Tengah") + "Penilaian Kepatuhan Tahun 2023 menempatkan Kabupaten Blora di zona hijau "
        "dengan nilai 90,12. Menurut Ombudsman, pada tahun 2022 Provinsi Jawa Tengah sudah mencapai zona hijau. "
        f"Hanya saja, Kabupaten Blora {then} masih berada di zona kuning."
    )
    r = recs(text)
    assert r[("Kabupaten Blora", 2022)].zone == "kuning"
    assert r[("Kabupaten Blora", 2023)].zone == "hijau"


# -- groups named only by "termasuk", and the ones left out -----------------------------------


@pytest.mark.parametrize(
    "member",
    [
        "Termasuk Pemprov Jawa Timur (92,08).",
        "Di antaranya Pemprov Jawa Timur dengan nilai 92,08.",
        "Salah satunya Pemprov Jawa Timur yang meraih nilai 92,08.",
    ],
)
def test_a_member_named_after_a_statement_about_the_rest(member):
    text = (
        OMB.format(prov="Jawa Timur") + "Pada penilaian tahun 2024 hanya 2 pemda yang masuk kategori B, yakni Pemkab "
        "Ngawi (86,10) dan Pemkot Batu (85,28). Untuk pemda di luar 2 pemda tersebut masuk dalam zona hijau "
        f"dengan kualitas tertinggi. {member}"
    )
    r = recs(text)
    jatim = r[("Provinsi Jawa Timur", 2024)]
    assert (jatim.score, jatim.zone, jatim.opinion) == (92.08, "hijau", "kualitas tertinggi")
    # "di luar 2 pemda tersebut": the two are left out
    assert r[("Kabupaten Ngawi", 2024)].opinion is None
    assert r[("Kabupaten Ngawi", 2024)].grade == "B"


# -- labels across instruments ------------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["berpredikat kepatuhan tinggi", "meraih predikat Kepatuhan Tinggi", "dengan opini kepatuhan tinggi"]
)
def test_an_old_label_for_a_graded_year_fills_the_zone_only(label):
    text = OMB.format(prov="Jawa Timur") + f"Pada penilaian tahun 2022, Pemkab Madiun {label} dengan nilai 84,15."
    r = recs(text)
    rec = r[("Kabupaten Madiun", 2022)]
    assert (rec.score, rec.zone, rec.opinion) == (84.15, "hijau", None)


def test_an_old_label_before_2022_is_the_opinion():
    text = OMB.format(prov="Jawa Timur") + "Pada penilaian tahun 2019, Pemkab Madiun berpredikat kepatuhan tinggi."
    r = recs(text)
    assert r[("Kabupaten Madiun", 2019)].opinion == "kepatuhan tinggi"


@pytest.mark.parametrize(
    "wish",
    [
        "Kami berharap di tahun ini (2022), hasil penilaian kepatuhan bisa ditingkatkan sehingga masuk zona hijau.",
        "Wali kota berharap agar pada penilaian berikutnya ada perbaikan layanan supaya meraih zona hijau.",
        "Pemkot menargetkan pembenahan loket pelayanan tahun ini, agar dapat masuk zona hijau.",
    ],
)
def test_a_zone_aimed_at_after_a_wish_is_no_claim(wish):
    text = (
        OMB.format(prov="Banten") + "Pada penilaian tahun 2021, Kota Serang memperoleh nilai 74,95 dan masuk zona "
        f"kuning. {wish}"
    )
    r = recs(text, published="2022-03-04")
    assert r[("Kota Serang", 2021)].zone == "kuning"
    assert ("Kota Serang", 2022) not in r


def test_a_zone_held_and_hoped_to_be_kept_stays_a_claim():
    text = (
        OMB.format(prov="Banten") + "Pada penilaian tahun 2023, Kota Serang meraih zona hijau dengan nilai 88,40. "
        "Wali kota berharap capaian itu dipertahankan."
    )
    r = recs(text)
    assert r[("Kota Serang", 2023)].zone == "hijau"


@pytest.mark.parametrize(
    "back",
    [
        "Tetapi keempat kabupaten itu masih berada di zona kuning.",
        "Keempat kabupaten tersebut masuk zona kuning.",
        "Namun keempat kabupaten itu tetap di zona kuning.",
    ],
)
def test_a_group_referred_back_by_its_noun_means_the_last_ones_of_that_kind(back):
    text = (
        OMB.format(prov="Jawa Barat") + "Pada penilaian 2017 Provinsi Jawa Barat berada di zona hijau. Untuk Kabupaten "
        "Garut, Kabupaten Sumedang, Kabupaten Subang dan Kabupaten Majalengka nilainya masing-masing 66,67, 69,48, "
        f"74,26 dan 67,33. Sementara Provinsi Jawa Barat meraih nilai 83,15. {back}"
    )
    r = recs(text)
    for name in ("Kabupaten Garut", "Kabupaten Sumedang", "Kabupaten Subang", "Kabupaten Majalengka"):
        assert r[(name, 2017)].zone == "kuning", name
    assert r[("Provinsi Jawa Barat", 2017)].zone == "hijau"


@pytest.mark.parametrize("pct", ["dengan presentase 69", "dengan persentase 69", "nilai sebesar 69"])
def test_a_whole_percentage_presented_as_the_score(pct):
    text = OMB.format(prov="Jambi") + f"Pada penilaian tahun 2017, Pemprov Jambi memperoleh nilai pelayanan {pct}."
    assert recs(text)[("Provinsi Jambi", 2017)].score == 69.0


@pytest.mark.parametrize(
    "rest",
    [
        "selebihnya masuk dalam zona kuning, yaitu",
        "sisanya berada di zona kuning yakni",
        "selebihnya zona kuning, antara lain",
    ],
)
def test_the_rest_named_after_a_group_is_a_group_of_its_own(rest):
    text = (
        OMB.format(prov="Jawa Barat") + "Pada penilaian tahun 2019, dua kabupaten yang sudah masuk dalam zona hijau "
        f"yaitu Kabupaten Bekasi dan Kabupaten Karawang, {rest} Kabupaten Purwakarta dan Kabupaten Subang."
    )
    r = recs(text)
    assert r[("Kabupaten Bekasi", 2019)].zone == r[("Kabupaten Karawang", 2019)].zone == "hijau"
    assert r[("Kabupaten Purwakarta", 2019)].zone == r[("Kabupaten Subang", 2019)].zone == "kuning"


@pytest.mark.parametrize(
    "mix", ["masuk zona hijau dan kuning", "berada di zona hijau atau kuning", "masuk zona kuning dan merah"]
)
def test_a_mix_of_zones_is_no_ones_zone(mix):
    text = OMB.format(prov="Banten") + f"Pada penilaian tahun 2019, enam kantor di lingkungan Pemkab Lebak {mix}."
    assert all(r.zone is None for r in extract_article(text).records)


# -- more ranks, labels and look-alikes -----------------------------------------------------------


@pytest.mark.parametrize(
    "sep",
    [
        "1). {a} : 98,63 2). {b} : 97,10 3). {c} : 96,02",
        "1. {a} (98,63), 2. {b} (97,10), 3. {c} (96,02)",
        "1) {a} 98,63 2) {b} 97,10 3) {c} 96,02",
    ],
)
def test_a_one_line_ranked_list(sep):
    names = dict(a="Pemprov Sulut", b="Pemprov Jateng", c="Pemprov Jatim")
    text = (
        "Ombudsman RI mengumumkan hasil Penilaian Kepatuhan Tahun 2023. Berikut daftar 3 besar provinsi: "
        + sep.format(**names)
    )
    r = recs(text)
    assert [r[(n, 2023)].rank for n in ("Provinsi Sulawesi Utara", "Provinsi Jawa Tengah", "Provinsi Jawa Timur")] == [
        1,
        2,
        3,
    ]


@pytest.mark.parametrize("span", ["peringkat 19 hingga 29", "peringkat 19 sampai 29", "peringkat 19-29"])
def test_a_span_of_places_is_no_rank(span):
    text = (
        OMB.format(prov="Jawa Tengah") + f"Pada penilaian tahun 2017 Kabupaten Demak dan Kabupaten Kudus berada di "
        f"{span} dengan nilai 70,10 dan 69,50 masing-masing."
    )
    assert all(x.rank is None for x in extract_article(text).records)


@pytest.mark.parametrize("label", ["Kategori kualitas tinggi B yakni", "kategori Kualitas Tinggi B, yaitu"])
def test_a_grade_letter_after_its_opinion(label):
    text = OMB.format(prov="Sumatera Barat") + f"Pada penilaian tahun 2023, {label} Kabupaten Agam dan Kota Solok."
    r = recs(text)
    for name in ("Kabupaten Agam", "Kota Solok"):
        assert (r[(name, 2023)].grade, r[(name, 2023)].opinion) == ("B", "kualitas tinggi"), name


@pytest.mark.parametrize(
    "change", ["naik dari kuning ke hijau", "berubah dari merah menjadi hijau", "meningkat dari zona kuning ke hijau"]
)
def test_bare_colours_in_a_change_are_the_two_years_zones(change):
    text = OMB.format(prov="Sumatera Barat") + f"Pada penilaian tahun 2023, Kota Padang {change} dengan nilai 88,12."
    r = recs(text)
    assert (r[("Kota Padang", 2023)].zone, r[("Kota Padang", 2023)].score) == ("hijau", 88.12)
    assert r[("Kota Padang", 2022)].zone in ("kuning", "merah")


@pytest.mark.parametrize(
    "quote",
    [
        "dalam SPI KPK Kota Padang masih Zona Merah",
        "pada survei penilaian integritas Kota Padang berada di zona merah",
        "Kota Padang menjadi daerah dengan laporan masyarakat terbanyak, peringkat 1 se-Sumbar",
    ],
)
def test_look_alikes_quoted_by_ombudsman_staff_are_no_claims(quote):
    text = (
        OMB.format(prov="Sumatera Barat") + "Pada penilaian tahun 2023 Kota Padang meraih nilai 90,12. Kepala "
        f"Ombudsman menyebut {quote}."
    )
    rec = recs(text)[("Kota Padang", 2023)]
    assert (rec.score, rec.zone, rec.rank) == (90.12, None, None)


@pytest.mark.parametrize(
    "text, green, other",
    [
        ("Kabupaten Agam, Kabupaten Pasaman, kecuali Kabupaten Solok Selatan, masuk zona hijau.", True, None),
        (
            "Seluruhnya masuk zona hijau, yaitu Kabupaten Agam dan Kabupaten Pasaman, kecuali Kabupaten Solok Selatan.",
            True,
            None,
        ),
        (
            "Kabupaten Agam dan Kabupaten Pasaman masuk zona hijau, kecuali Kabupaten Solok Selatan yang masih berada di "
            "zona kuning.",
            True,
            "kuning",
        ),
    ],
)
def test_an_exception_takes_no_share_of_the_groups_label(text, green, other):
    r = recs(OMB.format(prov="Sumatera Barat") + "Pada penilaian tahun 2023, " + text[0].lower() + text[1:])
    assert r[("Kabupaten Agam", 2023)].zone == r[("Kabupaten Pasaman", 2023)].zone == "hijau"
    got = r.get(("Kabupaten Solok Selatan", 2023))
    assert (got.zone if got else None) == other


def test_besides_is_not_an_exception():
    text = (
        OMB.format(prov="Sumatera Barat")
        + "Pada penilaian tahun 2023, selain Kota Padang, Kota Solok juga meraih zona hijau."
    )
    r = recs(text)
    assert r[("Kota Padang", 2023)].zone == r[("Kota Solok", 2023)].zone == "hijau"


@pytest.mark.parametrize(
    "group",
    [
        "Sebanyak 3 kabupaten yang juga sebelumnya hijau pada 2021 kembali meraih zona hijau, antara lain",
        "Ada 3 kabupaten yang sebelumnya hijau pada 2021 dan kini kembali masuk zona hijau, yaitu",
        "Tercatat 3 kabupaten yang pada 2021 sebelumnya hijau, kini kembali berada di zona hijau, yakni",
    ],
)
def test_a_group_green_before_and_again_gives_both_years(group):
    text = (
        OMB.format(prov="Jawa Tengah") + f"Hasil Penilaian Kepatuhan Tahun 2022 diumumkan di Semarang. {group} "
        "Kabupaten Kendal, Kabupaten Demak dan Kota Tegal."
    )
    r = recs(text)
    for name in ("Kabupaten Kendal", "Kabupaten Demak", "Kota Tegal"):
        assert r[(name, 2021)].zone == r[(name, 2022)].zone == "hijau", name


@pytest.mark.parametrize(
    "items",
    [
        "1. Kota Bitung (91,20) 2. Kota Tomohon (91,20) 3. Kota Manado (90,05) 4. Kota Kotamobagu (89,10)",
        "1. Kota Bitung 91,20\n2. Kota Tomohon 91,20\n3. Kota Manado 90,05\n4. Kota Kotamobagu 89,10",
    ],
)
def test_list_order_is_no_ranking_when_scores_only_tie_and_ties_share_no_place(items):
    unordered = OMB.format(prov="Sulawesi Utara") + "Hasil penilaian tahun 2023 untuk kota: " + items
    assert all(r.rank is None for r in extract_article(unordered).records)
    ranked = OMB.format(prov="Sulawesi Utara") + "Berikut peringkat kota tahun 2023: " + items
    r = recs(ranked)
    assert [r[(n, 2023)].rank for n in ("Kota Bitung", "Kota Tomohon", "Kota Manado", "Kota Kotamobagu")] == [
        None,
        None,
        3,
        4,
    ]
