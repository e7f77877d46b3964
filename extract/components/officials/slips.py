"""Office words mistyped by one letter, read as the word meant where an office stands ("Kepapa Bagian
Organisasi Setda X, Budi", "diserahkan kepal Ombudsman RI Budi", "Plt. Kepala Dimas Kominfo Budi"):
a head right before a capitalised office word, a unit noun between a head and one; never a common word one
slip off ("kepada Dinas Sosial"). The token keeps its
offsets, so the office is reported as written. Knowledge: models/officials/slip_words.txt, looked up through
TitleWords.slip_of (knowledge.py)."""

from __future__ import annotations

import re

from extract.components.officials.knowledge import OfficialsKnowledge
from extract.components.officials.titles import Mention
from extract.components.officials.tokens import Tok

MIN_SLIP = 5  # letters of a word read through a slip
SLIP_REACH = 200  # chars before a mention's name where its office (and a slip in it) may start


def respelt(kb: OfficialsKnowledge, toks: list[Tok], slips: dict[int, tuple[str, str]]) -> list[Tok]:
    """`toks` with each mistyped office word in an office's place read as the word meant; `slips` gets
    each one's offset with the word as written and as meant."""
    out = toks
    shapes = kb.title_words.slip_shapes  # (a word of no slip's length and first letter is none: knowledge.py)
    for k, t in enumerate(toks):
        low = t.low
        if t.kind != "w" or len(low) < MIN_SLIP or (len(low), low[0]) not in shapes:
            continue
        if not low.isalpha() or k + 1 >= len(toks):
            continue
        # (an office word as written, not one of its misspellings: "Sekertaris" is read as meant here)
        if t.key in kb.start_words or set.__contains__(kb.title_words, t.low) or t.low in kb.not_names:
            continue
        if t.low in kb.stop_words:
            continue
        nxt = toks[k + 1]
        if nxt.kind != "w" or not nxt.cap or nxt.low not in kb.title_words or nxt.key in kb.start_words:
            continue
        meant = kb.title_words.slip_of(t.low)
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
