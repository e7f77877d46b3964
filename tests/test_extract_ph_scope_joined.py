"""Scopes: a place joined by "dan"/"serta"/a comma to a "se-" place is in the same scope ("tertinggi
se-Jawa Tengah dan DIY"), no government of its own; the field named between a best score and its scope
("skor tertinggi dalam kepatuhan pelayanan publik se-Bali") still makes it first place in that province.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article

LEAD = "Berdasarkan penilaian Ombudsman RI tahun 2024, "


def _records(said: str):
    res = extract_article(LEAD + said, published="2025-04-09")
    return {r.entity: (r.year, r.score, r.rank) for r in res.records}


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Badung meraih skor tertinggi se-Bali dan NTB, dengan nilai 91,20.",
        "Kabupaten Badung meraih skor tertinggi se-Bali serta Nusa Tenggara Barat, dengan nilai 91,20.",
        "Kabupaten Badung meraih skor tertinggi dalam kepatuhan pelayanan publik se-Bali dan NTB, dengan nilai 91,20.",
    ],
)
def test_a_place_joined_to_a_scope_is_no_government(said):
    assert _records(said) == {"Kabupaten Badung": (2024, 91.2, 1)}


@pytest.mark.parametrize(
    "field", ["dalam kepatuhan", "dalam penilaian kepatuhan", "dalam kepatuhan standar pelayanan publik"]
)
def test_the_field_between_a_best_score_and_its_scope(field):
    said = f"Kabupaten Badung meraih skor tertinggi {field} se-Bali, dengan nilai 91,20."
    assert _records(said) == {"Kabupaten Badung": (2024, 91.2, 1)}


def test_a_government_named_after_a_scope_with_its_level_word_stays_one():
    said = "Kabupaten Badung meraih nilai 91,20 se-Bali dan Provinsi NTB meraih nilai 80,10."
    assert set(_records(said)) == {"Kabupaten Badung", "Provinsi Nusa Tenggara Barat"}
