"""First place told by a verb of coming out as the one with the highest result, whatever noun names the holder
("keluar sebagai Pemerintah dengan nilai kepatuhan tertinggi", "tercatat sebagai penyelenggara dengan skor
tertinggi"); a plain "pemerintah" said of someone's wish or of the field gives no place.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2016. "


@pytest.mark.parametrize(
    "sentence, entity",
    [
        (
            "Kabupaten Badung keluar sebagai Pemerintah dengan nilai kepatuhan tertinggi yakni 94,16.",
            "Kabupaten Badung",
        ),
        ("Kota Denpasar tercatat sebagai penyelenggara dengan skor kepatuhan tertinggi, 90,12.", "Kota Denpasar"),
        ("Kabupaten Gianyar tampil sebagai pemerintah dengan nilai tertinggi, yaitu 88,50.", "Kabupaten Gianyar"),
    ],
    ids=["keluar-sebagai-pemerintah", "tercatat-sebagai-penyelenggara", "tampil-sebagai-pemerintah"],
)
def test_coming_out_as_the_highest_is_first_place(sentence, entity):
    assert recs(LEAD + sentence)[(entity, 2016)].rank == 1


def test_a_government_wishing_for_the_highest_has_no_place():
    r = recs(LEAD + "Kabupaten Tabanan meraih nilai 80,40 dan ingin keluar sebagai pemerintah dengan nilai tertinggi.")
    assert r[("Kabupaten Tabanan", 2016)].rank is None
