"""A count referring back to a group that is not the one pending: "tiga Polres masuk zona hijau, dan dua Polres
zona merah. Kedua Polres itu adalah A dan B. Ketiga Polres tersebut yakni C, D, E": "Ketiga" names the three,
whose labels its members get, not the two counted last (the count and the noun both named again). The groups opened are kept (records/walk.py
`_Walk.seen`); the latest earlier group of that count, with labels and no member named yet, is taken up again.
Several counted groups with their own labels in one sentence naming no one are each opened (`earlier_siblings`),
and one counted next to another of its noun is that one's sibling, not its subset."""

from __future__ import annotations

from extract.components.common.mentions import GroupMarker
from extract.components.records.claims import _Group
from extract.components.records.walk import _Walk
from extract.types import CATEGORICAL

LOOK_BACK = 4  # groups opened before


def recalled(w: _Walk, g: GroupMarker) -> _Group | None:
    """The group `g` (a group phrase) continues: the pending one unless g counts back to an earlier group."""
    active = w.active
    if active is not None and (not w.seen or w.seen[-1] is not active):
        w.seen.append(active)
    if not (g.anaphoric and g.count and g.noun) or active is not None and active.count == g.count:
        return active
    for grp in reversed(w.seen[-LOOK_BACK:]):
        if grp is not active and (grp.count, grp.noun) == (g.count, g.noun) and grp.values and not grp.members:
            grp.left, grp.age, grp.outer = grp.count, 0, None
            return grp
    return active


def earlier_siblings(w: _Walk, fresh: list[GroupMarker], vals: list, types: dict, heads: dict) -> _Group | None:
    """ "lima Polres masuk zona kuning, dan dua Polres zona merah" naming no one: each counted group before the
    last gets the labels up to the next, kept for a count referring back."""
    active = w.active
    for g, nxt in zip(fresh, fresh[1:]):
        own = [v for v in vals if g.start < v.start < nxt.start and v.kind in CATEGORICAL]
        if g.count and own:
            active = _Group.open(g, active)
            active.kinds, active.heads, active.outer = types.get(g.noun or ""), heads.get(g.noun or "", ()), None
            active.sibling = g.noun is not None and g.noun == nxt.noun  # "tiga Polres ..., dua Polres ...": two groups
            for v in own:
                active.add(v)
            w.seen.append(active)
    return active


def rest_of_active(w: _Walk, g: GroupMarker, later: list) -> bool:
    """ "Keempatnya yaitu A ... Lalu B ... Dua Puskesmas lain yaitu C dan D": the others counted are the rest of the
    pending group (as many as it still takes, of its noun, no label of their own among `later` values), so its
    members go on with its labels rather than opening a group of their own."""
    active = w.active
    return bool(
        g.others
        and g.count
        and active is not None
        and active.values
        and active.members
        and active.left == g.count
        and (g.noun is None or active.noun is None or g.noun == active.noun)
        and not any(v.kind in CATEGORICAL for v in later)
    )
