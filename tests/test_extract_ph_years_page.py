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


# -- a day's date beside the tied year is when its results were handed over, not a later result --


@pytest.mark.parametrize(
    "handed",
    [
        "di halaman Kantor Bupati Biak Numfor, Selasa, 30 Januari 2024",
        "pada upacara di Kantor Bupati, Rabu, 31 Desember 2024",
        "yang berlangsung di Biak pada Kamis, 1 Februari 2024",
    ],
    ids=["januari", "desember-typo", "februari"],
)
def test_day_date_beside_tied_year_is_the_hand_over(handed):
    text = (
        "Ombudsman RI Perwakilan Papua menyerahkan piagam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
        f"tahun 2023 kepada Pemerintah Kabupaten Biak Numfor yang meraih nilai 81,20 zona hijau, {handed}.\n"
        "Untuk Pemkab Biak Numfor ada dua dinas yang dinilai Ombudsman tahun 2023, yakni:\n"
        "1. Dinas Sosial dengan nilai 39,41 zona merah.\n"
        "2. Dinas Pendidikan dengan nilai 61,48 zona kuning.\n"
    )
    got = recs(text)
    assert {y for _, y in got} == {2023}
    assert ("Dinas Sosial", 2023) in got and ("Kabupaten Biak Numfor", 2023) in got


def test_written_later_year_in_the_tied_sentence_still_reports_the_latest():
    # look-alike: a second result year (no day before it) in the sentence of the tied year is a comparison
    text = (
        "Hasil Penilaian Kepatuhan Ombudsman tahun 2022, Kabupaten Biak Numfor meraih nilai 60,10, lalu pada "
        "2023 naik menjadi 81,20 dan masuk zona hijau."
    )
    got = recs(text)
    assert got[("Kabupaten Biak Numfor", 2023)].score == 81.2


# -- an article dated November-December that tells a hand-over reports that year's results, not the earlier
#    year it compares with ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline, handed",
    [
        ("Senin, 26 Desember 2022 | 05:20 WIB", "Sekda Jawa Tengah menerima penghargaan kepatuhan dari Ombudsman RI."),
        ("Kamis, 8 Desember 2022", "Piagam penghargaan diserahkan Anggota Ombudsman RI di Jakarta."),
        ("Selasa, 29 November 2022 10:00 WIB", "Ombudsman RI menyerahkan piagam kepada Pemprov Jawa Tengah."),
    ],
    ids=["menerima-penghargaan", "piagam-diserahkan", "menyerahkan-piagam"],
)
def test_late_year_hand_over_reports_that_year(dateline, handed):
    text = (
        f"{dateline}\n{handed} Jawa Tengah termasuk provinsi yang masuk zona hijau penilaian kepatuhan. "
        "Tahun 2021, Jateng masih berada pada zona kuning. Kini Provinsi Jawa Tengah menduduki peringkat 3 "
        "nasional."
    )
    got = recs(text)
    assert got[("Provinsi Jawa Tengah", 2021)].zone == "kuning"
    assert got[("Provinsi Jawa Tengah", 2022)].rank == 3 and got[("Provinsi Jawa Tengah", 2022)].zone == "hijau"


def test_late_year_statement_without_a_hand_over_is_the_latest_published():
    # look-alike: a December visit that tells no hand-over speaks of the latest published results (DECISIONS.md)
    text = (
        "Kamis, 8 Desember 2022\nKepala Ombudsman Jawa Tengah berkunjung ke kantor gubernur membahas penilaian "
        "kepatuhan. Tahun 2021, Provinsi Jawa Tengah masih berada pada zona kuning."
    )
    assert {(e, y) for e, y in recs(text)} == {("Provinsi Jawa Tengah", 2021)}


def test_the_publication_year_is_not_yet_assessed_before_the_results_season():
    text = (
        "Kabupaten Siak meraih nilai 90,12 dalam penilaian Ombudsman RI. Untuk penilaian kepatuhan tahun 2024, "
        "Bupati Siak meminta OPD bersiap."
    )
    assert set(recs(text, published="2024-02-05")) == {("Kabupaten Siak", 2023)}


# -- A statement's date whose year is written with two digits ("Rabu (4/12/24)") dates the text like a whole one: a
# later year the text speaks of ("indikator baru untuk tahun 2025") is still to come, and the results are the year
# the date says.


@pytest.mark.parametrize(
    "dateline,coming",
    [
        ("Piagam diserahkan di Bandung, Rabu (4/12/24).", "Ombudsman menyiapkan indikator baru untuk tahun 2025."),
        ("kata Kepala Perwakilan, Kamis (12/12/24).", "Penilaian berikutnya pada tahun 2025 akan lebih ketat."),
        ("ujarnya, Selasa (10/12/2024).", "Pada tahun 2025 fokus pengawasan akan berubah."),
    ],
    ids=["rabu-4-12-24", "kamis-12-12-24", "selasa-whole-year"],
)
def test_short_year_of_a_said_date_keeps_a_coming_year_out(dateline, coming):
    text = (
        "Pemerintah Kota Cimahi kembali meraih predikat kepatuhan zona hijau dari Ombudsman RI. "
        f"{dateline} Cimahi memperoleh nilai kepatuhan 91,40, naik dari tahun sebelumnya yang 88,20. {coming}"
    )
    r = recs(text)
    assert r[("Kota Cimahi", 2024)].score == 91.4
    assert r[("Kota Cimahi", 2023)].score == 88.2
    assert not any(y == 2025 for _, y in r)


# -- Years: the article's own printed stamp is the first date with a clock time; the stamps of other articles a page
# lists after the story (teasers under a section name) do not date it.

BODY = (
    "Ombudsman RI Perwakilan Jambi menyampaikan hasil penilaian kepatuhan. Pemkot Jambi mendapat skor 72 "
    "sehingga masuk zona kuning."
)


@pytest.mark.parametrize(
    "teaser",
    [
        "EKONOMI\nPasar Murah Digelar di Alun-alun Kota\n\nSabtu, 14 Februari 2026 | 10:15",
        "OLAHRAGA\nTim Sepak Bola Pelajar Juara Provinsi\n\n14/02/2026 10:15",
        "Baca lainnya\nHarga Cabai Naik Jelang Ramadan\nSabtu, 14 Februari 2026, 10.15 WIB",
    ],
)
def test_a_teaser_stamped_after_the_story_does_not_date_it(teaser):
    text = f"Pemkot Jambi Masuk Zona Kuning\n\nRudi Hartono | Kamis, 10 Maret 2022 | 20:05\n\n{BODY}\n\n{teaser}"
    got = recs(text)
    assert ("Kota Jambi", 2021) in got
    assert ("Kota Jambi", 2025) not in got


def test_the_first_stamp_dates_the_story_when_it_is_the_latest_too():
    text = f"Pemkot Jambi Masuk Zona Kuning\n\nKamis, 11 Desember 2025 | 20:05\n\n{BODY}"
    assert ("Kota Jambi", 2025) in recs(text)
