"""A unit's class in an office title ("Kepala Lapas Kelas IIB Pasir Pangarayan", "Karutan Kelas I"): the
class word and its Roman numeral belong to the title, and so do the capitalised words of the unit's seat
after them, not to the holder's name."""

from __future__ import annotations

import re


CLASS_WORDS = {"kelas"}
# a class numeral, also typed with the letter l for I ("Kelas ll B")
CLASS_NUMERAL = re.compile(r"(?:[IV]{1,4}|l{1,3})[AB]?")
# a numbered team or unit written in digits ("Satgas 1", "Satuan Tugas 2"), kept when an office word follows
TEAM_NUMBER = re.compile(r"[1-9]")


def seat_length(toks, j: int, end_limit: int) -> int:
    """Capitalised words after a unit's class ("Lapas Kelas IIB X"): the unit's seat, not a name, when
    one word closes the title before a lower-case word, or up to three close it before a comma and
    the holder's name ("Lapas Kelas IIB Pasir Pangarayan, Efendi ..."). Their count, or 0."""
    if j < 2 or toks[j - 2].low not in CLASS_WORDS or not CLASS_NUMERAL.fullmatch(toks[j - 1].text):
        return 0
    nxt = toks[j + 1] if j + 1 < end_limit else None
    if nxt is None or nxt.kind == "w" and nxt.text.islower():
        return 1
    k = j
    while k < min(end_limit, j + 3) and toks[k].kind == "w" and toks[k].cap:
        k += 1
    if k + 1 < end_limit and toks[k].text == "," and toks[k + 1].cap:
        return k - j
    return 0


def rank_numeral(toks, j: int, end_limit: int, title_words, openers: set[tuple[str, ...]]) -> bool:
    """A Roman numeral after a unit's class word or a capitalised title word ("Kelas I", "Asisten Muda
    I"): the office's, unless it opens a Balinese name ("Kepala Dinas I Wayan Darta")."""
    tok = toks[j]
    if j == 0 or not (CLASS_NUMERAL.fullmatch(tok.text) or TEAM_NUMBER.fullmatch(tok.text)):
        return False
    prev = toks[j - 1]
    if TEAM_NUMBER.fullmatch(tok.text):
        # "Kepala Satuan Tugas 1 Pencegahan KPK": a numbered team, then more of the office
        nxt = toks[j + 1] if j + 1 < end_limit else None
        return bool(prev.cap and prev.low in title_words and nxt is not None and nxt.low in title_words)
    if prev.low not in CLASS_WORDS and not (prev.cap and prev.low in title_words):
        return False
    return not (j + 1 < end_limit and (tok.bare, toks[j + 1].bare) in openers)
