"""Lists named behind a ranked holder: "X berada di peringkat keempat setelah A, B dan C dengan nilai 81,26".

A rank place and its number, then a word saying the ones named are above ("setelah", "di bawah"), then a
list of names: every member of that list is the reference point (the ones ranked above), not the holder of
the score or labels that follow; those stay with X. Only names (capitalised words) joined by commas or
"dan/serta" may stand between the behind word and the member, so "setelah Kota Y meraih ..." clauses are
untouched past their first name. Knowledge: models/values.yaml `best_of_places` (the rank place words),
`rank_behind_words`.
"""

from __future__ import annotations

import re

from extract.components.common.casefold import lowered
from extract.components.common.knowledge import words_alt
from extract.components.common.needles import may_match

# members already passed between the behind word and this one: "A, ", "B dan ", "Polres C, serta "
_NAME = r"[A-Z][\w.'/-]*(?:\s+[A-Z][\w.'/-]*){0,5}"
_MEMBERS = re.compile(rf"(?:{_NAME}\s*(?:,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+))*")

# a list, not one name: the first member goes on with a comma or "dan" ("setelah A dengan nilai 88,10" is A's own)
_FIRST_OF_LIST = re.compile(rf"{_NAME}\s*(?:,\s*|\s+(?:dan|serta)\s+)")
_OWN_CLAUSE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*yang\s")


class BehindLists:
    def __init__(self, v: dict) -> None:
        places, behind = v.get("best_of_places", []), v.get("rank_behind_words", [])
        self.head = (
            re.compile(rf"(?i)(?<![\w])(?:{words_alt(places)})\s+(?:ke-?\s*)?[\w-]+\s*,?\s*(?:{words_alt(behind)})\s+")
            if places and behind
            else None
        )

    def holds(self, text: str, lo: int, start: int, end: int) -> bool:
        """Is the name at start..end a member of a behind list opened after `lo` (the holder's end)? Not when
        a clause of its own follows ("setelah Kota Y yang meraih nilai 90")."""
        if self.head is None or _OWN_CLAUSE.match(text, end):
            return False
        if not may_match(self.head, lowered(text), lo, start):
            return False  # none of the head's words between the holder and the name (needles.py)
        return any(
            _MEMBERS.fullmatch(text, m.end(), start) and _FIRST_OF_LIST.match(text, m.end())
            for m in self.head.finditer(text, lo, start)
        )
