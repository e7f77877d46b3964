"""Literal needles of a regex: a cheap proof that a pattern cannot match a text.

Most of the extractor's patterns are alternations of cue phrases (models/*.yaml) scanned over
an article or a sentence that usually contains none of them. `re` tries every branch at every
position; `str.find` of the phrases' literal words is many times faster. `needles(pattern)`
reads the pattern's parse tree (the `re` module's own parser) and returns lower-case literal
strings of which every match must contain one: each branch of an alternation gives its
longest run of plain letters. `may_match(pattern, low, start, end)` is False only when none of
them occurs in `low[start:end]`, so skipping the search then never changes a result.

`low` must be `casefold.lowered(text)` (None when lower-casing is not exact: then every
pattern may match). Lookarounds, optional parts and classes give no needles; a pattern whose
shape is unknown (None) may always match.
"""

from __future__ import annotations

import re

# re's own parser: private modules typeshed has no stubs for (sre_parse, which it has, is deprecated)
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

# more phrases than this and the finds cost as much as the scan; a short needle ("di", ",") is
# kept: a find that succeeds stops early, and one that fails saves the whole scan
MAX_NEEDLES = 64

_CACHE: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}


def _caseless_ascii(c: str) -> bool:
    # ASCII only: IGNORECASE folds a few non-ASCII letters ('K', 'ſ', 'İ') onto ASCII ones, and
    # casefold.lowered gives None for texts holding them, so ASCII needles stay exact
    return c.isascii()


def _class_char(items) -> str | None:
    """[Kk]: a class of one letter in both cases is that letter."""
    chars = set()
    for op, av in items:
        if op is not C.LITERAL:
            return None
        chars.add(chr(av))
    lowered = {c.lower() for c in chars}
    if len(lowered) == 1 and all(map(_caseless_ascii, chars)):
        return lowered.pop()
    return None


def _better(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The more selective of two needle sets (longest shortest needle, then fewest needles)."""
    if a is None:
        return b
    if b is None:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _seq(items) -> tuple[str, ...] | None:
    """Needles of a sequence: the best of its literal runs and its required parts."""
    best: tuple[str, ...] | None = None
    run: list[str] = []

    def close():
        nonlocal best, run
        if run:
            best = _better(best, ("".join(run),))
        run = []

    for op, av in items:
        ch = None
        if op is C.LITERAL and _caseless_ascii(chr(av)):
            ch = chr(av).lower()
        elif op is C.IN:
            ch = _class_char(av)
        if ch is not None:
            run.append(ch)
            continue
        close()
        if op is C.SUBPATTERN:
            best = _better(best, _seq(av[-1]))
        elif op is C.ATOMIC_GROUP:
            best = _better(best, _seq(av))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = _better(best, _seq(av[2]))
        elif op is C.BRANCH:
            alts = [_seq(b) for b in av[1]]
            known = [a for a in alts if a is not None]
            if len(known) == len(alts):  # every branch has needles
                best = _better(best, tuple(sorted({n for a in known for n in a})))
        # assertions, anchors, classes, optional parts, backreferences: no needle
    close()
    return best


def _needles(pattern: re.Pattern) -> tuple[str, ...] | None:
    if not isinstance(pattern.pattern, str):
        return None
    try:
        found = _seq(P.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError, IndexError):
        return None
    if found is None or len(found) > MAX_NEEDLES:
        return None
    return found


def needles(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of `pattern` contains (None: unknown).

    Cached by identity: hashing a compiled pattern hashes its whole program on every call."""
    hit = _CACHE.get(id(pattern))
    if hit is None or hit[0] is not pattern:
        hit = _CACHE[id(pattern)] = (pattern, _needles(pattern))
    return hit[1]


class _Held:
    """What one text holds of one pattern's needles: any at all (a whole-text search needs no more,
    and the first needle found ends the look), and which ones (for its windows, worked out once)."""

    __slots__ = ("pattern", "found", "any", "which")

    def __init__(self, pattern: re.Pattern, found: tuple[str, ...] | None):
        self.pattern = pattern  # kept: the entry is keyed by id(pattern)
        self.found = found
        self.any: bool | None = None
        self.which: tuple[str, ...] | None = None


_HELD: dict[str, dict[int, _Held]] = {}  # per text (an article and its lower-cased copies are one key)
_TEXTS_KEPT = 8
_REMEMBER_FROM = 400  # shorter strings (a window cut out of a text) are looked into directly ...
_DIRECT_MAX = 8  # ... for a few needles only: many finds in a short string cost more than the search


def _held(pattern: re.Pattern, low: str) -> _Held:
    per_text = _HELD.get(low)
    if per_text is None:
        if len(_HELD) >= _TEXTS_KEPT:
            _HELD.pop(next(iter(_HELD)))
        per_text = _HELD[low] = {}
    entry = per_text[id(pattern)] = _Held(pattern, needles(pattern))
    return entry


def may_match(pattern: re.Pattern, low: str | None, start: int = 0, end: int | None = None) -> bool:
    """False only when `pattern` cannot match inside text[start:end], `low` being lowered(text)
    (or the lower-case string itself that a case-sensitive pattern runs on).

    What a whole article holds of a pattern's needles is worked out once per article and pattern,
    so the many window searches over one article mostly cost two dictionary look-ups."""
    if low is None:
        return True
    stop = len(low) if end is None else end
    if len(low) < _REMEMBER_FROM:
        found = needles(pattern)
        if found is None or len(found) > _DIRECT_MAX:
            return True
        which: tuple[str, ...] = found
    else:
        per_text = _HELD.get(low)
        entry = None if per_text is None else per_text.get(id(pattern))
        if entry is None or entry.pattern is not pattern:
            entry = _held(pattern, low)
        if entry.found is None:
            return True
        if entry.any is None:
            entry.any = False
            for n in entry.found:
                if n in low:
                    entry.any = True
                    break
        if not entry.any:
            return False
        if start <= 0 and stop >= len(low):
            return True
        if entry.which is None:
            entry.which = tuple(n for n in entry.found if n in low)
        which = entry.which
    for n in which:
        if low.find(n, start, stop) >= 0:
            return True
    return False


_LIVE: dict[tuple[int, int], tuple[str, tuple, tuple]] = {}
_LIVE_KEPT = 64


def live(patterns: tuple[re.Pattern, ...], low: str | None) -> tuple[re.Pattern, ...]:
    """The `patterns` that may match somewhere in the whole text (`low` as for may_match), in their order.

    A pattern left out cannot match in any window of the text either, so a loop asking every pattern of
    each sentence asks only these (worked out once per text and tuple of patterns)."""
    if low is None:
        return patterns
    key = (id(low), id(patterns))
    hit = _LIVE.get(key)
    if hit is not None and hit[0] is low and hit[1] is patterns:
        return hit[2]
    out = tuple(p for p in patterns if may_match(p, low))
    if len(_LIVE) >= _LIVE_KEPT:
        _LIVE.clear()
    _LIVE[key] = (low, patterns, out)
    return out
