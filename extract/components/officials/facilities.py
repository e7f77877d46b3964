"""Hospitals inside an office title ("Direktur RSUD dr. Soedarso, dr. Budi", "Direktur RSUD Kudungga dr
Budi"): the hospital's own name, an eponym with its honorific or plain words, belongs to the office; the
honorific after it opens the director's name."""

from __future__ import annotations

from collections.abc import Callable

from extract.components.officials.tokens import Tok

# Facility words after which an honorific opens the facility's eponym, not a person's name ...
EPONYM_HEADS = {"rsud", "rsu", "rs", "rsia", "rsj", "rsup", "daerah", "umum", "sakit"}
# ... when the facility is a hospital: "Daerah" closes "Rumah Sakit Umum Daerah" but also "Sekretaris Daerah
# H. Amir Hamzah, S.Pd", whose honorific opens a person's name
HOSPITAL_WORDS = {"rsud", "rsu", "rs", "rsia", "rsj", "rsup", "sakit"}
MAX_FACILITY_NAME = 3  # words of a hospital's own name ("RSUD Sayang Rakyat")


def after_facility(toks: list[Tok], j: int) -> bool:
    """The word before j closes a hospital's name ("RSUD", "Rumah Sakit Umum Daerah")."""
    return (
        j > 0
        and toks[j - 1].low in EPONYM_HEADS
        and any(toks[x].low in HOSPITAL_WORDS for x in range(max(0, j - 4), j))
    )


def facility_name(
    toks: list[Tok], j: int, end_limit: int, honorific: Callable[[Tok], bool], saying: frozenset[str] | set[str]
) -> int:
    """Words of a hospital's name at j, right after "RSUD" and closed by an honorific that opens the
    director's name ("RSUD Sayang Rakyat dr. Budi"), or one word followed by a lower-case word that is no
    saying verb ("Direktur RSUD Dunda bersama jajaran": the hospital's name, no director named); 0 otherwise."""
    if not after_facility(toks, j):
        return 0
    if _lone_name(toks, j, saying):
        return 1
    for k in range(j + 1, min(end_limit, j + MAX_FACILITY_NAME + 1)):
        if honorific(toks[k]):
            return k - j
        if toks[k].kind != "w" or not toks[k].cap:
            return 0
    return 0


def _lone_name(toks: list[Tok], j: int, saying: frozenset[str] | set[str]) -> bool:
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        toks[j].kind == "w"
        and toks[j].cap
        and nxt is not None
        and nxt.kind == "w"
        and not nxt.cap
        and nxt.low not in saying
    )
