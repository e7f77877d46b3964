"""CSV cells that a spreadsheet will not run (CSV / formula injection, OWASP's rule).

A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel,
LibreOffice and Google Sheets as a formula (`=HYPERLINK(...)`, `+cmd|' /C calc'!A0`, `@SUM(...)`).
Such a cell gets a leading apostrophe, which spreadsheets show as "text follows" and do not
display. Numbers ("-2.5") stay as they are. Only CSV needs this: JSONL and Parquet keep the
exact value.
"""

from __future__ import annotations

import csv
import re
from typing import Any, Iterable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    if not isinstance(value, str) or not value.startswith(FORMULA_START) or _NUMBER.fullmatch(value):
        return value
    return "'" + value


class SafeWriter:
    """csv.writer with every cell passed through `safe_cell` (same interface)."""

    def __init__(self, fh, **kw):
        self._w = csv.writer(fh, **kw)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._w.writerow([safe_cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for r in rows:
            self.writerow(r)
