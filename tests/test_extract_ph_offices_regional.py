"""Offices in the regions keep their place in the name: a national body's regional office (Polda, a
ministry's office in a regency) with its region, whose region is then no subject of its own; a local unit
(UPTD Puskesmas) named after a place; a land office with its short form in brackets before the place.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import record_fields, recs


# -- the place after an office's head is part of its name, not a government of its own ------------------


@pytest.mark.parametrize(
    "text, expected, no_subjects",
    [
        (
            "Ombudsman RI merilis hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023. Polda Sumatera "
            "Barat meraih nilai tertinggi se-Indonesia untuk kategori kepolisian daerah dengan nilai 97,85, sedangkan "
            "Kantor Kementerian Agama Kabupaten Agam memperoleh nilai 90,40.",
            {
                ("Polda Sumatera Barat", 2023): {
                    "entity_type": "unit",
                    "score": 97.85,
                    "rank": 1,
                    "rank_scope": "nasional",
                },
                ("Kantor Kementerian Agama Kabupaten Agam", 2023): {"score": 90.4},
            },
            {"Provinsi Sumatera Barat", "Kabupaten Agam"},
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Pemkab Tanggamus. UPTD Puskesmas "
            "Kota Agung meraih nilai 92,10, sedangkan Kantor Pertanahan (Kantah) Kabupaten Tanggamus meraih 88,40.",
            {
                ("UPTD Puskesmas Kota Agung", 2023): {"score": 92.1},
                ("Kantor Pertanahan Kabupaten Tanggamus", 2023): {"score": 88.4},
            },
            set(),
        ),
    ],
    ids=["regional-offices-of-national-bodies", "uptd-puskesmas-and-a-short-form-in-brackets"],
)
def test_offices_keep_their_place_in_the_name(text, expected, no_subjects):
    r = recs(text)
    assert record_fields(r, expected) == expected
    assert not no_subjects & {e for e, _ in r}
