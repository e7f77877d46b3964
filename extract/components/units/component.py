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
from extract.components.common.mentions import EntityMention
from extract.components.units.office_lists import OfficeLists
from extract.components.units.office_titles import OfficeTitles
from extract.components.units.unit_names import UnitNames, written_places

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


class Units(UnitNames, DataComponent):
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
        self.vertical = [
            (v["parent"], set(v.get("heads", [])), v.get("name_words", [])) for v in u.get("vertical_offices", [])
        ]
        self.regional_heads = set(u.get("regional_office_heads", []))
        self.bare_kinds = {h for _, heads, _ in self.vertical for h in heads} | self.regional_heads
        self.headlines = Headlines(self.heads, self.agencies, u)
        self._load_offices(data_dir, u, word, inner)

    def _load_unit_pattern(self, u: dict) -> tuple[str, str]:
        """The pattern of a unit's name (a head, then capitalised words); returns its word and connector
        patterns for the patterns built on them."""
        nums = words_alt(u.get("kind_count_words", ["semua"]))
        # after a bare office head: the offices of a whole area, the others, or a count of them
        self.kind_after = re.compile(
            rf"(?i)[ \t]*(?:se-?[ \t]?\w|lain(?:nya)?\b|,[ \t]*(?:\d{{1,3}}|{nums})[ \t]+(?:dari|di antaranya|diantaranya)\b)"
        )
        nouns = words_alt(u.get("agency_offices_group_nouns", []))
        self.offices_group_before = (
            # "13 kantor BPN", and the offices counted by the agency's name alone ("10 Badan Pertanahan Nasional")
            re.compile(rf"(?i)(?<![\w.,])(?<!nilai )(?<!skor )(?:\d{{1,3}}|{nums})\s+(?:(?:{nouns})\s+)?$")
            if nouns
            else None
        )
        after = words_alt(u.get("agency_offices_group_after", []))
        self.offices_group_after = re.compile(rf"(?i)\s+(?:{after})(?![\w])") if after else None
        inner = words_alt(u.get("inner_lower", []) + u.get("connectors", []))
        # a title-case headline or quote writes the connector capitalised ("Dinas Pendidikan Dan Kebudayaan"):
        # the name is the one written with it in lower case
        joins = [w for w in u.get("connectors", []) if w.isalpha()]
        self.capital_join = (
            re.compile(rf"(?<=\w )(?:{words_alt([w.capitalize() for w in joins])})(?= [A-Z])") if joins else None
        )
        # an eponym's honorific stays in the name ("RSUD dr. Soedarso", "RSUD H. Damanhuri")
        hon = words_alt(u.get("eponym_honorifics", []))
        # title-case headlines go on after the name ("RSUD X Raih Nilai 92"): these words end it
        stop = words_alt(u.get("name_stop_words", []))
        stop_la = rf"(?!(?:{stop})(?![\w]))" if stop else ""
        # a full stop stays inside a name only after an abbreviation ("RSUD dr. H. Moch. Ansari
        # Saleh"); after any other word it ends the sentence ("Polres Pamekasan. Sedang ...")
        abbr = words_alt(u.get("name_abbreviations", []))
        abbr_dot = rf"(?:(?:{abbr})(?![\w])|[A-Z])\.(?=[ \t]+[A-Z])|" if abbr else ""
        # a bracketed short form inside the name, slashes too ("Kantor Wilayah ... (ATR/BPN) Provinsi Gorontalo")
        word = stop_la + rf"(?:{abbr_dot}[A-Z][\w'’/-]*(?:\.\w+)*|\([A-Z][\w /-]{{0,15}}\)" + ")"
        # only right after the head: "Kepala Puskesmas Talise dr. Budi" names a person after the unit
        eponym = rf"(?:[ \t]+(?:{hon})\.(?=[ \t]*[A-Z]))*" if hon else ""
        split_heads = [h for h in self.heads if h not in set(u.get("heads_inside_names", []))]
        # "7 Polres Polda Papua": a head written right before a higher office is the kind of its units
        over = words_alt(u.get("offices_over_units", []))
        under = rf"(?![ \t]+(?:{over})(?![\w]))" if over else ""
        lower = self._lower_field_pattern(u)
        self.unit_re = re.compile(
            # a connector followed by a new head starts a second unit ("Polres dan Kantor Pertanahan")
            rf"(?<![\w])(?:{lower}(?:{words_alt(self.heads)}){eponym}{under})(?:[ \t]+{word}|[ \t]+(?:{inner})(?=[ \t]+(?!(?:{words_alt(split_heads)})(?![\w]))[A-Z]))*"
        )
        return word, inner

    def _load_offices(self, data_dir: Path, u: dict, word: str, inner: str) -> None:
        """Offices of ministries, merged affairs, counted heads, and the words naming a unit's owner."""
        self.agency_offices = u.get("agency_offices", {})
        merged = words_alt(u.get("merged_affairs_heads", []))
        cap_seq = rf"{word}(?:[ \t]+(?:(?:{inner})[ \t]+)?{word})*"
        # ", Pemberdayaan Masyarakat dan Desa": comma-joined affairs closed by "dan"/"serta"
        self.merged_heads = re.compile(rf"(?:{merged})(?![\w])") if merged else None
        self.merged_only = {w.lower() for w in u.get("merged_only_affairs", [])}
        # (the last one may follow a comma too: ", Pelayanan Terpadu, dan Ketenagakerjaan")
        self.affairs_tail = re.compile(rf"(?:,[ \t]+(?:(?:dan|serta)[ \t]+)?{cap_seq})+")
        # ... ended at the item after the closing "dan"/"serta", when a list of units goes on after it
        # ("Dinas Pendidikan, Pemuda, dan Olahraga (Dikpora) DIY, Dinas Kesehatan DIY, ...")
        self.affairs_closed = re.compile(rf"(?:,[ \t]+{word}(?:[ \t]+{word})*)*,?[ \t]+(?:dan|serta)[ \t]+{cap_seq}")
        nums = words_alt(
            list(read_yaml(data_dir / "values.yaml").get("cardinals", {})) + ["beberapa", "sejumlah", "para"]
        )
        # "9 Kantor Pertanahan lainnya", "dua Polres": a head counted is a kind, not one unit (a year is no
        # count: "sejak 2022 sampai 2023 MPP Provinsi X")
        # ("12 (dua belas) Dinas": the number written out in brackets after it)
        # ("empat Kantor Kepolisian Resor": the office's word before its head)
        office = words_alt(u.get("counted_office_words", []) or ["kantor"])
        self.count_before = re.compile(
            rf"(?i)(?<![\w])(?:(?!(?:19|20)\d\d(?!\d))\d+|{nums})(?:[ \t]*\([ \t\w]{{1,20}}\))?[ \t]+(?:(?:{office})[ \t]+)?$"
        )
        # a name ending in a level word with no place after it ("Dinas Pendidikan Kabupaten")
        levels = words_alt(u.get("bare_level_words", []))
        self.bare_level = re.compile(rf"[ \t](?:{levels})$", re.IGNORECASE) if levels else None
        intro = words_alt(w for w in u.get("list_introducers", []) if w != ":")
        self.members_named = re.compile(rf"(?i)[^.!?\n]*?(?<![\w])(?:{intro})(?![\w])")
        self.office_titles = OfficeTitles(u, lambda head, name: self._ministry(head, name))
        self.office_lists = OfficeLists(u, self.heads, lambda head, name: self._ministry(head, name), self.count_before)
        self.head_forms = u.get("head_long_forms", {})
        self.level_named_heads = u.get("offices_named_with_level", {})
        self.numbered: dict[str, str] = u.get("numbered_heads", {})
        nsb = words_alt(u.get("not_subject_before", []))
        whole = words_alt(u.get("not_subject_after_words", []) or ["Ombudsman"])
        self.not_subject = re.compile(rf"(?<![\w])(?:(?:{nsb})\.?|(?:{whole}))\s+$", re.IGNORECASE) if nsb else None
        self.abbrev_only = {h for h in self.heads if h.isupper() or h in self.expansions} | set(
            u.get("short_names", [])
        )
        # "RSUD X milik Pemprov Y", "Dinas X di lingkungan Pemkab Y": the government after these
        # words owns the unit; it is its parent, not the subject of the unit's values
        own = words_alt(u.get("owner_before", []))
        # a comma is allowed only with an owner word ("RSUD X, milik Pemprov Y"), not in a list ("RSUD X, Pemkab Y ...")
        self.owner_gap = re.compile(rf"^[ \t]*(?:,?[ \t]*(?:{own})[ \t]+)?$", re.IGNORECASE) if own else None
        self.owner_words = re.compile(rf"(?<![\w])(?:{own})[ \t]+$", re.IGNORECASE) if own else None

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
            e = me
            i = bisect_right(blocked, (s, float("inf"))) - 1
            if i >= 0 and blocked[i][0] <= s < blocked[i][1]:
                continue
            parent = None
            # a region inside the name ends it and becomes the parent ("Dinas Sosial Kabupaten Bangli")
            k = bisect_right(starts, s)
            head0 = next((h for h in self.heads if text.startswith(h, s)), "") or next(
                (h for h in self.lower_named if text[s : s + len(h)].lower() == h.lower()), ""
            )
            ministry = self._ministry(head0, text[s:me])
            inside = None
            places = [r for r in regions[k : k + 4] if r.start < me]
            if ministry and places and not re.search(r"(?<![\w])di[ \t]+$", text[s : places[0].start]):
                # a vertical office keeps its place in its name ("Kanwil BPN Provinsi Aceh", "Kanwil
                # Kemenkumham Bali" whatever the article's province), the last of places written
                # together ("Polres Metro Jakarta Selatan"); the name ends there or at a level word after it ("Polres
                # Malang Kota"), not at a person named after it ("Kepala Kanwil BPN Aceh Dr Mazwar")
                inside, me = self._office_place(text, places)
                e = me
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
        if _LEVEL_SPREAD.match(name, len(head)):  # "DPMPTSP Kota Di Indonesia": the kind across many places
            return True
        return name == head and bool(
            " " not in head
            and head not in self.abbrev_only
            or self.count_before.search(text[max(0, s - 20) : s])
            or head in self.numbered
        )

    def _lower_field_pattern(self, u: dict) -> str:
        """The alternative for an office whose field is written in lower case ("Dinas sosial"), tried
        before the bare head would end the name at the head; empty when the data lists none."""
        heads, fields = u.get("lower_case_heads", []), u.get("lower_case_fields", [])
        self.lower_named = u.get("lower_case_named_heads", [])
        named = rf"(?i:{words_alt(self.lower_named)})(?=[ \t]+[A-Z])|" if self.lower_named else ""
        if not (heads and fields):
            self.lower_field = None
            return named
        alt = rf"(?i:(?:{words_alt(heads)})[ \t]+(?:{words_alt(fields)}))(?![\w])"
        self.lower_field = re.compile(rf"^{alt}")
        return named + alt + "|"

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

    def _ministry(self, head: str, name: str) -> str | None:
        """The ministry or agency a vertical office belongs to (None for a regional government's unit)."""
        for parent, heads, words in self.vertical:
            if head in heads:
                return parent
            if head in self.regional_heads and any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", name) for w in words):
                return parent
        return None

    def __call__(self, doc: Doc) -> Doc:
        if not doc._.relevant:  # only relevant articles carry records: nothing to find here
            return doc
        regions = placed = doc._.regions or []
        agencies = self.find_agencies(doc_text(doc))
        units = self.find_units(self.headlines.unshout(doc_text(doc)), regions, agencies)
        found = {id(u) for u in units}
        regions, units, agencies = self.office_lists.apply(doc_text(doc), regions, units, agencies)
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
