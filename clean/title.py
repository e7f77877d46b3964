"""The headline of a page, without the site's name.

Candidates are the first <h1>, the JSON-LD `headline`, `og:title` and elements whose class
says title/judul/headline; the first one another source confirms wins. Outlets append (or
prepend) their name in <title> and often in og:title too ("… - Kompas.com", "… | Republika
Online", "Detiknews - …"): a segment set off by a separator is dropped when it names the site
(og:site_name, application-name, the JSON-LD publisher, the host name) or when it is what
<title> adds to a shorter candidate.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_NS = {"re": "http://exslt.org/regular-expressions"}
# " - ", " | ", " – ", " — ", " :: ", " · ", " » " between headline and site name
_SEPARATOR = re.compile(r"\s+(?:[-|–—·»]|::)\s+")
_MAX_SITE_WORDS = 6


def _clean(t) -> str:
    return " ".join(str(t).split()) if t else ""


def _key(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.lower())


def _meta(tree, *keys: str) -> str:
    for el in tree.iter("meta"):
        k = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if k in keys and el.get("content"):
            return _clean(el.get("content"))
    return ""


def site_names(tree, jsonld: dict, url: str | None) -> tuple[set[str], set[str]]:
    """Normalised names the page goes by: (declared by the page: og:site_name, the publisher …;
    from the host: "kompas", "kompascom")."""
    declared = {_meta(tree, "og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site")}
    publisher = jsonld.get("publisher")
    if isinstance(publisher, dict):
        declared.add(_clean(publisher.get("name")))
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [
        x
        for x in host.split(".")
        if x not in ("www", "m", "amp", "co", "or", "go", "ac", "web", "my", "id", "com", "net", "org", "news", "tv")
    ]
    hosts = {labels[-1], host} if labels else set()  # the registrable name: "kompas" of "nasional.kompas.com"

    def keys(names):
        return {k for k in (_key(n.lstrip("@")) for n in names if n) if len(k) >= 3}

    return keys(declared), keys(hosts)


def _names_site(segment: str, sites: set[str]) -> bool:
    """Does a short segment name the site ("Kompas.com", "Republika Online", "detikNews")?"""
    if len(segment.split()) > _MAX_SITE_WORDS:
        return False
    k = _key(segment)
    return bool(k) and any(k == s or (len(s) >= 4 and k.startswith(s)) for s in sites)


def strip_site_name(title: str, sites: set[str], declared: set[str] | None = None) -> str:
    """`title` without a trailing segment that names the site (`sites`: every name it goes
    by), or a leading one that names it as the page declares itself (`declared`): a headline
    may open with a place that is also the host's name ("Lebong - …" on lebong.go.id)."""
    declared = sites if declared is None else declared
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    seps = _SEPARATOR.findall(title)
    if _names_site(parts[-1], sites):
        return strip_site_name(title[: len(title) - len(parts[-1]) - len(seps[-1])], sites, declared)
    if _names_site(parts[0], declared):
        return strip_site_name(title[len(parts[0]) + len(seps[0]) :], sites, declared)
    return title


def find_title(jsonld: dict, tree, url: str | None = None) -> str | None:
    """The headline. Candidates in order of trust; the first one another source confirms wins
    (its text appears in <title>, og:title or the JSON-LD headline), else the first one found."""
    page_title = _clean(tree.findtext(".//title"))
    og = _meta(tree, "og:title", "twitter:title")
    ld = _clean(jsonld.get("headline"))
    h1s = [_clean(h.text_content()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if len(h.split()) >= 4]
    titled = [
        _clean(el.text_content())
        for el in tree.xpath(
            "//*[self::h1 or self::h2 or self::h3 or self::div][re:test(@class, 'title|judul|headline', 'i')]",
            namespaces=_NS,
        )[:4]
    ]
    titled = [t for t in titled if 4 <= len(t.split()) <= 40]
    cands = [c for c in h1s[:1] + [ld, og] + titled if c]
    sources = [x.lower() for x in (page_title, og, ld) if x]
    chosen = None
    for c in cands:
        low = c.lower()
        if sum(low in src for src in sources) >= (2 if low in (og.lower(), ld.lower()) else 1):
            chosen = c
            break
    chosen = chosen or (cands[0] if cands else page_title)
    if not chosen:
        return None
    declared, hosts = site_names(tree, jsonld, url)
    return strip_site_name(chosen, declared | hosts, declared) or chosen
