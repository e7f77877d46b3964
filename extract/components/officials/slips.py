"""Office words mistyped by one letter, read as the word meant where an office stands ("Kepapa Bagian
Organisasi Setda X, Budi", "diserahkan kepal Ombudsman RI Budi", "Plt. Kepala Dimas Kominfo Budi"):
a head right before a capitalised office word, a unit noun between a head and one; never a common word one
slip off ("kepada Dinas Sosial"). The token keeps its
offsets, so the office is reported as written. Knowledge: models/officials/slip_words.txt."""

from __future__ import annotations

import re

from extract.components.officials.knowledge import SLIP_WORDS, OfficialsKnowledge
from extract.components.officials.titles import Mention
from extract.components.officials.tokens import Tok

MIN_SLIP = 5  # letters of a word read through a slip
SLIP_REACH = 200  # chars before a mention's name where its office (and a slip in it) may start
# (length, first letter) of every word one slip from a listed word: a letter dropped (the first letter is the
# word's first or second) or one replaced after the first. A word with none of these is no slip (_slip_of
# gives None), so respelt asks nothing more of it: most words of a window are none.
_SLIP_SHAPES = frozenset(
    shape for w in SLIP_WORDS for shape in ((len(w), w[0]), (len(w) - 1, w[0]), (len(w) - 1, w[1:2]))
)


def _slip_of(low: str) -> str | None:
    """The listed office word `low` is one slip from: a letter dropped, or one replaced after the first."""
    for w in SLIP_WORDS:
        if len(w) == len(low) + 1 and any(w[:i] + w[i + 1 :] == low for i in range(len(w))):
            return w
        if len(w) == len(low) and w[0] == low[0] and sum(a != b for a, b in zip(w, low)) == 1:
            return w
    return None


def respelt(kb: OfficialsKnowledge, toks: list[Tok], slips: dict[int, tuple[str, str]]) -> list[Tok]:
    """`toks` with each mistyped office word in an office's place read as the word meant; `slips` gets
    each one's offset with the word as written and as meant."""
    out = toks
    for k, t in enumerate(toks):
        low = t.low
        if t.kind != "w" or len(low) < MIN_SLIP or (len(low), low[0]) not in _SLIP_SHAPES:
            continue
        if not low.isalpha() or k + 1 >= len(toks):
            continue
        if t.key in kb.start_words or t.low in kb.title_words or t.low in kb.not_names or t.low in kb.stop_words:
            continue
        nxt = toks[k + 1]
        if nxt.kind != "w" or not nxt.cap or nxt.low not in kb.title_words or nxt.key in kb.start_words:
            continue
        meant = _slip_of(t.low)
        if meant is None or (meant,) not in kb.heads and not (k > 0 and toks[k - 1].key in kb.start_words):
            continue  # a unit noun only right after a head ("Kepala Dimas Kominfo")
        if out is toks:
            out = list(toks)
        out[k] = Tok(meant.capitalize() if t.text[0].isupper() else meant, t.start, t.end, "w")
        slips[t.start] = (t.bare, out[k].text)
    return out


def spelt_titles(mentions: list[Mention], slips: dict[int, tuple[str, str]]) -> list[Mention]:
    """The mentions with the office words they hold written right (DECISIONS.md: a misspelt office is
    written correctly in the title)."""
    for m in mentions:
        for at, (written, meant) in slips.items():
            if m.start - SLIP_REACH <= at <= m.end:
                m.title = re.sub(rf"(?<![\w]){re.escape(written)}(?![\w])", meant, m.title)
    return mentions
