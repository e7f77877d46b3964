"""The best of one government's own units (a mixin of Values, extract/components/values.py): "untuk
penilaian OPD dan UPT, nilai tertinggi diraih Dinas PMPTSP dengan nilai 95,57" gives that unit the
first place among them, without a scope (DECISIONS.md "Ranks"). Read only where the sentence names
the units compared before the highest score (models/values.yaml `own_unit_nouns`)."""

from __future__ import annotations

import re

from extract.components.knowledge import words_alt
from extract.components.mentions import Value


class UnitBestRanks:
    def _load_unit_best(self, v: dict) -> None:
        passive, nouns = v.get("best_score_passive", []), v.get("own_unit_nouns", [])
        self.unit_best = (
            re.compile(
                rf"(?i)(?<![\w])(?:nilai|skor)(?:\s+kepatuhan)?\s+(?:tertinggi|terbaik)\s+"
                rf"(?:{words_alt(passive)})(?:\s+oleh)?\s+(?=[A-Z])"
            )
            if passive and nouns
            else None
        )
        # the kind of unit compared, not a unit's own name ("Kepala Dinas Kominfo ...")
        self.units_compared = (
            re.compile(rf"(?i)(?<![\w])(?:{words_alt(nouns)})(?![\w])(?!\s+(?-i:[A-Z]))") if nouns else None
        )

    def unit_best_ranks(self, text: str) -> list[Value]:
        if self.unit_best is None or self.units_compared is None or "tertinggi" not in text and "terbaik" not in text:
            return []  # cheap gate: the pattern needs one of these words
        out = []
        for m in self.unit_best.finditer(text):
            sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if self.units_compared.search(text, sent_start, m.start()):
                out.append(Value("rank", 1, m.start(), m.end(), scope=None))
        return out
