"""A pair of levels told of a province or a group as a whole ("tingkat kepatuhan ... masih dikategorikan sedang dan
tinggi", "tergolong kategori rendah, sedang dan tinggi") spreads over its members: it gives no one's opinion, and
members with their own stated labels keep them.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

INTRO = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2017. "
MEMBERS = ("Kota Ternate", "Kota Tidore Kepulauan", "Kabupaten Halmahera Utara")


@pytest.mark.parametrize(
    "spread",
    [
        "Tingkat kepatuhan pemda di Provinsi Maluku Utara, yaitu Kota Ternate, Kota Tidore Kepulauan dan "
        "Kabupaten Halmahera Utara, masih masuk kategori sedang dan tinggi.",
        "Kota Ternate, Kota Tidore Kepulauan dan Kabupaten Halmahera Utara tergolong kategori rendah, sedang dan "
        "tinggi.",
        "Kota Ternate, Kota Tidore Kepulauan serta Kabupaten Halmahera Utara masuk kategori sedang atau tinggi.",
    ],
)
def test_a_pair_of_levels_over_a_group_is_no_ones_opinion(spread):
    r = recs(INTRO + spread)
    for name in MEMBERS:
        assert (fields_of(r, name, 2017, "opinion") or {}).get("opinion") is None


@pytest.mark.parametrize(
    "spread",
    [
        "Kepatuhan Provinsi Maluku Utara masuk kategori sedang dan tinggi.",
        "Tingkat kepatuhan kabupaten/kota di Provinsi Maluku Utara dinyatakan sedang serta tinggi.",
    ],
)
def test_members_keep_their_own_labels_beside_the_pair(spread):
    own = "Kota Ternate meraih predikat kepatuhan tinggi, sedangkan Kabupaten Halmahera Tengah berpredikat kepatuhan rendah."
    r = recs(INTRO + spread + " " + own)
    assert (fields_of(r, "Provinsi Maluku Utara", 2017, "opinion") or {}).get("opinion") is None
    assert fields_of(r, "Kota Ternate", 2017, "opinion") == {"opinion": "kepatuhan tinggi"}
    assert fields_of(r, "Kabupaten Halmahera Tengah", 2017, "opinion") == {"opinion": "kepatuhan rendah"}
