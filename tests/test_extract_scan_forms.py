"""Patterns rewritten for speed (the first character before the lookbehind, scans from cue starts)
find the very matches of their plain forms: own phrasings, with look-alikes that must not match."""

from __future__ import annotations

import re

from extract.components.regions import component as regions
from extract.components.years import component as years
from extract.components.years import page_dates
from extract.components.common.casefold import scan

TEXTS = [
    "Hasil penilaian 2024 diumumkan pada 6 Mei 2024, bukan x2024 atau /2024 atau .2024 atau -2024.",
    "Rentang 2020-2024 dan 2021 – 2023 dihitung; a2020–2021, 2020/2021, .2021-2022 dan 2021-2022.5 tidak.",
    "Tanggal 12/01/2024, 3.2.24, 112/01/2024 dan /5/01/2024; ditulis Mei 6, 2024 dan Juni 13, 2024.",
    "Evaluasi berjalan hingga September 2025; bukan Xmei 2024 atau 7mei 2024 atau 17 Agt. 2023.",
    "Daerah yang dinilai: Toba, Padang lawas, Padang Lawas Utara dan Batu bara, yakni Labuhan batu selatan.",
    "Bupati Toba, Kota baru; serta Tapanuli tengah. yaitu Nias barat",
]


def _sig(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_year_patterns_match_their_plain_forms():
    plain_year = re.compile(r"(?<![\w/.–-])(20\d\d)(?![\w/]|[.,]\d)")
    plain_range = re.compile(r"(?<![\w/.-])(20\d\d)\s*[-–]\s*(20\d\d)(?![\w/]|[.,]\d)")
    year_re = years.Years(None, "y", None).year_re
    for text in TEXTS:
        assert _sig(year_re.finditer(text)) == _sig(plain_year.finditer(text))
        assert _sig(years.YEAR_RANGE.finditer(text)) == _sig(plain_range.finditer(text))
        for i in range(len(text)):  # .match at a year's start, as the year finder calls it
            assert bool(years.YEAR_RANGE.match(text, i)) == bool(plain_range.match(text, i))


def test_date_patterns_match_their_plain_forms():
    months = page_dates.MONTHS
    plain_num = re.compile(r"(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](20\d\d|\d\d)(?!\d)")
    plain_txt = re.compile(rf"(?<!\w)(\d{{1,2}})\s+({months})\.?\s+(20\d\d)(?!\d)", re.I)
    for text in TEXTS:
        assert _sig(page_dates._DATE_NUM.finditer(text)) == _sig(plain_num.finditer(text))
        assert _sig(page_dates._DATE_TXT.finditer(text)) == _sig(plain_txt.finditer(text))
        assert _sig(scan(page_dates._DATE_EN, text)) == _sig(page_dates._DATE_EN.finditer(text))
        assert _sig(scan(page_dates._MONTH_YEAR, text)) == _sig(page_dates._MONTH_YEAR.finditer(text))
    assert [d.month for _, d in page_dates._month_dates(TEXTS[2])] == [5, 6]


def test_listed_names_match_their_plain_form():
    plain = re.compile(
        r"(?:(?<=, )|(?<=\sdan )|(?<=\sserta )|(?<=yakni )|(?<=yaitu )|(?<=: ))"
        r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[a-z][\w'’-]*){1,2})(?=[ \t]*(?:[,.;)]|[ \t](?:dan|serta)[ \t]|$))"
    )
    found = []
    for text in TEXTS:
        assert _sig(regions._LISTED_LOWER.finditer(text)) == _sig(plain.finditer(text))
        found += [m.group("name") for m in regions._LISTED_LOWER.finditer(text)]
    assert "Padang lawas" in found and "Tapanuli tengah" in found
    assert "Bupati Toba" not in found  # no list separator before it
