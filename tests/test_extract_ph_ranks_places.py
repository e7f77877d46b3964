"""Ranks told by a place word: "peringkat tertinggi se-X" (first among a province's governments) and the one above
a second place named after the top score ("peringkat 2 kabupaten/kota di bawah perolehan nilai tertinggi yakni
Pemkab X": X is first).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


@pytest.mark.parametrize(
    "said",
    [
        "yang menempatkan Kabupaten Boalemo pada peringkat tertinggi se-Gorontalo dalam penilaian itu.",
        "yang menempatkan Kabupaten Boalemo di posisi terbaik di Provinsi Gorontalo.",
        "dan Kabupaten Boalemo berada di urutan tertinggi se Gorontalo.",
    ],
    ids=["peringkat-se", "posisi-di-provinsi", "urutan-se-space"],
)
def test_a_place_words_top_in_a_province_is_first_there(said):
    got = recs("Hal itu berdasar hasil penilaian kepatuhan Ombudsman RI pada 2018 " + said)
    rec = got[("Kabupaten Boalemo", 2018)]
    assert (rec.rank, rec.rank_scope) == (1, "provinsi")


def test_a_place_words_top_without_a_place_after_it_is_no_rank():
    got = recs(
        "Ombudsman RI menilai kepatuhan tahun 2018. Kabupaten Boalemo masuk zona hijau, posisi tertinggi dalam "
        "penilaian itu."
    )
    assert got[("Kabupaten Boalemo", 2018)].rank is None


@pytest.mark.parametrize(
    "behind",
    [
        "berada pada peringkat 2 kabupaten / kota di bawah perolehan nilai tertinggi yakni pemkab Karo.",
        "menempati peringkat kedua kabupaten/kota dibawah nilai tertinggi yaitu Kabupaten Karo.",
        "berada pada peringkat 2 kabupaten/kota di bawah Pemkab Karo.",
    ],
    ids=["perolehan-yakni-lower", "nilai-yaitu", "field-then-name"],
)
def test_the_top_scores_holder_above_a_second_place_is_first(behind):
    got = recs(
        "Ombudsman RI Perwakilan Sumut menyerahkan hasil penilaian kepatuhan 2022. Dari 33 kabupaten/kota, "
        "Pemkab Dairi " + behind
    )
    assert got[("Kabupaten Dairi", 2022)].rank == 2
    assert got[("Kabupaten Karo", 2022)].rank == 1
