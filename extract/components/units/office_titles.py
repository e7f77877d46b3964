"""Offices named through their head's title: "Wakapolresta Tidore, AKBP X menyampaikan pihaknya ..." names
the Polresta Tidore, whose results the head tells; the place is not the regional government.

The title is one word glued to the office's short head ("Kapolres", "Wakapolresta", "Kakantah"); the place
written right after it names the office. Knowledge: models/units.yaml `office_titles` (title -> head).
"""

from __future__ import annotations

import re
from typing import Callable

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention


class OfficeTitles:
    def __init__(self, u: dict, ministry: Callable[[str, str], str | None]):
        self.heads: dict[str, str] = u.get("office_titles", {})
        self.ministry = ministry
        former = words_alt(u.get("office_title_former", []) or ["mantan"])
        self.title = (
            re.compile(rf"(?<![\w])(?P<former>(?i:{former})[ \t]+)?(?P<t>{words_alt(self.heads)})[ \t]+$")
            if self.heads
            else None
        )

    def offices(self, text: str, regions: list[EntityMention], units: list[EntityMention]) -> list[EntityMention]:
        """The offices the titles before the regions name (not already inside a unit's name)."""
        if self.title is None:
            return []
        spans = [(u.start, u.end) for u in units]
        out = []
        for r in regions:
            m = self.title.search(text, max(0, r.start - 20), r.start)
            if m is None or r.entity_type not in ("kabupaten", "kota") or any(s <= r.start < e for s, e in spans):
                continue
            head = self.heads[m.group("t")]
            name = head + " " + " ".join(text[r.start : r.end].split())
            parent = self.ministry(head, name)
            if parent is not None:
                out.append(
                    # a former head ("Mantan Kapolres X") tells nothing of that office now
                    EntityMention(
                        r.start, r.end, name, "unit", parent=parent, province=r.province, subject=not m["former"]
                    )
                )
        return out
