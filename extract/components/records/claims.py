"""The record assembler's state: claims, their priorities, pending groups and the lists that
follow them, and the span helpers its scans share (extract/components/records/component.py)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from extract.components.common.casefold import pick
from extract.components.common.mentions import EntityMention, GroupMarker, Value
from extract.types import CATEGORICAL

# how a claim reached its entity; the lowest wins when two claims give one field
OWN, PREFIX, GROUP, SHARED, CARRY = 0, 1, 2, 3, 1
# between a group's noun and the government that owns it: "unit pelayanan publik Pemkab Sleman"
OWNER_GAP = re.compile(r"[ \t]*(?:(?:publik|pelayanan|layanan|di|milik|lingkup|lingkungan|pada)[ \t]+){0,3}")


@dataclass
class Claim:
    entity: EntityMention
    value: Value
    priority: int
    sentence: tuple[int, int]


@dataclass
class _Group:
    """A pending group ("8 kabupaten/kota yang masuk zona hijau"): its values go to the next `left`
    distinct entities named. A counted group named inside a larger one that has values ("5 kabupaten
    ... yakni", "3 di antaranya pada 2019 zona kuning") is a subset: its members get both."""

    values: list
    left: int | None
    age: int = 0
    outer: "_Group | None" = None
    members: set = field(default_factory=set)
    lasting: bool = False  # "seluruh 23 kabupaten/kota ...": every one of its kind, however far away
    kinds: set | None = None  # the government levels its noun names ("enam kabupaten"): no other level joins it
    heads: tuple = ()  # the unit heads its noun names ("empat Polres"): no other kind of unit joins it
    count: int | None = None  # the count it was opened with (`left` counts down)
    noun: str | None = None  # its noun ("polres"), which a count referring back names again
    sibling: bool = False  # a group counted next to it is another, not its subset ("tiga Polres ..., dua Polres ...")

    @staticmethod
    def open(g: GroupMarker, active: "_Group | None", lasting: bool = False) -> "_Group":
        nested = (
            active is not None
            and active.values
            and not active.sibling
            and g.count
            and not g.anaphoric
            and not g.others
            and (active.left is None or active.left >= g.count)
        )
        grp = _Group([], g.count, outer=active if nested else None, lasting=lasting and bool(g.count))
        grp.count, grp.noun = g.count, g.noun
        return grp

    def add(self, v: Value, only_kind: bool = False) -> None:
        """One more value for the members. A score or rank once; labels may come twice, for two years
        ("6 kabupaten/kota yang sebelumnya hijau pada 2021 kembali meraih zona hijau")."""
        if any(x.kind == v.kind for x in self.values) and (only_kind or v.kind in ("score", "rank")):
            return
        self.values.append(v)

    def live(self) -> "_Group | None":
        """This group while it still takes members, else the group it is a subset of."""
        grp: _Group | None = self
        while grp is not None and grp.left is not None and grp.left <= 0:
            grp = grp.outer
        return grp

    def tick(self) -> "_Group | None":
        """One sentence later: groups expire six sentences after their last member, uncounted ones after their own."""
        grp: _Group | None = self
        out, chain = None, []
        while grp is not None:
            grp.age += 1
            chain.append(grp)
            grp = grp.outer
        for grp in chain:
            if not ((grp.age > 6 and not grp.lasting) or (grp.left is None and grp.age > 0)):
                return grp.live()
        return out

    def take(self, key) -> list[tuple[Value, int]]:
        """The values an entity gets as a member (the subset's own first), counting it once."""
        out: list[tuple[Value, int]] = []
        grp: _Group | None = self
        prio = GROUP
        while grp is not None:
            if grp.left is None or grp.left > 0 or key in grp.members:
                out.extend((v, prio) for v in grp.values)
                if key not in grp.members:
                    grp.members.add(key)
                    grp.age = 0  # a list of members, one a line, keeps its group alive to its end
                    if grp.left is not None:
                        grp.left -= 1
            grp, prio = grp.outer, SHARED
        return out


@dataclass
class _Listed:
    """The distinct subjects named after a group phrase, leaving out the government that owns the
    group ("lima unit layanan Pemkab X yang dinilai sebagai sampel, yakni ...")."""

    sentence: int
    end: int
    members: dict = field(default_factory=dict)

    def add(self, ents: list, text: str) -> None:
        for e in ents:
            if e.start < self.end:
                continue
            if not self.members and OWNER_GAP.fullmatch(text[self.end : e.start]):
                continue  # the group's owner, named right after its noun
            self.members.setdefault((e.name, e.entity_type, e.parent), e)


@dataclass
class _Span:
    start: int
    end: int


class _Sorted(list):
    """A list sorted by .start that remembers its keys for bisecting."""

    def __init__(self, items):
        super().__init__(sorted(items, key=lambda it: it.start))
        self._keys = [it.start for it in self]


def _within(items: list, start: int, end: int) -> list:
    """Items (sorted by .start) that start in [start, end): bisect, so long texts stay linear."""
    keys = [it.start for it in items] if not hasattr(items, "_keys") else items._keys
    return items[bisect_left(keys, start) : bisect_left(keys, end)]


def _covers(spans: _Sorted, pos: int) -> bool:
    """Does one of the (sorted, disjoint) spans contain pos?"""
    i = bisect_left(spans._keys, pos + 1) - 1
    return i >= 0 and spans[i].start <= pos < spans[i].end


def _search(pattern: re.Pattern, s: str, low_s: str | None):
    """pattern.search(s), run on low_s (s lower-cased, or None) when that gives the same match."""
    pat, string = pick(pattern, s, low_s)
    return pat.search(string)


def _inside_any(spans: list[tuple[int, int]], pos: int) -> bool:
    """pos lies within one of the sorted (start, end) spans."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


# the contract's pre-2022 opinions, each the name of one zone's level (the record contract, RECORDS.md)
ZONE_LEVEL_OPINION = "kepatuhan "


def last_labels(claims: list[Claim], before: int, award: bool = False) -> list[Value]:
    """The zone/grade/opinion of the entity given one last before `before` ("penghargaan serupa").
    With `award` (the same award, not the same label): when that entity's labels came with its own
    score, its grade and opinion are of that score, the award only of its zone (and of an opinion that only
    names the zone's level, the pre-2022 "kepatuhan tinggi")."""
    last = next((c for c in reversed(claims) if c.value.kind in CATEGORICAL and c.value.start < before), None)
    if last is None:
        return []
    key = (last.entity.name, last.entity.entity_type, last.entity.parent)
    out: dict[str, Value] = {}
    scored = False
    for c in claims:
        if (
            c.value.start < before
            and c.sentence == last.sentence
            and (c.entity.name, c.entity.entity_type, c.entity.parent) == key
        ):
            if c.value.kind in CATEGORICAL:
                out.setdefault(c.value.kind, c.value)
            scored = scored or c.value.kind == "score"
    if "zone" in out and "opinion" not in out:
        # "X mendapat penghargaan zona hijau atau predikat kepatuhan tinggi. X mendapat penghargaan zona hijau
        # setelah mengantongi nilai 84,93. Selain X, ... meraih penghargaan serupa": the level X was given earlier
        # with that same zone
        out.update(_level_with_zone(claims, before, key, out["zone"]))
    if award and scored:  # with no zone, the award gives nothing of that one score's labels
        return (
            [out[k] for k in ("zone", "opinion") if k in out and (k == "zone" or _zone_level(out[k]))]
            if "zone" in out
            else []
        )
    return list(out.values())


def _level_with_zone(claims: list[Claim], before: int, key: tuple, zone: Value) -> dict[str, Value]:
    """The last pre-2022 level ("kepatuhan tinggi") the entity `key` was given before `before` in a sentence that
    gave it the zone `zone` too."""
    mine = [
        c
        for c in claims
        if c.value.start < before
        and (c.entity.name, c.entity.entity_type, c.entity.parent) == key
        and not c.value.prior
    ]
    zoned = {c.sentence for c in mine if c.value.kind == "zone" and c.value.value == zone.value}
    levels = [c.value for c in mine if c.value.kind == "opinion" and c.sentence in zoned and _zone_level(c.value)]
    return {"opinion": levels[-1]} if levels else {}


def _zone_level(opinion: Value) -> bool:
    """An opinion that names the zone's level ("kepatuhan tinggi"), not a graded one ("kualitas tinggi")."""
    return str(opinion.value).startswith(ZONE_LEVEL_OPINION)
