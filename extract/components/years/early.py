"""A year written only as when results were handed over early in it ("meraih opini ... pada awal 2026"):
the results are those of the assessment the year before (DECISIONS.md "Years")."""

from __future__ import annotations

import re

from extract.components.common.mentions import YearMention


def early_only(text: str, years: list, early: re.Pattern[str] | None, not_assessed: set[int]) -> int | None:
    """The assessment year when every year in `years` follows an "early in" word ("pada awal 2026",
    "di awal tahun 2026"): the year before the latest, skipping years with no assessment; else None."""
    if early is None or not years:
        return None
    if any(y.year is None or not early.search(text, max(0, y.start - 30), y.start) for y in years):
        return None
    year = max(y.year for y in years) - 1
    while year in not_assessed:
        year -= 1
    return year


def drop_early(
    text: str, years: list[YearMention], early: re.Pattern[str] | None, not_assessed: set[int]
) -> tuple[int | None, list[YearMention]]:
    """(the assessment year, the mentions kept): when the only years written are early-in-a-year hand-overs
    (`early_only`), they are dropped (relative ones stay); else (None, `years`)."""
    year = early_only(text, [y for y in years if y.year], early, not_assessed)
    return (None, years) if year is None else (year, [y for y in years if y.year is None])
