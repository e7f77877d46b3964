"""Ranks handed to several entities (a helper of RecordAssembler, extract/components/records/component.py): whose
rank a shared rank is."""

from __future__ import annotations

from extract.components.records.claims import OWN, Claim


def _untied(claims: list[Claim], key) -> list[Claim]:
    """Claims less the copies of a rank that are not its holder's. A rank said of one entity ("peringkat
    pertama diraih Polres X") is X's alone, whatever group it was also handed to; one handed only to
    several entities of one kind ("pemerintah provinsi dan empat kabupaten/kota meraih nilai tertinggi
    secara nasional") is a tie, nobody's; to entities of different kinds ("satu kabupaten dan pemerintah
    provinsi ... posisi terbaik kedua, yakni A dan B") each one's, in its own field."""
    own: dict[int, set] = {}
    kinds: dict[int, dict] = {}
    for c in claims:
        if c.value.kind == "rank":
            kinds.setdefault(id(c.value), {})[key(c.entity)] = c.entity.entity_type
            if c.priority == OWN:
                own.setdefault(id(c.value), set()).add(key(c.entity))
    tied = {i for i, hs in kinds.items() if i not in own and len(set(hs.values())) < len(hs)}
    if not tied and not own:
        return claims
    return [
        c
        for c in claims
        if c.value.kind != "rank"
        or id(c.value) not in tied
        and (id(c.value) not in own or key(c.entity) in own[id(c.value)])
    ]
