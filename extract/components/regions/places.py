"""Region mentions that only say where something is (a part of regions.py): a province named bare after
"dari"/"asal" ("dari Sumut hanya diikuti Pemkab Deli Serdang": where they come from) and the city of a
street address ("Jalan Majapahit No 2 Medan", "Jalan Gatot Subroto, Jakarta"), and a town whose name ends with a region's ("Blang Pidie").
Knowledge: models/regions/levels.yaml (`bare_province_place_before`, `street_words`, `town_prefix_words`),
models/officials/balinese_name_openers.txt (a region's name inside a Balinese person's name is no mention)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.common.knowledge import words_alt


class RegionPlaces:
    def __init__(self, lv: dict, name_openers: list[str] | None = None) -> None:
        bare = lv.get("bare_province_place_before", [])
        self.bare_province = re.compile(rf"(?i)(?<![\w])(?:{words_alt(bare)})[ \t]+\Z") if bare else None
        streets = words_alt(lv.get("street_words", []))
        self.street = (
            re.compile(
                rf"(?<![\w])(?:{streets})[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z0-9][\w.'’-]*){{0,4}}?"
                # its number, or a comma closing a street written without one ("Jalan HR Rasuna Said, Jakarta")
                rf"(?:[ \t]+(?:(?:No\.?|Nomor)[ \t]*)?\d{{1,4}}[A-Za-z]?,?|,)[ \t]+$"
            )
            if streets
            else None
        )

        # a dateline's place at a line's start with the outlet's web address after a comma ("Ambon,Kabarku.com-",
        # "NAMLEA, TRIBUNAMBON.COM - "): where the news was written
        self.site_after = re.compile(r"[ \t]*,[ \t]*[A-Za-z][\w-]*(?:\.[A-Za-z]{2,4})+(?![\w.])")
        # ... or the outlet's web address before it and the day in brackets after it ("Koreri.com, Jayapura (22/1) -",
        # "Jayapura (22/1/2018) -")
        self.site_before = re.compile(r"[A-Za-z][\w-]*(?:\.[A-Za-z]{2,4})+[ \t]*,[ \t]*\Z")
        self.dated_after = re.compile(r"[ \t]*\([ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]*\)[ \t]*[-–—]")
        # a Balinese name ("Bupati Bangli I Made Gianyar", "Bupati Made Gianyar"): a region's bare name right after
        # its opener ("I Made", with up to two more names between) or after its birth-order name alone is a person's
        opens = name_openers or []
        orders = words_alt({o.split()[-1] for o in opens})
        self.person = (
            re.compile(rf"(?<![\w])(?:(?:{words_alt(opens)})(?:[ \t]+[A-Z][\w'’-]*){{0,2}}|(?:{orders}))[ \t]+\Z")
            if opens
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

    def in_person_name(self, text: str, start: int) -> bool:
        """A bare name that is a part of a Balinese person's name."""
        return self.person is not None and bool(self.person.search(text, max(0, start - 60), start))

    def in_dateline(self, text: str, start: int, e: int) -> bool:
        """A place opening a line with the outlet's web address after it, or a dated one after the address."""
        line = text[text.rfind("\n", 0, start) + 1 : start]
        if not line.strip() and self.site_after.match(text, e):
            return True
        return (not line.strip() or bool(self.site_before.search(line))) and bool(self.dated_after.match(text, e))

    def placed(self, text: str, s: int, start: int, codes: list[str], level: Callable[[str], str]) -> bool:
        return self.from_province(text, s, codes, level) or self.in_address(text, start) or self.in_town(text, s)
