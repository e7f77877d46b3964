"""Relevance: a text about the assessment written in other words ("kepatuhan dalam penyelenggaraan
pelayanan publik").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article


# -- relevance: "kepatuhan dalam penyelenggaraan pelayanan publik" -----------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "piagam dari Ombudsman RI atas kepatuhan dalam penyelenggaraan pelayanan publik tahun 2024",
        "predikat kepatuhan dalam penyelenggaraan pelayanan publik 2024 yang diberikan Ombudsman Republik Indonesia",
        "apresiasi Ombudsman RI atas kepatuhan dalam standar pelayanan publik tahun 2024",
    ],
    ids=[
        "piagam-dari-ombudsman-ri-atas",
        "predikat-kepatuhan-dalam-penyelenggaraan-pelayanan",
        "apresiasi-ombudsman-ri-atas-kepatuhan",
    ],
)
def test_compliance_with_dalam_is_the_assessment(phrase):
    text = (
        f"Pemerintah Kabupaten Wonogiri menerima {phrase}. Pemkab Wonogiri memperoleh nilai 96,40. "
        "Indeks kepuasan masyarakat juga disebut dalam acara itu."
    )
    res = extract_article(text)
    assert res.relevant
    assert {(r.entity, r.year, r.score) for r in res.records} == {("Kabupaten Wonogiri", 2024, 96.4)}
