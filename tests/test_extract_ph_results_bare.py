"""A bare colour after "hasilnya"/"hasil nya" ("tahun pertama 2017 hasilnya merah") is the zone of the sentence's
subject for that year; when the clause naming no one ends in a contrast naming offices ("..., baru Dinas A yang
nilainya tinggi", "..., sedangkan Dinas B ..."), the zone is the subject's carried from the sentence before, not
the offices'. An ability kept ("masih dapat memperoleh", "masih bisa meraih", "tetap bisa masuk") is a result,
while "dapat meraih ... jika ..." and "agar dapat meraih" stay aims.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

KALSEL = "Ombudsman RI menyampaikan hasil survei kepatuhan pelayanan publik 2018 kepada Bupati Tapin. "
TAPIN = "Kabupaten Tapin"


@pytest.mark.parametrize(
    "text, year, zone",
    [
        ("Kabupaten Tapin sudah dua kali disurvei, pada 2017 hasilnya merah.", 2017, "merah"),
        ("Kabupaten Tapin pada 2017 hasil nya merah, sedangkan 2018 hasilnya kuning.", 2018, "kuning"),
        ("Untuk tahun 2018 Kabupaten Tapin hasilnya masih kuning.", 2018, "kuning"),
    ],
)
def test_a_bare_colour_after_hasilnya_is_the_subjects_zone(text, year, zone):
    assert fields_of(recs(KALSEL + text), TAPIN, year, "zone") == {"zone": zone}


@pytest.mark.parametrize(
    "second",
    [
        "Tahun kedua 2018 hasilnya kuning, baru Dinas Kependudukan dan Dinas Penanaman Modal yang nilainya tinggi.",
        "Tahun kedua 2018 hasilnya masih kuning, sedangkan Dinas Kesehatan dan Dinas Sosial nilainya sudah tinggi.",
        "Pada 2018 hasil nya kuning, namun Dinas Kesehatan nilainya sudah tinggi.",
    ],
)
def test_the_zone_before_a_contrast_naming_offices_is_the_subjects(second):
    r = recs(KALSEL + "Kabupaten Tapin sudah tahun kedua disurvei, tahun pertama 2017 hasilnya merah. " + second)
    assert fields_of(r, TAPIN, 2017, "zone") == {"zone": "merah"}
    assert fields_of(r, TAPIN, 2018, "zone") == {"zone": "kuning"}
    assert not [k for k, rec in r.items() if k[0].startswith("Dinas") and rec.zone is not None]


def test_a_leading_clause_heading_the_names_after_it_still_heads_them():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Kota Ambon berada di zona kuning. "
        "Yang mendapatkan zona kuning, tetapi yang nomor 1 itu Kota Ambon, lalu Kabupaten Seram Bagian Timur."
    )
    assert fields_of(recs(text), "Kabupaten Seram Bagian Timur", 2022, "zone") == {"zone": "kuning"}
