"""kepatuhan_sentences: sentence boundaries for Indonesian news text.

spaCy's blank Indonesian pipeline has no sentence splitter. News text needs line breaks
to end sentences (headlines, list items) and must not split after honorifics and initials
("Ir. H. Lanosin", "Zainal A. Paliwang", "Kab. Lebong"). Sets `token.is_sent_start` and
`doc._.sent_spans` (character spans).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, cast

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extract.components.common.knowledge import doc_text, DataComponent, read_yaml, words_alt
from models import read_list

if TYPE_CHECKING:
    from thinc.types import Ints2d

if not Doc.has_extension("sent_spans"):
    Doc.set_extension("sent_spans", default=None)

_END = re.compile(r"[.!?]+[\"”’')]*(?=\s+[\"“‘'(]?[A-Z0-9])|\n+")
# "... zona kuning.Nilai 0-50 ...": a full stop glued to the next sentence's first word (a lower-case word
# of three letters or more before it, so initials and degrees such as "St.Zubaidah", "M.Si." are not ends)
# (the dot written first and the letters before it looked behind from there: a pattern that opens with
# its literal is searched for it, one that opens with a lookbehind tries every position)
_GLUED_END = re.compile(r"\.(?<=[a-z]{3}\.)(?=[A-Z][a-z])")
# the number of a list item ("1. Pemkab Nias Selatan (47,94)" at a line's start, "yakni 1. Kota A, 2. Kota B"):
# its dot ends no sentence, so an item stays one sentence and a group's members stay within reach
_ITEM_NUMBER = re.compile(
    r"(?:^|\n|[,:;)][ \t]|(?<![\w])(?:yakni|yaitu|adalah|ialah|antara lain)[ \t])[ \t\-–•*]*\d{1,2}\)?$"
)

# "input 12. 16, proses 14.88": a decimal point typed with a space after it, between a number and two digits
# that go on with a comma, a bracket or the list's "dan", ends no sentence
_SPLIT_DECIMAL = re.compile(r"[ \t]\d{2}(?:[,;)]|[ \t](?:dan|serta|dengan)[ \t])")

# the word before a full stop, and initials ("a.", "h.a")
_LAST_WORD = re.compile(r"([\w.]+)\.?$")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
# the level words that write a government ("Pemkab", "Kabupaten", "Kota", "Pemerintah Provinsi"), not its head
_GOVERNMENT_WORDS = ("Pem", "Kab", "Kota", "Prov", "Prop")

ITEM_LOOKBACK = 400  # chars searched for the item before one numbered inside a line


def _is_item_number(text: str, dot: int) -> bool:
    """The dot at `dot` closes a list item's number. Inside a line only for a first item or when the
    item before it is numbered too ("yakni 1. Kota A, 2. Kota B"): in "sebelumnya yakni 79, 91.
    Mendapat ..." or "yakni 80. Mendapat ..." a score ends the sentence."""
    m = _ITEM_NUMBER.search(text, max(0, dot - 20), dot)
    if m is None:
        return False
    if not re.match(r"[,:;)a-z]", m.group()):
        return True  # numbered at a line's start
    n = int(re.search(r"\d+", m.group()).group())  # type: ignore[union-attr]
    before = text[max(0, m.start() - ITEM_LOOKBACK) : m.start()]
    return n == 1 or re.search(rf"(?<!\d){n - 1}\.", before) is not None


class Sentences(DataComponent):
    files = (
        "abbreviations.txt",
        "sentence_openers.txt",
        "sentence_continuers.txt",
        "regions/levels.yaml",
        "values.yaml",
    )

    def load(self, data_dir: Path) -> None:
        self.abbrev = {w.rstrip(".").lower() for w in read_list(data_dir / "abbreviations.txt")}
        # "... dengan kategori A. Untuk kategori B ...": a grade letter after its cue word ends its sentence (no initial)
        cues = read_yaml(data_dir / "values.yaml").get("grade_before", [])
        self.grade_end = re.compile(rf"(?i)(?<![\w])(?:{words_alt(cues)})\s+(?-i:[A-E])$") if cues else None
        openers = read_list(data_dir / "sentence_openers.txt")
        # "... zona hijau Sedangkan untuk lokus ...": a capitalised connective after a word is a new sentence
        # whose full stop was left out (the space before it ends the sentence before)
        cont = read_list(data_dir / "sentence_continuers.txt")
        self.continuer = re.compile(rf"\s+(?:{'|'.join(map(re.escape, cont))})(?![\w])") if cont else None
        self._load_listed_governments(read_yaml(data_dir / "regions" / "levels.yaml"))
        self.missing_stop = (
            re.compile(rf"[ \t](?<=[a-z0-9)][ \t])[ \t]*(?=(?:{'|'.join(map(re.escape, openers))})[ \t,])")
            if openers
            else None
        )

    def _load_listed_governments(self, lv: dict) -> None:
        """ "ada Kabupaten A, Pemkab B. Pemkot C, Pemkab D dan Pemkab E yang masuk zona merah": a full stop typed
        between two items of a list of governments (one after a comma, one going on with a comma or "dan") ends
        no sentence. The government words are the level words of models/regions/levels.yaml (not the heads)."""
        words = [w for k in ("provinsi", "kabupaten", "kota") for w in lv.get(k, []) if w.startswith(_GOVERNMENT_WORDS)]
        item = rf"(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,3}}"
        self.item_before = re.compile(rf",[ \t]*{item}[ \t]*\Z") if words else None
        self.item_after = re.compile(rf"[ \t]+{item}[ \t]*(?:,|[ \t](?:dan|serta)[ \t])") if words else None

    def _in_government_list(self, text: str, m: re.Match[str]) -> bool:
        return (
            self.item_before is not None
            and self.item_after is not None
            and bool(self.item_before.search(text, max(0, m.start() - 60), m.start()))
            and bool(self.item_after.match(text, m.end()))
        )

    def _ends(self, text: str) -> list[re.Match[str]]:
        ends = sorted([*_END.finditer(text), *_GLUED_END.finditer(text)], key=lambda m: m.start())
        if self.missing_stop is None:
            return ends
        return sorted(ends + list(self.missing_stop.finditer(text)), key=lambda m: m.start())

    def _grade_end(self, text: str, dot: int) -> bool:
        return self.grade_end is not None and bool(self.grade_end.search(text, max(0, dot - 30), dot))

    def spans(self, text: str) -> list[tuple[int, int]]:
        out, start = [], 0
        for m in self._ends(text):
            if m.group().startswith((".",)) and "\n" not in m.group():
                word = _LAST_WORD.search(text[max(0, m.start() - 20) : m.start()])
                w = word.group(1).rstrip(".").lower() if word else ""
                if (w in self.abbrev or _INITIALS.fullmatch(w)) and not self._grade_end(text, m.start()):
                    continue  # "Zainal A. Paliwang", "H.A. Thalib"
                if m.group() == "." and _is_item_number(text, m.start()):
                    continue
                if (
                    m.group() == "."
                    and text[m.start() - 1 : m.start()].isdigit()
                    and _SPLIT_DECIMAL.match(text, m.end())
                ):
                    continue
                if m.group() == "." and self.continuer is not None and self.continuer.match(text, m.end()):
                    continue
                if m.group() == "." and self._in_government_list(text, m):
                    continue
            end = m.end() if "\n" not in m.group() else m.start()
            if text[start:end].strip():
                out.append((start, end))
            start = m.end()
        if text[start:].strip():
            out.append((start, len(text)))
        return out

    def __call__(self, doc: Doc) -> Doc:
        if not doc._.relevant:  # runs after kepatuhan_relevance: only relevant articles need sentences
            return doc
        text = doc_text(doc)
        spans = self.spans(text)
        doc._.sent_spans = spans
        # one vectorised write (setting token.is_sent_start one by one is quadratic in spaCy)
        starts = []
        for start, end in spans:
            while start < end and text[start].isspace():
                start += 1
            starts.append(start)
        idx = doc.to_array([IDX]).reshape(-1).astype(numpy.int64)
        sent = numpy.full(len(doc), -1, dtype=numpy.int32)
        if len(doc):
            pos = numpy.searchsorted(idx, numpy.asarray(starts, dtype=numpy.int64), side="right") - 1
            sent[numpy.clip(pos, 0, None)] = 1
            sent[0] = 1
            doc.from_array([SENT_START], cast("Ints2d", sent.astype(numpy.uint64).reshape(-1, 1).view(numpy.uint64)))
        return doc


@Language.factory("kepatuhan_sentences", default_config={"data_dir": ""})
def make_sentences(nlp: Language, name: str, data_dir: str) -> Sentences:
    return Sentences(nlp, name, data_dir or None)
