"""kepatuhan_years: year mentions and the article's assessment year.

Year mentions: "tahun 2023", "pada 2022", "Sedangkan 2024,", and relative ones ("tahun lalu", "tahun
sebelumnya" = one year before the assessment year; "tahun ini"). Dates ("Jumat (16/5/2025)", "26 Januari
2024") and legal references ("UU Nomor 25 Tahun 2009", "Tahun Anggaran 2024") are not assessment years.

The assessment year of the article (`doc._.assessment_year`), in order of preference:
1. the year most often tied to the assessment ("Penilaian Kepatuhan ... Tahun 2023",
   "predikat ... pada tahun 2024"), earliest on a tie, never after the publication year;
2. the latest year written in a sentence that carries values;
3. with no year written and no date, the one year in the address's slug (its headline);
4. the publication date (or the latest full date in the text), the year before when before November:
   results come out in November-December (scoring_scheme.md section 3: January-February hand-overs too).
One rule, `periods.still_ahead`, drops the years not assessed yet (from the mentions records carry and from the
assessment year): before November the page's own year, unless a survey ran in part of it.
`doc._.relative_base`: the year relative phrases count from. Knowledge: models/values.yaml (relative words,
excluded contexts, assessment context words). A year written only as an early hand-over: years/early.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.common.starts import finditer as from_starts
from extract.components.common.casefold import lowered, pick, search_in
from extract.components.years.columns import column_years
from extract.components.years.early import drop_early
from extract.components.common.knowledge import doc_text, DataComponent
from extract.components.common.mentions import YearMention
from extract.components.years.page_dates import _parse_date, slug_year, url_date
from extract.components.common.related import LABELS_FILE, related_lines
from extract.components.years.items import item_year, without_dated_items
from extract.components.years.periods import anaphoric_years, still_ahead
from extract.components.years.year_cues import YearCues

for _ext in ("years", "assessment_year", "relative_base", "said_year", "coming_year", "published", "url"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)

_SPAN_OPENED = re.compile(r"(?i)\s+(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?)\s+(?:tahun\s+)?20\d\d(?!\d)")
LEAD = 400  # characters: an article's lead, where it says what it reports
# (the year's "20" first, the lookbehind after it: `re` then jumps from "20" to "20" instead of testing
# the lookbehind at every character; the same matches as "(?<![\w/.-])(20\d\d)...")
YEAR_RANGE = re.compile(r"(20(?<![\w/.-]20)\d\d)\s*[-–]\s*(20\d\d)(?![\w/]|[.,]\d)")


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_left(spans, (pos + 1,)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


class Years(YearCues, DataComponent):
    files = ("values.yaml", LABELS_FILE, "relevance.yaml")

    def mentions(self, text: str) -> list[YearMention]:
        out = []
        low = lowered(text)  # case-insensitive searches run on it when exact (casefold.py)
        footer = self.copyright_spans(text)
        for m in self.year_re.finditer(text):
            y = int(m.group(1))
            if not (self.ymin <= y <= self.ymax) or _in_spans(m.start(), footer):
                continue
            a = max(0, m.start() - 30)
            month = search_in(self.month_before, text, low, a, m.start())
            # a survey period's month ("survei pada April-Juli 2016"): when the survey ran, not a hand-over date
            dated = month and not self.periods.ran(text, m.start(), month.group(1))
            if (
                search_in(self.not_after, text, low, a, m.start())
                or dated
                # "RPJMN 2020-2024": the first year of a plan's or a term's span is no more a result's than its end
                or self.plan_span is not None
                and YEAR_RANGE.match(text, m.start())
                and self.plan_span.search(text[a : m.start()])
                or re.match(r"(?i)\s+(mendatang|nanti|yang akan datang)\b", text[m.end() : m.end() + 20])
                or self.unassessed.planned(text, *m.span())
                or self.unassessed.not_held(text, *m.span())
                or self.future_before is not None
                and self.future_before.search(text, max(0, m.start() - 60), m.start())
            ):
                if (
                    dated
                    and month is not None
                    and month.group(1).lower()[:3] in ("nov", "des")
                    and self.handover_or_early(text, date(y, 11, 1))
                ):
                    # "pada Desember 2024 lalu, Pemkab X meraih ... 88,87": a hand-over late in a year gives
                    # that year's results (not a meeting held then: `handover_or_early`)
                    out.append(YearMention(*m.span(), y, earlier=self.earlier_cue.year_is_earlier(text, *m.span())))
                continue
            # "survei ... selama pertengahan tahun 2023": a part of the year the survey ran in
            ran = bool(month) or self.periods.part_of_year(text, m.start())
            out.append(YearMention(*m.span(), y, earlier=self.earlier_cue.year_is_earlier(text, *m.span()), period=ran))
        # the end of a span of years: "tiga tahun berturut-turut (2021-2023)" (not a term of office)
        for m in YEAR_RANGE.finditer(text):
            y1, y2 = int(m.group(1)), int(m.group(2))
            if self.ymin <= y1 < y2 <= min(self.ymax, y1 + 5) and not (
                self.plan_span and self.plan_span.search(text[max(0, m.start() - 30) : m.start()])
            ):
                out.append(YearMention(m.start(2), m.end(2), y2, range_from=y1))
        out.extend(column_years(text, self.ymin, self.ymax))
        links = related_lines(text, self.related)
        if links:  # headlines of other articles ("Baca juga: ... di 2026") say nothing of this one's year
            out = [y for y in out if not _in_spans(y.start, links)]
        rel_prev, ptext = pick(self.rel_prev, text, low)
        count_before, ctext = pick(self.count_before, text, low)  # its number word is lower-cased anyway
        for m in from_starts(rel_prev, ptext, low=low):
            # "dua tahun lalu", "2 tahun sebelumnya": that many years back, not one
            n = count_before.search(ctext, max(0, m.start() - 20), m.start())
            back = (
                (int(n.group(1)) if n.group(1).isdigit() else self.cardinals[re.sub(r"\s+", " ", n.group(1).lower())])
                if n
                else 1
            )
            st = n.start() if n else m.start()
            # "naik dari 90,15 tahun lalu menjadi 93,40", "meningkat dari tahun sebelumnya menjadi 80,13"
            earlier = self.earlier_cue.year_is_earlier(text, st, m.end()) or self.earlier_cue.from_side_of_change(
                text, st, m.end()
            )
            out.append(YearMention(st, m.end(), None, relative=-back, is_relative=True, earlier=earlier))
        rel_cur, rtext = pick(self.rel_cur, text, low)
        for m in from_starts(rel_cur, rtext, low=low):
            out.append(YearMention(m.start(), m.end(), None, relative=0, is_relative=True))
        out.sort(key=lambda y: y.start)
        return sorted(out + self.anaphoric(text, out, low), key=lambda y: y.start)

    def anaphoric(self, text: str, years: list[YearMention], low: str | None = None) -> list[YearMention]:
        return anaphoric_years(text, years, low, self.year_anaphor, self.year_next, self.ymax)

    def finished(self, text: str, years: list[YearMention], pub: date | None) -> list[YearMention]:
        """The written years that can be assessed already: the publication year itself is still ahead in an
        article from January-October (`still_ahead`), and so is a year aimed at ("menargetkan pada ...")."""
        return [
            y
            for y in years
            if y.year is not None  # (a relative mention has no year)
            and (pub is None or y.year <= pub.year)
            and not still_ahead(y, pub)
            and not self.target_before.search(text[max(0, y.start - 60) : y.start])
        ]

    def _finished_results(self, text: str, years: list[YearMention], pub: date | None) -> list[YearMention]:
        """The finished years that are no bound of a span of time: "dinilai sejak 2016 dan hingga kini
        hijau", "pengaduan Januari 2016 hingga 31 Desember 2017" (when something began or ended)."""
        return [y for y in self.finished(text, years, pub) if not self._bounds_a_span(text, y.start)]

    def _bounds_a_span(self, text: str, start: int) -> bool:
        """ "hingga 2017", "sampai 31 Desember 2017" end a span of time; "Juni hingga Oktober 2021" does
        not: a span of months inside the year is when the survey ran, so the year is the assessment's."""
        m = self.since_before.search(text, max(0, start - 30), start) if self.since_before else None
        if m is None:  # "periode 2021 hingga 2023": the year opening a span bounds it too
            return bool(_SPAN_OPENED.match(text, start + 4))
        return not self.month_before.search(text, max(0, m.start() - 16), m.start())

    def assessment_year(
        self,
        text: str,
        years: list[YearMention],
        value_sentences: list[tuple[int, int]],
        published: str | None,
        url: str | None = None,
        value_starts: list[int] | None = None,
    ) -> int | None:
        given = _parse_date(published)
        pub = given or url_date(url) or self.mid_year_date(text)
        # "setelah sebelumnya zona kuning pada 2023": the earlier state's year is not the one reported
        # ... nor one told as past against the page's date ("di tahun 2018 lalu ... Sekarang" in February 2022)
        absolute = [
            y for y in self._finished_results(text, years, pub) if not y.earlier and not self.told_past(text, y, pub)
        ]
        listed_years, absolute = absolute, without_dated_items(text, absolute, value_sentences, value_starts)
        tied = self._tied_years(text, absolute)
        if tied:
            # comparisons ("dari 25,98 pada 2022 menjadi 54,11 pada 2023") report the latest, also when
            # only the series' first year is tied ("nilai kepatuhan pada 2021 ... 88,02 di tahun 2023"); not
            # a day's date, the hand-over's ("Penilaian ... tahun 2023 ... diserahkan Senin, 29 Desember 2024")
            series = [
                y.year
                for y in absolute
                if y.year is not None
                and _in_spans(y.start, value_sentences)
                and not self.day_before.search(text, max(0, y.start - 30), y.start)
                and any(
                    _in_spans(t.start, [sp])
                    for sp in value_sentences
                    if _in_spans(y.start, [sp])
                    for t in absolute
                    if t.year in tied
                )
            ]
            return max([*tied, *series])
        in_values = [
            y.year
            for y in absolute
            if y.year is not None
            and _in_spans(y.start, value_sentences)
            and not item_year(text, y, value_sentences, value_starts)
        ]
        # "observasi ... pada bulan Maret sampai dengan Agustus 2015": the survey's year, not a weekday's guess
        periods = [y.year for y in absolute if y.period and y.year is not None]
        # (or a November-December hand-over's: "Tahun 2021, Jateng masih kuning" said on 26 Desember 2022)
        dated = (
            self.weekday_year(text, url_date(url))
            if given is None and not periods and self.checked_said_date(text) is None
            else None
        ) or (self.handed_over_year(text, given or url_date(url)) if in_values and not periods else None)
        if dated and (not in_values or dated > max(in_values)):
            return dated  # "Gumas 2017 zona kuning, tahun ini zona hijau ... Minggu (16/12)"
        if not periods and self.page_year_written(text, absolute, pub, in_values):
            return self.year_from_date(pub or self.page_date(text))  # type: ignore[arg-type]
        if in_values or periods:
            return max(in_values or periods)
        if (
            not absolute
            and pub is None
            and (slugged := slug_year(url)) is not None
            and self.ymin <= slugged <= self.ymax
        ):
            return slugged  # the headline's year, kept in the address
        # a date in the text dates the page only when no year is written for the results: reporters
        # mistype the year of "Kamis (12/2/2025)" more often than that of the assessment
        pub = pub or self.page_date(text)
        if pub:
            year = self.year_from_date(pub) if self.handover_or_early(text, pub) else pub.year - 1
            while year in self.no_assessment:  # an April 2021 page reports 2019's (none was held in 2020)
                year -= 1
            return year
        if listed_years:
            return max(y.year for y in listed_years if y.year is not None)
        # undated, and every year written is what the results are compared with ("naik dari posisi 28
        # pada tahun 2023", "dibandingkan tahun 2023"): they report the next assessment
        compared = [y.year for y in self.finished(text, years, None) if y.year is not None and y.earlier]
        return self.assessment_after(max(compared)) if compared else None

    def _tied_years(self, text: str, absolute: list[YearMention]) -> Counter[int]:
        """The written years tied to the assessment in their sentence, each with how many times it is."""
        tied: Counter[int] = Counter()
        for y in absolute:
            if y.year is None:  # (finished() keeps written years only)
                continue
            sent_start = max(text.rfind(".", 0, y.start), text.rfind("\n", 0, y.start))
            # the assessment named before the year, or after "tahun X ini" in its clause ("pada akhir tahun
            # 2022 ini telah menyelesaikan penilaian ..."; not "mempertahankan di tahun 2024 ... penilaian")
            after = re.split(r"[.!?;\n]", text[y.end : y.end + 60], maxsplit=1)[0]
            if self.early_year is not None and self.early_year.search(text, max(0, y.start - 30), y.start):
                continue  # "hasil Penilaian Kepatuhan 2023 ... pada awal 2024": when, early in a year
            if (
                self.periods.fieldwork(text, y.start)
                or self._tied_before(text, max(sent_start, y.start - 90, 0), y.start)
                or (
                    re.match(r"(?i)\s+ini\b", after)
                    and (ctx := self.ctx.search(after))
                    # "Pada 2024 ini Pemkab X menerima hasil penilaian ...": the year it is handed over
                    and not (self.handed_over is not None and self.handed_over.search(after, 0, ctx.start()))
                )
            ):  # 0: a year in the text's first sentence
                tied[y.year] += 1
        return tied

    def _tied_before(self, text: str, start: int, end: int) -> bool:
        """The assessment named before the year, with no hand-over verb between them ("Hasil penilaian
        kepatuhan tahun 2023 diserahkan ... pada 2024 ini": 2024 is when it was handed over)."""
        named = list(self.ctx.finditer(text, start, end))
        if not named:
            return False
        return self.handed_over is None or not self.handed_over.search(text, named[-1].end(), end)

    def __call__(self, doc: Doc) -> Doc:
        if not doc._.relevant:  # only relevant articles carry records: nothing to find here
            return doc
        text = doc_text(doc)
        years = self.mentions(text)
        pub = _parse_date(doc._.published) or url_date(doc._.url) or self.mid_year_date(text)
        handed = []
        if pub is not None:
            # "piagam penilaian kepatuhan tahun 2024" handed over in January 2024: the year it is handed over
            handed = [y for y in years if y.year == pub.year and pub.month <= 2]
            years = [y for y in years if not still_ahead(y, pub)]
        elif (said_on := self.checked_said_date(text)) is not None:  # "Senin (24/2/2020)": 2020 is ahead
            years = [y for y in years if not still_ahead(y, said_on) and (y.year is None or y.year <= said_on.year)]
        elif (day := self.weekday_day(text, url_date(doc._.url))) is not None:  # "Jumat (2/3)": March 2018 only
            # (a guess: only that year is ahead; a later year written for a result beats it, DECISIONS.md "Years")
            years = [y for y in years if not (still_ahead(y, day) and y.year == day.year)]
        early, years = drop_early(text, years, self.early_year, self.no_assessment)  # "pada awal 2026" alone: 2025
        coming = self.coming_year(text, years, pub)
        if coming is not None:  # the assessment announced has no results yet
            years = [y for y in years if y.year is None or y.year < coming]
        doc._.years = years
        doc._.said_year = said.year if (said := pub or self.full_date(text)) is not None else None
        sents = doc._.sent_spans or [(0, len(text))]
        vs = doc._.values or []
        starts = sorted(v.start for v in vs)
        value_sents = [(a, b) for a, b in sents if bisect_left(starts, a) < bisect_left(starts, b)]
        doc._.coming_year = coming
        if coming is not None:
            doc._.assessment_year = self.assessment_before(coming)
            doc._.relative_base = coming
            return doc
        doc._.assessment_year = early or self.assessment_year(
            text, years, value_sents, doc._.published, doc._.url, starts
        )
        if pub is not None and handed and self._tied_years(text, handed):
            # ... names the results of the year before it, the latest out, whatever earlier year is written
            doc._.assessment_year = max(doc._.assessment_year or 0, pub.year - 1)
        told = pub or (self.weekday_day(text) if self.checked_said_date(text) is None else None)  # "Jumat (31/8)"
        doc._.relative_base = self.relative_base(text, years, told, doc._.assessment_year, value_sents)
        return doc

    def assessment_after(self, year: int) -> int:
        year += 1
        while year in self.no_assessment:
            year += 1
        return year

    def assessment_before(self, year: int) -> int:
        year -= 1
        while year in self.no_assessment:
            year -= 1
        return year

    def coming_year(self, text: str, years: list[YearMention], pub: date | None) -> int | None:
        """The year of the assessment an article's lead announces ("Ombudsman RI merencanakan survei
        kepatuhan ... 2019 pada lima kabupaten", "akan melakukan penilaian kepatuhan" in March 2018):
        the latest year written after the cue in its sentence, else one written as the present ("tahun
        2019 ini"), else the year of a March-October date.
        The results it looks back on are the assessment before; "tahun lalu" counts from it."""
        m = self.coming.search(text, 0, min(len(text), LEAD)) if self.coming is not None else None
        if m is None:
            return self.periods.ahead_year(text, years)
        stop = re.search(r"[.!?\n]", text[m.end() :])
        end = m.end() + (stop.start() if stop else len(text) - m.end())
        written = [y.year for y in years if y.year is not None and m.end() <= y.start < end]
        if written:
            return max(written)
        # "survei di tahun 2019 ini akan fokus pada ...": the year the article calls its own
        current = [y.year for y in years if y.year is not None and re.match(r"(?i)\s+ini\b", text[y.end : y.end + 5])]
        if current:
            return max(current)
        return pub.year if pub is not None and 3 <= pub.month <= 10 else None

    def relative_base(
        self,
        text: str,
        years: list[YearMention],
        pub: date | None,
        assessment_year: int | None,
        value_sentences: list[tuple[int, int]] | None = None,
    ) -> int | None:
        """The year "tahun lalu" / "tahun ini" count from.

        Normally the assessment year ("Penilaian 2023 ... tahun lalu 84,22" is 2022; DECISIONS.md
        "Years"). An article dated between March and October (no results are handed over then) that
        writes no finished year (see `finished`) and states no result but last year's prepares for the
        next assessment or looks back: it speaks in calendar terms. "Tahun lalu Kapuas Hulu meraih
        82,50" in June 2024 is 2023; "Sigi meraih 88,12 ... Tahun lalu Sigi masih zona kuning" in June
        2024 reports 2023's result, and its "tahun lalu" is 2022.
        """
        if pub is None or not 3 <= pub.month <= 10 or self._finished_results(text, years, pub):
            return assessment_year
        looking_back = [y.start for y in years if y.is_relative and y.relative < 0]
        own = [(a, b) for a, b in value_sentences or [] if not self.other_scores.only(text[a:b])]
        if any(not any(a <= p < b for p in looking_back) for a, b in own):
            return assessment_year  # a result of its own: "tahun lalu" counts from it
        return pub.year


@Language.factory("kepatuhan_years", default_config={"data_dir": ""})
def make_years(nlp: Language, name: str, data_dir: str) -> Years:
    return Years(nlp, name, data_dir or None)
