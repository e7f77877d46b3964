"""Ranks written with a loose hyphen ("peringkat ke -13", "urutan ke - 5") and with a best-word between the
rank word and its number ("urutan terbaik nomor 2", "peringkat tertinggi ke-3").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import ranks_of

LEAD_2017 = "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2017. "


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Bantul berada di zona hijau dengan peringkat ke -13.",
        "Kabupaten Bantul menempati urutan ke - 13 secara nasional.",
        "Kabupaten Bantul menduduki posisi ke- 13 dari 107 kabupaten.",
    ],
)
def test_a_place_written_with_a_loose_hyphen(said):
    assert ranks_of(LEAD_2017 + said) == {"Kabupaten Bantul": 13}


@pytest.mark.parametrize(
    "said",
    [
        "Kota Bima kini berada pada urutan terbaik nomor 2 se-NTB.",
        "Kota Bima meraih peringkat tertinggi ke-2 di provinsi itu.",
        "Kota Bima menempati posisi terbaik ke 2 di NTB.",
    ],
)
def test_a_best_word_between_the_rank_word_and_its_number(said):
    assert ranks_of(LEAD_2017 + said) == {"Kota Bima": 2}


def test_a_best_word_before_a_score_is_no_place():
    got = ranks_of(LEAD_2017 + "Kota Bima meraih peringkat tertinggi 96,30 di provinsi itu.")
    assert got.get("Kota Bima") != 96
