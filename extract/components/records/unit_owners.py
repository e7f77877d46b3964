"""A government named only as the owner of some of its units ("OPD Pemkab X yang mendapat rapor merah",
"10 Polsek di Batam yang jadi rapor merah", "dinas-dinas di lingkungan Pemkot X"): the label said next is the
units', not the government's own (DECISIONS.md "Units").

Knowledge: models/values.yaml (`unit_owner_nouns`, `unit_owner_links`)."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention
from gazetteer import REGIONAL_TYPES


class UnitOwners:
    def __init__(self, v: dict) -> None:
        nouns, links = v.get("unit_owner_nouns", []), v.get("unit_owner_links", [])
        # the unit noun (plural "dinas-dinas" too, a bracketed short form after it), then a link to the owner
        self.before = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(nouns)})(?:-(?:{words_alt(nouns)}))?(?:\s*\([^()]{{1,12}}\))?"
                rf"\s+(?:(?:{words_alt(links)})(?:\s+|(?<=-)))?$"
            )
            if nouns
            else None
        )

    def owner_only(self, text: str, e: EntityMention) -> bool:
        """Is the government e named right after a bare unit noun, as the owner of those units?"""
        return (
            self.before is not None
            and e.entity_type in REGIONAL_TYPES
            and self.before.search(text, max(0, e.start - 60), e.start) is not None
        )
