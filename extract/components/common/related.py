"""Lines that link to other articles ("Baca juga: ...", the list under "Berita Terkait:").

Their headlines name other results and other years, so neither the record assembler nor the
year finder reads them. Knowledge: the cleaner's list of link labels, models/cleaning/lines.yaml
`related_link_labels` (one list for both stages).
"""

from __future__ import annotations

import re
from pathlib import Path

from extract.components.common.casefold import lowered
from extract.components.common.knowledge import read_yaml, words_alt
from extract.components.common.needles import may_match

LABELS_FILE = "cleaning/lines.yaml"  # under the models directory

# a list item line: "- Kabupaten X", "• Kota Y", "1. Kabupaten Z", "a) Kota W"
LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)]|[a-z][.)])\s+")
# a headline is short and one sentence; a paragraph after a bare "BACA JUGA" (its link lost) is the article's own
HEADLINE_MAX = 200
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]")


def _headline(line: str) -> bool:
    text = line.strip()
    return len(text) <= HEADLINE_MAX and not _SENTENCE_INSIDE.search(text)


def related_link_words(data_dir: Path) -> list[str]:
    """The labels of link lines ("baca juga", "berita terkait", ...)."""
    return read_yaml(data_dir / LABELS_FILE).get("related_link_labels", [])


def related_heading(words: list[str]) -> re.Pattern | None:
    """A link line's label at a line's start. A label written with a colon ("baca:") is one only when a
    colon or a bar follows it ("BACA : Kota X Raih Zona Hijau"; a line opening "Baca buku ..." is prose)."""
    plain = [w for w in words if not w.endswith(":")]
    colon = [w[:-1].strip() for w in words if w.endswith(":")]
    alts = [rf"(?:{words_alt(plain)})(?![\w])"] if plain else []
    if colon:
        alts.append(rf"(?:{words_alt(colon)})(?=[ \t]*[:：|])")
    return re.compile(rf"(?i)^[ \t]*(?:{'|'.join(alts)})") if alts else None


_AFTER_BREAK: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def _opens_a_line(heading: re.Pattern, text: str) -> bool:
    """Does `heading` match at the start of some line of `text`? Every line but the first starts after a
    line break: the heading's pattern with its "^" read as a line break is searched for, which `re` does by
    jumping from one line break to the next (a pattern of another shape: the labels' words are looked for)."""
    hit = _AFTER_BREAK.get(id(heading))
    if hit is None or hit[0] is not heading:
        source = heading.pattern
        at = source.find("^")
        after = None
        if at >= 0 and not heading.flags & (re.MULTILINE | re.VERBOSE) and source[:at] in ("", "(?i)"):
            after = re.compile(source[:at] + "\n" + source[at + 1 :], heading.flags)
        hit = _AFTER_BREAK[id(heading)] = (heading, after)
    after = hit[1]
    if after is None:
        return may_match(heading, lowered(text))
    return heading.match(text) is not None or after.search(text) is not None


def related_lines(text: str, heading: re.Pattern | None) -> list[tuple[int, int]]:
    """(start, end) of every link line, in order: a heading line with its link, or a bare heading
    and the bulleted lines under it (the line right after a bare heading is its link, bulleted or not)."""
    if heading is None or not _opens_a_line(heading, text):
        return []  # no line opens with one of the labels: no line can be a link line
    out = []
    in_list = first = False
    for m in re.finditer(r"[^\n]*", text):
        line = m.group()
        if not line.strip():
            continue
        h = heading.match(line)
        if h:
            out.append((m.start(), m.end()))
            in_list = first = not re.sub(r"(?i)^[ \t]*", "", line)[len(h.group().strip()) :].strip(" :")
        elif in_list and (first and _headline(line) or LIST_ITEM.match(line)):
            out.append((m.start(), m.end()))
            first = False
        else:
            in_list = first = False
    return out
