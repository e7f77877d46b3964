"""The words around a region's name that give or deny its level (a mixin of Regions, regions/component.py), read
from models/regions/levels.yaml: level words before it, a level noun heading a list, counted governments, venues,
datelines, words after which a name is no subject, level words glued to the name."""

from __future__ import annotations

import re
from pathlib import Path
from extract.components.regions.echoes import LowerEchoes
from extract.components.regions.places import RegionPlaces
from extract.components.common.knowledge import read_yaml, words_alt
from gazetteer import REGIONAL_TYPES
from models import read_list

NAME_OPENERS = "officials/balinese_name_openers.txt"


class LevelCues:
    def _load_level_cues(self, data_dir: Path, lv: dict) -> None:
        """The words around a name that give or deny its level: level words before it, a level noun
        heading a list, counted governments, venues, words after which a name is no subject."""
        self.level_of = {w.lower().rstrip("."): level for level in REGIONAL_TYPES for w in lv.get(level, [])}
        alt = words_alt(w for level in REGIONAL_TYPES for w in lv.get(level, []))
        # a level word the any-case lookup starts after (written in any case, "kota surakarta")
        # (or glued to it after the level word's full stop: "kab.halteng")
        self.level_word_lower = re.compile(rf"(?<![\w])({alt})(?:[ \t]+|(?<=\.))(?=[a-zA-Z])", re.IGNORECASE)
        self.level_before = re.compile(
            rf"(?:(?<![\w])({alt})[ \t]*(?:\([ \t]*[A-Za-z]{{2,10}}[ \t]*\)[ \t]*)?|\([ \t]*({alt})[ \t]*\)[ \t]*)$",
            re.IGNORECASE,
        )
        # "Pemerintah Kota: Blitar, Malang", "empat pemerintah kota, yakni Semarang, Salatiga": a level
        # noun heading a list of bare names gives them its level (not "kabupaten/kota yakni ...")
        intro = words_alt(read_yaml(data_dir / "values.yaml").get("heading_introducers", []))
        self.level_heading = re.compile(
            rf"(?<![\w/])({alt})[ \t]*(?:\([ \t]*[A-Za-z]{{2,10}}[ \t]*\)[ \t]*)?"
            rf"(?::|[.,]?\s+(?:{intro})\s*:?)\s*$",
            re.IGNORECASE,
        )
        self.heading_after = re.compile(
            rf"[ \t]*(?:\([ \t]*[A-Za-z]{{2,10}}[ \t]*\)[ \t]*)?(?::|[.,]?\s+(?:{intro})(?![\w]))", re.IGNORECASE
        )
        # "28 Pemerintah Provinsi, 94 Pemerintah Kota": a count of governments, not the article's own
        counts = words_alt(lv.get("standalone_not_after", []))
        self.standalone_counted = re.compile(rf"(?:\d|(?<![\w])(?:{counts}))\s*$", re.IGNORECASE)
        venues = words_alt(lv.get("venue_words", []))
        # "di Hotel Mercure Pontianak", "Auditorium TVRI Jakarta": the place of a venue, never a subject
        # (a brand may come before the venue's word: "di Grand Hotel Madiun")
        # and its address after it: "di Hotel Arya Duta, Menteng, Jakarta Pusat", "di Hotel Sahid, Jalan Jenderal
        # Sudirman, Tanah Abang, Jakarta Pusat"
        address = r"(?:,[ \t]+(?:Jalan|Jl\.)?(?:[ \t]*[A-Z0-9][\w&.'’/-]*){1,5}){0,3}"
        # a word of the venue's name: its dot only inside it ("St.Regis"), never the full stop that ends the
        # sentence ("di Hotel Santika. Kabupaten X meraih ...": X is the next sentence's subject)
        word = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"
        self.venue_before = (
            re.compile(
                rf"(?i:(?<![\w])(?:di|ke|bertempat\s+di)\s+(?:ruang\s+)?)(?:{word}[ \t]+){{0,2}}(?:{venues})(?:[ \t]+{word}){{0,4}}"
                rf"{address},?[ \t]+$"
            )
            if venues
            else None
        )
        # "kata Husnul, Banjarmasin, Rabu (17/1/2024)": a bare place between a comma and the weekday of a
        # dateline is where it was said
        days = words_alt(read_yaml(data_dir / "values.yaml").get("weekdays", {}))
        self.dateline_after = re.compile(rf"[ \t]*,[ \t]*(?:{days})(?![\w])", re.IGNORECASE) if days else None
        self.places = RegionPlaces(lv, read_list(data_dir / NAME_OPENERS))
        self.echoes = LowerEchoes(lv)
        tags = lv.get("news_agency_tags", [])
        self.agency_tag = (
            re.compile(rf"\((?:{words_alt(tags)})(?![\w])[^()\n]{{0,30}}\)", re.IGNORECASE) if tags else None
        )
        sa = lv.get("standalone", {})
        self.standalone_level = {w: level for level, ws in sa.items() for w in ws}
        self.standalone_re = re.compile(rf"(?<![\w(])({words_alt(self.standalone_level)})(?![\w)])")
        nsb = words_alt(w for w in lv.get("not_subject_before", []) if not w.endswith("-"))
        # the word and the mention on one line (or across one hard wrap): a headline ending in
        # "... dari Ombudsman" does not make the next paragraph's first name a place
        gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
        self.not_subject = re.compile(
            rf"(?:(?<![\w-])(?:{nsb})\)?{gap}(?:RI{gap})?|(?<![\w])se-?\s*|(?<![\w])di\s?(?:lingkup|lingkungan|wilayah)\s*|(?<!pada\s)(?<![\w])lingkup\s+)\Z",
            re.IGNORECASE,
        )
        capital = lv.get("capital_before", []) + lv.get("agency_office_before", [])  # ("Kapolda NTT": no stand-in)
        self.capital_of = re.compile(rf"(?<![\w-])(?:{words_alt(capital)}){gap}\Z", re.IGNORECASE) if capital else None
        self.pref = lv.get("bare_level_preference", ["provinsi", "kabupaten", "kota"])
        # a level word glued to the name ("KotaYogyakarta", "PemkabSleman"): typed without the space
        glued = words_alt(w for level in REGIONAL_TYPES for w in lv.get(level, []) if re.fullmatch(r"[A-Z][a-z]+", w))
        self.glued = re.compile(rf"(?:{glued})(?=[A-Z][a-z])")
        # the words it opens with: find() tries it only on a capitalised word that starts with one
        self.glued_words = tuple(
            w for level in REGIONAL_TYPES for w in lv.get(level, []) if re.fullmatch(r"[A-Z][a-z]+", w)
        )
