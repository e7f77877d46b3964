"""The officials finder's knowledge, read from models/officials/ (office-title heads, acting
prefixes, degrees, title words, words that are never names, staff role words, blockers) and the
region gazetteer (every way news names a region), plus the small word lists of word_lists.py: all read
once, when the component loads (OfficialsKnowledge.from_dir), from its own data folder, and passed down
to the linking helpers on this one object (`finder.kb`); nothing here is read at import."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from extract.components.common.knowledge import SPELLINGS_FILE, read_spellings
from extract.components.officials.not_names import NotNames, read_patterns
from extract.components.officials.tokens import _TOKEN_RE, _key
from extract.components.regions.joined import joined_spellings
from extract.components.officials.word_lists import WORD_LIST_FILES, read_word_lists
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
    "not_name_patterns.txt",
    "role_words.txt",
    "blockers_before.txt",
    "police_unit_stems.txt",
    "compound_office_heads.txt",
    "compound_units.txt",
    "slip_words.txt",
) + WORD_LIST_FILES


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
    not_names: NotNames
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
    # the small word lists (word_lists.py): what each is for is said in models/officials/*.txt
    name_abbreviations: frozenset[str] = frozenset()  # "Mohd.", "Moch.": longer abbreviated given names
    name_particles: set[tuple[str, ...]] = field(default_factory=set)  # "bin", "van der"
    title_words_in_names: set[str] = field(default_factory=set)  # "Jaksa Agung" / "Hary Agung"
    common_words_in_names: set[str] = field(default_factory=set)  # only between two name words ("Ribut Hari")
    post_grades: set[tuple[str, ...]] = field(default_factory=set)  # ("tinggi", "pratama")
    lettered_bodies: set[str] = field(default_factory=set)  # "Komisi A", "Pansus B"
    speech_verbs: set[str] = field(default_factory=set)  # "tutur Budi Santoso Kepala Dinas ..."
    name_introducers: set[str] = field(default_factory=set)  # speech verbs and "melalui Budi Santoso ..."
    other_speaker_cues: set[tuple[str, ...]] = field(default_factory=set)  # "Sementara itu, ..."
    pair_words: set[str] = field(default_factory=set)  # "pasangan kepala daerah: A–B"
    plural_markers: set[str] = field(default_factory=set)
    linkers_before_title: set[str] = field(default_factory=set)  # "Budi, yang juga menjabat sebagai Kepala"
    saying_verbs: set[str] = field(default_factory=set)  # "Budi Santoso menjelaskan ..."
    balinese_openers: set[tuple[str, ...]] = field(default_factory=set)  # "I Wayan", "Ni Luh"
    linkers_after_title: set[str] = field(default_factory=set)  # "Asisten yaitu A dan B"
    companion_words: set[str] = field(default_factory=set)  # "didampingi Wakil Ketua X"
    speech_blockers: set[str] = field(default_factory=set)  # "dalam sambutan Kapolda X Budi mengatakan"
    open_line_words: frozenset[str] = frozenset()  # a line cannot end with these but for a hard wrap
    place_closers: frozenset[str] = frozenset()  # "Samsat Surabaya Utara", "Jakarta Raya"
    metro_closers: frozenset[str] = frozenset()  # "Raya" only after a place without its level word
    place_prepositions: frozenset[str] = frozenset()  # "di Cibingbin, Bupati X": the word after is a place
    place_units: set[str] = field(default_factory=set)  # units named after a place ("Puskesmas Tempeh")
    function_word_names: frozenset[str] = frozenset()  # "Dan Satriana": as written, capitalised
    team_words: frozenset[str] = frozenset()  # "anggota tim": a team's members, no office
    called: re.Pattern | None = None  # "yang akrab disapa Mas Rio" (word_lists.called_pattern)
    related_labels: list[str] = field(default_factory=list)  # models/cleaning/lines.yaml `related_link_labels`
    related_heading: re.Pattern | None = None  # a line linking to another article ("Baca juga: ...")
    spellings_dir: Path = MODELS_DIR  # where spellings.yaml was read (the saved pipeline's folder, else models/)

    def __post_init__(self):
        # the name particles by their first word: most words open none
        self.particles_by_first: dict[str, list[tuple[str, ...]]] = {}
        for p in sorted(self.name_particles):
            self.particles_by_first.setdefault(p[0], []).append(p)
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
        self.start_low_words = frozenset(words) if self.start_low_re is not None else frozenset()

    @classmethod
    def from_dir(cls, data_dir: Path, regions_csv: Path | None = None) -> "OfficialsKnowledge":
        data_dir = Path(data_dir)
        # models/spellings.yaml, or the saved pipeline's own copy
        spellings_dir = data_dir if (data_dir / SPELLINGS_FILE).exists() else MODELS_DIR
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
                _misspelt({w.lower() for w in read_list(data_dir / "title_words.txt")}, spellings_dir) | unit_stems,
                slips=read_list(data_dir / "slip_words.txt"),
            ),
            # an office head written apart from its unit ("Dir Intelkam", "Kanit Reskrim") is never a given name
            not_names=NotNames(
                {_key(w) for w in read_list(data_dir / "not_names.txt")}
                | unit_words
                | {_key(w) for w in read_list(data_dir / "compound_office_heads.txt")},
                read_patterns(data_dir / "not_name_patterns.txt"),
            ),
            role_words={_key(w) for w in read_list(data_dir / "role_words.txt")},
            blockers={_words(b) for b in read_list(data_dir / "blockers_before.txt")},
            regions=regions,
            stop_words=stop,
            unit_stems=set(_stems(data_dir)),
            compound_heads={_key(w) for w in read_list(data_dir / "compound_office_heads.txt")},
            max_head=max(len(h) for h in heads),
            max_region=max(len(r) for r in regions) if regions else 1,
            spellings_dir=spellings_dir,
            **read_word_lists(data_dir),
        )


MIN_STEM_ALONE = 5


def _misspelt(words: set[str], spellings_dir: Path) -> set[str]:
    """The office words and the misspellings models/spellings.yaml lists for them ("Kepala Perwakilan
    Ombudsman RI Provinisi Kalsel": the level word misspelt stays in the office, never opens a name)."""
    return words | {w for right, wrongs in read_spellings(spellings_dir).items() if right in words for w in wrongs}


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
