"""A government's score that the text gives to one of its units ("Kabupaten X Raih Zona Hijau, Nilai
Tertinggi 97,10" over a body where the regency has 92,40 and a Puskesmas the 97,10) is the unit's; a
government whose only score is also a unit's keeps it.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


@pytest.mark.parametrize(
    "headline",
    [
        "Pelayanan Publik Kabupaten Kaur Raih Zona Hijau, Nilai Tertinggi Capai 97,10",
        "Kabupaten Kaur Zona Hijau, Skor Tertinggi 97,10 Poin",
        "Kabupaten Kaur Masuk Zona Hijau dengan Nilai Puncak 97,10",
    ],
    ids=["nilai-tertinggi-capai", "skor-tertinggi", "nilai-puncak"],
)
def test_headline_score_of_a_unit_is_not_the_governments(headline):
    text = (
        f"{headline}\nOmbudsman memberi apresiasi kepada Kabupaten Kaur atas capaian zona hijau tahun 2024 "
        "dengan nilai 92,40. Di antara unit layanan, UPT Puskesmas Sukamaju meraih skor 97,10, disusul "
        "UPT Puskesmas Padang Jaya dengan 95,20."
    )
    r = recs(text)
    assert r[("Kabupaten Kaur", 2024)].score == 92.4
    assert r[("UPT Puskesmas Sukamaju", 2024)].score == 97.1


def test_government_whose_only_score_is_also_a_units_keeps_it():
    text = (
        "Ombudsman memberi apresiasi kepada Kabupaten Kaur atas capaian zona hijau tahun 2024 dengan nilai "
        "92,40. UPT Puskesmas Sukamaju juga meraih skor 92,40."
    )
    r = recs(text)
    assert r[("Kabupaten Kaur", 2024)].score == 92.4
