"""A government's score that is one of its units' ("Rejang Lebong Raih Zona Hijau, Nilai Tertinggi Capai
97,59" over a body giving the regency 93,07 and its Puskesmas the 97,59): when the text gives that same
score to a unit of the government, and the government a score of its own besides, the unit holds it."""

from __future__ import annotations

from extract.components.records.claims import Claim
from gazetteer import REGIONAL_TYPES


def without_units_scores(claims: list[Claim]) -> list[Claim]:
    """`claims` less the governments' score claims that belong to one of their units (see the module)."""
    scores = [c for c in claims if c.value.kind == "score"]
    # (a unit's parent may be set only later: one without a parent yet may be any government's)
    of_units = {(c.entity.parent, c.value.value) for c in scores if c.entity.entity_type == "unit"}
    if not of_units:
        return claims
    own: dict[str, set] = {}
    for c in scores:
        if c.entity.entity_type in REGIONAL_TYPES:
            own.setdefault(c.entity.name, set()).add(c.value.value)

    def units(c: Claim) -> bool:
        e = c.entity
        return (
            c.value.kind == "score"
            and e.entity_type in REGIONAL_TYPES
            and ((e.name, c.value.value) in of_units or (None, c.value.value) in of_units)
            and bool(own.get(e.name, set()) - {v for p, v in of_units if p in (e.name, None)})
        )

    return [c for c in claims if not units(c)]
