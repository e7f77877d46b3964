"""The Indonesian-news layer: what trafilatura leaves in that is not article text.

Two passes. `prune_tree` (clean/prune.py) works on the parsed page before the body is
extracted: it moves photo captions into a list and drops share bars, related-post lists, tag
clouds and author boxes found by class/id. `clean_body` works on the extracted paragraphs: it
drops "Baca
juga" link lines, author/editor/source lines (keeping the author's name), tags, share and page
navigation lines, template junk (Blogger's "Sticky FALSE Page Nav HIDE GRID …"), date stamps
and the repeated headline at the top, and splits the dateline ("BENGKULU, RAKYATBENGKULU.COM –")
off the first paragraph. All words and labels come from models/cleaning/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from clean.data import junk_tokens, line_patterns
from clean.dates import find_dates, is_date_line
from clean.select import by_class_id
from clean.teasers import drop_teaser_lists

_SEP = r"\s*(?:[:：|]|[-–—](?=\s))\s*"


@dataclass
class Body:
    """The article body after the Indonesian-news layer, with what was taken out of it."""

    paragraphs: list[str]
    author: str | None = None
    captions: list[str] = field(default_factory=list)
    dateline: str | None = None
    date_lines: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- line pass


@lru_cache(maxsize=None)
def _label_res() -> dict[str, re.Pattern]:
    out = {}
    for key, labels in line_patterns().items():
        if key in ("copyright_prefixes", "promo_prefixes"):
            alt = "|".join(sorted((re.escape(x) for x in labels), key=len, reverse=True))
            out[key] = re.compile(rf"^\s*(?:{alt})", re.I)
        elif key.endswith("_labels"):
            # a label written with a colon ("baca:") is one only when a colon or a bar follows it
            alt = "|".join(
                sorted(
                    (re.escape(x[:-1].strip()) + r"(?=\s*[:：|])" if x.endswith(":") else re.escape(x) for x in labels),
                    key=len,
                    reverse=True,
                )
            )
            out[key] = re.compile(rf"^\s*[\[(]?\s*(?:{alt})\b\s*(?P<sep>{_SEP[3:]}|$)?\s*(?P<rest>.*)$", re.I)
    return out


@lru_cache(maxsize=None)
def _all_credit_labels() -> re.Pattern:
    p = line_patterns()
    labels = p["author_labels"] + p["credit_labels"]
    alt = "|".join(sorted((re.escape(x) for x in labels), key=len, reverse=True))
    return re.compile(rf"(?:^|[|/•,;]\s*|\s)(?P<label>{alt})\s*[:：]\s*", re.I)


_NAME = re.compile(
    r"^(?:[A-Z][\w.'’-]*|[a-z]{1,3}\.?)(?:\s+(?:[A-Z][\w.'’-]*|bin|binti|dan|&|[a-z]{1,3}\.?))*,?(?:\s*[A-Z][\w.]*)*$"
)


def _looks_like_name(s: str) -> bool:
    s = s.strip().strip(".")
    return bool(s) and len(s) <= 60 and len(s.split()) <= 6 and bool(_NAME.match(s))


def _split_credits(line: str) -> dict[str, str]:
    """ "Reporter : A | Editor : B" -> {"reporter": "A", "editor": "B"}."""
    out: dict[str, str] = {}
    ms = list(_all_credit_labels().finditer(line))
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else len(line)
        value = line[m.end() : end].strip(" |/•,;-–—")
        out.setdefault(m.group("label").lower(), value)
    return out


def _credit_line(line: str) -> tuple[bool, str | None]:
    """Is this an author/editor/source line? Returns (is_credit, author name or None)."""
    if len(line) > 120:
        return False, None
    res = _label_res()
    author_labels = line_patterns()["author_labels"]
    m_author = res["author_labels"].match(line)
    m_credit = res["credit_labels"].match(line)
    m = m_author or m_credit
    if m is None:
        return False, None
    rest = m.group("rest").strip()
    if m.group("sep") is None and not (m_author and _looks_like_name(rest)):
        return False, None  # "Oleh karena itu, ..." / "Sumber daya ..." are sentences
    if m.group("sep") is not None and m.group("sep").strip() in "-–—" and not _looks_like_name(rest.split("|")[0]):
        return False, None
    credits = _split_credits(line)
    author = None
    for label in author_labels:
        if credits.get(label):
            author = credits[label]
            break
    if author is None and m_author and m_author.group(0).lower().lstrip(" [(").startswith("laporan"):
        rest = rest.rsplit(",", 1)[-1]  # "Laporan Wartawan Tribunnews.com, Nama"
    if author is None and m_author:
        author = re.split(r"\s*[|/•]\s*|\s+(?=(?:editor|redaktur|sumber)\b)", rest, flags=re.I)[0].strip()
    if author:
        author = re.sub(r"\s*\(.*?\)\s*$", "", author).strip(" .,()[]")
        if not _looks_like_name(author):
            author = author if len(author) <= 60 else None
    return True, author or None


BYLINE_CLASS = "author|penulis|reporter|byline|credit|wartawan|pewarta|editor|lapor"
AUTHOR_NAME_CLASS = "author[-_]*name|author__name|byline__name|penulis[-_]*nama"


def find_byline_author(tree, index=None) -> str | None:
    """The author named in a byline/credit block of the page ("Reporter : X", "Penulis: X")."""
    for el in by_class_id(tree, BYLINE_CLASS, limit=12, index=index):
        if el.tag in ("html", "body", "article", "main"):
            continue
        text = "\n".join(t.strip() for t in el.itertext() if t.strip())
        if len(text) > 300:
            continue
        for line in text.split("\n") + [" ".join(text.split())]:
            is_credit, author = _credit_line(line)
            if is_credit and author and author.lower() not in _GENERIC_AUTHORS:
                return author
    # an unlabelled name in an author-name element ("<span class='author__name'>Nama</span>")
    for el in by_class_id(tree, AUTHOR_NAME_CLASS, limit=4, class_only=True, index=index):
        name = " ".join(el.text_content().split())
        if _looks_like_name(name) and name.lower() not in _GENERIC_AUTHORS:
            return name
    return None


# Placeholder bylines that name no person.
_GENERIC_AUTHORS = {"admin", "administrator", "redaksi", "tim redaksi", "editor", "humas", "webmaster", "author"}


_INITIALS_CREDIT = re.compile(r"^[(\[]\s*[a-z]{2,6}(?:\s*[/,]\s*[a-z]{2,6}){0,3}\s*[)\]]$", re.I)


def _is_junk_line(line: str) -> bool:
    low = line.strip().lower()
    if _INITIALS_CREDIT.match(low):  # "(rdp/har)", "(adv)": writer's initials on a line of their own
        return True
    if low in line_patterns()["exact_junk_lines"]:
        return True
    if len(line) <= 120 and _label_res()["copyright_prefixes"].match(line):
        return True
    if len(line) <= 250 and _label_res()["promo_prefixes"].match(line):
        return True
    toks = re.findall(r"[^\s:;,.|•·/]+", line)
    junk = junk_tokens()
    return bool(toks) and all(t in junk for t in toks)


def _related_line(line: str, nxt: str | None) -> tuple[bool, bool]:
    """(is a "Baca juga" line, also swallow the next line as its headline)."""
    m = _label_res()["related_link_labels"].match(line)
    if not m or (m.group("sep") is None and m.group("rest") and len(line) > 160):
        return False, False
    alone = not m.group("rest").strip()
    return True, alone and nxt is not None and len(nxt) <= 160


def _labelled(key: str, line: str, max_len: int) -> re.Match | None:
    if len(line) > max_len:
        return None
    m = _label_res()[key].match(line)
    if m and (m.group("sep") is not None or not m.group("rest").strip()):
        return m
    return None


_NAV_REST = re.compile(r"^[\d\s»«>›‹<|/.…-]*(?:all|semua|selanjutnya|berikutnya)?[\d\s»«>›‹<|/.…-]*$", re.I)


def _pagination_line(line: str) -> bool:
    if len(line) > 80:
        return False
    m = _label_res()["pagination_labels"].match(line)
    return bool(m and _NAV_REST.match(m.group("rest") or ""))


# "BENGKULU, RAKYATBENGKULU.COM – ", "Kupang (ANTARA) - ", "Bengkulutoday.com, Lebong - ",
# "MAMUJU,mandarnesia.com — ", "Jakarta, CNN Indonesia -- ", "TANJUNG SELOR – "
_DL_WORD = r"(?:[A-Z][\w'’.&-]*|\([A-Z][\w .'/-]*\)|[a-z][\w-]*\.(?:com|id|co\.id|net|org|go\.id|co|news|web\.id)(?:\.[a-z]{2})?|\d{1,4}|[a-z]{1,3})"
_DATELINE = re.compile(rf"^\s*(?P<dl>{_DL_WORD}(?:[ ,/]{{1,3}}{_DL_WORD}){{0,7}}\s*,?)\s*(?:[-–—]{{1,2}}|\|)\s+(?=\S)")


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """("BENGKULU, RAKYATBENGKULU.COM", rest) for a first paragraph opening with a dateline."""
    m = _DATELINE.match(paragraph)
    if not m:
        return None, paragraph
    dl = m.group("dl").strip(" ,")
    words = re.findall(r"\w+", dl)
    if not words or len(dl) > 70:
        return None, paragraph
    lowercase = [w for w in dl.replace(",", " ").split() if w[:1].islower() and "." not in w and w not in ("di", "dan")]
    if lowercase:
        return None, paragraph
    # A dateline is "PLACE, OUTLET", "Place (AGENCY)", an all-caps place or outlet, a domain, or a
    # place of one or two words: "Wakil Ketua DPRD Kota Bengkulu - yang juga ..." is a sentence.
    plain = dl.replace(",", " ").split()
    shaped = (
        "," in dl
        or "(" in dl
        or dl.upper() == dl
        or len(plain) <= 2
        or any(re.search(r"\.(?:com|id|net|org|co)\b", w, re.I) for w in plain)
    )
    rest = paragraph[m.end() :]
    if not shaped or len(rest) < 20 or len(paragraph) < 80:
        return None, paragraph
    return dl, rest


def _norm(s: str) -> str:
    return re.sub(r"[\W_]+", " ", s.lower()).strip()


def clean_body(paragraphs: list[str], title: str | None = None) -> Body:
    """Apply the line rules to extracted paragraphs (one string per paragraph/line)."""
    body = Body(paragraphs=[])
    lines = [" ".join(p.split()) for p in paragraphs]
    lines = [line.lstrip("#").strip() if line.startswith("# ") else line for line in lines]
    lines = [line for line in lines if line]
    lines, teasers = drop_teaser_lists(lines)
    body.removed.extend(teasers)
    title_n = _norm(title) if title else None

    # Leading block: junk, breadcrumbs and stamps before the headline repeated in the body.
    if title_n:
        for i, line in enumerate(lines[:14]):
            if _norm(line) == title_n:
                before = lines[:i]
                if sum(len(b) for b in before) < 400 and all(len(b) < 150 for b in before):
                    for b in before:
                        if find_dates(b):
                            body.date_lines.append(b)
                    body.removed.extend(before + [line])
                    lines = lines[i + 1 :]
                break

    skip_next = False
    seen_long = False
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            body.removed.append(line)
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if title_n and _norm(line) == title_n:
            body.removed.append(line)
            continue
        if _is_junk_line(line):
            body.removed.append(line)
            continue
        rel, swallow = _related_line(line, nxt)
        if rel:
            body.removed.append(line)
            skip_next = swallow
            continue
        is_credit, author = _credit_line(line)
        if is_credit:
            if author and not body.author:
                body.author = author
            body.removed.append(line)
            continue
        if _labelled("tag_labels", line, 250) or _labelled("share_labels", line, 80) or _pagination_line(line):
            body.removed.append(line)
            continue
        cap = _labelled("caption_labels", line, 500)
        if cap and cap.group("rest").strip():
            body.captions.append(line)
            continue
        if not seen_long and is_date_line(line):
            body.date_lines.append(line)
            body.removed.append(line)
            continue
        if not seen_long:
            dl, rest = split_dateline(line)
            if dl:
                body.dateline = dl
                line = rest
        if len(line) >= 120 or len(body.paragraphs) >= 3:
            seen_long = True
        body.paragraphs.append(line)
    # trailing navigation/credit crumbs like a lone "Terkait" or "Tags :" handled above;
    # a last lone short line of share/junk text
    while body.paragraphs and _is_junk_line(body.paragraphs[-1]):
        body.removed.append(body.paragraphs.pop())
    return body
