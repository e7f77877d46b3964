"""One kind of regional unit named for several governments at once ("dinas kesehatan mulai dari provinsi, Kota
Palu, Kabupaten Sigi hingga Kabupaten Buol", "Dinas Sosial di Kota Palu dan Kabupaten Sigi"): each place of the list
names that unit of its government ("Dinas Kesehatan Kota Palu", "Dinas Kesehatan Provinsi Sulawesi Tengah" for the
bare level word "provinsi"), not the government itself. The list must follow a word placing the kind ("mulai dari",
"di", "pada") or open with "provinsi"; a government written as one ("Pemkab Sigi") ends it. Knowledge:
models/units.yaml (distributed_lead_words, distributed_list_governments)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention

_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:dan|serta|hingga|sampai)[ \t]+)?|[ \t](?:dan|serta|hingga|sampai)[ \t]+)")
LOCAL = ("kabupaten", "kota")


class DistributedUnits:
    def __init__(self, u: dict) -> None:
        lead = words_alt(u.get("distributed_lead_words", []))
        # a government written as one ("Pemkab Sigi") ends the list
        govs = words_alt(u.get("distributed_list_governments", []) or ["pemerintah"])
        self.government = re.compile(rf"(?i)(?:{govs})(?![a-z])")
        # (the name may end after the word already: "Dinas Kesehatan di " where the first place became its owner)
        self.lead_before = re.compile(rf"(?i)[ \t](?:{lead})[ \t]+$")
        self.lead = re.compile(
            rf"(?i)[ \t]*(?:(?P<lead>{lead})[ \t]+)?(?P<prov>provinsi(?:[ \t]*,|[ \t]+(?:dan|serta|hingga|sampai)(?![\w]))[ \t]*)?"
        )

    def apply(
        self,
        text: str,
        regions: list[EntityMention],
        units: list[EntityMention],
        local: Callable[[EntityMention], bool],
    ) -> tuple[list[EntityMention], list[EntityMention]]:
        """(regions, units) with each listed place after a `local` (regional government's) unit turned into that
        unit of the place (see the module)."""
        taken: set[int] = set()
        out: list[EntityMention] = []
        for u in units:
            made = self._members(text, regions, u) if local(u) else []
            if not made:
                out.append(u)
                continue
            out.extend(unit for unit, _ in made)
            taken |= {id(r) for _, r in made if r is not None}
        if not taken:
            return regions, units
        return [r for r in regions if id(r) not in taken], sorted(out, key=lambda m: m.start)

    def _members(
        self, text: str, regions: list[EntityMention], u: EntityMention
    ) -> list[tuple[EntityMention, EntityMention | None]]:
        m = self.lead.match(text, u.end)
        if m is None or not (m.group("lead") or m.group("prov") or self.lead_before.search(text, u.start, u.end)):
            return []
        items: list[EntityMention] = []
        pos = m.end()
        for r in (r for r in regions if r.start >= u.end):
            if r.start != pos or r.entity_type not in LOCAL or self.government.match(text, r.start):
                break
            items.append(r)
            sep = _SEP.match(text, r.end)
            if sep is None:
                break
            pos = sep.end()
        if len(items) + bool(m.group("prov")) < 2 or len({r.province for r in items}) != 1:
            return []
        made: list[tuple[EntityMention, EntityMention | None]] = [
            (self._unit(u, r.name, r.start, r.end, r.province, r.name), r) for r in items
        ]
        if m.group("prov"):
            prov = f"Provinsi {items[0].province}"
            made.insert(0, (self._unit(u, prov, m.start("prov"), m.start("prov") + 8, items[0].province, prov), None))
        return made

    @staticmethod
    def _unit(u: EntityMention, place: str, start: int, end: int, province: str | None, parent: str) -> EntityMention:
        return EntityMention(
            start=start, end=end, name=f"{u.name} {place}", entity_type="unit", parent=parent, province=province
        )
