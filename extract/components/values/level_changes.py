"""Bare levels told as a change of opinion, with no frame word before either: "Pinrang yang tadinya tinggi
sekarang tertinggi", "semula sedang, kini tinggi", "naik dari sedang menjadi tinggi". Both levels are opinions
(a part of Labels, values/labels.py); the first is the earlier state (the cue before it marks it so, years/
earlier.py). Knowledge: models/values.yaml `level_change_from`, `level_change_to`, `level_change_frames`,
`comparator_change_verbs`, `new_scale_levels` (the levels only the graded scale has)."""

from __future__ import annotations

import re

from extract.components.common.casefold import scan
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value


def level_change_pattern(v: dict) -> re.Pattern[str] | None:
    """ "<earlier cue> LEVEL <now word> LEVEL", or "<change verb> dari LEVEL menjadi LEVEL"."""
    froms, tos = v.get("level_change_from", []), v.get("level_change_to", [])
    verbs = v.get("comparator_change_verbs", [])
    levels = words_alt(sorted({*v["opinions"]["kualitas"], *v["opinions"]["kepatuhan"]}, key=len, reverse=True))
    if not (froms and tos and levels):
        return None
    # a frame word before either level ("semula predikat sedang, kini tinggi")
    frame = rf"(?:(?:{words_alt(v.get('level_change_frames', []))})\s+)?" if v.get("level_change_frames") else ""
    opener = rf"(?:{words_alt(froms)})"
    if verbs:
        opener = rf"(?:{opener}|(?:{words_alt(verbs)})\s+dari)"
    return re.compile(
        rf"(?i)(?<![\w]){opener}\s+{frame}(?P<a>{levels})\s*,?\s+(?:{words_alt(tos)})\s+{frame}(?P<b>{levels})(?![\w])"
    )


def level_changes(
    pattern: re.Pattern[str] | None, text: str, taken: list[Value], graded: bool, graded_only: frozenset[str]
) -> list[Value]:
    """The two levels of each change told bare, where no opinion is read there already. On a page writing the
    graded scale (`graded`), or with a level only that scale has (`graded_only`), they are `kualitas` levels; else
    `kepatuhan`."""
    out: list[Value] = []
    for m in scan(pattern, text, fold=True) if pattern is not None else ():
        a, b = m.group("a").lower(), m.group("b").lower()
        noun = "kualitas" if graded or {a, b} & graded_only else "kepatuhan"
        if noun == "kepatuhan" and {a, b} & graded_only:
            continue
        for g, lvl in (("a", a), ("b", b)):
            if not any(o.start < m.end(g) and m.start(g) < o.end for o in taken + out):
                out.append(Value("opinion", f"{noun} {lvl}", m.start(g), m.end(g), bare=True))
    return out
