"""A pair of office holders under one office: "pasangan kepala daerah baru: A–B di Kabupaten X, dan
C–D di Kota Y". Both names of each pair hold the office the pair word introduces."""

from __future__ import annotations

import re

from extract.components.officials.titles import DASHES
from extract.components.officials.tokens import Tok

MAX_PAIRS = 3
_GLUED = re.compile(r"([A-Z][a-z]{2,})-([A-Z][a-z]{2,})")


def pair_before(pair_words: set[str], toks: list[Tok], i: int) -> bool:
    """A pair word (`pair_words`) right before the office ("pasangan Bupati ...", "pasangan kepala daerah ...")."""
    return i > 0 and toks[i - 1].kind == "w" and toks[i - 1].low in pair_words


def pair_members(finder, toks: list[Tok], end: int, n: int) -> list[tuple[list[list[Tok]], int, str]]:
    """The pairs after an office whose first name ends at `end`: each pair's names after the first
    one (its partner after a dash or "dan"), the index after them and the pair's seat ("Kabupaten
    Agam" of "di Kabupaten Agam"); further pairs "C–D" follow a seat and ", dan"."""
    out: list[tuple[list[list[Tok]], int, str]] = []
    k = end
    names: list[list[Tok]] = []
    for _ in range(MAX_PAIRS):
        if k < n and (toks[k].text in DASHES or toks[k].low == "dan"):
            res = finder._name_right(toks, k + 1, n, False)
            if not res:
                break
            names.append(res[0])
            k = res[1]
        seat = ""
        if k < n and toks[k].low == "di":  # the pair's seat: "di Kabupaten Agam"
            stop = next(
                (x for x in range(k + 1, min(n, k + 8)) if toks[x].kind != "w" or toks[x].text.endswith(".")),
                min(n, k + 8),
            )
            last = stop + 1 if stop < n and toks[stop].kind == "w" else stop  # "di Kota Solok." ends the sentence
            seat = " ".join(t.text for t in toks[k + 1 : last]).rstrip(".")
            k = last if last == stop else n
        out.append((names, k, seat))
        names = []
        if not (k + 1 < n and toks[k].text == ","):
            break
        k += 2 if toks[k + 1].low == "dan" else 1
        first = finder._name_right(toks, k, n, False)
        if not first or first[1] >= n or toks[first[1]].text not in DASHES:
            break  # a further pair is written "C–D"
        names = [first[0]]
        k = first[1]
    return out


def glued_pair(name: list[Tok]) -> tuple[list[Tok], list[Tok]] | None:
    """Two names glued by a hyphen with no space ("Budi Santoso-Rina Wati"): the two names when a word of
    two capitalised parts of three letters or more has a name word on each side; None otherwise."""
    for q, tok in enumerate(name[1:-1], 1):
        m = _GLUED.fullmatch(tok.text)
        if m:
            left = Tok(m[1], tok.start, tok.start + len(m[1]), "w")
            right = Tok(m[2], tok.end - len(m[2]), tok.end, "w")
            return name[:q] + [left], [right] + name[q + 1 :]
    return None


def after_dan(toks: list[Tok], prev: tuple, t, linked: dict) -> bool:
    """The office right after an unlinked one and "dan" ("Wali Kota dan Wakil Wali Kota X")."""
    return prev[0].i not in linked and prev[1] + 1 == t.i and toks[prev[1]].low == "dan"
