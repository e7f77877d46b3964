"""Officials: named people with the office the article gives them (spec RECORDS.md, "An official").

A spaCy component (`kepatuhan_officials`) that sets ``doc._.officials: list[Official]``.
Its knowledge is data in ``models/officials/`` (office-title heads, acting prefixes, title
words, honorifics/degrees, words that are never names, staff role words) plus the region
gazetteer ``models/regions.csv``; this module holds only the linking logic:

1. find office titles: [acting prefix] head [numeral] tail, where the tail is made of title
   words, one region name, parenthesised abbreviations and connectors
   ("Pjs. Kepala Perwakilan Ombudsman RI Provinsi Papua Barat", "Asisten I Bidang
   Pemerintahan dan Kesejahteraan Rakyat", "Gubernur Kalimantan Utara (Kaltara)");
2. link each title to a person name, in this order of preference:
   "TITLE NAME" / "TITLE, NAME" (honorifics before and degrees after the name skipped),
   then "NAME, TITLE" and "NAME sebagai/selaku TITLE"; coordinated offices
   ("Wali Kota dan Wakil Wali Kota X, A–B") and "dan Wakil/wakilnya NAME" after a
   linked office;
3. merge the mentions of one person (spelling variants, a later first or last name alone)
   into one entry with the fullest name, the fullest title and every mention as evidence.

Only titled mentions create an official, so bylines ("Penulis: ...") and photo credits never
become officials; lines after "Baca juga" (links to other stories) are skipped.
"""
from __future__ import annotations

import bisect
import json
import re
import shutil
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable

from extract.types import Official
from gazetteer import REGIONS_FILE, read_regions

MODELS_DIR = Path(__file__).resolve().parents[1] / "models"
DEFAULT_DATA_DIR = MODELS_DIR / "officials"
DEFAULT_REGIONS = REGIONS_FILE
DATA_FILES = ("titles.jsonl", "prefixes.csv", "degrees.csv", "title_words.txt", "not_names.txt",
              "role_words.txt", "blockers_before.txt", "name_abbreviations.txt", "name_particles.txt")

WINDOW_BEFORE = 70  # chars looked at around a title word: a name before it ("Nama, Jabatan") ...
WINDOW_AFTER = 180   # ... and the title's tail and the name after it
MAX_NAME_TOKENS = 6
MAX_FUZZY_MENTIONS = 400  # more titled mentions than this in one text: merge identical spellings only
MAX_TAIL_TOKENS = 14
NUMERALS = {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4"}
DASHES = {"–", "—", "-", "/"}
QUOTES = {'"', "“", "”", "'", "‘", "’"}
LINK_BEFORE_TITLE = {"sebagai", "selaku"}  # "Marten Taha sebagai wali kota"
LEVEL_WORDS = {"provinsi", "prov", "kabupaten", "kab", "kota", "pemprov", "pemkab", "pemkot", "pemda"}

_TOKEN_RE = re.compile(
    r"(?P<nl>\n)"
    r"|(?P<w>[^\W_]+(?:[.'’`\-][^\W_]+)*\.?)"
    r"|(?P<p>[^\s\w])", re.UNICODE)
_BACA_RE = re.compile(r"^\s*(baca\s+(juga|pula)|lihat\s+juga|simak\s+juga|berita\s+terkait|artikel\s+terkait)\b",
                      re.IGNORECASE)


# ---------------------------------------------------------------- knowledge (data files)

def _lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _key(tok: str) -> str:
    """Lower case without dots: "S.P." -> "sp", "M.Si" -> "msi"."""
    return tok.replace(".", "").lower()


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of `words` in any case, factored as a trie (a flat alternation of
    60 words with IGNORECASE is several times slower on long texts)."""
    trie: dict = {}
    for w in words:
        d = trie
        for c in w:
            d = d.setdefault(c, {})
        d[""] = {}

    def build(d: dict) -> str:
        alts = [(f"[{c}{c.upper()}]" if c.isalpha() else re.escape(c)) + build(sub)
                for c, sub in sorted(d.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in d:
            return f"(?:{body})?"
        return body

    return build(trie)


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(_key(m.group()) for m in _TOKEN_RE.finditer(phrase) if m.group("w"))


@dataclass
class OfficialsKnowledge:
    heads: dict[tuple[str, ...], dict]
    prefixes: set[tuple[str, ...]]
    degrees_before: set[str]
    degrees_after: set[str]
    title_words: set[str]
    not_names: set[str]
    role_words: set[str]
    blockers: set[tuple[str, ...]]
    regions: set[tuple[str, ...]]
    stop_words: set[str] = field(default_factory=set)
    max_head: int = 4
    max_region: int = 5

    def __post_init__(self):
        # first words of every prefix and head: the only tokens where a title can start
        self.start_words = {seq[0] for seq in list(self.heads) + list(self.prefixes) if seq}
        self.start_re = re.compile(r"\b" + _trie_pattern(self.start_words | {"wakilnya"}) + r"\b")

    @classmethod
    def from_dir(cls, data_dir: Path, regions_csv: Path | None = None) -> "OfficialsKnowledge":
        data_dir = Path(data_dir)
        heads = {}
        for line in _lines(data_dir / "titles.jsonl"):
            entry = json.loads(line)
            heads[_words(entry["head"])] = entry
        prefixes = {_words(p) for p in _lines(data_dir / "prefixes.csv")[1:]}
        before, after = set(), set()
        for row in _lines(data_dir / "degrees.csv")[1:]:
            tok, _, pos = row.rpartition(",")
            (before if pos.strip() == "before" else after).add(_key(tok))
        regions_path = data_dir / "regions.txt"
        if regions_path.exists():  # a saved pipeline carries its own copy
            regions = {tuple(r.split()) for r in _lines(regions_path)}
        else:
            regions = _region_phrases(regions_csv or DEFAULT_REGIONS)
        try:
            from spacy.lang.id.stop_words import STOP_WORDS
            stop = set(STOP_WORDS)
        except ImportError:  # pragma: no cover - spaCy is a dependency
            stop = set()
        return cls(
            heads=heads, prefixes=prefixes, degrees_before=before, degrees_after=after,
            title_words={w.lower() for w in _lines(data_dir / "title_words.txt")},
            not_names={_key(w) for w in _lines(data_dir / "not_names.txt")},
            role_words={_key(w) for w in _lines(data_dir / "role_words.txt")},
            blockers={_words(b) for b in _lines(data_dir / "blockers_before.txt")},
            regions=regions, stop_words=stop,
            max_head=max(len(h) for h in heads), max_region=max(len(r) for r in regions) if regions else 1,
        )


_LEVEL_PREFIX = re.compile(r"^(pemerintah\s+(provinsi|kabupaten|kota)|pemprov|pemkab|pemkot|kab\.?|prov\.?|"
                           r"provinsi|kabupaten|kota)\s+", re.IGNORECASE)


def _region_phrases(path: Path) -> set[tuple[str, ...]]:
    """Every way news names a region ("Lebong", "OKU Timur", "Sumsel", "Kalimantan Utara")."""
    out: set[tuple[str, ...]] = set()
    if not Path(path).exists():
        return out
    for region in read_regions(path):
        for n in (region.name, region.province, *region.aliases):
            w = _words(_LEVEL_PREFIX.sub("", n.strip()))
            if w:
                out.add(w)
    return out


# ---------------------------------------------------------------- tokens

class Tok:
    """A word or punctuation token with its char offsets (attributes precomputed: read many times)."""

    __slots__ = ("text", "start", "end", "kind", "bare", "key", "low", "cap")

    def __init__(self, text: str, start: int, end: int, kind: str):
        self.text, self.start, self.end, self.kind = text, start, end, kind  # kind: "w", "p" or "nl"
        self.bare = text[:-1] if text.endswith(".") and len(text) > 1 else text  # without a final dot
        self.key = _key(text)
        self.low = self.bare.lower()
        self.cap = kind == "w" and text[0].isupper()

    def __eq__(self, other):
        return isinstance(other, Tok) and (self.start, self.end) == (other.start, other.end)

    def __hash__(self):
        return hash((self.start, self.end))

    def __repr__(self):
        return f"Tok({self.text!r}, {self.start})"


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.group(), m.start(), m.end(), m.lastgroup) for m in _TOKEN_RE.finditer(text)]


def _skipped_lines(text: str) -> list[tuple[int, int]]:
    """Char ranges of "Baca juga: ..." lines and the headline line right after a bare "Baca juga:"."""
    spans, pos, skip_next = [], 0, False
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            if _BACA_RE.match(line):
                spans.append((pos, end))
                skip_next = len(line.strip().rstrip(":").split()) <= 3
            elif skip_next:
                spans.append((pos, end))
                skip_next = False
        pos = end + 1
    return spans


# A single line break inside a running sentence (a hard wrap in the source: "... kepada Bupati
# Sambas\nSatria Wirawan, ...") is not a paragraph end: the line before is long, ends in a word
# or a comma, and the next line goes on with a capitalised word. Paragraphs, headlines, list items
# and credits ("Editor: X\nPenulis: Y") end in punctuation or are short, and stay apart.
# (the line break first, its lookbehind after it: `re` then jumps from "\n" to "\n" instead of
# testing the lookbehind at every character; the same matches)
_WRAP_RE = re.compile(r"\n(?<=(?:[^\W\d_,]|,)\n)(?=[A-Z][a-z])")
WRAP_MIN_LINE = 80


def _join_wrapped_lines(text: str) -> str:
    """`text` with hard wraps inside sentences turned into spaces (same length: offsets stay valid)."""
    out = None
    for m in _WRAP_RE.finditer(text):
        line_a = text.rfind("\n", 0, m.start()) + 1
        line = text[line_a:m.start()]
        if len(line) < WRAP_MIN_LINE or _is_headline(line):
            continue
        nxt = text[m.end():m.end() + 60]
        if _BACA_RE.match(nxt) or re.match(r"[\w ]{1,25}:", nxt):
            continue  # "Baca juga: ...", "Editor: X", "Foto: ..." start a line of their own
        if out is None:
            out = list(text)
        out[m.start()] = " "
    return text if out is None else "".join(out)


_SMALL_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "atau", "se", "oleh", "dalam", "ini", "itu"}


def _is_headline(line: str) -> bool:
    """A Title-Case line (a headline), where capitalised verbs look like names ("Sekda X Gelar Rakor")."""
    stripped = line.strip()
    if len(stripped) > 250 or re.search(r"[.!?\"”,]$", stripped) or re.search(r"[.!?]\s+\S", stripped):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", stripped) if w.lower() not in _SMALL_WORDS]
    return 4 <= len(words) <= 20 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


# ---------------------------------------------------------------- finding titles and names

@dataclass
class Mention:
    name_toks: list[Tok]
    title: str
    start: int
    end: int
    weak: bool = False  # found in a headline: only confirms a person named elsewhere

    @cached_property
    def name(self) -> str:
        return " ".join(t.text if _is_initial(t) else t.bare for t in self.name_toks)


def _ends_sentence(t: Tok) -> bool:
    """A word with a full stop that is not an abbreviation ("daerah." but not "Pjs.", "Kab.", "A.")."""
    b = t.bare
    return t.kind == "w" and t.text.endswith(".") and len(b) > 4 and b[1:].islower() and "." not in b


# longer abbreviated given names ("Mohd.", "Moch."): read once, the list is language knowledge
# and the same for every pipeline
NAME_ABBREVIATIONS = {w.lower() for w in _lines(DEFAULT_DATA_DIR / "name_abbreviations.txt")}
NAME_PARTICLES = {tuple(w.split()) for w in _lines(DEFAULT_DATA_DIR / "name_particles.txt")}


def _is_initial(t: Tok) -> bool:
    """A single capital ("A.", "M") or a short abbreviation ("Abd.", "Moh.", "Mohd.") inside a name."""
    b = t.bare
    return t.kind == "w" and b[:1].isupper() and (len(b) == 1 or (t.text.endswith(".") and (
        len(b) <= 3 or b.lower() in NAME_ABBREVIATIONS)))


@dataclass
class _Title:
    i: int          # first token (prefix or head)
    j: int          # token after the title
    head_i: int     # first token of the head (after any prefix)
    entry: dict
    lower: bool     # the head was written in lower case ("anggota Ombudsman RI")


# Facility words after which an honorific opens the facility's eponym, not a person's name.
# Title words that are also common given names when they sit between two name words.
TITLE_WORDS_IN_NAMES = set(_lines(DEFAULT_DATA_DIR / "title_words_in_names.txt"))
EPONYM_HEADS = {"rsud", "rsu", "rs", "rsia", "rsj", "rsup", "daerah", "umum", "sakit"}


class OfficialsFinder:
    """Pure-Python linker over text (the spaCy component wraps it)."""

    def __init__(self, kb: OfficialsKnowledge):
        self.kb = kb

    # -- small predicates
    def _match_seq(self, toks, i, table: set | dict, maxlen: int) -> int:
        """Length of the longest word sequence at i found in table (0 if none)."""
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
        return t.kind == "w" and t.key in self.kb.degrees_after and (
            "." in t.text or t.bare.isupper() or any(c.isupper() for c in t.bare[1:]))

    def _is_degree_before(self, t: Tok) -> bool:
        return t.kind == "w" and t.key in self.kb.degrees_before and t.bare[:1].isupper() or (
            t.kind == "w" and t.key in ("dr", "drg") and t.text[:1] == "d")

    def _is_name_word(self, t: Tok, first: bool) -> bool:
        if t.kind != "w" or not t.text[0].isupper():
            return False
        b = t.bare
        low = b.lower()
        if low in self.kb.not_names or _key(b) in self.kb.not_names:
            return False
        if low in self.kb.title_words or low in self.kb.stop_words or t.key in self.kb.start_words:
            return False  # office words ("Kepala", "Wakil", "Dinas") are never part of a name
        if any(c.isdigit() for c in b):
            return False
        if b.isupper() and len(b) > 1:
            return not first and len(b) <= 3  # "Ras MD"; an acronym never starts a name
        return True

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
        n = self._match_seq(toks, k, kb.heads, kb.max_head)
        if not n:
            return None
        head_i = k
        entry = kb.heads[tuple(t.key for t in toks[k:k + n])]
        lower = not toks[head_i].text[0].isupper()
        if lower and head_i > i:
            return None
        return _Title(i=i, j=k + n, head_i=head_i, entry=entry, lower=lower)

    def _extend_tail(self, toks, t: _Title, end_limit: int) -> int:
        """Token index after the title's tail (title words, one region, "(ABBR)", connectors)."""
        kb = self.kb
        j = t.j
        if t.entry.get("numeral") and j < end_limit and toks[j].kind == "w" and toks[j].low in NUMERALS:
            j += 1
        regions_seen = 0
        count = 0
        while j < end_limit and count < MAX_TAIL_TOKENS:
            tok = toks[j]
            if tok.kind == "nl":
                break
            if tok.text == "(":
                close = next((c for c in range(j + 1, min(end_limit, j + 6)) if toks[c].text == ")"), None)
                if close and close > j + 1 and all(x.kind == "w" and x.text[0].isupper() for x in toks[j + 1:close]):
                    j = close + 1
                    count += 1
                    continue
                break
            if j > t.i and toks[j - 1].low in EPONYM_HEADS and self._is_degree_before(tok):
                # "Direktur RSUD dr. Soedarso, dr. Hary ...": the hospital's eponym belongs to the
                # title when a comma follows it; the person comes after the comma
                k = j
                while k < end_limit and self._is_degree_before(toks[k]):
                    k += 1
                n0 = k
                while k < end_limit and k - n0 < 4 and self._is_name_word(toks[k], first=k == n0):
                    k += 1
                if k > n0 and k < end_limit and toks[k].text == ",":
                    count += k - j
                    j = k
                    continue
            if tok.low == "periode" and j + 1 < end_limit and re.fullmatch(r"\d{4}(?:[-–/]\d{4})?", toks[j + 1].text):
                j += 2  # "Ketua Ombudsman RI Periode 2021-2026, Mokhammad Najih": the term belongs to the office
                count += 2
                continue
            if j > t.i and _ends_sentence(toks[j - 1]) or self._is_degree_before(tok):
                break  # "Kapolres Bengkulu AKBP Deddy Nata": a rank or honorific starts the name
            if tok.text == "di" and regions_seen == 0 and j > t.j:
                n = self._match_seq(toks, j + 1, kb.regions, kb.max_region)
                if n and j + 1 + n < end_limit and toks[j + 1 + n].text == ",":
                    # a vertical office's seat: "Kepala Balai POM di Bengkulu, Budi Santoso"
                    j += 1 + n
                    regions_seen += 1
                    count += 1 + n
                    continue
            if tok.kind == "w" and (tok.cap or t.lower):
                prev_level = j > 0 and toks[j - 1].low in LEVEL_WORDS
                if regions_seen == 0 or prev_level:
                    n = self._match_seq(toks, j, kb.regions, kb.max_region)
                    if n and not self._is_degree_before(tok):
                        # "Bupati Lebong Kopli Ansori": the region ends the title unless a level word follows
                        j += n
                        regions_seen += 1
                        count += n
                        continue
                if self._particle_at(toks, j, end_limit):
                    break  # "Wakil Bupati Gianyar Anak Agung Gde Mayun": a noble title opens the name
                if regions_seen and self._initials_name(toks, j, end_limit):
                    break  # "Sekdaprov Riau SF Hariyanto": after the region, capitals + a name are initials
                if tok.low in kb.title_words or (tok.bare.isupper() and len(tok.bare) >= 2
                                                  and tok.key not in kb.degrees_after) \
                        or "-" in tok.text and tok.text.split("-")[0].isupper():
                    if tok.low in ("dan", "&"):
                        pass
                    else:
                        j += 1
                        count += 1
                        continue
            # connectors inside a title: "Hukum, HAM, Imigrasi, dan Pemasyarakatan", "Organisasi dan Reformasi"
            if tok.text in (",", "&") or tok.low in ("dan", "serta"):
                nxt = j + 1
                if tok.text == "," and nxt < end_limit and toks[nxt].low == "dan":
                    nxt += 1
                if nxt < end_limit and toks[nxt].cap and toks[nxt].low in kb.title_words \
                        and not self._match_seq(toks, nxt, kb.heads, kb.max_head):
                    j = nxt
                    continue
            break
        return j

    def _initials_name(self, toks, k: int, end_limit: int) -> bool:
        """Two capitals written as a given name's initials ("SF Hariyanto", "HM Nurdin") right
        before a proper name word; not an honorific ("KH"), a degree or a title acronym."""
        t = toks[k]
        if t.kind != "w" or "." in t.text or len(t.bare) != 2 or not t.bare.isupper() or not t.bare.isalpha():
            return False
        if self._is_degree_before(t) or t.key in self.kb.degrees_after or t.low in self.kb.title_words \
                or t.key in self.kb.not_names:
            return False
        nxt = toks[k + 1] if k + 1 < end_limit else None
        return nxt is not None and self._is_name_word(nxt, first=True) and not nxt.bare.isupper()

    def _particle_at(self, toks, k: int, end_limit: int) -> int:
        """Length of a noble title that opens a name (models/officials/name_particles.txt) at k,
        when a capitalised name word follows it; 0 otherwise."""
        for p in NAME_PARTICLES:
            n = len(p)
            if k + n < end_limit and tuple(t.bare for t in toks[k:k + n]) == p and \
                    self._is_name_word(toks[k + n], False) and toks[k + n].bare[1:].islower():
                return n
        return 0

    def _conjunction_name(self, toks, k: int, end_limit: int) -> bool:
        """ "Kepala Ombudsman Jawa Barat, Dan Satriana, meminta": a capitalised "Dan" right after a
        comma is a given name (the conjunction is only capitalised at a sentence start), when a
        capitalised word follows and a comma or sentence end closes the name."""
        t = toks[k]
        if t.kind != "w" or t.text != "Dan" or k == 0 or toks[k - 1].text != ",":
            return False
        if k + 2 >= end_limit:
            return False
        nxt, after = toks[k + 1], toks[k + 2]
        return self._is_name_word(nxt, first=False) and nxt.bare[1:].islower() and len(nxt.bare) > 2 \
            and after.text in (",", ".")

    # -- names
    def _name_right(self, toks, j, end_limit, allow_restart: bool) -> tuple[list[Tok], int] | None:
        """A person name starting at j: honorifics skipped, degrees after it consumed."""
        k = j
        while k < end_limit and self._is_degree_before(toks[k]):
            k += 1
        name: list[Tok] = []
        while k < end_limit and len(name) < MAX_NAME_TOKENS:
            t = toks[k]
            if name and allow_restart and self._is_degree_before(t) and t.bare[:1].isupper() and t.key != "h" :
                return None  # "Wakil Ketua Ombudsman Republik Indonesian Ir Boby ...": caller restarts
            if self._is_degree_after(t):
                break  # a degree ends a name, and never starts one (", S.Sos.I., M.H.,")
            if name and t.text in QUOTES:
                skip = self._nickname_end(toks, k, end_limit)
                if skip:
                    k = skip  # 'Muhammad "Aang" Nurjaman': the nickname is no part of the official name
                    continue
            if not name and self._initials_name(toks, k, end_limit):
                name.append(t)
                k += 1
                continue
            particle = self._particle_at(toks, k, end_limit) if not name else 0
            if particle:
                name.extend(toks[k:k + particle])  # "dr. Lalu Herman", "Anak Agung Gde Mayun": part of the name
                k += particle
                continue
            if not name and self._conjunction_name(toks, k, end_limit):
                name.append(t)
                k += 1
                continue
            if not self._is_name_word(t, first=not name) and not (
                    (name or k > j) and t.low in TITLE_WORDS_IN_NAMES and t.cap and k + 1 < end_limit
                    and (toks[k + 1].cap or len(name) >= 2 and toks[k + 1].text == ",")):
                break  # "Hary Agung Tjahyadi", "dr. Agung Budi": a title word ("Jaksa Agung") as a name
            name.append(t)
            k += 1
            if t.text.endswith(".") and not _is_initial(t):
                break  # sentence end: "..., Maria Ulfa."
        if not name or not any(len(t.bare) > 1 and not _is_initial(t) or len(t.bare) > 3 for t in name):
            return None
        if name[0].bare in ("I", "Ni") and len(name) == 1:
            return None
        return name, k

    def _nickname_end(self, toks, k: int, end_limit: int) -> int:
        """Index after a quoted nickname at k ('"Aang"') when the name goes on after it; else 0."""
        for c in range(k + 2, min(end_limit - 1, k + 4)):
            if toks[c].text in QUOTES:
                inner = toks[k + 1:c]
                if all(x.kind == "w" and x.cap for x in inner) and self._is_name_word(toks[c + 1], False):
                    return c + 1
                return 0
        return 0

    def _name_left(self, toks, end) -> list[Tok] | None:
        """A person name ending right before index `end` ("Ahmad Thamrin, Pelaksana Tugas ...")."""
        k = end - 1
        while k >= 0 and (self._is_degree_after(toks[k]) or toks[k].text == ","):
            k -= 1
        name: list[Tok] = []
        while k >= 0 and len(name) < MAX_NAME_TOKENS:
            t = toks[k]
            if not self._is_name_word(t, first=False) or (t.bare.isupper() and len(t.bare) > 1):
                break
            if t.text.endswith(".") and not _is_initial(t):
                break
            name.insert(0, t)
            k -= 1
        while name and (self._is_degree_before(name[0]) or name[0].bare.isupper() and len(name[0].bare) > 1):
            name.pop(0)
        if not name or not any(len(t.bare) > 3 for t in name):
            return None
        prev = toks[k] if k >= 0 else None
        if prev is not None and prev.kind == "w" and prev.text[0].isupper() and not self._is_name_word(prev, True):
            # "Sementara Budi, Bupati X" is fine; "Kabupaten Budi, ..." means we were inside a name of a place
            if prev.low in self.kb.title_words:
                return None
        return name

    def find(self, text: str) -> list[Mention]:
        """Every titled mention of a person in `text`.

        Titles and names never cross a line break, so only the lines that contain a word that can
        start a title are tokenised (most lines of most news articles have none).
        """
        if "\n" in text:
            text = _join_wrapped_lines(text)
        windows: list[list[int]] = []  # [start, end, line start] around each word that can start a title
        for m in self.kb.start_re.finditer(text):
            line_a = text.rfind("\n", 0, m.start()) + 1
            line_b = text.find("\n", m.end())
            line_b = len(text) if line_b < 0 else line_b
            a = max(line_a, m.start() - WINDOW_BEFORE)
            if a > line_a:  # start on a token boundary
                a = text.find(" ", a, m.start()) + 1 or m.start()
            b = min(line_b, m.end() + WINDOW_AFTER)
            if windows and windows[-1][2] == line_a and a <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], b)
            else:
                windows.append([a, b, line_a])
        if not windows:
            return []
        low = text.lower()
        skipped = _skipped_lines(text) if ("baca" in low or "lihat" in low or "simak" in low
                                           or "terkait" in low) else []
        mentions: list[Mention] = []
        headlines: dict[int, bool] = {}
        for a, b, line_a in windows:
            if any(x <= a < y for x, y in skipped):
                continue
            toks = [Tok(m.group(), m.start(), m.end(), m.lastgroup) for m in _TOKEN_RE.finditer(text, a, b)]
            if line_a not in headlines:
                line_b = text.find("\n", line_a)
                headlines[line_a] = _is_headline(text[line_a:len(text) if line_b < 0 else line_b])
            headline = headlines[line_a]
            for mention in self._find_in_line(text, toks):
                mention.weak = headline
                mentions.append(mention)
        return mentions

    def _find_in_line(self, text: str, toks: list[Tok]) -> list[Mention]:
        kb = self.kb
        n = len(toks)
        claimed: set[int] = set()  # token indices already part of a linked mention
        index = {t.start: k for k, t in enumerate(toks)}
        mentions: list[Mention] = []
        titles: list[tuple[_Title, int]] = []
        starts = self.kb.start_words
        i = 0
        while i < n:
            t = self._title_at(toks, i) if toks[i].kind == "w" and toks[i].key in starts else None
            if t is None:
                i += 1
                continue
            blocked = any(self._match_seq(toks, s, kb.blockers, 2) == i - s for s in (i - 1, i - 2) if s >= 0)
            j = self._extend_tail(toks, t, n)
            if not blocked:
                titles.append((t, j))
            i = max(j, i + 1)

        # pass 1: title then name ("Bupati Lebong Kopli Ansori", "Sekda Lebong, Mustarani Abidin")
        linked: dict[int, Mention] = {}
        for idx, (t, j) in enumerate(titles):
            res = self._link_right(toks, t, j, n, claimed)
            if res is None:
                continue
            title_end, name, name_end = res
            if any(index[x.start] in claimed for x in name):
                continue  # "Staf Ahli Menteri Dalam Negeri ..., X": X already belongs to the outer office
            m = self._mention(text, toks, t.i, title_end, name, name_end)
            # coordinated: "Wali Kota dan Wakil Wali Kota Makassar, A–B"
            if idx > 0 and name_end < n and toks[name_end].text in DASHES:
                second = self._name_right(toks, name_end + 1, n, False)
                prev_t, prev_j = titles[idx - 1]
                if second and prev_t.i not in linked and prev_j + 1 == t.i and toks[prev_j].low == "dan":
                    # the first office shares the second one's tail: "Wali Kota" + " Makassar"
                    tail = text[toks[t.j].start:toks[title_end - 1].end] if t.j < title_end else ""
                    first_title = text[toks[prev_t.i].start:toks[prev_j - 1].end] + (" " + tail if tail else "")
                    m1 = Mention(name, first_title.strip(), toks[prev_t.i].start, name[-1].end)
                    mentions.append(m1)
                    linked[prev_t.i] = m1
                    name2, end2 = second
                    m = self._mention(text, toks, t.i, title_end, name2, end2)
                    claimed.update(range(name_end, end2))
            linked[t.i] = m
            mentions.append(m)
            claimed.update(range(t.i, name_end))

        # pass 2: name before the title ("Ahmad Thamrin, Pelaksana Tugas (Plt) Kepala Biro ...")
        for t, j in titles:
            if t.i in linked or t.i == 0:
                continue
            before = toks[t.i - 1]
            name_end = t.i - 1
            if before.low == "juga" and t.i >= 2 and toks[t.i - 2].low == "yang":
                name_end = t.i - 2  # "Budi Santoso yang juga Kepala Dinas Kesehatan"
            elif before.text == "(" and j < n and toks[j].text == ")":
                pass  # "Budi Santoso (Bupati Lebong)"
            elif not (before.text == "," or before.low in LINK_BEFORE_TITLE):
                continue
            name = self._name_left(toks, name_end)
            if name and not any(index[x.start] in claimed for x in name):
                title = text[toks[t.i].start:toks[j - 1].end]
                m = Mention(name, title, name[0].start, toks[j - 1].end)
                linked[t.i] = m
                mentions.append(m)

        # pass 3: "Bupati A dan Wakil B", "wali kota dan wakilnya B"
        by_pos = sorted(linked.items())
        keys = [i0 for i0, _ in by_pos]
        for k, tok in enumerate(toks):
            if tok.text[:1] not in "Ww" or tok.low not in ("wakil", "wakilnya") or k in claimed or k + 1 >= n:
                continue
            if self._match_seq(toks, k, kb.heads, kb.max_head) > 1:
                continue
            last = bisect.bisect_left(keys, k) - 1  # the office linked just before this "wakil"
            prev = [by_pos[last][1]] if last >= 0 and 0 <= tok.start - by_pos[last][1].end <= 40 else []
            if not prev or toks[k - 1].low not in ("dan", "serta", ","):
                continue
            res = self._name_right(toks, k + 1, n, False)
            if not res:
                continue
            name, name_end = res
            base = re.sub(r"^(pj|pjs|plt|plh|penjabat|pejabat sementara|pelaksana tugas|pelaksana harian)\.?\s+(\(\w+\)\s+)?",
                          "", prev[-1].title, flags=re.IGNORECASE)
            word = "Wakil" if tok.text[0].isupper() else "wakil"
            mentions.append(Mention(name, f"{word} {base}", tok.start, name[-1].end))
            claimed.update(range(k, name_end))
        return [m for m in mentions if not self._is_staff(toks, index, m)]

    def _link_right(self, toks, t: _Title, j: int, n: int, claimed: set[int]):
        """(title_end, name_tokens, name_end) for the name right after the title, or None."""
        entry = t.entry
        if _ends_sentence(toks[j - 1]):
            return None
        needs_object = entry.get("needs_object") and j == t.j
        k = j
        res = self._name_right(toks, k, n, True) if not needs_object else None
        if res is None and k < n and toks[k].kind == "w" and toks[k].text[0].isupper():
            # an honorific marks where the name starts: "... Republik Indonesian Ir Boby ...",
            # "Kepala Puskesmas Sukaraja Hj. Nurhayati"
            for r in range(k + 1, min(n, k + 5)):
                if toks[r].kind != "w":
                    break
                if self._is_degree_before(toks[r]):
                    res2 = self._name_right(toks, r, n, False)
                    if res2:
                        return r, res2[0], res2[1]
                    break
        if j < n and not needs_object:
            # "TITLE NAME" (no comma)
            if res is not None:
                name, end = res
                if not self._looks_like_place(toks, name, end) and not self._name_after_comma(toks, end, n):
                    return j, name, end
        if j < n and toks[j].text == ",":
            res = self._name_right(toks, j + 1, n, False)
            if res is not None:
                return j, res[0], res[1]
        # an office object that is not in our word list: "Direktur Eksekutif Parameter Publik Indonesia, Ras MD"
        k = j
        while k < n and k - j < 8 and toks[k].kind == "w" and (any(c.isupper() for c in toks[k].text)
                                                              or toks[k].low in ("dan", "&")):
            if k > j and (self._is_degree_before(toks[k]) or self._title_at(toks, k)):
                break  # a second office starts here: "Wali Kota dan Wakil Wali Kota X, A–B"
            k += 1
        if k > j and k < n and toks[k].text == ",":
            res = self._name_right(toks, k + 1, n, False)
            if res is not None:
                return k, res[0], res[1]
        return None

    def _name_after_comma(self, toks, end: int, n: int) -> bool:
        """", Person Name," right after a would-be name: the would-be name was the office's object
        ("Direktur Eksekutif Lembaga Kajian Nusantara Raya, Taufik Hidayat, memaparkan")."""
        if end >= n or toks[end].text != "," or _ends_sentence(toks[end - 1]):
            return False
        res = self._name_right(toks, end + 1, n, False)
        if res is None or self._title_at(toks, end + 1):
            return False
        after = toks[res[1]] if res[1] < n else None
        return after is None or after.text in (",", ".") or (after.kind == "w" and after.text[0].islower())

    def _looks_like_place(self, toks, name: list[Tok], end: int) -> bool:
        """A "name" that contains office words belongs to the title ("Parameter Publik Indonesia")."""
        lead = self._particle_at(name, 0, len(name))  # "Anak Agung Gde Mayun": the noble title is no office
        if any(t.low in self.kb.title_words for t in name[lead:]):
            return True
        nxt = toks[end] if end < len(toks) else None
        return bool(nxt is not None and nxt.cap and not _ends_sentence(name[-1])
                    and (nxt.low in self.kb.title_words or self._match_seq(toks, end, self.kb.regions, 3)))

    def _mention(self, text, toks, ti, title_end, name, name_end) -> Mention:
        title = text[toks[ti].start:toks[title_end - 1].end]
        return Mention(name, title, toks[ti].start, name[-1].end)

    def _is_staff(self, toks, index: dict[int, int], m: Mention) -> bool:
        idx = index.get(m.name_toks[0].start)
        if idx is None:
            return False
        for k in range(idx - 1, max(-1, idx - 3), -1):
            if toks[k].kind == "nl":
                break
            # "Penulis: X", "Oleh X" at the start of a line; not "dipimpin oleh X"
            if toks[k].key in self.kb.role_words and toks[k].text[0].isupper() and (
                    k == 0 or toks[k - 1].kind == "nl" or toks[k + 1].text in (":", "/")):
                return True
        return False


# ---------------------------------------------------------------- merging one person's mentions

def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9 ]", " ", s)


def _phon(w: str) -> str:
    """Spelling key for Indonesian names: kh/dh/th/sh -> k/d/t/s, dj -> j, oe -> u, doubled letters once."""
    w = w.replace("dj", "j").replace("tj", "c").replace("oe", "u")
    w = re.sub(r"([bcdfgjklmnpqrstvwxz])h", r"\1", w)
    return re.sub(r"(.)\1+", r"\1", w)


def _lev(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    pa, pb = _phon(a), _phon(b)
    if pa == pb:
        return True
    m = min(len(pa), len(pb))
    if m < 5 or abs(len(pa) - len(pb)) > 2 or pa[0] != pb[0]:
        return False
    d = _lev(pa, pb)
    return d <= 1 or (m >= 7 and d <= 2)


def _name_words(name: str) -> list[str]:
    return _fold(name.replace(".", " ")).split()


def _same_person(a: list[str], b: list[str]) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return False
    if len(short) == len(long_):
        if all(_same_word(x, y) for x, y in zip(short, long_)):
            return True
        # same family name, same first initial: "Muhammad Najih" / "Mokhammad Najih"
        return len(short) >= 2 and short[-1] == long_[-1] and short[0][0] == long_[0][0] \
            and _lev(_phon(short[0]), _phon(long_[0])) <= 2
    # a shorter form: every word found, in order, in the longer one ("Sri Widhiyanti")
    pos = 0
    for w in short:
        while pos < len(long_) and not _same_word(w, long_[pos]):
            pos += 1
        if pos == len(long_):
            return False
        pos += 1
    return not all(len(w) == 1 for w in short)


_WAKIL = re.compile(r"(?i)^wakil\s+")


def _deputy_of(a: str, b: str) -> bool:
    """One office is the other's deputy ("Wakil Bupati Lebong" / "Bupati Lebong"): two people, however
    alike their names are spelt."""
    a, b = _clean_title(a).lower(), _clean_title(b).lower()
    return a != b and _WAKIL.sub("", a) == _WAKIL.sub("", b)


def merge_mentions(mentions: list[Mention]) -> list[Official]:
    clusters: list[list[Mention]] = []
    forms: list[set[tuple[str, ...]]] = []  # the distinct spellings in each cluster
    exact: dict[tuple[str, ...], int] = {}
    fuzzy = len(mentions) <= MAX_FUZZY_MENTIONS  # a pathological list of thousands: exact merging only
    for m in sorted(mentions, key=lambda m: (m.weak, -len(m.name_toks), m.start)):
        words = tuple(_name_words(m.name))
        if words in exact:
            clusters[exact[words]].append(m)
            continue
        hits = [k for k, f in enumerate(forms) if any(_same_person(list(words), list(x)) for x in f)
                and not any(_deputy_of(m.title, x.title) for x in clusters[k])] if fuzzy else []
        if len(hits) == 1 or (hits and len(words) > 1):
            k = hits[0]
        elif not hits and not m.weak:
            k = len(clusters)
            clusters.append([])
            forms.append(set())
        else:
            continue  # a single word that fits two different people is dropped (ambiguous)
        clusters[k].append(m)
        forms[k].add(words)
        if len(hits) <= 1:
            exact[words] = k
    out = []
    for c in sorted(clusters, key=lambda c: min(x.start for x in c)):
        c.sort(key=lambda x: x.start)
        counts = Counter(x.name for x in c)
        best_name = max(c, key=lambda x: (not x.weak, len(_name_words(x.name)), _proper_case(x.name),
                                          counts[x.name], -x.start))
        best_title = max(c, key=lambda x: (len(x.title.split()), -x.start))
        spans = sorted({(x.start, x.end) for x in c})
        out.append(Official(name=best_name.name, title=_clean_title(best_title.title), evidence=spans))
    return out


def _proper_case(name: str) -> bool:
    return all(w[:1].isupper() for w in name.split())


# an acting-office prefix written out with its abbreviation is reported as people write it:
# "Pelaksana Tugas (Plt) Kepala Biro" -> "Plt Kepala Biro", "Pejabat Sementara (Pjs) Kepala" -> "Pjs Kepala"
_ACTING_LONG = re.compile(r"(?i)\b(?:pelaksana\s+tugas|pejabat\s+sementara|penjabat|pelaksana\s+harian)\s*"
                          r"\(\s*(Plt|Pjs|Pj|Plh)\.?\s*\)")


def _clean_title(title: str) -> str:
    title = _ACTING_LONG.sub(lambda m: m.group(1), title)
    title = re.sub(r"\s+", " ", title).strip(" ,")
    # the sentence's full stop after a title written last ("ujar Budi, Bupati Lebong.")
    return re.sub(r"(?<=\w\w)\.$", "", title)


# ---------------------------------------------------------------- public API

_FINDERS: dict[str, OfficialsFinder] = {}


def default_finder() -> OfficialsFinder:
    if "default" not in _FINDERS:
        _FINDERS["default"] = OfficialsFinder(OfficialsKnowledge.from_dir(DEFAULT_DATA_DIR))
    return _FINDERS["default"]


def find_officials(text: str, finder: OfficialsFinder | None = None) -> list[Official]:
    """The officials named in `text` (usable without spaCy)."""
    finder = finder or default_finder()
    return merge_mentions(finder.find(text or ""))


# ---------------------------------------------------------------- spaCy component

try:
    from spacy.language import Language
    from spacy.tokens import Doc
except ImportError:  # pragma: no cover - spaCy is a dependency
    Language = None

if Language is not None:
    if not Doc.has_extension("officials"):
        Doc.set_extension("officials", default=None)

    class OfficialsRecognizer:
        """Sets `doc._.officials`; saves/loads its knowledge files with the pipeline (like SpanRuler)."""

        def __init__(self, nlp, name: str = "kepatuhan_officials", data_dir: str | None = None):
            self.name = name
            self.data_dir = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
            self.finder = OfficialsFinder(OfficialsKnowledge.from_dir(self.data_dir))

        def __call__(self, doc):
            # the fast Docs of extract.pipeline carry their text: never rebuild it from the tokens
            text = doc.user_data.get("kepatuhan_text")
            doc._.officials = merge_mentions(self.finder.find(doc.text if text is None else text))
            return doc

        def pipe(self, docs: Iterable, batch_size: int = 128):
            for doc in docs:
                yield self(doc)

        def to_disk(self, path, exclude=tuple()):
            path = Path(path)
            path.mkdir(parents=True, exist_ok=True)
            for f in DATA_FILES:
                shutil.copyfile(self.data_dir / f, path / f)
            regions = self.finder.kb.regions
            (path / "regions.txt").write_text("\n".join(sorted(" ".join(r) for r in regions)) + "\n",
                                              encoding="utf-8")

        def from_disk(self, path, exclude=tuple()):
            self.data_dir = Path(path)
            self.finder = OfficialsFinder(OfficialsKnowledge.from_dir(self.data_dir))
            return self

    @Language.factory("kepatuhan_officials", default_config={"data_dir": None})
    def make_officials(nlp, name: str, data_dir: str | None):
        return OfficialsRecognizer(nlp, name=name, data_dir=data_dir)
