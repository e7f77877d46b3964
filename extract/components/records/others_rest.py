"""Labels said of "the N others" of a list just given: "ada tujuh daerah yang dinilai, yaitu A, B, ... G. ...
hanya A yang meraih zona hijau. Sedangkan enam daerah lainnya masih di zona kuning" gives the six listed
others zona kuning (RECORDS.md "Groups": a group defined by exception gives the remaining named members
its attributes).

Read only when the counts agree with the text: a group of M introduced right before a list of exactly M
distinct governments, then M - N of them named again before "N <noun> lainnya". Knowledge: the group
markers of models/values.yaml (`group_nouns`, the "others" words).
"""

from __future__ import annotations

from extract.components.records.claims import Claim
from extract.components.common.mentions import EntityMention, GroupMarker, Value
from extract.types import CATEGORICAL
from gazetteer import REGIONAL_TYPES

REST = 4  # as weak as a label said of every member (claim_all.py): anything said of one of them wins
LIST_REACH = 3  # sentences from the list to "N lainnya"


def _codes(subjects: list[EntityMention], start: int, end: int) -> dict[str | None, EntityMention]:
    out: dict[str | None, EntityMention] = {}
    for e in subjects:
        if start <= e.start < end and e.entity_type in REGIONAL_TYPES:
            out.setdefault(e.code, e)
    return out


def others_rest_claims(
    sents: list[tuple[int, int]], values: list[Value], groups: list[GroupMarker], subjects: list[EntityMention]
) -> list[Claim]:
    out: list[Claim] = []
    for g in groups:
        if not (g.others and g.count):
            continue
        k = next((i for i, (a, b) in enumerate(sents) if a <= g.start < b), None)
        if k is None:
            continue
        sent = sents[k]
        labels = [v for v in values if g.end <= v.start < sent[1] and v.kind in CATEGORICAL]
        for j in range(k - 1, max(-1, k - 1 - LIST_REACH), -1):
            a, b = sents[j]
            total = next((h for h in groups if a <= h.start < b and h.count and not h.others), None)
            if total is None:
                continue
            listed = _codes(subjects, total.end, b)
            named = _codes(subjects, b, g.start)
            if (
                labels
                and len(listed) == total.count
                and set(named) <= set(listed)
                and len(named) == total.count - g.count
            ):
                out.extend(Claim(e, v, REST, sent) for c, e in listed.items() if c not in named for v in labels)
            break
    return out
