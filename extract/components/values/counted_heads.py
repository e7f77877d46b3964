"""Rank heads that are common words of their own ("nomor" is also a law's or a phone's number): read as a
rank only with the count or the scope right after the place ("nomor 8 dari total 416 kabupaten", "Nomor 8
Nasional", "nomor 1 se-Provinsi Bengkulu"), never in "UU Nomor 25 Tahun 2009" (values.yaml
`rank_heads_counted`)."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt

# what makes the number after such a head a place: a count it is out of, or a scope
_COUNTED_AFTER = re.compile(
    r"(?i)\s*(?:dari\s+(?:total\s+)?\d|(?:secara\s+|tingkat\s+)?nasional(?![\w])|se[-\s]|tingkat\s+provinsi"
    r"|(?:di\s+)?(?:seluruh\s+)?indonesia(?![\w]))"
)


class CountedHeads:
    """Tells a rank match whose head is one of the counted-only heads and has no count or scope after it."""

    def __init__(self, v: dict) -> None:
        heads = v.get("rank_heads_counted", [])
        self.head = re.compile(rf"(?i)(?:di\s?)?(?:{words_alt(heads)})\s") if heads else None

    def uncounted(self, text: str, m: re.Match[str]) -> bool:
        """`m` (a rank_re match with its number in group "n") opens with such a head and nothing counts it."""
        if self.head is None or not self.head.match(text, m.start()):
            return False
        return not m.group("total") and not _COUNTED_AFTER.match(text, m.end("n"))
