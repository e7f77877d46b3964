"""The site registry (`crawler/sites.yaml`) and the crawl topic (`crawler/topic.yaml`) as typed values.

Both files are data a non-programmer extends; this module only reads and validates them, so
a typo names the file and the entry instead of failing deep inside a crawl.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from crawler.urls import netloc_of, normalise_url
from gazetteer.hosts import host_variants

HERE = Path(__file__).resolve().parent
SITES_FILE = HERE / "sites.yaml"
TOPIC_FILE = HERE / "topic.yaml"


class RegistryError(ValueError):
    """A registry entry that cannot be used (the message names the file and the entry)."""


@dataclass(frozen=True)
class Politeness:
    download_delay: float = 1.0
    concurrency: int = 2
    obey_robots: bool = True


@dataclass(frozen=True)
class Site:
    """One outlet: where to start and what is known of its structure (all optional but `url`)."""

    name: str
    url: str
    platform: str = "auto"  # wordpress | blogger | custom | auto (detected from the home page)
    start_urls: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    search: tuple[str, ...] = ()
    article_patterns: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    follow: str = "prioritise"  # or "only"
    province: str | None = None
    politeness: Politeness = field(default_factory=Politeness)

    @property
    def netloc(self) -> str:
        return urlsplit(self.url).netloc.lower()

    def hostnames(self) -> set[str]:
        """Every host name the outlet answers on (its URL's, the aliases', each with and without
        www.): Scrapy keys its download slots, hence per-site politeness, by host name."""
        hosts = {urlsplit(self.url).hostname or ""}
        for alias in self.aliases:
            hosts.add((urlsplit(alias).hostname if "//" in alias else alias.split(":")[0]) or "")
        hosts = {h.lower() for h in hosts if h}
        return {v for h in hosts for v in host_variants(h)}

    def entry_urls(self) -> list[str]:
        return [self.url, *self.start_urls]

    @classmethod
    def from_dict(cls, data: dict) -> "Site":
        """The site from its `to_dict` form or the spider's arguments (a bare start URL gives the rest
        their defaults: the URL's host as the name)."""
        url = data.get("url") or data["start_urls"][0]
        return cls(
            name=data.get("name") or netloc_of(normalise_url(url)),
            url=url,
            platform=data.get("platform") or "auto",
            start_urls=tuple(data.get("start_urls", ())),
            sitemaps=tuple(data.get("sitemaps", ())),
            feeds=tuple(data.get("feeds", ())),
            search=tuple(data.get("search", ())),
            article_patterns=tuple(data.get("article_patterns", ())),
            aliases=tuple(data.get("aliases", ())),
            follow=data.get("follow") or "prioritise",
        )

    def to_dict(self) -> dict:
        """The site as the spider takes it (`sites_json`, read by crawler.siteconf.SiteConf.from_args):
        JSON-ready; politeness and province stay with the crawl's settings and the registry."""
        return {
            "name": self.name,
            "url": self.url,
            "start_urls": list(self.start_urls),
            "sitemaps": list(self.sitemaps),
            "feeds": list(self.feeds),
            "search": list(self.search),
            "article_patterns": list(self.article_patterns),
            "aliases": list(self.aliases),
            "platform": self.platform,
            "follow": self.follow,
        }


@dataclass(frozen=True)
class Topic:
    link_keywords: tuple[str, ...]
    must_mention: tuple[str, ...]
    search_queries: tuple[str, ...]
    search_labels: tuple[str, ...]


def _as_tuple(value, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RegistryError(f"{where}: expected a list of strings, got {value!r}")
    return tuple(value)


def load_sites(path: Path | str = SITES_FILE) -> dict[str, Site]:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise RegistryError(f"{path}: not valid YAML: {exc}") from exc
    defaults = data.get("defaults") or {}
    base_pol = defaults.get("politeness") or {}
    sites: dict[str, Site] = {}
    for i, entry in enumerate(data.get("sites") or [], 1):
        where = f"{path}: site #{i} ({entry.get('name', '?') if isinstance(entry, dict) else entry!r})"
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("url"):
            raise RegistryError(f"{where}: every site needs `name` and `url`")
        unknown = set(entry) - {f for f in Site.__dataclass_fields__}
        if unknown:
            raise RegistryError(f"{where}: unknown field(s) {sorted(unknown)}")
        if not urlsplit(entry["url"]).scheme.startswith("http"):
            raise RegistryError(f"{where}: url must be http(s): {entry['url']!r}")
        pol = {**base_pol, **(entry.get("politeness") or {})}
        try:
            politeness = Politeness(**pol)
        except TypeError as exc:
            raise RegistryError(f"{where}: politeness: {exc}") from exc
        for pat in entry.get("article_patterns") or []:
            try:
                re.compile(pat)
            except re.error as exc:
                raise RegistryError(f"{where}: article pattern {pat!r}: {exc}") from exc
        follow = entry.get("follow", defaults.get("follow", "prioritise"))
        if follow not in ("only", "prioritise"):
            raise RegistryError(f"{where}: follow must be 'only' or 'prioritise', got {follow!r}")
        site = Site(
            name=entry["name"],
            url=entry["url"],
            platform=entry.get("platform", "auto"),
            start_urls=_as_tuple(entry.get("start_urls"), where),
            sitemaps=_as_tuple(entry.get("sitemaps"), where),
            feeds=_as_tuple(entry.get("feeds"), where),
            search=_as_tuple(entry.get("search"), where),
            article_patterns=_as_tuple(entry.get("article_patterns"), where),
            aliases=_as_tuple(entry.get("aliases"), where),
            follow=follow,
            province=entry.get("province"),
            politeness=politeness,
        )
        if site.name in sites:
            raise RegistryError(f"{where}: duplicate site name {site.name!r}")
        sites[site.name] = site
    return sites


@lru_cache(maxsize=4)
def load_topic(path: Path | str = TOPIC_FILE) -> Topic:
    path = Path(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return Topic(
        link_keywords=tuple(k.lower() for k in _as_tuple(data.get("link_keywords"), str(path))),
        must_mention=tuple(k.lower() for k in _as_tuple(data.get("must_mention"), str(path))),
        search_queries=_as_tuple(data.get("search_queries"), str(path)),
        search_labels=_as_tuple(data.get("search_labels"), str(path)),
    )
