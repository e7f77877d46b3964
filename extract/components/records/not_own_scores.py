"""Scores a claim gives that are no one entity's own result:

- an average said of a list of several of one kind ("Dinas Sosial, Dinas Kesehatan dan DPMPTSP mendapat zona hijau
  dengan nilai rata-rata 90"): theirs together, so none of them holds it (a government's average over its units,
  "Pemkab X ... Dinas A dan Dinas B ... nilai rata-rata 94,16", names holders of two kinds and stays);
- a whole number of ten or less in a year of the 2025 instrument ("tingkat kepatuhan ... skor sempurna 10"): a
  part's mark on its own small scale, not the 0-100 result.

Knowledge: models/values.yaml (average_words, small_mark_top, bare_level_quality_from)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention, Value
from extract.components.records.claims import Claim
from gazetteer import REGIONAL_TYPES


class NotOwnScores:
    def __init__(self, v: dict, key: Callable[[EntityMention], tuple]) -> None:
        avg = v.get("average_words", [])
        self.average = re.compile(rf"(?i)(?<![\w])(?:{words_alt(avg)})(?![\w])[^.,;]{{0,30}}$") if avg else None
        self.small_top = float(v.get("small_mark_top", 0))
        self.small_from = int(v.get("bare_level_quality_from", 9999))
        self.key = key

    def small_mark(self, text: str, value: Value, year: int) -> bool:
        """Is `value` a small whole mark of the 2025 instrument (see the module)?"""
        return (
            value.kind == "score"
            and year >= self.small_from
            and float(value.value) <= self.small_top  # type: ignore[arg-type]
            and not re.search(r"[.,]\d", text[value.start : value.end])
        )

    def without_joint_averages(self, text: str, claims: list[Claim], ents: list[EntityMention]) -> list[Claim]:
        """`claims` less the score claims of an average said of several holders (see the module)."""
        if self.average is None:
            return claims
        scores: dict[tuple[int, int], set] = {}
        for c in claims:
            if c.value.kind == "score":
                scores.setdefault(c.sentence, set()).add(c.value.value)
        joint = set()
        for c in claims:
            v, (a, _) = c.value, c.sentence
            if (
                v.kind != "score"
                or len(scores[c.sentence]) != 1
                or not self.average.search(text, max(a, v.start - 40), v.start)
            ):
                continue
            holders = {self.key(e): e for e in ents if a <= e.start < v.start and e.subject}
            kinds = {e.entity_type in REGIONAL_TYPES for e in holders.values()}
            if len(holders) >= 2 and len(kinds) == 1:
                joint.add(id(v))
        return [c for c in claims if id(c.value) not in joint]
