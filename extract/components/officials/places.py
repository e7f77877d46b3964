"""A place inside an office title written with one slip of the keyboard ("Gubernur Kaliamanta Barat",
"Kepala ORI Kaltra Maria Ulfah"): read as the place, so the misspelt word never opens a person's name."""

from __future__ import annotations

from extract.components.officials.knowledge import _deletions
from extract.components.officials.tokens import Tok

MIN_SLIP_WORD = 5  # shorter place words are too close to given names to be read through a slip
MIN_SLIP_ALONE = 6  # ... and a one-word place read through a slip is longer still

_NEAR: dict[int, tuple[set, dict[str, set[str]]]] = {}


def _near_index(regions: set) -> dict[str, set[str]]:
    """Each region word's spellings with one letter dropped (and the word itself) -> the region words."""
    hit = _NEAR.get(id(regions))
    if hit is None or hit[0] is not regions:
        near: dict[str, set[str]] = {}
        for r in regions:
            if r and len(r[0]) >= MIN_SLIP_WORD and r[0].isalpha():
                for v in _deletions(r[0]) | {r[0]}:
                    near.setdefault(v, set()).add(r[0])
        hit = _NEAR[id(regions)] = (regions, near)
    return hit[1]


def _slipped(low: str, regions: set) -> set[str]:
    """The region words `low` misspells by one letter dropped, added, changed or swapped."""
    near = _near_index(regions)
    out = set(near.get(low, ()))
    for d in _deletions(low):
        out |= near.get(d, set())
    out.discard(low)
    return out


def misspelt_region(toks: list[Tok], j: int, end_limit: int, regions: set, closers: frozenset[str]) -> int:
    """Tokens of a misspelt place at j (0: none): the first word of a place of two words one slip off
    and its compass word after it ("Kaliamanta Barat"), or, right after an acronym, a one-word place
    with a letter dropped before the holder's name of two capitalised words ("ORI Kaltra Maria Ulfah")."""
    tok = toks[j]
    low = tok.low
    if tok.kind != "w" or len(low) < MIN_SLIP_WORD or not low.isalpha():
        return 0
    nxt = toks[j + 1] if j + 1 < end_limit else None
    if nxt is not None and nxt.kind == "w" and nxt.cap and nxt.low in closers:
        if any((w, nxt.key) in regions for w in _slipped(low, regions)):
            return 2
        return 0
    prev = toks[j - 1] if j > 0 else None
    if prev is None or prev.kind != "w" or not (prev.bare.isupper() and len(prev.bare) >= 2):
        return 0
    rest = toks[j + 1 : min(end_limit, j + 3)]
    if len(low) < MIN_SLIP_ALONE or len(rest) < 2 or not all(t.kind == "w" and t.cap for t in rest):
        return 0
    # alone, only a letter dropped ("Kaltra" for Kaltara): an added or changed one makes names ("Marcos")
    return int(any((w,) in regions and low in _deletions(w) for w in _near_index(regions).get(low, ())))


def cut_region(toks: list[Tok], j: int, end_limit: int, region_starts: frozenset) -> bool:
    """A word after a level word that begins a region's name but is no region ("Provinsi Malu" for
    Maluku / Malut) or misspells one by a letter ("Prov. Kaltenf" for Kalteng), followed by two more
    capitalised words: the place written cut short or misspelt, and the name after it."""
    low = toks[j].low
    if len(low) < 4 or not region_starts:
        return False
    if not any(w.startswith(low) and w != low or _one_letter_off(w, low) for w in region_starts):
        return False
    rest = toks[j + 1 : min(end_limit, j + 3)]
    return len(rest) == 2 and all(t.kind == "w" and t.cap for t in rest)


def _one_letter_off(word: str, typed: str) -> bool:
    """`typed` is `word` with one letter wrong (same length, at least five letters)."""
    return len(word) == len(typed) >= 5 and sum(a != b for a, b in zip(word, typed)) == 1


def unit_place(toks: list[Tok], j: int, end_limit: int, title_words, place_units: set[str]) -> bool:
    """A unit named after its place ("Kepala Puskesmas Tempeh Ima Rifiyanti menyampaikan"): the word at j,
    right after the unit word, is its place when exactly two capitalised words that are no office words (the
    holder's name) follow it, then no capitalised word."""
    if j == 0 or toks[j - 1].low not in place_units or j + 2 >= end_limit or not toks[j].cap:
        return False
    if j + 3 < end_limit and toks[j + 3].kind == "w" and toks[j + 3].cap:
        return False  # a third capitalised word: where the place ends is not known
    if j + 3 >= end_limit and not toks[j + 2].text.endswith("."):
        return False  # the window ends inside the name
    return all(t.kind == "w" and t.cap and t.low not in title_words for t in toks[j + 1 : j + 3])


def bracket_place_end(toks: list[Tok], j: int, n: int, most: int = 3) -> int | None:
    """Where a bracketed office ends when only capitalised words (its place, unknown to the gazetteer) stand
    between the title found and the closing bracket ("Budi (Kades Sei Tatas)"): the bracket's index, or None."""
    k = j
    while k < n and k - j < most and toks[k].kind == "w" and toks[k].cap:
        k += 1
    return k if k > j and k < n and toks[k].text == ")" else None
