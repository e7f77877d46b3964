"""Years written that no result belongs to (a part of Years' year mentions, years/component.py).

- a year told with what is still to be done in it: "Tahun 2021 ini akan dilaksanakan uji kepatuhan",
  "tahun 2018 kami akan melombakan inovasi" (the year, at most "ini"/"nanti" and two words, then
  "akan"/"bakal"); not when the clause names the assessment before the year ("hasil penilaian tahun 2023
  akan diserahkan": that year's results, handed over later);
Knowledge: models/values.yaml `future_year_cues`.
"""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt

_CLAUSE_BREAK = re.compile(r"[.,;:!?\n]")


class UnassessedYears:
    def __init__(self, v: dict, context: re.Pattern[str]) -> None:
        future = v.get("future_year_cues", [])
        self.context = context  # the assessment's words (years/year_cues.py `ctx`)
        self.planned_after = (
            re.compile(rf"(?i)(?:\s+(?:ini|nanti))?(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{words_alt(future)})(?![\w])")
            if future
            else None
        )

    def planned(self, text: str, start: int, end: int) -> bool:
        """The year at text[start:end] is one something is still to be done in."""
        if self.planned_after is None or not self.planned_after.match(text, end):
            return False
        breaks = list(_CLAUSE_BREAK.finditer(text, max(0, start - 80), start))
        clause = breaks[-1].end() if breaks else max(0, start - 80)
        return not self.context.search(text, clause, start)
