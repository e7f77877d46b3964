"""Articles split over several pages: find the next pages, join the pages into one Article.

Indonesian outlets paginate with `?page=2` (tribun-, kompas-style), `/2/` (WordPress
<!--nextpage-->), sometimes `?hal=2` / `?halaman=2`, and link the next page as "Halaman
selanjutnya", "Selanjutnya", "Berikutnya", "Next" or with rel="next". `next_page_urls` gives
the crawler the continuation pages of the page it holds; `join_pages` turns the pages it
fetched into one article.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from clean.types import Article

PAGE_PARAMS = ("page", "halaman", "hal", "pg", "paged")
MAX_PAGES = 50
_NEXT_TEXT = re.compile(
    r"^\s*(?:halaman\s+(?:selanjutnya|berikutnya)|selanjutnya|berikutnya|lanjut(?:kan)?(?:\s+baca)?"
    r"|next(?:\s+page)?|hal(?:aman)?\s*\d+)\s*[»›>]*\s*$|^\s*[»›>]{1,2}\s*$",
    re.I,
)
_PAGER_CLASS = r"pag(?:ing|ination|e-links|er)|halaman|nav-links|page-numbers|post-page"
_TRAILING_NUM = re.compile(r"^(?P<base>.+?/)(?P<n>\d{1,2})/?$")


def page_number(url: str) -> int:
    """The page a URL shows: `?page=3` -> 3, `/slug/2/` -> 2, anything else -> 1."""
    parts = urlsplit(url)
    for key, value in parse_qsl(parts.query):
        if key.lower() in PAGE_PARAMS and value.isdigit():
            return max(1, int(value))
    m = _TRAILING_NUM.match(parts.path)
    if m and not re.search(r"/\d{4}/\d{1,2}/?$", parts.path):  # /2024/01/ is a date archive, not a page
        n = int(m.group("n"))
        if 1 < n <= MAX_PAGES and len(m.group("base").strip("/")) > 0:
            return n
    return 1


def base_url(url: str) -> str:
    """The URL without its page marker (`?page=2`, `/2/`): equal for every page of one article."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in PAGE_PARAMS]
    path = parts.path
    if page_number(urlunsplit(parts._replace(query=""))) > 1 and (m := _TRAILING_NUM.match(path)):
        path = m.group("base")
    return urlunsplit((parts.scheme, parts.netloc.lower(), path.rstrip("/") or "/", urlencode(query), ""))


def next_page_urls(html: str | bytes, url: str) -> list[str]:
    """Absolute URLs of the later pages of the article at `url` (page order, without the current page)."""
    import lxml.html
    from lxml import etree

    if isinstance(html, bytes):
        from clean.decode import decode_html

        html = decode_html(html)[0]
    try:
        tree = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", html))
    except (etree.ParserError, ValueError):
        return []
    here, base = page_number(url), base_url(url)
    host = urlsplit(url).netloc.lower()
    found: dict[str, int] = {}

    def consider(href: str | None) -> None:
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return
        absolute = urljoin(url, href.strip())
        parts = urlsplit(absolute)
        if parts.netloc.lower() != host or base_url(absolute) != base:
            return
        n = page_number(absolute)
        if n > here and absolute.split("#")[0] not in found:
            found[absolute.split("#")[0]] = n

    for el in tree.xpath("//link[@rel='next'] | //a[@rel='next']"):
        consider(el.get("href"))
    for a in tree.iter("a"):
        if _NEXT_TEXT.match(a.text_content() or ""):
            consider(a.get("href"))
    for a in tree.xpath(
        f"//*[re:test(concat(@class, ' ', @id), '{_PAGER_CLASS}', 'i')]//a",
        namespaces={"re": "http://exslt.org/regular-expressions"},
    ):
        consider(a.get("href"))
    # one URL per page number, the shortest spelling
    by_n: dict[int, str] = {}
    for u, n in found.items():
        if n not in by_n or len(u) < len(by_n[n]):
            by_n[n] = u
    return [by_n[n] for n in sorted(by_n)]


def _norm(p: str) -> str:
    return " ".join(re.findall(r"\w+", p.lower()))


def join_pages(pages: list) -> Article:
    """Join the pages of one article into one Article.

    Items are Articles, HTML (str/bytes) or (html, url) pairs. Pages with URLs are put in page
    order; metadata comes from the first page that has it; paragraphs repeated on later pages
    (a lead or a headline shown on every page) are kept once.
    """
    from clean.page import clean_page
    from clean.dedup import content_hash, simhash_hex

    if not pages:
        raise ValueError("join_pages needs at least one page")
    arts: list[Article] = []
    for item in pages:
        if isinstance(item, Article):
            arts.append(item)
        elif isinstance(item, tuple):
            arts.append(clean_page(item[0], url=item[1]))
        else:
            arts.append(clean_page(item))
    if all(a.url for a in arts):
        arts.sort(key=lambda a: page_number(a.url or ""))
    first = arts[0]
    seen: set[str] = set()
    paragraphs: list[str] = []
    captions: list[str] = []
    warnings: list[str] = []
    for a in arts:
        for p in a.text.split("\n\n"):
            key = _norm(p)
            if key and key not in seen:
                seen.add(key)
                paragraphs.append(p)
        captions += [c for c in a.captions if c not in captions]
        warnings += [w for w in a.warnings if w not in warnings]
    text = "\n\n".join(paragraphs)

    def pick(field: str):
        return next((getattr(a, field) for a in arts if getattr(a, field)), None)

    url = base_url(first.url) if first.url else None
    canonical = first.canonical_url
    if canonical and (page_number(canonical) > 1 or re.search(r"[?&]page=all\b", canonical)):
        canonical = base_url(canonical)
    return Article(
        id=first.id if not first.url else (url or first.id),
        text=text,
        url=url or first.url,
        canonical_url=canonical or url,
        site=pick("site"),
        title=pick("title"),
        published=pick("published"),
        modified=pick("modified"),
        author=pick("author"),
        language=pick("language"),
        captions=captions,
        dateline=pick("dateline"),
        content_hash=content_hash(text),
        simhash=simhash_hex(text),
        warnings=warnings + ([f"joined {len(arts)} pages"] if len(arts) > 1 else []),
    )
