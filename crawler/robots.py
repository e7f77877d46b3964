"""robots.txt, fetched once per site per crawl, and once per frontier in Redis mode.

Scrapy's RobotsTxtMiddleware already fetches each site's robots.txt to obey it; the spider's
sitemap discovery reads the same copy (`KeepTextRobotParser.text`, through `robots_text`)
instead of requesting it again. With a shared Redis frontier, `SharedRobotsTxtMiddleware` also
shares the file between processes: the first process to need it takes a short lock, fetches it
and stores the body under `<prefix>:robots:<host:port>`; the others wait for that body.
"""
from __future__ import annotations

import logging
import uuid

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import ProtegoRobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)


class KeepTextRobotParser(ProtegoRobotParser):
    """Scrapy's default (Protego) parser that also keeps the file's text, for its Sitemap: lines."""

    def __init__(self, robotstxt_body: bytes, spider=None):
        super().__init__(robotstxt_body, spider)
        self.text = robotstxt_body.decode("utf-8", "replace") if robotstxt_body else ""


def robots_middleware(crawler) -> RobotsTxtMiddleware | None:
    """The running crawler's robots.txt middleware (None when robots.txt is not obeyed)."""
    engine = getattr(crawler, "engine", None)
    mws = engine.downloader.middleware.middlewares if engine is not None else ()
    return next((m for m in mws if isinstance(m, RobotsTxtMiddleware)), None)


async def robots_text(mw: RobotsTxtMiddleware, root: str) -> str:
    """The text of `root`robots.txt as the middleware fetched it (fetching it now if it has not
    yet); '' when it could not be fetched."""
    parser = await mw.robot_parser(Request(root + "robots.txt"))
    return getattr(parser, "text", "") if parser is not None else ""


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """RobotsTxtMiddleware that, with the scrapy-redis scheduler, fetches each robots.txt once for
    all the processes sharing the frontier (REDIS_ROBOTS_WAIT seconds at most waiting for another
    process's copy before fetching it itself)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.server = None
        self.me = uuid.uuid4().hex
        self.wait = crawler.settings.getfloat("REDIS_ROBOTS_WAIT", 15.0)
        self.ttl = int(crawler.settings.getfloat("REDIS_FRONTIER_TTL", 3600))
        if "scrapy_redis" in (crawler.settings.get("SCHEDULER") or ""):
            from scrapy_redis.connection import get_redis_from_settings

            self.server = get_redis_from_settings(crawler.settings)

    def _key(self, netloc: str) -> str:
        base = self.crawler.settings.get("SCHEDULER_QUEUE_KEY") % {"spider": self.crawler.spider.name}
        return f"{base.rsplit(':', 1)[0]}:robots:{netloc}"

    async def robot_parser(self, request):
        if self.server is None:
            return await super().robot_parser(request)
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            self._parsers[netloc] = Deferred()
            try:
                body = await self._shared_body(f"{url.scheme}://{netloc}/robots.txt", netloc)
            except Exception as exc:  # noqa: BLE001 - as Scrapy does: no robots.txt, no rules
                logger.warning("could not fetch %s://%s/robots.txt: %s", url.scheme, netloc, exc)
                self._robots_error(exc, netloc)
            else:
                rp = build_from_crawler(self._parserimpl, self.crawler, body)
                dfd, self._parsers[netloc] = self._parsers[netloc], rp
                dfd.callback(rp)
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            return await maybe_deferred_to_future(parser)
        return parser

    async def _shared_body(self, robots_url: str, netloc: str) -> bytes:
        from twisted.internet import reactor
        from twisted.internet.task import deferLater

        key, lock = self._key(netloc), self._key(netloc) + ":lock"
        waited = 0.0
        while waited < self.wait:
            body = self.server.get(key)
            if body is not None:
                self._stats.inc_value("robotstxt/shared")
                return body
            if self.server.set(lock, self.me, nx=True, ex=max(5, int(self.wait))):
                break  # ours to fetch
            await maybe_deferred_to_future(deferLater(reactor, 0.1, lambda: None))
            waited += 0.1
        self._stats.inc_value("robotstxt/request_count")
        req = Request(robots_url, priority=self.DOWNLOAD_PRIORITY, meta={"dont_obey_robotstxt": True},
                      callback=NO_CALLBACK)
        try:
            response = await self.crawler.engine.download_async(req)
        except Exception:
            self.server.delete(lock)  # let another process try
            raise
        self._stats.inc_value("robotstxt/response_count")
        self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        self.server.set(key, response.body, ex=self.ttl)
        return response.body
