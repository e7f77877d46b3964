"""Members of one body named after its head: "Ketua Komisi Informasi X, Budi, didampingi Wakil Ketua
Rina dan Komisioner Dedi". An office of a collegial body ("collegial" in models/officials/titles.jsonl:
"Ketua", "Wakil Ketua", "Komisioner", "Anggota"), written bare right after the linked holder of another
such office and a companion word, is an office of the same body."""

from __future__ import annotations

from extract.components.officials.titles import Mention, _Title
from extract.components.officials.tokens import Tok

# tokens between a holder's name and the bare office of a companion (", didampingi", "dan")
MAX_GAP = 3


def link_body_members(finder, text: str, toks: list[Tok], titles, claimed: set[int], mentions, linked) -> None:
    """Pass 2b: bare offices of companions take the body of the office linked just before them."""
    n = len(toks)
    prev: tuple[int, str] | None = None  # (token after the last linked mention, its body)
    for t, j in titles:
        m = linked.get(t.i)
        if m is not None:
            body = _body(text, toks, t, m) if t.entry.get("collegial") else ""
            # a body of initials only is a name's start read into the office ("Ketua HM Budi")
            prev = (_token_after(toks, m.end), body) if any(len(w) > 2 for w in body.split()) else None
            continue
        if (
            prev is None
            or not t.entry.get("collegial")
            or j != t.j
            or not _companions(finder.kb.companion_words, toks, prev[0], t.i)
        ):
            continue
        res = finder._name_right(toks, j, n, False)
        if res is None or finder._looks_like_place(toks, res[0], res[1]):
            continue
        name, end = res
        if any(toks.index(x) in claimed for x in name):
            continue
        mm = finder._titled(name, f"{text[toks[t.i].start : toks[j - 1].end]} {prev[1]}", toks[t.i].start, name[-1].end)
        mentions.append(mm)
        linked[t.i] = mm
        claimed.update(range(t.i, end))
        prev = (end, prev[1])


def _body(text: str, toks: list[Tok], t: _Title, m: Mention) -> str:
    """The office's words after its head ("Komisi Informasi Sulut" of "Ketua Komisi Informasi Sulut")."""
    if t.j >= len(toks) or toks[t.j].start >= toks[t.i].start + len(m.title):
        return ""
    if m.title[: toks[t.j].start - toks[t.i].start].strip() != text[toks[t.i].start : toks[t.j - 1].end]:
        return ""  # the title is not written from the head on (an inherited one)
    return m.title[toks[t.j].start - toks[t.i].start :].strip(" ,")


def _token_after(toks: list[Tok], end: int) -> int:
    return next((k for k, tok in enumerate(toks) if tok.start >= end), len(toks))


def _companions(companion_words: set[str], toks: list[Tok], a: int, b: int) -> bool:
    """Only commas and companion words between the holder and the bare office ("Budi, didampingi")."""
    gap = toks[a:b]
    return (
        0 < len(gap) <= MAX_GAP
        and any(x.low in companion_words for x in gap)
        and all(x.text == "," or x.kind == "w" and x.text.islower() and x.low in companion_words for x in gap)
    )
