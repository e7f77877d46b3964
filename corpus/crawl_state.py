"""The crawler's incremental state in the corpus: seen URLs (with their outcome, content hash
and extractor version) and the validators (ETag / Last-Modified) of entry pages.

`SeenBuffer` is the crawl's in-memory side of it. The seen URLs of the crawled sites are loaded
once (a set of 8-byte hashes), so checking a link costs no query; new fingerprints are buffered
and written in one transaction every `batch` pages and when the crawl closes (a commit per
irrelevant page cost more than fetching it). A kill loses at most the unflushed fingerprints:
those pages are simply fetched and judged again by the next run, so the corpus ends the same.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from corpus.base import StoreBase
from corpus.bulk import table_of, upsert_rows
from corpus.convert import utcnow
from corpus.models import ArticleRow, EntryPage, SeenUrl, hash_prefix

OUTCOMES = ("relevant", "irrelevant", "error")
SEEN_BATCH = 200


@dataclass
class SeenUrlInfo:
    url: str
    canonical_url: str | None
    content_hash: str | None
    outcome: str
    extractor_version: str | None


@dataclass
class Validators:
    etag: str | None
    last_modified: str | None
    status: int | None


class CrawlStateStore(StoreBase):
    def seen(self, url: str) -> SeenUrlInfo | None:
        """What we know of `url` (matched as URL or canonical URL), or None."""
        with Session(self.reader) as s:
            row = (
                s.scalars(sa.select(SeenUrl).where(SeenUrl.url == url)).first()
                or s.scalars(sa.select(SeenUrl).where(SeenUrl.canonical_url == url)).first()
            )
            if row is None:
                return None
            return SeenUrlInfo(row.url, row.canonical_url, row.content_hash, row.outcome, row.extractor_version)

    def is_seen(self, url: str) -> bool:
        return self.seen(url) is not None

    def is_known_hash(self, content_hash: str) -> bool:
        """Whether a stored article or a seen URL had this content hash. The articles' hashes are
        indexed by their first 16 digits (exact copies are looked up by them); the seen URLs' are not (a bulk ingest would
        rewrite a page of that index per row), so a hash no article has scans them."""
        articles = sa.exists().where(
            hash_prefix(ArticleRow.content_hash) == content_hash[:16], ArticleRow.content_hash == content_hash
        )
        with Session(self.reader) as s:
            for known in (articles, sa.exists().where(SeenUrl.content_hash == content_hash)):
                if s.scalar(sa.select(sa.literal(1)).where(known)) is not None:
                    return True
            return False

    def mark_seen(
        self,
        url: str,
        canonical_url: str | None = None,
        content_hash: str | None = None,
        outcome: str = "irrelevant",
        extractor_version: str | None = None,
    ) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}, not {outcome!r}")
        with self.session() as s:
            self._mark_seen(s, url, canonical_url, content_hash, outcome, extractor_version)

    def _mark_seen(self, s: Session, url, canonical_url, content_hash, outcome, extractor_version=None):
        self.mark_seen_many(s, [(url, canonical_url, content_hash, outcome, extractor_version)])

    def mark_seen_many(self, s: Session, rows) -> None:
        """Upsert (url, canonical_url, content_hash, outcome, extractor_version) rows in one
        statement; a URL given twice keeps its last row, as one upsert per row would, and a row
        that changes nothing is not touched."""
        now = utcnow()
        latest = {row[0]: row for row in rows}
        upsert_rows(
            s.connection(),
            table_of(SeenUrl),
            ("url", "canonical_url", "content_hash", "outcome", "extractor_version", "first_seen", "updated_at"),
            [(*row, now, now) for row in latest.values()],
            key="url",
            compare=("canonical_url", "content_hash", "outcome", "extractor_version"),
            also_set=("updated_at",),
        )

    def get_validators(self, url: str) -> Validators | None:
        with Session(self.reader) as s:
            row = s.scalars(sa.select(EntryPage).where(EntryPage.url == url)).first()
            return Validators(row.etag, row.last_modified, row.last_status) if row else None

    def set_validators(
        self, url: str, etag: str | None = None, last_modified: str | None = None, status: int | None = None
    ) -> None:
        with self.session() as s:
            stmt = self._insert(EntryPage).values(
                url=url, etag=etag, last_modified=last_modified, last_status=status, checked_at=utcnow()
            )
            s.execute(
                stmt.on_conflict_do_update(
                    index_elements=[EntryPage.url],
                    set_={
                        "etag": stmt.excluded.etag,
                        "last_modified": stmt.excluded.last_modified,
                        "last_status": stmt.excluded.last_status,
                        "checked_at": stmt.excluded.checked_at,
                    },
                )
            )


def url_key(url: str) -> int:
    return int.from_bytes(hashlib.blake2b(url.encode("utf-8"), digest_size=8).digest(), "big")


class SeenBuffer:
    """Seen URLs of the crawled sites in memory, new fingerprints written in batches."""

    def __init__(self, corpus: CrawlStateStore, batch: int = SEEN_BATCH):
        self.corpus = corpus
        self.batch = batch
        self.unflushed: list[tuple[str, str | None, str | None, str]] = []
        self._lock = threading.Lock()  # the ingest worker and the spider both mark pages
        self.seen: set[int] = set()

    def load_sites(self, netlocs: Iterable[str]) -> None:
        """Hashes of every seen URL and canonical URL on these hosts (one query per host)."""
        with Session(self.corpus.reader) as s:
            for netloc in netlocs:
                for scheme in ("http", "https"):
                    prefix = f"{scheme}://{netloc}/"
                    q = sa.select(SeenUrl.url, SeenUrl.canonical_url).where(
                        SeenUrl.url.startswith(prefix, autoescape=True)
                    )
                    for url, canon in s.execute(q):
                        self.seen.add(url_key(url))
                        if canon:
                            self.seen.add(url_key(canon))

    def is_seen(self, url: str) -> bool:
        return url_key(url) in self.seen

    def mark_seen(self, url: str, canonical: str | None, content_hash: str | None, outcome: str) -> None:
        """Remember a judged page now (in memory); its fingerprint reaches the corpus with the
        next flush (written here when the batch is full)."""
        if self.buffer_seen(url, canonical, content_hash, outcome):
            self.flush_seen()

    def buffer_seen(self, url: str, canonical: str | None, content_hash: str | None, outcome: str) -> bool:
        """Like mark_seen but never writes: True when the batch is full and wants `flush_seen()`."""
        self.seen.add(url_key(url))
        if canonical:
            self.seen.add(url_key(canonical))
        with self._lock:
            self.unflushed.append((url, canonical, content_hash, outcome))
            return len(self.unflushed) >= self.batch

    def flush_seen(self) -> int:
        """Write the buffered fingerprints in one transaction; returns how many."""
        with self._lock:
            batch, self.unflushed = self.unflushed, []
        if batch:
            with self.corpus.session() as s:
                self.corpus.mark_seen_many(s, [(*row, None) for row in batch])
        return len(batch)

    def remember(self, url: str) -> None:
        """In-memory only (the corpus already recorded it, e.g. through ingest_page)."""
        self.seen.add(url_key(url))
