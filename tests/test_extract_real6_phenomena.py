"""Phenomena of the eighth blind batch of real articles, in our own sentences.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract.pipeline import extract_article
from extract_helpers import recs

OPENING = "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2021 di Jawa Tengah. "


# -- a counted group stated with two labels, then named with only its zone ---------------------


@pytest.mark.parametrize(
    "stated, named, zone, opinion",
    [
        (
            "Yang mendapatkan zona hijau atau kepatuhan tinggi hanya dua kabupaten dan satu kota.",
            "Tiga daerah yang mendapatkan zona hijau adalah Pemkab Kudus (90,12), Pemkab Pati (88,40) dan "
            "Pemkot Salatiga (85,02).",
            "hijau",
            "kepatuhan tinggi",
        ),
        (
            "Pemda yang masuk zona merah alias kepatuhan rendah ada tiga kabupaten.",
            "Sedangkan di zona merah, ada Pemkab Kudus (45,01), Pemkab Pati (44,82) dan Pemkab Blora (40,10).",
            "merah",
            "kepatuhan rendah",
        ),
        (
            "Sebanyak tiga kabupaten meraih zona kuning atau kepatuhan sedang.",
            "Ketiga daerah di zona kuning itu yakni Kabupaten Kudus, Kabupaten Pati, dan Pemkot Salatiga.",
            "kuning",
            "kepatuhan sedang",
        ),
        (
            "Untuk zona hijau dengan predikat kepatuhan tinggi diraih tiga pemda.",
            "Mereka yang masuk zona hijau yaitu Kabupaten Kudus, Kabupaten Pati dan Kota Salatiga.",
            "hijau",
            "kepatuhan tinggi",
        ),
    ],
)
def test_group_restated_with_its_zone_keeps_its_other_labels(stated, named, zone, opinion):
    got = recs(OPENING + stated + " " + named)
    assert len(got) == 3
    for r in got.values():
        assert (r.year, r.zone, r.opinion) == (2021, zone, opinion), r


@pytest.mark.parametrize(
    "stated, named",
    [
        # as many named as counted, but in another zone: not the group
        (
            "Yang mendapatkan zona hijau atau kepatuhan tinggi hanya dua kabupaten.",
            "Sedangkan di zona kuning ada Pemkab Kudus (70,12) dan Pemkab Pati (68,40).",
        ),
        # more named in the zone than the group counts: not (only) its members
        (
            "Yang mendapatkan zona hijau atau kepatuhan tinggi hanya dua kabupaten.",
            "Daerah yang mendapatkan zona hijau adalah Pemkab Kudus (90,12), Pemkab Pati (88,40) dan "
            "Pemkab Blora (85,02).",
        ),
    ],
)
def test_group_not_restated_gives_no_labels(stated, named):
    got = recs(OPENING + stated + " " + named)
    assert got
    assert all(r.opinion is None for r in got.values())


# -- "Kemudian ada A, B dan C.": a sentence of names after a list continues it -----------------

LISTED = (
    "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2021 di Sumatera Utara. "
    "Yang berada di zona kuning yakni Kabupaten Karo, Kabupaten Samosir dan Kota Binjai. "
)


@pytest.mark.parametrize(
    "more",
    [
        "Kemudian ada Kabupaten Langkat dan Kota Medan.",
        "Lalu ada Kabupaten Langkat serta Kota Medan.",
        "Ada pula Kabupaten Langkat dan Kota Medan.",
        "Selanjutnya ada Kabupaten Langkat, Kota Medan.",
        "Ada juga Kabupaten Langkat dan Kota Medan.",
    ],
)
def test_names_after_ada_continue_the_list(more):
    got = recs(LISTED + more)
    assert {k[0] for k in got} == {
        "Kabupaten Karo",
        "Kabupaten Samosir",
        "Kota Binjai",
        "Kabupaten Langkat",
        "Kota Medan",
    }
    assert all((r.year, r.zone) == (2021, "kuning") for r in got.values())


def test_names_with_their_own_label_do_not_continue_the_list():
    got = recs(LISTED + "Kemudian ada Kabupaten Langkat yang masuk zona merah.")
    assert got[("Kabupaten Langkat", 2021)].zone == "merah"


# -- a month without its day dates the statement: "hingga September 2025" ----------------------


@pytest.mark.parametrize(
    "said, year",
    [
        (
            "Berdasarkan hasil evaluasi Ombudsman hingga September 2025, Kabupaten Buru masih berada di zona kuning.",
            2024,
        ),
        ("Hingga Oktober 2025, Kabupaten Buru masih berada di zona kuning, kata Kepala Perwakilan Ombudsman.", 2024),
        ("Per Agustus 2023, Kabupaten Buru masih berada di zona kuning penilaian kepatuhan Ombudsman.", 2022),
        ("Sampai Desember 2023 Kabupaten Buru masih berada di zona kuning penilaian kepatuhan Ombudsman.", 2023),
    ],
)
def test_month_and_year_date_the_statement(said, year):
    text = "Penilaian kepatuhan standar pelayanan publik oleh Ombudsman RI. " + said
    assert {(r.entity, r.year, r.zone) for r in extract_article(text).records} == {("Kabupaten Buru", year, "kuning")}


def test_a_full_date_beats_a_month_without_its_day():
    text = (
        "Penilaian kepatuhan standar pelayanan publik oleh Ombudsman RI. Kabupaten Buru masih berada di zona "
        "kuning, kata Kepala Perwakilan Ombudsman, Senin (15/12/2025). Perbaikan ditargetkan selesai Maret 2026."
    )
    assert {(r.entity, r.year) for r in extract_article(text).records} == {("Kabupaten Buru", 2025)}


# -- a dateline with place, province and outlet is no subject: "Ambon, Maluku (MataMaluku) –" ---


@pytest.mark.parametrize(
    "dateline",
    [
        "Ambon, Maluku (MataMaluku) – ",
        "Kupang, NTT (Antara) - ",
        "Ternate, Maluku Utara (ANTARA) — ",
        "Sorong, Papua Barat Daya (Suara Timur) - ",
    ],
)
def test_dateline_with_province_and_outlet_is_no_subject(dateline):
    text = (
        dateline + "Sejumlah kabupaten masih berada pada zona kuning dalam penilaian kepatuhan Ombudsman RI "
        "tahun 2024. Kabupaten Buru Selatan masih berada dalam zona kuning."
    )
    assert {(r.entity, r.year, r.zone) for r in extract_article(text).records} == {
        ("Kabupaten Buru Selatan", 2024, "kuning")
    }


# -- a near miss is not the zone held: "hampir turun ke zona merah" -----------------------------


@pytest.mark.parametrize(
    "miss",
    [
        "yang artinya hampir turun ke zona merah",
        "sehingga nyaris masuk zona merah",
        "dan sedikit lagi masuk zona merah",
    ],
)
def test_near_miss_is_not_the_zone(miss):
    text = OPENING + "Kabupaten Kudus masuk zona kuning. Kabupaten Kudus berada di angka 52,10, " + miss + "."
    got = recs(text)[("Kabupaten Kudus", 2021)]
    assert (got.zone, got.score) == ("kuning", 52.1)


# -- a maladministration index beside the assessment is no compliance score -------------------


@pytest.mark.parametrize(
    "index",
    [
        "Provinsi Bali memiliki skor indeks maladministrasi rendah sebesar 36,30 persen.",
        "Sedangkan Provinsi Bali merupakan daerah dengan maladministrasi tertinggi dengan 22,60 persen.",
        "Indeks maladministrasi Provinsi Bali tercatat 41,20.",
    ],
)
def test_maladministration_index_is_no_score(index):
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2017. "
        "Provinsi Jawa Timur meraih zona hijau dengan nilai 90,10. " + index
    )
    got = {(r.entity, r.year, r.score) for r in extract_article(text).records}
    assert got == {("Provinsi Jawa Timur", 2017, 90.1)}


def test_quality_without_maladministration_is_still_the_assessment():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Maladministrasi tahun 2025. Pemerintah Kabupaten Wonogiri "
        "meraih opini kualitas tinggi tanpa maladministrasi dengan nilai 92,40."
    )
    got = {(r.entity, r.year, r.score) for r in extract_article(text).records}
    assert got == {("Kabupaten Wonogiri", 2025, 92.4)}
