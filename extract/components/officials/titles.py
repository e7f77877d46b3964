"""Office titles: [acting prefix] head [numeral] tail, the tail made of title words, one region
name, parenthesised abbreviations and connectors ("Pjs. Kepala Perwakilan Ombudsman RI Provinsi
Papua Barat", "Gubernur Kalimantan Utara (Kaltara)"). `TitleGrammar` is the first layer of the
finder: the names (names.py) and the linking (linking.py) build on it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from extract.components.officials.knowledge import OfficialsKnowledge
from extract.components.officials.facilities import after_facility, facility_name
from extract.components.officials.fields import misspelt_field, opening_head
from extract.components.officials.lower_tails import CONNECTORS, goes_on_lower, lower_tail
from extract.components.officials.places import cut_region, misspelt_region, unit_place
from extract.components.officials.tokens import Tok, _ends_sentence, _key
from extract.components.officials.unit_class import CLASS_NUMERAL, CLASS_WORDS, TEAM_NUMBER, rank_numeral, seat_length

WINDOW_BEFORE = 70  # chars looked at around a title word: a name before it ("Nama, Jabatan") ...
WINDOW_AFTER = 180  # ... and the title's tail and the name after it
MAX_NAME_TOKENS = 6
MAX_TAIL_TOKENS = 14
NUMERALS = {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4"}
DASHES = {"–", "—", "-", "/"}
QUOTES = {'"', "“", "”", "'", "‘", "’"}
LINK_BEFORE_TITLE = {"sebagai", "selaku"}  # "Marten Taha sebagai wali kota"
ACTING_SHORT = {"plt", "plh", "pjs"}
LEVEL_WORDS = {"provinsi", "prov", "kabupaten", "kab", "kota", "pemprov", "pemkab", "pemkot", "pemda"}


_FIRST_WORDS: dict[int, tuple[set | dict, frozenset]] = {}


def _first_words(table: set | dict) -> frozenset:
    """The words the table's word sequences open with (the tables are read once and never change)."""
    hit = _FIRST_WORDS.get(id(table))
    if hit is None or hit[0] is not table:
        hit = _FIRST_WORDS[id(table)] = (table, frozenset(seq[0] for seq in table if seq))
    return hit[1]


_STOP = (-1, 0)  # _word_step: the name starts at this word
_BODY_LETTER = re.compile(r"[A-H]|[IVX]{1,4}")  # "Komisi A", "Pansus II"
_TERM = re.compile(r"\d{4}(?:[-–/]\d{4})?")  # "Periode 2021-2026"
_SURVEY_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass
class Mention:
    name_toks: list[Tok]
    title: str
    start: int
    end: int
    weak: bool = False  # found in a headline: only confirms a person named elsewhere
    # the knowledge's longer abbreviated given names ("Mohd."), written with their dot in `name`
    abbreviations: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    @cached_property
    def name(self) -> str:
        abbr, last = self.abbreviations, len(self.name_toks) - 1
        # a short word closing the name keeps no full stop ("Edi M. Nur."): it ends the sentence
        return " ".join(
            t.text
            if _is_initial(t, abbr)
            and not (x == last > 0 and t.bare[1:].islower())
            or DOTTED_INITIALS.fullmatch(t.text)
            else t.bare
            for x, t in enumerate(self.name_toks)
        )


DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")  # "T.T", "O.D.S."
# "HA.", "HM.": the honorific "H." (Haji) written together with an initial, one dot after both; undotted
# ("HM Nurdin") they are a given name's initials (_initials_name)
HAJI_INITIAL = re.compile(r"H[A-Z]\.")
# "H.M Prasetyo", "H.A. Budi": the dotted honorific with a given name's initial, never an office's acronym
HAJI_DOTTED = re.compile(r"H\.[A-Z]\.?")


def _is_initial(t: Tok, abbreviations: frozenset[str]) -> bool:
    """A single capital ("A.", "M") or a short abbreviation ("Abd.", "Moh."; "Mohd." of `abbreviations`) inside a name."""
    b = t.bare
    return (
        t.kind == "w"
        and b[:1].isupper()
        and (len(b) == 1 or (t.text.endswith(".") and (len(b) <= 3 or b.lower() in abbreviations)))
    )


@dataclass
class _Title:
    i: int  # first token (prefix or head)
    j: int  # token after the title
    head_i: int  # first token of the head (after any prefix)
    entry: dict
    lower: bool  # the head was written in lower case ("anggota Ombudsman RI")


class TitleGrammar:
    """Where office titles start and end in a token list."""

    # a title's tail stops where a name begins: the name grammar (names.py) answers these
    def _is_name_word(self, t: Tok, first: bool) -> bool:
        raise NotImplementedError

    def _particle_at(self, toks, k: int, end_limit: int) -> int:
        raise NotImplementedError

    def _initials_name(self, toks, k: int, end_limit: int) -> bool:
        raise NotImplementedError

    def __init__(self, kb: OfficialsKnowledge):
        self.kb = kb

    # -- small predicates
    def _match_seq(self, toks, i, table: set | dict, maxlen: int) -> int:
        """Length of the longest word sequence at i found in table (0 if none)."""
        if i >= len(toks):
            return 0
        firsts = _FIRST_WORDS.get(id(table))  # (_first_words inlined: asked for most tokens of a title)
        if toks[i].key not in (firsts[1] if firsts is not None and firsts[0] is table else _first_words(table)):
            return 0  # no entry opens with this word (most words open none)
        words = []
        for k in range(i, min(len(toks), i + maxlen)):
            if toks[k].kind != "w":
                break
            words.append(toks[k].key)
        for n in range(len(words), 0, -1):
            if tuple(words[:n]) in table:
                return n
        return 0

    def _is_degree_after(self, t: Tok) -> bool:
        return (
            t.kind == "w"
            and t.key in self.kb.degrees_after
            and ("." in t.text or t.bare.isupper() or any(c.isupper() for c in t.bare[1:]))
        )

    def _is_degree_before(self, t: Tok) -> bool:
        return (
            t.kind == "w"
            and t.key in self.kb.degrees_before
            and t.bare[:1].isupper()
            or (t.kind == "w" and t.key in ("dr", "drg") and t.text[:1] == "d")
        )

    # -- titles
    def _title_at(self, toks, i) -> _Title | None:
        kb = self.kb
        k = i
        n = self._match_seq(toks, k, kb.prefixes, 3)
        if n and toks[k].text == "pejabat":
            n = 0  # lower-case "pejabat" is the noun "official" ("mengundang pejabat Kepala Dinas ...")
        if n:
            k += n
            if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
                k += 3  # "Penjabat (Pj)", "Pelaksana Tugas (Plt)"
        n = opening_head(kb.heads, toks, k, i, self._match_seq(toks, k, kb.heads, kb.max_head))
        if not n and k > i:
            if (
                k < len(toks)
                and toks[k].kind == "w"
                and toks[k].low in kb.title_words
                and toks[k].low not in ("dan", "&")
            ):
                # an acting office named by its institution alone: "Plt perwakilan Ombudsman X", "Plh Ombudsman ..."
                return _Title(i=i, j=k, head_i=k, entry={}, lower=not toks[k].text[0].isupper())
            k = i  # the prefix word opens a head of its own ("Pejabat Pengelola Informasi dan Dokumentasi")
            n = self._match_seq(toks, k, kb.heads, kb.max_head)
        if not n:
            return None
        head_i = k
        entry = kb.heads[tuple([t.key for t in toks[k : k + n]])]
        lower = not toks[head_i].text[0].isupper()
        if lower and head_i > i:
            return None
        return _Title(i=i, j=k + n, head_i=head_i, entry=entry, lower=lower)

    def _inner_joint(self, toks, j: int, end_limit: int) -> bool:
        """A token inside a title that is neither capitalised nor a connector: a slash between two
        acronyms ("ATR/BPN") or a title word written in lower case before a capitalised title word
        or region ("RI perwakilan Jawa Timur", "Dinas kesehatan Kota ...")."""
        tok = toks[j]
        if j == 0 or j + 1 >= end_limit:
            return False
        prev, nxt = toks[j - 1], toks[j + 1]
        if tok.text == "/":
            return (
                prev.kind == "w"
                and nxt.kind == "w"
                and prev.bare.isupper()
                and nxt.bare.isupper()
                and len(nxt.bare) >= 2
            )
        if (
            tok.kind == "w"
            and not tok.cap
            and prev.kind == "w"
            and prev.cap
            and prev.low + tok.low in self.kb.title_words
        ):
            return True  # "Kabag Organisasi Tata laksana X": one title word ("tatalaksana") written in two
        if tok.kind != "w" or tok.cap or tok.low not in self.kb.title_words or tok.low in ("dan", "&"):
            return False
        if nxt.text == "," and j + 2 < end_limit and toks[j + 2].cap and prev.kind == "w" and prev.cap:
            return True  # "Kepala Ombudsman setempat, Nur Rahman": the title's last word, its holder after the comma
        return (
            prev.kind == "w"
            and (prev.cap or prev.low in self.kb.title_words)
            and nxt.cap
            and (
                nxt.low in self.kb.title_words
                or bool(self._match_seq(toks, j + 1, self.kb.regions, self.kb.max_region))
            )
        )

    def _extend_tail(self, toks, t: _Title, end_limit: int) -> int:
        """Token index after the title's tail (title words, one region, "(ABBR)", connectors)."""
        kb = self.kb
        j = t.j
        if t.entry.get("numeral") and j < end_limit and toks[j].kind == "w" and toks[j].low in NUMERALS:
            j += 1
        elif (
            j + 1 < end_limit and toks[j].key in ACTING_SHORT and toks[j + 1].cap and toks[j + 1].low in kb.title_words
        ):
            j += 1  # "Kepala Plt. Lapas X": the acting word written after the head
        regions_seen = 0
        count = 0
        lower = t.lower or lower_tail(toks, j, end_limit, kb.title_words)  # "Kepala ombudsman perwakilan ..."
        while j < end_limit and count < MAX_TAIL_TOKENS:
            tok = toks[j]
            if tok.kind == "nl":
                break
            if tok.text == "(":
                close = self._abbreviation_end(toks, j, end_limit)
                if close is None:
                    break
                j = close
                count += 1
                continue
            if j > t.i and after_facility(toks, j) and self._is_degree_before(tok):
                k = self._eponym_end(toks, j, end_limit)
                if k is not None:
                    count += k - j
                    j = k
                    continue
            n = self._office_term(toks, t, j, end_limit)
            if n:
                j += n
                count += n
                continue
            if (
                j > t.i
                and _ends_sentence(toks[j - 1])
                or self._is_degree_before(tok)
                or HAJI_INITIAL.fullmatch(tok.text)
                or HAJI_DOTTED.fullmatch(tok.text)
            ):
                break  # "Kapolres Bengkulu AKBP Deddy Nata": a rank or honorific starts the name
            if tok.text == "di" and regions_seen == 0 and j > t.j:
                n = self._match_seq(toks, j + 1, kb.regions, kb.max_region)
                if n and j + 1 + n < end_limit and toks[j + 1 + n].text == ",":
                    # a vertical office's seat: "Kepala Balai POM di Bengkulu, Budi Santoso"
                    j += 1 + n
                    regions_seen += 1
                    count += 1 + n
                    continue
            if self._inner_joint(toks, j, end_limit):
                j += 1  # "Kakanwil ATR/BPN Maluku", "Kepala Ombudsman RI perwakilan Jawa Timur"
                count += 1
                continue
            if tok.kind == "w" and (
                tok.cap
                or lower
                or toks[j - 1].low in CLASS_WORDS
                and CLASS_NUMERAL.fullmatch(tok.text)
                or TEAM_NUMBER.fullmatch(tok.text)
                or goes_on_lower(toks, j, t.i, end_limit, kb, self._match_seq)
            ):
                step = self._word_step(toks, j, end_limit, regions_seen)
                if step == _STOP:
                    break
                if step is not None:
                    j, count, regions_seen = j + step[0], count + step[0], regions_seen + step[1]
                    continue
            nxt = self._connector_next(toks, j, end_limit, lower)
            if nxt is not None:
                j = nxt
                continue
            break
        return j

    def _direction_after(self, toks, j: int, n: int, end_limit: int) -> int:
        """1 when a compass word closes the place just matched ("Samsat Surabaya Utara Lilis"), or "Raya" a place
        written without its level word ("Ombudsman Jakarta Raya"), else 0; a place already ending in one ("Jawa
        Barat", "Kubu Raya") takes no second."""
        k = j + n
        closers = self.kb.place_closers | self.kb.metro_closers
        if k >= end_limit or toks[k].kind != "w" or not toks[k].cap or toks[k].low not in closers:
            return 0
        if toks[k].low in self.kb.metro_closers and j > 0 and toks[j - 1].low in LEVEL_WORDS:
            return 0  # "Kota Bogor Raya Siregar": a metropolitan area is never a kota, the word opens the name
        return int(toks[k - 1].low not in closers)

    def _word_step(self, toks, j: int, end_limit: int, regions_seen: int) -> tuple[int, int] | None:
        """A capitalised word in a title's tail: (tokens taken, regions taken) when it belongs to the title,
        _STOP when the name starts here, None when it is neither (a connector may still follow)."""
        kb = self.kb
        tok = toks[j]
        prev_level = j > 0 and toks[j - 1].low in LEVEL_WORDS
        seat = seat_length(toks, j, end_limit)
        if seat:
            return seat, 1  # "Kalapas Kelas III Gunungtua menghadiri", "Kelas IIB Pasir Pangarayan, Efendi": the
            # seat after a unit's class (before a region match: a seat of two words may begin with one)
        if j > 0 and (toks[j - 1].low, tok.low) in kb.post_grades:
            return 1, 0  # "Pejabat Tinggi Pratama pada Dinas ...": the post's grade, not a name
        n = facility_name(toks, j, end_limit, self._is_degree_before, kb.saying_verbs)
        if n:
            return n, 0  # "Direktur RSUD Kudungga dr Muhammad Yusuf": the hospital's name, then the honorific
        if regions_seen == 0 or prev_level:
            n = self._match_seq(toks, j, kb.regions, kb.max_region)
            if n and not self._is_degree_before(tok):
                return n + self._direction_after(
                    toks, j, n, end_limit
                ), 1  # "Bupati Lebong Kopli Ansori": the region ends the title unless a level word follows
        if regions_seen == 0:
            n = misspelt_region(toks, j, end_limit, kb.regions, kb.place_closers)
            if n:
                return n, 1  # "Gubernur Kaliamanta Barat", "Kepala ORI Kaltra Maria Ulfah": a place misspelt
        if prev_level and regions_seen == 0 and cut_region(toks, j, end_limit, self._region_starts):
            return 1, 1  # "Kepala Perwakilan Ombudsman RI Provinsi Malu Sofyan Ali": a place cut short
        if regions_seen == 0 and unit_place(toks, j, end_limit, kb.title_words, kb.place_units):
            return 1, 1  # "Kepala Puskesmas Tempeh Ima Rifiyanti": a unit's place the gazetteer lacks
        if j > 0 and tok.key in kb.unit_stems and toks[j - 1].key in kb.compound_heads:
            return 1, 0  # "Karo Rena, Dir Intelkam": a unit written apart from its head, however short
        if rank_numeral(toks, j, end_limit, kb.title_words, kb.balinese_openers):
            return 1, 0  # "Rutan Kelas I Tangerang", "Asisten Muda I Sayyid ...": a numeral, not a Balinese "I"
        if self._particle_at(toks, j, end_limit):
            return _STOP  # "Wakil Bupati Gianyar Anak Agung Gde Mayun": a noble title opens the name
        if j + 2 < end_limit and (toks[j + 1].bare, toks[j + 2].bare) in kb.balinese_openers:
            return 1, 0  # "Direktur RSD Mangusada I Wayan Darta": the word before a Balinese name is the office's
        if regions_seen and self._initials_name(toks, j, end_limit):
            return _STOP  # "Sekdaprov Riau SF Hariyanto": after the region, capitals + a name are initials
        if j > 0 and toks[j - 1].low in kb.lettered_bodies and _BODY_LETTER.fullmatch(tok.text):
            return 1, 0  # "Ketua Komisi A Heri Puryadi": the body's letter, then the name
        if (
            regions_seen
            and tok.low in kb.title_words_in_names
            and j + 1 < end_limit
            and toks[j + 1].kind == "w"
            and toks[j + 1].cap
            and toks[j + 1].low not in kb.title_words
        ):
            return _STOP  # "... Perwakilan Sumatera Selatan Agung Pratama": after the place, a name word opens the name
        if kb.not_names.shaped(tok.key):
            return 1, 1  # "Kepala Biro Hukum Pemprovjatim Andi Wijaya": a government glued to its place
        if tok.low not in ("dan", "&") and (
            tok.low in kb.title_words
            or (tok.bare.isupper() and len(tok.bare) >= 2 and tok.key not in kb.degrees_after)
            or "-" in tok.text
            and tok.text.split("-")[0].isupper()
            # "Perwakilan Provinsi Kaltim-Kaltara": places joined, one office's seat
            or "-" in tok.text
            and all((_key(p),) in kb.regions for p in tok.text.split("-") if p)
        ):
            return 1, 0
        if misspelt_field(kb.title_words, kb.start_words, kb.title_words_in_names, toks, j, end_limit):
            return 1, 0
        return None

    @cached_property
    def _region_starts(self) -> frozenset:
        return frozenset(r[0] for r in self.kb.regions if r)

    @staticmethod
    def _abbreviation_end(toks, j: int, end_limit: int) -> int | None:
        """After "(" at j: the index past ")" when the brackets hold an abbreviation ("(DPMPTSP)", "(DPM dan
        PTSP)", "(DPM & PTSP)": a connector only between two), else None."""
        close = next((c for c in range(j + 1, min(end_limit, j + 6)) if toks[c].text == ")"), None)
        inner = toks[j + 1 : close] if close else []
        if (
            close is not None
            and inner
            and all(
                x.kind == "w" and x.text[0].isupper() or 0 < x_i < len(inner) - 1 and x.low in ("dan", "&")
                for x_i, x in enumerate(inner)
            )
        ):
            return close + 1
        return None

    def _office_term(self, toks, t: _Title, j: int, end_limit: int) -> int:
        """How many tokens at j date the office (0: none): its term ("Ketua Ombudsman RI Periode 2021-2026,
        Mokhammad Najih") or the survey's year ("Koordinator Pengambilan Data Kepatuhan 2022 A. Budi")."""
        tok = toks[j]
        if tok.low == "periode" and j + 1 < end_limit and _TERM.fullmatch(toks[j + 1].text):
            return 2
        if (
            _SURVEY_YEAR.fullmatch(tok.text)
            and j > t.j
            and toks[j - 1].cap
            and toks[j - 1].low in self.kb.title_words
            and j + 1 < end_limit
            and (toks[j + 1].cap or toks[j + 1].text == ",")
        ):
            return 1
        return 0

    def _eponym_end(self, toks, j: int, end_limit: int) -> int | None:
        """ "Direktur RSUD dr. Soedarso, dr. Hary ...": the hospital's eponym belongs to the title when a
        comma follows it; the person comes after the comma. The comma's index, or None."""
        k = j
        while k < end_limit and self._is_degree_before(toks[k]):
            k += 1
        n0 = k
        while k < end_limit and k - n0 < 4 and self._is_name_word(toks[k], first=k == n0):
            k += 1
        if k > n0 and k < end_limit and toks[k].text == ",":
            return k
        return None

    def _connector_next(self, toks, j: int, end_limit: int, lower: bool = False) -> int | None:
        """Connectors inside a title ("Hukum, HAM, Imigrasi, dan Pemasyarakatan", "Organisasi dan
        Reformasi"): the index of the title word after the connector at j, or None."""
        tok, kb = toks[j], self.kb
        # ("pada": the body an office is part of, "Asisten Bidang Pencegahan pada Ombudsman RI")
        if tok.text == "," or tok.low in CONNECTORS:
            nxt = j + 1
            if tok.text == "," and nxt < end_limit and toks[nxt].low == "dan":
                nxt += 1
            if (
                nxt < end_limit
                and (toks[nxt].cap or lower)  # a title written in lower case goes on so
                and toks[nxt].low in kb.title_words
                and not self._match_seq(toks, nxt, kb.heads, kb.max_head)
            ):
                return nxt
        return None
