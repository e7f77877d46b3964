"""A label kept since a year written right after it ("belum bergerak dari zona kuning dari tahun
sebelumnya", "tetap di zona hijau sejak 2021"): the label is that year's and the reported assessment's
(DECISIONS.md "Years": a kept label with the previous year named gives the previous assessment that label),
and the values told after it in its sentence ("... dengan nilai 68,15") are the reported assessment's, not
that year's. A helper of ClaimYears (years.py)."""

from __future__ import annotations

import re

from extract.components.records.claims import Claim
from extract.types import CATEGORICAL

# between the kept label and the year it is kept since
_SINCE = re.compile(r"(?i)\s*,?\s*(?:dari|sejak|semenjak)\s+(?:(?:penilaian|survei)\s+)?(?:pada\s+)?$")


def kept_since(
    claims: list[Claim], picked: list, out: list[list[int | None]], text: str, kept_before: re.Pattern[str] | None, base
) -> None:
    """Give a kept label its year and the reported one, and the sentence's later values the reported one
    (in `out`, in place)."""
    if kept_before is None or base is None:
        return
    for i, (c, (year, m)) in enumerate(zip(claims, picked)):
        v = c.value
        if (
            m is None
            or year is None
            or year >= base
            or v.kind not in CATEGORICAL
            or v.prior
            or m.start < v.end
            or out[i] != [year]
            or not _SINCE.fullmatch(text, v.end, m.start)
            or not kept_before.search(text, max(0, v.start - 40), v.start)
        ):
            continue
        out[i] = [base, year]
        for j, (d, (other, n)) in enumerate(zip(claims, picked)):
            if n is m and j != i and d.value.start >= m.end and out[j] == [other]:
                out[j] = [base]
