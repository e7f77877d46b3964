"""Tables flattened to text (one row a line, tabs or pipes between cells): the one reader of
their rows, shared by the values (zone/grade/rank columns) and years (year columns) components."""

from __future__ import annotations

import re
from typing import Callable, Iterator

_RULE_CELL = re.compile(r"\s*:?-{2,}:?\s*")  # a markdown "|---|---|" line under the header


def cells(line: str) -> list[tuple[int, str]]:
    """Cells of a flattened table row (tab- or pipe-separated) with their offsets in the line."""
    sep = r"\t+" if "\t" in line else r"\s*\|\s*" if line.count("|") >= 2 else None
    if sep is None:
        return []
    out, p = [], 0
    for m in re.finditer(sep, line):
        out.append((p, line[p : m.start()]))
        p = m.end()
    out.append((p, line[p:]))
    return [(o, c) for o, c in out if c.strip()] if line.strip().startswith("|") else out


Row = tuple[int, list[tuple[int, str]]]  # (offset of the line in the text, its cells)


def tables(text: str, is_header: Callable[[list[tuple[int, str]]], bool]) -> Iterator[tuple[Row, list[Row]]]:
    """Each table of `text` whose header line (3+ cells) satisfies `is_header`: the header and its
    rows (the following lines with as many cells, the markdown rule line left out)."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(lines):
        pos, line = lines[i]
        head = cells(line)
        if len(head) < 3 or not is_header(head):
            i += 1
            continue
        rows: list[Row] = []
        j = i + 1
        while j < len(lines) and len(row := cells(lines[j][1])) == len(head):
            if not all(_RULE_CELL.fullmatch(c) for _, c in row):
                rows.append((lines[j][0], row))
            j += 1
        yield (pos, head), rows
        i = j
