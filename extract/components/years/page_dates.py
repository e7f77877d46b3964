"""When an article was written, read from its text and address (a mixin of Years, years.py).

The publication date given with the article, the month in its address (".../2024/02/20/slug"), the
one year in its address's slug, the day a statement was made ("ujarnya, Senin (07/01/2019)"), the
latest full date in the text, a weekday with day/month and no year ("Jumat (23/12)"), the copyright
footer's year. Results are handed over from November to February: a date before November reports
the previous year's assessment.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from extract.components.common.casefold import lowered, scan
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import YearMention
from extract.components.common.starts import search as search_from_starts

MONTHS = (
    "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
    "jan|feb|mar|apr|jun|jul|agu|agt|agust|sep|sept|okt|nov|des"
)
_MONTH_NUM = {
    m: i
    for i, ms in enumerate(
        ["jan", "feb|peb", "mar", "apr", "mei", "jun", "jul", "agu|agt", "sep", "okt", "nov", "des"], 1
    )
    for m in ms.split("|")
}
# (the digit first, the lookbehind after it: `re` then skips from digit to digit instead of testing the
# lookbehind at every character; the same matches as "(?<![\d/])(\d{1,2})..." and "(?<!\w)(\d{1,2})...")
_DATE_NUM = re.compile(r"(\d(?<![\d/]\d)\d?)[/.-](\d{1,2})[/.-](20\d\d|\d\d)(?!\d)")
_DATE_TXT = re.compile(rf"(\d(?<!\w\d)\d?)\s+({MONTHS})\.?\s+(20\d\d)(?!\d)", re.I)
# a site's date in English order ("Senin, Mei 6, 2024", "Juni 13, 2024")
_DATE_EN = re.compile(rf"(?<![\w])({MONTHS})\.?\s+(\d{{1,2}}),\s*(20\d\d)(?!\d)", re.I)
# the clock time a site prints after its article's date ("4 April 2022 | 21:19", "Senin, 26 Desember 2022,
# 05:20 WIB"): the stamp of the article itself, not today's date in the site's header
_CLOCK_AFTER = re.compile(
    r"[ \t]*(?:[|•·,–-][ \t]*)?(?:pukul[ \t]+|jam[ \t]+)?(?:[01]\d|2[0-3])[:.][0-5]\d(?![\d,.])", re.I
)
_PAST_AFTER = re.compile(r"\s+lalu\b", re.I)  # "tahun 2018 lalu": a year told as past
OCCASION_REACH = 200  # characters before a date where the occasion held on it is named
_MONTH_YEAR = re.compile(rf"(?<![\w])({MONTHS})\.?\s+(20\d\d)(?!\d)", re.I)  # "hingga September 2025"


def stamped_dates(text: str) -> list[date]:
    """The months of the dates printed with their clock time: the article's own publication stamp. The
    first one only: stamps further down belong to the teasers of other articles a page lists after the
    story ("BISNIS / <another headline> / Rabu, 11 Februari 2026 | 19:49")."""
    out = []
    for m in _DATE_NUM.finditer(text):
        if _CLOCK_AFTER.match(text, m.end()) and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
            y = int(m.group(3))
            out.append((m.start(), date(y + 2000 if y < 100 else y, int(m.group(2)), 1)))
    for it, mg in ((_DATE_TXT.finditer(text), 2), (scan(_DATE_EN, text), 1)):
        for m in it:
            name = m.group(mg).lower()
            month = _MONTH_NUM.get(name[:3]) or _MONTH_NUM.get(name[:4])
            if month and 1 <= int(m.group(3 - mg)) <= 31 and _CLOCK_AFTER.match(text, m.end()):
                out.append((m.start(), date(int(m.group(3)), month, 1)))
    return [min(out)[1]] if out else []


def _full_days(text: str) -> set[date]:
    """The days written whole in the text ("9 Mei 2019", "09/05/2019"), each as that day."""
    out = set()
    for m in _DATE_NUM.finditer(text):
        y = int(m.group(3))
        try:
            out.add(date(y + 2000 if y < 100 else y, int(m.group(2)), int(m.group(1))))
        except ValueError:
            continue
    for it, mg in ((_DATE_TXT.finditer(text), 2), (scan(_DATE_EN, text), 1)):
        for m in it:
            name = m.group(mg).lower()
            month = _MONTH_NUM.get(name[:3]) or _MONTH_NUM.get(name[:4])
            try:
                out.add(date(int(m.group(3)), month or 0, int(m.group(3 - mg))))
            except ValueError:
                continue
    return out


def _month_dates(text: str) -> list[tuple[int, date]]:
    """Dates written with the month's name, day first ("6 Mei 2024") or month first ("Mei 6, 2024")."""
    out = []
    # (scan: the same matches, tried only where a month's name begins: casefold.py)
    for it, mg in ((_DATE_TXT.finditer(text), 2), (scan(_DATE_EN, text), 1)):
        for m in it:
            name = m.group(mg).lower()
            month = _MONTH_NUM.get(name[:3]) or _MONTH_NUM.get(name[:4])
            if month and 1 <= int(m.group(3 - mg)) <= 31:
                out.append((m.start(), date(int(m.group(3)), month, 1)))
    return out


@lru_cache(maxsize=4)
def _said_on_named(weekdays: tuple[str, ...]) -> re.Pattern[str]:
    """ "ujarnya, Rabu 24 Januari 2024": a weekday and a date with the month's name."""
    days = "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True))
    return re.compile(rf"(?<![\w])({days})\s*,?\s*\(?\s*(\d{{1,2}})\s+({MONTHS})\.?\s+(20\d\d)", re.I)


def said_year(m: re.Match[str]) -> int:
    """The year of a statement's date ("Senin (7/1/2019)"), also when written with two digits ("(4/12/24)")."""
    y = m.group(3)
    return int(y) + 2000 if len(y) == 2 else int(y) if len(y) == 4 else 0  # (0: no year, out of range)


def handover_pattern(verbs: list[str], things: list[str]) -> re.Pattern[str] | None:
    """ "menerima penghargaan", "piagam ... diserahkan": a hand-over told (`PageDates.handed_over_year`)."""
    if not verbs or not things:
        return None
    v, t = words_alt(verbs), words_alt(things)
    return re.compile(
        rf"(?i)(?<![\w])(?:(?:{v})\s+(?:\S+\s+){{0,3}}?(?:{t})|(?:{t})\s+(?:\S+\s+){{0,3}}?(?:{v}))(?![\w])"
    )


def _parse_date(published: str | None) -> date | None:
    try:
        return date.fromisoformat(str(published)[:10]) if published else None
    except ValueError:
        return None


def url_date(url: str | None) -> date | None:
    """The month in an article's address (".../2024/02/20/slug")."""
    um = re.search(r"/(20\d\d)/(\d{1,2})/", url or "")
    return date(int(um.group(1)), int(um.group(2)), 1) if um and 1 <= int(um.group(2)) <= 12 else None


def slug_year(url: str | None) -> int | None:
    """The one year in an address's last segment, its headline ("/layanan-publik-pemprov-kalbar-2019-masih-
    zona-kuning"): the year of an article that writes none and gives no date."""
    path = re.sub(r"[?#].*$", "", url or "").rstrip("/")
    slug = path.rsplit("/", 1)[-1] if "/" in path else ""
    found = {int(y) for y in re.findall(r"(?<![\d])(20\d\d)(?![\d])", slug)} if "-" in slug else set()
    return found.pop() if len(found) == 1 else None


class PageDates:
    """Dates of the page; the patterns and knowledge are loaded by Years.load."""

    ymin: int
    ymax: int
    weekdays: dict[str, int]
    weekday_date: re.Pattern[str] | None
    labels_new: re.Pattern[str] | None
    labels_old: re.Pattern[str] | None
    copyright: re.Pattern[str] | None
    said_on: re.Pattern[str] | None
    survey_words: re.Pattern[str] | None
    early_dated: re.Pattern[str] | None
    occasion: re.Pattern[str] | None = None  # models/values.yaml `late_year_occasions`
    _dates_text: str | None = None
    _dates: tuple[list[date], list[tuple[int, date]], bool] = ([], [], False)
    first_year: int
    no_assessment: set[int]

    def copyright_spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span(1) for m in self.copyright.finditer(text)] if self.copyright else []

    def page_date(self, text: str) -> date | None:
        """When the text itself was written, for an article without a publication date: the latest
        day a statement was made ("ujar X saat ditemui pada Senin (07/01/2019)"), which a site's own
        date above the headline (today's date on the page) does not override; else the latest date in
        the text; else the year of the copyright footer (month unknown: taken as before November)."""
        full = self.full_date(text)
        if full:
            return full
        # "hasil evaluasi hingga September 2025": a month without its day, when no full date is given
        months = [
            date(int(m.group(2)), mo, 1)
            for m in scan(_MONTH_YEAR, text)
            if (mo := _MONTH_NUM.get(m.group(1).lower()[:3]) or _MONTH_NUM.get(m.group(1).lower()[:4]))
            and self.ymin <= int(m.group(2)) <= self.ymax
        ]
        # "pada awal 2024": January of that year
        months += [
            date(int(m.group(1)), 1, 1)
            for m in (self.early_dated.finditer(text) if self.early_dated is not None else ())
            if self.ymin <= int(m.group(1)) <= self.ymax
        ]
        if months:
            return max(months)
        years = [int(text[a:b]) for a, b in self.copyright_spans(text)]
        return date(max(years), 1, 1) if years else None

    def handed_over_year(self, text: str, pub: date | None) -> int | None:
        """The year of an article dated in November-December that tells a hand-over ("menerima penghargaan
        ... Senin, 26 Desember 2022"): results come out then, so it reports that year's assessment."""
        d = pub or self.full_date(text)
        told = getattr(self, "handover_told", None)
        if d is None or d.month < 11 or told is None or not told.search(text):
            return None
        return d.year

    def page_year_written(self, text: str, written: list[YearMention], pub: date | None, in_values: list[int]) -> bool:
        """Whether the year the page's date reports is written in the text and later than every year written
        with values: those tell its history ("Di tahun 2015 ... zona kuning, pada 2016 naik ... zona hijau"),
        the results it reports are its date's ("di tahun 2021 ... tetap memperoleh predikat tinggi sebesar 81,4"
        on 20 January 2022)."""
        page = pub or self.page_date(text) if in_values else None
        year = self.year_from_date(page) if page is not None else None
        return year is not None and year > max(in_values) and any(y.year == year for y in written)

    def handover_or_early(self, text: str, pub: date) -> bool:
        """Whether a date late in its year (November-December) may report that year's results: not when the text
        tells an occasion that is no release (an audience, a supervision visit, a meeting: `late_year_occasions`)
        and no hand-over ("menerima penghargaan ..."): "masih di zona kuning" said then is the latest published
        result, the year before (DECISIONS.md "Years")."""
        if pub.month < 11 or not self._dated_occasion(text):
            return True
        told = getattr(self, "handover_told", None)
        return told is not None and told.search(text) is not None

    def _dated_occasion(self, text: str) -> bool:
        """An occasion told with its date ("pertemuan ... pada Rabu (05/11/2025)"): what the text reports, not a
        remark in passing ("terbuka bagi pemda yang ingin melakukan koordinasi")."""
        occasion = self.occasion
        return occasion is not None and any(
            occasion.search(text, max(0, pos - OCCASION_REACH), pos) for pos, _ in self._dates_at(text)
        )

    def told_past(self, text: str, y: YearMention, pub: date | None) -> bool:
        """A year written with "lalu" after it ("tahun 2018 lalu") before the assessment the page's date reports."""
        return (
            pub is not None
            and y.year is not None
            and y.year < self.year_from_date(pub)
            and bool(_PAST_AFTER.match(text, y.end))
        )

    def _dates_of(self, text: str) -> tuple[list[date], list[tuple[int, date]], bool]:
        """The text's dates in one pass each, kept for the text last asked about (the component asks
        several times per article): the days statements were made, every full date with its position,
        and whether a hand-over's weekday is given without its year ("Kamis (21/12)")."""
        if text is getattr(self, "_dates_text", None):
            return self._dates
        said = [
            date(said_year(m), int(m.group(2)), 1)
            for m in (scan(self.said_on, text) if self.said_on else ())
            if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31 and self.ymin <= said_year(m) <= self.ymax
        ]
        # the article's printed stamp when no statement's day is given: a site's header shows today's date
        # without the clock ("Senin, 29 September 2025" above a story stamped "4 April 2022 | 21:19")
        said = said or [d for d in stamped_dates(text) if self.ymin <= d.year <= self.ymax]
        dated = [(pos, d) for pos, d in self._dates_at(text) if self.ymin <= d.year <= self.ymax]
        yearless = self.weekday_date is not None and any(
            int(m.group(3)) in (11, 12, 1, 2) for m in scan(self.weekday_date, text)
        )
        self._dates_text, self._dates = text, (said, dated, yearless)
        return self._dates

    def full_date(self, text: str) -> date | None:
        """The latest day a statement was made ("ujar X saat ditemui pada Senin (07/01/2019)"), which a
        site's own date above the headline (today's date on the page) does not override; else the
        latest full date in the text."""
        said, dated, _ = self._dates_of(text)
        return max(said, default=None) or max((d for _, d in dated), default=None)

    def mid_year_date(self, text: str) -> date | None:
        """The latest full date in the text when it falls in March-October, for an article without a
        publication date: no results are handed over then, so that year's assessment is still ahead
        ("Sosialisasi ... Penilaian Tahun 2025 ... Rabu, 15 Oktober 2025" speaks of 2024's results).
        A January-February date is left alone: reporters mistype the year of a new year's date. Not
        read: the dates of the survey's fieldwork ("penilaian dilakukan sejak 12 Juni 2023"), and any
        date when a hand-over's weekday is given without its year ("Kamis (21/12)")."""
        said, dated, yearless = self._dates_of(text)
        if yearless:
            return None
        dates = said or [
            d
            for pos, d in dated
            if not (self.survey_words is not None and self.survey_words.search(text, max(0, pos - 60), pos))
        ]
        latest = max(dates, default=None)
        if latest is not None and latest.month <= 2 and (latest.year, latest.month) in self.named_checked(text):
            return latest  # "Rabu 24 Januari 2024" on the right weekday: the year is not mistyped
        return latest if latest is not None and 3 <= latest.month <= 10 else None

    def named_checked(self, text: str) -> set[tuple[int, int]]:
        """The (year, month) of each "Rabu 24 Januari 2024" whose weekday agrees with its calendar."""
        out = set()
        for m in _said_on_named(tuple(self.weekdays)).finditer(text) if self.weekdays else ():
            name = m.group(3).lower()
            month = _MONTH_NUM.get(name[:3]) or _MONTH_NUM.get(name[:4])
            try:
                day = date(int(m.group(4)), month or 0, int(m.group(2)))
            except ValueError:
                continue
            if day.weekday() == self.weekdays.get(m.group(1).lower()):
                out.add((day.year, day.month))
        return out

    @staticmethod
    def _dates_at(text: str) -> list[tuple[int, date]]:
        out = []
        for m in _DATE_NUM.finditer(text):
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                out.append((m.start(), date(y + 2000 if y < 100 else y, mo, 1)))
        return out + _month_dates(text)

    @staticmethod
    def text_dates(text: str) -> list[date]:
        out = []
        for m in _DATE_NUM.finditer(text):
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            y += 2000 if y < 100 else 0
            if 1 <= mo <= 12 and 1 <= d <= 31:
                out.append(date(y, mo, 1))  # the day may be impossible ("29/2/2023"); the month is what counts
        return out + [d for _, d in _month_dates(text)]

    @staticmethod
    def year_from_date(d: date) -> int:
        return d.year if d.month >= 11 else d.year - 1

    def checked_said_date(self, text: str) -> date | None:
        """The latest "Jumat (7/2/2020)" whose weekday agrees with its calendar: a date the reporter
        wrote whole and right, which a weekday written without its year ("Kamis (7/2)") cannot overrule."""
        out = []
        for m in scan(self.said_on, text) if self.said_on is not None else ():
            wd = self.weekdays.get(m.group(0).split("(")[0].strip(" ,").lower())
            try:
                day = date(said_year(m), int(m.group(2)), int(m.group(1)))
            except ValueError:
                continue
            if wd is not None and day.weekday() == wd and self.ymin <= day.year <= self.ymax:
                out.append(day)
        return max(out, default=None)

    def weekday_year(self, text: str, month: date | None = None) -> int | None:
        """The assessment year of an undated release from its weekday and day/month ("Jumat (23/12)"):
        the years whose calendar puts that date on that weekday, kept to the assessment years its
        labels allow (2022+ labels, labels before 2022, or neither); among several, those written in
        the text ("... 2019 ... Selasa (10/12)"), then, with no label of either era, the latest. The month in
        the page's address (".../2018/01/slug", `month`) keeps the dates of that year only."""
        fits = self._weekday_fits(text, month)
        return next(iter(fits)) if len(fits) == 1 else None

    def weekday_day(self, text: str, month: date | None = None) -> date | None:
        """The day (its month) of the undated release `weekday_year` dates: "Jumat (31/8)" on a page
        whose labels and years fit 2018 only is August 2018."""
        fits = self._weekday_fits(text, month)
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _weekday_fits(self, text: str, month: date | None) -> dict[int, date]:
        """The assessment years `weekday_year` can choose from, each with the day that gives it."""
        if self.weekday_date is None:
            return {}
        fits: dict[int, date] = {}
        for m in scan(self.weekday_date, text):
            wd, d, mo = self.weekdays[m.group(1).lower()], int(m.group(2)), int(m.group(3))
            for y in range(self.ymin, min(self.ymax, date.today().year) + 1):
                try:
                    day = date(y, mo, d)
                except ValueError:
                    continue
                ay = self.year_from_date(day)
                if (
                    day.weekday() == wd
                    and (month is None or day.year == month.year)
                    and day <= date.today()
                    and ay >= self.first_year
                    and ay not in self.no_assessment
                ):
                    fits[ay] = day
        written_days = {d for d in fits.values() if d in _full_days(text)}
        if written_days:  # "Kamis (9/5)" below "9 Mei 2019": the day written whole gives the year
            return {y: d for y, d in fits.items() if d in written_days}
        if self.labels_new and search_from_starts(self.labels_new, text, low=lowered(text)):
            return {y: d for y, d in fits.items() if y >= 2022}
        if self.labels_old is None or self.labels_old.search(text):
            return {y: d for y, d in fits.items() if y < 2022}
        if len(fits) > 1:
            written = {y for y in fits if str(y) in text}
            return {(y := max(written or fits)): fits[y]} if len(written) <= 1 else {}
        return fits
