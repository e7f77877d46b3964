"""casefold: a folded pattern over the lower-cased text finds exactly what the IGNORECASE
pattern finds over the text, and patterns or texts it cannot keep exact are left alone."""

from __future__ import annotations

import re

import pytest

from extract.components.common.casefold import folded, lowered, pick

TEXT = (
    "BENGKULU – Pemerintah Kota Bengkulu meraih Zona Hijau dengan nilai 88,30 dalam Penilaian "
    "Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2024.\nBaca Juga: Pemkab LEBONG Raih Predikat A\n"
    "Kepala Perwakilan Ombudsman RI Bengkulu, Irsan Hidayat, menyerahkan piagam “Opini Kualitas Tertinggi”."
)

FOLDABLE = [
    r"(?i)^[ \t]*(?:baca juga|Berita Terkait)(?![\w])",
    r"\bKota\s+(?P<Name>[A-Z]\w+)",
    r"[A-Za-z]+\s+\d+,\d{2}",
    r"(?<=Zona\s)[^\s.]+",
    r"[^A-Z\s]{4,}\b",
    r"opini\s+[“\"]?kualitas\s+(?:tertinggi|tinggi)",
    r"Ombudsman\s+RI\s+(?:Perwakilan\s+)?\w+,",
]


@pytest.mark.parametrize("source", FOLDABLE)
def test_folded_pattern_finds_the_same_spans(source):
    pattern = re.compile(source, re.IGNORECASE | re.MULTILINE)
    twin = folded(pattern)
    assert twin is not None and not twin.flags & re.IGNORECASE
    low = lowered(TEXT)
    assert [m.span() for m in twin.finditer(low)] == [m.span() for m in pattern.finditer(TEXT)]
    assert [m.span() for m in pattern.finditer(TEXT)], "the pattern should find something in the text"


def test_group_names_and_escapes_survive_the_fold():
    twin = folded(re.compile(r"\bKota\s+(?P<Name>[A-Z]\w+)\S*", re.IGNORECASE))
    m = twin.search(lowered(TEXT))
    assert m.group("Name") == "bengkulu" and r"\S" in twin.pattern and r"\s" in twin.pattern


@pytest.mark.parametrize(
    "source",
    [
        r"[@-Z]",  # a range reaching letters from outside them
        r"[Z-a]",  # a range across the two cases
        r"(\w+) \1",  # backreference
        r"(?i:zona) hijau",
        r"zona (?s:.)",  # inline flags past the start
        r"\x41",
        r"\u00c9",  # characters by code
        r"ÉLITE",  # a cased non-ASCII letter
    ],
)
def test_unfoldable_patterns_are_left_alone(source):
    assert folded(re.compile(source, re.IGNORECASE)) is None


def test_texts_whose_case_folding_is_not_plain_lower_are_not_lowered():
    assert lowered("ZONA HIJAU – “A”") == "zona hijau – “a”"  # caseless punctuation is fine
    for text in ("İstanbul", "Kelvin 5 \u212a", "ſurat", "Café"):
        assert lowered(text) is None
    pattern = re.compile("kota", re.IGNORECASE)
    assert pick(pattern, "KOTA Café", lowered("KOTA Café")) == (pattern, "KOTA Café")
