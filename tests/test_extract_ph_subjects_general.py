"""No subject: governments counted by their level ("94 Pemerintah Kota"), venues, the assessor misspelt
or its office after a colon, a verdict on a place's public service in general.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- counted governments ("94 Pemerintah Kota") and venues are no subject ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Zona Hijau Opini Kualitas Tertinggi tahun itu diraih 25 Pemerintah Provinsi, 90 Pemerintah Kota dan "
        "320 Pemerintah Kabupaten di seluruh Indonesia.",
        "Tahun ini, sebanyak 80 Pemerintah Kota dan 300 Pemerintah Kabupaten meraih Zona Hijau Kualitas Tertinggi.",
    ],
    ids=["zona-hijau-opini-kualitas-tertinggi", "tahun-ini-sebanyak-80-pemerintah"],
)
def test_counted_level_words_are_no_reference_to_the_articles_own_government(sentence):
    got = recs(
        "Samarinda - Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Tahun 2024 kepada Pemerintah Kota "
        "Samarinda, yang meraih nilai 88,20. " + sentence
    )
    assert got[("Kota Samarinda", 2024)].zone is None, got


@pytest.mark.parametrize(
    "venue",
    [
        "di Hotel Novotel Balikpapan",
        "di Auditorium RRI Jakarta",
        "di Balai Kartini, Jakarta Selatan",
        "bertempat di ruang Aula Garuda Samarinda",
    ],
    ids=[
        "di-hotel-novotel-balikpapan",
        "di-auditorium-rri-jakarta",
        "di-balai-kartini-jakarta-selatan",
        "bertempat-di-ruang-aula-garuda",
    ],
)
def test_the_place_of_a_venue_takes_no_result(venue):
    got = recs(
        "Kabupaten Paser meraih nilai 91,05 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun "
        f"2023. Predikat zona hijau itu diserahkan Ombudsman RI dan diterima Sekda Paser {venue}, Selasa "
        "(12/12/2023)."
    )
    assert set(got) == {("Kabupaten Paser", 2023)}, got.keys()


# -- the assessor's name misspelt, and its office after a colon ----------------------------------


def test_misspelt_assessor_still_makes_the_article_relevant():
    got = recs(
        "Wali Kota Pagar Alam menerima penghargaan Predikat Kepatuhan Tinggi dari Ombusman RI di Jakarta, "
        "Kamis, 5 Desember 2019. Kota Pagar Alam meraih nilai 88,10."
    )
    assert got[("Kota Pagar Alam", 2019)].score == 88.1


def test_the_assessors_office_after_a_colon_is_no_subject():
    got = recs(
        "Hanya Dua Kabupaten Zona Hijau di Sulteng\nPERWAKILAN: SULAWESI TENGAH\n"
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Zona hijau diraih Kabupaten Sigi "
        "dan Kabupaten Poso."
    )
    assert {e for e, _ in got} == {"Kabupaten Sigi", "Kabupaten Poso"}


# -- a verdict on a place's public service "in general" names no government ------------------------


@pytest.mark.parametrize(
    "verdict",
    [
        "Menurut Ombudsman RI, secara umum mutu pelayanan publik di Provinsi Jambi sudah masuk opini kualitas tinggi.",
        "Pada umumnya pelayanan publik di Provinsi Jambi berada di zona hijau, kata dia.",
    ],
    ids=["menurut-ombudsman-ri-secara-umum", "pada-umumnya-pelayanan-publik-di"],
)
def test_a_general_verdict_on_a_place_is_no_record(verdict):
    got = recs("Ombudsman RI Perwakilan Jambi memaparkan hasil penilaian kepatuhan tahun 2023. " + verdict)
    assert not got, got


def test_a_page_dated_in_a_year_without_assessment_reports_the_one_before():
    got = recs(
        "Ombudsman RI menyebut Kabupaten Tebo masuk zona hijau dalam penilaian kepatuhan. Hal itu disampaikan "
        "Kepala Perwakilan, Senin (5/4/2021)."
    )
    assert set(got) == {("Kabupaten Tebo", 2019)}, got.keys()


def test_a_label_dominating_a_places_service_is_no_record_of_its_government():
    got = recs(
        "Menurut survei kepatuhan Ombudsman RI tahun 2017, zona merah masih mendominasi layanan publik di "
        "Jawa Tengah. Kabupaten Kendal meraih nilai 82,10 atau zona hijau."
    )
    assert set(got) == {("Kabupaten Kendal", 2017)}, got.keys()
