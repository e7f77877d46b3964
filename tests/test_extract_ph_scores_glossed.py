"""Scores: a whole number written without a score noun right before it is a score when a zone glosses it at
once ("nilainya 52 atau berada di zona kuning", "tahun 2022 adalah 61 (zona kuning, kualitas sedang)") in a
sentence that names a score earlier; a count glossed the same way is none.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

LEAD = "Ombudsman RI Perwakilan Sulawesi Utara menyerahkan hasil penilaian kepatuhan tahun 2017. "


@pytest.mark.parametrize(
    "said, score, zone",
    [
        (
            "Penilaian di Kabupaten Minahasa jika dirata-ratakan maka nilainya 58 atau berada di zona kuning.",
            58.0,
            "kuning",
        ),
        (
            "Nilai kepatuhan Kabupaten Minahasa pada tahun 2017 adalah 74 (zona kuning, kualitas sedang).",
            74.0,
            "kuning",
        ),
        ("Skor akhir Kabupaten Minahasa yakni 90 atau zona hijau.", 90.0, "hijau"),
    ],
    ids=["nilainya-atau-berada-di-zona", "adalah-dalam-kurung-zona", "yakni-atau-zona"],
)
def test_a_whole_number_glossed_by_its_zone_is_the_score(said, score, zone):
    got = recs(LEAD + "Kabupaten Minahasa menerima hasilnya. " + said)
    assert fields_of(got, "Kabupaten Minahasa", 2017, "score", "zone") == {"score": score, "zone": zone}


def test_each_year_of_a_series_keeps_its_whole_number():
    got = recs(
        LEAD + "Tercatat nilai kepatuhan Kabupaten Minahasa pada tahun 2016 adalah 62,5 (zona kuning), pada tahun "
        "2017 adalah 70 (zona kuning), dan pada tahun 2018 menjadi 85,10 (zona hijau)."
    )
    assert fields_of(got, "Kabupaten Minahasa", 2017, "score", "zone") == {"score": 70.0, "zone": "kuning"}


@pytest.mark.parametrize(
    "said",
    [
        "Dari 20 unit layanan yang dinilai, yang terbanyak adalah 12 (zona kuning).",
        "Nilai itu menempatkan Kabupaten Minahasa di antara 14 (zona kuning) daerah lain.",
    ],
    ids=["a-count-after-adalah", "a-count-without-link"],
)
def test_a_count_glossed_by_a_zone_is_no_score(said):
    got = recs(LEAD + "Kabupaten Minahasa masuk zona kuning. " + said)
    assert fields_of(got, "Kabupaten Minahasa", 2017, "score") == {"score": None}
