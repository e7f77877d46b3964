"""The crawl's view of the corpus database: what was seen, entry-page validators, the run.

One `CrawlState` per crawler (`CrawlState.of(crawler)`), shared by the spider, the
middlewares and the pipeline. The seen URLs and their batched writes are the corpus's
`SeenBuffer` (corpus/crawl_state.py). Entry-page validators are kept in memory and written
only when the crawl finishes, so a crawl killed half-way never trusts a 304 for a listing whose
links it did not finish following.
"""

from __future__ import annotations

from datetime import datetime, timezone

from corpus.crawl_state import SEEN_BATCH, SeenBuffer, url_key
from corpus.store import Corpus

__all__ = ["CrawlState", "completed_sites", "url_key"]


def completed_sites(corpus: Corpus, limit: int = 200) -> set[str]:
    """Sites that a crawl has finished at least once (their backfill is complete)."""
    done: set[str] = set()
    for run in corpus.recent_runs(kind="crawl", limit=limit):
        if run.get("status") in ("ok", "partial") and run.get("report"):
            done.update(k for k, v in (run["report"].get("sites") or {}).items() if v.get("finished"))
    return done


class CrawlState(SeenBuffer):
    corpus: Corpus

    def __init__(self, corpus: Corpus, batch: int = SEEN_BATCH):
        super().__init__(corpus, batch)
        self.pending_validators: dict[str, tuple[str | None, str | None, int]] = {}
        self.completed: set[str] = set()
        self.run_id: int | None = None

    @classmethod
    def of(cls, crawler) -> CrawlState:
        state = getattr(crawler, "_kepatuhan_state", None)
        if state is None:
            corpus = Corpus.open(crawler.settings.get("KEPATUHAN_DB") or None)
            state = cls(corpus, crawler.settings.getint("KEPATUHAN_SEEN_BATCH", SEEN_BATCH))
            state.completed = completed_sites(corpus)
            crawler._kepatuhan_state = state
        return state

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
