"""The best of one government's own units (a mixin of Values, extract/components/values/component.py): "untuk
penilaian OPD dan puskesmas, nilai tertinggi diraih Dinas Dukcapil dengan nilai 93,40" gives that unit the
first place among them, without a scope (DECISIONS.md "Ranks"). Read only where the sentence names
the units compared before the highest score (models/values.yaml `own_unit_nouns`)."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value


# "(peringkat|urutan) 16 dari 42 kabupaten": a place among governments counted ...
_RANKED_AMONG = re.compile(
    r"(?i)(?<![\w])(?:peringkat|urutan|posisi|ranking)\s+(?:ke-?\s?)?\d{1,3}\s+dari\s+\d{2,3}\s+"
    r"(?:pemerintah\s+)?(?:kabupaten|kota|provinsi|pemda|daerah)(?:/kota)?"
)
# ... across the country
_NATIONAL = re.compile(r"(?i)\s+(?:di\s+)?(?:seluruh\s+)?(?:indonesia|nasional|se-indonesia)")


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
            elif (field := self._ranked_field(text, sent_start)) is not None:
                out.append(Value("rank", 1, m.start(), m.end(), scope=field))
        return out

    def _ranked_field(self, text: str, sent_start: int) -> str | None:
        """ "X berada di urutan 9 dari 38 kota di Indonesia. Adapun nilai tertinggi diraih Y": the
        sentence before ranks a place among governments counted nationally; the highest is first of them."""
        prev = max(text.rfind(". ", 0, max(0, sent_start - 2)), text.rfind("\n", 0, max(0, sent_start - 2))) + 1
        m = _RANKED_AMONG.search(text, prev, sent_start)
        return "nasional" if m is not None and _NATIONAL.match(text, m.end()) else None
