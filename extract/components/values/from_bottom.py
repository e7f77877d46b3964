"""A place counted from the bottom ("peringkat kedua dari bawah dari 11 kabupaten/kota", "urutan ketiga dari
urutan paling bawah"): place k from the bottom of a field of N is rank N - k + 1. The field is the count in
the rank's own phrase or sentence ("dari 11 kabupaten/kota"), else the one count the text states; without a
count the place is no rank. The value spans the whole phrase, so it replaces the plain place ("peringkat
kedua") and the last-place reading of its bottom words. Knowledge: models/values.yaml `rank_from_bottom`.
A helper of the rank finders (ranks.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value


def from_bottom_pattern(v: dict) -> re.Pattern[str] | None:
    """The bottom words a little after a place ("... dalam daftar X dari urutan paling bawah")."""
    words = v.get("rank_from_bottom", [])
    if not words:
        return None
    return re.compile(rf"[^.;:!?\n\d]{{0,40}}?(?<![\w])(?:{words_alt(words)})(?![\w])", re.IGNORECASE)


def counted_from_bottom(
    text: str, ranks: list[Value], bottom: re.Pattern[str] | None, field_count: re.Pattern[str], num
) -> list[Value]:
    """`ranks` with each place told from the bottom turned into its rank (see the module)."""
    if bottom is None or "bawah" not in text.lower() and "belakang" not in text.lower():
        return ranks
    out: list[Value] = []
    for v in ranks:
        m = bottom.match(text, v.end) if v.kind == "rank" and isinstance(v.value, int) else None
        if m is None:
            out.append(v)
            continue
        total = _field(text, v, m.end(), field_count, num)
        if total is not None and v.value <= total:  # type: ignore[operator]
            scope = v.scope or ("nasional" if total >= 100 else "provinsi")
            out.append(replace(v, value=total - v.value + 1, end=m.end(), scope=scope))  # type: ignore[operator]
    return out


def _field(text: str, v: Value, after: int, field_count: re.Pattern[str], num) -> int | None:
    """The count of the field the place is in: in its sentence after it, else the text's only one."""
    stop = re.compile(r"[.!?\n](?:\s|$)").search(text, after)
    own = field_count.search(text, v.start, stop.start() if stop else len(text))
    if own is not None:
        return num(own.group("n"))
    counts = {num(c.group("n")) for c in field_count.finditer(text)} - {None}
    return counts.pop() if len(counts) == 1 else None
