"""States left behind ("keluar dari zona kuning"): which of them still say something (a helper of
Values.find, extract/components/values/component.py).

A state left is the earlier state when its year is written right after it ("meninggalkan zona merah pada
2022"), when "yang ... sebelumnya" follows, or when the state reached is told right after it ("keluar dari
zona kuning ke hijau", a change told: DECISIONS.md "change from"); otherwise it is no claim for any year.
Knowledge: models/values.yaml (`exit_before`, `zones`)."""

from __future__ import annotations

import re

from extract.components.common.mentions import Value

YEAR_AFTER = re.compile(r"(?i)\s*,?\s*(?:pada|di|tahun|pada tahun|di tahun)\s+20\d\d(?!\d)")
# the word to the state reached ("ke hijau", "menuju zona hijau", "menjadi kategori A")
_LEFT_FOR = re.compile(r"(?i)\s*,?\s*(?:ke|menuju|menjadi|jadi)\s+(?:(?:zona|kategori)\s+)?")


def left_for(text: str, v: Value, vals: list[Value], zones: list[str]) -> bool:
    """ "keluar dari zona kuning ke hijau": a state of the same kind reached right after the one left (a
    bare colour there is a zone)."""
    m = _LEFT_FOR.match(text, v.end)
    if m is None:
        return False
    if v.kind == "zone" and zones and re.match(rf"(?i)(?:{'|'.join(zones)})(?![\w])", text[m.end() :]):
        return True
    return any(o.kind == v.kind and o.start == m.end() for o in vals)


def still_told(
    text: str, vals: list[Value], left: set[int], left_when: re.Pattern[str], zones: list[str]
) -> list[Value]:
    """The values less the states left (ids in `left`) that say nothing."""
    return [
        v
        for v in vals
        if id(v) not in left
        or YEAR_AFTER.match(text, v.end)
        or left_when.match(text, v.end)
        or left_for(text, v, vals, zones)
    ]
