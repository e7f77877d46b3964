"""Offices named only by their place: lists of vertical offices and agency + region.

- "lima Kantor Pertanahan ... yaitu Kantor Pertanahan Bima (88,40), Dompu (86,15),
  Sumbawa (85,02) ...": after an office of a listed kind, each bare region of the list is
  an office of that kind ("Kantor Pertanahan Dompu"), not the regional government;
- "dua kantor pertanahan ... yaitu Kabupaten Serang dan Kabupaten Tangerang": a plural kind
  noun, an introducer, then regions: the same;
- "BPN Kabupaten Aceh Utara", "Kemenag Kota Kupang": an agency written right before a region
  names its office there.

An office keeps the place as the text writes it ("Kantor Pertanahan Aceh Timur",
"Kantor Pertanahan Kabupaten Serang"); a short form of the place is expanded to the region's
name ("Tangsel" -> "Kantor Pertanahan Kota Tangerang Selatan"). A region written as a
government ("Pemkab X") ends such a list. Knowledge: models/units.yaml (list_kinds,
list_introducers, list_value_words, agency_offices, vertical_offices).
"""

from __future__ import annotations

import re
from typing import Callable

from extract.components.common.casefold import scan
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention
from extract.components.units.clause_members import ClauseMembers
from extract.components.units.later_offices import LaterOffices, _GOVERNMENT

_LEVEL = re.compile(r"^(?:Provinsi|Kabupaten|Kota)\s+")
_BRACKET_OPEN = re.compile(r"^[ \t]*\([ \t]*$")
_AFTER_BRACKET = re.compile(r"[ \t]+")


class OfficeLists(LaterOffices):
    def __init__(self, u: dict, heads: list[str], ministry: Callable[[str, str], str | None], counted: re.Pattern):
        self.heads = heads
        self._heads_of: dict[str, str] = {}  # name -> _head(name), asked for every office of a list
        self.counted = counted  # "tiga polres Kupang ...": a count before a kind noun
        # facilities named after a place ("Puskesmas Turi, Ngaglik dan Depok"): a bare place in
        # their list is one more facility; a place with its level word may be a government
        self.facilities = set(u.get("named_facilities", []))
        self.ministry = ministry
        kinds = u.get("list_kinds", {})
        self.kind_of = {k.lower(): v for k, v in kinds.items()}
        self.kinds = re.compile(rf"(?i)(?<![\w])(?:{words_alt(kinds)})(?![\w])") if kinds else None
        intro = words_alt(w for w in u.get("list_introducers", []) if w != ":")
        # a government noun between the kind and the list: the list is of governments
        brk = words_alt(u.get("list_breakers", []))
        self.breaker = re.compile(rf"(?i)(?<![\w])(?:{brk})(?![\w])") if brk else None
        # ("... zona merah diantaranya, Buleleng ...", "antara lain; Sikka, ...": a comma or semicolon after it)
        self.introducer = re.compile(rf"(?i)(?:(?<![\w])(?:{intro})(?![\w])|:)\s*[,;]?\s*$")
        vw = words_alt(u.get("list_value_words", []))
        cont = words_alt(["dan", "serta", "&"] + u.get("list_continuers", []))
        # between two members: the first one's value, then a comma or "dan" ("..., disusul")
        value = rf"[ \t]*(?:\([^()]{{0,40}}\)[ \t]*)?(?:[:–-][ \t]*)?(?:(?:{vw})[ \t]+)*(?:\d+(?:[.,]\d+)?[ \t]*)?(?:\)[ \t]*)?"
        gap = rf"{value}(?:,\s*|\s(?:dan|serta|&)\s+)(?:(?:{cont})\s+)*"
        self.gap = re.compile(rf"(?i)^{gap}$")
        # one member per line of a bulleted or numbered list ("1. Kantah Kota Kupang: 90,12" then
        # "2. Kabupaten Kupang: 88,10")
        self.line_gap = re.compile(rf"(?i)^{value}[.;,]?[ \t]*\n\s*(?:\d{{1,2}}[.)]|[-–•*·])[ \t]*$")
        self.agency_offices = u.get("agency_offices", {})
        self.level_named = u.get("offices_named_with_level", {})
        self.province_heads = set(u.get("province_office_heads", []))
        self.below = u.get("offices_below_province", {})
        stop = words_alt(u.get("name_stop_words", []) + u.get("heads", []))
        # a list member that is no known place: capitalised words, then its own value
        self.bare_member = re.compile(
            rf"(?!(?:{stop})(?![\w]))[A-Z][\w'’-]*(?:[ \t]+(?!(?:{stop})(?![\w]))[A-Z][\w'’-]*){{0,2}}"
            rf"(?:[ \t]+(?:[1-9]|I{{1,3}}|IV|V)(?![\w,.]))?"
            rf"(?=[ \t]*\((?:nilai|skor)?[ \t]*\d|[ \t]+(?:dengan[ \t]+)?(?:nilai|skor)[ \t]+\d|[ \t]+\d{{2,3}}(?:[.,]\d+)?(?!\d))"
        )
        self.member_after = re.compile(rf"(?i:{gap})(?P<member>{self.bare_member.pattern})")
        self.clause = ClauseMembers(u, ministry)  # "... berada di urutan kelima dan Sinjai ..." (clause_members.py)
        contrast = words_alt(u.get("office_sentence_openers", []))
        self.contrast = (
            re.compile(rf"\s*(?:{contrast})(?![\w])[ \t]*(?:itu[ \t]*)?,?", re.IGNORECASE) if contrast else None
        )

    def _head(self, name: str) -> str:
        """The head as written ("Polres", "Kantah"): the members of a list take it as it is."""
        head = self._heads_of.get(name)
        if head is None:
            if len(self._heads_of) >= 4096:
                self._heads_of.clear()  # (a long crawl keeps no more than this)
            head = self._heads_of[name] = next((h for h in self.heads if name.startswith(h)), "")
        return head

    def _member_head(self, head: str, source: str, r: EntityMention) -> str:
        """The head a bare place of a list takes: a province's office (Kanwil, Polda) heads a list of
        kabupaten/kota whose offices are one level down ("Kanwil BPN Aceh, Aceh Jaya": a land office)."""
        if head not in self.province_heads or r.entity_type not in ("kabupaten", "kota"):
            return head
        return self.below.get(self.ministry(head, source) or "", head)

    def _office(self, head: str, r: EntityMention, text: str, source: str = "") -> EntityMention:
        head = self._member_head(head, source or head, r)
        # "Konawe Selatan (Konsel)": the place without its short form in brackets
        written = re.sub(r"\s*\([^()]*\)$", "", re.sub(r"\s+", " ", text[r.start : r.end]))
        bare = _LEVEL.sub("", r.name)
        # ("Tojo Una-Una" for "Tojo Una Una": the text's form, not an expansion)
        as_written = written == bare or re.sub(r"[\s-]+", " ", written) == bare
        # an office is named with its place as the text gives it ("Polres Madina", "Polres Tanjung Balai");
        # only the level-named offices (land offices) take the government's Kemendagri name below
        place = written if as_written or _LEVEL.match(written) or head not in self.level_named else r.name
        name = f"{head} {place}"
        if head in self.level_named and r.entity_type in ("kabupaten", "kota"):
            name = f"{self.level_named[head]} {r.name}"  # "..., Dompu (86,15)": "Kantor Pertanahan Kabupaten Dompu"
        ministry = self.ministry(self._head(name) or head, name)
        # a facility's place may be a district of the same name: its owner comes from the article
        return EntityMention(
            start=r.start,
            end=r.end,
            name=name,
            entity_type="unit",
            parent=ministry,
            province=r.province if ministry else None,
        )

    def _bare_members(self, text, units, regions, agencies, converted) -> tuple[list[EntityMention], bool]:
        """ "Puskesmas Turi (95,10), Kalasan (94,20) dan Ngemplak (93,00)": members of a list of
        facilities or offices named only by a place the gazetteer does not know."""
        taken = sorted([(m.start, m.end) for m in units + regions + agencies])
        starts = [a for a, _ in taken]
        listed = sorted(
            [
                u
                for u in units
                if self._head(u.name) in self.facilities or (u.parent and self.ministry(self._head(u.name), u.name))
            ]
            + list(converted.values()),
            key=lambda m: m.start,
        )
        added = []
        for u in listed:
            head, end = self._head(u.name), u.end
            while True:
                m = self._next_member(text, end, starts)
                if m is None:
                    break
                name = head + " " + " ".join(text[m[0] : m[1]].split())
                ministry = self.ministry(head, name)
                em = EntityMention(
                    start=m[0],
                    end=m[1],
                    name=name,
                    entity_type="unit",
                    parent=ministry,
                    province=u.province if ministry else None,
                )
                added.append(em)
                end = m[1]
        if not added:
            return units, False
        return sorted(units + added, key=lambda m: m.start), True

    def _next_member(self, text: str, end: int, starts: list[int]) -> tuple[int, int] | None:
        """The unknown member right after `end` in a list, if the list goes on with one."""
        m = self.member_after.match(text, end, end + 120)
        if m is None or any(m.start("member") <= a < m.end("member") for a in starts):
            return None
        return m.start("member"), m.end("member")

    def apply(
        self, text: str, regions: list[EntityMention], units: list[EntityMention], agencies: list[EntityMention]
    ) -> tuple[list[EntityMention], list[EntityMention], list[EntityMention]]:
        """(regions, units, agencies) with the regions that name offices turned into units."""
        if not regions and not agencies:
            return regions, units, agencies
        converted, taken_agencies = self._agency_offices(text, regions, units, agencies)
        starters, prefixed = self._list_starters(text, regions, units, agencies)
        self._chains(text, regions, units, starters, prefixed, converted)
        self._next_sentences(text, regions, units, converted)
        self._named_again(text, regions, units, converted)
        units, added = self._bare_members(text, units, regions, agencies, converted)
        if not converted and not added:
            return regions, units, agencies
        self._one_name(regions, converted)
        units = sorted(units + list(converted.values()), key=lambda m: m.start)
        return (
            [r for r in regions if id(r) not in converted],
            units,
            [a for a in agencies if id(a) not in taken_agencies],
        )

    def _agency_offices(
        self, text: str, regions: list[EntityMention], units: list[EntityMention], agencies: list[EntityMention]
    ) -> tuple[dict[int, EntityMention], set[int]]:
        """Agency + region: "BPN Kabupaten Aceh Utara", "Badan Pertanahan Nasional (BPN) Kota Serang"
        (the offices by region id, the agencies taken into them)."""
        converted: dict[int, EntityMention] = {}
        taken_agencies: set[int] = set()
        spans = [(u.start, u.end) for u in units]
        for a in agencies:
            heads = self.agency_offices.get(a.name)
            if any(s <= a.start < e for s, e in spans):
                continue  # "Kantor Wilayah (Kanwil) Badan Pertanahan Nasional (BPN) Banten": inside an office's name
            r = next((r for r in regions if r.start >= a.end), None)
            if (
                heads
                and r is not None
                and r.entity_type in heads
                and re.fullmatch(r"[ \t]*(?:\([A-Za-z]{2,10}\)[ \t]*)?", text[a.end : r.start])
                and not _GOVERNMENT.match(text, r.start)
            ):
                office = self._office(heads[r.entity_type], r, text)
                office.start = a.start
                converted[id(r)] = office
                taken_agencies.add(id(a))
                # "BPN Kabupaten Pandeglang Provinsi Banten": the office's province, a place
                prov = next((p for p in regions if p.start >= r.end), None)
                if (
                    prov is not None
                    and prov.entity_type == "provinsi"
                    and prov.province == r.province
                    and re.fullmatch(r"[ \t,]*", text[r.end : prov.start])
                ):
                    prov.subject = False
        return converted, taken_agencies

    def _list_starters(
        self, text: str, regions: list[EntityMention], units: list[EntityMention], agencies: list[EntityMention]
    ) -> tuple[dict[int, str], dict[int, int]]:
        """Introduced lists after a plural kind noun: the first region after each introducer (its kind,
        and where a lower-case head before it starts)."""
        starters: dict[int, str] = {}
        prefixed: dict[int, int] = {}  # region -> where its lower-case head starts
        if self.kinds is not None:
            for k in scan(self.kinds, text):
                for a in agencies:
                    if k.start() <= a.start < k.end():
                        a.subject = a.weak = False  # "9 kantor BPN lainnya": a kind of office, not the agency
                if any(u.start == k.start() and u.end > k.end() for u in units):
                    continue  # "Polres Pamekasan" names one office; its list is read below
                kind = self.kind_of[re.sub(r"\s+", " ", k.group().lower())]
                nxt = next((r for r in regions if r.start >= k.end()), None)
                if (
                    k.group()[0].islower()
                    and nxt is not None
                    and re.fullmatch(r"[ \t]+", text[k.end() : nxt.start])
                    and not _GOVERNMENT.match(text, nxt.start)
                    and not self.counted.search(text[max(0, k.start() - 20) : k.start()])
                ):
                    # "kantor pertanahan Kota Kupang", "polres Pamekasan": the head written in lower case
                    starters.setdefault(id(nxt), kind)
                    prefixed[id(nxt)] = k.start()
                    continue
                end = re.search(r"[.!?](?=\s)|\n", text[k.end() :])
                stop = k.end() + (end.start() if end else len(text) - k.end())
                for r in regions:
                    if not k.end() <= r.start < stop:
                        continue
                    between = text[k.end() : r.start]
                    intro = self.introducer.search(between)
                    if (
                        intro
                        and re.fullmatch(r"[\s:,;]*", between[intro.end() :])
                        and not (self.breaker and self.breaker.search(between))
                    ):
                        starters.setdefault(id(r), kind)
        return starters, prefixed

    def _chains(
        self,
        text: str,
        regions: list[EntityMention],
        units: list[EntityMention],
        starters: dict[int, str],
        prefixed: dict[int, int],
        converted: dict[int, EntityMention],
    ) -> None:
        """Chains: each bare region right after an office of a listed kind (or a converted one)."""
        listable = [
            (u.start, u.end, self._head(u.name), u.name)
            for u in units
            if u.parent and self.ministry(self._head(u.name), u.name) or self._head(u.name) in self.facilities
        ]
        members = sorted(
            [(s, e, h, n, None) for s, e, h, n in listable] + [(r.start, r.end, "", "", r) for r in regions],
            key=lambda t: t[0],
        )
        prev: tuple[int, str, str] | None = None  # (end, head, name) of the last office
        placed = False  # whether a known place is written inside the last office's own name
        for s, e, head, name, r in members:
            if r is None:
                prev, placed = (e, head, name), False
                continue
            if prev is not None and s < prev[0]:
                placed = True
                continue  # the place inside the office's own name
            if self._located(text, prev, placed, r):
                r.subject = False  # "Rutan Tanah Grogot, Kabupaten Paser, meraih ...": where the office lies
                prev = None
                continue
            if _GOVERNMENT.match(text, r.start):
                prev = None
                continue
            if r.entity_type == "provinsi" and prev is not None and prev[1] not in self.province_heads:
                # "Polresta Kota Tidore Kepulauan, Maluku Utara, meraih ...": where the office lies
                if re.fullmatch(r"[ \t]*,[ \t]*", text[prev[0] : s]) and text.startswith(",", r.end):
                    r.subject = False
                prev = None
                continue
            kind = starters.get(id(r))
            between = text[prev[0] : s] if prev is not None else ""
            # "Konawe Selatan (Konsel) Konawe": the short form in brackets, then the list goes on
            short = prev is not None and _BRACKET_OPEN.match(between) and text.startswith(")", e)
            if (
                kind is None
                and prev is not None
                and (self.ministry(prev[1], prev[2] or prev[1]) or not r.explicit_level)
                and (
                    short
                    or self.gap.match(between)
                    or self.line_gap.match(between)
                    or self._after_bracket(text, prev[0], s)
                )
            ):
                kind = prev[1]
            elif kind is None:
                kind = self.clause.kind(prev, r, between)
            if kind is None:
                # an agency's office ("BPN Aceh, Aceh Jaya, ..."): the list goes on with its kind
                conv = converted.get(id(r))
                prev = None if conv is None else (e, self._head(conv.name), conv.name)
                placed = True  # an office named by this known place
                continue
            if id(r) not in converted:
                converted[id(r)] = self._office(kind, r, text, prev[2] if prev and prev[1] == kind else "")
                converted[id(r)].start = prefixed.get(id(r), r.start)
            prev = (e + 1 if short else e, kind, converted[id(r)].name if prev is None or prev[1] != kind else prev[2])
            placed = True

    def _located(self, text: str, prev: tuple[int, str, str] | None, placed: bool, r: EntityMention) -> bool:
        """A government written after a comma right after an office named by a place the gazetteer does not
        know ("Rumah Tahanan Negara Tanah Grogot, Kabupaten Paser"): where that office lies, not a second
        office of its kind (a list of offices names each by a known place: "Kantor Pertanahan Bima, Dompu")."""
        return (
            prev is not None
            and not placed
            and r.explicit_level
            and prev[2] != prev[1]
            and self.ministry(prev[1], prev[2]) is not None
            and re.fullmatch(r"[ \t]*,[ \t]*", text[prev[0] : r.start]) is not None
        )

    @staticmethod
    def _after_bracket(text: str, end: int, nxt: int) -> bool:
        """ "(Konsel) Konawe, dan Bombana": a member closed by its bracket, the next one after a space."""
        return text[end - 1 : end] == ")" and bool(_AFTER_BRACKET.fullmatch(text, end, nxt))
