"""Category winners of a national ceremony and places named by a local head's title (found batches 29-30), in
our own sentences (real kinds of facts, invented wording); each tried in several phrasings, with look-alikes
that must not fire."""

import pytest

from extract_helpers import recs

# -- later categories of one winners' sentence drop "kepatuhan tertinggi" ------------------------------
# ("Predikat kepatuhan tertinggi kategori kota diraih oleh X, selanjutnya untuk kategori lembaga negara
# diraih oleh Y": every named category winner is first nationally)

CEREMONY = "Ombudsman RI menggelar Penganugerahan Predikat Kepatuhan Standar Pelayanan Publik tahun 2018 di Jakarta. "


@pytest.mark.parametrize(
    "winners",
    [
        "Predikat Kepatuhan Tertinggi kategori kota diraih oleh Pemerintah Kota Madiun. Selanjutnya untuk kategori "
        "lembaga negara diraih oleh Badan Pusat Statistik, dan kategori kementerian diraih oleh Kementerian Agama.",
        "Kepatuhan tertinggi kategori kota diterima Pemerintah Kota Madiun, lalu kategori lembaga diterima Badan "
        "Pusat Statistik serta kategori kementerian diterima Kementerian Agama.",
        "Untuk predikat kepatuhan tertinggi kategori kota disabet Pemerintah Kota Madiun; kategori lembaga negara "
        "disabet oleh Badan Pusat Statistik; kategori kementerian disabet Kementerian Agama.",
    ],
)
def test_later_categories_of_a_winners_sentence_rank_first(winners):
    got = recs(CEREMONY + winners)
    assert got[("Kota Madiun", 2018)].rank == 1
    assert got[("Badan Pusat Statistik", 2018)].rank == 1
    assert got[("Kementerian Agama", 2018)].rank == 1


@pytest.mark.parametrize(
    "text",
    [
        # no winner named before: a category's members, not its winner
        "Untuk kategori kementerian diraih oleh Kementerian Agama dengan predikat kepatuhan tinggi.",
        # a later paragraph is not the same list of winners
        "Predikat Kepatuhan Tertinggi kategori kota diraih oleh Pemerintah Kota Madiun.\n"
        "Untuk kategori kementerian diraih oleh Kementerian Agama dengan nilai 80,15.",
        # a category shared by two ranks no one
        "Predikat Kepatuhan Tertinggi kategori kota diraih oleh Pemerintah Kota Madiun, sedangkan kategori "
        "kementerian diraih oleh Kementerian Agama dan Kementerian Kesehatan dengan nilai 80,15.",
    ],
)
def test_a_category_without_a_named_top_in_its_paragraph_gives_no_rank(text):
    got = recs(CEREMONY + text)
    assert all(r.rank is None for (e, _y), r in got.items() if e.startswith("Kementerian"))


# -- a sub-district head's title names a district, not the regency ---------------------------------------
# ("kata mantan Camat Banggai itu": Banggai here is the kecamatan the speaker once led)

REPORT = "Kabupaten Banggai Laut meraih nilai 87,14 dalam Penilaian Kepatuhan Ombudsman RI tahun 2023. "


@pytest.mark.parametrize(
    "aside",
    [
        '"Semua unit kami masuk zona hijau," tambah mantan Camat Banggai itu.',
        "Hal itu disampaikan Camat Banggai, yang juga hadir. Semua unit memperoleh zona hijau dengan kategori A.",
        "Menurut Lurah Banggai, semua unit yang dinilai memperoleh zona hijau kategori A.",
    ],
)
def test_a_place_in_a_local_heads_title_is_no_subject(aside):
    got = recs(REPORT + aside)
    assert got[("Kabupaten Banggai Laut", 2023)].score == 87.14
    assert ("Kabupaten Banggai", 2023) not in got


def test_the_regency_written_with_its_level_still_counts():
    got = recs(REPORT + "Sementara itu Kabupaten Banggai memperoleh nilai 80,02 dan masuk zona hijau.")
    assert got[("Kabupaten Banggai", 2023)].score == 80.02


# -- a ranking of complaints is no rank of compliance ----------------------------------------------------
# ("substansi tertinggi kedua ditempati oleh perumahan ... oleh Dinas X": the second most reported field)

YEAR_END = (
    "Ombudsman RI Perwakilan Sumatera Selatan juga menggelar penilaian kepatuhan penyelenggaraan pelayanan "
    "publik tahun 2024. "
)


@pytest.mark.parametrize(
    "tally",
    [
        "Substansi tertinggi kedua ditempati oleh pertanahan, terutama layanan Dinas Perumahan dan Kawasan Permukiman.",
        "Laporan terbanyak ketiga menyangkut Dinas Perumahan dan Kawasan Permukiman.",
        "Adapun substansi pengaduan tertinggi kedua adalah layanan Dinas Perumahan dan Kawasan Permukiman.",
    ],
)
def test_a_complaint_ranking_gives_no_rank(tally):
    got = recs(YEAR_END + tally)
    assert all(r.rank is None for r in got.values())


def test_a_compliance_ranking_after_the_word_still_counts():
    got = recs(
        YEAR_END + "Dari seluruh dinas yang dinilai, nilai tertinggi kedua diraih Dinas Sosial dengan nilai 91,20."
    )
    assert got[("Dinas Sosial", 2024)].rank == 2


# -- a zone left for another is a change told -------------------------------------------------------------
# ("keluar dari zona kuning ke hijau": the previous assessment was yellow, DECISIONS.md "change from")

AWARD = "Pemerintah Kota Bitung menerima penghargaan Penilaian Kepatuhan Ombudsman RI tahun 2023 dengan zona hijau. "


@pytest.mark.parametrize(
    "change",
    [
        '"Akhirnya Bitung keluar dari zona kuning ke hijau," kata Sekda.',
        "Kota Bitung berhasil keluar dari zona kuning menuju zona hijau.",
        "Tahun ini Kota Bitung lepas dari zona kuning menjadi zona hijau.",
    ],
)
def test_a_zone_left_for_another_is_the_previous_state(change):
    got = recs(AWARD + change)
    assert got[("Kota Bitung", 2023)].zone == "hijau"
    assert got[("Kota Bitung", 2022)].zone == "kuning"


@pytest.mark.parametrize(
    "left",
    [
        "Kota Bitung berhasil keluar dari zona kuning.",
        "Kota Bitung keluar dari zona kuning ke depan diharapkan terus membaik.",
    ],
)
def test_a_zone_only_left_gives_no_earlier_record(left):
    got = recs(AWARD + left)
    assert ("Kota Bitung", 2022) not in got


# -- the rest of a list excludes those named with their own label -------------------------------------------
# ("A, B serta C masuk zona kuning, kabupaten/kota sisanya masuk zona hijau": A, B and C stay yellow)

BRIEFING = "Ombudsman RI Perwakilan Banten memaparkan hasil penilaian kepatuhan tahun 2022. "


@pytest.mark.parametrize(
    "split",
    [
        "Kota Cilegon, Kabupaten Lebak serta Kabupaten Serang masih di kategori zona kuning, sedangkan "
        "kabupaten/kota sisanya meraih zona hijau.",
        "Kota Cilegon, Kabupaten Lebak dan Kabupaten Serang berada di zona kuning, selebihnya zona hijau.",
        "Yang masih zona kuning ialah Kota Cilegon, Kabupaten Lebak dan Kabupaten Serang, sisanya meraih zona hijau.",
    ],
)
def test_those_named_with_a_label_are_not_the_rest(split):
    got = recs(BRIEFING + split)
    for e in ("Kota Cilegon", "Kabupaten Lebak", "Kabupaten Serang"):
        assert got[(e, 2022)].zone == "kuning"


def test_the_rest_of_a_list_named_before_still_gets_the_label():
    got = recs(
        BRIEFING + "Penilaian mencakup Kota Cilegon, Kabupaten Lebak dan Kabupaten Serang. "
        "Kabupaten Serang masuk zona kuning, sisanya zona hijau."
    )
    assert got[("Kabupaten Serang", 2022)].zone == "kuning"
    assert got[("Kota Cilegon", 2022)].zone == "hijau"


# -- a full stop glued to the next sentence still ends it ----------------------------------------------------
# ("... kategori zona kuning.Nilai 0-50 masuk kategori zona merah, ...": the band legend after it is another
# sentence, so the result before it is not read as part of the legend)

BANDS = "Nilai 0-50 masuk kategori zona merah, 51-80 zona kuning, 81-100 zona hijau."


@pytest.mark.parametrize(
    "result",
    [
        "Adapun nilai Kota Bitung tahun 2016 adalah 68,06 atau berada dalam kategori zona kuning.",
        "Kota Bitung pada penilaian tahun 2016 meraih nilai 68,06 dan masuk zona kuning.",
        "Pada tahun 2016 Kota Bitung memperoleh 68,06 sehingga berada di zona kuning.",
    ],
)
def test_a_result_before_a_glued_legend_keeps_its_values(result):
    got = recs("Ombudsman RI menilai kepatuhan standar pelayanan publik pemerintah daerah. " + result + BANDS)
    assert got[("Kota Bitung", 2016)].score == 68.06
    assert got[("Kota Bitung", 2016)].zone == "kuning"


def test_initials_and_degrees_glued_to_a_name_end_no_sentence():
    got = recs(
        "Ombudsman RI menyerahkan penghargaan zona hijau penilaian kepatuhan tahun 2023 untuk Kota Bitung diterima Sekda Drs.H.A.Rahman, "
        "M.Si.Kota Bitung meraih nilai 88,10."
    )
    assert got[("Kota Bitung", 2023)].zone == "hijau"
    assert got[("Kota Bitung", 2023)].score == 88.10


# -- "disusul A dan B diposisi ketiga": the place named after "dan" is B's ---------------------------------

RANKED = "Ombudsman RI Perwakilan Sulawesi Barat merilis peringkat penilaian kepatuhan tahun 2021. "


@pytest.mark.parametrize(
    "order",
    [
        "Urutan pertama diraih oleh Kabupaten Majene disusul Kabupaten Mamasa dan Kabupaten Mamuju diposisi ketiga.",
        "Peringkat pertama ditempati Kabupaten Majene, disusul Kabupaten Mamasa serta Kabupaten Mamuju di peringkat "
        "ketiga.",
        "Kabupaten Majene berada di peringkat pertama disusul oleh Kabupaten Mamasa dan Kabupaten Mamuju pada "
        "urutan ketiga.",
    ],
)
def test_the_place_after_and_belongs_to_the_later_name(order):
    got = recs(RANKED + order)
    assert got[("Kabupaten Majene", 2021)].rank == 1
    assert got[("Kabupaten Mamasa", 2021)].rank == 2
    assert got[("Kabupaten Mamuju", 2021)].rank == 3


def test_a_place_of_its_own_right_after_disusul_still_wins():
    got = recs(RANKED + "Peringkat pertama diraih Kabupaten Majene disusul oleh Kabupaten Mamasa di peringkat ke-5.")
    assert got[("Kabupaten Mamasa", 2021)].rank == 5


# -- an assistant's field written as an abbreviation is part of the title, not of the name ------------------

HANDOVER = (
    "Ombudsman RI menyerahkan penghargaan penilaian kepatuhan tahun 2023 kepada Provinsi Kalimantan Tengah "
    "dengan zona hijau. "
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Sementara itu, Plh. Asisten Pemkesra Maskur membacakan sambutan gubernur.", "Maskur"),
        ("Asisten Ekbang Setda Kalteng Rahmat Hidayat hadir pula.", "Rahmat Hidayat"),
        ("Hadir pula Asisten Perekbang Yuliana Sari.", "Yuliana Sari"),
    ],
)
def test_an_abbreviated_field_stays_in_the_title(line, name):
    from extract.pipeline import extract_article

    assert name in [o.name for o in extract_article(HANDOVER + line).officials]


def test_the_abbreviation_alone_names_no_one():
    from extract.pipeline import extract_article

    assert not extract_article(HANDOVER + "Acara itu dihadiri jajaran Pemkesra Setda Kalteng.").officials
