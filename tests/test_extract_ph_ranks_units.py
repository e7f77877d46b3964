"""Ranks among one government's own units, from phrasings found in batches 67-68: the lowest of the units
counted in its sentence, even referred back ("Di antara 14 SKPD tersebut, X ... paling rendah"), is the last
place with no scope (DECISIONS.md "Ranks": "Last of N" with N stated; a government's own units rank without a
scope); a lowest without a count gives none.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

OPEN_METRO = (
    "Ombudsman Lampung merilis hasil penilaian kepatuhan pelayanan publik tahun 2016 di Kota Metro. "
    "Kota Metro meraih nilai 70,12. "
)


# -- the lowest of a government's own units counted ---------------------------------------------------------


@pytest.mark.parametrize(
    "told, unit, rank",
    [
        ("Di antara 12 SKPD yang dinilai, Dinas Sosial memperoleh nilai paling rendah.", "Dinas Sosial", 12),
        ("Dari sembilan OPD yang disurvei, Dinas Pendidikan menjadi yang terendah.", "Dinas Pendidikan", 9),
        ("Dinas Perhubungan mencatat rapor terburuk dari 8 unit layanan yang diperiksa.", "Dinas Perhubungan", 8),
        (
            "Ombudsman menilai 11 SKPD milik pemkot. Di antara 11 SKPD tersebut, Dinas Kesehatan mendapat "
            "rapor paling rendah.",
            "Dinas Kesehatan",
            11,
        ),
    ],
    ids=["di-antara-skpd", "dari-opd-terendah", "terburuk-dari-unit", "skpd-tersebut"],
)
def test_the_lowest_of_own_units_counted_is_the_last_place_without_scope(told, unit, rank):
    got = fields_of(recs(OPEN_METRO + told), unit, 2016, "rank", "rank_scope", "parent")
    assert got == {"rank": rank, "rank_scope": None, "parent": "Kota Metro"}


@pytest.mark.parametrize(
    "told",
    [
        "Dinas Perhubungan mencatat rapor terburuk di antara unit layanan yang diperiksa.",
        "Dari 12 SKPD itu, tiga masuk zona merah; Dinas Perhubungan memperoleh nilai 40,5.",
    ],
    ids=["tanpa-jumlah", "bukan-terendah"],
)
def test_no_last_place_without_a_count_or_a_lowest(told):
    rec = recs(OPEN_METRO + told).get(("Dinas Perhubungan", 2016))
    assert rec is None or rec.rank is None


# -- the best unit told with its score, a ranking going on from it ------------------------------------------

OPEN_AGAM = (
    "Ombudsman Sumbar menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2023 di Kabupaten Agam. "
    "Kabupaten Agam meraih nilai 80,12. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Dinas Kesehatan menjadi OPD dengan penilaian tertinggi, yakni 91,2 dan disusul kemudian oleh Dinas Sosial "
        "sebesar 85,5.",
        "Dinas Kesehatan tampil sebagai unit layanan dengan skor tertinggi 91,2, lalu disusul oleh Dinas Sosial "
        "dengan 85,5.",
        "Dinas Kesehatan merupakan OPD dengan nilai tertinggi yaitu 91,2 dan diikuti kemudian oleh Dinas Sosial "
        "sebesar 85,5.",
    ],
    ids=["penilaian-disusul-kemudian-oleh", "skor-lalu-disusul-oleh", "nilai-diikuti-kemudian-oleh"],
)
def test_the_best_unit_and_the_one_after_it_rank_without_scope(told):
    got = recs(OPEN_AGAM + told)
    assert fields_of(got, "Dinas Kesehatan", 2023, "rank", "rank_scope", "score") == {
        "rank": 1,
        "rank_scope": None,
        "score": 91.2,
    }
    assert fields_of(got, "Dinas Sosial", 2023, "rank", "rank_scope", "score") == {
        "rank": 2,
        "rank_scope": None,
        "score": 85.5,
    }


def test_a_best_unit_with_no_ranking_going_on_is_no_place():
    text = (
        OPEN_AGAM + "Dinas Kesehatan dengan penilaian tertinggi di antara program kerjanya, yakni 91,2, dipuji bupati."
    )
    rec = recs(text).get(("Dinas Kesehatan", 2023))
    assert rec is None or rec.rank is None


# -- a holder's best score among the whole field of a province ----------------------------------------------

OPEN_KALTIM = "Ombudsman Kaltim menyampaikan hasil penilaian kepatuhan pelayanan publik tahun 2022. "


@pytest.mark.parametrize(
    "told, name, scope",
    [
        (
            "Kota Bontang menduduki urutan kedua dan Kota Samarinda skor tertingginya dari sejumlah kabupaten yang "
            "ada di Kaltim.",
            "Kota Samarinda",
            "provinsi",
        ),
        (
            "Kabupaten Berau mencatat nilai tertinggi dari seluruh kabupaten/kota di Kalimantan Timur.",
            "Kabupaten Berau",
            "provinsi",
        ),
        ("Kabupaten Badung meraih skor tertinggi dari seluruh kabupaten di Indonesia.", "Kabupaten Badung", "nasional"),
    ],
    ids=["skor-tertingginya-dari-sejumlah", "nilai-tertinggi-dari-seluruh", "skor-tertinggi-seluruh-indonesia"],
)
def test_the_best_score_of_the_whole_field_is_first(told, name, scope):
    assert fields_of(recs(OPEN_KALTIM + told), name, 2022, "rank", "rank_scope") == {"rank": 1, "rank_scope": scope}


def test_the_best_score_of_a_group_referred_back_is_no_place():
    told = "Dari tiga kabupaten tersebut, Kabupaten Berau mencatat nilai tertinggi pada aspek sarana."
    rec = recs(OPEN_KALTIM + told).get(("Kabupaten Berau", 2022))
    assert rec is None or rec.rank is None


# -- the best of a national award category, the country written after it ------------------------------------

OPEN_2021 = "Ombudsman RI menyerahkan penghargaan predikat kepatuhan tinggi standar pelayanan publik tahun 2021. "


@pytest.mark.parametrize(
    "told, name",
    [
        (
            "Wali kota menyebut penghargaan yang diterima Pemkot Balikpapan dengan nilai 99,25 tertinggi untuk "
            "kategori Pemerintah Kota seluruh Indonesia.",
            "Kota Balikpapan",
        ),
        ("Kabupaten Badung meraih nilai 94,16, tertinggi dalam kategori kabupaten se-Indonesia.", "Kabupaten Badung"),
        (
            "Provinsi Jawa Tengah memperoleh skor terbaik pada kategori provinsi di seluruh Indonesia, yakni 97,33.",
            "Provinsi Jawa Tengah",
        ),
    ],
    ids=["skor-tertinggi-kategori-seluruh-indonesia", "koma-tertinggi-se-indonesia", "skor-terbaik-kategori-provinsi"],
)
def test_the_best_of_a_national_category_is_first_nationally(told, name):
    assert fields_of(recs(OPEN_2021 + told), name, 2021, "rank", "rank_scope") == {"rank": 1, "rank_scope": "nasional"}


def test_the_best_of_a_category_with_no_field_stated_is_no_place():
    told = "Kota Ambon meraih nilai tertinggi untuk kategori kota, yakni 90,1."
    rec = recs(OPEN_2021 + told)[("Kota Ambon", 2021)]
    assert rec.rank is None


# -- a sentence opened by one service product: its score is not the office's --------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "Layanan pembuatan kartu parkir di dinas tersebut memperoleh nilai terburuk, yakni 31,00.",
        "Kemudian disusul layanan penerbitan izin trayek di dinas itu dengan nilai 33,50.",
        "Selanjutnya registrasi angkutan barang di dinas tersebut mendapat poin 37,50.",
    ],
    ids=["layanan-pembuatan", "disusul-layanan-penerbitan", "selanjutnya-registrasi"],
)
def test_a_single_service_products_score_is_not_the_offices(told):
    text = OPEN_METRO + "Dinas Perhubungan Kota Metro memperoleh rapor merah. " + told
    assert fields_of(recs(text), "Dinas Perhubungan", 2016, "score", "zone") == {"score": None, "zone": "merah"}


def test_an_office_named_with_its_services_in_general_keeps_its_score():
    text = OPEN_METRO + "Layanan publik Dinas Perhubungan memperoleh nilai 60,5."
    assert fields_of(recs(text), "Dinas Perhubungan", 2016, "score") == {"score": 60.5}
