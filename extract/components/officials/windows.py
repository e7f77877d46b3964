"""The windows of text the officials finder reads: a stretch of a line around each word that can start a
title (officials/knowledge.py `start_re`); and which of them can hold an office at all, told from the text
before it is tokenised: most words that open a window of a news article open no office there ("Tim penilai ...",
"wakilnya"), and such a window yields nothing, so it is not read.

An office starts at a word that opens a head or an acting prefix (models/officials/titles.jsonl,
prefixes.csv), or at a head mistyped by one slip (slips.py reads it as the head). A word that opens only
heads of several words ("Tim Keasistenan", "Wakil Bupati", "Pelaksana Tugas") opens one only where the
next token is the head's second word, as written or mistyped; a mistyped word starts with the letter
of the word meant or, when its first letter was dropped, with the second (TitleWords.slip_of). The
test is the finder's own token rules read on plain text: a window holding an underscore, a word with a
dot inside ("Ka.Ur") or a letter outside ASCII is always read (its tokens could hide an office word).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.components.officials.forms import unglued
from extract.components.officials.slips import SLIP_REACH, respelt
from extract.components.officials.titles import WINDOW_AFTER, WINDOW_BEFORE
from extract.components.officials.tokens import tokenize

if TYPE_CHECKING:
    from extract.components.officials.knowledge import OfficialsKnowledge

# what `tokens._TOKEN_RE` reads otherwise than as whitespace-separated words of ASCII letters and digits
_NOT_PLAIN = re.compile(r"[^\x00-\x7f]|_|[A-Za-z0-9]\.[A-Za-z0-9]")
# the space between a word and the next token (tokens._GAP_TOKEN_RE, inside one line)
_GAP = re.compile(r"(?:[^\S\n]|_)*")


class Openers:
    """`opens(low, start, end)`: can the word low[start:end] found by the start pattern begin an office?"""

    def __init__(self, heads: dict, prefixes: set, slipped: set[str]):
        sequences: dict[str, list[tuple[str, ...]]] = {}
        for seq in [*heads, *prefixes]:
            if seq:
                sequences.setdefault(seq[0], []).append(seq)
        # words that open an office of one word (or, mistyped, a head): an office may start at each of them
        self.always = {w for w, seqs in sequences.items() if any(len(s) == 1 for s in seqs)} | set(slipped)
        # words that open only offices of several words: the letters the next word may start with
        self.next_letters = {
            w: frozenset(c for s in seqs for c in s[1][:2]) for w, seqs in sequences.items() if w not in self.always
        }

    def opens(self, low: str, start: int, end: int) -> bool:
        word = low[start:end]
        if word in self.always:
            return True
        letters = self.next_letters.get(word)
        if letters is None:
            return False  # a word the start pattern finds for another reason ("wakilnya")
        gap = _GAP.match(low, end)  # (always a match, maybe an empty one)
        nxt = end if gap is None else gap.end()
        return nxt < len(low) and low[nxt] in letters

    @staticmethod
    def plain(text: str, start: int, end: int) -> bool:
        """text[start:end] is read by the token rules as the start pattern reads it (see the module doc)."""
        return _NOT_PLAIN.search(text, start, end) is None


class _Spaced(dict):
    """str.translate table: every character that is not a word character of `re` (a letter, a digit, "_")
    becomes a space; a character is looked up once."""

    def __missing__(self, code: int):
        c = chr(code)
        out = self[code] = c if _is_word(c) else " "
        return out


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # what r"\w" matches (re's Unicode word characters)


_SPACED = _Spaced()


def word_spans(words: frozenset[str], low: str) -> list[tuple[int, int]]:
    """The (start, end) of every whole word of `low` that is one of `words` (lower-case words of word
    characters), in order: what re.finditer(r"\b(?:words)\b", low) finds, without trying the pattern at
    every character. The words of the text are its runs of word characters; each run that is one of
    `words` is looked up where it occurs."""
    found = words.intersection(low.translate(_SPACED).split())
    out = []
    for w in found:
        i = low.find(w)
        while i >= 0:
            end = i + len(w)
            if (i == 0 or not _is_word(low[i - 1])) and (end == len(low) or not _is_word(low[end])):
                out.append((i, end))
            i = low.find(w, end)  # (an occurrence that starts inside this one is inside a longer word)
    out.sort()
    return out


def title_windows(kb: OfficialsKnowledge, openers: Openers, text: str, low: str | None) -> list[list]:
    """[start, end, line start, whether an office may start in it] of each window of `text` (`low`: its
    casefold.lowered copy, None when lowering is not exact): from WINDOW_BEFORE chars before each word that
    can start a title to WINDOW_AFTER after it, inside its line, the windows that overlap merged."""
    windows: list[list] = []
    if low is None or kb.start_low_re is None:
        starts = [m.span() for m in kb.start_re.finditer(text)]
    else:
        starts = word_spans(kb.start_low_words, low)
    for m_start, m_end in starts:
        line_a = text.rfind("\n", 0, m_start) + 1
        line_b = text.find("\n", m_end)
        line_b = len(text) if line_b < 0 else line_b
        a = max(line_a, m_start - WINDOW_BEFORE)
        if a > line_a:  # start on a token boundary
            a = text.find(" ", a, m_start) + 1 or m_start
        b = min(line_b, m_end + WINDOW_AFTER)
        may = low is None or openers.opens(low, m_start, m_end)
        if windows and windows[-1][2] == line_a and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
            windows[-1][3] |= may
        else:
            windows.append([a, b, line_a, may])
    return windows


def unread_slips(
    kb: OfficialsKnowledge,
    text: str,
    unread: list[tuple[int, int]],
    spans: list[tuple[int, int]],
    slips: dict[int, tuple[str, str]],
) -> dict[int, tuple[str, str]]:
    """`slips` with those of the windows not read (`unread`) that lie within SLIP_REACH of a mention (`spans`,
    its start and end), in text order as reading every window would have recorded them (slips.py)."""
    found: dict[int, tuple[str, str]] = {}
    for a, b in unread:
        if any(a <= end and b >= start - SLIP_REACH for start, end in spans):
            respelt(kb, unglued(kb.degrees_before, tokenize(text, a, b), text, a, b), found)
    return dict(sorted({**slips, **found}.items())) if found else slips
