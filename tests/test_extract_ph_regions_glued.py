"""Lists of governments whose separators are glued to the names ("kota ternate,kota tikep", "Kabupaten A/Kabupaten
B", "Kota Kupang/Bima"): each member is read, takes the level before it and shares the list's label.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OPENING_MALUT_2023, recs, region_mentions

OPENING = OPENING_MALUT_2023


@pytest.fixture(scope="module")
def regions():
    return region_mentions


# -- list separators glued to the names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Halmahera Selatan/Kabupaten Halmahera Barat meraih zona hijau.",
        "Kabupaten Halmahera Selatan/Halmahera Barat meraih zona hijau.",
        "Pemkab Halmahera Selatan,Pemkab Halmahera Barat meraih zona hijau.",
        "kab.halsel,kab.halbar meraih zona hijau.",
    ],
)
def test_members_of_a_glued_list_share_its_label(sentence):
    got = recs(OPENING + sentence)
    assert got[("Kabupaten Halmahera Selatan", 2023)].zone == "hijau"
    assert got[("Kabupaten Halmahera Barat", 2023)].zone == "hijau"


def test_a_bare_member_after_a_slash_takes_the_level_before_it(regions):
    assert regions("Kota Kupang/Bima meraih zona kuning.") == [("Kota Kupang", "Kota Kupang"), ("Bima", "Kota Bima")]


def test_lower_case_list_glued_with_commas():
    got = recs(OPENING + "Di tahun itu kota ternate,kota tikep dan kab halut masuk zona kuning.")
    for name in ("Kota Ternate", "Kota Tidore Kepulauan", "Kabupaten Halmahera Utara"):
        assert got[(name, 2023)].zone == "kuning", name


def test_level_words_joined_by_a_slash_are_no_list_member():
    got = recs(
        OPENING + "Kabupaten Halmahera Selatan meraih zona hijau, sedangkan pemkab/pemkot lain di Maluku Utara "
        "masih di zona kuning."
    )
    assert {k: r.zone for k, r in got.items()} == {("Kabupaten Halmahera Selatan", 2023): "hijau"}
