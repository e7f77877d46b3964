"""A pair of office holders under one office: "pasangan kepala daerah baru: A–B di Kabupaten X, dan
C–D di Kota Y". Both names of each pair hold the office the pair word introduces."""
from __future__ import annotations

from extract.components.officials.knowledge import PAIR_WORDS
from extract.components.officials.titles import DASHES
from extract.components.officials.tokens import Tok

MAX_PAIRS = 3


def pair_before(toks: list[Tok], i: int) -> bool:
    """A pair word right before the office ("pasangan Bupati ...", "pasangan kepala daerah ...")."""
    return i > 0 and toks[i - 1].kind == "w" and toks[i - 1].low in PAIR_WORDS


def pair_members(finder, toks: list[Tok], end: int, n: int) -> list[tuple[list[Tok], int]]:
    """The names after the first one of a pair (which ends at `end`): its partner after a dash or
    "dan", and further pairs "A–B" after a place ("di Kota Y") and ", dan"."""
    out: list[tuple[list[Tok], int]] = []
    k = end
    for _ in range(MAX_PAIRS):
        if k < n and (toks[k].text in DASHES or toks[k].low == "dan"):
            res = finder._name_right(toks, k + 1, n, False)
            if not res:
                break
            out.append(res)
            k = res[1]
        if k < n and toks[k].low == "di":  # the pair's seat: "di Kabupaten Agam"
            stop = next((x for x in range(k + 1, min(n, k + 8)) if toks[x].text in (",", ".")), None)
            if stop is None:
                break
            k = stop
        if not (k + 1 < n and toks[k].text == ","):
            break
        k += 2 if toks[k + 1].low == "dan" else 1
        first = finder._name_right(toks, k, n, False)
        if not first or first[1] >= n or toks[first[1]].text not in DASHES:
            break  # a further pair is written "C–D"
        out.append(first)
        k = first[1]
    return out
