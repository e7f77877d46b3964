"""Governments referred back to as the subject of a clause: "Kota ini meraih nilai 80,1", "Kabupaten tersebut masuk
zona kuning", "Daerah itu memperoleh kategori B", "Pemkab setempat ...". Each is a stand-in for a government named
before it, placed where it is written, so the values after it are that government's, never a new record's.

Which one: of the governments named before it (within `anaphora_reach` characters) whose level its noun fits
("kota" a city, "daerah" any), the last one named as a subject; with none named so (a head's title "Wali Kota
Tual", a venue), the article's own government when that is one of them, else the last one named.
Only in a clause's subject position: at the start of the sentence or clause, or after one of the openers
(`region_anaphora_openers`: "Menurutnya, kabupaten ini ...", "dan kota tersebut ..."); "di kota ini", "Bupati
kabupaten tersebut" or "kedua kabupaten tersebut" are no stand-ins.

Knowledge: models/units.yaml `region_anaphora_nouns` (noun -> levels), `region_anaphora_determiners`,
`region_anaphora_openers`, `anaphora_reach`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from extract.components.common.casefold import scan
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention
from gazetteer import REGIONAL_TYPES

# what is before the anaphor in its clause: the text since the last sentence or clause break
_CLAUSE_HEAD = re.compile(r"[^.!?\n,;:\"“”(]*$")


class RegionAnaphora:
    def __init__(self, u: dict):
        self.levels = {k.lower(): tuple(v) for k, v in (u.get("region_anaphora_nouns") or {}).items()}
        dets = u.get("region_anaphora_determiners", [])
        self.reach = u.get("anaphora_reach", 600)
        self.openers = {w.lower() for w in u.get("region_anaphora_openers", [])}
        self.anaphor = (
            re.compile(rf"(?i)(?<![\w-])(?P<noun>{words_alt(self.levels)})\s+(?:{words_alt(dets)})(?![\w-])")
            if self.levels and dets
            else None
        )

    def _subject_place(self, text: str, start: int) -> bool:
        """Is the anaphor at text[start:] the first words of its clause, or right after one of the openers?"""
        head = _CLAUSE_HEAD.search(text, max(0, start - 80), start)
        words = (head.group() if head else "x").split()
        return not words or words[-1].lower() in self.openers

    def of(
        self, text: str, ents: list[EntityMention], main: Callable[[list[EntityMention]], EntityMention | None]
    ) -> list[EntityMention]:
        if self.anaphor is None:
            return []
        govs = [e for e in ents if e.entity_type in REGIONAL_TYPES]
        if not govs:
            return []
        own = main(govs)
        out = []
        for m in scan(self.anaphor, text):  # (tried only where its nouns are: casefold.py)
            if any(e.start <= m.start() < e.end or m.start() <= e.start < m.end() for e in ents):
                continue  # part of a name ("Kota Tual" is never "kota" + a determiner, but a unit's name may be)
            if not self._subject_place(text, m.start()):
                continue
            levels = self.levels.get(re.sub(r"\s+", " ", m.group("noun").lower()), REGIONAL_TYPES)
            fits = [
                e for e in govs if e.entity_type in levels and e.end <= m.start() and m.start() - e.end <= self.reach
            ]
            if not fits:
                continue
            told = [e for e in fits if e.subject]  # the last one a clause was about, else the article's own
            held = told[-1] if told else next((e for e in fits if own is not None and e.code == own.code), fits[-1])
            out.append(replace(held, start=m.start(), end=m.end(), subject=True, weak=False))
        return out
