"""Entities: a government referred to by its nickname ("Kota yang dijuluki Kota Apel ini", "Kabupaten yang
memiliki sebutan Bumi Sriwijaya ini") is the government of that level named just before; the values of its
sentence are that government's, not those of the governments named after it.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

LEAD = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2022 di Jawa Timur. Kota Batu meraih nilai 82,10. "


@pytest.mark.parametrize(
    "nicknamed",
    [
        "Kota yang dijuluki Kota Apel ini",
        "Kota yang memiliki sebutan Kota Wisata ini",
        "Kota yang dikenal sebagai kota pariwisata ini",
    ],
)
def test_a_government_called_by_its_nickname_is_the_one_named_before(nicknamed):
    said = (
        f"{nicknamed} berada di urutan kelima setelah Kabupaten Lamongan dengan nilai 88,10 di peringkat "
        "pertama dan Kabupaten Tuban di peringkat kedua dengan nilai 87,20."
    )
    got = recs(LEAD + said, published="2023-03-20")
    assert fields_of(got, "Kota Batu", 2022, "rank") == {"rank": 5}
    assert fields_of(got, "Kabupaten Lamongan", 2022, "rank", "score") == {"rank": 1, "score": 88.1}
    assert fields_of(got, "Kabupaten Tuban", 2022, "rank", "score") == {"rank": 2, "score": 87.2}
