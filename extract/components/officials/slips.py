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
    seen = _SEEN.get(id(kb))
    if seen is None or seen[0] is not kb:
        seen = _SEEN[id(kb)] = (kb, {})
    may = seen[1]
    last = len(toks) - 1
    for k, t in enumerate(toks):
        word = may.get(t.text)
        if word is None:
            word = _may_be_slip(kb, t)
            if len(may) < _SEEN_MAX:
                may[t.text] = word
        if not word or k >= last:
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


# per knowledge, whether each token text may be a slip as written (_may_be_slip reads the text only): the same
# words come back in every window
_SEEN: dict[int, tuple[OfficialsKnowledge, dict[str, bool]]] = {}
_SEEN_MAX = 200_000


def _may_be_slip(kb: OfficialsKnowledge, t: Tok) -> bool:
    """A word of a slip's shape that is no office word, name word or common word as written."""
    low = t.low
    shapes = kb.title_words.slip_shapes  # (a word of no slip's length and first letter is none: knowledge.py)
    if t.kind != "w" or len(low) < MIN_SLIP or (len(low), low[0]) not in shapes or not low.isalpha():
        return False
    # (an office word as written, not one of its misspellings: "Sekertaris" is read as meant here)
    if t.key in kb.start_words or set.__contains__(kb.title_words, t.low) or t.low in kb.not_names:
        return False
    return t.low not in kb.stop_words


def spelt_titles(mentions: list[Mention], slips: dict[int, tuple[str, str]]) -> list[Mention]:
    """The mentions with the office words they hold written right (DECISIONS.md: a misspelt office is
    written correctly in the title)."""
    for m in mentions:
        for at, (written, meant) in slips.items():
            if m.start - SLIP_REACH <= at <= m.end:
                m.title = re.sub(rf"(?<![\w]){re.escape(written)}(?![\w])", meant, m.title)
    return mentions
