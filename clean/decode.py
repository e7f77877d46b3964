"""Bytes -> text for HTML pages whose charset may be missing, wrong or unknown.

Order of trust (WHATWG-like, tuned for Indonesian outlets): a BOM; then valid UTF-8 (bytes
with multibyte sequences that decode strictly as UTF-8 are UTF-8 whatever the page claims:
a windows-1252 page almost never is valid UTF-8); then the charset from the HTTP
Content-Type header; then <meta charset>; then charset-normalizer's guess. Latin-1 and ASCII
labels mean windows-1252, as browsers read them. Already-decoded text that carries classic
mojibake ("â€œ", "Ã©") is repaired when a round trip through windows-1252 gives valid UTF-8.
w3lib reads the header and <meta> declarations; the order of trust is ours (w3lib's own
html_to_unicode would believe a declared windows-1252 over bytes that are valid UTF-8).
"""

from __future__ import annotations

import codecs
import re

from clean.errors import CleanError

# Signatures of files that are not HTML at all.
_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"RIFF",
    b"\x00\x00\x01\x00",
)
_LATIN_NEIGHBOURS = {
    "cp1250",
    "cp1254",
    "cp1257",
    "iso8859-2",
    "iso8859-9",
    "iso8859-15",
    "latin-1",
    "iso8859-1",
    "mac-roman",
    "cp1252",
}
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]|\u00e2\u20ac[\u0080-\u00bf\u2018-\u203a\u0153\u017e\u2122]")


def _codec(label: str | None) -> str | None:
    """A Python codec for a charset label, with browsers' aliases (latin-1 and ascii are
    windows-1252) from w3lib."""
    if not label:
        return None
    from w3lib.encoding import resolve_encoding

    enc = resolve_encoding(label.strip().lower())
    try:
        return codecs.lookup(enc).name if enc else None
    except LookupError:
        return None


def _content_type(headers) -> str | None:
    """The Content-Type header's value (headers: a mapping or (name, value) pairs)."""
    if not headers:
        return None
    items = headers.items() if hasattr(headers, "items") else headers
    for key, value in items:
        if isinstance(key, bytes):
            key = key.decode("latin-1")
        if str(key).lower() == "content-type":
            if isinstance(value, (list, tuple)):
                value = value[0] if value else ""
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return None


def header_charset(headers) -> str | None:
    """The charset the Content-Type header names, as a codec (w3lib reads the header)."""
    from w3lib.encoding import http_content_type_encoding

    content_type = _content_type(headers)
    return _codec(http_content_type_encoding(content_type)) if content_type else None


def meta_charset(data: bytes) -> str | None:
    """The charset a page's <meta charset> / http-equiv declares, as a codec (w3lib reads it)."""
    from w3lib.encoding import html_body_declared_encoding

    return _codec(html_body_declared_encoding(data[:8192]))


def looks_binary(data: bytes) -> str | None:
    """Why `data` is not an HTML page (a reason string), or None when it may be one."""
    head = data[:2048]
    for magic in _BINARY_MAGIC:
        if head.startswith(magic):
            return f"binary content (starts with {magic[:4]!r}), not HTML"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if head.count(b"\x00") > len(head) // 20 + 1:
        return "binary content (NUL bytes), not HTML"
    ctrl = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and ctrl / len(head) > 0.05:
        return "binary content (control bytes), not HTML"
    return None


def decode_html(data: bytes, headers: dict | None = None) -> tuple[str, str, list[str]]:
    """Decode page bytes. Returns (text, encoding used, warnings)."""
    warnings: list[str] = []
    reason = looks_binary(data)
    if reason:
        raise CleanError(reason)
    for bom, bom_enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(bom_enc, errors="replace"), bom_enc, warnings
    declared_header = header_charset(headers)
    declared_meta = meta_charset(data)
    declared = declared_header or declared_meta
    try:
        text = data.decode("utf-8")
        if declared and declared != "utf-8" and any(b > 127 for b in data[:200000]):
            warnings.append(f"declared charset {declared} but the bytes are UTF-8: read as UTF-8")
        return text, "utf-8", warnings
    except UnicodeDecodeError:
        pass
    for enc in (declared_header, declared_meta):
        if enc and enc != "utf-8":
            try:
                return data.decode(enc), enc, warnings
            except UnicodeDecodeError:
                warnings.append(f"declared charset {enc} does not fit the bytes")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:500000]).best()
    if best is not None:
        enc = _codec(best.encoding) or best.encoding
        if enc in _LATIN_NEIGHBOURS:
            # Indonesian is written in Latin script: among the single-byte Latin charsets the
            # detector cannot tell apart on a few quotes and dashes, windows-1252 is the web's default
            try:
                data.decode("cp1252")
                enc = "cp1252"
            except UnicodeDecodeError:
                pass
        warnings.append(f"charset guessed as {enc}")
        return data.decode(enc, errors="replace"), enc, warnings
    warnings.append("charset unknown: read as UTF-8 with replacement characters")
    return data.decode("utf-8", errors="replace"), "utf-8", warnings


_CP1252_UNDEFINED = (0x9D, 0x81, 0x8D, 0x8F, 0x90)  # 0x9D first: "â€\ufffd" is nearly always a closing quote
_RUN = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]{1,3}"
)


def _sloppy_cp1252(s: str) -> list[bytes]:
    """Byte strings `s` may have been before a windows-1252 decode (lost bytes become candidates)."""
    outs = [b""]
    for ch in s:
        if ch == "\ufffd":
            cands = [bytes([b]) for b in _CP1252_UNDEFINED]
        else:
            try:
                cands = [ch.encode("cp1252")]
            except UnicodeEncodeError:
                if ord(ch) < 256:
                    cands = [bytes([ord(ch)])]  # a C1 control kept by a latin-1 style decode
                else:
                    return []
        outs = [o + c for o in outs for c in cands]
    return outs


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8-read-as-windows-1252 damage in already-decoded text, when that is what it is.

    Only runs that look like a UTF-8 lead character followed by continuation characters are
    touched, and only when their bytes decode as UTF-8: real "Ã" or "â" in text stays.
    """
    if not _MOJIBAKE.search(text):
        return text, False

    def fix(m: re.Match) -> str:
        for raw in _sloppy_cp1252(m.group(0)):
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
        return m.group(0)

    fixed = _RUN.sub(fix, text)
    return fixed, fixed != text
