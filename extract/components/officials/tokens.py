"""The officials finder's own tokens: words (with inner dots and hyphens, "M.Si", "Al-Azhar"),
punctuation and line breaks, with char offsets; and the text-level rules applied before linking
(lines that link to other articles are skipped, hard wraps inside sentences are joined)."""

from __future__ import annotations

import re

from extract.components.common.related import related_lines

_TOKEN_RE = re.compile(
    r"(?P<nl>\n)"
    # a hyphen joins word parts ("Al-Azhar", "se-Provinsi", "ATR-BPN") but not a capitalised dateline
    # to the first word of the text ("KOTAKITA.COM-Kepala Perwakilan ...", "PADANG-Bupati ...")
    # a full stop with no space before a lower-case word ("Budi Santoso.menjelaskan") ends the word: a
    # dotted abbreviation ("M.Si", "Moh.Amin") has a short part or a capital on one side of its dot
    # nor does one after digits before a capitalised word ("... 2022.Kepala Ombudsman ...": a sentence glued on)
    r"|(?P<w>[^\W_]+(?:(?:\.(?!(?<=[a-z]{3}\.)[a-z]{4,}\b)(?!(?<=\d\.)[A-Z][a-z]{2,})|['’`]|-(?<![A-Z]-)|-(?![A-Z][a-z]))[^\W_]+)*\.?)"
    r"|(?P<p>[^\s\w])",
    re.UNICODE,
)


def _key(tok: str) -> str:
    """Lower case without dots: "S.P." -> "sp", "M.Si" -> "msi"."""
    return tok.replace(".", "").lower()


# (bare, key, low, cap) of each token text seen, by kind ("w", "p", "nl"): the same words come back in every
# article, and a token's kind follows from its text (a word, one punctuation character or a line break)
_DERIVED: dict[str | None, dict[str, tuple[str, str, str, bool]]] = {"w": {}, "p": {}, "nl": {}}
_DERIVED_MAX = 200_000  # distinct token texts remembered (a few MB at most)


def _derived(text: str, kind: str | None) -> tuple[str, str, str, bool]:
    bare = text[:-1] if text.endswith(".") and len(text) > 1 else text  # without a final dot
    out = (bare, _key(text), bare.lower(), kind == "w" and text[0].isupper())
    seen = _DERIVED.get(kind)
    if seen is not None and len(seen) < _DERIVED_MAX:
        seen[text] = out
    return out


class Tok:
    """A word or punctuation token with its char offsets (attributes precomputed: read many times)."""

    __slots__ = ("text", "start", "end", "kind", "bare", "key", "low", "cap")

    def __init__(self, text: str, start: int, end: int, kind: str | None):
        self.text, self.start, self.end, self.kind = text, start, end, kind  # kind: "w", "p" or "nl"
        self.bare, self.key, self.low, self.cap = _DERIVED.get(kind, {}).get(text) or _derived(text, kind)

    def __eq__(self, other):
        return isinstance(other, Tok) and (self.start, self.end) == (other.start, other.end)

    def __hash__(self):
        return hash((self.start, self.end))

    def __repr__(self):
        return f"Tok({self.text!r}, {self.start})"


# the same tokens with what _TOKEN_RE skips before each (spaces and tabs, "_") as a group of its own:
# findall's tuples give every token's offsets without a match object per token
_GAP_TOKEN_RE = re.compile(r"((?:[^\S\n]|_)*)(?:" + _TOKEN_RE.pattern + ")", _TOKEN_RE.flags)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """The tokens of text[start:end] (offsets index `text`), as _TOKEN_RE.finditer finds them.

    (Tok's attributes set here rather than through Tok(): a call less per token, the same tokens.)
    """
    out: list[Tok] = []
    append, new = out.append, object.__new__
    words, puncts, breaks = _DERIVED["w"], _DERIVED["p"], _DERIVED["nl"]
    pos = start
    for gap, nl, word, punct in _GAP_TOKEN_RE.findall(text, start, len(text) if end is None else end):
        s = pos + len(gap)
        t = new(Tok)
        if word:
            pos = s + len(word)
            t.text, t.start, t.end, t.kind = word, s, pos, "w"
            t.bare, t.key, t.low, t.cap = words.get(word) or _derived(word, "w")
        elif nl:
            pos = s + 1
            t.text, t.start, t.end, t.kind = nl, s, pos, "nl"
            t.bare, t.key, t.low, t.cap = breaks.get(nl) or _derived(nl, "nl")
        else:
            pos = s + len(punct)
            t.text, t.start, t.end, t.kind = punct, s, pos, "p"
            t.bare, t.key, t.low, t.cap = puncts.get(punct) or _derived(punct, "p")
        append(t)
    return out


def _skipped_lines(text: str, heading: re.Pattern | None) -> list[tuple[int, int]]:
    """Char ranges of the lines that link to other articles ("Baca juga: ...", a bare "Baca juga:"
    and the headline under it): extract/components/common/related.py, as for the records; `heading`: the
    knowledge's related_heading (the cleaner's link labels)."""
    return related_lines(text, heading)


# A single line break inside a running sentence (a hard wrap in the source: "... kepada Bupati
# Sambas\nSatria Wirawan, ...") is not a paragraph end: the line before is long, ends in a word
# or a comma, and the next line goes on with a capitalised word. Paragraphs, headlines, list items
# and credits ("Editor: X\nPenulis: Y") end in punctuation or are short, and stay apart.
# (the line break first, its lookbehind after it: `re` then jumps from "\n" to "\n" instead of
# testing the lookbehind at every character; the same matches)
_WRAP_RE = re.compile(r"\n(?<=(?:[^\W\d_,]|,)\n)(?=[A-Z][a-z])")
WRAP_MIN_LINE = 80
# a shorter line that holds a comma is a clause of running prose cut by the wrap ("Kepala Perwakilan
# ... Jambi, Saiful\nRoswandi, mengatakan"): headings and credits seldom hold a comma
WRAP_MIN_LINE_COMMA = 40
# a line ending in ", Name" opens a name the next line goes on with: prose, never a headline
_NAME_OPENED_RE = re.compile(r",\s*[A-Z][a-z]+$")


def _join_wrapped_lines(text: str, open_words: frozenset[str] = frozenset(), heading: re.Pattern | None = None) -> str:
    """`text` with hard wraps inside sentences turned into spaces (same length: offsets stay valid).
    A line ending in one of `open_words` after a capitalised word is cut inside an office, however short; a
    line that `heading` matches ("Baca juga: ...") stays apart."""
    out = None
    for m in _WRAP_RE.finditer(text):
        line_a = text.rfind("\n", 0, m.start()) + 1
        line = text[line_a : m.start()]
        if not _ends_open(line, open_words) and (
            len(line) < (WRAP_MIN_LINE_COMMA if "," in line else WRAP_MIN_LINE)
            or (_is_headline(line) and not _NAME_OPENED_RE.search(line))
        ):
            continue
        nxt = text[m.end() : m.end() + 60]
        if (heading and heading.match(nxt)) or re.match(r"[\w ]{1,25}:", nxt):
            continue  # "Baca juga: ...", "Editor: X", "Foto: ..." start a line of their own
        if out is None:
            out = list(text)
        out[m.start()] = " "
    return text if out is None else "".join(out)


def _ends_open(line: str, open_words: frozenset[str]) -> bool:
    """ "... Asisten Muda Ombudsman perwakilan": a capitalised word, then a lower-case office word that
    cannot end an office."""
    words = line.rsplit(None, 2)[-2:]
    return len(words) == 2 and words[1] in open_words and words[0][:1].isupper()


_SMALL_WORDS = {
    "dan",
    "di",
    "ke",
    "dari",
    "yang",
    "untuk",
    "dengan",
    "pada",
    "atau",
    "se",
    "oleh",
    "dalam",
    "ini",
    "itu",
}


def _is_headline(line: str) -> bool:
    """A Title-Case line (a headline), where capitalised verbs look like names ("Sekda X Gelar Rakor")."""
    stripped = line.strip()
    if len(stripped) > 250 or re.search(r"[.!?\"”,]$", stripped) or re.search(r"[.!?]\s+\S", stripped):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", stripped) if w.lower() not in _SMALL_WORDS]
    return 4 <= len(words) <= 20 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


HEADLINE_RUN_MIN = 250  # chars: a Title-Case line longer than any headline ...
HEADLINE_RUN_COMMAS = 100  # ... with at most one comma per this many chars (a list of officials has many)
# ... and nearly every word capitalised (a long sentence in title case still has its verbs in lower case)
HEADLINE_RUN_CAPS = 0.95


def _is_headline_run(line: str) -> bool:
    """Headlines of other stories run together on one line (a ticker: "X Raih Penghargaan ... Ketua DPRD Budi
    dan Komisi II Monitoring ... Sekda Ani Kunjungi SDN ..."): long, Title-Case, no sentence ended by a full
    stop, hardly a comma. Its people are named with an office only as headlines name them."""
    stripped = line.strip()
    if len(stripped) <= HEADLINE_RUN_MIN or re.search(r"[.]\s+[A-Z]|[.!?\"”,]$", stripped):
        return False
    if stripped.count(",") * HEADLINE_RUN_COMMAS > len(stripped):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", stripped) if w.lower() not in _SMALL_WORDS]
    return sum(w[0].isupper() for w in words) >= HEADLINE_RUN_CAPS * len(words)


def _ends_sentence(t: Tok) -> bool:
    """A word with a full stop that is not an abbreviation ("daerah." but not "Pjs.", "Kab.", "A.")."""
    b = t.bare
    return t.kind == "w" and t.text.endswith(".") and len(b) > 4 and b[1:].islower() and "." not in b
