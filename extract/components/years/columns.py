"""Years given by a table's columns: a header with year columns ("| Kabupaten/Kota | 2022 | 2023 |") gives
each cell under a year column that year."""

from __future__ import annotations

import re

from extract.components.common.mentions import YearMention
from extract.components.common.tables import tables


def column_years(text: str, ymin: int, ymax: int) -> list[YearMention]:
    """A zero-width mention of its column's year at the start of each cell under a year column, so the
    value in the cell reads it as the year written just before it."""

    def year_columns(head_cells) -> dict[int, int]:
        return {
            c: int(cell.strip())
            for c, (_, cell) in enumerate(head_cells)
            if re.fullmatch(r"20\d\d", cell.strip()) and ymin <= int(cell.strip()) <= ymax
        }

    out: list[YearMention] = []
    for (_pos, head_cells), rows in tables(text, lambda head_cells: len(year_columns(head_cells)) >= 2):
        cols = year_columns(head_cells)
        for rpos, row in rows:
            for c, (off, cell) in enumerate(row):
                if c in cols and cell.strip():
                    st = rpos + off + len(cell) - len(cell.lstrip())
                    out.append(YearMention(st, st, cols[c]))
    return out
