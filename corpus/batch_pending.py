"""The articles of a batch on their way into the database (corpus/batch.py): what storing one
gives back, the state of each while its batch is stored, and the values of its `articles` row."""

from __future__ import annotations

from dataclasses import dataclass, field

from clean import dedup
from clean.types import Article
from corpus.bulk import json_text
from corpus.clusters import fingerprint, simhash_int
from corpus.convert import iso_date, site_of
from corpus.nearindex import day_of
from extract.types import ExtractionResult

# Text and page HTML (characters or bytes) a batch holds at most: long pages make smaller batches,
# so a batch's memory stays bounded whatever its inputs.
BATCH_BYTES = 32 << 20


def input_size(data: dict | None) -> int:
    """What an input (an article's or a page's dict) holds of text and HTML, for BATCH_BYTES."""
    if not data:
        return 0
    return len(data.get("text") or "") + len(data.get("html") or "")


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
    published: str | None  # ISO date
    day: int
    row_id: int | None = None
    page_id: int | None = None
    cluster: int | None = None
    content_new: bool = False  # inserted, or its text changed: needs a cluster
    inserted: bool = False  # inserted by this batch, already marked extracted
    write_derived: bool = False  # records/officials to (re)write
    n_records: int = 0
    n_officials: int = 0

    @property
    def size(self) -> int:
        return len(self.article.text or "") + input_size(self.page)


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
    published = iso_date(article.published)
    return Pending(
        article,
        result,
        page,
        article_key(article),
        url,
        site,
        simhash_int(article.simhash),
        published,
        day_of(published),
    )


def _article_values(p: Pending, sites: dict[str, int]) -> tuple:
    """The article's ARTICLE_VALUES."""
    a = p.article
    return (
        a.id or None,
        p.page_id,
        sites.get(p.site) if p.site else None,
        a.url,
        a.canonical_url,
        a.title,
        p.published,
        a.modified,
        a.author,
        a.language,
        a.dateline,
        json_text(list(a.captions)) if a.captions else "[]",
        json_text(list(a.warnings)) if a.warnings else "[]",
        a.text,
        a.content_hash,
        f"{p.sim:016x}" if p.sim is not None else None,
    )


ARTICLE_VALUES = (  # what the article says, written on insert and when its text changes
    "source_id",
    "page_id",
    "site_id",
    "url",
    "canonical_url",
    "title",
    "published",
    "modified",
    "author",
    "language",
    "dateline",
    "captions",
    "warnings",
    "text",
    "content_hash",
    "simhash",
)
