"""The articles of a batch on their way into the database (corpus/batch.py): what storing one
gives back, the state of each while its batch is stored, and the simhashes of the batch so far
for near copies inside it."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from clean import dedup
from clean.types import Article
from corpus.clusters import fingerprint, simhash_int
from corpus.convert import iso_date, site_of
from corpus.nearindex import NEAR_COPY_WINDOW, UNDATED, day_of
from extract.types import ExtractionResult


@dataclass
class IngestOutcome:
    page_id: int | None
    article_id: int | None
    relevant: bool
    n_records: int
    duplicate_of: int | None  # first article of the duplicate cluster, when this one is a copy
    new: bool  # False when nothing changed (already stored, same content, same extractor)
    outcome: str = "relevant"  # relevant / irrelevant / error / unchanged
    n_officials: int = 0
    warnings: list[str] = field(default_factory=list)  # the cleaner's (a page cut at its size limit ...)


@dataclass
class Pending:
    """One article of a batch on its way into the database."""

    article: Article
    result: ExtractionResult
    page: dict | None
    key: str
    url: str | None
    site: str | None
    sim: int | None
    day: int
    row_id: int | None = None
    page_id: int | None = None
    cluster: int | None = None
    content_new: bool = False  # inserted, or its text changed: needs a cluster
    inserted: bool = False  # inserted by this batch, already marked extracted
    write_derived: bool = False  # records/officials to (re)write
    n_records: int = 0
    n_officials: int = 0


def article_key(article: Article) -> str:
    url = article.canonical_url or article.url
    return f"url:{url}" if url else f"sha:{article.content_hash}"


def _pending(article: Article, result: ExtractionResult, page: dict | None) -> Pending:
    if not article.content_hash:
        article.content_hash, sim = fingerprint(article.text or "")
        article.simhash = article.simhash or sim
    elif not article.simhash and result.relevant:  # only clusters need it, and only relevant articles cluster
        article.simhash = f"{dedup.simhash(article.text or ''):016x}"
    url = (page or {}).get("url") or article.url
    site = (page or {}).get("site") or article.site or site_of(url)
    return Pending(
        article,
        result,
        page,
        article_key(article),
        url,
        site,
        simhash_int(article.simhash),
        day_of(iso_date(article.published)),
    )


def _article_values(p: Pending, sites: dict[str, int]) -> dict:
    a = p.article
    return dict(
        source_id=a.id or None,
        page_id=p.page_id,
        site_id=sites.get(p.site) if p.site else None,
        url=a.url,
        canonical_url=a.canonical_url,
        title=a.title,
        published=iso_date(a.published),
        modified=a.modified,
        author=a.author,
        language=a.language,
        dateline=a.dateline,
        captions=list(a.captions or []),
        warnings=list(a.warnings or []),
        text=a.text,
        content_hash=a.content_hash,
        simhash=(f"{p.sim:016x}" if p.sim is not None else None),
    )


def _same_story(article: Article, other_text: str) -> bool:
    return len(dedup.cluster([article, Article(id="other", text=other_text)])) == 1


def _within_window(a: int, b: int) -> bool:
    return a == UNDATED or b == UNDATED or abs(a - b) <= NEAR_COPY_WINDOW.days


class BatchSims:
    """The simhashes of a batch's articles so far, for near copies inside the batch."""

    def __init__(self):
        self.items: list[Pending] = []
        self.sims = np.zeros(0, dtype=np.uint64)

    def add(self, p: Pending) -> None:
        if p.sim is not None:
            self.items.append(p)
            self.sims = np.append(self.sims, np.uint64(p.sim))

    def near(self, sim: int) -> list[Pending]:
        hit = np.bitwise_count(np.bitwise_xor(self.sims, np.uint64(sim))) <= dedup.NEAR_DISTANCE
        return [self.items[i] for i in np.flatnonzero(hit)]
