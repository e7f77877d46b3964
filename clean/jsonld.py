"""The NewsArticle object of a page's JSON-LD (headline, dates, author, articleBody)."""

from __future__ import annotations

import html
import json
import re

ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "webpage",
    "opinionnewsarticle",
    "backgroundnewsarticle",
}


def _walk(obj):
    if isinstance(obj, list):
        for x in obj:
            yield from _walk(x)
    elif isinstance(obj, dict):
        yield obj
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(obj.get(key), (list, dict)):
                yield from _walk(obj[key])


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    t = t if isinstance(t, list) else [t]
    return {str(x).lower() for x in t if x}


def article_jsonld(tree) -> dict:
    """The richest article-like JSON-LD object on the page ({} when none), with `author` as a string."""
    best: dict = {}
    for script in tree.xpath('//script[@type="application/ld+json" or @type="application/json+ld"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        for obj in _walk(data):
            if _types(obj) & ARTICLE_TYPES and (obj.get("headline") or obj.get("articleBody")):
                if len(str(obj.get("articleBody") or "")) >= len(str(best.get("articleBody") or "")):
                    best = obj
    if not best:
        return {}
    out = dict(best)
    author = best.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        author = author.get("name")
    out["author"] = str(author).strip() if author else None
    return out


_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_NO_TEXT = ("script", "style", "iframe", "figure", "figcaption", "img", "video", "audio", "noscript")
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "tr", "section", "br", "ul", "ol"}


def body_paragraphs(article_body: str) -> list[str]:
    """The paragraphs of a JSON-LD articleBody. Some sites put the article's HTML there (even
    entity-escaped, "&lt;p&gt;…"): blocks become paragraphs; figures, captions and embeds go."""
    text = html.unescape(article_body) if "&lt;" in article_body or "&#" in article_body else article_body
    if not _TAG.search(text):
        return [" ".join(p.split()) for p in re.split(r"\n+", text) if p.strip()]
    import lxml.html

    root = lxml.html.fragment_fromstring(text, create_parent="div")
    for el in list(root.iter(*_NO_TEXT)) + [
        el
        for el in root.iter()
        if isinstance(el.tag, str) and re.search(r"caption|credit", el.get("class") or "", re.I)
    ]:
        if el.getparent() is not None:
            el.drop_tree()  # the text after it stays
    for el in root.iter(*_BLOCKS):  # a block boundary is a paragraph boundary
        el.tail = "\n" + (el.tail or "")
        el.text = "\n" + (el.text or "")
    return [" ".join(p.split()) for p in root.text_content().split("\n") if p.strip()]
