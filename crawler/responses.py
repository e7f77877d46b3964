"""A fetched page as the crawler hands it on: its text decoded by the cleaner's charset rules, its
headers as text, and the fingerprint of its HTML."""

from __future__ import annotations

import hashlib


def html_hash(body: bytes) -> str:
    """SHA-256 of a page's HTML: the fingerprint an irrelevant page leaves (an article's
    `content_hash` is clean.dedup's hash of its normalised text)."""
    return hashlib.sha256(body).hexdigest()


def decode_body(response) -> tuple[str, bool]:
    """The page's text decoded by the cleaner's rules (BOM, header, meta, then detection), and
    whether the declared charset was wrong (counted as a `wrong_charset` fault)."""
    from clean.decode import decode_html

    try:
        text, _enc, warnings = decode_html(response.body, response_headers(response))
    except Exception:  # noqa: BLE001 - fall back to Scrapy's own decoding
        return response.text, True
    return text, any("declared charset" in w or "guessed" in w or "unknown" in w for w in warnings)


def response_headers(response) -> dict:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
