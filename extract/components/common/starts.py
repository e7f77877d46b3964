r"""Literal starts of a regex: a text scanned only where a match can begin.

Most of the extractor's whole-text patterns open with a zero-width test ("(?<![\w])", "\b")
and an alternation of cue phrases. Such a pattern gives `re` no literal to skip ahead to, so it
runs its matcher at every position of the text. When every match must begin with one of a
few literal strings (the pattern's *starts*, read from the `re` module's own parse tree: the
literals after any leading zero-width tests), `str.find` gives the few positions where a match
can begin and `pattern.match` is tried at each of them, in order. That yields the very matches
`pattern.finditer` / `pattern.search` would (the same match objects' spans and groups: a
lookbehind still sees the text before the position, `endpos` truncates alike), several times
faster on news text, where the cue phrases are rare.

A literal matched in any case (IGNORECASE, "(?i:...)") gives lower-case starts, looked for in
`casefold.lowered(text)` (same offsets when exact; callers pass it as `low`, and without it the
pattern scans itself). `starts(pattern)` is None when some match may begin otherwise (a class,
an optional part, too many or too short literals) or when `re` skips ahead by itself (a pattern
opening with a literal): `finditer` and `search` then call the pattern's own method.
"""

from __future__ import annotations

import re
from typing import Iterator

# re's own parser (as extract/components/common/needles.py reads it)
from re import _compiler as K  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

MAX_STARTS = 100  # more literals than this cost as much in finds as the scan itself
MIN_START = 3  # a shorter start ("di", "ke") occurs everywhere: the scan is cheaper
MIN_TEXT = 240  # a short string is scanned at once: its finds would cost about as much
MAX_CLASS = 3  # [Kk], [.,]: a class of this many literal characters opens that many starts

_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_CACHE: dict[int, tuple[re.Pattern, tuple[tuple[str, ...], bool] | None]] = {}

# (literal so far, whether the literal may go on with what follows)
_Starts = list[tuple[str, bool]]


class _Unknown(Exception):
    """Some match may begin with something other than a literal."""


def _literal(c: int, flags: int, caseless: list[bool]) -> str:
    ch = chr(c)
    if flags & re.IGNORECASE:
        if not ch.isascii():
            raise _Unknown  # re folds a few non-ASCII letters onto ASCII ones ('K', 'ſ')
        caseless[0] = caseless[0] or ch.lower() != ch.upper()
        return ch.lower()
    return ch


def _op_starts(op, av, flags: int, caseless: list[bool]) -> _Starts:
    """The starts of one parse-tree item (raises _Unknown when it opens with no literal)."""
    if op is C.LITERAL:
        return [(_literal(av, flags, caseless), True)]
    if op is C.IN:
        if len(av) > MAX_CLASS or any(o is not C.LITERAL for o, _ in av):
            raise _Unknown
        return [(c, True) for c in dict.fromkeys(_literal(c, flags, caseless) for _, c in av)]
    if op is C.SUBPATTERN:
        _group, add, drop, sub = av
        return _seq_starts(sub, (flags | add) & ~drop, caseless)
    if op is C.ATOMIC_GROUP:
        return _seq_starts(av, flags, caseless)
    if op is C.BRANCH:
        return [s for branch in av[1] for s in _seq_starts(branch, flags, caseless)]
    if op in _REPEATS and av[0] >= 1:
        return [(s, False) for s, _ in _seq_starts(av[2], flags, caseless)]  # one round; what follows is unknown
    raise _Unknown


def _forks(op, av) -> bool:
    """Does the item open with a choice (an alternation, a class of several characters)?"""
    while op in _REPEATS or op is C.SUBPATTERN:
        items = av[2] if op in _REPEATS else av[3]
        if not len(items):
            return False
        op, av = items[0]
    return op is C.BRANCH or (op is C.IN and len(av) > 1)


def _seq_starts(items, flags: int, caseless: list[bool]) -> _Starts:
    out: _Starts = [("", True)]
    for op, av in items:
        if not any(more for _, more in out):
            break
        if op in _ZERO_WIDTH:
            continue  # a test consumes nothing: the next literal still begins the match
        if all(len(s) >= MIN_START for s, more in out if more) and _forks(op, av):
            return [(s, False) for s, _ in out]  # long enough: more variants would only cost more finds
        try:
            ext = _op_starts(op, av, flags, caseless)
        except _Unknown:
            if any(not s for s, _ in out):
                raise
            return [(s, False) for s, _ in out]
        grown: _Starts = []
        for s, more in out:
            grown.extend([(s + t, more_t) for t, more_t in ext] if more else [(s, False)])
        out = grown
        if len(out) > MAX_STARTS * 4:
            raise _Unknown
    return out


def _scans_fast(tree, flags: int) -> bool:
    """Does `re` itself skip ahead in this pattern (a literal or character-set prefix it searches for,
    or a start of text anchor)? Then its own search is the faster one."""
    first = tree[0] if len(tree) else None
    if first is not None and first[0] is C.AT and first[1] in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        return True
    try:
        return bool(K._get_literal_prefix(tree, flags)[0] or K._get_charset_prefix(tree, flags))
    except Exception:  # noqa: BLE001 - re's private helpers changed: scan by the starts
        return False


def _starts(pattern: re.Pattern) -> tuple[tuple[str, ...], bool] | None:
    if not isinstance(pattern.pattern, str):
        return None
    caseless = [False]
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
        if _scans_fast(tree, pattern.flags):
            return None
        found = {s for s, _ in _seq_starts(tree, pattern.flags, caseless)}
    except (_Unknown, re.error, TypeError, ValueError, IndexError, RecursionError):
        return None
    if caseless[0]:  # some literal is matched in any case: every start is looked for lower-cased
        found = {s.lower() for s in found}
    if not found or min(map(len, found)) < MIN_START:
        return None
    # a start that another one begins is found by that one's finds already
    kept = tuple(sorted(s for s in found if not any(o != s and s.startswith(o) for o in found)))
    return (kept, caseless[0]) if len(kept) <= MAX_STARTS else None


def _info(pattern: re.Pattern) -> tuple[tuple[str, ...], bool] | None:
    hit = _CACHE.get(id(pattern))
    if hit is None or hit[0] is not pattern:
        hit = _CACHE[id(pattern)] = (pattern, _starts(pattern))
    return hit[1]


def starts(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Literal strings one of which every match of `pattern` begins with, lower-cased when some of
    its literals match in any case (None: unknown, or not worth scanning for). Cached by identity,
    like needles.needles."""
    info = _info(pattern)
    return None if info is None else info[0]


# where each start was found in the last few whole strings scanned (an article and its lower-cased
# copy): the patterns of one article share many starts ("kategori", "predikat", "meraih"), and each
# would look for them again. Keyed by identity, the strings kept alive with their entries.
_FOUND: dict[int, tuple[str, dict[str, list[int]]]] = {}
_STRINGS_KEPT = 4


def _found_in(string: str) -> dict[str, list[int]]:
    hit = _FOUND.get(id(string))
    if hit is None or hit[0] is not string:
        if len(_FOUND) >= _STRINGS_KEPT:
            _FOUND.pop(next(iter(_FOUND)))
        hit = _FOUND[id(string)] = (string, {})
    return hit[1]


def _positions(found: tuple[str, ...], string: str, pos: int, end: int) -> list[int]:
    out: list[int] = []
    known = _found_in(string) if pos == 0 and end == len(string) else None
    for s in found:
        at = known.get(s) if known is not None else None
        if at is None:
            at = []
            i = string.find(s, pos, end)
            while i >= 0:
                at.append(i)
                i = string.find(s, i + 1, end)
            if known is not None:
                known[s] = at
        out += at
    out.sort()  # (no two starts begin at one position: none begins another)
    return out


def _matches(pattern: re.Pattern, at: list[int], string: str, end: int) -> Iterator[re.Match]:
    last = -1
    for i in at:
        if i < last:
            continue  # inside the previous match: finditer goes on from its end
        m = pattern.match(string, i, end)
        if m is not None:
            yield m
            last = m.end()  # (never empty: a start is at least one character)


def _where(pattern: re.Pattern, string: str, pos: int, end: int, low: str | None) -> list[int] | None:
    """The positions where a match can begin, or None when the pattern's own scan is the way."""
    info = _info(pattern) if end - pos >= MIN_TEXT else None
    if info is None:
        return None
    found, caseless = info
    if caseless and low is None:
        return None  # (lower-casing the string may shift its offsets: casefold.lowered)
    return _positions(found, low if caseless and low is not None else string, pos, end)


def finditer(
    pattern: re.Pattern, string: str, pos: int = 0, endpos: int | None = None, low: str | None = None
) -> Iterator[re.Match]:
    """pattern.finditer(string, pos, endpos), trying the pattern only where one of its starts is.

    `low` is casefold.lowered(string) (None when unknown or inexact): the starts of a pattern that
    matches some literal in any case are looked for there, so without it such a pattern scans itself."""
    end = len(string) if endpos is None else min(endpos, len(string))
    at = _where(pattern, string, pos, end, low)
    return pattern.finditer(string, pos, end) if at is None else _matches(pattern, at, string, end)


def search(
    pattern: re.Pattern, string: str, pos: int = 0, endpos: int | None = None, low: str | None = None
) -> re.Match | None:
    """pattern.search(string, pos, endpos), trying the pattern only where one of its starts is."""
    end = len(string) if endpos is None else min(endpos, len(string))
    at = _where(pattern, string, pos, end, low)
    if at is None:
        return pattern.search(string, pos, end)
    for i in at:
        m = pattern.match(string, i, end)
        if m is not None:
            return m
    return None


def finditer_branches(
    pattern: re.Pattern, branches: list[tuple[re.Pattern, re.Pattern | None]], string: str, low: str | None = None
) -> Iterator[re.Match]:
    """pattern.finditer(string), trying the pattern only where one of its branches can begin.

    `branches`: (branch, gate) pairs, one branch of which matches wherever `pattern` does (its
    alternatives, when it is their "|", or what each of its alternatives opens with). A branch with
    starts is looked for by them; one without (a class or a digit first) by itself, at every position
    where it matches, and only when its `gate`, a pattern every one of its matches contains, is in the
    string (most strings have none); a branch with neither makes the whole pattern scan itself.
    `low` as for `finditer`."""
    end = len(string)
    if end < MIN_TEXT:
        return pattern.finditer(string)
    at: set[int] = set()
    for branch, gate in branches:
        info = _info(branch)
        if info is not None:
            found, caseless = info
            if caseless and low is None:
                return pattern.finditer(string)
            at.update(_positions(found, low if caseless and low is not None else string, 0, end))
        elif gate is None:
            return pattern.finditer(string)
        elif gate.search(string):
            m = branch.search(string)
            while m is not None:
                at.add(m.start())
                m = branch.search(string, m.start() + 1)
    return _matches(pattern, sorted(at), string, end)
