"""Years from dates: a weekday date placed by the category words of its page, a page date in English
order, a hand-over month late in a year, a year compared with, and a relative clause's year.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- a weekday with day/month and the 2022+ category pair "tinggi dan tertinggi" ----------------------
# (Selasa 13 Februari fell in 2018 and in 2024: the 2017 or the 2023 assessment)

UNDATED = "Ombudsman menyerahkan hasil penilaian kepatuhan kepada enam kabupaten di Ternate, Selasa (13/2). "


@pytest.mark.parametrize(
    "sentence, year, not_year",
    [
        (
            "Ada kabupaten yang masuk kategori tinggi dan tertinggi, yaitu zona hijau. Kabupaten Halmahera Utara "
            "meraih nilai 84,12.",
            2023,
            2017,
        ),
        (
            "Kabupaten Halmahera Utara meraih nilai 84,12 dan masuk kategori tertinggi dan tinggi bersama dua daerah "
            "lain.",
            2023,
            2017,
        ),
        ("Kabupaten Halmahera Utara meraih nilai 84,12. Dua daerah masih di kategori rendah dan terendah.", 2023, 2017),
        ("Kabupaten Halmahera Utara meraih nilai 84,12 dan masuk kategori tinggi.", 2017, None),
    ],
    ids=["pair-before", "pair-reversed", "low-pair", "single-old-category"],
)
def test_a_pair_of_2022_categories_puts_a_weekday_date_in_the_later_year(sentence, year, not_year):
    got = recs(UNDATED + sentence)
    assert ("Kabupaten Halmahera Utara", year) in got
    assert not_year is None or ("Kabupaten Halmahera Utara", not_year) not in got


# -- a page date in English order ("Senin, Mei 6, 2024") dates the page, below a written year --------------


PLAIN = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik. "
WRITTEN_2021 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. "


@pytest.mark.parametrize(
    "header, release, year, not_year",
    [
        ("Kamis, Juni 13, 2024", PLAIN, 2023, None),
        ("Juni 13, 2024", PLAIN, 2023, None),
        ("Kamis, Jun 13, 2024", PLAIN, 2023, None),
        ("Kamis, Juni 13, 2024", WRITTEN_2021, 2021, 2023),
    ],
    ids=["weekday-month-day-year", "month-day-year", "short-month", "written-year-wins"],
)
def test_a_page_date_in_english_order_dates_the_page(header, release, year, not_year):
    got = recs(f"{header}\n{release}Kabupaten Halmahera Barat meraih nilai 81,40 dan masuk zona hijau.")
    assert ("Kabupaten Halmahera Barat", year) in got
    assert not_year is None or ("Kabupaten Halmahera Barat", not_year) not in got


# -- "pada Desember 2024 lalu, X meraih ... 88,87": a hand-over late in a year gives that year's results ----

LATER = "https://contoh.id/2026/01/11/pelayanan-publik-buton"


@pytest.mark.parametrize(
    "text, year, not_year",
    [
        (
            "Kinerja pelayanan publik Buton menurun tahun ini. Pasalnya, pada Desember 2024 lalu, Pemkab Buton baru "
            "saja meraih penghargaan kualitas tertinggi dari Ombudsman RI dengan nilai 88,87 kategori A.",
            2024,
            2025,
        ),
        (
            "Kinerja pelayanan publik Buton menurun tahun ini. Pada November 2024, Pemkab Buton menerima hasil "
            "penilaian kepatuhan Ombudsman RI dengan nilai 88,87.",
            2024,
            2025,
        ),
        (
            "Kinerja pelayanan publik Buton menurun tahun ini. Pemkab Buton pada 12 Desember 2024 menerima piagam "
            "penilaian kepatuhan Ombudsman RI dengan nilai 88,87.",
            2024,
            2025,
        ),
        # a mid-year month gives no year: the page's own date stands
        (
            "Pada Juni 2024 lalu, Pemkab Buton menerima tim penilaian kepatuhan Ombudsman RI. Nilai kepatuhannya 88,87.",
            2025,
            2024,
        ),
    ],
    ids=["desember-lalu", "november", "day-desember", "mid-year-month"],
)
def test_a_late_year_hand_over_month_gives_its_year(text, year, not_year):
    got = recs(text, url=LATER)
    assert got[("Kabupaten Buton", year)].score == 88.87
    assert ("Kabupaten Buton", not_year) not in got


# -- "B ..., yang bertahan dari tahun lalu dan C dengan nilai X": the relative clause's year is B's -------

PB = "Ombudsman merilis hasil penilaian kepatuhan tahun 2023 kepada tujuh kabupaten di Papua Barat. "


@pytest.mark.parametrize(
    "sentence, year, score, not_year",
    [
        (
            "Zona hijau diraih Kabupaten Manokwari dengan nilai 85,47, yang masih bertahan dari tahun lalu dan "
            "Kabupaten Kaimana dengan nilai 86,22.",
            2023,
            86.22,
            2022,
        ),
        (
            "Kabupaten Manokwari dengan nilai 85,47, yang masih bertahan dari tahun lalu, serta Kabupaten Kaimana "
            "dengan nilai 86,22 masuk zona hijau.",
            2023,
            86.22,
            2022,
        ),
        ("Pada tahun lalu, Kabupaten Kaimana meraih nilai 70,10.", 2022, 70.10, None),
    ],
    ids=["zone-heading", "zone-after", "year-opens-sentence"],
)
def test_a_relative_clause_year_stays_with_its_item(sentence, year, score, not_year):
    got = recs(PB + sentence)
    assert got[("Kabupaten Kaimana", year)].score == score
    assert not_year is None or ("Kabupaten Kaimana", not_year) not in got
