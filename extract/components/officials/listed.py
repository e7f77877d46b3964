"""Members of a collegial body listed before their shared office: "A, B, dan C selaku anggota". Each name
of the list holds the office the last one is linked to."""

from __future__ import annotations

from extract.components.officials.tokens import Tok

MAX_LISTED = 6  # names read back from the last one
_AND = ("dan", "serta")


def listed_before(
    finder, toks: list[Tok], link: tuple[int, int], entry: dict, first: int, index: dict[int, int]
) -> list[list[Tok]]:
    """The names listed before the name starting at token `first`, each joined to the next by a comma
    and/or "dan" ("A, B, dan C", "A, B dan C"); nearest first. Only for a collegial office linked to the
    name by a word (`link`: the tokens between them, "selaku", "sebagai"): after a bare comma the names
    before may hold other offices. A list is read back only over names: anything else before a comma (an
    office, a place) ends it."""
    if not entry.get("collegial") or not any(toks[x].kind == "w" for x in range(*link)):
        return []
    out: list[list[Tok]] = []
    k = first
    for _ in range(MAX_LISTED):
        end = k
        if end > 0 and toks[end - 1].kind == "w" and toks[end - 1].text in _AND:
            end -= 1
        if end > 0 and toks[end - 1].text == ",":
            end -= 1
        if end == k or end == 0 or toks[end - 1].kind != "w":
            break
        name = finder._name_left(toks, end)
        if not name or index.get(name[-1].start) != end - 1:
            break
        out.append(name)
        k = index[name[0].start]
    return out
