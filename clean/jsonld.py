"""The NewsArticle object of a page's JSON-LD (headline, dates, author, articleBody)."""
from __future__ import annotations

import json

ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                 "webpage", "opinionnewsarticle", "backgroundnewsarticle"}


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
