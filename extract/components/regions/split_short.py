"""A region's name split by the short form of its first words ("Ogan Komering Ulu (OKU) Timur", "Bolaang
Mongondow (Bolmong) Selatan"): the name read before the brackets is another region's (the mother regency),
the whole one is the younger region named after it; the short form in brackets is part of the name."""

from __future__ import annotations

import re
from collections.abc import Sequence

# the short form in brackets and the one word after it that completes the name
_SPLIT = re.compile(r"[ \t]*\([ \t]*[A-Za-z]{2,10}[ \t]*\)[ \t]+([A-Z][\w'’-]*)")


def split_name_end(
    text: str, form: str, e: int, forms: Sequence[tuple[str, list[str]]]
) -> tuple[int, list[str]] | None:
    """Where the name read as `form` (ending at `e`) really ends, and its codes, when a short form in brackets
    and a word after it complete a longer name the gazetteer knows (`forms`: the names sharing its first word)."""
    m = _SPLIT.match(text, e)
    if m is None:
        return None
    whole = f"{form} {m.group(1)}"
    codes = next((c for f, c in forms if f == whole), None)
    end = m.end()
    if codes is None or (end < len(text) and (text[end].isalnum() or text[end] == "_")):
        return None
    return end, codes
