"""The grade, opinion and zone told with a government's total right after its units were listed with their
scores ("..., sehingga nilai akhir 84,10 dengan kategori B dan opini kualitas tinggi") are the
government's, not the units'; a label told of the units themselves stays theirs.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

_LEAD = "Pemerintah Kabupaten Garut meraih nilai 84,10 pada Penilaian Kepatuhan Ombudsman tahun 2022. "


@pytest.mark.parametrize(
    "listing",
    [
        "Unit layanan yang dinilai, antara lain Puskesmas Tarogong dengan nilai 88,04, Dinas Pendidikan (80,08), "
        "Dinas Sosial (86,32) sehingga hasilnya nilai akhir 84,10 dengan kategori B dan opini kualitas tinggi.",
        "Unit layanan yang dinilai yakni Puskesmas Tarogong 88,04, Dinas Pendidikan 80,08 dan Dinas Sosial 86,32, "
        "sehingga nilai akhirnya 84,10 atau kategori B dengan opini kualitas tinggi.",
        "Ada tiga unit layanan yang dinilai: Puskesmas Tarogong (88,04), Dinas Pendidikan (80,08), dan Dinas "
        "Sosial (86,32), sehingga rata-rata nilainya 84,10 dengan kategori B, opini kualitas tinggi.",
    ],
    ids=["nilai-akhir", "nilai-akhirnya", "rata-rata"],
)
def test_labels_of_the_total_are_the_governments(listing):
    r = recs(_LEAD + listing)
    gov = r[("Kabupaten Garut", 2022)]
    assert (gov.grade, gov.opinion) == ("B", "kualitas tinggi")
    for unit in ("Puskesmas Tarogong", "Dinas Pendidikan", "Dinas Sosial"):
        assert (r[(unit, 2022)].grade, r[(unit, 2022)].opinion) == (None, None)
    assert r[("Dinas Sosial", 2022)].score == 86.32


def test_label_told_of_the_units_stays_theirs():
    text = _LEAD + (
        "Unit layanan yang dinilai yakni Puskesmas Tarogong 88,04 dan Dinas Sosial 86,32, keduanya berada di "
        "zona hijau."
    )
    r = recs(text)
    assert r[("Puskesmas Tarogong", 2022)].zone == "hijau"
    assert r[("Dinas Sosial", 2022)].zone == "hijau"
