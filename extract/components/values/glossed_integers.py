"""A whole number glossed at once by a zone ("nilainya 52 atau berada di zona kuning", "tahun 2022 adalah 61
(zona kuning, kualitas sedang)"), after a link word, in a sentence that names a score before it: a score written
without its noun right before it (values/component.py `scores`; the words in models/values.yaml)."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt

# "(zona kuning", "atau zona hijau", ", atau berada di zona kuning": the zone glossing the number before it
_GLOSS = re.compile(
    r"(?i)\s*(?:\(\s*|,?\s*(?:atau|alias)\s+(?:(?:berada|masuk)\s+(?:di|pada|dalam|ke)\s+)?)zona\s+(?:hijau|kuning|merah)(?![\w])"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


class GlossedIntegers:
    def __init__(self, v: dict) -> None:
        links, nouns = v.get("glossed_integer_links", []), v.get("glossed_integer_nouns", [])
        self.link = re.compile(rf"(?i)(?<![\w])(?:{words_alt(links)})\s*$") if links else None
        self.noun = re.compile(rf"(?i)(?<![\w])(?:{words_alt(nouns)})(?![\w])") if nouns else None

    def glossed(self, text: str, s: int, e: int) -> bool:
        """Is the whole number at text[s:e] a score glossed by its zone?"""
        if self.link is None or self.noun is None:
            return False
        if not self.link.search(text, max(0, s - 20), s) or not _GLOSS.match(text, e):
            return False
        start = max(0, s - 300)
        for m in _SENTENCE_END.finditer(text, start, s):
            start = m.end()
        return bool(self.noun.search(text, start, s))
