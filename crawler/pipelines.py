"""Item pipelines: every fetched article goes clean → relevance → extract → store via the corpus.

`CorpusPipeline` is the only writer of pages. A page that does not even mention the topic's
must-mention words (crawler/topic.yaml) cannot be relevant: it leaves its fingerprint without
running the cleaner (the fast path that keeps a 20,000-page crawl near bare-Scrapy speed).
Everything else goes through `Corpus.ingest_page` (clean → extract → store, idempotent); relevant
pages are stored with their compressed raw HTML, irrelevant ones only as a seen-URL fingerprint.
"""

from __future__ import annotations

import gc
import logging
from datetime import datetime

from crawler.registry import load_topic
from crawler.state import CrawlState

logger = logging.getLogger(__name__)


class CorpusPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        topic = load_topic()
        self.must = tuple(topic.must_mention)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        from twisted.python.threadpool import ThreadPool

        self.state = CrawlState.of(self.crawler)
        # One worker thread: cleaning + spaCy extraction + the DB write take tens of milliseconds;
        # run on the reactor thread they would stall every download (and time them out).
        self.pool = ThreadPool(minthreads=1, maxthreads=1, name="kepatuhan-ingest")
        self.pool.start()
        self.frozen = False
        # Everything imported and built so far (Scrapy, SQLAlchemy, the corpus) lives as long as the
        # crawl: moved out of the collector's view, the cyclic GC no longer re-scans it again and
        # again while the heap churns with responses (it cost a crawl a third of its pages/s)
        gc.freeze()

    def close_spider(self, spider=None):
        self.pool.stop()  # runs what is queued first
        self.state.flush_seen()

    def _inc(self, site, key, n=1):
        self.stats.inc_value(f"kepatuhan/{site}/{key}", n)

    async def process_item(self, item, spider=None):
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet.defer import Deferred

        out = self._process(item)
        return await maybe_deferred_to_future(out) if isinstance(out, Deferred) else out

    def _process(self, item):
        site, url, html = item["site"], item["url"], item["html"]
        if item.get("charset_warning"):
            self._inc(site, "errors/wrong_charset")
        self._inc(site, "articles")
        low = html.lower()
        from twisted.internet import reactor
        from twisted.internet.threads import deferToThreadPool

        if not any(w in low for w in self.must):
            self._inc(site, "new")
            self._inc(site, "irrelevant")
            # no thread hop per page: the fingerprint is buffered, and a full batch is written by
            # the worker in one transaction (kill -9 before that only means a refetch next run)
            if self.state.buffer_seen(url, item.get("canonical_url"), item.get("html_hash"), "irrelevant"):
                deferToThreadPool(reactor, self.pool, self.state.flush_seen).addErrback(
                    lambda f: logger.error("could not store seen URLs: %s", f.getErrorMessage())
                )
            return item
        d = deferToThreadPool(reactor, self.pool, self._ingest, item)
        d.addCallback(self._ingested, item)
        return d

    def _ingest(self, item):
        from corpus.ingest import IngestError

        try:
            out = self.state.corpus.ingest_page(
                item["url"],
                item["html"],
                status=200,
                headers=item.get("headers"),
                fetched_at=datetime.fromisoformat(item["fetched_at"]),
                site=item["site"],
                run_id=self.state.run_id,
            )
        except IngestError as exc:
            logger.warning("%s", exc)
            return exc
        if not self.frozen:
            # the first relevant page loaded the extractor (spaCy and its data): freeze that too
            self.frozen = True
            gc.freeze()
        return out

    def _ingested(self, out, item):
        site, url = item["site"], item["url"]
        if isinstance(out, Exception):
            self._inc(site, "errors/ingest")
            return item
        self.state.remember(url)
        if item.get("canonical_url"):
            self.state.remember(item["canonical_url"])
        if out.new:
            self._inc(site, "new")
        if out.relevant:
            self._inc(site, "relevant")
            self._inc(site, "records", out.n_records)
        else:
            self._inc(site, "irrelevant")
        return item
