"""Words that are never a person's name beside an office title: the listed words
(models/officials/not_names.txt) and the words of a listed shape (models/officials/not_name_patterns.txt,
e.g. a government's short form glued to its place: "Pemprovsu", "PemkotBogor")."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from models import read_list


class NotNames(set):
    """The listed words as keys (lower case, no dots), and the one lookup that also tries the patterns:
    `key in not_names` holds for a listed word or a word whose key the patterns match whole."""

    def __init__(self, words: Iterable[str] = (), patterns: Iterable[str] = ()):
        super().__init__(words)
        pats = list(patterns)
        self.shapes = re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None

    def __contains__(self, word: object) -> bool:
        return set.__contains__(self, word) or isinstance(word, str) and self.shaped(word)

    def shaped(self, key: str) -> bool:
        """`key` is of a listed shape (an institution glued to its place: the title grammar reads it as the
        office's body and place together)."""
        return self.shapes is not None and self.shapes.fullmatch(key) is not None


def read_patterns(path: Path) -> list[str]:
    """The patterns of a list file, each checked to compile (a bad line fails at load, naming itself)."""
    pats = read_list(path)
    for p in pats:
        try:
            re.compile(p)
        except re.error as e:
            raise ValueError(f"{path}: bad pattern {p!r}: {e}") from e
    return pats
