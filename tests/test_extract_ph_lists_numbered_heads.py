"""A numbered list under a category line ("Tingkat Kantor Pertanahan se-X :") that sits under a heading calling
the lists a ranking ("Berikut peringkat ... per kategori:"): its numbers are places.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik 2023 di Kepulauan Riau.\n"
ITEMS = (
    "1. Kantor Pertanahan Kota Batam, nilai 90,11, zona hijau.\n"
    "2. Kantor Pertanahan Kabupaten Bintan, nilai 85,40, zona hijau.\n"
    "3. Kantor Pertanahan Kabupaten Natuna, nilai 80,02, zona kuning.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Berikut peringkat hasil penilaian kepatuhan penyelenggaraan pelayanan publik tahun ini menurut kategorinya:\n"
        "Kategori Kementerian Agraria dan Tata Ruang, Badan Pertanahan Nasional, pada Kantor Pertanahan Kota dan "
        "Kabupaten se-Kepulauan Riau :\n",
        "Berikut urutan nilai kepatuhan yang diumumkan Ombudsman pada acara penyerahan untuk setiap kelompok:\n"
        "Tingkat Kementerian Agraria dan Tata Ruang atau Badan Pertanahan Nasional pada Kantor Pertanahan di wilayah "
        "Provinsi Kepulauan Riau:\n",
    ],
    ids=["peringkat-kategori", "urutan-tingkat"],
)
def test_a_category_line_under_a_ranking_heading_keeps_the_places(heading):
    got = recs(LEAD + heading + ITEMS)
    ranks = {e: r.rank for (e, _), r in got.items()}
    assert ranks == {
        "Kantor Pertanahan Kota Batam": 1,
        "Kantor Pertanahan Kabupaten Bintan": 2,
        "Kantor Pertanahan Kabupaten Natuna": 3,
    }, ranks


def test_a_heading_that_is_no_ranking_gives_no_places():
    # look-alike: the heading above the category line lists results, it does not rank them
    heading = "Berikut hasil penilaian per kategori:\nKategori Kantor Pertanahan se-Kepulauan Riau :\n"
    got = recs(LEAD + heading + ITEMS)
    assert all(r.rank is None for r in got.values()), got
