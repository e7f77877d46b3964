"""Downloader and spider middlewares of the kepatuhan crawler: one job each, wired in settings.py.

SiteScopeMiddleware        requests (and redirects) stay on the site's own hosts *and ports*
ConditionalGetMiddleware   entry pages are asked with If-None-Match / If-Modified-Since
BackoffRetryMiddleware     Scrapy's retries, waiting base·2^n seconds between attempts
FetchStatsMiddleware       counts every HTTP response per site (the report's "fetched")
RedirectLoopMiddleware     names a redirect back into its own chain
TrapGuardMiddleware        drops calendar / endless-parameter / repeated-segment URLs
"""

from __future__ import annotations

import logging
from collections import defaultdict
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater

from crawler.failures import OffsiteBlocked
from crawler.state import CrawlState
from crawler.urls import netloc_of, same_site, trap_reason

logger = logging.getLogger(__name__)

ENTRY_KINDS = {"entry", "sitemap", "feed", "search"}


def _site_name(spider, request) -> str:
    site = request.meta.get("site")
    if site:
        return site
    sc = spider.site_for(request.url) if hasattr(spider, "site_for") else None
    return sc.name if sc else netloc_of(request.url)


class SiteScopeMiddleware:
    """Refuse any request whose host:port is not one of the crawled sites'.

    Scrapy's OffsiteMiddleware compares host names only, so a link to 127.0.0.1:9999 from a site
    on 127.0.0.1:8000 (or an intranet service on another port of the same host) would pass it.
    Redirects come back through the scheduler, so a redirect off the site is refused here too."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        spider = spider or self.crawler.spider
        allowed = spider.allowed_netlocs() if hasattr(spider, "allowed_netlocs") else None
        if allowed is None:
            return None
        if not same_site(netloc_of(request.url), allowed):
            raise OffsiteBlocked(f"offsite: {request.url} is not on {sorted(allowed)}")
        return None


class ConditionalGetMiddleware:
    """Send the validators stored at the end of the last finished crawl for entry pages."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        if request.meta.get("kind") not in ENTRY_KINDS or b"If-None-Match" in request.headers:
            return None
        state = CrawlState.of(self.crawler)
        if request.meta.get("site") not in state.completed:
            return None
        v = state.validators(request.url)
        if v is None:
            return None
        if v.etag:
            request.headers[b"If-None-Match"] = v.etag
        if v.last_modified:
            request.headers[b"If-Modified-Since"] = v.last_modified
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that waits RETRY_BACKOFF_BASE · 2^attempt seconds (≤ RETRY_BACKOFF_MAX)."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 30.0)

    async def _wait(self, retry: Request | None):
        if retry is not None and self.base > 0:
            n = retry.meta.get("retry_times", 1)
            await maybe_deferred_to_future(deferLater(reactor, min(self.cap, self.base * 2 ** (n - 1)), lambda: None))
        return retry

    async def process_response(self, request, response, spider=None):
        out = super().process_response(request, response)
        if isinstance(out, Request):
            await self._wait(out)
        return out

    async def process_exception(self, request, exception, spider=None):
        out = super().process_exception(request, exception)
        if isinstance(out, Request):
            await self._wait(out)
        return out


class FetchStatsMiddleware:
    """Count each HTTP response (redirects and error statuses included) and each network failure
    per site; sits next to the downloader so it sees every attempt."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response, spider=None):
        name = _site_name(self.crawler.spider, request)
        self.crawler.stats.inc_value(f"kepatuhan/{name}/fetched")
        self.crawler.stats.inc_value(f"kepatuhan/{name}/bytes", len(response.body))
        return response


class TrapGuardMiddleware:
    """Drop requests a spider yields that look like crawler traps (see crawler/urls.py), cap the
    distinct query strings per path (TRAP_MAX_QUERY_VARIANTS) against endless parameters, and
    limit link hops from the entry pages (TRAP_MAX_HOPS). Unlike Scrapy's DEPTH_LIMIT, following
    a listing's pagination or an article link costs no hop, so a 2,000-page archive is reachable
    while a chain of unrelated pages is not; pagination itself stops at TRAP_MAX_PAGES pages."""

    NO_HOP = {"article", "article_part", "sitemap", "feed", "search"}

    def __init__(self, crawler):
        self.crawler = crawler
        self.max_variants = crawler.settings.getint("TRAP_MAX_QUERY_VARIANTS", 200)
        self.max_hops = crawler.settings.getint("TRAP_MAX_HOPS", 6)
        self.max_pages = crawler.settings.getint("TRAP_MAX_PAGES", 5000)
        self.variants: dict[tuple[str, str], set[int]] = defaultdict(set)

    def _annotate(self, response, request) -> str | None:
        meta = response.meta if response is not None else {}
        paging = request.meta.get("paging")
        hops = meta.get("hops", 0) + (0 if paging or request.meta.get("kind") in self.NO_HOP else 1)
        pages = meta.get("pages", 0) + 1 if paging else 0
        request.meta["hops"], request.meta["pages"] = hops, pages
        if hops > self.max_hops:
            return "too_many_hops"
        if pages > self.max_pages:
            return "too_many_pages"
        return None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _allowed(self, request, response=None) -> bool:
        reason = trap_reason(request.url) or self._annotate(response, request)
        if reason is None and urlsplit(request.url).query and not request.meta.get("paging"):
            p = urlsplit(request.url)
            seen = self.variants[(p.netloc, p.path)]
            h = hash(p.query)
            if h not in seen:
                if len(seen) >= self.max_variants:
                    reason = "query_variants"
                else:
                    seen.add(h)
        if reason is None:
            return True
        name = _site_name(self.crawler.spider, request)
        self.crawler.stats.inc_value(f"kepatuhan/{name}/errors/trap_{reason}")
        logger.debug("trap guard (%s): %s", reason, request.url)
        return False

    async def process_spider_output_async(self, response, result, spider=None):
        async for item in result:
            if not isinstance(item, Request) or self._allowed(item, response):
                yield item

    def process_spider_output(self, response, result, spider=None):
        for item in result:
            if not isinstance(item, Request) or self._allowed(item, response):
                yield item

    async def process_start(self, start):
        async for item in start:
            if not isinstance(item, Request) or self._allowed(item):
                yield item


class RedirectLoopMiddleware:
    """Name a redirect loop as such: a 3xx pointing back at a URL of its own redirect chain would
    otherwise just vanish in the dupefilter, uncounted. Sits just before RedirectMiddleware."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls()

    def process_response(self, request, response, spider=None):
        if response.status in (301, 302, 303, 307, 308) and b"Location" in response.headers:
            from urllib.parse import urljoin

            from scrapy.exceptions import IgnoreRequest

            target = urljoin(request.url, response.headers[b"Location"].decode("latin-1"))
            chain = [*request.meta.get("redirect_urls", []), request.url]
            if target in chain:
                raise IgnoreRequest(f"redirect loop: {' -> '.join(chain + [target])}")
        return response
