"""Neighbours in a ranking named only to place the subject: "Kabupaten Bima di urutan 127 dengan skor
63,67, diapit Kabupaten X dan Kabupaten Y." The ones named after the flanking
word (and those joined to them by "dan", "serta" or a comma) stand next to the subject in the table;
they take none of the subject's values. And the one a subject is compared with ("Kabupaten Bima,
urutan 127, lebih atas dari Dompu. Skornya 63,67") is not whom the next sentence goes on about.
Knowledge: models/values.yaml `flanked_before`, `compared_reference_before`.
"""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention

# what may stand between two neighbours named together ("A dan B", "A, B", "A serta B")
JOINED = re.compile(r"(?i)\s*(?:,\s*(?:dan\s+|serta\s+)?|(?:dan|serta)\s+)")


class Neighbours:
    def __init__(self, v: dict):
        words = v.get("flanked_before", [])
        self.before = re.compile(rf"(?i)(?<![\w])(?:{words_alt(words)})\s+(?:oleh\s+)?$") if words else None
        comp = v.get("compared_reference_before", [])
        self.compared = re.compile(rf"(?i)(?<![\w])(?:{words_alt(comp)})\s+(?:dengan\s+)?$") if comp else None

    def of(self, text: str, ents: list[EntityMention]) -> set[int]:
        """The ids of the entities of one sentence (`ents`) named as neighbours of its subject."""
        if self.before is None:
            return set()
        out: set[int] = set()
        prev: EntityMention | None = None
        for e in sorted(ents, key=lambda x: x.start):
            if self.before.search(text, max(0, e.start - 30), e.start) or (
                prev is not None and id(prev) in out and JOINED.fullmatch(text, prev.end, e.start)
            ):
                out.add(id(e))
            prev = e
        return out

    def told_of(self, text: str, ents: list[EntityMention]) -> list[EntityMention]:
        """The ones a sentence naming `ents` is about: not those it compares them with (all when it names no
        other)."""
        if self.compared is None:
            return ents
        own = [e for e in ents if not self.compared.search(text, max(0, e.start - 30), e.start)]
        return own or ents
