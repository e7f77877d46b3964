"""The relevance prefilter over a batch of texts at once, with the same answers as Python's.

`Relevance.is_candidate(text)` asks whether `text.lower()` contains one of the candidate words
(models/relevance.yaml `candidate`). Run text by text, that is a dozen substring searches of
every article, most of which contain none of the words, and it is the larger part of what
extraction spends on ordinary news. Arrow's compute kernels (pyarrow, a dependency already)
search a whole batch in one pass of RE2, several times faster per text, for a pattern that
matches where the lower-cased text holds a word:

- each ASCII letter of a word matches itself in either case;
- `str.lower()` maps exactly two other characters onto ASCII letters: KELVIN SIGN 'K' onto 'k',
  and 'İ' onto 'i' followed by U+0307 COMBINING DOT ABOVE. So 'K' stands for a 'k' anywhere,
  and 'İ' for an 'i' only as a word's last letter (the combining dot would sit inside the word);
- words with any other character (digits, punctuation, non-ASCII) are not translated: the
  caller then keeps the Python search.

`candidates(texts, pattern)` is None when Arrow is missing or cannot take a text (a lone
surrogate); the caller searches text by text then, with the same result.
"""

from __future__ import annotations

import re
from typing import Any

# fewer texts than this are searched one by one: Arrow's fixed cost per call is larger
MIN_BATCH = 32

_ARROW: list[Any] = []  # (pyarrow, pyarrow.compute) once imported; [None] when missing


def caseless_pattern(words: tuple[str, ...]) -> str | None:
    """An RE2 pattern matching a text whose str.lower() contains one of `words` (None: not exact)."""
    if not words or not all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", w) for w in words):
        return None

    def letter(c: str, last: bool) -> str:
        if c == " ":
            return " "
        extra = "\u212a" if c == "k" else ("\u0130" if c == "i" and last else "")
        return f"[{c}{c.upper()}{extra}]"

    return "|".join("".join(letter(c, k == len(w) - 1) for k, c in enumerate(w)) for w in words)


def _arrow():
    if not _ARROW:
        try:
            import pyarrow
            import pyarrow.compute

            _ARROW[:] = [(pyarrow, pyarrow.compute)]
        except ImportError:
            _ARROW[:] = [None]
    return _ARROW[0]


def candidates(texts: list[str], pattern: str | None) -> list[bool] | None:
    """For each text: does `pattern` (from caseless_pattern) match in it? None: search one by one."""
    if pattern is None or len(texts) < MIN_BATCH:
        return None
    arrow = _arrow()
    if arrow is None:
        return None
    pa, pc = arrow
    try:
        found = pc.match_substring_regex(pa.array(texts, type=pa.string()), pattern)
    except (pa.ArrowException, UnicodeEncodeError, TypeError, ValueError, OverflowError, MemoryError):
        return None  # (a lone surrogate, more than Arrow's 2 GB in one batch, ...): text by text
    return [bool(x) for x in found.to_pylist()]
