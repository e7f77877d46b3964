"""Scores and pre-2022 verdicts introduced by less usual words: "dengan poin 69,07" after a change noun,
"kategori taraf sedang".

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_PROV, fields_of, recs

_JABAR_2019 = OMB_PROV.format(prov="Jawa Barat") + "Penilaian itu untuk tahun 2019. "


@pytest.mark.parametrize(
    "told",
    [
        "Tahun 2019 Pemkot Cimahi mengalami kenaikan dengan poin 69,07 dan tetap di zona kuning.",
        "Pada 2019 nilai Kota Cimahi membaik, peningkatan itu dengan poin 69,07 di zona kuning.",
        "Kota Cimahi naik dengan poin 69,07 pada 2019, masih zona kuning.",
    ],
    ids=["kenaikan", "peningkatan-itu", "naik"],
)
def test_points_after_a_change_noun_are_the_score(told):
    assert fields_of(recs(_JABAR_2019 + told), "Kota Cimahi", 2019, "score", "zone") == {
        "score": 69.07,
        "zone": "kuning",
    }


def test_points_of_a_change_stay_a_difference():
    # look-alike: the rise itself counted in points
    got = recs(_JABAR_2019 + "Kota Cimahi meraih nilai 69,07, mengalami peningkatan poin sebesar 3,52.")
    assert fields_of(got, "Kota Cimahi", 2019, "score") == {"score": 69.07}


@pytest.mark.parametrize(
    "told",
    [
        "Kota Cimahi di zona kuning masuk dalam kategori taraf sedang.",
        "Kepatuhan Kota Cimahi berada pada taraf sedang dengan zona kuning.",
        "Kota Cimahi dinyatakan taraf sedang (zona kuning).",
    ],
    ids=["kategori-taraf", "berada-pada", "dinyatakan"],
)
def test_level_after_taraf_is_the_old_verdict(told):
    assert fields_of(recs(_JABAR_2019 + told), "Kota Cimahi", 2019, "opinion") == {"opinion": "kepatuhan sedang"}


def test_taraf_of_something_else_is_no_verdict():
    got = recs(_JABAR_2019 + "Kota Cimahi meraih nilai 69,07. Taraf hidup warganya dinilai sedang membaik.")
    assert fields_of(got, "Kota Cimahi", 2019, "opinion") == {"opinion": None}
