"""States left behind ("keluar dari zona kuning"): which of them still say something (a helper of
Values.find, extract/components/values/component.py).

A state left is the earlier state ("keluar dari zona kuning", "lepas dari zona merah", "meninggalkan zona merah
pada 2022", "... ke hijau": DECISIONS.md "change from"): the entity had it in the previous assessment, and it
says nothing of the current one. A state left by a collective subject ("seluruh daerah kini sudah keluar dari
zona merah") is no claim for any one of them: some may never have had it; nor is a state only wished to be
left ("agar/sehingga kita lolos dari zona merah").
Knowledge: models/values.yaml (`exit_before`, `exit_collective`, `exit_wished`, `zones`)."""

from __future__ import annotations

import re

from extract.components.common.mentions import Value


def still_told(
    text: str, vals: list[Value], left: set[int], collective: re.Pattern[str] | None, wished: re.Pattern[str] | None
) -> list[Value]:
    """The values less the states left (ids in `left`) by a collective subject named earlier in the
    sentence ("seluruh daerah sudah keluar dari zona merah") or only wished ("sehingga kita lolos dari zona
    merah", "harus keluar dari zona kuning")."""
    return [
        v
        for v in vals
        if id(v) not in left
        or not (
            _left_by_many(text, v, collective)
            or wished is not None
            and wished.search(text, max(0, v.start - 45), v.start)
        )
    ]


def _left_by_many(text: str, v: Value, collective: re.Pattern[str] | None) -> bool:
    if collective is None:
        return False
    start = max(text.rfind(". ", 0, v.start), text.rfind("\n", 0, v.start), v.start - 120, 0)
    return collective.search(text, start, v.start) is not None
