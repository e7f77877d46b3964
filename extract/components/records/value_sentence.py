"""Where a claim's value is read for its year (a helper of ClaimYears, claim_years.py), and whether its sentence
tells a score unchanged over the years listed with it ("Selama penilaian tahun 2022 dan 2023 nilai Dinas X tidak
berubah di angka 79": that score for both; otherwise one score for several years is a misreading, years.py).
Knowledge: models/values.yaml `unchanged_score_words`."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from extract.components.records.claims import Claim, _within
from extract.components.common.mentions import YearMention
from extract.components.common.knowledge import read_yaml
from models import MODELS_DIR


def value_sentence(
    c: Claim,
    sents: list[tuple[int, int]] | None,
    text: str,
    years: list[YearMention],
    relative_opener: re.Pattern[str] | None,
    year_opener: re.Pattern[str] | None = None,
    base: int | None = None,
) -> tuple[int, int]:
    """Its own sentence when the entity took it from a sentence before ("tahun ini (2022) ada 7 Polres yang
    masuk zona hijau. Ketujuh Polres itu adalah A, B, ..."), else the claim's; a sentence opened by a
    relative word ("Di mana ...") that writes no year goes with the one before it, and so does one that
    goes on about the entity of a sentence opened by a year before the reported one (`base`), in the same
    paragraph ("Tercatat 2021, Pemkot X masuk zona hijau. Pemkot X sendiri meraih nilai 89,22.")."""
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
    if (
        year_opener is not None
        and j > 0
        and sents[j][0] == own[0]
        and _goes_on_dated(c, sents[j - 1], own, text, years)
    ):
        opened = year_opener.match(text[sents[j - 1][0] : sents[j - 1][1]])
        # an earlier year's, not the time results came out ("Pada 2024 ini Pemkab X menerima hasil ...")
        written = re.findall(r"20\d\d", opened.group(0)) if opened else []
        if written and base is not None and int(written[-1]) < base:
            return sents[j - 1][0], own[1]
    return own


def _goes_on_dated(c: Claim, prev: tuple[int, int], own: tuple[int, int], text: str, years: list[YearMention]) -> bool:
    """The value's sentence writes no year, follows the one before in its paragraph and names the entity
    that one names too."""
    e = c.entity
    if not own[0] <= e.start < own[1] or _within(years, own[0], own[1]) or "\n" in text[prev[1] : own[0]]:
        return False
    return text[e.start : e.end] in text[prev[0] : prev[1]]


@lru_cache(maxsize=1)
def _unchanged() -> re.Pattern[str] | None:
    words = read_yaml(MODELS_DIR / "values.yaml").get("unchanged_score_words", [])
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])", re.IGNORECASE) if alt else None


def told_unchanged(text: str, sentence: tuple[int, int]) -> bool:
    """Does the sentence say the score stayed the same over its years?"""
    pat = _unchanged()
    return pat is not None and pat.search(text, sentence[0], sentence[1]) is not None
