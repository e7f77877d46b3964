"""A count referring back to a group that is not the last one opened: "delapan Polres masuk zona kuning, dan
empat Polres zona merah. Kedelapan Polres tersebut adalah A, B, ...": "Kedelapan" names the eight, whose
labels its members get, not the four counted last. The group pending when each opened is kept (claims.py
`_Group.prev`); the nearest earlier group of that count, with labels and no member named yet, is taken up again."""

from __future__ import annotations

from extract.components.common.mentions import GroupMarker
from extract.components.records.claims import _Group
from extract.types import CATEGORICAL

LOOK_BACK = 3  # groups opened before the pending one


def recalled(active: _Group | None, g: GroupMarker) -> _Group | None:
    """The group `g` (anaphoric, counted) refers to: `active` unless an earlier group of g's count fits better."""
    if active is None or not (g.anaphoric and g.count) or active.count == g.count:
        return active
    grp, steps = active.prev, 0
    while grp is not None and steps < LOOK_BACK:
        if grp.count == g.count and grp.values and not grp.members:
            grp.left, grp.age, grp.outer = grp.count, 0, None
            return grp
        grp, steps = grp.prev, steps + 1
    return active


def earlier_siblings(
    active: _Group | None, fresh: list[GroupMarker], vals: list, types: dict, heads: dict
) -> _Group | None:
    """ "lima Polres masuk zona kuning, dan dua Polres zona merah" naming no one: each counted group before the
    last gets the labels up to the next, kept in the history a count referring back looks in."""
    for g, nxt in zip(fresh, fresh[1:]):
        own = [v for v in vals if g.start < v.start < nxt.start and v.kind in CATEGORICAL]
        if g.count and own:
            active = _Group.open(g, active)
            active.kinds, active.heads, active.outer = types.get(g.noun or ""), heads.get(g.noun or "", ()), None
            for v in own:
                active.add(v)
    return active
