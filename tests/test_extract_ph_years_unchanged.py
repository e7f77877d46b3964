"""A score told unchanged over the years listed with it is that score for each of them; one score
for several years without such words stays a misreading (a record of one year only, or none).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

OPEN = "Ombudsman RI Perwakilan Gorontalo menyerahkan hasil penilaian kepatuhan pelayanan publik, Rabu (31/1/2024). "


@pytest.mark.parametrize(
    "sentence",
    [
        "Pada penilaian tahun 2022 dan 2023 nilai Kabupaten Bone Bolango tidak mengalami perubahan, tetap 81,50.",
        "Antara tahun 2022 dan 2023, nilai Kabupaten Bone Bolango tidak berubah di angka 81,50.",
        "Kabupaten Bone Bolango memperoleh nilai yang sama pada 2022 dan 2023, yaitu 81,50.",
    ],
    ids=["tidak-mengalami-perubahan", "tidak-berubah-di-angka", "nilai-yang-sama"],
)
def test_an_unchanged_score_holds_for_each_year(sentence):
    got = recs(OPEN + sentence)
    assert got[("Kabupaten Bone Bolango", 2022)].score == 81.5
    assert got[("Kabupaten Bone Bolango", 2023)].score == 81.5


def test_one_score_for_two_years_without_being_told_unchanged_is_no_score_of_both():
    got = recs(OPEN + "Pada penilaian tahun 2022 dan 2023 Kabupaten Bone Bolango meraih nilai 81,50.")
    scored = {k for k, r in got.items() if r.score == 81.5}
    assert not {("Kabupaten Bone Bolango", 2022), ("Kabupaten Bone Bolango", 2023)} <= scored
