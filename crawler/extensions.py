"""Scrapy extensions: the run record + report, the shared-frontier bookkeeping for Redis mode, and
AutoThrottle that keeps each site's own delay."""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.extensions.throttle import AutoThrottle

from crawler.crawl_report import CrawlReport
from crawler.state import CrawlState

logger = logging.getLogger(__name__)


class CrawlReportExtension:
    """Open a `crawl` run in the corpus; at the end store the per-site report with it, write it to
    KEPATUHAN_REPORT_FILE (for `crawler.crawl.crawl`) and, only if the crawl finished, commit the
    entry pages' validators (a killed or stopped crawl must revisit them in full). While the crawl
    runs, the report so far goes to KEPATUHAN_REPORT_FILE + ".progress" every
    KEPATUHAN_PROGRESS_INTERVAL seconds (the parent's progress line)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.t0 = time.monotonic()
        self.ticker = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        state = CrawlState.of(self.crawler)
        config = {
            "sites": {s.name: s.home for s in getattr(spider, "sites", {}).values()},
            "since": getattr(spider, "since", None),
            "redis": bool(self.crawler.settings.get("REDIS_URL")),
        }
        state.run_id = state.corpus.start_run("crawl", config=config)
        if self.crawler.settings.get("KEPATUHAN_REPORT_FILE"):
            from twisted.internet import task

            self.ticker = task.LoopingCall(self.write_progress, spider)
            self.ticker.start(self.crawler.settings.getfloat("KEPATUHAN_PROGRESS_INTERVAL", 1.0), now=False)

    def write_progress(self, spider):
        try:
            report = CrawlReport.from_stats(
                self.crawler.stats.get_stats(),
                list(getattr(spider, "sites", {})),
                "running",
                CrawlState.of(self.crawler).run_id,
                time.monotonic() - self.t0,
            )
            report.write(self.crawler.settings.get("KEPATUHAN_REPORT_FILE") + ".progress")
        except Exception as exc:  # noqa: BLE001 - progress is a courtesy; the crawl goes on
            logger.debug("could not write crawl progress: %s", exc)

    def spider_closed(self, spider, reason):
        if self.ticker is not None and self.ticker.running:
            self.ticker.stop()
        state = CrawlState.of(self.crawler)
        names = list(getattr(spider, "sites", {}))
        report = CrawlReport.from_stats(
            self.crawler.stats.get_stats(), names, reason, state.run_id, time.monotonic() - self.t0
        )
        if reason == "finished":
            state.commit_validators()
        status = (
            "ok"
            if reason == "finished" and not any(s.n_errors for s in report.sites.values())
            else "partial"
            if reason == "finished"
            else "interrupted"
        )
        counts = {k: report.total(k) for k in ("fetched", "new", "relevant", "records", "articles")}
        try:
            state.corpus.finish_run(
                state.run_id, status, counts=counts, errors=report.errors(), report=report.to_dict()
            )
        except Exception as exc:  # noqa: BLE001 - the report file below must still be written
            logger.error("could not store the crawl report: %s", exc)
        path = self.crawler.settings.get("KEPATUHAN_REPORT_FILE")
        if path:
            report.write(path)


class JobDirGuard:
    """Make `JOBDIR` safe against kill -9.

    Scrapy keeps a paused job's queue and seen-requests in JOBDIR. A clean stop (Ctrl-C, SIGTERM)
    writes both consistently, but after kill -9 the seen-requests file lists requests that were
    in flight and never answered, so a resumed job would never ask for them again: articles lost.
    This extension marks the job as running while it runs; a job dir still marked when the next
    crawl starts belongs to a killed crawl, and is emptied so that crawl starts over from the entry
    pages (what the corpus already judged is not fetched again, so starting over is cheap)."""

    MARK = "kepatuhan-running"

    def __init__(self, crawler, jobdir: str):
        import os
        import shutil

        self.mark = os.path.join(jobdir, self.MARK)
        if os.path.exists(self.mark):
            logger.warning("JOBDIR %s was left by a crawl that was killed: starting that job over", jobdir)
            for name in os.listdir(jobdir):
                path = os.path.join(jobdir, name)
                shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
        os.makedirs(jobdir, exist_ok=True)
        with open(self.mark, "w") as fh:
            fh.write(str(os.getpid()))
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured
        return cls(crawler, jobdir)

    def spider_closed(self, spider, reason):
        # the scheduler and dupefilter have been closed (queue and seen-requests written) by now
        import os

        if os.path.exists(self.mark):
            os.remove(self.mark)


class RedisFrontierExtension:
    """With the scrapy-redis scheduler: each process keeps a heartbeat key; an idle process waits
    while another one is still working (it may enqueue more), and the last one out clears the
    dupefilter expire (REDIS_FRONTIER_TTL) so the next crawl starts fresh while a late joiner
    resumes from the shared queue.

    A frontier whose processes were all killed cannot be resumed as it is: the requests they had
    taken from the queue are gone from it but already in the dupefilter. So the frontier is marked
    `running` while any process works on it; a process that opens a frontier still marked running
    with no live process on it starts it over (queue and dupefilter emptied; what the corpus
    already judged is not fetched again). A process is live while its heartbeat key exists and,
    on this same machine, while its pid does (so a rerun seconds after a kill -9 sees it dead)."""

    def __init__(self, crawler, grace: float):
        self.crawler = crawler
        self.grace = grace
        self.me = uuid.uuid4().hex
        self.idle_since: float | None = None
        self.server = None

    @classmethod
    def from_crawler(cls, crawler):
        if "scrapy_redis" not in (crawler.settings.get("SCHEDULER") or ""):
            raise NotConfigured
        ext = cls(crawler, crawler.settings.getfloat("REDIS_IDLE_GRACE", 5.0))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.busy, signal=signals.response_received)
        return ext

    def _key(self, spider, suffix):
        base = self.crawler.settings.get("SCHEDULER_QUEUE_KEY") % {"spider": spider.name}
        return base.rsplit(":", 1)[0] + ":" + suffix

    def spider_opened(self, spider):
        from scrapy_redis.connection import get_redis_from_settings

        self.server = get_redis_from_settings(self.crawler.settings)
        self.spider = spider
        # one opener at a time: two processes started together must not both judge the frontier
        lock = self._key(spider, "open-lock")
        deadline = time.monotonic() + 15
        while not self.server.set(lock, self.me, nx=True, ex=15) and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            running = self._key(spider, "running")
            if self.server.exists(running) and not self.others_alive():
                queue = self.crawler.settings.get("SCHEDULER_QUEUE_KEY") % {"spider": spider.name}
                seen = self.crawler.settings.get("SCHEDULER_DUPEFILTER_KEY") % {"spider": spider.name}
                logger.warning(
                    "the shared frontier %s was left by crawl processes that were killed: starting it over", queue
                )
                self.server.delete(queue, seen)
                self.crawler.stats.set_value("frontier/restarted", 1)
            self.server.set(running, "1", ex=7 * 24 * 3600)
            self.beat()
        finally:
            if self.server.get(lock) == self.me.encode():
                self.server.delete(lock)

    def beat(self, *args, **kwargs):
        if self.server is not None:
            self.server.set(self._key(self.spider, f"worker:{self.me}"), f"{socket.gethostname()}:{os.getpid()}", ex=30)

    def busy(self, *args, **kwargs):
        self.idle_since = None
        self.beat()

    def others_alive(self) -> bool:
        if self.server is None:  # no shared frontier: no other worker
            return False
        mine = self._key(self.spider, f"worker:{self.me}")
        host = socket.gethostname()
        alive = False
        for key in self.server.scan_iter(self._key(self.spider, "worker:*")):
            if key.decode() == mine:
                continue
            where = (self.server.get(key) or b"").decode()
            w_host, _, w_pid = where.rpartition(":")
            if w_host == host and w_pid.isdigit() and not _pid_alive(int(w_pid)):
                self.server.delete(key)  # killed on this machine: its heartbeat just has not expired yet
                continue
            alive = True
        return alive

    def spider_idle(self, spider):
        self.beat()
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if self.others_alive() and now - self.idle_since < self.grace:
            raise DontCloseSpider

    def spider_closed(self, spider, reason):
        self.server.delete(self._key(spider, f"worker:{self.me}"))
        if reason == "finished" and not self.others_alive():
            # not deleted: a process that joins late must still see what was fetched; it expires
            # so that the next scheduled crawl (hours later) starts with a fresh frontier
            key = self.crawler.settings.get("SCHEDULER_DUPEFILTER_KEY") % {"spider": spider.name}
            self.server.expire(key, int(self.crawler.settings.getfloat("REDIS_FRONTIER_TTL", 3600)))
            self.server.delete(self._key(spider, "running"))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


class SiteAutoThrottle(AutoThrottle):
    """Scrapy's AutoThrottle with each site's registry delay (DOWNLOAD_SLOTS) as that site's floor.

    Stock AutoThrottle clamps every slot between DOWNLOAD_DELAY and AUTOTHROTTLE_MAX_DELAY, so a
    fast server would pull an outlet that asked for 3 s between requests down to the global
    1 s, and an outlet allowed 0.2 s would be held at 1 s. Here a slot never goes below its own
    configured delay; slots without one keep the global floor."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.floors = {
            key: float(conf["delay"])
            for key, conf in crawler.settings.getdict("DOWNLOAD_SLOTS").items()
            if isinstance(conf, dict) and "delay" in conf
        }

    def _response_downloaded(self, response, request, spider):
        key = request.meta.get("download_slot")
        # the parent's _adjust_delay reads self.mindelay; set it to this slot's floor for this call
        self.mindelay = self.floors.get(key, self._min_delay())
        super()._response_downloaded(response, request, spider)
