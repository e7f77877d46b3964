"""robots.txt, fetched once per site per crawl, and once per frontier in Redis mode.

Scrapy's RobotsTxtMiddleware already fetches each site's robots.txt to obey it; the spider's
sitemap discovery reads the same copy (`KeepTextRobotParser.text`, through `robots_text`)
instead of requesting it again. With a shared Redis frontier, `SharedRobotsTxtMiddleware` also
shares the file between processes: the first process to need it takes a short lock, fetches it
and stores its status and body under `<prefix>:robots:<host:port>`; the others wait for that.

What an answer means follows RFC 9309 (§2.3.1): 2xx is parsed; 4xx means no rules (crawl
everything); 5xx (and 429) or a network failure means the rules are unknown, so the whole site
is treated as disallowed for this crawl and the failure is counted in the site's report
(`robots_txt_http_503`, `robots_txt_timeout`, ...; the requests refused because of it as
`robots_unreachable`). A host whose registry entry says `obey_robots: false`
(ROBOTSTXT_IGNORE_HOSTS) is crawled without its rules, though its Sitemap: lines are still read.
"""

from __future__ import annotations

import logging
import uuid

from scrapy import signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import ProtegoRobotParser, RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

from crawler.failures import classify_failure

logger = logging.getLogger(__name__)


class KeepTextRobotParser(ProtegoRobotParser):
    """Scrapy's default (Protego) parser that also keeps the file's text, for its Sitemap: lines."""

    def __init__(self, robotstxt_body: bytes, spider=None):
        super().__init__(robotstxt_body, spider)
        self.text = robotstxt_body.decode("utf-8", "replace") if robotstxt_body else ""


class UnreachableRobots(RobotParser):
    """Stands for a robots.txt that could not be read (5xx, 429, network failure): nothing allowed."""

    text = ""

    def __init__(self, why: str):
        self.why = why

    @classmethod
    def from_crawler(cls, crawler, robotstxt_body):  # pragma: no cover - never built from a body
        return cls("unreachable")

    def allowed(self, url, user_agent) -> bool:
        return False


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
        self.ignore_hosts = {h.lower() for h in crawler.settings.getlist("ROBOTSTXT_IGNORE_HOSTS")}
        if "scrapy_redis" in (crawler.settings.get("SCHEDULER") or ""):
            from scrapy_redis.connection import get_redis_from_settings

            self.server = get_redis_from_settings(crawler.settings)

    # -- what an answer means ---------------------------------------------------------------------
    def _count(self, netloc: str, kind: str) -> None:
        """Count a robots.txt failure in the site's report (stats `kepatuhan/<site>/errors/<kind>`)."""
        from crawler.middlewares import _site_name

        name = _site_name(self.crawler.spider, Request(f"http://{netloc}/robots.txt"))
        self._stats.inc_value(f"kepatuhan/{name}/errors/{kind}")

    def _parser_for(self, status: int, body: bytes, netloc: str, *, count: bool = True) -> RobotParser:
        if status >= 500 or status == 429:
            if count:
                self._count(netloc, f"robots_txt_http_{status}")
            return UnreachableRobots(f"robots.txt answered {status}")
        return build_from_crawler(self._parserimpl, self.crawler, body if status < 400 else b"")

    async def _parse_robots(self, response, netloc, request):
        self._stats.inc_value("robotstxt/response_count")
        self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        rp = self._parser_for(response.status, response.body, netloc)
        await self.crawler.signals.send_catch_log_async(signal=signals.robots_parsed, robotparser=rp, request=request)
        dfd, self._parsers[netloc] = self._parsers[netloc], rp
        dfd.callback(rp)

    def _robots_error(self, exc, netloc):
        if isinstance(exc, IgnoreRequest):  # e.g. robots.txt redirected off the site: Scrapy's "no rules"
            return super()._robots_error(exc, netloc)
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        kind = classify_failure(exc)
        self._count(netloc, f"robots_txt_{kind}")
        dfd, self._parsers[netloc] = self._parsers[netloc], UnreachableRobots(f"robots.txt failed: {kind}")
        dfd.callback(self._parsers[netloc])

    async def process_request(self, request, spider=None):
        if (urlparse_cached(request).hostname or "").lower() in self.ignore_hosts:
            return None
        return await super().process_request(request)

    def process_request_2(self, rp, request):
        if isinstance(rp, UnreachableRobots):
            self._stats.inc_value("robotstxt/unreachable")
            raise IgnoreRequest(f"robots.txt unreachable ({rp.why}): {request.url} not fetched")
        return super().process_request_2(rp, request)

    def _key(self, netloc: str) -> str:
        spider = self.crawler.spider
        assert spider is not None  # robots.txt is fetched for a running spider's requests
        base = self.crawler.settings.get("SCHEDULER_QUEUE_KEY") % {"spider": spider.name}
        return f"{base.rsplit(':', 1)[0]}:robots:{netloc}"

    async def robot_parser(self, request):
        if self.server is None:
            return await super().robot_parser(request)
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            self._parsers[netloc] = Deferred()
            try:
                status, body, mine = await self._shared_body(f"{url.scheme}://{netloc}/robots.txt", netloc)
            except Exception as exc:  # noqa: BLE001 - counted and treated as unreachable
                logger.warning("could not fetch %s://%s/robots.txt: %s", url.scheme, netloc, exc)
                self._robots_error(exc, netloc)
            else:
                # only the process that fetched it counts a failed answer in its report
                rp = self._parser_for(status, body, netloc, count=mine)
                dfd, self._parsers[netloc] = self._parsers[netloc], rp
                dfd.callback(rp)
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            return await maybe_deferred_to_future(parser)
        return parser

    async def _shared_body(self, robots_url: str, netloc: str) -> tuple[int, bytes, bool]:
        """(status, body, fetched by this process) of the site's robots.txt, stored in Redis as
        b"<status>\\n<body>"."""
        from twisted.internet import reactor
        from twisted.internet.task import deferLater

        key, lock = self._key(netloc), self._key(netloc) + ":lock"
        waited = 0.0
        while waited < self.wait:
            stored = self.server.get(key)
            if stored is not None:
                self._stats.inc_value("robotstxt/shared")
                status, _, body = stored.partition(b"\n")
                return int(status), body, False
            if self.server.set(lock, self.me, nx=True, ex=max(5, int(self.wait))):
                break  # ours to fetch
            await maybe_deferred_to_future(deferLater(reactor, 0.1, lambda: None))
            waited += 0.1
        self._stats.inc_value("robotstxt/request_count")
        req = Request(
            robots_url, priority=self.DOWNLOAD_PRIORITY, meta={"dont_obey_robotstxt": True}, callback=NO_CALLBACK
        )
        try:
            response = await self.crawler.engine.download_async(req)
        except Exception:
            self.server.delete(lock)  # let another process try
            raise
        self._stats.inc_value("robotstxt/response_count")
        self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        self.server.set(key, b"%d\n" % response.status + response.body, ex=self.ttl)
        return response.status, response.body, True
