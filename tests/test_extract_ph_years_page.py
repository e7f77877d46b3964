"""The page's own dates: a month without its day dates the statement, the day a statement was made beats
the site's date above the headline, a copyright footer is the page's year only, a publication year in a
headline before November is not yet assessed, nor is it in the body of a page published before the results.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import recs


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
    ids=[
        "berdasarkan-hasil-evaluasi-ombudsman-hingga",
        "hingga-oktober-2025-kabupaten-buru",
        "per-agustus-2023-kabupaten-buru",
        "sampai-desember-2023-kabupaten-buru",
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


# -- the day a statement was made dates the article, not the site's date above the headline ----


@pytest.mark.parametrize(
    "header, said",
    [
        ("Selasa, 23 April 2024", "kata Kepala Ombudsman NTT saat ditemui, Kamis (10/01/2019)"),
        ("Rabu, 5 Juni 2024\n31 C Kupang", "ujar Kepala Ombudsman NTT di Kupang, Selasa (8/1/2019)"),
        ("Jumat, 14 Maret 2025", "jelas Kepala Ombudsman NTT kepada wartawan pada Rabu (9/1/2019)"),
        ("Senin, 2 Desember 2024 | 08.15 WIB", "tutur Kepala Ombudsman NTT, Jumat ( 11/01/2019 )"),
    ],
    ids=["selasa-23-april-2024", "rabu-5-juni-2024-31", "jumat-14-maret-2025", "senin-2-desember-2024-08"],
)
def test_statement_day_beats_site_date(header, said):
    text = (
        f"{header}\nBeranda Berita Daerah\n\nKabupaten Sikka Masuk Zona Hijau\n\n"
        "Kabupaten Sikka meraih nilai 84,15 dan masuk zona hijau dalam penilaian kepatuhan standar "
        "pelayanan publik Ombudsman RI. Kabupaten Ende memperoleh nilai 52,40 dan masuk zona merah. "
        f'"Kami akan terus mendampingi pemerintah daerah," {said}.'
    )
    got = recs(text)
    assert set(got) == {("Kabupaten Sikka", 2018), ("Kabupaten Ende", 2018)}
    assert got[("Kabupaten Sikka", 2018)].score == 84.15


def test_site_date_alone_still_dates_the_article():
    # no statement day: the page's own date is all there is (results out in December: 2023)
    text = (
        "Selasa, 23 April 2024\n\nKabupaten Sikka meraih nilai 84,15 dalam penilaian kepatuhan "
        "standar pelayanan publik Ombudsman RI dan masuk zona hijau."
    )
    assert set(recs(text)) == {("Kabupaten Sikka", 2023)}


# -- a copyright footer is the page's year, never an assessment year ---------------------------


@pytest.mark.parametrize(
    "footer",
    [
        "COPYRIGHT © ANTARA News Jambi 2017",
        "Copyright 2017 Jambi Ekspres. All rights reserved.",
        "© 2017 Harian Jambi",
        "Hak Cipta © 2017 Warta Jambi | Pedoman Media Siber",
    ],
    ids=[
        "copyright-antara-news-jambi-2017",
        "copyright-2017-jambi-ekspres-all",
        "2017-harian-jambi",
        "hak-cipta-2017-warta-jambi",
    ],
)
def test_copyright_year_dates_the_page_only(footer):
    text = (
        "Jambi - Kepala Ombudsman Perwakilan Jambi mengatakan Kota Jambi masuk zona hijau dalam "
        "penilaian kepatuhan standar pelayanan publik, sedangkan Kabupaten Kerinci masih berada di "
        'zona merah.\n"Kami minta Kabupaten Kerinci segera berbenah," katanya, Kamis.\n\n'
        f"Pewarta: Fulan\nEditor: Fulanah\n\n{footer}"
    )
    got = recs(text)
    # published in 2017 (before November, month unknown): the latest results are 2016's
    assert set(got) == {("Kota Jambi", 2016), ("Kabupaten Kerinci", 2016)}
    assert got[("Kota Jambi", 2016)].zone == "hijau"
    assert got[("Kabupaten Kerinci", 2016)].zone == "merah"


def test_copyright_year_gives_way_to_a_written_year():
    text = (
        "Kota Jambi masuk zona hijau dalam penilaian kepatuhan standar pelayanan publik tahun 2015 "
        "dari Ombudsman RI.\n\nCopyright © 2017 Warta Jambi"
    )
    assert set(recs(text)) == {("Kota Jambi", 2015)}


# -- the publication year written in a headline before November is the statement's, not the
#    results' (the address gives the date) -------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Pelayanan Publik di Kepulauan Riau 2023 Masih Zona Kuning",
        "Tahun 2023, Pelayanan Publik Kepulauan Riau Zona Kuning",
        "Kepulauan Riau di 2023: Kepatuhan Pelayanan Publik Masih Kuning",
    ],
    ids=[
        "pelayanan-publik-di-kepulauan-riau",
        "tahun-2023-pelayanan-publik-kepulauan",
        "kepulauan-riau-di-2023-kepatuhan",
    ],
)
def test_publication_year_in_headline_is_not_yet_assessed(headline):
    text = (
        f"{headline}\n"
        "Kepala Ombudsman Perwakilan Kepulauan Riau mengatakan hasil penilaian kepatuhan pelayanan "
        'publik menempatkan Kota Batam di zona kuning. "Masih banyak yang harus dibenahi," '
        "ujarnya, Rabu (12/7/2023)."
    )
    url = "https://kepri.example.id/2023/07/12/pelayanan-publik-kepri"
    got = recs(text, url=url)
    # the headline's zone is the province's (DECISIONS.md "Labels"); both are 2022's results
    assert {e for e, _ in got} <= {"Kota Batam", "Provinsi Kepulauan Riau"} and ("Kota Batam", 2022) in got
    assert {y for _, y in got} == {2022}


def test_the_publication_year_is_not_yet_assessed_before_the_results_season():
    text = (
        "Kabupaten Siak meraih nilai 90,12 dalam penilaian Ombudsman RI. Untuk penilaian kepatuhan tahun 2024, "
        "Bupati Siak meminta OPD bersiap."
    )
    assert set(recs(text, published="2024-02-05")) == {("Kabupaten Siak", 2023)}
