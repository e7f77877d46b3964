"""The officials finder's knowledge, read from models/officials/ (office-title heads, acting
prefixes, degrees, title words, words that are never names, staff role words, blockers) and the
region gazetteer (every way news names a region)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from extract.components.common.knowledge import read_spellings
from extract.components.officials.tokens import _TOKEN_RE, _key
from extract.components.regions.joined import joined_spellings
from gazetteer import REGIONS_FILE, read_regions
from models import MODELS_DIR, read_list

DEFAULT_DATA_DIR = MODELS_DIR / "officials"
DEFAULT_REGIONS = REGIONS_FILE
DATA_FILES = (
    "titles.jsonl",
    "prefixes.csv",
    "degrees.csv",
    "ranks_written.txt",
    "title_words.txt",
    "not_names.txt",
    "role_words.txt",
    "blockers_before.txt",
    "name_abbreviations.txt",
    "name_particles.txt",
    "title_words_in_names.txt",
    "common_words_in_names.txt",
    "lettered_bodies.txt",
    "speech_verbs.txt",
    "other_speaker_cues.txt",
    "pair_words.txt",
    "nickname_cues.txt",
    "linkers_before_title.txt",
    "saying_verbs.txt",
    "police_unit_stems.txt",
    "compound_office_heads.txt",
    "compound_units.txt",
    "balinese_name_openers.txt",
    "linkers_after_title.txt",
    "companion_words.txt",
    "speech_blockers.txt",
    "open_line_words.txt",
    "place_closers.txt",
    "metro_closers.txt",
    "place_prepositions.txt",
    "slip_words.txt",
)


def _trie_pattern(words: Iterable[str], caseless: bool = True) -> str:
    """A regex matching any of `words` in any case (`caseless`; else as written), factored as a trie
    (a flat alternation of 60 words with IGNORECASE is several times slower on long texts)."""
    words = list(words)
    trie: dict = {}
    for w in words:
        d = trie
        for c in w:
            d = d.setdefault(c, {})
        d[""] = {}

    def build(d: dict) -> str:
        alts = [
            (f"[{c}{c.upper()}]" if caseless and c.isalpha() else re.escape(c)) + build(sub)
            for c, sub in sorted(d.items())
            if c
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in d:
            return f"(?:{body})?"
        return body

    # a lookahead on the first characters first: re then rejects most positions in one set test
    # instead of entering the trie (same matches, ~25% faster on news text)
    firsts = {c for w in words for c in ((w[:1], w[:1].upper()) if caseless else (w[:1],)) if c}
    if not firsts or "" in trie:  # an empty word matches without a first character
        return build(trie)
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" + build(trie)


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(_key(m.group()) for m in _TOKEN_RE.finditer(phrase) if m.group("w"))


# long office words are recognised through one slip of the keyboard ("Maladminsitrasi", "Birokasi",
# "Malaadministrasi"): a letter dropped, added, or two neighbours swapped. A letter replaced by another is
# not a slip we follow inside a word: it turns real words and names into office words ("Pengaduan" ~
# pengadaan, "Perubahan" ~ perumahan, the given name "Parlindungan" ~ perlindungan); only the last letter
# replaced is ("Pembangunan dan Perekonomiam"). Shorter words stay exact (too close to given names);
# misspellings beyond these are listed in title_words.txt.
MIN_FUZZY_TITLE = 9
FUZZY_MEMO_MAX = 100_000  # words whose fuzzy answer is remembered (a few MB at most)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


_LETTERS = "abcdefghijklmnopqrstuvwxyz"  # a letter replaced in a slip word (TitleWords.slipped)


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


class TitleWords(set):
    """Office words, and the one lookup of their slips of the keyboard: a long word also matches its
    misspellings at one dropped, added or swapped letter, or its last letter replaced; the words of
    models/officials/slip_words.txt (`slips`), read as meant only where an office stands (slips.py), are
    one letter dropped, or one replaced after the first, from the word as written."""

    def __init__(self, words=(), slips: Iterable[str] = ()):
        super().__init__(words)
        self.slips = [w.lower() for w in slips]
        # (length, first letter) of every word one slip from a slip word: a letter dropped (its first letter is the
        # word's first or second), or one replaced or two swapped after the first. slip_of gives None for a word of
        # any other shape, so slips.py asks nothing more of it (most words of a window are none)
        self.slip_shapes = frozenset(
            shape for w in self.slips for shape in ((len(w), w[:1]), (len(w) - 1, w[:1]), (len(w) - 1, w[1:2]))
        )
        self._long = {w for w in self if len(w) >= MIN_FUZZY_TITLE}
        self._near: set[str] = set()  # the long words with one letter dropped
        for w in self._long:
            self._near |= _deletions(w)
        self._stems = {w[:-1] for w in self._long}  # the long words without their last letter
        # the fuzzy answer of each word asked (it depends on the words given here only): the same words come
        # back in every article, and their deletions and swaps cost far more than a look-up
        self._fuzzy: dict[str, bool] = {}

    def __contains__(self, word) -> bool:
        if set.__contains__(self, word):
            return True
        if not isinstance(word, str) or len(word) < MIN_FUZZY_TITLE - 1:
            return False
        hit = self._fuzzy.get(word)
        if hit is None:
            hit = self._near_miss(word)
            if len(self._fuzzy) < FUZZY_MEMO_MAX:
                self._fuzzy[word] = hit
        return hit

    def _near_miss(self, word: str) -> bool:
        """A misspelling of a long office word (not itself in the set)."""
        if not word.isalpha():
            return False
        if word in self._near:
            return True  # a letter dropped
        if len(word) >= MIN_FUZZY_TITLE and word[:-1] in self._stems:
            return True  # the last letter replaced
        return any(d in self._long for d in _deletions(word)) or any(s in self._long for s in _swaps(word))

    def slip_of(self, low: str) -> str | None:
        """The slip word `low` is one slip from: a letter dropped, or one replaced or two swapped after the first."""
        for w in self.slips:
            if len(w) == len(low) + 1 and low in _deletions(w):
                return w
            if len(w) == len(low) and w[0] == low[0] and (sum(a != b for a, b in zip(w, low)) == 1 or low in _swaps(w)):
                return w  # ... or two neighbours after the first swapped ("Sekertaris")
        return None

    def slipped(self, heads: dict) -> set[str]:
        """Each slip word that is a listed head, one slip off (the spellings `slip_of` reads back), in
        lower case."""
        out: set[str] = set()
        for w in self.slips:
            if (w,) in heads:
                out |= _deletions(w) | {w[:i] + c + w[i + 1 :] for i in range(1, len(w)) for c in _LETTERS if c != w[i]}
                out |= {x for x in _swaps(w) if x[0] == w[0]}
        return out


@dataclass
class OfficialsKnowledge:
    heads: dict[tuple[str, ...], dict]
    prefixes: set[tuple[str, ...]]
    degrees_before: set[str]
    degrees_after: set[str]
    title_words: TitleWords
    not_names: set[str]
    role_words: set[str]
    blockers: set[tuple[str, ...]]
    regions: set[tuple[str, ...]]
    stop_words: set[str] = field(default_factory=set)
    degrees_bracketed: set[str] = field(default_factory=set)  # "(Cand.)", "(Purn)" between honorifics and a name
    rank_words: set[str] = field(default_factory=set)  # "Kombes Polisi X": the corps written out after a rank
    ranks_written: set[tuple[str, ...]] = field(default_factory=set)  # "Komisaris Besar Polisi X": a rank in words
    # police unit stems ("rena", "intelkam") and the office heads glued to them ("karo", "dir"): a stem
    # written apart right after such a head is its unit, however short ("Karo Rena")
    unit_stems: set[str] = field(default_factory=set)
    compound_heads: set[str] = field(default_factory=set)
    max_head: int = 4
    max_region: int = 5

    def __post_init__(self):
        # first words of every prefix and head: the only tokens where a title can start
        self.start_words = {seq[0] for seq in list(self.heads) + list(self.prefixes) if seq}
        # (and a head mistyped by one slip, slips.py: "kepal Ombudsman RI X" opens a window to read)
        words = self.start_words | {"wakilnya"} | self.title_words.slipped(self.heads) - self.stop_words
        self.start_re = re.compile(r"\b" + _trie_pattern(words) + r"\b")
        # the same words in lower case, run on casefold.lowered(text) (same matches, same offsets, when
        # lowering is exact): plain letters instead of [kK] classes, which `re` tests several times faster
        self.start_low_re = (
            re.compile(r"\b" + _trie_pattern(words, caseless=False) + r"\b")
            if all(w.isascii() and w == w.lower() for w in words)
            else None
        )

    @classmethod
    def from_dir(cls, data_dir: Path, regions_csv: Path | None = None) -> "OfficialsKnowledge":
        data_dir = Path(data_dir)
        heads = {}
        for line in read_list(data_dir / "titles.jsonl"):
            entry = json.loads(line)
            heads[_words(entry["head"])] = entry
        office_words, unit_words = _compound_words(data_dir)
        unit_stems = {w for w in unit_words if w in _stems(data_dir)}
        for word in office_words:
            heads.setdefault((word,), {"head": word})
        for word in read_list(data_dir / "compound_office_heads.txt"):
            # the head written apart from its unit ("Dir Intelkam", "Kanit Reskrim"): an office only with the unit
            heads.setdefault((_key(word),), {"head": word, "needs_object": True})
        prefixes = {_words(p) for p in read_list(data_dir / "prefixes.csv")[1:]}
        before: set[str] = set()
        after: set[str] = set()
        bracketed: set[str] = set()
        rank_words: set[str] = set()
        for row in read_list(data_dir / "degrees.csv")[1:]:
            tok, _, pos = row.rpartition(",")
            pos = pos.strip()
            if pos == "rank_word":
                rank_words.add(_key(tok))
                continue
            (before if pos == "before" else bracketed if pos == "bracketed" else after).add(_key(tok))
        regions_path = data_dir / "regions.txt"
        if regions_path.exists():  # a saved pipeline carries its own copy
            regions = {tuple(r.split()) for r in read_list(regions_path)}
        else:
            regions = _region_phrases(regions_csv or DEFAULT_REGIONS)
        try:
            from spacy.lang.id.stop_words import STOP_WORDS

            stop = set(STOP_WORDS)
        except ImportError:  # pragma: no cover - spaCy is a dependency
            stop = set()
        return cls(
            heads=heads,
            prefixes=prefixes,
            degrees_before=before,
            degrees_after=after,
            degrees_bracketed=bracketed,
            rank_words=rank_words,
            ranks_written={_words(r) for r in read_list(data_dir / "ranks_written.txt")},
            # a unit's stem written apart ("Kabag Ops", "Kasat Reskrim") continues the office
            title_words=TitleWords(
                _misspelt({w.lower() for w in read_list(data_dir / "title_words.txt")}) | unit_stems,
                slips=read_list(data_dir / "slip_words.txt"),
            ),
            # an office head written apart from its unit ("Dir Intelkam", "Kanit Reskrim") is never a given name
            not_names={_key(w) for w in read_list(data_dir / "not_names.txt")}
            | unit_words
            | {_key(w) for w in read_list(data_dir / "compound_office_heads.txt")},
            role_words={_key(w) for w in read_list(data_dir / "role_words.txt")},
            blockers={_words(b) for b in read_list(data_dir / "blockers_before.txt")},
            regions=regions,
            stop_words=stop,
            unit_stems=set(_stems(data_dir)),
            compound_heads={_key(w) for w in read_list(data_dir / "compound_office_heads.txt")},
            max_head=max(len(h) for h in heads),
            max_region=max(len(r) for r in regions) if regions else 1,
        )


MIN_STEM_ALONE = 5


def _misspelt(words: set[str]) -> set[str]:
    """The office words and the misspellings models/spellings.yaml lists for them ("Kepala Perwakilan
    Ombudsman RI Provinisi Kalsel": the level word misspelt stays in the office, never opens a name)."""
    return words | {w for right, wrongs in read_spellings(MODELS_DIR).items() if right in words for w in wrongs}


def _stems(data_dir: Path) -> list[str]:
    return [_key(w) for w in read_list(data_dir / "police_unit_stems.txt")]


def _compound_words(data_dir: Path) -> tuple[set[str], set[str]]:
    """Office heads and unit words glued to a unit stem in one word ("Dirlantas", "Kabagren"; "Rorena")."""
    stems = _stems(data_dir)
    offices = {_key(w) + s for w in read_list(data_dir / "compound_office_heads.txt") for s in stems}
    units = {_key(w) + s for w in read_list(data_dir / "compound_units.txt") for s in stems}
    # a stem alone ("Kasubbag Renmin") is the unit too, unless short enough to be a given name ("Rena")
    return offices, (units | {s for s in stems if len(s) >= MIN_STEM_ALONE}) - offices


_LEVEL_PREFIX = re.compile(
    r"^(pemerintah\s+(provinsi|kabupaten|kota)|pemprov|pemkab|pemkot|kab\.?|prov\.?|"
    r"provinsi|kabupaten|kota)\s+",
    re.IGNORECASE,
)


def _region_phrases(path: Path) -> set[tuple[str, ...]]:
    """Every way news names a region ("Lebong", "OKU Timur", "Sumsel", "Kalimantan Utara"), a name of
    several words also with its words run together ("Bupati Tulangbawang Winarti"), as the records read it."""
    out: set[tuple[str, ...]] = set()
    if not Path(path).exists():
        return out
    for region in read_regions(path):
        for n in (region.name, region.province, *region.aliases):
            for form in joined_spellings(_LEVEL_PREFIX.sub("", n.strip()), set()):
                w = _words(form)
                if w:
                    out.add(w)
    return out


# longer abbreviated given names ("Mohd.", "Moch."): read once, the list is language knowledge
# and the same for every pipeline
NAME_ABBREVIATIONS = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "name_abbreviations.txt")}
NAME_PARTICLES = {tuple(w.split()) for w in read_list(DEFAULT_DATA_DIR / "name_particles.txt")}
# office words that are also name words ("Jaksa Agung" / "Hary Agung"; "I Gusti Ngurah Jaya Negara")
TITLE_WORDS_IN_NAMES = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "title_words_in_names.txt")}
# common words that are also given names, read as such only between two name words ("Ribut Hari Wibowo")
COMMON_WORDS_IN_NAMES = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "common_words_in_names.txt")}
# a senior post's grade after the word before it ("Pimpinan Tinggi Pratama"): (word before, grade)
POST_GRADES = {tuple(w.lower().split()) for w in read_list(DEFAULT_DATA_DIR / "post_grades.txt")}
# bodies numbered by a letter right after them ("Komisi A", "Pansus B")
LETTERED_BODIES = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "lettered_bodies.txt")}
# verbs of saying right before a speaker's name ("tutur Budi Santoso Kepala Dinas ...")
SPEECH_VERBS = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "speech_verbs.txt")}
# ... and other words that introduce a person named before the office ("melalui Budi Santoso Asisten ...")
NAME_INTRODUCERS = SPEECH_VERBS | {w.lower() for w in read_list(DEFAULT_DATA_DIR / "name_introducers.txt")}
# sentence openers that hand over to another speaker ("Sementara itu, ...")
OTHER_SPEAKER_CUES = {tuple(w.lower().split()) for w in read_list(DEFAULT_DATA_DIR / "other_speaker_cues.txt")}
# nouns for a pair of office holders ("pasangan kepala daerah: A–B")
PAIR_WORDS = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "pair_words.txt")}
PLURAL_MARKERS = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "plural_markers.txt")}
# words between a name and the office after it ("Budi, yang juga menjabat sebagai Kepala ...")
LINKERS_BEFORE_TITLE = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "linkers_before_title.txt")}
# verbs of saying after their subject ("Budi Santoso menjelaskan ...")
SAYING_VERBS = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "saying_verbs.txt")}
# "I Wayan", "Ni Luh": the two words that open a Balinese name
BALINESE_OPENERS = {tuple(w.split()) for w in read_list(DEFAULT_DATA_DIR / "balinese_name_openers.txt")}
# words between an office and its holders' names ("Asisten yaitu A dan B")
LINKERS_AFTER_TITLE = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "linkers_after_title.txt")}
# words that bring in an office holder's companions ("didampingi Wakil Ketua X")
COMPANION_WORDS = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "companion_words.txt")}
# blockers that name a speech, lifted when the holder is the speaker ("dalam sambutan Kapolda X Budi mengatakan")
SPEECH_BLOCKERS = {w.lower() for w in read_list(DEFAULT_DATA_DIR / "speech_blockers.txt")}
# lower-case office words a line cannot end with but for a hard wrap ("Ombudsman perwakilan\nPapua, X")
OPEN_LINE_WORDS = frozenset(w.lower() for w in read_list(DEFAULT_DATA_DIR / "open_line_words.txt"))
# compass words and "Raya" closing a place inside an office ("Samsat Surabaya Utara", "Jakarta Raya")
PLACE_CLOSERS = frozenset(w.lower() for w in read_list(DEFAULT_DATA_DIR / "place_closers.txt"))
# "Raya" of a greater metropolitan area, closing only a place written without its level word ("Jakarta Raya")
METRO_CLOSERS = frozenset(w.lower() for w in read_list(DEFAULT_DATA_DIR / "metro_closers.txt"))
# "di Cibingbin, Bupati X": a capitalised word after a preposition of place is a place, not the person
PLACE_PREPOSITIONS = frozenset(read_list(DEFAULT_DATA_DIR / "place_prepositions.txt"))
