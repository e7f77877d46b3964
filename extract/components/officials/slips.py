"""A long office word typed with one letter wrong ("Pembangunan dan Perekonomiam Budi"): still the office's.

Only long words count: a short one a letter off an office word is often a given name ("Dimas" / Dinas)."""

from __future__ import annotations

from collections.abc import Iterable

from extract.components.officials.knowledge import OfficialsKnowledge
from extract.components.officials.tokens import Tok

MIN_SLIP_LETTERS = 8
_INDEX: dict[int, tuple[object, frozenset[str]]] = {}


def _masks(word: str) -> Iterable[str]:
    """The word with each letter after the first replaced by a wildcard (the first letter is kept: a slip
    there makes another word)."""
    return (f"{word[:i]}?{word[i + 1 :]}" for i in range(1, len(word)))


def _index(title_words: Iterable[str]) -> frozenset[str]:
    """Every masked form of the long office words (the word lists are read once and never change)."""
    hit = _INDEX.get(id(title_words))
    if hit is None or hit[0] is not title_words:
        masks = frozenset(m for w in set(title_words) if len(w) >= MIN_SLIP_LETTERS and w.isalpha() for m in _masks(w))
        hit = _INDEX[id(title_words)] = (title_words, masks)
    return hit[1]


def misspelt_title_word(kb: OfficialsKnowledge, tok: Tok) -> bool:
    """`tok` is a capitalised long word, no office word itself, one letter off an office word."""
    low, title_words = tok.low, kb.title_words
    if tok.kind != "w" or not tok.cap or len(low) < MIN_SLIP_LETTERS or not low.isalpha() or low in title_words:
        return False
    index = _index(title_words)
    return any(m in index for m in _masks(low))
