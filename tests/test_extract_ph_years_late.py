"""Years of late-year statements and of weekday-dated releases that write their year.

A meeting, an audience or a working visit dated November-December, with no year written for its results
and no hand-over told, speaks of the latest published result: the year before (DECISIONS.md "Years").
A year written for the result beats the year a weekday without its year ("Rabu (25/1)") is guessed to be,
and a day written whole ("9 Mei 2019") dates the same day's weekday ("Kamis (9/5)"). Mid-year "tahun lalu"
beside another score's number (IKM) is the calendar's; "di tahun 2018 lalu" before the page's reported year
is an earlier state; "tidak kunjung beranjak dari zona kuning" keeps the state (no earlier-year record).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

# -- an occasion that is no release, dated November-December: the previous assessment ----------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Kepala Perwakilan Ombudsman RI Maluku melakukan audiensi dengan Bupati Buru pada Selasa (18/11/2025). "
            "Menurutnya, penilaian kepatuhan Kabupaten Buru masih ada di zona merah dengan nilai 48,20.",
            2024,
        ),
        (
            "Tim Ombudsman RI Perwakilan Maluku menggelar pertemuan dengan DPRD Kabupaten Buru, Kamis (4/12/2025). "
            "Dalam penilaian kepatuhan, Kabupaten Buru disebut masih di zona merah dengan skor 48,20.",
            2024,
        ),
        (
            "Dalam kunjungan kerja ke Namlea pada 12 November 2024, Ombudsman RI menyebut hasil penilaian "
            "kepatuhan Kabupaten Buru berada pada zona merah dengan nilai 48,20.",
            2023,
        ),
        (
            "Rapat koordinasi pelayanan publik bersama Ombudsman RI digelar di Namlea, Senin (9/12/2024). "
            "Pada penilaian kepatuhan, Kabupaten Buru tercatat di zona merah dengan nilai 48,20.",
            2023,
        ),
        (
            "Dialog interaktif tentang pelayanan publik digelar Polda Maluku bersama radio setempat, Rabu "
            "(26/11/2025). Ombudsman menyebut penilaian kepatuhan Kabupaten Buru masih di zona merah, nilai 48,20.",
            2024,
        ),
        (
            "Dalam talkshow di sebuah televisi lokal, Jumat (5/12/2025), Ombudsman RI menyebut hasil penilaian "
            "kepatuhan Kabupaten Buru berada di zona merah dengan nilai 48,20.",
            2024,
        ),
        (
            "Seminar pelayanan publik digelar di Namlea, Senin (17/11/2025). Dalam penilaian kepatuhan, Kabupaten "
            "Buru tercatat di zona merah dengan nilai 48,20 menurut Ombudsman RI.",
            2024,
        ),
    ],
    ids=["audiensi", "pertemuan", "kunjungan-kerja", "rapat-koordinasi", "dialog", "talkshow", "seminar"],
)
def test_a_late_year_meeting_speaks_of_the_previous_results(text, year):
    got = recs(text)
    assert got[("Kabupaten Buru", year)].score == 48.20
    assert ("Kabupaten Buru", year + 1) not in got


@pytest.mark.parametrize(
    "text",
    [
        # a hand-over told on the occasion: that year's results came out
        "Dalam pertemuan di Namlea, Selasa (18/11/2025), Bupati Buru menerima piagam penghargaan penilaian "
        "kepatuhan dari Ombudsman RI. Kabupaten Buru masuk zona hijau dengan nilai 88,20.",
        # a release with no occasion named
        "Ombudsman RI Perwakilan Maluku mengumumkan hasil penilaian kepatuhan kabupaten dan kota, Selasa "
        "(18/11/2025). Kabupaten Buru masuk zona hijau dengan nilai 88,20.",
        # an occasion named in passing, far from the date: not what the text reports
        "Ombudsman RI Perwakilan Maluku memaparkan penilaian kepatuhan kabupaten dan kota, Selasa (18/11/2025). "
        "Kabupaten Buru masuk zona hijau dengan nilai 88,20. Kepala Perwakilan menyebut kantornya selalu terbuka "
        "bagi setiap pemerintah daerah yang membutuhkan pendampingan dalam memperbaiki standar pelayanannya.",
    ],
    ids=["hand-over", "release", "occasion-in-passing"],
)
def test_a_late_year_release_keeps_its_year(text):
    got = recs(text)
    assert got[("Kabupaten Buru", 2025)].score == 88.20
    assert ("Kabupaten Buru", 2024) not in got


def test_a_meeting_before_november_is_dated_as_before():
    text = (
        "Kepala Perwakilan Ombudsman RI Maluku melakukan audiensi dengan Bupati Buru pada Selasa (14/10/2025). "
        "Menurutnya, penilaian kepatuhan Kabupaten Buru masih ada di zona merah dengan nilai 48,20."
    )
    assert ("Kabupaten Buru", 2024) in recs(text)


# -- a year written for the result beats the year a weekday without its year is guessed to be --------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            # Wednesday 25 January fits 2017 and 2023 only; the result says 2024
            "Pemkab Badung menerima sertifikat zona hijau dari Ombudsman RI Perwakilan Bali, Rabu (25/1). Nilai "
            "kepatuhan Pemkab Badung yakni 90,15 dengan kategori Kualitas Tertinggi untuk tahun 2024.",
            2024,
        ),
        (
            # Wednesday 1 February fits 2017 and 2023; the old label would pick 2016, the written year is 2022
            "Sertifikat Ombudsman RI diserahkan kepada Pemkab Badung di kantor bupati, Rabu (1/2). Penilaian kepatuhan Pemkab "
            "Badung di tahun 2022 mencapai nilai 90,15 dengan predikat kepatuhan tinggi atau zona hijau.",
            2022,
        ),
        (
            # Thursday 16 February fits 2017 and 2023; the survey's year is written
            "Penghargaan Ombudsman RI diberikan pada Kamis (16/2) di Denpasar berdasarkan survei kepatuhan tahun 2022. Pemkab "
            "Badung meraih kepatuhan tinggi dengan nilai 90,15.",
            2022,
        ),
    ],
    ids=["later-year-written", "old-label-written-year", "survey-year-written"],
)
def test_a_written_year_beats_a_weekday_guess(text, year):
    got = recs(text)
    assert got[("Kabupaten Badung", year)].score == 90.15
    assert {y for e, y in got if e == "Kabupaten Badung"} == {year}


def test_without_a_written_year_the_weekday_guess_stands():
    text = (
        "Sertifikat Ombudsman RI diserahkan kepada Pemkab Badung di kantor bupati, Rabu (1/2). Penilaian kepatuhan Pemkab "
        "Badung mencapai nilai 90,15 dengan predikat kepatuhan tinggi atau zona hijau."
    )
    assert ("Kabupaten Badung", 2016) in recs(text)


# -- a weekday without its year below the same day written whole ("Kamis (9/5)" and "9 Mei 2019") ----


@pytest.mark.parametrize(
    ("stamp", "said", "year"),
    [
        ("9 Mei 2019", "Kamis (9/5)", 2018),  # also a Thursday in 2024: the stamp decides
        ("09/05/2019", "Kamis, (9/5)", 2018),
        ("Rabu, 6 Desember 2023", "Rabu (6/12)", 2023),  # also a Wednesday in 2017
    ],
    ids=["month-named", "numeric", "december"],
)
def test_the_day_written_whole_dates_its_weekday(stamp, said, year):
    text = (
        f"Redaksi\n{stamp}\n\nPemkab Sigi masuk zona merah penilaian kepatuhan Ombudsman RI Perwakilan Sulteng. Hal "
        f"itu disampaikan Wakil Bupati Sigi dalam apel pagi, {said}. Iklan: diskon akhir pekan hingga 28 Maret 2026."
    )
    got = recs(text)
    assert got[("Kabupaten Sigi", year)].zone == "merah"
    assert {y for e, y in got if e == "Kabupaten Sigi"} == {year}


# -- mid-year "tahun lalu" beside another score's number: the calendar's last year -----------------------


@pytest.mark.parametrize(
    "other",
    [
        "Indeks kepuasan masyarakat di MPP kini sudah 88,2.",
        "Hasil survei kepuasan masyarakat tahun ini mencapai 86,75 poin.",
        "Nilai IKM pelayanan kependudukan tercatat 90,1.",
    ],
    ids=["indeks-kepuasan", "survei-kepuasan", "ikm"],
)
def test_last_year_mid_year_beside_another_score_is_the_calendars(other):
    text = (
        "Bupati Mesuji menandatangani nota kesepakatan dengan Ombudsman RI, Selasa (11/6/2024). "
        f"{other} Namun Pemkab Mesuji masih berada di zona kuning dengan nilai 61,4 pada penilaian Ombudsman "
        "tahun lalu, ujarnya."
    )
    got = recs(text)
    assert got[("Kabupaten Mesuji", 2023)].score == 61.4
    assert ("Kabupaten Mesuji", 2022) not in got


def test_last_year_mid_year_beside_a_result_of_its_own_counts_from_it():
    # look-alike: the article's own result, said without "tahun lalu", is the assessment "tahun lalu" counts from
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada Pemkab Mesuji, Selasa (11/6/2024). Pemkab Mesuji "
        "kini meraih nilai 80,5 dan masuk zona hijau. Tahun lalu Pemkab Mesuji masih berada di zona kuning."
    )
    got = recs(text)
    assert got[("Kabupaten Mesuji", 2023)].score == 80.5
    assert got[("Kabupaten Mesuji", 2022)].zone == "kuning"


# -- "tahun 2018 lalu" before the assessment the page's date reports: an earlier state ----------------


@pytest.mark.parametrize(
    "earlier",
    [
        "Saat pertama menjabat pada tahun 2018 lalu, Kabupaten Pesawaran berada di zona merah dengan nilai 30,15.",
        "Di tahun 2018 lalu Kabupaten Pesawaran hanya mendapat rapor merah dengan skor 30,15.",
        "Kabupaten Pesawaran pada 2018 lalu masih zona merah, nilainya 30,15.",
    ],
    ids=["pertama-menjabat", "di-tahun-lalu", "pada-lalu"],
)
def test_a_year_told_as_past_is_not_the_reported_one(earlier):
    text = (
        "Pemkab Pesawaran meraih predikat kepatuhan tinggi dari Ombudsman RI Perwakilan Lampung dengan nilai 90,40. "
        f"{earlier} Kini nilainya jauh membaik."
    )
    got = recs(text, url="https://contoh.id/2022/02/10/pesawaran-hijau")
    assert got[("Kabupaten Pesawaran", 2021)].score == 90.40
    assert got[("Kabupaten Pesawaran", 2018)].score == 30.15


def test_the_reported_year_told_with_lalu_stays_reported():
    # look-alike: "tahun 2021 lalu" is the very assessment a February 2022 page reports
    text = (
        "Pada penilaian kepatuhan Ombudsman RI tahun 2021 lalu, Kabupaten Pesawaran meraih nilai 90,40 dan masuk zona "
        "hijau."
    )
    got = recs(text, url="https://contoh.id/2022/02/10/pesawaran-hijau")
    assert got[("Kabupaten Pesawaran", 2021)].score == 90.40


# -- a move denied with "kunjung"/"juga" keeps the state: no earlier-year record ---------------------------


@pytest.mark.parametrize(
    "kept",
    [
        "Kota Tual tidak kunjung beranjak dari zona kuning",
        "Kota Tual tak kunjung keluar dari zona kuning",
        "Kota Tual belum juga beranjak dari zona kuning",
    ],
    ids=["tidak-kunjung-beranjak", "tak-kunjung-keluar", "belum-juga-beranjak"],
)
def test_a_move_denied_keeps_the_state(kept):
    text = f"Hasil penilaian kepatuhan Ombudsman RI tahun 2019 diumumkan. {kept} dengan nilai 70,12."
    got = recs(text)
    assert got[("Kota Tual", 2019)].zone == "kuning"
    assert ("Kota Tual", 2018) not in got


def test_a_move_told_is_still_a_change():
    # look-alike: "beranjak dari zona kuning ke zona hijau" leaves the earlier state
    text = "Hasil penilaian kepatuhan Ombudsman RI tahun 2019 diumumkan. Kota Tual beranjak dari zona kuning ke zona hijau."
    got = recs(text)
    assert got[("Kota Tual", 2019)].zone == "hijau"
    assert got[("Kota Tual", 2018)].zone == "kuning"


# -- a year opening a span ("periode 2019 hingga 2021") is no more the reported year than its end -------


@pytest.mark.parametrize(
    "span",
    [
        "Kota Metro sempat tertahan di zona kuning sepanjang periode 2018 hingga 2021.",
        "Pada 2018 sampai 2021 Kota Metro berada di zona kuning.",
        "Kota Metro masuk zona kuning dari tahun 2018 sampai dengan tahun 2021.",
    ],
    ids=["periode-hingga", "pada-sampai", "dari-sampai-dengan"],
)
def test_a_span_opening_year_is_not_the_reported_one(span):
    text = (
        "Kota Metro, Kamis, 26 Januari 2023. Ombudsman RI kembali menyerahkan piagam zona hijau penilaian kepatuhan "
        f"kepada Pemkot Metro. {span}"
    )
    got = recs(text)
    assert got[("Kota Metro", 2022)].zone == "hijau"
    assert got[("Kota Metro", 2018)].zone == "kuning"
    assert got[("Kota Metro", 2021)].zone == "kuning"
