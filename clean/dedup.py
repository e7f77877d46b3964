"""Exact and near-duplicate articles: normalised-text hash, 64-bit SimHash, clustering.

The same press release is republished by several outlets with a different dateline, a
different credit line, a sentence cut or added. `content_hash` catches exact copies after
normalisation; `simhash` (64 bits over word 3-shingles) catches the rest: copies differ in a
few bits. `cluster()` groups syndicated copies into one `Cluster` that keeps every URL;
`SimhashIndex` is the lookup a store uses (pigeonhole bands: any hash within `max_distance`
bits shares at least one exact band with the query).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable

from clean.types import Article

NEAR_DISTANCE = 10  # bits of 64: copies of one release measured at 0-8, different stories at 20+
SHINGLE = 3
_WORD = re.compile(r"\w+", re.UNICODE)


def normalize_text(text: str) -> str:
    """Lower case, accents folded, punctuation dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return " ".join(_WORD.findall(text))


def content_hash(text: str) -> str:
    """SHA-1 of the normalised text (hex): equal for copies that differ only in spacing/punctuation/case."""
    return hashlib.sha1(normalize_text(text).encode("utf-8")).hexdigest()


def _h64(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")


def simhash(text: str) -> int:
    """64-bit SimHash of the word 3-shingles of the normalised text (0 for empty text)."""
    return _simhash_words(normalize_text(text).split())


def fingerprint(text: str) -> tuple[str, int]:
    """(content_hash(text), simhash(text)) with the text normalised once."""
    norm = normalize_text(text)
    return hashlib.sha1(norm.encode("utf-8")).hexdigest(), _simhash_words(norm.split())


def _simhash_words(words: list[str]) -> int:
    if not words:
        return 0
    if len(words) < SHINGLE:
        shingles = [" ".join(words)]
    else:
        shingles = [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    import numpy as np

    uniq = set(shingles)
    digests = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in uniq)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(len(uniq), 8), axis=1)  # MSB first
    ones = bits.sum(axis=0, dtype=np.int64)
    # bit pos (0 = most significant) is set where most shingles have it
    return int.from_bytes(np.packbits(2 * ones > len(uniq)).tobytes(), "big")


def simhash_hex(text: str) -> str:
    return f"{simhash(text):016x}"


def _as_int(h: int | str) -> int:
    return int(h, 16) if isinstance(h, str) else int(h)


def hamming(a: int | str, b: int | str) -> int:
    return bin(_as_int(a) ^ _as_int(b)).count("1")


def simhash_bands(h: int | str, bands: int = NEAR_DISTANCE + 1) -> list[str]:
    """Band keys of a simhash for an index table: two hashes within `bands - 1` bits share a key."""
    h = _as_int(h)
    width = 64 // bands
    out = []
    for i in range(bands):
        lo = i * width
        hi = 64 if i == bands - 1 else lo + width
        out.append(f"{i}:{(h >> lo) & ((1 << (hi - lo)) - 1):x}")
    return out


class SimhashIndex:
    """In-memory near-duplicate lookup: add(key, simhash), near(simhash) -> [(key, distance)]."""

    def __init__(self, max_distance: int = NEAR_DISTANCE):
        self.max_distance = max_distance
        self._bands: dict[str, set] = {}
        self._hashes: dict = {}

    def add(self, key, h: int | str) -> None:
        h = _as_int(h)
        self._hashes[key] = h
        for b in simhash_bands(h, self.max_distance + 1):
            self._bands.setdefault(b, set()).add(key)

    def near(self, h: int | str, max_distance: int | None = None) -> list[tuple[Any, int]]:
        h = _as_int(h)
        limit = self.max_distance if max_distance is None else min(max_distance, self.max_distance)
        cands = set()
        for b in simhash_bands(h, self.max_distance + 1):
            cands |= self._bands.get(b, set())
        hits = [(k, hamming(h, self._hashes[k])) for k in cands]
        return sorted(((k, d) for k, d in hits if d <= limit), key=lambda x: (x[1], str(x[0])))

    def __len__(self) -> int:
        return len(self._hashes)


def find_near_duplicates(
    h: int | str, candidates: Iterable[tuple[object, int | str]], max_distance: int = NEAR_DISTANCE
) -> list[tuple[object, int]]:
    """(key, distance) of the candidates whose simhash is within `max_distance` bits of `h`."""
    out = [(k, hamming(h, c)) for k, c in candidates if c is not None]
    return sorted(((k, d) for k, d in out if d <= max_distance), key=lambda x: x[1])


@dataclass
class Cluster:
    """One story: its representative article and every copy (ids and URLs)."""

    representative: Article
    members: list[Article] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [a.id for a in self.members]

    @property
    def urls(self) -> list[str]:
        seen: list[str] = []
        for a in self.members:
            for u in (a.canonical_url or a.url, a.url):
                if u and u not in seen:
                    seen.append(u)
        return seen

    @property
    def content_hashes(self) -> list[str]:
        return sorted({a.content_hash or content_hash(a.text) for a in self.members})

    def to_dict(self) -> dict:
        return {
            "representative": self.representative.id,
            "ids": self.ids,
            "urls": self.urls,
            "content_hashes": self.content_hashes,
            "size": len(self.members),
        }


def _shingles(text: str) -> set[str]:
    w = normalize_text(text).split()
    return {" ".join(w[i : i + SHINGLE]) for i in range(max(1, len(w) - SHINGLE + 1))}


def cluster(
    articles: Iterable[Article], max_distance: int = NEAR_DISTANCE, min_containment: float = 0.5
) -> list[Cluster]:
    """Group exact and near-duplicate articles. Order of clusters and members follows the input.

    Candidates come from the simhash index; a pair joins only when its shingle containment (the
    share of the shorter copy's shingles found in the other) is at least `min_containment`, so a
    near simhash alone never merges two different stories. The representative is the earliest
    published, then longest, copy.
    """
    arts = list(articles)
    parent = list(range(len(arts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = SimhashIndex(max_distance)
    by_hash: dict[str, int] = {}
    shingle_cache: dict[int, set[str]] = {}

    def sh(i: int) -> set[str]:
        if i not in shingle_cache:
            shingle_cache[i] = _shingles(arts[i].text)
        return shingle_cache[i]

    for i, a in enumerate(arts):
        ch = a.content_hash or content_hash(a.text)
        if ch in by_hash:
            parent[find(i)] = find(by_hash[ch])
            continue
        by_hash[ch] = i
        h = a.simhash if a.simhash is not None else simhash(a.text)
        for j, _d in index.near(h):
            a_sh, b_sh = sh(i), sh(j)
            overlap = len(a_sh & b_sh) / max(1, min(len(a_sh), len(b_sh)))
            if overlap >= min_containment:
                parent[find(i)] = find(j)
        index.add(i, h)

    groups: dict[int, list[int]] = {}
    for i in range(len(arts)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in sorted(groups.values(), key=lambda m: m[0]):
        mem = [arts[i] for i in members]
        rep = min(mem, key=lambda a: (a.published or "9999", -len(a.text)))
        out.append(Cluster(representative=rep, members=mem))
    return out
