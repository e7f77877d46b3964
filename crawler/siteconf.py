"""A site as the running spider sees it: registry fields plus compiled patterns and hosts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

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
        home = normalise_url(data.get("url") or data["start_urls"][0])
        netlocs = {netloc_of(home)}
        for u in [*data.get("start_urls", []), *data.get("sitemaps", []), *data.get("feeds", [])]:
            netlocs.add(netloc_of(u))
        netlocs |= {a.lower() for a in data.get("aliases", [])}
        platform = data.get("platform")
        return cls(
            name=data.get("name") or netloc_of(home),
            home=home,
            netlocs=netlocs,
            platform=None if platform in (None, "auto", "custom") else platform,
            start_urls=[normalise_url(u) for u in data.get("start_urls", []) if normalise_url(u) != home],
            sitemaps=list(data.get("sitemaps", [])),
            feeds=list(data.get("feeds", [])),
            search=list(data.get("search", [])),
            article_patterns=[re.compile(p) for p in data.get("article_patterns", [])],
            follow=data.get("follow", "prioritise"),
        )
