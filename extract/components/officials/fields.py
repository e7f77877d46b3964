"""Office words read in context: the field of an office written with a slip ("Bidang Adimistrasi Umum"),
kept inside the title; a head that is an office only where it opens the phrase ("Perwakilan")."""

from __future__ import annotations

from collections.abc import Container

from extract.components.officials.knowledge import TITLE_WORDS_IN_NAMES
from extract.components.officials.tokens import Tok


def misspelt_field(title_words: Container[str], start_words: Container[str], toks: list[Tok], j: int, end: int) -> bool:
    """ "Asisten III Bidang Adimistrasi Umum Sekretariat Daerah": an unknown word at j (a field misspelt)
    between a title word and two more that go on with the office; a name is never followed by two title
    words that are not themselves an office's head ("Kepala Bidang Pelayanan Ida Nuraidi Kepala ...")."""

    def title_word(x: int) -> bool:
        t = toks[x] if 0 <= x < end else None
        return t is not None and t.kind == "w" and t.cap and t.low in title_words and not t.bare.isupper()

    tok = toks[j]
    return (
        title_word(j - 1)
        and len(tok.bare) >= 5
        and tok.bare[1:].islower()
        and title_word(j + 1)
        and toks[j + 1].low not in TITLE_WORDS_IN_NAMES
        and toks[j + 1].key not in start_words
        and title_word(j + 2)
    )


def opening_head(heads: dict, toks: list[Tok], k: int, i: int, n: int) -> int:
    """`n`, the length of the head matched at k, or 0 for a head that is an office only where it opens the
    phrase ("Perwakilan Kemenpan RB X"; "Ombudsman RI Perwakilan Jateng" and "Plt perwakilan Ombudsman" name
    an institution)."""
    if n and heads[tuple([t.key for t in toks[k : k + n]])].get("opens_only"):
        return 0 if k > i or not toks[k].cap or k > 0 and toks[k - 1].cap else n
    return n
