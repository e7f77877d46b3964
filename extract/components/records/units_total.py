"""A government's total told right after its own units were listed with their scores ("Dinas Sosial 91,10;
Dinas Pendidikan 92,40; dan Puskesmas Sananwetan 95,00, sehingga nilai keseluruhan total 92,80"): the
total (or average) over the units is the government's score (DECISIONS.md "A government's average over
its units is the government's score"), nobody else's. Only a score no one has claimed yet, told right
after a total word, where the units named before it in its sentence (two or more) share one parent
government named in the text; the units keep their own labels, the government gets the score only.
Knowledge: models/values.yaml (`units_total_words`).
"""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention, Value
from extract.components.common.needles import may_match
from extract.components.records.claims import OWN, Claim
from gazetteer import REGIONAL_TYPES

_MIN_UNITS = 2
_REACH = 400  # characters back from the total to the units listed


def units_total_pattern(v: dict) -> re.Pattern[str] | None:
    """The total words right before the score ("nilai keseluruhan total", "dengan rata-rata nilai")."""
    words = v.get("units_total_words", [])
    if not words:
        return None
    return re.compile(
        rf"(?i)(?<![\w])(?:{words_alt(words)})(?:nya)?(?:\s+(?:total|akhir)(?:nya)?)?\s*(?:(?:sebesar|yakni|yaitu|mencapai|adalah|"
        r"menjadi)\s+)?:?\s*$"
    )


def with_units_total(
    text: str,
    low: str | None,
    pattern: re.Pattern[str] | None,
    data: tuple[list[tuple[int, int]], list[Value], EntityMention | None],
    claims: list[Claim],
) -> list[Claim]:
    """`claims` with each government's total over its units listed just before (see the module) given to
    the government instead of the last unit; `data` is the sentences, the values and the article's
    government (the parent of units named without one)."""
    sents, values, main = data
    if pattern is None or not values or not may_match(pattern, low):
        return claims
    by_value: dict[int, list[Claim]] = {}
    for c in claims:
        by_value.setdefault(id(c.value), []).append(c)
    for v in values:
        held = by_value.get(id(v), [])
        if v.kind != "score" or any(c.entity.entity_type != "unit" for c in held):
            continue
        if not pattern.search(text, max(0, v.start - 60), v.start):
            continue
        k = next((i for i, (a, b) in enumerate(sents) if a <= v.start < b), None)
        if k is None:
            continue
        sent = sents[k]
        # the units listed in its sentence or the one before ("... 95,00. Secara keseluruhan nilainya 92,80")
        start = max(sents[max(0, k - 1)][0], v.start - _REACH)
        gov = owner_of_units([c.entity for c in claims if start <= c.entity.start < v.start], main)
        if gov is not None:
            claims = [c for c in claims if c.value is not v] + [Claim(gov, v, OWN, sent)]
    return claims


def owner_of_units(ents: list[EntityMention], main: EntityMention | None) -> EntityMention | None:
    """The government whose units (two or more, all of one parent, no government among them) are `ents`."""
    if any(e.entity_type in REGIONAL_TYPES for e in ents):
        return None  # a government named among them: its own score may be the one told
    units = {id(e): e for e in ents if e.entity_type == "unit"}
    parents = {e.parent for e in units.values()}
    if len(units) < _MIN_UNITS or len(parents) != 1 or main is None:
        return None
    parent = parents.pop()
    return main if parent in (None, main.name) else None
