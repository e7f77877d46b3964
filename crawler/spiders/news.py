"""`news`: one generic spider for any Indonesian news site, zero configuration needed.

    scrapy crawl news -a start_urls="https://example.id/ https://other.id/" [-a since=2023-01-01]
    scrapy crawl news -a site=bengkulutoday            # from crawler/sites.yaml

Discovery (no per-site code): robots.txt sitemaps (index, news, plain; /sitemap.xml when robots
names none), RSS/Atom feeds (registry or <link rel=alternate>), listing / category / tag pages
and their pagination, and site search for the topic (WordPress /?s=, Blogger /search?q= and
/search/label/, or the registry's templates). Links are prioritised by topic keywords in URL,
anchor and title; article URLs the corpus has already judged are never requested again; a
multi-page article is fetched page by page and handed on as one item.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl, urlsplit

import scrapy

from crawler.discovery import parse_feed, parse_html, parse_sitemap, search_urls, sitemaps_from_robots
from crawler.failures import classify_failure
from crawler.items import PageItem
from crawler.pagination import join_pages, next_part_url
from crawler.registry import load_topic
from crawler.responses import decode_body, html_hash, response_headers
from crawler.siteconf import SiteConf, site_confs
from crawler.state import CrawlState, url_key
from crawler.urls import (
    PAGE_PARAM,
    LinkKind,
    classify_url,
    date_in_url,
    is_static,
    keyword_score,
    netloc_of,
    normalise_url,
    same_site,
)
from gazetteer.hosts import host_variants

logger = logging.getLogger(__name__)

# Entry pages are revisited every run, with conditional GET when their validators are known.
ENTRY_KINDS = {"entry", "sitemap", "feed", "search"}
# A listing's next page ranks below its articles: the frontier stays one listing deep (flat
# memory) instead of queueing a whole archive's article links before fetching any of them.
PRIO = {
    "robots": 300,
    "sitemap": 250,
    "feed": 240,
    "search": 200,
    "entry": 150,
    "article_kw": 120,
    "listing_kw": 90,
    "listing": 40,
    "article": 30,
    "page": 25,
    "other": 5,
}


def is_pagination(url: str) -> bool:
    p = urlsplit(url)
    return any(PAGE_PARAM.match(k) for k, _ in parse_qsl(p.query)) or "/page/" in p.path


class NewsSpider(scrapy.Spider):
    name = "news"
    crawl_state: CrawlState  # set by from_crawler
    # (not `self.state`: with JOBDIR, Scrapy's SpiderState extension owns that attribute)

    def __init__(
        self,
        start_urls=None,
        site=None,
        sites_json=None,
        since=None,
        sitemaps=None,
        feeds=None,
        search=None,
        article_patterns=None,
        platform=None,
        follow=None,
        aliases=None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        confs = site_confs(
            start_urls, site, sites_json, sitemaps, feeds, search, article_patterns, platform, follow, aliases
        )
        if not confs:
            raise ValueError("give start_urls=URL[ URL...], site=NAME or sites_json=[...]")
        self.sites: dict[str, SiteConf] = {}
        self.by_netloc: dict[str, SiteConf] = {}
        for c in confs:
            sc = SiteConf.from_args(c)
            self.sites[sc.name] = sc
            for n in sc.netlocs:
                self.by_netloc[n] = sc
        self.since = since or None
        self.topic = load_topic()
        self.searched: set[str] = set()
        # URL keys this process already asked for from links: the same link on the next listing
        # page is dropped here, before a Request, the trap guard and the dupefilter cost anything
        self.requested: set[int] = set()
        # One bound method per callback for the whole crawl: Scrapy's check of each callback for a
        # generator's `return value` (it reads and parses the method's source) is cached weakly by
        # the callable, and a fresh `self.parse_page` per request missed that cache on every page.
        for name in ("parse_page", "parse_article", "parse_sitemap", "parse_feed", "parse_robots", "on_error"):
            setattr(self, name, getattr(self, name))

    # -- set-up ------------------------------------------------------------------------------------
    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.crawl_state = CrawlState.of(crawler)
        spider.crawl_state.load_sites({n for s in spider.sites.values() for n in s.netlocs})
        return spider

    def site_for(self, url: str) -> SiteConf | None:
        for host in host_variants(netloc_of(url)):
            if host in self.by_netloc:
                return self.by_netloc[host]
        return None

    def allowed_netlocs(self) -> set[str]:
        return set(self.by_netloc)

    def stat(self, site: SiteConf | str, key: str, n: int = 1) -> None:
        name = site if isinstance(site, str) else site.name
        self.crawler.stats.inc_value(f"kepatuhan/{name}/{key}", n)

    def req(self, url: str, kind: str, site: SiteConf, callback, priority: int | None = None, **meta):
        meta.update(kind=kind, site=site.name)
        if kind in ENTRY_KINDS:
            meta["handle_httpstatus_list"] = [304]
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            priority=PRIO.get(kind, 0) if priority is None else priority,
            meta=meta,
        )

    async def start(self):
        from crawler.robots import robots_middleware, robots_text

        robots = robots_middleware(self.crawler)
        for site in self.sites.values():
            self.stat(site, "started", 0)
            if robots is None:  # robots.txt not obeyed: read it here, for its sitemaps only
                yield self.req(site.root + "robots.txt", "robots", site, self.parse_robots, optional=True)
            for url in [site.home, *site.start_urls]:
                yield self.req(url, "entry", site, self.parse_page)
            for url in site.sitemaps:
                yield self.req(url, "sitemap", site, self.parse_sitemap)
            for url in site.feeds:
                yield self.req(url, "feed", site, self.parse_feed)
            for tmpl in site.search:
                for q in self.topic.search_queries:
                    yield self.req(tmpl.replace("{q}", q.replace(" ", "+")), "search", site, self.parse_page)
        if robots is not None:
            # the copy the robots middleware fetched to obey it: robots.txt is requested once
            for site in self.sites.values():
                for r in self.robots_sitemaps(site, await robots_text(robots, site.root), site.root + "robots.txt"):
                    yield r

    # -- entry pages ---------------------------------------------------------------------------------
    def _entry_response(self, response, site) -> bool:
        """False when the entry page is unchanged (304) or not usable; stages its validators."""
        if response.status == 304:
            self.stat(site, "not_modified")
            return False
        if response.meta.get("kind") in ENTRY_KINDS:
            etag = response.headers.get(b"ETag")
            lm = response.headers.get(b"Last-Modified")
            if etag or lm:
                self.crawl_state.stage_validators(
                    response.url,
                    etag.decode("latin-1") if etag else None,
                    lm.decode("latin-1") if lm else None,
                    response.status,
                )
        return True

    def parse_robots(self, response):
        site = self.sites[response.meta["site"]]
        yield from self.robots_sitemaps(site, response.text if hasattr(response, "text") else "", response.url)

    def robots_sitemaps(self, site: SiteConf, robots: str, robots_url: str):
        """Sitemap requests for the Sitemap: lines of robots.txt (or /sitemap.xml, optional, when
        neither robots.txt nor the registry names one)."""
        sitemaps = sitemaps_from_robots(robots, robots_url)
        if not sitemaps and not site.sitemaps:
            sitemaps = [site.root + "sitemap.xml"]
            opt = True
        else:
            opt = False
        for url in sitemaps:
            if same_site(netloc_of(url), site.netlocs):
                yield self.req(normalise_url(url), "sitemap", site, self.parse_sitemap, optional=opt)

    def parse_sitemap(self, response):
        site = self.sites[response.meta["site"]]
        if not self._entry_response(response, site):
            return
        try:
            kind, links = parse_sitemap(response.body)
        except Exception as exc:  # noqa: BLE001 - a broken sitemap is a counted error, not a crash
            self.stat(site, "errors/bad_sitemap")
            logger.warning("%s: unreadable sitemap: %s", response.url, exc)
            return
        for link in links:
            if self.since and link.date and link.date < self.since and kind == "urlset":
                self.stat(site, "skipped_since")
                continue
            if kind == "index":
                if self.since and link.date and link.date < self.since:
                    continue
                if same_site(netloc_of(link.url), site.netlocs):
                    yield self.req(normalise_url(link.url), "sitemap", site, self.parse_sitemap)
            else:
                yield from self.follow_article(link.url, link.text, site, from_sitemap=True)

    def parse_feed(self, response):
        site = self.sites[response.meta["site"]]
        if not self._entry_response(response, site):
            return
        for link in parse_feed(response.body, response.url):
            if self.since and link.date and link.date < self.since:
                self.stat(site, "skipped_since")
                continue
            yield from self.follow_article(link.url, link.text, site, from_sitemap=True)

    # -- HTML pages -----------------------------------------------------------------------------------
    def parse_page(self, response):
        """Home, listing, search, tag/label and unknown pages (an article found here is handled as one)."""
        site = self.sites[response.meta["site"]]
        if not self._entry_response(response, site):
            return
        if not hasattr(response, "text"):
            return
        # the platform (for site search) is looked for until the site's search has been queued
        links = parse_html(response.body, response.url, platform=not site.platform and site.name not in self.searched)
        kind = response.meta["kind"]
        if links.is_article and kind not in ("entry", "search"):
            yield from self.parse_article(response, links=links)
            return
        platform = site.platform or links.platform
        if platform and site.name not in self.searched:
            self.searched.add(site.name)
            for url in search_urls(site.home, platform, self.topic.search_queries, self.topic.search_labels):
                yield self.req(normalise_url(url), "search", site, self.parse_page)
        for feed in links.feeds:
            if same_site(netloc_of(feed), site.netlocs):
                yield self.req(normalise_url(feed), "feed", site, self.parse_feed)
        yield from self.follow_links(response, site, links)

    def first_time(self, url: str) -> bool:
        key = url_key(url)
        if key in self.requested:
            return False
        self.requested.add(key)
        return True

    def follow_links(self, response, site: SiteConf, links, from_article: bool = False):
        unseen_articles = 0
        dated = []
        pagination = []
        for link in links.anchors:
            url = normalise_url(link.url)
            if not url.startswith("http") or is_static(url) or not same_site(netloc_of(url), site.netlocs):
                if (
                    url.startswith("http")
                    and not same_site(netloc_of(url), site.netlocs)
                    and netloc_of(url).split(":")[0] in {n.split(":")[0] for n in site.netlocs}
                ):
                    self.stat(site, "skipped_offsite")  # same host, other port: another site
                continue
            kind = classify_url(url, site.article_patterns)
            if kind == LinkKind.ARTICLE and is_pagination(url):
                continue  # a later page of an article: fetched from its first page as one item
            if kind == LinkKind.ARTICLE:
                d = date_in_url(url)
                if d:
                    dated.append(d)
                if url_key(url) in self.requested:
                    # asked for earlier in this run: still new to the corpus until it is judged
                    # (the nightly stop below must not mistake it for an article we already have)
                    unseen_articles += not self.crawl_state.is_seen(url)
                    continue
                reqs = list(self.follow_article(url, link.text, site))
                unseen_articles += bool(reqs)
                yield from reqs
            elif is_pagination(url) or "next" in link.rel or url in links.next_pages:
                pagination.append((url, link.text))
            elif kind == LinkKind.LISTING:
                score = keyword_score(f"{url} {link.text}", self.topic.link_keywords)
                if from_article and not score or not self.first_time(url):
                    continue
                yield self.req(
                    url,
                    "listing",
                    site,
                    self.parse_page,
                    priority=PRIO["listing_kw"] + score if score else PRIO["listing"],
                )
            elif not from_article and self.first_time(url):
                yield self.req(url, "other", site, self.parse_page)
        for url in links.next_pages:
            if same_site(netloc_of(url), site.netlocs) and (normalise_url(url), "") not in pagination:
                pagination.append((normalise_url(url), ""))
        if from_article:
            return
        # Nightly: once a listing shows only articles we already have, older pages hold nothing new.
        # (Only after the site's backfill completed once: a killed first crawl must still page on.)
        if site.name in self.crawl_state.completed and unseen_articles == 0 and response.meta["kind"] != "entry":
            self.stat(site, "stopped_paging")
            return
        if self.since and dated and max(dated) < self.since:
            self.stat(site, "stopped_paging_since")
            return
        for url, _text in pagination:
            if self.first_time(url):
                yield self.req(url, "listing", site, self.parse_page, priority=PRIO["page"], paging=True)

    def follow_article(self, url: str, text: str, site: SiteConf, from_sitemap: bool = False):
        url = normalise_url(url)
        if not same_site(netloc_of(url), site.netlocs) or is_static(url):
            return
        if self.crawl_state.is_seen(url):
            self.stat(site, "skipped_seen")
            return
        if not self.first_time(url):
            return
        if from_sitemap and classify_url(url, site.article_patterns) == LinkKind.LISTING:
            yield self.req(url, "listing", site, self.parse_page)
            return
        score = keyword_score(f"{url} {text}", self.topic.link_keywords)
        if site.follow == "only" and not score:
            self.stat(site, "skipped_offtopic")
            return
        if self.since:
            d = date_in_url(url)
            if d and d < self.since:
                self.stat(site, "skipped_since")
                return
        yield self.req(
            url, "article", site, self.parse_article, priority=PRIO["article_kw"] + score if score else PRIO["article"]
        )

    # -- articles ---------------------------------------------------------------------------------------
    def parse_article(self, response, links=None):
        site = self.sites[response.meta["site"]]
        if not hasattr(response, "text"):
            self.stat(site, "errors/not_html")
            return
        links = links or parse_html(response.body, response.url, platform=False)
        parts = response.meta.get("parts") or []
        text, charset_warning = decode_body(response)
        parts = [*parts, (response.url, text)]
        first_url = response.meta.get("article_url") or response.url
        nxt = next_part_url(response, first_url, [u for u, _ in parts])
        yield from self.follow_links(response, site, links, from_article=True)
        if nxt:
            yield self.req(
                nxt,
                "article_part",
                site,
                self.parse_article,
                priority=PRIO["article_kw"] + 10,
                parts=parts,
                article_url=first_url,
                charset_warning=charset_warning,
            )
            return
        html = parts[0][1] if len(parts) == 1 else join_pages(parts)
        canonical = normalise_url(links.canonical) if links.canonical and len(parts) == 1 else None
        if canonical and canonical != normalise_url(first_url) and self.crawl_state.is_seen(canonical):
            self.stat(site, "skipped_seen")  # same article under another URL
            self.crawl_state.mark_seen(normalise_url(first_url), canonical, None, "irrelevant")
            return
        yield PageItem(
            url=normalise_url(first_url),
            final_url=response.url,
            html=html,
            status=response.status,
            headers=response_headers(response),
            site=site.name,
            canonical_url=canonical,
            html_hash=html_hash(html.encode("utf-8", "replace")),
            n_parts=len(parts),
            fetched_at=self.crawl_state.now().isoformat(),
            charset_warning=charset_warning or response.meta.get("charset_warning", False),
        )

    # -- failures -----------------------------------------------------------------------------------
    def on_error(self, failure):
        request = failure.request
        site = self.site_for(request.url) or self.sites.get(request.meta.get("site", ""))
        kind = classify_failure(failure)
        if kind == "seen":
            return
        if request.meta.get("optional") and kind.startswith("http_4"):
            if request.meta.get("kind") == "robots" and site and not site.sitemaps:
                # no robots.txt: still try the conventional sitemap location
                yield self.req(site.root + "sitemap.xml", "sitemap", site, self.parse_sitemap, optional=True)
            return  # a guessed URL (robots.txt, /sitemap.xml) that the site does not have
        name = site.name if site else request.meta.get("site", "?")
        self.stat(name, f"errors/{kind}")
        logger.info("%s: %s (%s)", request.url, kind, failure.getErrorMessage()[:200])
        if request.meta.get("kind") == "article_part" and request.meta.get("parts"):
            # a lost continuation page: keep what we have rather than losing the whole article
            parts = request.meta["parts"]
            first_url = request.meta["article_url"]
            html = join_pages(parts)
            yield PageItem(
                url=normalise_url(first_url),
                final_url=first_url,
                html=html,
                status=200,
                headers={},
                site=name,
                canonical_url=None,
                html_hash=html_hash(html.encode()),
                n_parts=len(parts),
                fetched_at=self.crawl_state.now().isoformat(),
                charset_warning=False,
            )
