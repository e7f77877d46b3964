"""The crawl's view of the corpus database: what was seen, entry-page validators, the run.

One `CrawlState` per crawler (`CrawlState.of(crawler)`), shared by the spider, the
middlewares and the pipeline. Seen URLs of the crawled sites are loaded once into memory (a
set of 8-byte hashes) so checking a link costs no query; new fingerprints are buffered and
written in one transaction every SEEN_BATCH pages and when the crawl closes (a commit per
irrelevant page cost more than fetching it). A kill loses at most the unflushed fingerprints:
those pages are simply fetched and judged again by the next run, so the corpus ends the same. Entry-page validators are kept in memory and written
only when the crawl finishes, so a crawl killed half-way never trusts a 304 for a listing whose
links it did not finish following.
"""
from __future__ import annotations

import hashlib
import logging
import threading
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.orm import Session

logger = logging.getLogger(__name__)


def url_key(url: str) -> int:
    return int.from_bytes(hashlib.blake2b(url.encode("utf-8"), digest_size=8).digest(), "big")


def load_seen_urls(corpus, netlocs) -> set[int]:
    """Hashes of every seen URL and canonical URL on these hosts (one query per host)."""
    from corpus.models import SeenUrl

    keys: set[int] = set()
    with Session(corpus.reader) as s:
        for netloc in netlocs:
            for scheme in ("http", "https"):
                prefix = f"{scheme}://{netloc}/"
                q = sa.select(SeenUrl.url, SeenUrl.canonical_url).where(SeenUrl.url.startswith(prefix, autoescape=True))
                for url, canon in s.execute(q):
                    keys.add(url_key(url))
                    if canon:
                        keys.add(url_key(canon))
    return keys


def completed_sites(corpus, limit: int = 200) -> set[str]:
    """Sites that a crawl has finished at least once (their backfill is complete)."""
    done = set()
    for run in corpus.recent_runs(kind="crawl", limit=limit):
        if run.get("status") in ("ok", "partial") and run.get("report"):
            done.update(k for k, v in (run["report"].get("sites") or {}).items() if v.get("finished"))
    return done


SEEN_BATCH = 200


class CrawlState:
    def __init__(self, corpus, batch: int = SEEN_BATCH):
        self.corpus = corpus
        self.batch = batch
        self.unflushed: list[tuple[str, str | None, str | None, str]] = []
        self._lock = threading.Lock()  # the ingest worker and the spider both mark pages
        self.seen: set[int] = set()
        self.pending_validators: dict[str, tuple[str | None, str | None, int]] = {}
        self.completed: set[str] = set()
        self.run_id: int | None = None

    @classmethod
    def of(cls, crawler) -> "CrawlState":
        state = getattr(crawler, "_kepatuhan_state", None)
        if state is None:
            from corpus.store import Corpus

            corpus = Corpus.open(crawler.settings.get("KEPATUHAN_DB") or None)
            state = cls(corpus, crawler.settings.getint("KEPATUHAN_SEEN_BATCH", SEEN_BATCH))
            state.completed = completed_sites(corpus)
            crawler._kepatuhan_state = state
        return state

    def load_sites(self, netlocs) -> None:
        self.seen |= load_seen_urls(self.corpus, netlocs)

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
                self.corpus._mark_seen_many(s, [(*row, None) for row in batch])
        return len(batch)

    def remember(self, url: str) -> None:
        """In-memory only (the corpus already recorded it, e.g. through ingest_page)."""
        self.seen.add(url_key(url))

    def validators(self, url: str):
        return self.corpus.get_validators(url)

    def stage_validators(self, url: str, etag: str | None, last_modified: str | None, status: int) -> None:
        self.pending_validators[url] = (etag, last_modified, status)

    def commit_validators(self) -> int:
        for url, (etag, lm, status) in self.pending_validators.items():
            self.corpus.set_validators(url, etag=etag, last_modified=lm, status=status)
        n = len(self.pending_validators)
        self.pending_validators.clear()
        return n

    @staticmethod
    def now() -> datetime:
        return datetime.now(timezone.utc).replace(tzinfo=None)
