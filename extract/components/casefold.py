"""Case-insensitive regexes run as case-sensitive ones on lower-cased text, with the same result.

Python's `re` cannot skip ahead to a literal prefix under IGNORECASE, so a case-insensitive
alternation of phrases scans a text several times slower than the same alternation in lower
case over `text.lower()` (the trick extract/components/relevance.py uses for its counts). To
keep every match (and its offsets) identical, both halves are guarded:

- `lowered(text)` is `text.lower()` only when lower-casing cannot change what an IGNORECASE
  pattern matches: every non-ASCII character of the text is caseless (no 'İ', whose lower
  case is two characters, no 'ı'/'ſ'/'µ' that `re` folds onto ASCII letters, no 'É');
  otherwise None, and callers use the original pattern on the original text.
- `folded(pattern)` is the pattern with its literals lower-cased, compiled without
  IGNORECASE; None (keep the original) for anything it cannot fold exactly: a range over
  cased characters other than A-Z/a-z, inline flags inside the pattern, a cased literal whose
  case-insensitive matches are not just its lower and upper case.
"""
from __future__ import annotations

import re
import re._casefix as _casefix
import re._compiler as _compiler
import re._parser as _parser

# characters `re` folds onto another letter beyond plain lower/upper case ('ı' ~ 'i', 'ſ' ~ 's')
_EXTRA = frozenset(chr(c) for pair in _casefix._EXTRA_CASES.items() for c in (pair[0], *pair[1]))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _caseless(c: str) -> bool:
    return c.lower() == c and c.upper() == c and c not in _EXTRA


def lowered(text: str) -> str | None:
    """text.lower() when it is safe for `folded` patterns (see the module doc), else None."""
    if not text.isascii():
        for c in set(_NON_ASCII.findall(text)):
            if not _caseless(c):
                return None
    return text.lower()


class _Unfoldable(Exception):
    pass


def _lower_code(code: int) -> int:
    c = chr(code)
    if c.isascii() or _caseless(c):
        return ord(c.lower())
    raise _Unfoldable(c)


def _fold_items(items):
    out = []
    for op, av in items:
        if op in (_parser.LITERAL, _parser.NOT_LITERAL):
            av = _lower_code(av)
        elif op is _parser.IN:
            av = _fold_items(av)
        elif op is _parser.RANGE:
            lo, hi = av
            if ord("A") <= lo <= hi <= ord("Z"):
                av = (lo + 32, hi + 32)
            elif not (ord("a") <= lo <= hi <= ord("z") or all(_caseless(chr(c)) for c in range(lo, hi + 1))):
                raise _Unfoldable(av)  # a range that would need its upper-case twin
        elif op is _parser.SUBPATTERN:
            group, add, dele, sub = av
            if add or dele:
                raise _Unfoldable("inline flags")
            av = (group, add, dele, _fold(sub))
        elif op is _parser.BRANCH:
            av = (av[0], [_fold(b) for b in av[1]])
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            av = (av[0], av[1], _fold(av[2]))
        elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
            av = (av[0], _fold(av[1]))
        elif op in (_parser.ATOMIC_GROUP,):
            av = _fold(av)
        elif op in (_parser.GROUPREF, _parser.GROUPREF_EXISTS, _parser.GROUPREF_IGNORE):
            raise _Unfoldable("backreference")
        out.append((op, av))
    return out


def _fold(sub):
    sub.data = _fold_items(sub.data)
    return sub


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
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.state.flags & (re.LOCALE | re.ASCII) or tree.state.flags & re.UNICODE == 0:
            return None
        tree = _fold(tree)
        tree.state.flags &= ~re.IGNORECASE
        return _compiler.compile(tree, pattern.flags & ~re.IGNORECASE)
    except (_Unfoldable, re.error, TypeError, ValueError):
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


def pick(pattern: re.Pattern, text: str, low: str | None) -> tuple[re.Pattern, str]:
    """(pattern, string) to run instead of (pattern, text): the folded pair when exact.

    `low` must be lowered(text) or a slice of a lowered string that `text` is the same slice of.
    """
    f = folded(pattern) if low is not None else None
    return (pattern, text) if f is None else (f, low)


_MISSING = object()


def doc_lower(doc) -> str | None:
    """lowered(doc text), computed once per Doc and shared by the components."""
    from extract.components.knowledge import doc_text

    low = doc.user_data.get("kepatuhan_lower", _MISSING)
    if low is _MISSING:
        low = doc.user_data["kepatuhan_lower"] = lowered(doc_text(doc))
    return low


def search_in(pattern: re.Pattern, text: str, low: str | None, start: int, end: int):
    """pattern.search(text[start:end]) (offsets relative to the slice), on low[start:end] when exact."""
    pat, string = pick(pattern, text, low)
    return pat.search(string[start:end])
