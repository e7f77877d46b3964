"""One named as a member of the field a count was taken from ("8 Pemda meraih zona hijau dari 34 Pemda se-Sumut,
termasuk Pemprov Sumut"): one of all those assessed, not of those holding the label.

Knowledge: models/values.yaml (`population_before`, `population_member_words`, `cardinals`)."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention


class PopulationMembers:
    def __init__(self, v: dict) -> None:
        before, members = v.get("population_before", []), v.get("population_member_words", [])
        cards = words_alt(v.get("cardinals", {}))
        # "dari 34 Pemda", the field's place after it ("se-Sumut", "di Sumatera Utara"), then the member word
        self.before = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(before)})\s+(?:\d{{1,3}}|{cards})\s+[\w/-]+(?:\s+(?:dan|/)\s*[\w-]+)?"
                rf"(?:\s+(?:se-?\s*|di\s+)[\w-]+(?:\s+[A-Z][\w-]*){{0,2}})?\s*,?\s*(?:{words_alt(members)})\s+$"
            )
            if before and members
            else None
        )

    def member_of_field(self, text: str, e: EntityMention) -> bool:
        """Is e named right after a count of the field ("dari 34 Pemda"), as one of them ("termasuk")?"""
        return self.before is not None and self.before.search(text, max(0, e.start - 90), e.start) is not None
