"""Where links come from: robots.txt, sitemaps (index / urlset / news), RSS/Atom feeds and HTML.

Pure parsing over bytes/strings (lxml), no Scrapy, so each source can be tested alone. The
spider decides what to do with the links; these functions only find them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree, html as lxml_html

GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Link:
    url: str
    text: str = ""  # anchor text or the item's title
    date: str | None = None  # ISO date (YYYY-MM-DD) when the source gives one
    rel: str = ""


def maybe_gunzip(body: bytes, limit: int = 50 * 1024 * 1024) -> bytes:
    """Sitemaps are often served as .xml.gz without Content-Encoding. Scrapy's gunzip, bounded
    against zip bombs: past `limit` (the sitemap protocol's own 50 MB) the file is not a sitemap
    and reads as empty; a truncated or damaged archive gives what could be read."""
    if body[:2] != GZIP_MAGIC:
        return body
    from scrapy.utils.gz import gunzip

    try:
        return gunzip(body, max_size=limit)
    except (OSError, EOFError, ValueError):  # not gzip after all, or past max_size (a ValueError)
        return b""


def sitemaps_from_robots(text: str, base_url: str) -> list[str]:
    out = []
    for line in text.splitlines():
        m = re.match(r"\s*sitemap\s*:\s*(\S+)", line, re.I)
        if m:
            out.append(urljoin(base_url, m.group(1)))
    return out


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return m.group(0)
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_sitemap(body: bytes) -> tuple[str, list[Link]]:
    """('index', sub-sitemaps) or ('urlset', page links with lastmod / news dates and titles)."""
    body = maybe_gunzip(body)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(body, parser=parser)
    if root is None:
        return "urlset", []
    kind = "index" if _local(root.tag) == "sitemapindex" else "urlset"
    links = []
    for node in root:
        if _local(node.tag) not in ("url", "sitemap"):
            continue
        loc = date = None
        title = ""
        for child in node.iter():
            name = _local(child.tag)
            if name == "loc" and child.text and loc is None:
                loc = child.text.strip()
            elif name in ("lastmod", "publication_date") and child.text:
                date = _iso(child.text) or date
            elif name == "title" and child.text:
                title = child.text.strip()
        if loc:
            links.append(Link(loc, title, date))
    return kind, links


def parse_feed(body: bytes, base_url: str) -> list[Link]:
    """Items of an RSS 2.0 / RSS 1.0 / Atom feed: link, title, date."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(maybe_gunzip(body), parser=parser)
    if root is None:
        return []
    links = []
    for node in root.iter():
        name = _local(node.tag)
        if name not in ("item", "entry"):
            continue
        url = title = date = None
        for child in node:
            cname = _local(child.tag)
            if cname == "link":
                href = child.get("href")
                if href and child.get("rel", "alternate") == "alternate":
                    url = href
                elif child.text and child.text.strip():
                    url = child.text.strip()
            elif cname == "title" and child.text:
                title = child.text.strip()
            elif cname in ("pubdate", "published", "updated", "date") and child.text and not date:
                date = _iso(child.text)
            elif cname == "guid" and not url and child.text and child.text.startswith("http"):
                url = child.text.strip()
        if url:
            links.append(Link(urljoin(base_url, url), title or "", date))
    return links


@dataclass
class PageLinks:
    anchors: list[Link]
    feeds: list[str]
    next_pages: list[str]
    canonical: str | None
    platform: str | None
    is_article: bool


FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml")


def detect_platform(doc) -> str | None:
    gen = " ".join(doc.xpath("//meta[@name='generator']/@content")).lower()
    if (
        "wordpress" in gen
        or doc.xpath("//link[contains(@href,'/wp-content/') or contains(@href,'/wp-json')]")
        or doc.xpath("//script[contains(@src,'/wp-content/') or contains(@src,'/wp-includes/')]")
    ):
        return "wordpress"
    if "blogger" in gen or doc.xpath("//link[contains(@href,'blogger.com')]"):
        return "blogger"
    return None


def parse_html(body: str | bytes, url: str, platform: bool = True) -> PageLinks:
    """Anchors, alternate feeds, rel=next pages, canonical URL, platform and 'looks like an article'.

    platform=False skips the platform detection (three document-wide XPath scans) for a caller
    that has no use for it: the platform is None then."""
    try:
        doc = lxml_html.fromstring(body, base_url=url)
    except (etree.ParserError, ValueError):
        return PageLinks([], [], [], None, None, False)
    anchors = []
    for a in doc.iter("a"):
        href = a.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "whatsapp:")):
            continue
        text = " ".join(a.text_content().split())[:200] or (a.get("title") or "")
        anchors.append(Link(urljoin(url, href.strip()), text, rel=(a.get("rel") or "").lower()))
    feeds = [
        urljoin(url, el.get("href"))
        for el in doc.xpath("//link[@rel='alternate'][@href]")
        if (el.get("type") or "").lower() in FEED_TYPES
    ]
    next_pages = [urljoin(url, h) for h in doc.xpath("//link[@rel='next']/@href | //a[@rel='next']/@href")]
    canon = doc.xpath("//link[@rel='canonical']/@href")
    og_type = " ".join(doc.xpath("//meta[@property='og:type']/@content")).lower()
    is_article = og_type == "article" or bool(doc.xpath("//meta[@property='article:published_time']"))
    return PageLinks(
        anchors,
        feeds,
        next_pages,
        urljoin(url, canon[0].strip()) if canon else None,
        detect_platform(doc) if platform else None,
        is_article,
    )


def search_urls(home: str, platform: str | None, queries, labels) -> list[str]:
    """Site-search URLs for the topic: WordPress /?s=, Blogger /search?q= and /search/label/."""
    from urllib.parse import quote, quote_plus

    root = f"{urlsplit(home).scheme}://{urlsplit(home).netloc}/"
    if platform == "wordpress":
        return [f"{root}?s={quote_plus(q)}" for q in queries]
    if platform == "blogger":
        return [f"{root}search?q={quote_plus(q)}" for q in queries] + [
            f"{root}search/label/{quote(lbl)}" for lbl in labels
        ]
    return []
