"""Scores told before their names: "rincian skor 90,13 untuk Dinas A, 89,44 Dinas B dan 84,17 diraih RSUD C".

In such a run each score goes to the name right after it, not to the one before it (the usual reading,
"Dinas A 90,13, Dinas B 89,44"). A run is two or more scores each followed at once by a name (or by
"untuk"/"bagi" or a passive verb and the name), the name of one and the score of the next parted only by
a comma or "dan"; a list written name-first never has a score right before the next name.

Knowledge: models/values.yaml (`score_first_links`, `passive_link_verbs`).
"""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.records.walk import _Sentence

_ITEM_SEP = re.compile(r"(?i)\s*(?:,\s*(?:(?:dan|serta)\s+)?|(?:dan|serta)\s+)")


class ScoreFirstRuns:
    def __init__(self, v: dict) -> None:
        links = v.get("score_first_links", []) + v.get("passive_link_verbs", [])
        self.tight = re.compile(rf"(?i)\s*(?:(?:{words_alt(links)})(?:\s+oleh)?\s+)?" if links else r"\s*")

    def scores(self, text: str, s: _Sentence) -> set[int]:
        """The ids of the sentence's scores told before the name they belong to."""
        if len(s.ents) < 2:
            return set()
        pairs = []
        for v in s.vals:
            if v.kind != "score":
                continue
            e = next((e for e in s.ents if e.start >= v.end), None)
            if e is not None and self.tight.fullmatch(text, v.end, e.start):
                pairs.append((v, e))
        run: set[int] = set()
        for (v1, e1), (v2, _e2) in zip(pairs, pairs[1:]):
            if e1.end <= v2.start and _ITEM_SEP.fullmatch(text, e1.end, v2.start):
                run |= {id(v1), id(v2)}
        return run
