"""A sentence whose labels come in a clause naming no one, before a contrast clause naming others: "Tahun
kedua 2018 hasilnya kuning, baru Dinas A dan Dinas B yang nilainya tinggi". The leading clause goes on with the
subject of the sentence before; the offices of the contrast are not its holders.

Knowledge: models/values.yaml `head_clause_contrasts`, `head_clause_headings`."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.records.claims import CARRY, Claim
from extract.components.records.walk import _Sentence, _Walk
from extract.types import CATEGORICAL


def head_contrast_pattern(v: dict) -> re.Pattern[str] | None:
    """A comma then a word opening a contrast clause (", baru ...", ", sementara ..."), after a leading clause
    with no heading word ("Yang mendapatkan zona kuning, tetapi ...": the names after are the heading's)."""
    words, heads = v.get("head_clause_contrasts", []), v.get("head_clause_headings", [])
    free = rf"(?:(?!(?<![\w])(?:{words_alt(heads)})(?![\w]))[^.!?\n])*?" if heads else r"[^.!?\n]*?"
    return re.compile(rf"(?i){free}(?P<comma>,)\s*(?:{words_alt(words)})(?![\w])") if words else None


def claim_head_clause(w: _Walk, s: _Sentence, pattern: re.Pattern[str] | None, key) -> bool:
    """Give the labels of the sentence's leading clause to the one subject of the sentence before (CARRY) when
    every entity of the sentence stands after the contrast that ends the clause; the sentence then keeps only
    its later values. False (nothing done) otherwise."""
    if pattern is None or not s.ents or s.groups or s.index - w.last_subject_sent > 1:
        return False
    subjects = {key(e): e for e in w.last_subjects}
    if len(subjects) != 1 or not s.may_hold(pattern):
        return False  # (the clause's pattern is tried only where one of its contrast words is: needles.py)
    m = pattern.match(w.text, s.start, s.end)
    if m is None or any(e.start < m.start("comma") for e in s.ents):
        return False
    comma = m.start("comma")
    head = [v for v in s.vals if v.end <= comma]
    if not head or not all(v.kind in CATEGORICAL for v in head):
        return False
    subject = next(iter(subjects.values()))
    w.claims.extend(Claim(subject, v, CARRY, s.span) for v in head)
    s.vals = [v for v in s.vals if v.end > comma]
    return True
