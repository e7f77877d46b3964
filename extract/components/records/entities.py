"""The entities the record assembler gives claims to (a mixin of RecordAssembler,
extract/components/records/component.py): mentions that overlap or only locate another, photo credits and
datelines that are no subjects, unit anaphora ("Unit itu sendiri ..."), the article's own government."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc

from extract.components.common.casefold import scan
from extract.components.common.knowledge import doc_text, read_yaml, words_alt
from extract.components.common.mentions import EntityMention
from extract.components.common.related import LIST_ITEM
from extract.components.records.former_offices import FormerOffices
from extract.components.records.province_offices import ProvinceOffices
from extract.components.records.region_anaphora import RegionAnaphora
from extract.components.records.speaker_titles import SpeakerTitles
from gazetteer import REGIONAL_TYPES

# "Kupang (ANTARA) -", "MANOKWARI –", "Ambon, Maluku (MataMaluku) –": place, province, outlet
# ("SERANG, (KB).-": a comma before the outlet's code, a full stop before the dash)
# the end of a dateline's outlet in brackets: "(Suara NTB)- ", "(Radar Bali) – "
OUTLET_CLOSE = re.compile(r"[ \t]*\)[ \t]*\.?[-–—]")
DATELINE_AFTER = re.compile(
    r"^\s*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?\s*(?:,\s*(?=\())?(?:\([A-Za-z .]{2,20}\))?\s*\.?[-–—]\s"
)
# the government of a province, not its territory ("Pemprov Sumut", "Pemerintah Provinsi Jambi")
GOVERNMENT_WORD = re.compile(r"(?i)pem(?:erintah|prov|prop|rov|da)\b")
# the level a stand-in's noun names ("Kabupaten yang dipimpin ... ini")
LED_LEVELS = {"kabupaten": ("kabupaten",), "kota": ("kota",), "provinsi": ("provinsi",)}
# between two heads of a list: the first head's name (and who stood in for him), then a comma or "dan"/"serta"
HEAD_GAP = re.compile(r"(?P<name>[^.;:!?\n()\x22\u201c\u201d]{0,80}?)(?:,|\s(?:dan|serta))\s*$")


class ClaimEntities:
    # what the rest of RecordAssembler gives this part: the patterns component.py loads
    collective_all: re.Pattern[str] | None
    counted_before: re.Pattern[str] | None

    def _load_entities(self, data_dir: Path) -> None:
        """models/units.yaml (anaphora, offices named as a kind or as what another has, the verbs of "daerah
        yang dipimpin ... ini") and models/regions/levels.yaml (the titles of heads and of speakers)."""
        u, lv = read_yaml(data_dir / "units.yaml"), read_yaml(data_dir / "regions" / "levels.yaml")
        self._load_anaphora(u)
        # "menjadi satu-satunya Kepolisian Resort yang ...": an office named as the kind the subject is one of
        # (`kind_of_before`), then "yang": a category, not an office of its own
        kind = u.get("kind_of_before", [])
        self.kind_before = re.compile(rf"(?i)(?<![\w-])(?:{words_alt(kind)})\s+$") if kind else None
        # "Kabupaten X yang sudah memiliki Mal Pelayanan Publik ...": an office the one before it has
        has = u.get("possessed_after", [])
        self.possessed = re.compile(rf"(?i)(?<![\w])yang\s+(?:\w+\s+)?(?:{words_alt(has)})\s+$") if has else None
        # "Daerah yang dipimpin oleh X ini", "Kabupaten yang dinakhodai Bupati Y ini": the government just named
        led = u.get("led_by_verbs", []) + u.get("nickname_verbs", [])
        self.led_by = (
            re.compile(
                rf"(?<![\w])(?P<noun>[Dd]aerah|[Kk]abupaten|[Kk]ota|[Pp]rovinsi)\s+yang\s+(?:{words_alt(led)})"
                rf"(?:\s+oleh)?\s+[^.,;:!?\n]{{1,60}}?\s+ini(?![\w])"
            )
            if led
            else None
        )
        self.led_gates = tuple(f"yang {w}" for w in led)
        # "Wali Kota Medan Bobby Nasution, Bupati Dairi Eddy Berutu dan Bupati Karo X": governments named by their
        # heads, one after another (levels.yaml `head_titles`); the title at the mention, or before it ("Wali Kota
        # Medan" found as "Kota Medan")
        heads = lv.get("head_titles", [])
        self.head_title = re.compile(rf"(?i)(?:{words_alt(heads)})\s+") if heads else None
        self.head_before = re.compile(rf"(?i)(?<![\w])(?:{words_alt(heads)}|wali)\s+$") if heads else None
        self.speaker_titles = SpeakerTitles(lv)
        self.former_offices = FormerOffices(u)  # "mantan Kepala LAN Makassar": a title held before
        # "Polres A dari Polda X masuk zona merah": the Polda only where its stations are
        self.province_offices = ProvinceOffices(u, read_yaml(data_dir / "values.yaml"))

    def _load_anaphora(self, u: dict) -> None:
        """Vertical offices and the phrases that refer back to units ("dinas tersebut")."""
        self.bare_offices = {h for v in u.get("vertical_offices", []) for h in v.get("heads", [])}
        self.local_offices = set(u.get("local_office_heads", []))
        self.ana_generic = {w.lower() for w in u.get("anaphora_generic", [])}
        self.ana_reach = u.get("anaphora_reach", 600)
        self.region_anaphora = RegionAnaphora(u)  # "Kota ini meraih ...", "Kabupaten tersebut ..."
        self.anaphor = (
            re.compile(
                rf"(?<![\w])(?P<noun>{words_alt(u.get('anaphora_nouns', []))})\s+"
                rf"(?:(?:{words_alt(u.get('anaphora_qualifiers', []) or ['(?!)'])})\s+)?"
                rf"(?:{words_alt(u.get('anaphora_determiners', []))})(?![\w])",
                re.IGNORECASE,
            )
            if u.get("anaphora_nouns")
            else None
        )

    def _entities(self, doc: Doc) -> list[EntityMention]:
        ms = [m for m in (doc._.regions or []) + (doc._.agencies or []) + (doc._.units or [])]
        ms.sort(key=lambda m: (m.start, -(m.end - m.start)))
        out: list[EntityMention] = []
        text = doc_text(doc)
        for m in ms:
            if out and m.start < out[-1].end:
                continue  # overlapping: keep the longer, earlier one
            # "Sulawesi Utara (Sultra)", "Kabupaten Mamuju Tengah (Mateng)": an alias, not a new entity
            if out and re.fullmatch(r"\s*\(\s*", text[out[-1].end : m.start]) and re.match(r"\s*\)", text[m.end :]):
                out[-1].end = m.end + text[m.end :].index(")") + 1
                continue
            # "Kabupaten Mimika, Provinsi Papua Tengah": the province only locates the regency
            if (
                out
                and m.entity_type == "provinsi"
                and out[-1].entity_type in ("kabupaten", "kota")
                and out[-1].province == m.province
                and re.fullmatch(r"\s*[,(]?\s*", text[out[-1].end : m.start])
                # "..., Serdang Bedagai, Pemprov Sumut, Asahan": a provincial government is a member of the list
                and not GOVERNMENT_WORD.match(text, m.start)
            ):
                m.subject = m.weak = False
            # "Metro Bali", "Tribun Jambi"-like names: a bare city and another province's name side by side,
            # with nothing between them, name an outlet or a brand, neither government
            if (
                out
                and m.entity_type == "provinsi"
                and out[-1].entity_type in ("kabupaten", "kota")
                and not out[-1].explicit_level
                and not m.explicit_level
                and out[-1].province != m.province
                and re.fullmatch(r"[ \t]+", text[out[-1].end : m.start])
            ):
                out[-1].subject = out[-1].weak = m.subject = m.weak = False
            # photo credits: "(Dok. Pemkot Makassar)", "(ANTARA/HO-Pemprov Banten)"
            open_paren = text.rfind("(", max(0, m.start - 40), m.start)
            if (
                open_paren >= 0
                and ")" not in text[open_paren : m.start]
                and re.match(r"(?i)\(\s*(dok|foto|sumber|antara|ho|istimewa|humas)\b", text[open_paren:])
            ):
                m.subject = m.weak = False
            # datelines: "Kupang (ANTARA) - ...", "MANOKWARI – ...", "Lenteranusantara.Co.Id, Ambon – ..."
            line_start = text.rfind("\n", 0, m.start) + 1
            # ... and the outlet of one named after its province: "Tanjung (Suara NTB)- Polres X ..."
            if (
                0 <= open_paren - line_start <= 40
                and OUTLET_CLOSE.match(text, m.end)
                and ")" not in text[open_paren : m.start]
            ):
                m.subject = m.weak = False
            dl = DATELINE_AFTER.match(text[m.end : m.end + 50])
            # not a list item's "- Kabupaten Bungo – 90,10 – Hijau" (a value follows the dash)
            if (
                m.start - line_start <= 60
                and dl
                and not re.match(r"\s*\d", text[m.end + dl.end() :])
                and not LIST_ITEM.match(text[line_start : m.start])
                and "."
                not in re.sub(r"(?i)[\w.-]*\.(?:co|com|id|net|news)(?![a-z])[\w.]*", "", text[line_start : m.start])
            ):
                m.subject = m.weak = False
            if (
                m.entity_type == "unit"
                and self.kind_before is not None
                and self.kind_before.search(text, max(0, m.start - 20), m.start)
                and re.match(r"\w*\s+yang\b", text[m.end : m.end + 10])  # "Resor(t) yang"
            ):
                m.subject = m.weak = False
            if (
                out
                and m.entity_type == "unit"
                and self.possessed is not None
                and self.possessed.search(text, max(out[-1].end, m.start - 40), m.start)
            ):
                m.subject = m.weak = False  # "X yang sudah memiliki Mal Pelayanan Publik": what X has
            out.append(m)
        self._holders_marked(text, out)
        return out

    def _holders_marked(self, text: str, ents: list[EntityMention]) -> None:
        """Heads listed stand for their governments; bodies in former titles, and a Polda named only as where its
        stations are (or beside their or the nation's result), hold nothing."""
        self._listed_heads(text, ents)
        self.former_offices.mark(text, ents)
        self.province_offices.mark(text, ents)

    def _anaphora(self, text: str, ents: list[EntityMention]) -> list[EntityMention]:
        """ "Unit itu sendiri memperoleh 93,10": a stand-in for the last unit named before it
        (of the kind its noun names, "puskesmas tersebut"), placed where the anaphor is written."""
        if self.anaphor is None:
            return []
        units = [e for e in ents if e.entity_type == "unit"]
        out = []
        # "Seluruh OPD tersebut", "semua unit layanan itu": all of a list, not the last unit named
        alls = [] if self.collective_all is None else [m.span() for m in scan(self.collective_all, text, fold=True)]
        for m in scan(self.anaphor, text, fold=True):  # offsets and the lower-cased noun are read
            if any(e.start <= m.start() < e.end or m.start() <= e.start < m.end() for e in ents):
                continue
            if any(a <= m.start() < b for a, b in alls):
                continue
            if self.counted_before is not None and self.counted_before.search(text, max(0, m.start() - 20), m.start()):
                continue  # "Ketiga Polres itu": a group referred back to, not the last one named
            noun = re.sub(r"\s+", " ", m.group("noun").lower())
            fits = [
                e
                for e in units
                if e.end <= m.start()
                and m.start() - e.end <= self.ana_reach
                and (noun in self.ana_generic or e.name.lower().startswith(noun))
            ]
            if fits:
                out.append(replace(fits[-1], start=m.start(), end=m.end(), subject=True, weak=False))
        return out + self._led_anaphora(text, ents) + self.region_anaphora.of(text, ents, self._main_government)

    def _led_anaphora(self, text: str, ents: list[EntityMention]) -> list[EntityMention]:
        """ "Daerah yang dipimpin oleh Rina Hartati ini meraih skor 82,14": a stand-in for the
        last government named before it (of the level its noun names), placed where it is written."""
        if self.led_by is None or not any(g in text for g in self.led_gates):
            return []  # cheap gate: every phrase of it holds one of these
        out = []
        for m in self.led_by.finditer(text):
            noun = m.group("noun").lower()
            levels = LED_LEVELS.get(noun, REGIONAL_TYPES)
            fits = [
                e
                for e in ents
                if e.entity_type in levels and e.end <= m.start() and m.start() - e.end <= self.ana_reach
            ]
            if fits:
                out.append(replace(fits[-1], start=m.start(), end=m.end(), subject=True, weak=False))
        return out

    @staticmethod
    def _key(e: EntityMention) -> tuple:
        return (e.name, e.entity_type, e.parent)

    def _main_government(self, ents: list[EntityMention]) -> EntityMention | None:
        govs = [e for e in ents if e.entity_type in REGIONAL_TYPES]
        if not govs:
            return None
        subj = Counter(e.code for e in govs if e.subject)
        allc = Counter(e.code for e in govs)
        first: dict[str | None, int] = {}
        for e in govs:
            first.setdefault(e.code, e.start)
        # most named as a subject, then most named at all, then a kabupaten/kota over its province
        code = max(allc, key=lambda c: (subj[c], allc[c], "." in (c or ""), -first[c]))
        return next(e for e in govs if e.code == code)

    def _listed_heads(self, text: str, ents: list[EntityMention]) -> None:
        """Governments named by their heads in a list of two or more ("Wali Kota Medan X, Bupati Dairi Y dan
        Bupati Karo Z") are subjects: the heads stand for their governments; each item runs to the comma or
        "dan" after its head's name, so the list reads as one."""
        if self.head_title is None or self.head_before is None:
            return
        heads = []  # (mention, where its head's title starts)
        for e in ents:
            if not e.weak or e.entity_type not in REGIONAL_TYPES:
                continue
            if self.head_title.match(text, e.start):
                heads.append((e, e.start))
            elif t := self.head_before.search(text, max(0, e.start - 25), e.start):
                heads.append((e, t.start()))
        for (a, _), (b, b_title) in zip(heads, heads[1:]):
            gap = HEAD_GAP.fullmatch(text, a.end, b_title) if a.end <= b_title else None
            if gap:
                for e in (a, b):
                    e.subject, e.weak = True, False
                a.end = gap.end("name")  # the head's name is part of the list item
