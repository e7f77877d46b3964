"""A place among the top few ("dalam posisi 5 terbaik nasional", "masuk peringkat 10 tertinggi"): the
number counts a group of best holders, not the holder's own rank (values.yaml `rank_group_before`,
`group_top_words`)."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt


class TopGroup:
    """Tells a rank value that is the size of a top group."""

    def __init__(self, v: dict) -> None:
        before, top = v.get("rank_group_before", []), v.get("group_top_words", [])
        self.before = re.compile(rf"(?i)(?<![\w])(?:{words_alt(before)})\s+$") if before and top else None
        self.top = re.compile(rf"(?i)^\s*(?:{words_alt(top)})(?![\w])") if before and top else None

    def counts(self, text: str, kind: str, start: int, end: int) -> bool:
        """The rank at text[start:end] (its head and number) is introduced as membership and followed by a
        word for the best of a group."""
        if kind != "rank" or self.before is None or self.top is None:
            return False
        return bool(self.top.match(text[end : end + 20]) and self.before.search(text[max(0, start - 20) : start]))
