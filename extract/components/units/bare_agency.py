"""An agency's short form alone standing for the one local office of it the text names ("Badan Pertanahan Nasional
(BPN) Kabupaten Purworejo memperoleh ... BPN mendapat nilai 95,55": the land office, not the national agency). Only
a short form (one word in capitals) and only when the text has named exactly one office of that agency before it (its
heads by models/units.yaml `agency_offices`, below the provincial level); the ministry's long name keeps its own."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.components.common.mentions import EntityMention


def bare_agency_offices(
    text: str, agencies: list[EntityMention], units: list[EntityMention], agency_offices: dict[str, dict[str, str]]
) -> tuple[list[EntityMention], list[EntityMention]]:
    """The agencies left, and the units with each such short form made that office."""
    keep, made = [], []
    for a in agencies:
        heads = tuple(h for lvl, h in agency_offices.get(a.name, {}).items() if lvl != "provinsi")
        offices = {u.name: u for u in units if heads and u.name.startswith(heads) and u.start < a.start}
        if len(offices) == 1 and re.fullmatch(r"[A-Z]{2,6}", text[a.start : a.end]) and not a.offices_group:
            made.append(replace(next(iter(offices.values())), start=a.start, end=a.end, subject=a.subject))
        else:
            keep.append(a)
    return keep, sorted(units + made, key=lambda m: m.start)
