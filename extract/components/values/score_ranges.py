"""Numbers of a range, no one's score: two numbers joined by a range word ("nilai 42 hingga 48,97", "skor 51
sampai 60,50"), as a dash joins them in "81-100", and a figure several results are said to range around
("menyumbang skor berkisar 21,75", "berkisar di angka 62,40"). Knowledge: models/values.yaml (range_joiners,
range_around_before)."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt

_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?"


class ScoreRanges:
    def __init__(self, v: dict) -> None:
        join = words_alt(v.get("range_joiners", []))
        unit = r"(?:[ \t]*(?:%|persen))?"
        self.ends_range = re.compile(rf"(?i)(?<![\w]){_NUMBER}{unit}[ \t]+(?:{join})[ \t]+$") if join else None
        self.starts_range = re.compile(rf"(?i){unit}[ \t]+(?:{join})[ \t]+{_NUMBER}(?![\d])") if join else None
        around = words_alt(v.get("range_around_before", []))
        # (up to two words between: "berkisar nilai 26,21", "berkisar di angka 62,40")
        self.around = re.compile(rf"(?i)(?<![\w])(?:{around})(?:[ \t]+[a-z]+){{0,2}}[ \t]+$") if around else None

    def ranged(self, text: str, s: int, e: int) -> bool:
        """Is the number at [s, e) an end of a range or a figure results range around?"""
        before = text[max(0, s - 40) : s]
        return bool(
            self.ends_range is not None
            and (self.ends_range.search(before) or self.starts_range is not None and self.starts_range.match(text, e))
            or self.around is not None
            and self.around.search(before)
        )
