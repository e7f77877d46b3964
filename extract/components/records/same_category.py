"""An earlier year's score said to be "in the same category" ("naik dari 88,81 pada 2023, juga dalam kategori
yang sama") had the later year's grade and opinion: they are given to the entity's earlier record when it has
none of its own and both years were judged with one instrument. Knowledge: models/values.yaml
`same_category_after`."""

from __future__ import annotations

import re
from collections import defaultdict

from extract.components.common.knowledge import words_alt

# how far after the earlier score the phrase may stand, within its sentence
REACH = 60
CARRIED = ("grade", "opinion")


def same_category_pattern(v: dict) -> re.Pattern[str] | None:
    words, negations = v.get("same_category_after", []), v.get("negation_words", [])
    # "tidak dalam kategori yang sama" says the opposite
    no = rf"(?!(?:[^.;!?\n]{{0,{REACH}}}?)(?<![\w])(?:{words_alt(negations)})(?![\w]))" if negations else ""
    return (
        re.compile(rf"(?i)^(?=[^.;!?\n]{{0,{REACH}}}?(?<![\w])(?:{words_alt(words)})(?![\w])){no}") if words else None
    )


def carry_same_category(text: str, merged: dict, same: re.Pattern[str] | None, graded_from: int) -> None:
    """Give each entity's earlier record the later one's grade and opinion when the earlier score is said
    to be in the same category."""
    if same is None:
        return
    by_entity: dict = defaultdict(list)
    for (ek, year), slot in merged.items():
        if year is not None:
            by_entity[ek].append((year, slot))
    for slots in by_entity.values():
        slots.sort(key=lambda p: p[0])
        for (y0, earlier), (y1, later) in zip(slots, slots[1:]):
            score = earlier["fields"].get("score")
            if score is None or (y0 >= graded_from) != (y1 >= graded_from):
                continue
            if not same.match(text[score[1].end : score[1].end + REACH + 30]):
                continue
            for f in CARRIED:
                if f in later["fields"] and f not in earlier["fields"]:
                    earlier["fields"][f] = later["fields"][f]
