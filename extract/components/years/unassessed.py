"""Years written that no result belongs to (a part of Years' year mentions, years/component.py).

- a year told with what is still to be done in it: "Tahun 2021 ini akan dilaksanakan uji kepatuhan",
  "tahun 2018 kami akan melombakan inovasi" (the year, at most "ini"/"nanti" and two words, then
  "akan"/"bakal"); not when the clause names the assessment before the year ("hasil penilaian tahun 2023
  akan diserahkan": that year's results, handed over later), nor when a hand-over follows ("Pada tahun 2023
  Pemkab X akan menerima piagam": the year's results, received later);
- a year said to have had no assessment: "2019 dan 2020 tidak dilakukan survei", "setelah penghentian
  penilaian di tahun 2020".
Knowledge: models/values.yaml `future_year_cues`, `hand_over_verbs`, `no_assessment_after_year`,
`no_assessment_before_year`.
"""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt

_CLAUSE_BREAK = re.compile(r"[.,;:!?\n]")
# "2019 dan 2020 tidak dilakukan survei": the years listed with the one the cue follows
_LISTED_AFTER = r"(?:\s*(?:,|dan|serta|&)\s*(?:tahun\s+)?20\d\d)*"


class UnassessedYears:
    def __init__(self, v: dict, context: re.Pattern[str]) -> None:
        future = v.get("future_year_cues", [])
        self.context = context  # the assessment's words (years/year_cues.py `ctx`)
        self.planned_after = (
            re.compile(rf"(?i)(?:\s+(?:ini|nanti))?(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{words_alt(future)})(?![\w])")
            if future
            else None
        )
        handed = v.get("hand_over_verbs", [])
        self.handed_over = re.compile(rf"(?i)\s+(?:[^\W\d_]+\s+)?(?:{words_alt(handed)})(?![\w])") if handed else None
        after = v.get("no_assessment_after_year", [])
        self.none_after = re.compile(rf"(?i){_LISTED_AFTER}\s+(?:{words_alt(after)})(?![\w])") if after else None
        before = v.get("no_assessment_before_year", [])
        self.none_before = (
            re.compile(rf"(?i)(?<![\w])(?:{words_alt(before)})\s+(?:(?:pada|di)\s+)?(?:tahun\s+)?$") if before else None
        )
        self.listed_before = re.compile(rf"(?i)20\d\d{_LISTED_AFTER}\s*(?:,|dan|serta|&)\s*(?:tahun\s+)?$")

    def planned(self, text: str, start: int, end: int) -> bool:
        """The year at text[start:end] is one something is still to be done in."""
        plan = self.planned_after.match(text, end) if self.planned_after is not None else None
        if plan is None or self.handed_over is not None and self.handed_over.match(text, plan.end()):
            return False
        breaks = list(_CLAUSE_BREAK.finditer(text, max(0, start - 80), start))
        clause = breaks[-1].end() if breaks else max(0, start - 80)
        return not self.context.search(text, clause, start)

    def not_held(self, text: str, start: int, end: int) -> bool:
        """The year at text[start:end] is said to have had no assessment."""
        if self.none_after is not None and self.none_after.match(text, end):
            return True
        if self.none_before is None:
            return False
        # "penghentian penilaian di tahun 2019 dan 2020": the listed years share the cue before the first
        head = self.listed_before.search(text, max(0, start - 40), start)
        at = head.start() if head else start
        return bool(self.none_before.search(text, max(0, at - 50), at))
