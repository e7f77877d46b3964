"""URL normalisation, trap guards and link classification: pure functions, no Scrapy.

Everything that decides *which* URL to fetch lives here so it can be tested on strings and
reused by the spider, the middlewares and the corpus state (seen URLs are stored normalised).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from gazetteer.hosts import host_variants

# Query parameters that never change the page's content: tracking and session ids.
DROP_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|igshid|_ga|ref|ref_src|amp;?\w*|"
    r"sid|sessid|sessionid|session_id|phpsessid|jsessionid|aspsessionid\w*|cfid|cftoken|share|"
    r"replytocom|preview|print|output|via)$",
    re.I,
)
SESSION_IN_PATH = re.compile(r";(jsessionid|sid|phpsessid)=[^/?#]*", re.I)
STATIC_EXT = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|tgz|mp[34]|m4a|"
    r"avi|mov|wmv|webm|ogg|wav|css|js|json|woff2?|ttf|eot|apk|exe|dmg)$",
    re.I,
)
CALENDAR_PARAM = re.compile(
    r"^(month|bulan|year|tahun|date|tanggal|tgl|day|hari|cal|calendar|kalender|week|minggu)$", re.I
)
CALENDAR_PATH = re.compile(r"/(calendar|kalender|agenda|events?|jadwal)(/|$)", re.I)
ADMIN_PATH = re.compile(
    r"/(wp-admin|wp-login\.php|wp-json|xmlrpc\.php|login|logout|register|daftar|masuk|cart|checkout|"
    r"comment-page-\d+|trackback|embed|feed/atom|cdn-cgi)(/|$)",
    re.I,
)
PAGE_PARAM = re.compile(r"^(page|p|hal|halaman|paged|start|offset|pg)$", re.I)

# Generic article / listing URL shapes of Indonesian news sites (WordPress, Blogger, Disway,
# Detik-like and custom portals). A registry entry's own `article_patterns` take precedence.
ARTICLE_SHAPES = [
    re.compile(r"/(19|20)\d\d/\d\d?/(\d\d?/)?[^/]+[a-z][^/]*-[^/]+"),  # /2024/12/13/slug or /2024/12/slug.html
    re.compile(r"/(read|berita|news|artikel|baca|detail|post|p)/\d+/[\w-]+", re.I),  # /read/12345/slug
    re.compile(r"/(read|berita|news|artikel|baca|detail)/[\w-]*\d[\w-]*/?$", re.I),
    re.compile(r"/d-\d{5,}/"),  # detik
    re.compile(r"/\d{5,}/[\w-]{10,}"),  # /12345/slug
    re.compile(r"/[\w]+(-[\w]+){3,}(\.html?)?/?$"),  # long slug, 4+ words
]
LISTING_SHAPES = [
    re.compile(
        r"/(category|kategori|kanal|rubrik|tag|tags|topik|topic|label|author|penulis|indeks|index|arsip|archive|section|search|cari)(/|$)",
        re.I,
    ),
    re.compile(r"/page/\d+/?$", re.I),
]

MAX_URL_LENGTH = 300
MAX_QUERY_PARAMS = 4
MAX_PATH_DEPTH = 10
MAX_SEGMENT_REPEAT = 2


def normalise_url(url: str) -> str:
    """One spelling per page: lower-case host, no default port, fragment, tracking or session ids.

    >>> normalise_url("HTTP://Example.id:80/a/b;jsessionid=XYZ?utm_source=x&b=2&a=1#top")
    'http://example.id/a/b?a=1&b=2'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    path = SESSION_IN_PATH.sub("", parts.path) or "/"
    path = re.sub(r"/{2,}", "/", path)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not DROP_PARAMS.match(k)]
    query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def netloc_of(url: str) -> str:
    p = urlsplit(url)
    host = (p.hostname or "").lower()
    port = p.port
    if port is None or (p.scheme, port) in (("http", 80), ("https", 443)):
        return host
    return f"{host}:{port}"


def same_site(netloc: str, allowed: set[str]) -> bool:
    """Host *and port* must belong to the site (127.0.0.1:8001 is not 127.0.0.1:8000); www. optional."""
    return any(h in allowed for h in host_variants(netloc))


def trap_reason(url: str) -> str | None:
    """Why a URL is a crawler trap (or None): calendars, endless parameters, repeated segments."""
    if len(url) > MAX_URL_LENGTH:
        return "url_too_long"
    parts = urlsplit(url)
    params = parse_qsl(parts.query, keep_blank_values=True)
    if len(params) > MAX_QUERY_PARAMS:
        return "too_many_params"
    if any(CALENDAR_PARAM.match(k) for k, _ in params) or CALENDAR_PATH.search(parts.path):
        return "calendar"
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) > MAX_PATH_DEPTH:
        return "path_too_deep"
    if segments and max(segments.count(s) for s in segments) > MAX_SEGMENT_REPEAT:
        return "repeated_segments"
    if ADMIN_PATH.search(parts.path):
        return "non_content"
    return None


def is_static(url: str) -> bool:
    return bool(STATIC_EXT.search(urlsplit(url).path))


@dataclass(frozen=True)
class LinkKind:
    ARTICLE = "article"
    LISTING = "listing"
    OTHER = "other"


def classify_url(url: str, article_patterns: list[re.Pattern] | None = None) -> str:
    """'article', 'listing' or 'other' from the URL's shape alone."""
    parts = urlsplit(url)
    path = parts.path
    params = dict(parse_qsl(parts.query))
    if path in ("", "/"):
        return LinkKind.LISTING
    if any(LS.search(path) for LS in LISTING_SHAPES):
        return LinkKind.LISTING
    if article_patterns:
        if any(p.search(path) for p in article_patterns):
            return LinkKind.ARTICLE
    elif any(A.search(path) for A in ARTICLE_SHAPES):
        return LinkKind.ARTICLE
    if any(PAGE_PARAM.match(k) for k in params):
        return LinkKind.LISTING
    return LinkKind.OTHER


def keyword_score(text: str, keywords: tuple[str, ...]) -> int:
    """How many topic keywords a URL / anchor / title mentions ('-', '_', '+', '/' and an encoded
    space '%20' count as spaces)."""
    t = re.sub(r"(?:[-_+/]|%20)+", " ", text.lower())
    return sum(1 for k in keywords if k in t)


DATE_IN_URL = re.compile(r"/((?:19|20)\d\d)/(\d\d?)/(?:(\d\d?)/)?")


def date_in_url(url: str) -> str | None:
    """ISO date (day defaults to 01) when the URL path carries /YYYY/MM(/DD)/."""
    m = DATE_IN_URL.search(urlsplit(url).path)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"
