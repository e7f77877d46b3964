"""The pages of one multi-page article as one HTML document for the corpus.

The joining itself is the cleaner's (`clean.pagination.join_pages`: page order, leads repeated
on every page kept once, metadata from the first page that has it); this module only renders
the joined Article back into a plain article page, which the cleaner reads to the same text,
title and dates, so `Corpus.ingest_page` stores and extracts the whole article.
"""

from __future__ import annotations

import html as htmllib
import logging
from urllib.parse import urlsplit

from crawler.urls import netloc_of, normalise_url

logger = logging.getLogger(__name__)


def join_pages(parts: list[tuple[str, str]]) -> str:
    """(url, html) of each page of one article, first page first -> one HTML document."""
    from clean.pagination import join_pages as join_articles

    if len(parts) == 1:
        return parts[0][1]
    try:
        return render_article(join_articles([(html, url) for url, html in parts]))
    except Exception:  # a page the cleaner cannot read must not lose the article
        logger.warning("%s: joining %d pages failed; keeping the first page", parts[0][0], len(parts), exc_info=True)
        return parts[0][1]


def render_article(article) -> str:
    """A minimal news page around an `extract.types.Article` (its paragraphs, title and dates)."""

    def esc(s) -> str:
        return htmllib.escape(str(s or ""), quote=True)

    head = ['<meta charset="utf-8">']
    if article.title:
        head.append(f"<title>{esc(article.title)}</title>")
    if article.canonical_url or article.url:
        head.append(f'<link rel="canonical" href="{esc(article.canonical_url or article.url)}">')
    if article.published:
        head.append(f'<meta property="article:published_time" content="{esc(article.published)}">')
    if article.modified:
        head.append(f'<meta property="article:modified_time" content="{esc(article.modified)}">')
    if article.author:
        head.append(f'<meta name="author" content="{esc(article.author)}">')
    headline = f"<h1>{esc(article.title)}</h1>" if article.title else ""
    paras = "".join(f"<p>{esc(p)}</p>" for p in article.text.split("\n\n") if p.strip())
    return (
        f'<!doctype html><html lang="{esc(article.language or "id")}"><head>{"".join(head)}</head>'
        f"<body><article>{headline}{paras}</article></body></html>"
    )


def next_part_url(response, first_url: str, got: list[str]) -> str | None:
    """The next page of a multi-page article whose pages so far are `got`, on the first page's host
    (at most 20 pages); None when this page is the last."""
    # cheap pre-check before a second parse: a continuation links back to this path
    path = urlsplit(first_url).path.rstrip("/")
    text = response.text
    if f"{path}?" not in text and f"{path}/2" not in text and f"{path}-2" not in text and 'rel="next"' not in text:
        return None
    try:
        urls = next_page_urls(response.text, response.url)
    except Exception:  # noqa: BLE001 - pagination detection must never lose the article
        urls = []
    for u in urls:
        u = normalise_url(u)
        if u not in got and netloc_of(u) == netloc_of(first_url) and len(got) < 20:
            return u
    return None


def next_page_urls(html: str, url: str) -> list[str]:
    """The cleaner's multi-page detection (clean/pagination.py)."""
    from clean.pagination import next_page_urls as _next

    return list(_next(html, url))
