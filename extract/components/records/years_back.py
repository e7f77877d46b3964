"""A sentence that refers back to the result just told ("Nilai tersebut menempatkan X di posisi ke-74",
"Dengan nilai 22,94 itu X berada di posisi ke-97", "Hasil dari survei tersebut menunjukkan ...") and
writes no year of its own tells more of that result: its values take the year of the entity's value in
the sentences just before, not the article's year; so does a sentence whose values would give that year a
second, different value of their kind. Not when it tells a change ("Nilai tersebut kini naik
menjadi ..."), nor when it would give that year a second, different value of one kind.
Used by claim_years_said.py. Knowledge: models/values.yaml (`back_reference_nouns`,
`back_reference_words`, `zone_change_verbs`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.records.claims import Claim
from extract.components.common.knowledge import words_alt


def back_reference_patterns(v: dict) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The opening that refers back, and the words of a change."""
    nouns, words = v.get("back_reference_nouns", []), v.get("back_reference_words", [])
    opening = (
        re.compile(
            rf"(?i)\W*(?:dengan\s+)?(?:{words_alt(nouns)})(?:\s+[\w,]+){{0,3}}?\s+(?:{words_alt(words)})(?![\w])"
        )
        if nouns and words
        else None
    )
    change = v.get("zone_change_verbs", []) + v.get("back_reference_not_with", [])
    return opening, (re.compile(rf"(?i)(?<![\w])(?:{words_alt(change)})(?![\w])") if change else None)


def referred_back(
    claims: list[Claim],
    picked: list,
    out: list[list[int | None]],
    text: str,
    key: Callable,
    opening: re.Pattern[str] | None,
    change: re.Pattern[str] | None,
) -> None:
    """Give the claims of a back-referring sentence without a year the year of their entity's value in
    the one or two sentences before (in `out`, in place)."""
    if opening is None:
        return
    order = sorted(range(len(claims)), key=lambda k: claims[k].value.start)
    keys = [key(c.entity) for c in claims]  # (worked out once: compared for every pair below)
    told: dict[tuple, list[int]] = {}  # the claims of one entity in one sentence move together
    for i in order:
        told.setdefault((claims[i].sentence, keys[i]), []).append(i)
    for (sent, ent), idx in told.items():
        s0, s1 = sent
        if any(picked[i][1] is not None or len(out[i]) != 1 for i in idx):
            continue
        if not opening.match(text, s0, s1) and not _second_value(claims, out, idx, order, keys, ent):
            continue
        if change is not None and change.search(text, s0, s1):
            continue
        before = [
            k
            for k in order
            if keys[k] == ent
            and claims[k].sentence[1] <= s0
            and len(out[k]) == 1
            and text.count(".", claims[k].sentence[1], s0) <= 1
        ]
        year = out[before[-1]][0] if before else None
        if year is None or any(out[i][0] == year for i in idx):
            continue
        held = {(claims[k].value.kind, claims[k].value.value) for k in order if keys[k] == ent and out[k] == [year]}
        if any(kind == claims[i].value.kind and value != claims[i].value.value for kind, value in held for i in idx):
            continue  # that year has another value of this kind: the sentence speaks of another year
        for i in idx:
            out[i] = [year]


def _second_value(claims: list[Claim], out: list, idx: list[int], order: list[int], keys: list, ent) -> bool:
    """Whether the sentence's values would give their year a second, different value of their kind for the
    entity ("Tercatat 2021, Pemkot A masuk zona hijau. Pemkot A sendiri meraih nilai 89,22" after 81,43 was
    told of the reported year): the sentence goes on with the year of the one before, as a back-reference does.
    `keys`: the entity key of each claim."""
    others = [k for k in order if keys[k] == ent and k not in idx]  # (the entity's claims outside the sentence)
    return any(
        out[k] == out[i]
        and claims[k].value.kind == claims[i].value.kind
        and claims[k].value.value != claims[i].value.value
        for i in idx
        for k in others
    )
