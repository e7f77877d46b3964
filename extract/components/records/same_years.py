"""The same achievement told of other years: "X mempertahankan Peringkat 1 Nasional tahun 2024. ... Prestasi
yang sama juga pernah diraih pada 2022 dan 2023." A sentence that opens with an award noun and a sameness word
and names years, with no one of its own, gives the last record told before it (its rank and labels, never its
score: the same achievement is no same number) to each of those years.
Knowledge: models/values.yaml `same_as_before_nouns`, `same_as_before_words`.
"""

from __future__ import annotations

import dataclasses
import re

from extract.components.common.casefold import lowered
from extract.components.common.knowledge import words_alt
from extract.components.common.needles import may_match
from extract.types import Record

_YEAR = re.compile(r"(?<!\d)(20[0-4]\d)(?!\d)")
_KEPT = ("rank", "rank_scope", "zone", "grade", "opinion")


class SameYears:
    def __init__(self, v: dict) -> None:
        nouns, words = v.get("same_as_before_nouns", []), v.get("same_as_before_words", [])
        # the sentence opens with "<noun> yang sama/serupa", the years follow before its end
        self.opening = (
            re.compile(
                rf"(?:^|(?<=[.!?\n]))[ \t]*(?:{words_alt(nouns)})[ \t]+(?:{words_alt(words)})(?![\w])"
                r"(?P<rest>[^.!?\n]{0,80}?(?:pada|di|tahun)[ \t]+[^.!?\n]{0,40})",
                re.IGNORECASE,
            )
            if nouns and words
            else None
        )

    def __call__(self, text: str, records: list[Record]) -> list[Record]:
        if self.opening is None or not records or not may_match(self.opening, lowered(text)):
            return records  # (none of the opening's words in the text: needles.py)
        out = list(records)
        have = {(r.entity, r.year) for r in records}
        for m in self.opening.finditer(text):
            before = [r for r in records if r.evidence and max(e for _, e in r.evidence) <= m.start() + 1]
            if not before:
                continue
            last = max(before, key=lambda r: max(e for _, e in r.evidence))
            if all(getattr(last, f) is None for f in ("rank", "zone", "grade", "opinion")):
                continue
            for y in {int(y) for y in _YEAR.findall(m.group("rest"))}:
                if (last.entity, y) in have or y >= last.year:
                    continue
                kept = {f: getattr(last, f) for f in _KEPT}
                span = (m.start(), m.end())
                out.append(dataclasses.replace(last, year=y, score=None, **kept, evidence=[*last.evidence, span]))
                have.add((last.entity, y))
        return out
