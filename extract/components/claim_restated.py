"""A counted group given labels, then (or before) named with only some of them: "yang mendapatkan zona hijau
atau kepatuhan tinggi hanya enam kabupaten dan tiga kota." + "Sembilan daerah yang mendapatkan zona
hijau adalah A, B, ..."; "zona merah alias kepatuhan rendah ada dua kabupaten." + "Sedangkan di zona
merah, ada A dan B." When, within the next few sentences, exactly as many governments as the group
counts are given the group's zone, they are its members: each gets the group's other labels
(opinion, grade) at the weakest priority, so anything said of one of them wins."""

from __future__ import annotations

from extract.components.claims import Claim, _within
from extract.components.mentions import GroupMarker, Value
from extract.types import CATEGORICAL

RESTATED = 4  # as weak as AllMembers (extract/components/claim_all.py)
AHEAD = 5  # sentences after the group in which its members may be named (the other bands may be counted between)


def _stated(s_groups: list[GroupMarker], s_vals: list[Value]) -> tuple[int, list[Value]] | None:
    """(count, labels) of a sentence that gives a counted group labels; the counts after its first
    label add up ("enam kabupaten dan tiga kota"), else the last group before it counts."""
    labels = [v for v in s_vals if v.kind in CATEGORICAL and not v.prior]
    if (
        not labels
        or not any(v.kind == "zone" for v in labels)
        or len({v.kind for v in labels}) < 2
        or len({v.value for v in labels if v.kind == "zone"}) != 1
    ):
        return None
    counted = [g for g in s_groups if g.count and not g.anaphoric and not g.others]
    after = [g for g in counted if g.start > labels[0].start]
    before = [g for g in counted if g.start < labels[0].start][-1:]
    total = sum(g.count or 0 for g in (after or before))
    return (total, labels) if total else None


def restated_claims(
    sents: list[tuple[int, int]], values: list[Value], groups: list[GroupMarker], claims: list[Claim], key
) -> list[Claim]:
    """Claims giving the members of a restated group the labels it was first stated with."""
    out: list[Claim] = []
    for si, (ss, se) in enumerate(sents):
        s_groups = _within(groups, ss, se)  # both sorted by .start: bisect, so long texts stay linear
        if not s_groups:
            continue
        stated = _stated(s_groups, _within(values, ss, se))
        if stated is None:
            continue
        count, labels = stated
        zone = next(v.value for v in labels if v.kind == "zone")
        # named in the sentences after it, else in those before it ("Keempat kabupaten itu adalah A, ..., D."
        # then "terdapat empat kabupaten di zona merah atau opini kualitas rendah")
        # (only a group its own sentence names no member of looks back)
        own = any(ss <= c.sentence[0] < se for c in claims)
        for ts, te in sents[si + 1 : si + 1 + AHEAD] + ([] if own else sents[max(0, si - AHEAD) : si][::-1]):
            named: dict = {}
            for c in claims:
                if ts <= c.sentence[0] < te and c.value.kind == "zone" and c.value.value == zone and not c.value.prior:
                    named.setdefault(key(c.entity), c)
            if len(named) != count:
                continue
            for c in named.values():
                have = {x.value.kind for x in claims if key(x.entity) == key(c.entity) and x.sentence == c.sentence}
                out.extend(Claim(c.entity, v, RESTATED, c.sentence) for v in labels if v.kind not in have)
            break
    return out
