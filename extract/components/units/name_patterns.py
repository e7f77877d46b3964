"""The patterns of a unit's name and of the offices around it (a part of Units, units/component.py), built from
models/units.yaml: a head and the capitalised words after it, a field in lower case, merged affairs, counted heads,
the words naming a unit's owner; and the ministry a vertical office belongs to."""

from __future__ import annotations

import re
from pathlib import Path

from extract.components.common.knowledge import read_yaml, words_alt
from extract.components.units.office_lists import OfficeLists
from extract.components.units.office_titles import OfficeTitles
from extract.components.units.unit_names import UnitNames


class NamePatterns(UnitNames):
    # what the rest of Units gives this part (units.py loads them)
    expansions: dict[str, str]
    regional_heads: set[str]

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
        # ("RSUD dr Soebandi": the doctor's honorific written without its full stop, before a capital)
        bare = words_alt(u.get("eponym_honorifics_undotted", []) or ["(?!)"])
        eponym = rf"(?:[ \t]+(?:(?:{hon})\.(?=[ \t]*[A-Z])|(?:{bare})(?=[ \t]+[A-Z])))*" if hon else ""
        split_heads = [h for h in self.heads if h not in set(u.get("heads_inside_names", []))]
        # "7 Polres Polda Papua": a head written right before a higher office is the kind of its units
        over = words_alt(u.get("offices_over_units", []))
        under = rf"(?![ \t]+(?:{over})(?![\w]))" if over else ""
        # "Polres Kaur Polda Bengkulu": the higher office written after a unit's name, up to its place
        self.over_after = re.compile(rf"[ \t]+(?:{over})[ \t]+$") if over else None
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

    def _ministry(self, head: str, name: str) -> str | None:
        """The ministry or agency a vertical office belongs to (None for a regional government's unit)."""
        for parent, heads, words in self.vertical:
            if head in heads:
                return parent
            if head in self.regional_heads and any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", name) for w in words):
                return parent
        return None
