"""Cue words that are also parts of proper names ("UPT Puskesmas Tunas Harapan")."""

from __future__ import annotations

import re

from extract.components.casefold import search_in


def cue_in_name(text: str, start: int, m: re.Match[str], words: set[str]) -> bool:
    """Whether the cue `m` (found in the slice of `text` from `start`) is one of `words` written
    capitalised right after a capitalised word: a name's part, not the cue."""
    found = text[start + m.start() : start + m.end()].split()
    word = found[0] if found else ""
    before = text[max(0, start + m.start() - 30) : start + m.start()].split()
    return (
        word.lower() in words
        and word[:1].isupper()
        and bool(before)
        and before[-1][:1].isupper()
        and before[-1][-1:].isalpha()
    )


def cue_outside_names(pattern: re.Pattern[str], text: str, low: str | None, s: int, words: set[str]) -> bool:
    """A cue of `pattern` in the 70 characters before `s`, unless it is part of a name."""
    m = search_in(pattern, text, low, max(0, s - 70), s)
    return m is not None and not cue_in_name(text, max(0, s - 70), m, words)
