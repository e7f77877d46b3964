"""Publication dates: metadata first (htmldate), then the visible Indonesian dateline.

Indonesian pages write dates as "Jum'at, 13 Desember 2024", "Minggu 28 Jan 2024 - 20:01 WIB",
"Kamis (29/2/2023)", "17/02/2023", "12 Agu. 2025". Month and day names live in
models/cleaning/dates.yaml. A date that cannot exist (29 February of a common year, month 13)
gives None and a warning, never a crash and never a neighbouring date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from clean.data import date_words

MIN_YEAR = 1995  # no Indonesian news site is older


@dataclass
class DateHit:
    """A date written in text: the ISO date (None when impossible), the matched text, a warning."""

    iso: str | None
    text: str
    warning: str | None = None


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    words = date_words()
    month = "|".join(sorted((re.escape(m) for m in words["months"]), key=len, reverse=True))
    return {
        # 13 Desember 2024 / 28 Jan 2024 / 12 Agu. 2025 / 5-Okt-2023
        "dmy_name": re.compile(
            rf"(?<![\w/])(\d{{1,2}})(?:\s+|\s*[-/]\s*)({month})\.?(?:\s+|\s*[-/,]\s*)((?:19|20)\d\d)(?!\d)", re.I
        ),
        # August 13, 2025 / Desember 13, 2024
        "mdy_name": re.compile(rf"(?<!\w)({month})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)(?!\d)", re.I),
        # 2024-12-13 (ISO, possibly with time)
        "iso": re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)"),
        # 29/2/2023, 17/02/2023, 12-02-2024, 12.02.2024, 29/2/23
        "dmy_num": re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)?\d\d)(?![\d/])"),
    }


def _make(year: int, month: int, day: int, text: str) -> DateHit:
    if year < 100:
        year += 2000
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return DateHit(
            None, text, f"impossible date {text!r} (day {day}, month {month}, year {year}): published left empty"
        )
    if year < MIN_YEAR:
        return DateHit(None, text, f"implausible year in date {text!r}")
    return DateHit(d.isoformat(), text)


def find_dates(text: str) -> list[DateHit]:
    """All dates written in `text`, in order of appearance (impossible ones included, iso=None)."""
    if not text:
        return []
    months = date_words()["months"]
    hits: list[tuple[int, DateHit]] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in _patterns().items():
        for m in pat.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            g = m.groups()
            if kind == "dmy_name":
                hit = _make(int(g[2]), months[g[1].lower()], int(g[0]), m.group(0))
            elif kind == "mdy_name":
                hit = _make(int(g[2]), months[g[0].lower()], int(g[1]), m.group(0))
            elif kind == "iso":
                hit = _make(int(g[0]), int(g[1]), int(g[2]), m.group(0))
            else:
                day, month = int(g[0]), int(g[2])
                if month > 12 and day <= 12 and g[1] != ".":  # never silently swap: m/d/y is not Indonesian
                    hit = DateHit(
                        None, m.group(0), f"impossible date {m.group(0)!r} (month {month}): published left empty"
                    )
                else:
                    hit = _make(int(g[3]), month, day, m.group(0))
            taken.append((m.start(), m.end()))
            hits.append((m.start(), hit))
    return [h for _, h in sorted(hits, key=lambda x: x[0])]


def parse_date(text: str) -> DateHit | None:
    """The first date written in `text` (possibly impossible: iso None + warning), or None."""
    hits = find_dates(text)
    return hits[0] if hits else None


def is_date_line(line: str, max_len: int = 90) -> bool:
    """A short line that is mostly a date/time stamp ("Minggu 28 Jan 2024 - 20:01 WIB")."""
    if not line or len(line) > max_len:
        return False
    if not any(c.isdigit() for c in line):
        return _is_yearless_stamp(line)
    hits = find_dates(line)
    if hits:
        rest = line
        for h in hits:
            rest = rest.replace(h.text, " ")
        rest_words = [w for w in re.findall(r"[A-Za-z']+", rest) if w.lower() not in _filler_words()]
        return len(rest_words) <= 4
    return _is_yearless_stamp(line)


@lru_cache(maxsize=None)
def _filler_words() -> frozenset[str]:
    w = date_words()
    return (
        frozenset(w["days"])
        | frozenset(t.lower() for t in w["timezones"])
        | {
            "pukul",
            "jam",
            "diperbarui",
            "dipublikasikan",
            "diterbitkan",
            "update",
            "updated",
            "published",
            "posted",
            "on",
            "pada",
            "tanggal",
            "terbit",
            "jumat",
            "jum",
            "at",
            "wib",
            "am",
            "pm",
        }
    )


def _is_yearless_stamp(line: str) -> bool:
    """ "Wednesday, August 13" or "Kamis, 12 Desember": a day name + month name without a year."""
    words = date_words()
    toks = re.findall(r"[A-Za-z']+|\d+", line.lower())
    if not toks or len(toks) > 5:
        return False
    has_day = any(t in words["days"] for t in toks)
    has_month = any(t in words["months"] and len(t) > 3 for t in toks)
    others = [t for t in toks if not (t.isdigit() or t in words["days"] or t in words["months"])]
    return has_day and has_month and not others


def metadata_date(tree, url: str | None = None) -> str | None:
    """Publication date from meta tags, JSON-LD, <time datetime>, abbr titles, the URL (htmldate, no text guessing)."""
    from htmldate import find_date

    try:
        return find_date(
            tree,
            url=url,
            extensive_search=False,
            original_date=True,
            outputformat="%Y-%m-%d",
            min_date=f"{MIN_YEAR}-01-01",
            max_date=(dt.date.today() + dt.timedelta(days=2)).isoformat(),
        )
    except Exception:  # noqa: BLE001 - htmldate on odd markup: a missing date, not a failed page
        return None


def newest_date(tree, url: str | None = None) -> str | None:
    """The newest date in the page's metadata (dateModified, article:modified_time,
    og:updated_time, …; htmldate): the modified date when it is later than the publication."""
    from htmldate import find_date

    try:
        return find_date(
            tree,
            url=url,
            extensive_search=False,
            original_date=False,
            outputformat="%Y-%m-%d",
            min_date=f"{MIN_YEAR}-01-01",
            max_date=(dt.date.today() + dt.timedelta(days=2)).isoformat(),
        )
    except Exception:  # noqa: BLE001 - htmldate on odd markup: no modified date, not a failed page
        return None
