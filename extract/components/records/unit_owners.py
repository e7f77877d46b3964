"""A government named only as the owner of some of its units ("OPD Pemkab X yang mendapat rapor merah",
"10 Polsek di Batam yang jadi rapor merah", "dinas-dinas di lingkungan Pemkot X"): the label said next is the
units', not the government's own (DECISIONS.md "Units").

Knowledge: models/values.yaml (`unit_owner_nouns`, `unit_owner_links`, `unit_holder_breaks`)."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention
from gazetteer import REGIONAL_TYPES


class UnitOwners:
    def __init__(self, v: dict) -> None:
        nouns, links = v.get("unit_owner_nouns", []), v.get("unit_owner_links", [])
        breaks = v.get("unit_holder_breaks", [])
        # the unit noun (plural "dinas-dinas" too, a bracketed short form after it), then a link to the owner
        self.before = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(nouns)})(?:-(?:{words_alt(nouns)}))?(?:\s*\([^()]{{1,12}}\))?"
                rf"\s+(?:(?:{words_alt(links)})(?:\s+|(?<=-)))?$"
            )
            if nouns
            else None
        )

        # "kepada empat kepala OPD serta dua kepala UPT Puskesmas, yang berhasil meraih ... Zona Hijau": bare units
        # said to hold what follows
        self.holders = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(nouns)})(?![\w])"
                rf"(?:(?!(?<![\w])(?:{words_alt(breaks)})(?![\w]))[^.;:!?]){{0,60}}?(?<![\w])yang\s"
            )
            if nouns and breaks
            else None
        )

    def units_hold(self, text: str, start: int, end: int) -> bool:
        """Do bare units, then "yang", come in text[start:end] (before the label they are said to hold)?"""
        return self.holders is not None and self.holders.search(text, start, end) is not None

    def owner_only(self, text: str, e: EntityMention) -> bool:
        """Is the government e named right after a bare unit noun, as the owner of those units?"""
        return (
            self.before is not None
            and e.entity_type in REGIONAL_TYPES
            and self.before.search(text, max(0, e.start - 60), e.start) is not None
        )
