"""A zone kept ("berhasil mempertahankan posisi di zona hijau", "tetap di zona hijau") was the entity's
zone in its earlier year too: the assembler's last step gives it to the one earlier record the article
has of that entity (from its earlier score) when that record has no zone of its own, and so the
opinion written with the kept zone ("mempertahankan zona hijau (opini kualitas tertinggi)")."""

from __future__ import annotations

import re
from collections import defaultdict

from extract.components.common.mentions import Value


def carry_kept_states(text: str, merged: dict, kept_before: re.Pattern[str] | None, graded_from: int) -> None:
    """Give each entity's earlier record the zone its later record says was kept (see the module)."""
    if kept_before is None:
        return
    by_entity: dict = defaultdict(list)
    for (ek, year), slot in merged.items():
        by_entity[ek].append((year, slot))
    for slots in by_entity.values():
        slots.sort(key=lambda p: p[0])
        for (y0, earlier), (y1, later) in zip(slots, slots[1:]):
            zone = later["fields"].get("zone")
            if zone is None or "zone" in earlier["fields"] or y0 is None:
                continue
            if kept_before.search(text, max(0, zone[1].start - 40), zone[1].start):
                earlier["fields"]["zone"] = zone
                if (y0 >= graded_from) == (y1 >= graded_from):  # one instrument's labels
                    _kept_opinion(text, zone[1], earlier, later)


def _kept_opinion(text: str, zone: Value, earlier: dict, later: dict) -> None:
    """The later year's opinion written right after its kept zone, as its gloss, goes with it."""
    opinion = later["fields"].get("opinion")
    if opinion is None or "opinion" in earlier["fields"] or not 0 <= opinion[1].start - zone.end <= 10:
        return
    if re.fullmatch(r"[\s(/,–-]*(?:opini\s+)?", text[zone.end : opinion[1].start], re.IGNORECASE):
        earlier["fields"]["opinion"] = opinion
