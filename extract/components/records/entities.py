"""The entities the record assembler gives claims to (a mixin of RecordAssembler,
extract/components/records/component.py): mentions that overlap or only locate another, photo credits and
datelines that are no subjects, unit anaphora ("Unit itu sendiri ..."), the article's own government."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from extract.components.common.casefold import scan
from extract.components.common.knowledge import MODELS_DIR, doc_text, read_yaml, words_alt
from extract.components.common.mentions import EntityMention
from extract.components.common.related import LIST_ITEM
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
# a list item line: "- Kabupaten X", "• Kota Y", "1. Kabupaten Z", "a) Kota W"
# "menjadi satu-satunya Kepolisian Resort yang ...": an office named as the kind the subject is one of
# (models/units.yaml `kind_of_before`), then "yang": a category, not an office of its own
_KIND_WORDS = read_yaml(MODELS_DIR / "units.yaml").get("kind_of_before", [])
KIND_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:{words_alt(_KIND_WORDS)})\s+$") if _KIND_WORDS else None

# "Kabupaten X yang sudah memiliki Mal Pelayanan Publik ...": an office the one before it has
_HAS = read_yaml(MODELS_DIR / "units.yaml").get("possessed_after", [])
POSSESSED = re.compile(rf"(?i)(?<![\w])yang\s+(?:\w+\s+)?(?:{words_alt(_HAS)})\s+$") if _HAS else None


# "Daerah yang dipimpin oleh X ini", "Kabupaten yang dinakhodai Bupati Y ini": the government just named
_LED = read_yaml(MODELS_DIR / "units.yaml").get("led_by_verbs", []) + read_yaml(MODELS_DIR / "units.yaml").get(
    "nickname_verbs", []
)
LED_BY = (
    re.compile(
        rf"(?<![\w])(?P<noun>[Dd]aerah|[Kk]abupaten|[Kk]ota|[Pp]rovinsi)\s+yang\s+(?:{words_alt(_LED)})"
        rf"(?:\s+oleh)?\s+[^.,;:!?\n]{{1,60}}?\s+ini(?![\w])"
    )
    if _LED
    else None
)
_LED_GATES = tuple(f"yang {w}" for w in _LED)
LED_LEVELS = {"kabupaten": ("kabupaten",), "kota": ("kota",), "provinsi": ("provinsi",)}
# "Wali Kota Medan Bobby Nasution, Bupati Dairi Eddy Berutu dan Bupati Karo X": governments named by their
# heads, one after another (models/regions/levels.yaml `head_titles`); between two: the first head's name
# (and who stood in for him), then a comma or "dan"/"serta"
_HEADS = read_yaml(MODELS_DIR / "regions" / "levels.yaml").get("head_titles", [])
HEAD_TITLE = re.compile(rf"(?i)(?:{words_alt(_HEADS)})\s+") if _HEADS else None
# ... the title standing before the mention ("Wali Kota Medan" found as "Kota Medan")
HEAD_BEFORE = re.compile(rf"(?i)(?<![\w])(?:{words_alt(_HEADS)}|wali)\s+$") if _HEADS else None
HEAD_GAP = re.compile(r"(?P<name>[^.;:!?\n()\x22\u201c\u201d]{0,80}?)(?:,|\s(?:dan|serta))\s*$")


class ClaimEntities:
    # the anaphora patterns RecordAssembler.load reads (records.py)
    anaphor: re.Pattern[str] | None
    ana_reach: int
    ana_generic: set[str]
    collective_all: re.Pattern[str] | None
    counted_before: re.Pattern[str] | None

    @staticmethod
    def _entities(doc: Doc) -> list[EntityMention]:
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
                and KIND_BEFORE is not None
                and KIND_BEFORE.search(text, max(0, m.start - 20), m.start)
                and re.match(r"\w*\s+yang\b", text[m.end : m.end + 10])  # "Resor(t) yang"
            ):
                m.subject = m.weak = False
            if (
                out
                and m.entity_type == "unit"
                and POSSESSED is not None
                and POSSESSED.search(text, max(out[-1].end, m.start - 40), m.start)
            ):
                m.subject = m.weak = False  # "X yang sudah memiliki Mal Pelayanan Publik": what X has
            out.append(m)
        _listed_heads(text, out)
        return out

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
        return out + self._led_anaphora(text, ents)

    def _led_anaphora(self, text: str, ents: list[EntityMention]) -> list[EntityMention]:
        """ "Daerah yang dipimpin oleh Rina Hartati ini meraih skor 82,14": a stand-in for the
        last government named before it (of the level its noun names), placed where it is written."""
        if LED_BY is None or not any(g in text for g in _LED_GATES):
            return []  # cheap gate: every phrase of it holds one of these
        out = []
        for m in LED_BY.finditer(text):
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


def _listed_heads(text: str, ents: list[EntityMention]) -> None:
    """Governments named by their heads in a list of two or more ("Wali Kota Medan X, Bupati Dairi Y dan
    Bupati Karo Z") are subjects: the heads stand for their governments; each item runs to the comma or
    "dan" after its head's name, so the list reads as one."""
    if HEAD_TITLE is None or HEAD_BEFORE is None:
        return
    heads = []  # (mention, where its head's title starts)
    for e in ents:
        if not e.weak or e.entity_type not in REGIONAL_TYPES:
            continue
        if HEAD_TITLE.match(text, e.start):
            heads.append((e, e.start))
        elif t := HEAD_BEFORE.search(text, max(0, e.start - 25), e.start):
            heads.append((e, t.start()))
    for (a, _), (b, b_title) in zip(heads, heads[1:]):
        gap = HEAD_GAP.fullmatch(text, a.end, b_title) if a.end <= b_title else None
        if gap:
            for e in (a, b):
                e.subject, e.weak = True, False
            a.end = gap.end("name")  # the head's name is part of the list item
