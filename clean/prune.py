"""The tree pass of the Indonesian-news layer, on the parsed page before the body is
extracted: old portals' layout tables and <br>-separated blocks become paragraphs, photo
captions move into a list, and widget blocks found by class/id (share bars, related-post
lists, tag clouds, author boxes; models/cleaning/prune_selectors.txt) are dropped, never the
block that holds most of the page's visible text or prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clean.data import prune_selectors
from clean.select import by_class_id

# Photo captions: <figcaption>, and elements with one of these classes (whole class names).
CAPTION_CLASSES = frozenset({"wp-caption-text", "caption", "image-caption", "foto-caption", "photo-caption"})


@lru_cache(maxsize=None)
def _selector_regex() -> str:
    """One regex over "class id": a selector matches as whole dash/underscore-separated parts."""
    alts = "|".join(r"[-_]".join(re.escape(p) for p in sel) for sel in prune_selectors())
    return rf"(^|[\s_-])({alts})($|[\s_-])"


_BLOCK_TAGS = {
    "div",
    "p",
    "table",
    "ul",
    "ol",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figure",
    "form",
    "header",
    "footer",
    "aside",
    "nav",
    "main",
    "dl",
    "pre",
    "hr",
}


def normalize_layout(tree) -> None:
    """Undo two markup habits of old portals, in place: layout tables become divs, and text
    blocks separated by <br> become paragraphs (so the extractor sees paragraphs, not one cell)."""
    for table in tree.xpath("//table"):
        if not _layout_table(table):
            continue
        for el in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
            el.tag = "div"
            for attr in ("width", "valign", "align"):
                el.attrib.pop(attr, None)
    for el in tree.xpath("//*[count(br) >= 2]"):
        if el.tag in ("p", "pre", "td", "th", "li", "textarea", "code"):
            continue
        direct = (el.text or "") + "".join(c.tail or "" for c in el)
        if len(direct.strip()) < 80:
            continue
        _split_on_br(el)


def _layout_table(table) -> bool:
    """A table used for page layout or navigation rather than data (scores tables stay tables)."""
    if table.xpath(".//div or .//p or .//table or .//ul or .//ol"):
        return True
    rows = table.xpath(".//tr")
    if len(rows) <= 1:
        return True
    text = table.text_content()
    links = "".join(a.text_content() for a in table.iter("a"))
    return len(text.strip()) > 0 and len(links.strip()) >= 0.7 * len(text.strip())


def _split_on_br(el) -> None:
    from lxml import html as lhtml

    children = list(el)
    text = el.text
    for c in children:
        el.remove(c)
    el.text = None
    current = lhtml.Element("p")
    current.text = text

    def flush():
        nonlocal current
        if (current.text or "").strip() or len(current):
            el.append(current)
        current = lhtml.Element("p")

    for c in children:
        tail, c.tail = c.tail, None
        if c.tag == "br":
            flush()
            current.text = tail
        elif isinstance(c.tag, str) and c.tag in _BLOCK_TAGS:
            flush()
            el.append(c)
            current.text = tail
        else:
            current.append(c)
            c.tail = tail
    flush()


def prune_tree(tree, index=None) -> list[str]:
    """Remove captions (returned, in page order) and widget blocks from a parsed page, in place
    (`index`: the page's clean.select.ClassIndex, when one was made before)."""
    normalize_layout(tree)
    captions: list[str] = []
    for el in caption_elements(tree):
        text = " ".join(el.text_content().split())
        if text and text not in captions:
            captions.append(text)
        _drop(el)
    body = tree.find(".//body")
    total = _visible_len(body) if body is not None else 0
    prose = _prose_len(body) if body is not None else 0
    doomed = by_class_id(tree, _selector_regex(), index=index)
    dropped: set = set()
    for el in doomed:
        if el.tag in ("html", "body", "article", "main"):
            continue
        if el.getparent() is None or any(a in dropped for a in el.iterancestors()):
            continue  # already gone with a dropped ancestor
        # safety: a block holding most of the page text or of its prose is the article (or
        # its layout column: "content-with-sidebar", "article-body pagination-first"),
        # whatever its class says
        # A box of teasers (headline links with a summary each) is not the article, however
        # much of the page's prose its summaries hold.
        size = len(el.text_content())  # an upper bound of both measures: cheap first test
        if (
            size > 0.4 * min(total, prose or total)
            and (_visible_len(el) > 0.4 * total or prose and _prose_len(el) > 0.4 * prose)
            and not _teaser_box(el)
        ):
            continue
        _drop(el)
        dropped.add(el)
    return captions


def caption_elements(tree) -> list:
    """<figcaption> and caption-classed elements, in document order (one XPath, a set test)."""
    return [
        el
        for el in tree.xpath("//figcaption | //*[@class]")
        if el.tag == "figcaption" or not CAPTION_CLASSES.isdisjoint((el.get("class") or "").split())
    ]


_INVISIBLE = {"script", "style", "noscript", "template"}


def _visible_len(el) -> int:
    """Characters of text a reader sees: scripts and styles (inline JSON, CSS) do not count."""
    if el.tag in _INVISIBLE:
        return 0
    hidden = sum(len(x.text_content()) for x in el.iter(*_INVISIBLE) if not _inside_invisible(x, el))
    return len(el.text_content()) - hidden


def _inside_invisible(x, top) -> bool:
    """Is `x` nested in another invisible element below `top` (its text already counted)?"""
    p = x.getparent()
    while p is not None and p is not top:
        if p.tag in _INVISIBLE:
            return True
        p = p.getparent()
    return False


def _prose_len(el) -> int:
    """Characters in the paragraphs of running text under `el` (links inside them not counted)."""
    return sum(_prose_len_of(p) for p in el.iter("p"))


def _prose_len_of(p) -> int:
    """Characters of running text in one paragraph (0 when short; links inside not counted)."""
    text = p.text_content()
    if len(text) < 80:
        return 0
    return len(text) - sum(len(a.text_content()) for a in p.iter("a"))


def _drop(el) -> None:
    """Remove an element but keep its tail text (which belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _headline_link(el) -> bool:
    return any(len(a.text_content().split()) >= 4 for a in el.iter("a"))


def _teaser_box(el, min_items: int = 3) -> bool:
    """Is `el` a list of teasers: at least `min_items` children (or grandchildren) that each
    hold a headline link and at most one paragraph, and hold most of its prose?"""
    levels = [[c for c in el if isinstance(c.tag, str)]]
    levels.append([g for c in levels[0] for g in c if isinstance(g.tag, str)])
    prose = _prose_len(el)
    for kids in levels:
        items = [c for c in kids if _headline_link(c) and sum(1 for p in c.iter("p") if _prose_len_of(p)) <= 1]
        if len(items) >= min_items and sum(_prose_len(c) for c in items) >= 0.6 * max(prose, 1):
            return True
    return False
