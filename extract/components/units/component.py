"""kepatuhan_units: ministries, agencies (gazetteer) and service units inside a government.

Knowledge: models/agencies.jsonl (every kementerian and the main lembaga with their common
abbreviations) and models/units.yaml (unit head nouns: Dinas, Badan, Puskesmas, RSUD,
Mal Pelayanan Publik, Polres, Kantor Pertanahan, ...; abbreviation expansions).
A unit name runs from its head over capitalised words and inner connectors ("Dinas
Penanaman Modal dan Pelayanan Terpadu Satu Pintu"); a region written at its end
("... Kabupaten Bangli") is its parent. Runs after kepatuhan_regions.
Sets `doc._.agencies` and `doc._.units` (lists of EntityMention).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.common.knowledge import doc_text, DataComponent, read_yaml, words_alt
from extract.components.units.agency_names import load_agencies, lowercase_named
from extract.components.units.cut_names import without_cut_names
from extract.components.units.bare_agency import bare_agency_offices
from extract.components.units.headlines import Headlines
from extract.components.units.counted import counted_in_place
from extract.components.units.distributed import DistributedUnits
from extract.components.common.mentions import EntityMention
from extract.components.units.unit_names import written_places
from extract.components.units.name_patterns import NamePatterns

for _ext in ("agencies", "units"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)

_CAP_WORD = re.compile(r"(?<![\w])[A-Z][\w'’/-]*")


# a school's number and the capitalised words after it ("SMP Negeri 9 Palembang")
_NUMBERED = re.compile(r"[ \t]+\d{1,3}(?![\d,.]\d)(?:[ \t]+[A-Z][\w'’-]*)*")
# between an agency's offices and their seat: "kantor BPN di Sulteng", "kantor BPN se-Sulteng"
_SEAT_BETWEEN = re.compile(r"(?i)\s+(?:di|se-?)\s*(?:provinsi\s+|prov\.\s*)?")


# a level word then "di"/"se" after a head: offices of that level in many places ("Dinas Kabupaten se-Jawa")
_LEVEL_SPREAD = re.compile(r"(?i)[ \t]+(?:kota|kabupaten|provinsi)[ \t]+(?:di|se)(?![\w])")


class Units(NamePatterns, DataComponent):
    files = ("agencies.jsonl", "units.yaml", "values.yaml")

    def load(self, data_dir: Path) -> None:
        u = read_yaml(data_dir / "units.yaml")
        self.agencies = load_agencies(data_dir, u)
        # a head misspelt ("Puskemas Wania") names the unit spelt right
        self.misspelt_heads: dict[str, str] = u.get("misspelt_heads", {})
        self.heads = sorted([*u["heads"], *self.misspelt_heads], key=len, reverse=True)
        self.expansions = u.get("expansions", {})
        self.written_out = set(u.get("written_out_where_expanded", []))
        word, inner = self._load_unit_pattern(u)
        self.facilities = set(u.get("named_facilities", []))
        self.facilities |= {w for w, right in self.misspelt_heads.items() if right in self.facilities}
        self.distributed = DistributedUnits(u)  # "dinas kesehatan mulai dari provinsi, Kota Palu, ..."
        self.kind_heads = set(u.get("kind_only_heads", []))  # "OPD/UPT", "setiap UPTD": a kind, never one unit
        every = words_alt(u.get("kind_only_before", []))
        self.kind_before = re.compile(rf"(?i)(?:/|(?<![\w])(?:{every})\s+)$") if every else re.compile(r"/$")
        self.vertical = [
            (v["parent"], set(v.get("heads", [])), v.get("name_words", [])) for v in u.get("vertical_offices", [])
        ]
        self.regional_heads = set(u.get("regional_office_heads", []))
        self.bare_kinds = {h for _, heads, _ in self.vertical for h in heads} | self.regional_heads
        self.headlines = Headlines(self.heads, self.agencies, u)
        nation = words_alt(u.get("nation_names", []))
        self.nation_spread = re.compile(rf"(?i)[ \t]+(?:di|se)[ \t-]+(?:{nation})$") if nation else None
        self._load_offices(data_dir, u, word, inner)

    def find_agencies(self, text: str) -> list[EntityMention]:
        out, taken = [], -1
        for m in _CAP_WORD.finditer(text):
            s = m.start()
            if s < taken:
                continue
            for form, name, typ in self.agencies.get(m.group(), ()):
                e = s + len(form)
                # after its first word a name may be written in any case ("Kementerian Agraria dan tata ruang")
                if (text.startswith(form, s) or text[s:e].lower() == form.lower() and " " in form) and (
                    e == len(text) or not text[e].isalnum()
                ):
                    out.append(EntityMention(start=s, end=e, name=name, entity_type=typ))
                    taken = e
                    break
        return lowercase_named(text, self.agencies, out)

    def find_units(self, text: str, regions: list[EntityMention], agencies: list[EntityMention]) -> list[EntityMention]:
        out = []
        starts = [r.start for r in regions]
        # provinces the text names explicitly ("Kabupaten Sleman", "Provinsi DIY"): the article's setting
        context = {r.province for r in regions if r.explicit_level}
        blocked = sorted((a.start, a.end) for a in agencies)
        for m in self.unit_re.finditer(text):
            s, me = m.start(), self._extend(text, m)
            e, parent, i = me, None, bisect_right(blocked, (s, float("inf"))) - 1
            if i >= 0 and blocked[i][0] <= s < blocked[i][1]:
                continue
            # a region inside the name ends it and becomes the parent ("Dinas Sosial Kabupaten Bangli")
            k = bisect_right(starts, s)
            head0 = next((h for h in self.heads if text.startswith(h, s)), "") or next(
                (h for h in self.lower_named if text[s : s + len(h)].lower() == h.lower()), ""
            )
            ministry = self._ministry(head0, text[s:me])
            if head0 in self.facilities and counted_in_place(text, s, head0, regions[k : k + 1], self.count_before):
                continue  # "2 Puskesmas Rejang Lebong Raih Zona Hijau": several facilities of the place (units/counted.py)
            inside = None
            places = [r for r in regions[k : k + 4] if r.start < me]
            if ministry and places and not re.search(r"(?<![\w])di[ \t]+$", text[s : places[0].start]):
                # a vertical office keeps its place in its name ("Kanwil BPN Provinsi Aceh", "Kanwil
                # Kemenkumham Bali" whatever the article's province), the last of places written
                # together ("Polres Metro Jakarta Selatan"); the name ends there or at a level word after it ("Polres
                # Malang Kota"), not at a person named after it ("Kepala Kanwil BPN Aceh Dr Mazwar")
                inside, me = self._office_place(text, places)
                e = me
                for r in places:
                    if r.start >= me and self.over_after is not None and self.over_after.match(text, me, r.start):
                        r.subject = r.weak = False  # "Polres Kaur Polda Bengkulu": the office it is under
            # a bare place from another province than the text's is a district that shares a
            # regency's name ("Puskesmas Depok I" in Sleman): part of the name, not the owner
            elif (
                k < len(regions)
                and regions[k].start < e
                and not (not regions[k].explicit_level and context and regions[k].province not in context)
            ):
                located = re.search(
                    r"(?<![\w])di[ \t]+$", text[s : regions[k].start]
                )  # "Kantor Pertanahan di Banyumas"
                if regions[k].explicit_level or head0 not in self.facilities or located:
                    parent = regions[k]
                    e = me if self._keeps_place(text, s, parent, head0) and not located else parent.start
                elif regions[k].end <= me:
                    inside = regions[k]  # "Polres Kubu Raya", "RSUD Sleman": the place it serves
            name = self._clean_name(text[s:e])
            if head0 and not name.startswith(head0):
                name = head0 + name[len(head0) :]  # "puskesmas Semplak": the head capitalised
            head = next((h for h in self.heads if name.startswith(h)), name)
            if self._kind_only(text, s, name, head):
                continue
            name = self._written_name(name, head0, text)
            em = EntityMention(
                start=s, end=me if parent is None else max(e, parent.start), name=name, entity_type="unit"
            )
            if self.not_subject is not None and self.not_subject.search(text[max(0, s - 25) : s]):
                em.subject = False  # "Kepala Dinas Kesehatan ...": an office
            if parent is None and self.owner_gap is not None and k < len(regions):
                parent = self._owner_after(text, regions[k:], me)
            if ministry:
                em.parent = ministry
                where = inside or parent
                if where is not None and name == head:
                    em.name = f"{name} {where.name}"  # "Kantor Pertanahan di Klaten": the place belongs in its name
                em.name = self._level_named(text, em.name, head0, s, where)
                em.province = where.province if where else (next(iter(context)) if len(context) == 1 else None)
                if where is not None:
                    where.subject = False
                out.append(em)
                continue
            if parent is None and inside is not None:
                em.parent, em.province = inside.name, inside.province
            if parent is not None:
                em.parent = parent.name
                em.province = parent.province
                parent.subject = False  # "Dinas Sosial Kabupaten Bangli": the region is not a subject here
            out.append(em)
        return out

    def _kind_only(self, text: str, s: int, name: str, head: str) -> bool:
        """ "Dinas" alone names no unit; "9 Kantor Pertanahan lainnya" is a kind; "SMP Negeri" with no number
        is no one school; "3 Polres di Papua Barat" is a kind counted in a place."""
        counted = self.count_before.search(text[max(0, s - 30) : s])
        if counted and re.match(r"[ \t]+(?:di|se)(?![\w])", name[len(head) :]):
            return True
        if counted and self.bare_level is not None and self.bare_level.search(name):
            return True  # "10 Dinas Pendidikan Kabupaten", "4 DPMPTSP Kota": a kind counted over many places
        if self.nation_spread is not None and self.nation_spread.match(name, len(head)):
            return True  # "lima besar PTSP di Indonesia": the kind across the nation
        if _LEVEL_SPREAD.match(name, len(head)):  # "DPMPTSP Kota Di Indonesia": the kind across many places
            return True
        if name == head and head in self.kind_heads and (counted or self.kind_before.search(text, max(0, s - 12), s)):
            return True
        return name == head and bool(
            " " not in head
            and head not in self.abbrev_only
            or self.count_before.search(text[max(0, s - 20) : s])
            or head in self.numbered
        )

    def _written_name(self, name: str, head0: str, text: str) -> str:
        """The unit's name with a short form written out ("Dinkes"; "SMPN 9 Palembang" is "SMP Negeri 9 Palembang"
        where the text writes the long head too, else the school keeps the name as written)."""
        if self.lower_field is not None:
            name = self.lower_field.sub(
                lambda m: " ".join(w if w in ("dan",) else w.capitalize() for w in m.group(0).split()), name
            )
        if self.capital_join is not None:
            name = self.capital_join.sub(lambda m: m.group(0).lower(), name)
        if name in self.expansions and self.expansions[name].lower() in text.lower():
            name = self.expansions[name]  # a short form the text never writes out keeps its written name
        if head0 in self.numbered and self.numbered[head0] in text:
            name = self.numbered[head0] + name[len(head0) :]
        if head0 in self.misspelt_heads:
            name = self.misspelt_heads[head0] + name[len(head0) :]
        return name

    def _keeps_place(self, text: str, s: int, parent: EntityMention, head0: str) -> bool:
        """ "RSUD Kota Yogyakarta", "Kantor Pertanahan Kabupaten Banyumas": a facility named only by its place
        keeps the place in its name ("(Kantah)" between the head and the place is only its abbreviation); so does a
        numbered one ("SMP Negeri 9 Palembang")."""
        if head0 in self.numbered:
            return True
        bare = re.sub(r"\s*\([^()]*\)", "", text[s : parent.start]).strip(" ,") == head0
        return bare and head0 in self.facilities

    @staticmethod
    def _clean_name(raw: str) -> str:
        """The unit's name as written, without an alias in brackets or a linking word at its end."""
        name = raw.strip()
        name = re.sub(r"\s*\([^()]*\)\s*$", "", name)  # "(DPMPTSP)" is an alias
        # "Rumah Sakit Umum Daerah (RSUD) Sleman", "Kantor Pertanahan (Kantah) Kabupaten X"
        name = re.sub(r"(?<=\w)\s*\([A-Z][A-Za-z]{1,11}\)(?=\s+[A-Z])", "", name)
        name = re.sub(r"(?:\s+(?:dan|serta|untuk|di|bagi|&))+$", "", name).strip(" ,.")
        return re.sub(r"\s+", " ", name)

    def _owner_after(self, text: str, regions: list[EntityMention], end: int) -> EntityMention | None:
        """The first region after the name, joined by an owner word or written as a government
        ("RSUD X Pemprov Kalbar", "Puskesmas X milik Pemkab Y")."""
        nxt = next((r for r in regions if r.start >= end), None)
        gap = text[end : nxt.start] if nxt is not None else ""
        assert self.owner_gap is not None and self.owner_words is not None  # (the caller checks)
        if (
            nxt is not None
            and len(gap) <= 40
            and self.owner_gap.match(gap)
            and (
                self.owner_words.search(gap) or re.match(r"(?i)pem(?:prov|kab|kot|ko|da|erintah)\b", text[nxt.start :])
            )
        ):
            return nxt
        return None

    def _written_out(self, name: str, text: str) -> str:
        """ "Kantah Kota Batam" is "Kantor Pertanahan Kota Batam" where the text expands the head
        ("Kantor Pertanahan (Kantah)", "Kantah (Kantor Pertanahan)")."""
        abbr, _, rest = name.partition(" ")
        return f"{self.head_forms[abbr]} {rest}" if rest and self.expanded(abbr, text) else name

    def _extend(self, text: str, m: re.Match) -> int:
        """The end of a unit's name past what the name pattern reads: a facility's number
        ("Puskesmas Ngaglik 2") and a merged office's comma-joined affairs ("Dinas Sosial,
        Pemberdayaan Masyarakat dan Desa")."""
        e = m.end()
        head = next((h for h in self.heads if text.startswith(h, m.start())), "")
        if head in self.numbered and e == m.start() + len(head):
            num = _NUMBERED.match(text, e)  # "SMP Negeri 9 Palembang": its number, then the capitalised words
            return num.end() if num else e
        if head in self.facilities:
            num = re.match(r"[ \t]+[1-9](?![\d])(?![,.]\d)", text[e : e + 4])
            return e + num.end() if num else e
        if self.merged_heads is not None and self.merged_heads.match(text, m.start()):
            tail = self.affairs_tail.match(text, e)
            closed = self.affairs_closed.match(text, e) if tail else None
            if (
                closed
                and tail
                and any(self.unit_re.match(x.strip()) for x in tail.group()[len(closed.group()) :].split(","))
            ):
                tail = closed
            # only a list closed by "dan"/"serta" whose items are no new unit or place; at least one
            # item of several words ("Dinas Kesehatan, Pendidikan dan Sosial" may be three offices)
            if tail and re.search(r"(?i)[ \t](?:dan|serta|&)[ \t]", tail.group()):
                items = [x.strip() for x in re.split(r"(?i),|[ \t](?:dan|serta|&)[ \t]", tail.group()) if x.strip()]
                several = any(" " in x or x.lower() in self.merged_only for x in items)
                if several and not any(self.unit_re.match(x) for x in items):
                    return tail.end()
        return e

    def __call__(self, doc: Doc) -> Doc:
        if not doc._.relevant:  # only relevant articles carry records: nothing to find here
            return doc
        regions = placed = doc._.regions or []
        agencies = self.find_agencies(doc_text(doc))
        units = self.find_units(self.headlines.unshout(doc_text(doc)), regions, agencies)
        found = {id(u) for u in units}
        regions, units, agencies = self.office_lists.apply(doc_text(doc), regions, units, agencies)
        regions, units = self.distributed.apply(doc_text(doc), regions, units, self._local)  # units/distributed.py
        titled = self.office_titles.offices(doc_text(doc), regions, units)
        if titled:
            units = sorted(units + titled, key=lambda m: m.start)
            found |= {id(u) for u in titled}
            named = {u.start for u in titled}
            regions = [r for r in regions if r.start not in named]
        for u in units:
            if (
                id(u) not in found
                and self.not_subject is not None
                and self.not_subject.search(doc_text(doc)[max(0, u.start - 25) : u.start])
            ):
                u.subject = False  # "Kepala kantor pertanahan Kota Kupang": an office title
        for u in units:
            u.name = self._written_out(u.name, doc_text(doc))
        self._text_defined(doc_text(doc), units)
        for a in agencies:
            if self._offices_group(doc_text(doc), a):
                # "13 kantor Badan Pertanahan Nasional di Sulteng": its offices, not it, nor their seat
                a.offices_group = True
                # "10 BPN yang meraih zona hijau yaitu ...": the list after it names who holds the value
                a.subject = not self.members_named.match(doc_text(doc), a.end)
                for r in regions:
                    if a.end < r.start <= a.end + 40 and _SEAT_BETWEEN.fullmatch(doc_text(doc), a.end, r.start):
                        r.subject = r.weak = False
        agencies, units = bare_agency_offices(doc_text(doc), agencies, units, self.agency_offices)  # "BPN" alone
        doc._.regions, doc._.agencies = regions, agencies
        # "Untuk Kantor Pertanahan, enam dari 12 kantor ...", "Polres dan Kantor Pertanahan se-Riau": a
        # vertical office's bare head followed by a count, "se-" or a level ("Kantor Pertanahan tingkat
        # kota/kabupaten") names the kind, not one office
        text = doc_text(doc)
        after = self.offices_group_after
        units = [
            u
            for u in self._merge_abbreviated(units, written_places(text, units))
            if u.name not in self.bare_kinds
            or not (self.kind_after.match(text, u.end) or after is not None and after.match(text, u.end))
        ]
        doc._.units = without_cut_names(text, placed, units)  # "... Kantor Pertanahan Kota Tan" (cut_names.py)
        return doc

    def _local(self, u: EntityMention) -> bool:
        """Is `u` a regional government's own kind of unit named without its place (no vertical office, no
        facility named after its place)?"""
        head = next((h for h in self.heads if u.name.startswith(h)), "")
        return bool(head) and head not in self.facilities and self._ministry(head, u.name) is None and u.end > u.start

    def _offices_group(self, text: str, a: EntityMention) -> bool:
        """An agency named as its offices together ("seluruh kantor BPN", "BPN tingkat Kab/Kota")."""
        before = self.offices_group_before
        after = self.offices_group_after
        return bool(
            before is not None
            and before.search(text, max(0, a.start - 30), a.start)
            or after is not None
            and after.match(text, a.end)
        )


@Language.factory("kepatuhan_units", default_config={"data_dir": ""})
def make_units(nlp: Language, name: str, data_dir: str) -> Units:
    return Units(nlp, name, data_dir or None)
