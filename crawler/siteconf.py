"""A site as the running spider sees it: the registry's `Site` (crawler/registry.py) with its URLs normalised,
its hosts gathered and its patterns compiled, built from the spider's arguments."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from crawler.registry import Site, load_sites
from crawler.urls import netloc_of, normalise_url


@dataclass
class SiteConf:
    name: str
    home: str
    netlocs: set[str]
    platform: str | None = None
    start_urls: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    search: list[str] = field(default_factory=list)
    article_patterns: list[re.Pattern] = field(default_factory=list)
    follow: str = "prioritise"

    @property
    def root(self) -> str:
        p = urlsplit(self.home)
        return f"{p.scheme}://{p.netloc}/"

    @classmethod
    def from_args(cls, data: dict) -> "SiteConf":
        """The spider's view of one site given as `Site.to_dict` data (the `sites_json` argument)."""
        return cls.from_site(Site.from_dict(data))

    @classmethod
    def from_site(cls, site: Site) -> "SiteConf":
        """The registry's site with its URLs normalised, its hosts gathered and its patterns compiled."""
        home = normalise_url(site.url)
        netlocs = {netloc_of(home)}
        for u in [*site.start_urls, *site.sitemaps, *site.feeds]:
            netlocs.add(netloc_of(u))
        netlocs |= {a.lower() for a in site.aliases}
        return cls(
            name=site.name,
            home=home,
            netlocs=netlocs,
            platform=None if site.platform in ("auto", "custom") else site.platform,
            start_urls=[normalise_url(u) for u in site.start_urls if normalise_url(u) != home],
            sitemaps=list(site.sitemaps),
            feeds=list(site.feeds),
            search=list(site.search),
            article_patterns=[re.compile(p) for p in site.article_patterns],
            follow=site.follow,
        )


def _split(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return str(value).split()


def site_confs(
    start_urls=None,
    site=None,
    sites_json=None,
    sitemaps=None,
    feeds=None,
    search=None,
    article_patterns=None,
    platform=None,
    follow=None,
    aliases=None,
) -> list[dict]:
    """The sites the spider's arguments name, as `SiteConf.from_args` data: a JSON list of sites,
    registry names (crawler/sites.yaml), and start URLs with the same sitemaps, feeds and searches."""
    confs: list[dict] = []
    if sites_json:
        confs = json.loads(sites_json)
    if site:
        registry = load_sites()
        for name in _split(site.replace(",", " ")):
            if name not in registry:
                raise ValueError(f"unknown site {name!r} (not in crawler/sites.yaml)")
            confs.append(registry[name].to_dict())
    for url in _split(start_urls):
        confs.append(
            {
                "url": url,
                "sitemaps": _split(sitemaps),
                "feeds": _split(feeds),
                "search": [s for s in (search or "").splitlines() if s.strip()],
                "article_patterns": [p for p in (article_patterns or "").splitlines() if p.strip()],
                "aliases": _split(aliases),
                "platform": platform,
                "follow": follow or "prioritise",
            }
        )
    return confs
