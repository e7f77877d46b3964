"""Cue words that are also parts of proper names ("UPT Puskesmas Tunas Harapan")."""

from __future__ import annotations

import re

from extract.components.common.casefold import search_in
from extract.components.common.knowledge import words_alt


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


class WishCue:
    """A wish or aim word before a value ("untuk meraih zona hijau"), unless it is part of a name."""

    def __init__(self, v: dict) -> None:
        # "skor nyaris sempurna": a near miss word describing the value itself
        fine = words_alt(v.get("hypothetical_not_before", []) or ["sempurna"])
        self.pattern = re.compile(
            rf"\b(?:{words_alt(v['hypothetical_before'])})\b(?!\s+(?:{fine})\b),?[^.,;]{{0,60}}$", re.IGNORECASE
        )
        self.name_words = {w.lower() for w in v.get("hypothetical_name_words", [])}
        # "Setahun kemudian menuju zona hijau": a move told in a series of years, not an aim; "hanya bisa meraih
        # zona kuning": all it managed, held
        moved = v.get("hypothetical_moved_after", []) + v.get("hypothetical_held_after", [])
        self.moved = re.compile(rf"(?i)(?<![\w])(?:{words_alt(moved)}),?\s+$") if moved else None
        # "masih dapat memperoleh zona hijau", "tetap bisa meraih": an ability kept is a result, unless a
        # condition follows in its sentence ("masih bisa meraih zona hijau jika ...")
        able, kept, cond = (v.get(k, []) for k in ("ability_cue_words", "ability_held_after", "condition_after"))
        self.able = re.compile(rf"(?i)(?:{words_alt(able)})(?![\w])") if able else None
        self.kept = re.compile(rf"(?i)(?<![\w])(?:{words_alt(kept)})\s+$") if kept else None
        self.cond = re.compile(rf"(?i)^[^.;!?\n]*?(?<![\w])(?:{words_alt(cond)})(?![\w])") if cond else None
        hope, breaks = v.get("hope_words", []), v.get("hope_clause_breaks", [])
        self.hope = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(hope)})\s+(?:(?!(?<![\w])(?:{words_alt(breaks)})(?![\w]))[^.;!?\n,]|,(?!\s*(?:{words_alt(breaks)})(?![\w]))){{0,200}}$"
            )
            if hope and breaks
            else None
        )

    def before(self, text: str, low: str | None, s: int) -> bool:
        """A cue in the 70 characters before `s` that is no name's part, or a hope over its whole clause."""
        if self.hope is not None and search_in(self.hope, text, low, max(0, s - 220), s):
            return True
        start = max(0, s - 70)
        m = search_in(self.pattern, text, low, start, s)
        if m is None or cue_in_name(text, start, m, self.name_words) or self._ability_kept(text, start + m.start(), s):
            return False
        return self.moved is None or not self.moved.search(text, max(0, start + m.start() - 30), start + m.start())

    def _ability_kept(self, text: str, cue: int, s: int) -> bool:
        """The cue at `cue` is an ability word after "masih"/"tetap", with no condition after the value at `s`."""
        if self.able is None or self.kept is None or not self.able.match(text, cue):
            return False
        if not self.kept.search(text, max(0, cue - 20), cue):
            return False
        return self.cond is None or not self.cond.search(text[s : s + 200])
