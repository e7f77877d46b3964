"""Ranks written with a loose hyphen ("peringkat ke -13", "urutan ke - 5") and with a best-word between the
rank word and its number ("urutan terbaik nomor 2", "peringkat tertinggi ke-3").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, ranks_of, recs

LEAD_2017 = "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2017. "


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Bantul tercatat di zona hijau dengan peringkat ke -13.",
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


# -- a change of place whose second place drops the rank word ("dari posisi kedelapan ke ketujuh"): the
# place reached is the reported year's, the first the year before's -------------------------------------


@pytest.mark.parametrize(
    "said, now, before",
    [
        ("Peringkat Kota Kediri melonjak dari posisi kedelapan ke ketujuh nasional.", 7, 8),
        ("Kota Kediri naik dari peringkat kesepuluh menjadi keenam secara nasional.", 6, 10),
        ("Posisi Kota Kediri membaik dari urutan 12 ke 9 di tingkat nasional.", 9, 12),
    ],
)
def test_the_place_reached_without_its_rank_word(said, now, before):
    got = recs("Kota Kediri meraih nilai 90,15 pada penilaian kepatuhan Ombudsman RI tahun 2024. " + said)
    assert fields_of(got, "Kota Kediri", 2024, "rank") == {"rank": now}, sorted(got)
    assert fields_of(got, "Kota Kediri", 2023, "rank") == {"rank": before}


def test_a_number_after_ke_with_no_earlier_place_is_no_rank():
    got = recs(
        "Kota Kediri meraih nilai 90,15 pada penilaian kepatuhan Ombudsman RI tahun 2024 di posisi 3 ke 5 besar."
    )
    assert fields_of(got, "Kota Kediri", 2024, "rank") == {"rank": 3}
