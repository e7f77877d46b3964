"""The crawl's view of the corpus database: what was seen, entry-page validators, the run.

One `CrawlState` per crawler (`CrawlState.of(crawler)`), shared by the spider, the
middlewares and the pipeline. Seen URLs of the crawled sites are loaded once into memory (a
set of 8-byte hashes) so checking a link costs no query; new fingerprints are written through
`Corpus.mark_seen` as pages are judged. Entry-page validators are kept in memory and written
only when the crawl finishes, so a crawl killed half-way never trusts a 304 for a listing whose
links it did not finish following.
"""
from __future__ import annotations

import hashlib
import logging
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


class CrawlState:
    def __init__(self, corpus):
        self.corpus = corpus
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
            state = cls(corpus)
            state.completed = completed_sites(corpus)
            crawler._kepatuhan_state = state
        return state

    def load_sites(self, netlocs) -> None:
        self.seen |= load_seen_urls(self.corpus, netlocs)

    def is_seen(self, url: str) -> bool:
        return url_key(url) in self.seen

    def mark_seen(self, url: str, canonical: str | None, content_hash: str | None, outcome: str) -> None:
        self.seen.add(url_key(url))
        if canonical:
            self.seen.add(url_key(canonical))
        self.corpus.mark_seen(url, canonical_url=canonical, content_hash=content_hash, outcome=outcome)

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
