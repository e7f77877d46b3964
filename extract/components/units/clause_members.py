"""A bare place joined to a clause about a ministry's office (a helper of OfficeLists._chains,
extract/components/units/office_lists.py): "Polrestabes Makassar di urutan 3 lalu Sinjai di
urutan 4", "Polres Gowa zona hijau, begitu juga Takalar serta Sinjai" name police offices, not the regencies.
Only a place written without its level word, a subject, right after a short clause (no sentence end) that
ends with a joining word. Knowledge: models/units.yaml (`clause_joiners`, `clause_member_heads`)."""

from __future__ import annotations

import re
from typing import Callable

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention


class ClauseMembers:
    def __init__(self, u: dict, ministry: Callable[[str, str], str | None]):
        joiners = words_alt(u.get("clause_joiners", []))
        gap = rf"(?i)^[^.;:!?\n()]{{1,80}}?(?:,[ \t]*|[ \t])(?:{joiners})[ \t]+$"
        self.gap = re.compile(gap) if joiners else None
        self.heads: dict[str, str] = u.get("clause_member_heads", {})
        self.ministry = ministry

    def kind(self, prev: tuple[int, str, str] | None, r: EntityMention, between: str) -> str | None:
        """The office kind of the bare place `r` joined to the clause `between` after the office `prev`
        (end, head, name), else None."""
        if (
            prev is None
            or self.gap is None
            or r.explicit_level
            or not r.subject
            or self.ministry(prev[1], prev[2] or prev[1]) is None
            or self.gap.match(between) is None
        ):
            return None
        return self.heads.get(prev[1], prev[1])
