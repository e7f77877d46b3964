"""Years read around other words: when the survey ran, and years referred back to.

When the survey ran: a month written before a year is a date (a hand-over, "diserahkan pada Januari
2025") unless it belongs to a survey period ("survei pada April-Juli 2016", "periode Mei-Juli 2017",
"penilaian ... dilakukan sejak Juni-Oktober 2021"). A span of months ending after February before the
year is the fieldwork, so that year is the assessment's (results come out in one month, never a span).
A year referred back to ("pada saat itu": the year last written; "setahun kemudian": the one after it) is
`anaphoric_years`. Used by extract/components/years/component.py. Knowledge: models/values.yaml (`survey_period_words`,
`period_range_words`, `year_anaphora_single`, `year_anaphora_next`)."""

from __future__ import annotations

import re
from datetime import date

from extract.components.common.casefold import pick
from extract.components.common.knowledge import any_word, words_alt
from extract.components.common.mentions import YearMention
from extract.components.years.page_dates import _MONTH_NUM, MONTHS

_TO = r"(?:[-–]|s\.?d\.?|sampai(?:\s+dengan)?|hingga)"


def _month_num(word: str) -> int:
    return _MONTH_NUM.get(word.lower()[:3], 0)


class SurveyPeriods:
    def __init__(self, v: dict) -> None:
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        sw = v.get("survey_period_words", [])
        # "survei pada April-Juli " / "survei dilakukan Mei hingga Agustus " right before the year (no
        # day number: "penilaian ... pada 12 Januari 2023" is a date)
        self.survey_period = (
            re.compile(
                rf"(?<![\w])(?:{words_alt(sw)})(?![\w])[^.\n\d]{{0,40}}?(?<![\w])(?:{MONTHS})\.?"
                rf"(?:\s*(?:{_TO}|dan)\s*(?:{MONTHS})\.?)?\s*$",
                I,
            )
            if sw
            else None
        )
        handed = v.get("hand_over_verbs", [])
        self.handed = any_word(handed)
        pw = v.get("period_range_words", [])
        self.period_range = (
            re.compile(rf"(?<![\w])(?:{words_alt(pw)})\s+(?:bulan\s+)?(?:{MONTHS})\.?\s*{_TO}\s*(?:{MONTHS})\.?\s*$", I)
            if pw
            else None
        )
        part = v.get("survey_part_of_year", [])
        # "survei pelayanan publik selama pertengahan tahun " right before the year
        self.part_re = (
            re.compile(rf"(?<![\w])(?:{words_alt(sw)})(?![\w])[^.\n\d]{{0,50}}?(?<![\w])(?:{words_alt(part)})\s*$", I)
            if sw and part
            else None
        )
        ahead = v.get("results_ahead_cues", [])
        # "hasil penilaian akan diumumkan pada bulan Desember ": the results are still to come
        self.results_ahead = (
            re.compile(rf"(?<![\w])hasil(?:nya)?(?![\w])[^.\n]{{0,60}}?(?<![\w])(?:{words_alt(ahead)})(?![\w])", I)
            if ahead
            else None
        )
        # "Juni-Oktober 2021", "Juli hingga Oktober 2023", "antara Juni dan Oktober 2021"
        self.month_span = re.compile(
            rf"(?<![\w])(?:(?:{MONTHS})\.?\s*{_TO}|antara\s+(?:bulan\s+)?(?:{MONTHS})\.?\s+dan)\s*(?:bulan\s+)?"
            rf"({MONTHS})\.?\s*$",
            I,
        )

    def ran(self, text: str, year_start: int, month: str) -> bool:
        """Whether the month written right before the year belongs to a period the survey ran in, not
        a date. Never January-February: "hasil penilaian ... diumumkan pada Januari 2025" is when
        they came out; nor a month after a hand-over verb (models/values.yaml `hand_over_verbs`)."""
        m = self.survey_period.search(text, max(0, year_start - 90), year_start) if self.survey_period else None
        # ... and no hand-over between them: "hasil penilaian ... diserahkan pada Agustus 2019" is a date
        if m is not None and _month_num(month) > 2 and not (self.handed and self.handed.search(m.group(0))):
            return True
        if self.period_range is not None and self.period_range.search(text, max(0, year_start - 60), year_start):
            return True  # "periode Mei-Juli 2017"
        return self.fieldwork(text, year_start)

    def part_of_year(self, text: str, year_start: int) -> bool:
        """Whether a survey word and a part of the year ("survei ... selama pertengahan tahun") come right
        before the year: the survey ran in it."""
        return self.part_re is not None and self.part_re.search(text, max(0, year_start - 90), year_start) is not None

    def ahead_year(self, text: str, years: list[YearMention]) -> int | None:
        """The year whose results the text says are still to come ("hasil penilaian akan diumumkan pada
        bulan Desember 2025"): the latest year written after the cue in its sentence."""
        if self.results_ahead is None or "akan" not in text and "belum" not in text:
            return None
        for m in self.results_ahead.finditer(text):
            stop = re.search(r"[.!?\n]", text[m.end() :])
            end = m.end() + (stop.start() if stop else len(text) - m.end())
            written = [y.year for y in years if y.year is not None and m.end() <= y.start < end]
            if written:
                return max(written)
        return None

    def fieldwork(self, text: str, year_start: int) -> bool:
        """A span of months ending after February right before the year ("dilakukan sejak Juni-Oktober
        2021"): the months the survey ran, so the assessment's year."""
        m = self.month_span.search(text, max(0, year_start - 60), year_start)
        return m is not None and _month_num(m.group(1)) > 2


def still_ahead(y: YearMention, pub: date | None) -> bool:
    """The one rule for a year not assessed yet when the page was written: results come out in
    November-December, so from January to October the publication year (or a later one) has no result
    out, unless the mention is when a survey ran in part of that year (`YearMention.period`: "survei
    ... dari Juli hingga Agustus 2019", "selama pertengahan tahun 2023"), which is the assessment's."""
    return pub is not None and y.year is not None and pub.month <= 10 and y.year >= pub.year and not y.period


def anaphoric_years(
    text: str,
    years: list[YearMention],
    low: str | None,
    anaphor_re: re.Pattern[str] | None,
    next_re: re.Pattern[str],
    ymax: int,
) -> list[YearMention]:
    """ "Kabupaten Purworejo pada saat itu masih zona kuning": the year last written before it (within a
    few hundred characters), as that mention gave it (absolute or relative); "Setahun kemudian": the
    written year after it."""
    out = []
    if anaphor_re is not None:
        anaphor, atext = pick(anaphor_re, text, low)
        for m in anaphor.finditer(atext):
            prev = [y for y in years if y.end <= m.start() and m.start() - y.end <= 300]
            if prev:
                y = prev[-1]
                # ... and an earlier state's year stays earlier ("dibanding tahun 2015 ... Pada tahun tersebut")
                out.append(
                    YearMention(
                        m.start(), m.end(), y.year, relative=y.relative, is_relative=y.is_relative, earlier=y.earlier
                    )
                )
    nxt, ntext = pick(next_re, text, low)
    for m in nxt.finditer(ntext):
        written = [y.year for y in years if y.end <= m.start() and m.start() - y.end <= 300 and y.year is not None]
        if written and written[-1] < ymax:
            out.append(YearMention(m.start(), m.end(), written[-1] + 1))
    return out


def year_anaphor_pattern(v: dict, cardinals: dict[str, int]) -> re.Pattern[str] | None:
    """ "pada saat itu" (models/values.yaml year_anaphora_single) and a back-reference to a counted group,
    "Dari enam itu", "di antara ketiga daerah tersebut" (year_anaphora_group_from/_that): the year told last."""
    single = v.get("year_anaphora_single", [])
    alts = [words_alt(single)] if single else []
    froms, that = v.get("year_anaphora_group_from", []), v.get("year_anaphora_group_that", [])
    if froms and that:
        count = rf"(?:ke)?(?:\d{{1,3}}|{words_alt(cardinals)})"
        alts.append(rf"(?:{words_alt(froms)})\s+{count}(?:\s+[a-z]+){{0,2}}\s+(?:{words_alt(that)})")
    # ("pada saat awal tahun 2024": the year written right after it is the one meant)
    return (
        re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])(?!\s+(?:tahun\s+)?20\d\d)", re.IGNORECASE)
        if alts
        else None
    )
