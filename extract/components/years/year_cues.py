"""The cues around a year that Years reads (a part of Years, years/component.py), loaded from models/values.yaml:
relative words, counted and aimed years, months and weekdays before a date, the assessment's context words, hand-over
verbs, early-year and coming-assessment cues, copyright marks, the day words were said."""

from __future__ import annotations

import re
from pathlib import Path
from extract.components.years.earlier import EarlierCue
from extract.components.common.knowledge import read_yaml, words_alt
from extract.components.years.page_dates import MONTHS, PageDates, handover_pattern
from extract.components.common.related import related_heading, related_link_words
from extract.components.years.other_scores import OtherScores
from extract.components.years.periods import SurveyPeriods, year_anaphor_pattern
from extract.components.years.unassessed import UnassessedYears


class YearCues(PageDates):
    def load(self, data_dir: Path) -> None:
        v = read_yaml(data_dir / "values.yaml")
        self.ymin, self.ymax = v["year_min"], v["year_max"]
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        self.year_re = re.compile(r"(20(?<![\w/.–-]20)\d\d)(?![\w/]|[.,]\d)")  # "2020–2024": its end is YEAR_RANGE's
        self.rel_prev = re.compile(rf"(?<![\w-])(?:{words_alt(v['relative_previous'])})(?![\w-])", I)
        self.cardinals = {k.lower(): n for k, n in v["cardinals"].items()}
        self.count_before = re.compile(rf"(?<![\w])(\d|{words_alt(self.cardinals)})\s+$", I)
        self.rel_cur = re.compile(rf"(?<![\w-])(?:{words_alt(v['relative_current'])})(?![\w-])", I)
        self.not_after = re.compile(
            rf"(?<![\w])(?:{'|'.join(v['year_not_after'])})\s*$", I
        )  # "TA 2024", not "serta 2021"
        # "26 Januari 2024", and "pada Januari 2025" (a hand-over date without its day)
        self.month_before = re.compile(rf"(?:\d{{1,2}}\s+|(?<![\w]))({MONTHS})\.?\s*$", I)
        self.day_before = re.compile(rf"(?<![\w])\d{{1,2}}\s+(?:{MONTHS})\.?\s*$", I)  # "29 Desember 2024"
        self.year_anaphor = year_anaphor_pattern(v, self.cardinals)
        self.year_next = re.compile(
            rf"(?<![\w-])(?:{words_alt(v.get('year_anaphora_next', ['setahun kemudian']))})(?![\w-])", I
        )
        self.ctx = re.compile(rf"(?<![\w])(?:{words_alt(v['assessment_year_context'][:8])})", I)
        self.unassessed = UnassessedYears(v, self.ctx)  # "tahun 2021 ini akan dilaksanakan ..."
        sw = v.get("survey_period_words", [])
        self.survey_words = re.compile(rf"(?i)(?<![\w])(?:{words_alt(sw)})(?![\w])") if sw else None
        self.periods = SurveyPeriods(v)
        self.weekdays = {k.lower(): d for k, d in v.get("weekdays", {}).items()}
        self.weekday_date = (
            re.compile(rf"(?<![\w])({words_alt(self.weekdays)})\s*,?\s*\(?\s*(\d{{1,2}})/(\d{{1,2}})\s*\)?(?![/\d])", I)
            if self.weekdays
            else None
        )
        new = v.get("labels_since_2022", [])
        self.labels_new = re.compile("|".join(f"(?:{p})" for p in new), I) if new else None
        before = v.get("labels_before_2022", [])
        self.labels_old = re.compile("|".join(f"(?:{p})" for p in before), I) if before else None
        self.no_assessment = set(v.get("years_without_assessment", []))
        aimed = words_alt(v.get("year_aimed_before", ["target"]))  # a year aimed at ("menargetkan pada ...")
        self.target_before = re.compile(rf"(?i)\b(?:{aimed})\b[^.!?]*$")
        self.other_scores = OtherScores(read_yaml(data_dir / "relevance.yaml"))  # ("Indeks kepuasan ... 87,5")
        self.earlier_cue = EarlierCue(v)
        since = v.get("year_since_before", [])
        fut = v.get("future_year_cues", [])
        # "akan menjadi acuan pada tahun 2026": up to three words between the cue and "pada"/"di", no comma
        self.future_before = (
            re.compile(rf"(?i)(?<![\w])(?:{words_alt(fut)})\s+(?:[a-z-]+\s+){{1,3}}(?:pada|di)\s+(?:tahun\s+)?$")
            if fut
            else None
        )
        # "hingga 31 Desember 2017": a day and a month may come between the cue and the year
        bound = rf"(?:(?:pada\s+)?tahun\s+|(?:\d{{1,2}}\s+)?(?:{MONTHS})\s+)?$"
        self.since_before = re.compile(rf"(?i)(?<![\w])(?:{words_alt(since)})\s+{bound}") if since else None
        self.first_year = v.get("first_assessment_year", self.ymin)
        self.related = related_heading(related_link_words(data_dir))
        plans = v.get("year_span_not_after", [])
        self.plan_span = re.compile(rf"(?i)(?<![\w])(?:{words_alt(plans)})(?![\w])[^.]{{0,20}}$") if plans else None
        handed = v.get("hand_over_verbs", [])
        self.handed_over = re.compile(rf"(?i)(?<![\w])(?:{words_alt(handed)})(?![\w])") if handed else None
        self.handover_told = handover_pattern(v.get("hand_over_verbs", []), v.get("hand_over_objects", []))
        occasions = v.get("late_year_occasions", [])
        self.occasion = re.compile(rf"(?i)(?<![\w])(?:{words_alt(occasions)})(?![\w])") if occasions else None
        early = v.get("early_year_words", [])
        self.early_year = re.compile(rf"(?i)(?<![\w])(?:{words_alt(early)})\s+(?:tahun\s+)?$") if early else None
        self.early_dated = (
            re.compile(rf"(?i)(?<![\w])(?:{words_alt(early)})\s+(?:tahun\s+)?(20\d\d)(?![\d])") if early else None
        )
        coming = v.get("coming_assessment_cues", [])
        self.coming = re.compile(rf"(?i)(?<![\w])(?:{words_alt(coming)})(?![\w])") if coming else None
        marks = v.get("copyright_marks", [])
        self.copyright = (
            re.compile(rf"(?:{words_alt(marks)})[^\n]{{0,80}}?(?<![\d/.-])(20\d\d)(?![\d/])", I) if marks else None
        )
        # "kata X, Senin (07/01/2019)", "Rabu (4/12/24)": the day the words were said, the reporter's own date
        self.said_on = (
            re.compile(rf"(?<![\w])(?:{words_alt(self.weekdays)})\s*,?\s*\(\s*(\d{{1,2}})/(\d{{1,2}})/(\d+)\s*\)", I)
            if self.weekdays
            else None
        )
