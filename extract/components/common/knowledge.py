"""Shared plumbing for the extraction components: where their data lives, how it is read,
and how a component saves/loads its data files with the pipeline (`nlp.to_disk`/`spacy.load`).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path
from typing import Any, Iterable

import yaml

from models import MODELS_DIR

SPELLINGS_FILE = "spellings.yaml"


def read_yaml(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def doc_text(doc) -> str:
    """`doc.text` rebuilds the string from the tokens on every call: compute it once per Doc."""
    text = doc.user_data.get("kepatuhan_text")
    if text is None:
        text = doc.user_data["kepatuhan_text"] = doc.text
    return text


def words_alt(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    ws = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)


def any_word(words: Iterable[str]) -> re.Pattern[str] | None:
    """Any of `words` as a whole word, case-insensitive; None when the list is empty (a cue a data file
    may leave out)."""
    words = list(words)
    return re.compile(rf"(?<![\w])(?:{words_alt(words)})(?![\w])", re.IGNORECASE) if words else None


def read_spellings(data_dir: Path) -> dict[str, list[str]]:
    """models/spellings.yaml: misspellings of level and group nouns, canonical word -> spellings."""
    path = data_dir / SPELLINGS_FILE
    return {k.lower(): [w.lower() for w in ws] for k, ws in read_yaml(path).items()} if path.exists() else {}


def with_spellings(words: Iterable[str], spellings: dict[str, list[str]]) -> list[str]:
    """The words, and each written with a misspelling of a word in it ("Pemerintah Kabupaten" is also
    "Pemerintah Kabupatan"); the case of the word's first letter is kept."""
    out = list(words)
    for w in list(out):
        for right, wrongs in spellings.items():
            hit = re.search(rf"(?i)(?<![\w]){re.escape(right)}(?![\w])", w)
            if hit is None:
                continue
            for wrong in wrongs:
                spelt = wrong.capitalize() if hit.group()[0].isupper() else wrong
                out.append(w[: hit.start()] + spelt + w[hit.end() :])
    return list(dict.fromkeys(out))


def spelt_right(phrase: str, spellings: dict[str, list[str]]) -> str:
    """A lower-case phrase with its misspelt words written right ("enam kabupatan" -> "enam kabupaten")."""
    wrong_to_right = {wrong: right for right, wrongs in spellings.items() for wrong in wrongs}
    return re.sub(r"\w+", lambda m: wrong_to_right.get(m.group(), m.group()), phrase) if wrong_to_right else phrase


class DataComponent:
    """Base for components whose knowledge is a fixed set of files under models/.

    `to_disk` copies the files into the saved pipeline; `from_disk` reloads from there, so
    a pipeline saved with `nlp.to_disk(path)` and read back with `spacy.load(path)` uses
    exactly the data it was saved with.
    """

    files: tuple[str, ...] = ()
    default_dir: Path = MODELS_DIR  # where `files` are when no data_dir is configured

    def __init__(self, nlp, name: str, data_dir: str | None = None):
        self.name = name
        self.data_dir = Path(data_dir) if data_dir else self.default_dir
        self.load(self.data_dir)

    def load(self, data_dir: Path) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        for rel in self.files:
            dst = path / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.data_dir / rel, dst)

    def from_disk(self, path, exclude=tuple()):
        self.data_dir = Path(path)
        self.load(self.data_dir)
        return self


def definition_pattern(v: dict) -> re.Pattern:
    """A sentence defining the scheme's bands ("zona hijau 88,00-100", "rentang nilai ...", "di angka
    81,00 sampai 100", "51,00 hingga 80,99"): models/values.yaml `definition_markers`, `band_connectives`."""
    band = words_alt(v.get("band_connectives", []))
    # "dengan skor berkisar 82-84": the spread of the scores named, no band; "nilai 71,19 dari skala 0-100"
    # or "dari skala 1 sampai 100": the scale the score is read on, no band either
    spread_words = v.get("spread_words", []) + v.get("scale_words", [])
    scale = "".join(rf"(?<!{w} \d)(?<!{w} \d\d)" for w in v.get("scale_words", []))  # (after the digit)
    worded = rf"|\d{scale}\s*(?:{band})\s*(?:100(?!\d|[,.]\d)|\d{{1,2}}[,.]99(?!\d))" if band else ""
    spread = "".join(rf"(?<!{w} )" for w in spread_words)
    # "selama rentang penilaian tahun 2022 dan 2023": a span of time, no band
    period = words_alt(v.get("definition_period_nouns", []))
    not_period = rf"(?!\s+(?:{period})(?![\w]))" if period else ""
    # "masuk zona hijau yaitu nilai 85,3": a marker right before one lone number (no band's other end after
    # it) introduces that score, no band
    lone = rf"(?!\s+\d{{1,3}}(?:[.,]\d{{1,2}})?(?![\d.,]*\s*(?:[-–]|{band or '(?!)'})))"
    markers = rf"(?:{words_alt(v['definition_markers'])}){not_period}{lone}"
    pattern = re.compile(rf"{markers}|(?<![\w,.]){spread}\d{{1,3}}(?:[.,]\d+)?\s*[-–]\s*\d{worded}", re.IGNORECASE)
    # the same alternatives for `defines`: the markers alone, and the numbers written digit first (the
    # lookbehinds moved past the digit: re rejects a position with one class test instead of ten lookbehinds)
    shifted = "".join(rf"(?<!{w} \d)" for w in spread_words)
    numbers = rf"\d(?<![\w,.]\d){shifted}\d{{0,2}}(?:[.,]\d+)?\s*[-–]\s*\d{worded}"
    _DEFINITION_TESTS[id(pattern)] = (pattern, (re.compile(markers, re.IGNORECASE), re.compile(numbers, re.IGNORECASE)))
    return pattern


_DEFINITION_TESTS: dict[int, tuple[re.Pattern, tuple[re.Pattern, ...]]] = {}


def definition_tests(definition: re.Pattern) -> tuple[re.Pattern, ...]:
    """Patterns one of which matches a text exactly when `definition` (of definition_pattern) does."""
    hit = _DEFINITION_TESTS.get(id(definition))
    return (definition,) if hit is None or hit[0] is not definition else hit[1]


def venue_pattern(v: dict) -> re.Pattern | None:
    """What follows a place named as where something was said: its weekday ("di Banda Aceh, Kamis, mengatakan")
    or a dateline's dash ("..., MEDAN - Ombudsman RI", "Ambon (ANTARA) - ..."): models/values.yaml `weekdays`."""
    days = words_alt(v.get("weekdays", {}))
    if not days:
        return None
    return re.compile(
        rf"\s*,\s*(?:hari\s+)?(?:{days})(?![\w])|[ \t]*(?:\([^()\n]{{1,25}}\))?[ \t]+[-–—]", re.IGNORECASE
    )


def group_place_pattern(nouns: list[str], areas: Iterable[str] = ()) -> re.Pattern | None:
    """A group's noun and the word placing it, before a place ("24 kabupaten/kota di Sulawesi Selatan", "34
    pemerintah daerah (Pemda) di Sumut": a short form in brackets after the noun; "kabupaten/kota yang masuk
    zona hijau di Jawa Barat": a short relative clause between them; "seluruh kota dan kabupaten di wilayah
    Pemprov X": an area word after "di")."""
    if not nouns:
        return None
    area = rf"(?:(?:{words_alt(list(areas))})\s+)?" if areas else ""
    return re.compile(
        rf"(?<![\w])(?:{words_alt(nouns)})\s+(?:\(\s*[\w ]{{1,15}}\s*\)\s*)?(?:yang\s+(?:[\w/-]+\s+){{1,4}}?)?"
        rf"(?:di|se-?)\s*{area}(?:provinsi\s+)?$",
        re.IGNORECASE,
    )
