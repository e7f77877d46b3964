"""A span of time written with a band's word ("selama rentang penilaian tahun 2022 dan 2023 ... di angka 79
poin") is no definition of the scheme: the score in that sentence is kept; a band defined with the same word
("berada pada rentang nilai 78 sampai 100") still makes no record.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

INTRO = "Dinas Sosial Provinsi Gorontalo menjadi salah satu lokus penilaian kepatuhan Ombudsman RI. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Selama rentang penilaian tahun 2022 dan 2023 Dinas Sosial Provinsi Gorontalo bertahan di angka 79 poin.",
        "Dalam rentang waktu penilaian 2023, nilai Dinas Sosial Provinsi Gorontalo berada di angka 79 poin.",
        "Pada kisaran tahun 2023 Dinas Sosial Provinsi Gorontalo memperoleh nilai 79 poin.",
    ],
    ids=["rentang-penilaian", "rentang-waktu", "kisaran-tahun"],
)
def test_a_span_of_time_keeps_the_score(sentence):
    got = recs(INTRO + sentence)
    assert [(k[1], r.score) for k, r in got.items() if k[0].startswith("Dinas Sosial")] == [(2023, 79.0)]


def test_a_band_with_the_same_word_is_still_a_definition():
    got = recs("Ombudsman RI menilai kepatuhan tahun 2023. Zona hijau berada pada rentang nilai 78 sampai 100.")
    assert got == {}
