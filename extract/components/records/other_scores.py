"""A sentence going on about another score named in the sentence before it: "Nilai Indeks Pelayanan
Publik (IPP) dari KemenPAN-RB naik tiga tahun terakhir. Tahun 2021 angka 3,08 (kategori B), tahun
2022 nilai 3,19." The second names no entity, no assessment and no zone: its numbers and letters are
the other score's too, never the Ombudsman's. Knowledge: models/relevance.yaml `sentence_lookalike`,
`assessor`, `assessment_title`, `assessment` (what names the Ombudsman's own assessment).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.components.common.mentions import Value

if TYPE_CHECKING:
    from extract.components.records.walk import _Sentence


def follows_other_score(
    text: str,
    before: tuple[int, int],
    sentence: tuple[int, int],
    vals: list[Value],
    scores: tuple[re.Pattern[str] | None, re.Pattern[str] | None],
) -> bool:
    """Does the sentence `sentence` (naming no entity, holding `vals`) go on about the other score the
    sentence `before` names? `scores` are the patterns of the other scores and of the assessment's own."""
    other, own = scores
    if other is None or not vals or any(v.kind == "zone" for v in vals):
        return False
    here, prev = text[sentence[0] : sentence[1]], text[before[0] : before[1]]
    if own is not None and (own.search(here) or own.search(prev)):
        return False
    return other.search(here) is None and other.search(prev) is not None


def of_other_award(s: _Sentence, scores: tuple[re.Pattern[str] | None, ...]) -> bool:
    """Does the sentence `s` tell of another award only ("Juara satu UKS tingkat nasional disabet SMPN 1 X"),
    naming the assessment nowhere? Its entities are then no members of a group pending from before
    ("Selain Pemkab X, 63 pemkab ... menerima penghargaan yang sama"). (Searched as `s.found` does: only
    where the patterns' words are, on the lower-cased text when that is exact.)"""
    other, own = scores[0], scores[1]
    if other is None:
        return False
    return s.found(other) is not None and (own is None or s.found(own) is None)
