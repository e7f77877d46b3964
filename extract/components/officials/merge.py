"""One entry per person: the mentions of one person (spelling variants, a later first or last
name alone) merged into the fullest name, the fullest title and every mention as evidence."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from extract.components.officials.titles import Mention
from extract.types import Official

MAX_FUZZY_MENTIONS = 400  # more titled mentions than this in one text: merge identical spellings only
# the spelling keys below are pure functions of a name or a title, and the same officials come back
# in article after article: each is computed once (bounded: memory stays flat on any crawl)
_KEYS_CACHED = 8192


@lru_cache(maxsize=_KEYS_CACHED)
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    # an apostrophe inside a word, straight or curly, is no word break: "Ma'ruf" is "Ma’ruf"
    return re.sub(r"[^a-z0-9 ]", " ", re.sub(r"(?<=[a-z])['`](?=[a-z])", "", s))


@lru_cache(maxsize=_KEYS_CACHED)
def _phon(w: str) -> str:
    """Spelling key for Indonesian names: kh/dh/th/sh -> k/d/t/s, dj -> j, oe -> u, doubled letters once."""
    w = w.replace("dj", "j").replace("tj", "c").replace("oe", "u")
    w = re.sub(r"([bcdfgjklmnpqrstvwxz])h", r"\1", w)
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=_KEYS_CACHED)
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
    d = Levenshtein.distance(pa, pb)
    return d <= 1 or (m >= 7 and d <= 2)


def _head_dropped(a: str, b: str) -> bool:
    """One word is the other without its first syllable (two letters or more), itself seven letters or more."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 7 and len(long_) - len(short) >= 2 and long_.endswith(short)


def _name_words(name: str) -> list[str]:
    return _fold(name.replace(".", " ")).split()


def _same_person(a: list[str], b: list[str]) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return False
    if len(short) == len(long_):
        if all(_same_word(x, y) for x, y in zip(short, long_)):
            return True
        if len(short) >= 2 and short[:-1] == long_[:-1] and _head_dropped(short[-1], long_[-1]):
            return True  # "Muda Hendrawan" / "Muda Mahendrawan": the family name's first syllable dropped
        # same family name, same first initial: "Muhammad Najih" / "Mokhammad Najih"
        return (
            len(short) >= 2
            and short[-1] == long_[-1]
            and short[0][0] == long_[0][0]
            and Levenshtein.distance(_phon(short[0]), _phon(long_[0])) <= 2
        )
    if len(short) == 1 and any(_short_form(short[0], w) for w in long_):
        return True  # "Gubernur Mirza" for Rahmat Mirzani Djausal: one name word cut short
    # a shorter form: every word found, in order, in the longer one ("Sri Widhiyanti")
    pos = 0
    for w in short:
        while pos < len(long_) and not _same_word(w, long_[pos]):
            pos += 1
        if pos == len(long_):
            return False
        pos += 1
    return not all(len(w) == 1 for w in short)


MIN_SHORT_FORM = 4  # letters of a name word cut short ("Mirza" for "Mirzani") ...
MAX_CUT = 3  # ... and at most this many letters cut off its end


def _short_form(short: str, word: str) -> bool:
    """`short` is `word` with its last letters cut off, as people call someone by part of a name."""
    return len(short) >= MIN_SHORT_FORM and word.startswith(short) and 0 < len(word) - len(short) <= MAX_CUT


_WAKIL = re.compile(r"(?i)^wakil\s+")


def _deputy_of(a: str, b: str) -> bool:
    """One office is the other's deputy ("Wakil Bupati Lebong" / "Bupati Lebong"): two people, however
    alike their names are spelt."""
    a, b = _clean_title(a).lower(), _clean_title(b).lower()
    return a != b and _WAKIL.sub("", a) == _WAKIL.sub("", b)


def _reordered(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same name words in another order ("Sabar Olif Iwanggin" / "Olif Sabar Iwanggin")."""
    return len(a) >= 2 and a != b and sorted(a) == sorted(b)


def _same_office(a: str, b: str) -> bool:
    """Two ways of writing one office: most of their words shared ("Kepala Ombudsman Perwakilan Papua" /
    "Kepala Ombudsman RI Perwakilan Papua"), not only the head ("Kepala Dinas Kesehatan" / "Kepala Bappeda")."""
    wa, wb = set(_fold(a).split()), set(_fold(b).split())
    return bool(wa and wb) and 2 * len(wa & wb) > len(wa | wb)


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
        hits = (
            [
                k
                for k, f in enumerate(forms)
                if (
                    any(_same_person(list(words), list(x)) for x in f)
                    or any(_reordered(words, x) for x in f)
                    and any(_same_office(m.title, x.title) for x in clusters[k])
                )
                and not any(_deputy_of(m.title, x.title) for x in clusters[k])
            ]
            if fuzzy
            else []
        )
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
        best_name = max(
            c, key=lambda x: (not x.weak, len(_name_words(x.name)), _proper_case(x.name), counts[x.name], -x.start)
        )
        best_title = max(c, key=lambda x: (len(x.title.split()), -x.start))
        spans = sorted({(x.start, x.end) for x in c})
        out.append(Official(name=best_name.name, title=_clean_title(best_title.title), evidence=spans))
    return out


def _proper_case(name: str) -> bool:
    return all(w[:1].isupper() for w in name.split())


# an acting-office prefix written out with its abbreviation is reported as people write it:
# "Pelaksana Tugas (Plt) Kepala Biro" -> "Plt Kepala Biro", "Pejabat Sementara (Pjs) Kepala" -> "Pjs Kepala"
_ACTING_LONG = re.compile(
    r"(?i)\b(?:pelaksana\s+tugas|pejabat\s+sementara|penjabat|pelaksana\s+harian)\s*"
    r"\(\s*(Plt|Pjs|Pj|Plh)\.?\s*\)"
)


@lru_cache(maxsize=_KEYS_CACHED)
def _clean_title(title: str) -> str:
    title = _ACTING_LONG.sub(lambda m: m.group(1), title)
    title = re.sub(r"\s+", " ", title).strip(" ,")
    # the sentence's full stop after a title written last ("ujar Budi, Bupati Lebong.")
    return re.sub(r"(?<=\w\w)\.$", "", title)
