"""Scores introduced by indirect wordings: "yaitu nilai 85,3" after a label, a link word tying a whole number
to a score noun earlier in its clause ("Nilai X pada tahun 2022 adalah 61"), "nilainya 52", a series whose
items the same link tells ("... adalah 63,4 (...), pada tahun 2022 adalah 61"), and the score told of an
earlier year's label after the year compared with ("meningkat dari tahun 2022 yakni zona kuning dengan
nilai 56,79"). Thresholds, counts and bands printed nearby stay no scores.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import JATENG_2023, fields_of, recs


@pytest.mark.parametrize(
    "told, score",
    [
        ("Kabupaten Kudus masuk zona hijau yaitu nilai 85,3.", 85.3),
        ("Kabupaten Kudus masuk zona hijau dengan capaian nilai sebesar 78.", 78.0),
        ("Kabupaten Kudus masuk zona hijau dan memperoleh skor akhir 90,12.", 90.12),
        ("Kabupaten Kudus masuk zona hijau, skor akhirnya yakni 95, tertinggi di Jawa Tengah.", 95.0),
        ("Kabupaten Kudus masuk zona hijau; jika dirinci per unit, nilainya 91 atau naik dari tahun lalu.", 91.0),
    ],
    ids=["yaitu-nilai", "capaian-nilai-sebesar", "skor-akhir", "skor-akhirnya-yakni", "nilainya"],
)
def test_a_score_told_through_a_link_or_noun_is_the_score(told, score):
    assert fields_of(recs(JATENG_2023 + told), "Kabupaten Kudus", 2023, "score", "zone") == {
        "score": score,
        "zone": "hijau",
    }


@pytest.mark.parametrize(
    "told",
    [
        "Nilai Kabupaten Kudus pada tahun 2022 adalah 61 (zona kuning), kini meningkat menjadi 87,44.",
        "Tercatat nilai Kabupaten Kudus pada tahun 2021 adalah 63,4, pada tahun 2022 adalah 61, dan pada tahun "
        "2023 meningkat menjadi 87,44.",
        "Kabupaten Kudus meraih nilai 87,44, meningkat dari tahun 2022 yakni zona kuning dengan nilai 61.",
        "Kabupaten Kudus meraih 87,44 atau meningkat dibanding tahun 2022 kemarin dengan nilai 61.",
        "Pada penilaian tahun 2022 lalu Kabupaten Kudus dengan nilai 61, kini meraih 87,44.",
    ],
    ids=["adalah-61", "series-adalah", "yakni-zona-dengan-nilai", "kemarin-dengan-nilai", "lalu-dengan-nilai"],
)
def test_an_earlier_years_whole_score_is_that_years(told):
    got = recs(JATENG_2023 + told)
    assert fields_of(got, "Kabupaten Kudus", 2022, "score") == {"score": 61.0}
    assert fields_of(got, "Kabupaten Kudus", 2023, "score") == {"score": 87.44}


def test_the_score_of_an_earlier_years_label_after_the_year_compared_with():
    got = recs(
        JATENG_2023 + "Kabupaten Kudus meraih zona hijau dengan nilai 88,01 atau meningkat dari tahun 2022 yakni "
        "zona kuning dengan nilai 56,79."
    )
    assert fields_of(got, "Kabupaten Kudus", 2022, "score", "zone") == {"score": 56.79, "zone": "kuning"}
    assert fields_of(got, "Kabupaten Kudus", 2023, "score", "zone") == {"score": 88.01, "zone": "hijau"}


@pytest.mark.parametrize(
    "told",
    [
        # a band: "yaitu nilai" before both ends of a range defines the scheme
        "Kabupaten Kudus masuk zona hijau. Zona hijau yaitu nilai 88 sampai 100.",
        # a threshold and a count the link introduces are no scores
        "Kabupaten Kudus masuk zona hijau. Untuk masuk zona hijau, nilai minimal adalah 81.",
        "Kabupaten Kudus masuk zona hijau. Nilai itu diberikan kepada daerah yang dinilai, yaitu 24 kabupaten.",
        "Kabupaten Kudus masuk zona hijau. Nilai kepatuhannya adalah 3 kali lipat dari sebelumnya.",
        # a place told through the link
        "Kabupaten Kudus masuk zona hijau. Peringkat nilai Kabupaten Kudus adalah 5, naik dari tahun lalu.",
    ],
    ids=["band", "threshold", "count", "times", "peringkat-nilai"],
)
def test_numbers_near_a_link_that_are_no_score(told):
    assert fields_of(recs(JATENG_2023 + told), "Kabupaten Kudus", 2023, "score", "zone") == {
        "score": None,
        "zone": "hijau",
    }
