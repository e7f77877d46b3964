"""Labels, 2022 on: "predikat terendah/tertinggi" followed by the set it is compared in ("di Sumbar",
"se-Jawa Timur", "di antara kabupaten") ranks the named ones in that set; it is no level of the graded scale
(DECISIONS: not the top score of a ranking), so no kualitas opinion.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

LEAD = "Ombudsman RI Perwakilan Sumatera Barat merilis hasil penilaian kepatuhan pelayanan publik tahun 2022. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kota Solok dan Kabupaten Sijunjung menjadi dua daerah dengan predikat terendah di Sumbar.",
        "Kota Solok tercatat sebagai daerah berpredikat terendah se-Sumatera Barat.",
        "Kota Solok meraih predikat terendah di antara kabupaten/kota yang dinilai.",
    ],
)
def test_a_superlative_within_a_set_is_no_opinion(sentence):
    got = recs(LEAD + sentence + " Kota Solok mendapat predikat C dengan nilai 75,10.")
    assert "opinion" not in fields_of(got, "Kota Solok", 2022)


def test_the_graded_level_without_a_set_stays_an_opinion():
    got = recs(LEAD + "Kota Solok meraih predikat tertinggi dengan nilai 91,20 dan predikat A.")
    assert fields_of(got, "Kota Solok", 2022).get("opinion") == "kualitas tertinggi"
