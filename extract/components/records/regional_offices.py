"""A province's result in an article on a ministry's local offices of that province, whose regional office is
named there ("6 kantor pertanahan ... Kanwil BPN Banten ... Provinsi Banten ... nilai 81,50"): the record is the
regional office's ("Kantor Wilayah BPN Banten"), a unit of the same ministry, not the provincial government's.
Knowledge: models/units.yaml `regional_office_names`, `regional_office_heads`, `vertical_offices` (name_words).
"""

from __future__ import annotations

import dataclasses
import re

from extract.components.common.knowledge import words_alt
from extract.types import Record


class RegionalOffices:
    def __init__(self, u: dict) -> None:
        self.names: dict[str, str] = u.get("regional_office_names", {})
        self.heads = words_alt(u.get("regional_office_heads", []))
        self.words: dict[str, str] = {}  # the local office head -> the alternation of its ministry's name words
        for head in self.names:
            for v in u.get("vertical_offices", []):
                if head in v.get("heads", []) and v.get("name_words"):
                    self.words[head] = words_alt(v["name_words"])

    def _named(self, text: str, head: str, province: str) -> bool:
        """The regional office of the province is written in the text ("Kantor Wilayah (Kanwil) Badan
        Pertanahan Nasional (BPN) Provinsi Banten", "kanwil Pertanahan Provinsi Banten", "Kanwil ATR/BPN Banten")."""
        words = self.words.get(head)
        if not words or not self.heads:
            return False
        pattern = (
            rf"(?<![\w])(?:{self.heads})(?![\w])[^.!?\n]{{0,40}}?(?<![\w])(?:{words})(?![\w])"
            rf"[^.!?\n]{{0,30}}?(?<![\w]){re.escape(province)}(?![\w])"
        )
        return re.search(pattern, text, re.IGNORECASE) is not None

    def apply(self, text: str, records: list[Record]) -> list[Record]:
        if not self.names or not any(r.entity_type == "provinsi" for r in records):
            return records
        out = []
        for r in records:
            if r.entity_type == "provinsi" and r.province:
                for head, office in self.names.items():
                    local = next(
                        (x for x in records if x.entity_type == "unit" and x.entity.startswith(head) and x.parent), None
                    )
                    name = f"{office} {r.province}"
                    if local is not None and self._named(text, head, r.province):
                        if not any(x.entity == name and x.year == r.year for x in records):
                            r = dataclasses.replace(
                                r, entity=name, entity_type="unit", region_code=None, parent=local.parent
                            )
                        break
            out.append(r)
        return out
