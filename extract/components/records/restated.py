"""A counted group given labels, then (or before) named with only some of them: "yang mendapatkan zona hijau
atau kepatuhan tinggi hanya enam kabupaten dan tiga kota." + "Sembilan daerah yang mendapatkan zona
hijau adalah A, B, ..."; "zona merah alias kepatuhan rendah ada dua kabupaten." + "Sedangkan di zona
merah, ada A dan B." When, within the next few sentences, exactly as many governments as the group
counts are given the group's zone, they are its members: each gets the group's other labels
(opinion, grade) at the weakest priority, so anything said of one of them wins. The members may be
listed over consecutive sentences ("... terdiri atas A, B, C, D." then "E, F, G, H dan I."), and a
sentence right after the group that only glosses its label ("Artinya, tingkat kepatuhannya sedang")
adds to the group's labels."""

from __future__ import annotations

from extract.components.records.claims import Claim, _within
from extract.components.common.mentions import GroupMarker, Value
from extract.types import CATEGORICAL

RESTATED = 4  # as weak as AllMembers (extract/components/records/all_members.py)
AHEAD = 5  # sentences after the group in which its members may be named (the other bands may be counted between)


def _stated(
    s_groups: list[GroupMarker], s_vals: list[Value], gloss: list[Value] | None = None
) -> tuple[int, list[Value]] | None:
    """(count, labels) of a sentence that gives a counted group labels; the counts after its first
    label add up ("enam kabupaten dan tiga kota"), else the last group before it counts. `gloss`: the
    labels of a next sentence that glosses this one's, of kinds this one lacks."""
    labels = [v for v in s_vals if v.kind in CATEGORICAL and not v.prior]
    kinds = {v.kind for v in labels}
    labels += [v for v in gloss or [] if v.kind in CATEGORICAL and not v.prior and v.kind not in kinds]
    if (
        not labels
        or not any(v.kind == "zone" for v in labels)
        or len({v.kind for v in labels}) < 2
        or len({v.value for v in labels if v.kind == "zone"}) != 1
    ):
        return None
    counted = [g for g in s_groups if g.count and not g.anaphoric]  # "4 kabupaten/kota lainnya" counts too
    after = [g for g in counted if g.start > labels[0].start]
    before = [g for g in counted if g.start < labels[0].start][-1:]
    total = sum(g.count or 0 for g in (after or before))
    return (total, labels) if total else None


def _gloss(text: str, sents: list[tuple[int, int]], si: int, values, groups, subjects, gloss_re) -> list[Value]:
    """The labels of the sentence after sentence si when it opens with a gloss ("Artinya, ...") and names
    no one and no group."""
    if gloss_re is None or si + 1 >= len(sents):
        return []
    ts, te = sents[si + 1]
    if not gloss_re.match(text, ts) or _within(groups, ts, te) or _within(subjects, ts, te):
        return []
    return _within(values, ts, te)


def restated_claims(
    sents: list[tuple[int, int]],
    values: list[Value],
    groups: list[GroupMarker],
    claims: list[Claim],
    key,
    glossed: tuple = (None, None, ()),
) -> list[Claim]:
    """Claims giving the members of a restated group the labels it was first stated with. `glossed`:
    (text, gloss opener pattern, subjects) for the labels a gloss sentence adds."""
    text, gloss_re, subjects = glossed
    out: list[Claim] = []
    for si, (ss, se) in enumerate(sents):
        s_groups = _within(groups, ss, se)  # both sorted by .start: bisect, so long texts stay linear
        if not s_groups:
            continue
        gloss = _gloss(text, sents, si, values, groups, subjects, gloss_re) if text is not None else []
        stated = _stated(s_groups, _within(values, ss, se), gloss)
        if stated is None:
            continue
        count, labels = stated
        zone = next(v.value for v in labels if v.kind == "zone")
        # named in the sentences after it, else in those before it ("Keempat kabupaten itu adalah A, ..., D."
        # then "terdapat empat kabupaten di zona merah atau opini kualitas rendah")
        # (only a group its own sentence names no member of looks back)
        own = any(ss <= c.sentence[0] < se for c in claims)
        named: dict = {}  # members named in consecutive sentences so far
        for ts, te in sents[si + 1 : si + 1 + AHEAD] + ([] if own else sents[max(0, si - AHEAD) : si][::-1]):
            best: dict = {}  # each one's strongest zone claim in the sentence (a weaker one of another colour loses)
            for c in claims:
                if ts <= c.sentence[0] < te and c.value.kind == "zone" and not c.value.prior:
                    k = key(c.entity)
                    if k not in best or c.priority < best[k].priority:
                        best[k] = c
            here = {k: c for k, c in best.items() if c.value.value == zone}
            if not here or len(here) > count:
                named = {}
                continue
            named = {**named, **here} if named and len(named) + len(here) <= count else here
            if len(named) != count:
                continue
            for c in named.values():
                have = {x.value.kind for x in claims if key(x.entity) == key(c.entity) and x.sentence == c.sentence}
                out.extend(Claim(c.entity, v, RESTATED, c.sentence) for v in labels if v.kind not in have)
            break
    return out
