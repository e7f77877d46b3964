"""Facilities counted with their place after the type ("2 Puskesmas Rejang Lebong Raih Zona Hijau", "tiga Puskesmas
Kabupaten Lebong masuk zona hijau", "dua RSUD Lebong"): several facilities of that place, no one facility named
after it; the place only says where they are."""

from __future__ import annotations

import re

from extract.components.common.mentions import EntityMention

_SCORE_BEFORE = re.compile(r"\d[.,]\d+[ \t]+$")


def counted_in_place(text: str, s: int, head: str, nxt: list[EntityMention], counted: re.Pattern[str]) -> bool:
    """Is the facility type at `s` counted and followed at once by the region `nxt` names (see the module)?
    The region is then a place, no subject."""
    if not nxt or not counted.search(text[max(0, s - 30) : s]) or text[s + len(head) : nxt[0].start].strip():
        return False
    if _SCORE_BEFORE.search(text, max(0, s - 12), s):
        return False  # "89,44 Dinas Kesehatan, dan 84,17 RSUD Kota Yogyakarta": a score before the name, no count
    nxt[0].subject = nxt[0].weak = False
    return True
