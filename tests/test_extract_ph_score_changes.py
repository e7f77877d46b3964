"""Changes of score: "naik dari X menjadi Y" gives X to the year before and Y to the reported year,
whatever year is written before the change.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- a change of score "X menjadi Y": X is the year before, Y the reported year, whatever year is written
# before the change ("dari 81,20 tahun lalu menjadi 84,05", "seperti tahun lalu ... sebelumnya 81,20 menjadi") -

HEAD_2024 = "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2024. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai Kabupaten Blora naik dari 81,20 pada tahun lalu menjadi 84,05.",
        "Nilai Kabupaten Blora naik dari 81,20 tahun lalu menjadi 84,05 tahun ini.",
        "Dibanding tahun lalu, nilai Kabupaten Blora naik dari 81,20 menjadi 84,05.",
        "Kabupaten Blora kembali meraih kategori B seperti tahun lalu, dengan peningkatan nilai yang sebelumnya "
        "81,20 menjadi 84,05.",
        "Pemkab Blora berhasil meningkat 2,85 poin dibandingkan tahun sebelumnya yang meraih nilai 81,20 menjadi "
        "84,05.",
    ],
    ids=["pada-tahun-lalu", "tahun-lalu-tahun-ini", "dibanding-first", "seperti-tahun-lalu", "meningkat-poin"],
)
def test_a_change_of_score_gives_both_years(sentence):
    got = recs(HEAD_2024 + sentence)
    assert got[("Kabupaten Blora", 2024)].score == 84.05
    assert got[("Kabupaten Blora", 2023)].score == 81.20


@pytest.mark.parametrize(
    "sentence, years",
    [
        # a count of years is still no score; a year written with the change still wins
        ("Kabupaten Blora yang sudah 20 tahun melayani meraih nilai 84,05.", {2024: 84.05}),
        ("Nilai Kabupaten Blora naik dari 81,20 pada 2022 menjadi 84,05 pada 2024.", {2022: 81.20, 2024: 84.05}),
        ("Pada 2023 nilai Kabupaten Blora naik menjadi 84,05.", {2023: 84.05}),
    ],
    ids=["count-of-years", "years-written", "year-opens"],
)
def test_a_change_of_score_look_alikes(sentence, years):
    got = recs(HEAD_2024 + sentence)
    assert {y: r.score for (e, y), r in got.items() if e == "Kabupaten Blora" and r.score} == years
