"""Offices named again after their list (a base of OfficeLists, units/office_lists.py): sentences opening with a
contrast word after an office's sentence go on with bare places that are offices of its kind; a place that named an
office and is written bare again later names that office; one office keeps one name."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable
from extract.components.common.mentions import EntityMention

_GOVERNMENT = re.compile(r"(?i)pem(?:prov|kab|kot|da|erintah)(?![a-z])")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
MAX_CONTINUED = 3  # sentences an office's list may go on for
MAX_SKIPPED = 1  # sentences naming no place that may stand between an office and its list


class LaterOffices:
    # what OfficeLists gives this part (its __init__ and its own methods)
    contrast: re.Pattern[str] | None
    level_named: dict[str, str]
    ministry: Callable[[str, str], str | None]
    _head: Callable[[str], str]
    _office: Callable[..., EntityMention]

    def _next_sentences(
        self, text: str, regions: list[EntityMention], units: list[EntityMention], converted: dict[int, EntityMention]
    ) -> None:
        """ "Polres Luwu ... zona merah. Sementara Palopo, Wajo dan Bone meraih zona hijau. Sedangkan
        zona kuning diperoleh Soppeng, Sidrap ...": sentences opening with a contrast word after a sentence whose
        subject is a vertical office, naming only bare places, go on with offices of that kind."""
        if self.contrast is None:
            return
        offices = [u for u in units if u.parent and self.ministry(self._head(u.name), u.name)]
        offices += [o for o in converted.values() if o.parent]
        taken = sorted([(u.start, u.end) for u in units] + [(r.start, r.end) for r in regions])
        for o in sorted(offices, key=lambda m: m.start):
            head, pos, skipped = self._head(o.name), o.end, 0
            for _ in range(MAX_CONTINUED + MAX_SKIPPED):
                end = _SENTENCE_END.search(text, pos)
                if end is None:
                    break
                stop = _SENTENCE_END.search(text, end.end())
                upto = stop.start() if stop else len(text)
                if not self.contrast.match(text, end.end()):
                    # "Polres X meraih zona merah. Nilainya hanya 39,95. Sementara A dan B ...": a sentence
                    # naming no place nor unit goes on about the same office
                    if skipped >= MAX_SKIPPED or stop is None or any(end.end() <= a < upto for a, _ in taken):
                        break
                    skipped, pos = skipped + 1, stop.start()
                    continue
                inside = [r for r in regions if end.end() <= r.start < upto]
                if not inside or any(
                    r.explicit_level or not r.subject or _GOVERNMENT.match(text, r.start) for r in inside
                ):
                    break  # a government, an office holder's or a place named: not a list of offices
                for r in inside:
                    if id(r) not in converted:
                        converted[id(r)] = self._office(head, r, text, o.name)
                if stop is None:
                    break
                pos = stop.start()

    def _named_again(
        self, text: str, regions: list[EntityMention], units: list[EntityMention], converted: dict[int, EntityMention]
    ) -> None:
        """ "Polres Kendari, Konawe dan Bombana ... Konawe berada di zona kuning": a place that named an office
        and is written bare again later names that office, unless the article names its government."""
        offices = [(u.start, u.end, u) for u in units if u.parent and self.ministry(self._head(u.name), u.name)]
        offices += [(o.start, o.end, o) for o in converted.values() if o.parent]
        first: dict[str, EntityMention] = {}
        for r in regions:
            office = converted.get(id(r)) or next((o for s, e, o in offices if s <= r.start < e), None)
            if r.code and office is not None and office.parent:
                first.setdefault(r.code, office)
        governed = {r.code for r in regions if _GOVERNMENT.match(text, r.start)}
        # a place with its level word names the government, except beside offices named with that level
        # word themselves ("Kantor Pertanahan Kota Serang ... zona hijau yaitu Kota Serang")
        leveled = {
            r.code
            for r in regions
            if r.explicit_level and self._head(first.get(r.code or "", r).name) not in self.level_named
        }
        for r in regions:
            office = first.get(r.code or "")
            if (
                office is None
                or id(r) in converted
                or r.code in governed | leveled
                or not r.subject
                or r.start < office.end
            ):
                continue
            if any(s <= r.start < e for s, e, _ in offices):
                continue  # the place inside an office's own name
            converted[id(r)] = replace(office, start=r.start, end=r.end)

    def _one_name(self, regions: list[EntityMention], converted: dict[int, EntityMention]) -> None:
        """One office, one name: "Tangsel" and "Tangerang Selatan" in one list of land offices."""
        names: dict[tuple, str] = {}
        for r in regions:
            o = converted.get(id(r))
            if o is not None:
                key = (self._head(o.name), r.code)
                names[key] = max(names.get(key, ""), o.name, key=len)
        for r in regions:
            o = converted.get(id(r))
            if o is not None:
                o.name = names[(self._head(o.name), r.code)]
