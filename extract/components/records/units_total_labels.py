"""The labels told with a government's total right after its own units were listed with their scores
("Puskesmas A 87,04, Dinas Sosial (85,32) ... sehingga nilai akhir 82,83 dengan kategori B dan opini
kualitas tinggi"): the zone, grade and opinion told after the total word describe the total, so they are
the government's (as the total itself is, units_total.py), not the units'. Only labels held by units
alone, told after a total word that follows the last unit named in the sentence (or the one before),
where those units (two or more) share one parent government named in the text.
Knowledge: models/values.yaml (`units_total_words`).
"""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention, Value
from extract.components.records.claims import OWN, Claim
from extract.components.records.units_total import owner_of_units

_LABELS = ("zone", "grade", "opinion")
_REACH = 400  # characters back from the label to the units listed


def total_word_pattern(v: dict) -> re.Pattern[str] | None:
    """A total word anywhere ("nilai akhir", "rata-rata nilai")."""
    words = v.get("units_total_words", [])
    return re.compile(rf"(?i)(?<![\w])(?:{words_alt(words)})(?:nya)?(?![\w])") if words else None


def with_units_total_labels(
    text: str,
    pattern: re.Pattern[str] | None,
    data: tuple[list[tuple[int, int]], list[Value], EntityMention | None],
    claims: list[Claim],
) -> list[Claim]:
    """`claims` with the labels told after a government's total over its units given to the government
    (see the module); `data` is the sentences, the values and the article's government."""
    sents, values, main = data
    if pattern is None or main is None or not values:
        return claims
    by_value: dict[int, list[Claim]] = {}
    for c in claims:
        by_value.setdefault(id(c.value), []).append(c)
    for v in values:
        held = by_value.get(id(v), [])
        if v.kind not in _LABELS or not held or any(c.entity.entity_type != "unit" for c in held):
            continue
        k = next((i for i, (a, b) in enumerate(sents) if a <= v.start < b), None)
        if k is None:
            continue
        ents = [c.entity for c in claims if sents[k][0] <= c.entity.start < v.start]
        if sum(e.entity_type == "unit" for e in ents) < 2:  # the units listed in the sentence before
            start = max(sents[max(0, k - 1)][0], v.start - _REACH)
            ents = [c.entity for c in claims if start <= c.entity.start < v.start]
        if not ents:
            continue
        last = max(e.end for e in ents)
        if not pattern.search(text, last, v.start):
            continue  # no total told between the units and the label: the label may be the units'
        gov = owner_of_units(ents, main)
        if gov is not None:
            claims = [c for c in claims if c.value is not v] + [Claim(gov, v, OWN, sents[k])]
    return claims
