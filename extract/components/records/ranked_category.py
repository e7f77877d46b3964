"""A ranked category's labels ("Dalam kategori Pemkot dengan zona hijau terbaik, X peringkat
pertama ...") hold for each place of its ranking told in the sentences after it."""

from __future__ import annotations

import re

from extract.components.records.claims import SHARED, Claim
from extract.components.records.walk import _Sentence, _Walk
from extract.types import CATEGORICAL


def ranked_category(heading: re.Pattern[str] | None, w: _Walk, s: _Sentence) -> None:
    """ "Dalam kategori Pemkot dengan zona hijau terbaik, X peringkat pertama ... . Di posisi
    kedua, Y ..., disusul Z di posisi ketiga": the category's labels hold for each place of its ranking
    told in the next sentences (each with a place and no label of its own)."""
    if heading is None:
        return
    m = s.found(heading)
    if m:
        comma = s.text.find(",", m.end())
        labels = [v for v in s.vals if v.kind in CATEGORICAL and comma > 0 and v.start < s.start + comma]
        ranked = any(v.kind == "rank" for v in s.vals)
        w.category = (s.index, labels) if labels and ranked else None
        return
    if w.category is None:
        return
    if s.index - w.category[0] > 3 or any(v.kind in CATEGORICAL for v in s.vals):
        w.category = None
    elif s.ents and any(v.kind == "rank" for v in s.vals):
        w.claims.extend(Claim(e, v, SHARED, s.span) for e in s.ents for v in w.category[1])
        w.category = (s.index, w.category[1])
