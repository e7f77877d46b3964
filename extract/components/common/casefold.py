r"""Case-insensitive regexes run as case-sensitive ones on lower-cased text, with the same result.

Python's `re` cannot skip ahead to a literal prefix under IGNORECASE, so a case-insensitive
alternation of phrases scans a text several times slower than the same alternation in lower
case over `text.lower()` (the trick extract/components/relevance.py uses for its counts). To
keep every match (and its offsets) identical, both halves are guarded:

- `lowered(text)` is `text.lower()` only when lower-casing cannot change what an IGNORECASE
  pattern matches: every non-ASCII character of the text is caseless (no 'İ', whose lower
  case is two characters, no 'ı'/'ſ'/'K' that `re` folds onto ASCII letters, no 'É');
  otherwise None, and callers use the original pattern on the original text.
- `folded(pattern)` is the pattern source with its ASCII letters lower-cased (escapes, group
  names and flags left alone), compiled without IGNORECASE; None (keep the original) for
  anything that rewrite cannot keep exact: a cased non-ASCII character, a class range mixing
  cases or reaching letters from outside them, inline flags past the start, backreferences,
  character escapes by code (\x41, \u0041, \N{...}).
"""

from __future__ import annotations

import re
from typing import Iterator

from extract.components.common.needles import may_match
from extract.components.common.starts import finditer as from_starts

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# one token of a pattern's source: an escape, a group opening with a name or flags, or one character
_TOKEN = re.compile(r"\\.|\(\?P<\w+>|\(\?P=|\(\?\(|\(\?[aiLmsux-]+[:)]|.", re.DOTALL)
_LEADING_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")
_VERBATIM_ESCAPES = set("AbBdDsSwWZntrfva") | set("\\.^$*+?{}[]()|-/ '\"#&~,:;=!<>@%`_")


def _caseless(c: str) -> bool:
    # 'ı' ~ 'i', 'ſ' ~ 's', 'K' (Kelvin) ~ 'k': `re` folds these onto ASCII letters, and each of them
    # changes under lower() or upper(), so this test catches them too
    return c.lower() == c and c.upper() == c


_LAST_LOWERED: list = [None, None]  # (text, lowered(text)) of the last call: the finders of one article share it


def lowered(text: str) -> str | None:
    """text.lower() when it is safe for `folded` patterns (see the module doc), else None."""
    if text is _LAST_LOWERED[0]:
        return _LAST_LOWERED[1]
    low: str | None = text.lower()
    if not text.isascii():
        for c in set(_NON_ASCII.findall(text)):
            if not _caseless(c):
                low = None
                break
    _LAST_LOWERED[0], _LAST_LOWERED[1] = text, low
    return low


class _Unfoldable(Exception):
    pass


def _fold_range(lo: str, hi: str) -> str:
    """A class range `lo-hi` as it matches on lower-cased text."""
    if lo.isascii() and hi.isascii():
        if "A" <= lo <= hi <= "Z":
            return f"{lo.lower()}-{hi.lower()}"
        if "a" <= lo <= hi <= "z" or not any(c.isalpha() for c in map(chr, range(ord(lo), ord(hi) + 1))):
            return f"{lo}-{hi}"
    elif all(_caseless(chr(c)) for c in range(ord(lo), ord(hi) + 1)):
        return f"{lo}-{hi}"
    raise _Unfoldable(f"{lo}-{hi}")


def _fold_char(tok: str) -> str:
    if tok.startswith("\\"):
        if tok[1:] in _VERBATIM_ESCAPES:
            return tok
        raise _Unfoldable(tok)  # \1, \x41, \u0041, \N{...}, \0: code points or backreferences
    if tok.isascii():
        return tok.lower()
    if _caseless(tok):
        return tok
    raise _Unfoldable(tok)


def _fold_class(tokens: list[str], i: int) -> tuple[str, int]:
    """The class opening at tokens[i] ("["), folded; and the index after its "]"."""
    out = ["["]
    i += 1
    if i < len(tokens) and tokens[i] == "^":
        out.append("^")
        i += 1
    first = True
    while i < len(tokens) and (tokens[i] != "]" or first):
        tok = tokens[i]
        if (
            i + 2 < len(tokens)
            and tokens[i + 1] == "-"
            and tokens[i + 2] != "]"
            and not tok.startswith("\\")
            and not tokens[i + 2].startswith("\\")
        ):
            out.append(_fold_range(tok, tokens[i + 2]))
            i += 3
        else:
            out.append(_fold_char(tok))
            i += 1
        first = False
    if i >= len(tokens):
        raise _Unfoldable("unterminated class")
    return "".join(out) + "]", i + 1


def _fold_source(source: str) -> str:
    m = _LEADING_FLAGS.match(source)
    head = ""
    if m:  # global flags written at the start: the compiled pattern's flags carry them
        flags = m.group(1).replace("i", "")
        head, source = (f"(?{flags})" if flags else ""), source[m.end() :]
    tokens = _TOKEN.findall(source)
    out = [head]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "[":
            folded_class, i = _fold_class(tokens, i)
            out.append(folded_class)
            continue
        if tok.startswith("(?P<"):
            out.append(tok)  # a group name is not text
        elif tok in ("(?P=", "(?(") or (tok.startswith("(?") and tok[2] in "aiLmsux-"):
            raise _Unfoldable(tok)  # named backreference, conditional, inline flags
        else:
            out.append(_fold_char(tok))
        i += 1
    return "".join(out)


_FOLDED: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def folded(pattern: re.Pattern) -> re.Pattern | None:
    """The lower-case, case-sensitive twin of an IGNORECASE str pattern (None: not foldable).

    Cached by identity: hashing a compiled pattern hashes its whole program on every call."""
    hit = _FOLDED.get(id(pattern))
    if hit is None or hit[0] is not pattern:
        hit = _FOLDED[id(pattern)] = (pattern, _fold_pattern(pattern))
    return hit[1]


def _fold_pattern(pattern: re.Pattern) -> re.Pattern | None:
    if not isinstance(pattern.pattern, str) or not pattern.flags & re.IGNORECASE:
        return None
    if pattern.flags & (re.ASCII | re.VERBOSE):
        return None
    try:
        return re.compile(_fold_source(pattern.pattern), pattern.flags & ~re.IGNORECASE)
    except (_Unfoldable, re.error):
        return None


def search(pattern: re.Pattern, text: str, low: str | None, pos: int = 0, endpos: int | None = None):
    """pattern.search(text, pos, endpos), run on the lower-cased text when that is exact.

    `low` is lowered(text) (computed once per text by the caller); the match's offsets index
    `text`, which has the same length; its groups are read from the lower-cased text, so use
    this for positions and truth only.
    """
    end = len(text) if endpos is None else endpos
    f = folded(pattern) if low is not None else None
    if f is None:
        return pattern.search(text, pos, end)
    return f.search(low, pos, end)


def scan(pattern: re.Pattern, text: str, fold: bool = False) -> Iterator[re.Match]:
    """pattern.finditer(text); nothing at all when none of the pattern's words is in the text
    (extract/components/common/needles.py), and tried only where a match can begin (starts.py). With `fold`, on the lower-cased text when that is exact
    (casefold.pick): use it only for offsets and groups that are lower-cased anyway."""
    low = lowered(text)
    if not may_match(pattern, low):
        return iter(())
    if fold:
        pat, string = pick(pattern, text, low)
        return from_starts(pat, string, low=low)
    return from_starts(pattern, text, low=low)


def pick(pattern: re.Pattern, text: str, low: str | None) -> tuple[re.Pattern, str]:
    """(pattern, string) to run instead of (pattern, text): the folded pair when exact.

    `low` must be lowered(text) or a slice of a lowered string that `text` is the same slice of.
    """
    if low is None:
        return pattern, text
    f = folded(pattern)
    return (pattern, text) if f is None else (f, low)


_MISSING = object()
# a window this long or longer is looked into for the pattern's words before it is searched
# (needles.py); a shorter one is searched at once, which costs about as much as looking
_LOOK_FIRST_FROM = 60


def doc_lower(doc) -> str | None:
    """lowered(doc text), computed once per Doc and shared by the components."""
    from extract.components.common.knowledge import doc_text

    low = doc.user_data.get("kepatuhan_lower", _MISSING)
    if low is _MISSING:
        low = doc.user_data["kepatuhan_lower"] = lowered(doc_text(doc))
    return low


def search_in(pattern: re.Pattern, text: str, low: str | None, start: int, end: int):
    """pattern.search(text[start:end]) (offsets relative to the slice), on low[start:end] when exact."""
    if end - start >= _LOOK_FIRST_FROM and not may_match(pattern, low, start, end):
        return None  # none of the pattern's words is in the window (extract/components/common/needles.py)
    pat, string = pick(pattern, text, low)
    return pat.search(string[start:end])
