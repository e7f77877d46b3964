"""Conversions between the pipeline's values and the corpus columns (dates, HTML blobs,
headers, evidence text), shared by the store's modules and the exports."""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Sequence
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

from gazetteer.hosts import bare_host

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def compress_html(html: str | bytes) -> bytes:
    data = html.encode("utf-8") if isinstance(html, str) else html
    return zlib.compress(data, 6)


def decompress_html(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8", errors="replace")


_NETLOC = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)")


def site_of(url: str | None) -> str | None:
    """The site (bare host name) of a URL. The host is read from the URL's network location,
    the same part urlsplit takes, and each location is worked out once."""
    if not url:
        return None
    m = _NETLOC.match(url)
    return _site_of_netloc(m.group(1)) if m else _site_of_netloc(urlsplit(url).netloc)


@functools.lru_cache(maxsize=4096)
def _site_of_netloc(netloc: str) -> str | None:
    host = (urlsplit(f"//{netloc}").hostname or "").lower()
    return bare_host(host) or None


def evidence_text(text: str, spans: Sequence[Sequence[int]]) -> str | None:
    n = len(text)
    if spans and len(spans) == 1:  # the common case, without the list and the join
        s, e = spans[0][0], spans[0][1]
        return (text[s:e].strip() or None) if 0 <= s < e <= n else None
    parts = [text[s:e].strip() for s, e, *_ in spans or () if 0 <= s < e <= n]
    return " … ".join(p for p in parts if p) or None


def iso_date(value) -> str | None:
    """ "2024-12-13" from "2024-12-13", "2024-12-13T08:00:00+07:00" or a date; None otherwise
    (exports declare the column a date, so only real dates are kept)."""
    if value is None:
        return None
    s = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    m = _ISO_DATE.match(s)
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(0)).isoformat()
    except ValueError:
        return None


def jsonable_headers(headers) -> dict | None:
    if not headers:
        return None
    out = {}
    for k, v in dict(headers).items():
        k = k.decode("latin-1") if isinstance(k, bytes) else str(k)
        if isinstance(v, (list, tuple)):
            v = b", ".join(x if isinstance(x, bytes) else str(x).encode() for x in v)
        out[k] = v.decode("latin-1") if isinstance(v, bytes) else str(v)
    return out


def naive_utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    return dt


def int_or_none(v) -> int | None:
    if v in (None, ""):
        return None
    return int(float(v))
