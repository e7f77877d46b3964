"""A rise told with a change noun and the new score after it ("dari tahun sebelumnya 88,20 ... ada
peningkatan yakni 90,15"): a number that, added as a difference to the lower score said before it,
would pass the scale's top (100) is the new score, not the change; small differences stay differences.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

INTRO = "Ombudsman RI merilis hasil penilaian kepatuhan pelayanan publik tahun 2024. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai Pemerintah Kabupaten Tabanan naik dari tahun sebelumnya 88,20 dan tahun ini ada peningkatan "
        "yakni 90,15 dengan kategori Kualitas Tertinggi.",
        "Kabupaten Tabanan tahun 2023 meraih 88,20, dan pada 2024 terjadi peningkatan yaitu 90,15 "
        "dengan kategori Kualitas Tertinggi.",
        "Skor Kabupaten Tabanan semula 88,20; tahun ini mengalami kenaikan yakni 90,15 dengan kategori "
        "Kualitas Tertinggi.",
    ],
    ids=["yakni", "yaitu", "kenaikan"],
)
def test_the_number_after_the_rise_is_the_new_score(sentence):
    got = fields_of(recs(INTRO + sentence), "Kabupaten Tabanan", 2024, "score", "opinion")
    assert got == {"score": 90.15, "opinion": "kualitas tertinggi"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai Kota Batu 95,30, ada kenaikan sebesar 12,50 dari tahun sebelumnya.",
        "Kota Batu sebelumnya 70,10 lalu mengalami peningkatan yakni 9,30 poin tahun ini.",
    ],
    ids=["difference-after-score", "small-difference"],
)
def test_a_real_difference_is_no_score(sentence):
    rec = recs(INTRO + sentence).get(("Kota Batu", 2024))
    assert rec is None or rec.score not in (12.5, 9.3)
