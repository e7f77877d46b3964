"""How the units component names what it finds (a mixin of Units, extract/components/units/component.py): the place a
vertical office names, land offices named with their place's level word, one unit written two ways.
Knowledge: models/units.yaml (`head_long_forms`, `offices_named_with_level`, `vertical_offices`)."""

from __future__ import annotations

import re
from collections import defaultdict

from extract.components.common.mentions import EntityMention

# a short form written in brackets inside a unit's name: "... Nasional (ATR/BPN) Provinsi Gorontalo"
_BRACKETED_SHORT = re.compile(r" \((?P<short>[A-Z][\w /-]{0,15})\)")

# a short name defined right after a unit's long name: "Dinas Pendidikan dan Kebudayaan (Dindikbud)"
_DEFINED_SHORT = re.compile(r"[ \t]*\([ \t]*(?P<short>[A-Z][A-Za-z]{2,15}(?:-[A-Z][A-Za-z]{1,10})?)[ \t]*\)")

# the place written right after a unit ("DPMPTSP Kota Pangkalpinang", "DPMPTSP Pangkalpinang"): up to four
# capitalised words, its level word optional
_PLACE_AFTER = re.compile(
    r"[ \t]*(?:(?:Provinsi|Kabupaten|Kota)[ \t]+)?(?P<place>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})"
)


def _spelling_key(name: str) -> str:
    return re.sub(r"[\s-]", "", name).lower()


def written_places(text: str, units: list[EntityMention]) -> dict[str, str]:
    """Each government's name as the text spells it after one of its units, where that differs from the
    Kemendagri name in spaces or hyphens only ("Kota Pangkalpinang" for Kota Pangkal Pinang): a unit's
    name is written as the text writes it (RECORDS.md), its parent stays the canonical name."""
    out: dict[str, str] = {}
    for u in units:
        if not u.parent or " " not in u.parent or u.parent in out:
            continue
        level, place = u.parent.split(" ", 1)
        m = _PLACE_AFTER.match(text, u.end)
        words = m.group("place").split() if m else []
        for k in range(1, len(words) + 1):
            if _spelling_key(" ".join(words[:k])) == _spelling_key(place):
                if " ".join(words[:k]) != place:
                    out[u.parent] = f"{level} {' '.join(words[:k])}"
                break
    return out


class UnitNames:
    # what the rest of Units gives this part (units.py loads them)
    heads: list[str]
    head_forms: dict[str, str]
    facilities: set[str]
    vertical: list[tuple[str, set[str], list[str]]]
    level_named_heads: dict[str, str]
    written_out: set[str]
    bare_level: re.Pattern[str] | None

    @staticmethod
    def _office_place(text: str, places: list[EntityMention]) -> tuple[EntityMention, int]:
        """The place a vertical office names and where its name ends: the last of places written together
        ("Polres Metro Jakarta Selatan"), then a level word after it ("Polres Malang Kota")."""
        inside = places[0]
        for nxt in places[1:]:
            if text[inside.end : nxt.start].strip():
                break  # "Kanwil BPN Aceh Bersama Bupati Aceh Besar": only places written together
            inside = nxt
        lvl = re.match(r"[ \t]+(?:Kota|Kabupaten)(?![\w])", text[inside.end :])
        return inside, inside.end + (lvl.end() if lvl else 0)

    def _level_named(self, text: str, name: str, head: str, s: int, where: EntityMention | None) -> str:
        """ "Kantor Pertanahan Dompu", "Kantah Bima": a land office is named by its head written out (also when
        abbreviated, where the text expands the head) and its place's Kemendagri name with the level word
        ("Kantor Pertanahan Kabupaten Dompu")."""
        full = self.level_named_heads.get(head)
        if full is None and self.expanded(head, text):  # "Kantor Pertanahan (Kantah) ... Kantah Bangka Tengah"
            full = self.level_named_heads.get(self.head_forms.get(head, ""))
        if full is None or where is None or where.entity_type not in ("kabupaten", "kota"):
            return name
        between = re.sub(r"\s*\([^()]*\)", "", text[s + len(head) : where.start])
        if between.strip() or not name.endswith(text[where.start : where.end]):
            return name  # more than the head and its place
        return f"{full} {where.name}"

    def expanded(self, abbr: str, text: str) -> bool:
        """Does the text expand the abbreviated head ("Kantor Pertanahan (Kantah)", "Kantah (Kantor Pertanahan)")?"""
        full = self.head_forms.get(abbr) if abbr in self.written_out else None
        if not full:
            return False
        a, f = re.escape(abbr), re.escape(full)
        return bool(re.search(rf"(?i){f}\s*\(\s*{a}\s*\)|(?<![\w]){a}\s*\(\s*{f}\s*\)", text))

    @staticmethod
    def _text_defined(text: str, units: list[EntityMention]) -> None:
        """A short name the text defines after a unit's long name ("Dinas Kependudukan dan Catatan Sipil
        (Disdukcapil)") names that unit as the text names it, not as the usual expansion does."""
        defined: dict[str, str] = {}
        for u in units:
            written = text[u.start : u.end]
            m = _DEFINED_SHORT.search(written) or _DEFINED_SHORT.match(text, u.end)
            if m and " " in u.name and (m.string is text or m.end() == len(written.rstrip())):
                defined.setdefault(m.group("short"), u.name)
        if defined:
            for u in units:
                head, _, rest = u.name.partition(" ")
                # "Dikpora" alone, or after the long name's head ("Dinas Dikpora DIY")
                alone = defined.get(text[u.start : u.end].strip()) or defined.get(_glued_short(text, u))
                long = alone or defined.get(rest)
                # ... or a short name with no head of its own ("Disdikpora DIY" after "... (Disdikpora) DIY")
                if long and (alone or long.split()[0] == head.split()[0] or u.name in defined):
                    u.name = long

    def _merge_abbreviated(
        self, units: list[EntityMention], places: dict[str, str] | None = None
    ) -> list[EntityMention]:
        """ "RSUD X" and "Rumah Sakit Umum Daerah X" in one article are one unit: use the long form.
        The same for a bare facility head and the one facility of that kind with the same parent."""
        full = {u.name for u in units}
        for u in units:
            for abbr, long_form in self.head_forms.items():
                if u.name == abbr or u.name.startswith(abbr + " "):
                    cand = long_form + u.name[len(abbr) :]
                    if cand in full:
                        u.name = cand
        # "Kantor Wilayah Agraria dan Tata Ruang/Badan Pertanahan Nasional (ATR/BPN) Provinsi Gorontalo", then
        # "Kanwil ATR/BPN Provinsi Gorontalo": the short form written in brackets names the same office (named
        # the long way, without the brackets)
        by_short = {}
        for u in units:
            b = _BRACKETED_SHORT.search(u.name)
            head = next((h for h in self.heads if u.name.startswith(h + " ")), None) if b else None
            if b and head:
                long = u.name[: b.start()] + u.name[b.end() :]
                by_short[f"{head} {b.group('short').strip()}{u.name[b.end() :]}"] = by_short[u.name] = long
        if by_short:
            for u in units:
                short = next((h for h in self.head_forms if u.name.startswith(h + " ")), None)
                written = self.head_forms[short] + u.name[len(short) :] if short else u.name
                u.name = by_short.get(written, by_short.get(u.name, u.name))
        # "Kantor Pertanahan di Banyumas" in the headline, "Kantor Pertanahan Kabupaten Banyumas" in the body
        for u in units:
            if u.name in self.facilities and u.parent:
                longer = {x.name for x in units if x.parent == u.parent and x.name.startswith(u.name + " ")}
                if len(longer) == 1:
                    u.name = longer.pop()
        for u in units:  # "Dinas Kesehatan Provinsi" after "Dinas Kesehatan Provinsi Gorontalo": that one
            placed = any(u.name.startswith(f + " ") for f in self.facilities)  # ("Polres Bima Kota": a place)
            bare = self.bare_level.search(u.name) if self.bare_level is not None and not placed else None
            if bare and len({x.parent for x in units if x.name == u.name[: bare.start()] and x.parent}) == 1:
                u.name = u.name[: bare.start()]
        # "BPN Kabupaten Aceh Utara" and "Kantor Pertanahan Aceh Utara", "Kanwil BPN Aceh" and "Kantor
        # Wilayah BPN Provinsi Aceh": one office, named the fuller way (never Kota X and Kabupaten X)
        ministries = {parent for parent, _, _ in self.vertical}
        level = re.compile(r"(?<= )(?:Provinsi|Kabupaten|Kota) ")

        def fold(n: str) -> str:
            short = next((h for h in self.head_forms if n.startswith(h + " ")), None)
            return level.sub("", self.head_forms[short] + n[len(short) :] if short else n)

        with_level: dict[tuple, set] = defaultdict(set)
        for u in units:
            if u.parent in ministries and level.search(u.name):
                with_level[(u.parent, fold(u.name))].add(u.name)
        for u in units:
            if u.parent in ministries and not level.search(u.name):
                named = with_level.get((u.parent, fold(u.name)), set())
                if len(named) == 1:
                    u.name = next(iter(named))
        return self._named_with_government(units, ministries, places)

    @staticmethod
    def _named_with_government(
        units: list[EntityMention], ministries: set, places: dict[str, str] | None = None
    ) -> list[EntityMention]:
        """ "DPMPTSP Kabupaten Tabalong, ..., DPMPTSP Kota Banjarbaru": one unit name held by several
        governments' units names each with its government, so that they stay apart."""
        owners: dict[str, set] = defaultdict(set)
        for u in units:
            if u.parent and u.parent not in ministries:
                owners[u.name].add(u.parent)
        for u in units:
            if u.parent and len(owners.get(u.name, ())) > 1 and not u.name.endswith(" " + u.parent):
                u.name = f"{u.name} {(places or {}).get(u.parent, u.parent)}"
        return units


def _glued_short(text: str, u: EntityMention) -> str:
    """The short name as written with a part glued on by a hyphen ("Dinsos-PMD", read as "Dinsos")."""
    written = text[u.start : u.end].rstrip()
    tail = re.match(r"-[A-Za-z][\w-]*", text[u.start + len(written) : u.start + len(written) + 30])
    return written + tail.group() if tail else ""
