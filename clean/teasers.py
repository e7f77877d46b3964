"""Teaser lists inside extracted text: "Berita Terbaru" / "Baca Juga" / "Index" followed by
other stories' headlines. Only clearly-boilerplate runs go: a heading from
models/cleaning/lines.yaml (`list_heading_labels`) alone on its line, then at least
`MIN_TEASERS` headline-like lines (or nothing but such lines up to the end of the text, where
the extractor already dropped the linked headlines). A paragraph of running prose ends the run
and is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clean.data import line_patterns

MIN_TEASERS = 2
MAX_HEADLINE = 160


@lru_cache(maxsize=None)
def _heading_re() -> re.Pattern:
    labels = sorted((re.escape(x) for x in line_patterns().get("list_heading_labels", [])), key=len, reverse=True)
    return re.compile(rf"^\W*(?:{'|'.join(labels) or '(?!)'})\W*$", re.I)


def is_list_heading(line: str) -> bool:
    return len(line) <= 60 and bool(_heading_re().match(line.strip()))


_TIME_STAMP = re.compile(r"^\W*\d{1,2}[:.]\d{2}\b|\b(?:\d+\s+(?:menit|jam|hari)\s+(?:yang\s+)?lalu)\W*$", re.I)


def is_headline_like(line: str) -> bool:
    """A short line that reads as a headline or a teaser's stamp, not as a sentence of prose."""
    s = line.strip()
    if not s or len(s) > MAX_HEADLINE:
        return False
    if _TIME_STAMP.search(s):
        return True
    # prose: a full stop inside or at the end of a long line, or several sentences
    if re.search(r"[.!?][\"'”’)]?$", s) and len(s.split()) > 6:
        return False
    return len(re.findall(r"[.!?]\s+[A-Z]", s)) == 0


def drop_teaser_lists(lines: list[str]) -> tuple[list[str], list[str]]:
    """(kept lines, removed lines)."""
    kept: list[str] = []
    removed: list[str] = []
    i = 0
    while i < len(lines):
        if is_list_heading(lines[i]):
            j = i + 1
            while j < len(lines) and is_headline_like(lines[j]) and not is_list_heading(lines[j]):
                j += 1
            if j - i - 1 >= MIN_TEASERS or j == len(lines):  # a list, or a heading whose list is gone
                removed.extend(lines[i:j])
                i = j
                continue
        kept.append(lines[i])
        i += 1
    return kept, removed
