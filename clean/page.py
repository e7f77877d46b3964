"""Raw HTML page -> clean `Article`: orchestration of the cleaning stage.

decode bytes (clean.decode) -> parse (flattening pathological nesting, cutting giant pages)
-> read what the page says about itself before anything is removed: JSON-LD, meta/JSON-LD
dates (htmldate, no text guessing), visible date stamps, byline, headline, canonical URL ->
move captions out and drop widget blocks (clean.prune.prune_tree) -> trafilatura body
(recall pass; the precision pass only when the first glued page furniture into the text) or
the JSON-LD articleBody -> Indonesian-news line rules (clean.boilerplate.clean_body) ->
publication date (clean.dates) -> hashes (clean.dedup).

`clean_page` raises `CleanError` with a reason for pages that hold no article (empty, binary,
no text); everything else gives a best-effort `Article`, with notes in `Article.warnings`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from clean.agree import AGREE, readability_text, similarity
from clean.boilerplate import clean_body, find_byline_author
from clean.captions import caption_page, caption_text
from clean.errors import CleanError
from clean.dates import find_dates, metadata_date, newest_date
from clean.decode import decode_html, repair_mojibake
from clean.dedup import content_hash, simhash_hex
from clean.jsonld import article_jsonld, body_paragraphs
from clean.language import detect_language
from clean.prune import prune_tree
from clean.select import ClassIndex, by_class_id
from clean.title import find_title
from clean.types import Article
from gazetteer.hosts import bare_host

__all__ = ["clean_page", "CleanError"]

# Elements whose text is a visible date stamp ("Jum'at, 13 Desember 2024 | 10:15 WIB").
DATE_STAMP_CLASS = "date|tanggal|tgl|time|waktu|publish|post-meta|byline"
_MODIFIED_HINT = re.compile(r"modified|updated", re.I)
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
MAX_PAGE_CHARS = 60_000_000
# Past this size (after scripts, styles and inline data are stripped) a page is cut: the
# article sits at the top of real pages, and the extractor's time grows with the page.
# Text after the cut is not read; every cut leaves a warning starting with CUT_NOTE, which
# `clean`, `extract` and `ingest` print with the page's FILE:LINE and id.
MAX_CLEAN_CHARS = 1_000_000
CUT_NOTE = "page cut"


@lru_cache(maxsize=1)
def _trafilatura_config():
    from trafilatura.settings import use_config

    cfg = use_config()
    cfg.set("DEFAULT", "MAX_FILE_SIZE", str(MAX_PAGE_CHARS))
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # signal-based timeouts break in threads/workers
    cfg.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    return cfg


def _to_text(html, headers, warnings: list[str]) -> str:
    if isinstance(html, (bytes, bytearray, memoryview)):
        text, _enc, w = decode_html(bytes(html), headers)
        warnings.extend(w)
    elif isinstance(html, str):
        text = html
        head = text[:2048]
        if head.count("\x00") > len(head) // 20 + 1:
            raise CleanError("binary content (NUL characters), not HTML")
    else:
        raise CleanError(f"expected HTML as str or bytes, got {type(html).__name__}")
    text, fixed = repair_mojibake(text)
    if fixed:
        warnings.append("repaired mojibake (UTF-8 read as windows-1252)")
    text = _CONTROL_CHARS.sub("", text)  # NUL, C0 controls and lone surrogates: never valid page text
    if not text.strip():
        raise CleanError("empty page")
    if len(text) > MAX_PAGE_CHARS:
        warnings.append(
            f"{CUT_NOTE}: {len(text):,} characters, over the {MAX_PAGE_CHARS:,}-character limit; the rest is not read"
        )
        text = text[:MAX_PAGE_CHARS]
    return text


def _parse(text: str, warnings: list[str]):
    import lxml.html
    from lxml import etree

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text[:200]) + text[200:]
    if len(text) > MAX_CLEAN_CHARS:  # big pages: scripts, styles, inline images carry no text
        text = re.sub(r"(?is)<(script|style|svg)\b[^>]*>.*?</\1\s*>", " ", text)
        text = re.sub(r"(?i)data:[a-z]+/[a-z0-9.+-]+;base64,[a-z0-9+/=\s]+", "data:", text)
        if len(text) > MAX_CLEAN_CHARS:
            warnings.append(
                f"{CUT_NOTE}: {len(text):,} characters without scripts and styles, over the "
                f"{MAX_CLEAN_CHARS:,}-character limit; the text after it is not read"
            )
            text = text[:MAX_CLEAN_CHARS]
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise CleanError(f"not parseable as HTML: {exc}") from None
    if tree is None or not len(tree):
        raise CleanError("empty page (no elements)")
    too_deep = any("depth" in str(e.message).lower() for e in parser.error_log)
    if too_deep:
        depth = _max_depth(tree)
        # pathological nesting: the HTML parser drops what lies below its depth limit, so the
        # wrapper tags go before parsing again (the text survives, the layout does not matter)
        flat = re.sub(r"(?i)</?(?:div|span|font|section|center|b|i|u|em|strong|small|big|article|a)\b[^>]*>", " ", text)
        try:
            tree = lxml.html.document_fromstring(flat, parser=parser)
        except (etree.ParserError, ValueError) as exc:
            raise CleanError(f"not parseable as HTML: {exc}") from None
        warnings.append(f"markup nested {depth} levels deep: wrappers flattened")
    return tree


def _max_depth(tree) -> int:
    from lxml import etree

    depth = deepest = 0
    for event, _el in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth > deepest:
                deepest = depth
        else:
            depth -= 1
    return deepest


def _date_stamps(tree, index=None) -> list[str]:
    out = []
    for el in by_class_id(tree, DATE_STAMP_CLASS, limit=40, with_tags=("time",), index=index):
        if el.tag in ("html", "body", "article", "main"):
            continue
        t = " ".join(el.text_content().split())
        if t and len(t) <= 120 and t not in out:
            out.append(t)
        for attr in ("datetime", "title", "content"):
            v = el.get(attr)
            if v and re.match(r"\d{4}-\d{2}-\d{2}", v) and v not in out:
                out.insert(0, v)
    return out


def _stamps_near_title(tree, limit: int = 10) -> list[str]:
    """Short texts right after the page's headline element: where visible dates sit."""
    out = []
    heads = tree.xpath("//h1") or tree.xpath("//h2 | //h3")
    for head in heads[:1]:
        for el in head.xpath(f"following::*[position() <= {limit * 3}]"):
            if not isinstance(el.tag, str) or el.tag in ("script", "style"):
                continue
            t = " ".join(el.text_content().split())
            if t and len(t) <= 120 and t not in out:
                out.append(t)
                if len(out) >= limit:
                    break
    return out


def _meta(tree, *keys: str) -> str | None:
    for el in tree.iter("meta"):
        k = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if k in keys and el.get("content"):
            return el.get("content").strip()
    return None


def _canonical(tree, url: str | None) -> str | None:
    href = None
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            href = el.get("href").strip()
            break
    href = href or _meta(tree, "og:url")
    if href and url:
        href = urljoin(url, href)
    if href and not urlsplit(href).scheme:
        return None
    return href or url


def _site(url: str | None, sitename: str | None) -> str | None:
    if url:
        host = urlsplit(url).hostname
        if host:
            return bare_host(host)
    return sitename


def _language(tree, text: str) -> str | None:
    lang = (tree.get("lang") or _meta(tree, "og:locale", "language", "content-language") or "").lower()
    lang = re.split(r"[-_]", lang)[0] if lang else ""
    if lang == "in":
        lang = "id"
    detected = detect_language(text)
    return detected or (lang or None)


def _fallback_paragraphs(tree) -> list[str]:
    """Best effort when trafilatura gives up (odd markup): the text of <p> elements."""
    out = []
    for p in tree.iter("p"):
        t = " ".join(p.text_content().split())
        if len(t) > 30:
            out.append(t)
    return out


def _pick_date(candidates: list[tuple[str, str | None]], warnings: list[str]) -> str | None:
    """First valid date over (source, text) candidates; impossible ones leave a warning."""
    for source, text in candidates:
        if not text:
            continue
        for hit in find_dates(text):
            if hit.iso:
                return hit.iso
            if hit.warning and hit.warning not in warnings:
                warnings.append(f"{hit.warning} [{source}]")
            break  # the first date of a stamp is the one it means
    return None


def _extract_body(tree, url, fast: bool, precision: bool, warnings: list[str]):
    """trafilatura's body extraction on our (already pruned) tree; None when it gives up."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            tree,
            url=url,
            fast=fast,
            favor_precision=precision,
            include_comments=False,
            include_tables=True,
            with_metadata=False,
            deduplicate=False,
            config=_trafilatura_config(),
        )  # metadata is read here (title, dates, author): trafilatura's pass would double the work
    except RecursionError:
        warnings.append("markup nested too deeply for the main extractor: fell back to paragraph text")
    except Exception as exc:  # noqa: BLE001 - trafilatura on broken markup: keep going with the fallback
        warnings.append(f"main extractor failed ({type(exc).__name__}): fell back to paragraph text")
    return None


def _body_by_agreement(tree, url, big: bool, warnings: list[str]):
    """trafilatura's fast pass, checked against readability (clean.agree): kept where the two
    agree; elsewhere the precision pass (with trafilatura's own fallbacks) runs as well and the
    text readability backs more wins. Giant pages take the fast pass alone."""
    doc = _extract_body(tree, url, True, precision=False, warnings=warnings)
    text = (doc.text if doc is not None else "") or ""
    if big:
        return doc, text
    ref = readability_text(tree)
    if not ref or similarity(text, ref) >= AGREE:
        return doc, text
    precise = _extract_body(tree, url, False, precision=True, warnings=warnings)
    if precise is not None and precise.text and similarity(precise.text, ref) > similarity(text, ref):
        return precise, precise.text
    return doc, text


def _looks_like_blob(text: str, title: str | None) -> bool:
    """Extracted text that is one run-on block (headline, meta line and body glued together)."""
    if not text:
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    if title and any(title in line and len(line) > len(title) + 40 for line in lines[:3]):
        return True
    return len(lines) == 1 and len(lines[0]) > 600


def _same_words(a: str, b: str) -> bool:
    return re.findall(r"\w+", a.lower()) == re.findall(r"\w+", b.lower())


def _body_paragraphs(tree, url, big: bool, jsonld: dict, title: str | None, warnings: list[str]) -> list[str]:
    """The body's paragraphs from the best of: the extractors' agreement, their precision pass, the
    JSON-LD articleBody, the page's plain paragraphs."""
    doc, body_text = _body_by_agreement(tree, url, big, warnings)
    if _looks_like_blob(body_text, title):
        # the recall-oriented pass glued page furniture and text into one block: the
        # precision pass (slower, so only here) keeps paragraphs apart
        precise = _extract_body(tree, url, big, precision=True, warnings=warnings)
        if precise is not None and precise.text and len(precise.text) > 0.3 * len(body_text):
            body_text = precise.text
    paragraphs = body_text.split("\n") if body_text else []
    article_body = str(jsonld.get("articleBody") or "").strip()
    if article_body and (len(article_body) > 1.3 * len(body_text) or _same_words(article_body, body_text)):
        paragraphs = body_paragraphs(article_body)
        warnings.append("body taken from JSON-LD articleBody")
    if not paragraphs:
        paragraphs = _fallback_paragraphs(tree)
        if paragraphs:
            warnings.append("main extractor found no body: fell back to paragraph text")
    return paragraphs


def _article_text(body, captions: list, warnings: list[str]) -> str:
    """The cleaned body as text; a photo or video page's captions are its text."""
    clean_text = "\n\n".join(body.paragraphs).strip()
    if caption_page(clean_text, captions):
        clean_text = "\n\n".join(caption_text(c) for c in captions)
        warnings.append("photo/video page: its captions are its text")
    if not clean_text:
        raise CleanError("no article text found in page")
    return clean_text


def _published(meta_date: str | None, jsonld: dict, stamps: list[str], body, warnings: list[str]) -> str | None:
    """The publication date from the page's candidates, most trusted first."""
    jsonld_date = str(jsonld.get("datePublished") or jsonld.get("dateCreated") or "") or None
    first_para = body.paragraphs[0] if body.paragraphs else ""
    published = _pick_date(
        [("metadata", meta_date), ("json-ld", jsonld_date)]
        + [("date stamp", s) for s in stamps]
        + [("date line", s) for s in body.date_lines]
        + [("dateline", body.dateline), ("first paragraph", first_para[:400])],
        warnings,
    )
    if published is None and not any("impossible" in w for w in warnings):
        warnings.append("no publication date found")
    return published


def _author(body, byline: str | None, jsonld: dict, tree) -> str | None:
    """The first named author of the byline in the text, the page's byline, JSON-LD, meta tags
    (a newsroom's generic account names no one)."""
    return next(
        (
            a
            for a in (
                body.author,
                byline,
                jsonld.get("author") if jsonld else None,
                _meta(tree, "author", "content_author", "article:author"),
            )
            if a and a.strip().lower() not in ("admin", "administrator", "redaksi", "tim redaksi")
        ),
        None,
    )


def clean_page(
    html: str | bytes, url: str | None = None, headers: dict | None = None, *, article_id: str | None = None
) -> Article:
    """Clean one HTML page into an Article: the body text without page furniture, and its metadata.

    Args:
        html: the page as bytes (decoded by BOM, the header charset, `<meta charset>`, then
            detection) or as already-decoded text (mojibake is repaired).
        url: the page's URL (relative links, the site name, dates in the URL).
        headers: the HTTP response headers; `Content-Type`'s charset is used for bytes.
        article_id: copied to `Article.id` (default: derived from the URL or the content).

    Returns:
        `clean.types.Article`: text (paragraphs separated by blank lines), title, published /
        modified ("YYYY-MM-DD" or None, never a guessed neighbour of an impossible date),
        author, dateline, captions, canonical_url, site, language, content_hash and simhash
        (duplicate fingerprints), warnings (what was repaired or doubted).

    Raises:
        CleanError: the page holds no article (empty, binary, no body text); the message says why.

    >>> art = clean_page(b"<html><head><title>Lebong Zona Hijau</title></head><body><article>"
    ...     b"<h1>Lebong Zona Hijau</h1><p>LEBONG - Kabupaten Lebong meraih nilai 92,00 dalam penilaian "
    ...     b"kepatuhan Ombudsman RI tahun 2023 dan masuk zona hijau.</p><p>Baca juga: Berita lain</p>"
    ...     b"</article></body></html>", url="https://berita.example/lebong")
    >>> art.title, "Baca juga" in art.text, art.dateline
    ('Lebong Zona Hijau', False, 'LEBONG')
    """
    warnings: list[str] = []
    text = _to_text(html, headers, warnings)
    tree = _parse(text, warnings)
    big = len(text) > MAX_CLEAN_CHARS // 2

    jsonld = article_jsonld(tree)
    meta_date_early = metadata_date(tree, url)  # before pruning: htmldate reads <time>/abbr in bylines
    # a modified date needs a page that marks one (dateModified, article:modified_time, updated…)
    newest = newest_date(tree, url) if _MODIFIED_HINT.search(text) else None
    index = ClassIndex(tree)  # class/id candidates, listed once for the date, byline and widget passes
    stamps = _date_stamps(tree, index) + _stamps_near_title(tree)
    canonical = _canonical(tree, url)
    byline = find_byline_author(tree, index)
    title_early = find_title(jsonld, tree, url)  # before pruning removes headline blocks
    captions = prune_tree(tree, index)

    paragraphs = _body_paragraphs(tree, url, big, jsonld, title_early, warnings)
    title = title_early
    body = clean_body(paragraphs, title)
    clean_text = _article_text(body, captions, warnings)
    published = _published(meta_date_early, jsonld, stamps, body, warnings)
    author = _author(body, byline, jsonld, tree)
    all_captions = captions + [c for c in body.captions if c not in captions]
    return Article(
        id=article_id or url or f"sha1:{content_hash(clean_text)[:16]}",
        text=clean_text,
        url=url,
        canonical_url=canonical,
        site=_site(url or canonical, _meta(tree, "og:site_name")),
        title=title,
        published=published,
        modified=newest if newest and published and newest > published else None,
        author=author,
        language=_language(tree, clean_text),
        captions=all_captions,
        dateline=body.dateline,
        content_hash=content_hash(clean_text),
        simhash=simhash_hex(clean_text),
        warnings=warnings,
    )
