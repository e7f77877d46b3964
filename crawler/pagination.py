"""Fallback multi-page article detection, used until/unless `extract.pagination` provides it.

A continuation page is linked with rel=next, or is the same article path with a page number
(`?page=2`, `/2`, `-2.html` style links whose anchor is a number or "selanjutnya"/"berikutnya").
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import html as lxml_html

NEXT_WORDS = re.compile(r"^\s*(\d{1,2}|selanjutnya|berikutnya|next|lanjut|halaman\s+\d+)\s*[»›>]*\s*$", re.I)


def _same_article(base: str, cand: str) -> bool:
    b, c = urlsplit(base), urlsplit(cand)
    if b.netloc != c.netloc:
        return False
    bp, cp = b.path.rstrip("/"), c.path.rstrip("/")
    if cp == bp:
        return dict(parse_qsl(c.query)) != dict(parse_qsl(b.query)) and any(
            k.lower() in ("page", "hal", "halaman", "p", "pg") for k, _ in parse_qsl(c.query))
    return bool(re.fullmatch(re.escape(bp) + r"/\d{1,2}", cp))


def next_page_urls(html: str, url: str) -> list[str]:
    try:
        doc = lxml_html.fromstring(html, base_url=url)
    except Exception:  # noqa: BLE001
        return []
    base = url.split("?")[0]
    out: list[str] = []
    for href in doc.xpath("//link[@rel='next']/@href | //a[@rel='next']/@href"):
        u = urljoin(url, href)
        if _same_article(base, u):
            out.append(u)
    for a in doc.iter("a"):
        href = a.get("href")
        if href and NEXT_WORDS.match(a.text_content() or ""):
            u = urljoin(url, href)
            if _same_article(base, u) and u not in out and u != url:
                out.append(u)
    return out


def join_pages(pages: list[str], url: str | None = None) -> str:
    """One HTML document: the first page with the article bodies of the others appended."""
    if len(pages) == 1:
        return pages[0]
    first = pages[0]
    extra = []
    for h in pages[1:]:
        try:
            doc = lxml_html.fromstring(h)
        except Exception:  # noqa: BLE001
            continue
        body = doc.xpath("//article") or doc.xpath("//body")
        if body:
            extra.append("".join(lxml_html.tostring(p, encoding="unicode") for p in body[0]
                                 if p.tag in ("p", "h2", "h3", "blockquote", "ul", "ol", "table")))
    marker = "</article>" if "</article>" in first else "</body>"
    i = first.rfind(marker)
    if i < 0:
        return first + "".join(extra)
    return first[:i] + "".join(extra) + first[i:]
