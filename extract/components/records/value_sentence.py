"""Where a claim's value is read for its year (a helper of ClaimYears, claim_years.py)."""

from __future__ import annotations

import re
from bisect import bisect_right

from extract.components.records.claims import Claim, _within
from extract.components.common.mentions import YearMention


def value_sentence(
    c: Claim,
    sents: list[tuple[int, int]] | None,
    text: str,
    years: list[YearMention],
    relative_opener: re.Pattern[str] | None,
) -> tuple[int, int]:
    """Its own sentence when the entity took it from a sentence before ("tahun ini (2022) ada 7 Polres yang
    masuk zona hijau. Ketujuh Polres itu adalah A, B, ..."), else the claim's; a sentence opened by a
    relative word ("Di mana ...") that writes no year goes with the one before it."""
    v = c.value
    if sents is None:
        return c.sentence
    own = c.sentence
    if not c.sentence[0] <= v.start < c.sentence[1]:
        i = bisect_right(sents, (v.start, float("inf"))) - 1
        own = sents[i] if i >= 0 and sents[i][0] <= v.start < sents[i][1] else c.sentence
    j = bisect_right(sents, (own[0], float("inf"))) - 1
    if (
        relative_opener is not None
        and j > 0
        and sents[j][0] == own[0]
        and relative_opener.match(text, own[0])
        and not _within(years, own[0], own[1])
    ):
        return sents[j - 1][0], own[1]
    return own
