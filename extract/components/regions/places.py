"""Region mentions that only say where something is (a part of regions.py): a province named bare after
"dari"/"asal" ("dari Sumut hanya diikuti Pemkab Deli Serdang": where they come from) and the city of a
street address ("Jalan Majapahit No 2 Medan"), and a town whose name ends with a region's ("Blang Pidie").
Knowledge: models/regions/levels.yaml (`bare_province_place_before`, `street_words`, `town_prefix_words`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.common.knowledge import words_alt


class RegionPlaces:
    def __init__(self, lv: dict) -> None:
        bare = lv.get("bare_province_place_before", [])
        self.bare_province = re.compile(rf"(?i)(?<![\w])(?:{words_alt(bare)})[ \t]+\Z") if bare else None
        streets = words_alt(lv.get("street_words", []))
        self.street = (
            re.compile(
                rf"(?<![\w])(?:{streets})[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z0-9][\w.'’-]*){{0,4}}?[ \t]+"
                rf"(?:(?:No\.?|Nomor)[ \t]*)?\d{{1,4}}[A-Za-z]?,?[ \t]+$"
            )
            if streets
            else None
        )

        towns = words_alt(lv.get("town_prefix_words", []))
        # (case-sensitive: the prefix is a part of a proper name, "Blang Pidie", not a common word)
        self.town = re.compile(rf"(?<![\w])(?:{towns})[ \t]+$") if towns else None

    def in_town(self, text: str, s: int) -> bool:
        """A bare name that ends a town's name ("Blang Pidie", the seat of another regency, not Pidie)."""
        return self.town is not None and bool(self.town.search(text, max(0, s - 15), s))

    def from_province(self, text: str, s: int, codes: list[str], level: Callable[[str], str]) -> bool:
        """A province's bare name (no level word) right after "dari"/"asal"."""
        return (
            self.bare_province is not None
            and bool(codes)
            and all(level(c) == "provinsi" for c in codes)
            and bool(self.bare_province.search(text, max(0, s - 30), s))
        )

    def in_address(self, text: str, start: int) -> bool:
        """A name right after a street and its number."""
        return self.street is not None and bool(self.street.search(text, max(0, start - 80), start))

    def placed(self, text: str, s: int, start: int, codes: list[str], level: Callable[[str], str]) -> bool:
        return self.from_province(text, s, codes, level) or self.in_address(text, start) or self.in_town(text, s)
