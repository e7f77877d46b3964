"""Opinions: an opinion with "pelayanan" written inside it, and service quality named as an aim.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- "kualitas pelayanan sedang (tanpa maladministrasi)": the opinion with "pelayanan" inside it -------------


@pytest.mark.parametrize(
    "sentence, opinion",
    [
        ("dalam kategori kualitas pelayanan sedang tanpa adanya maladministrasi.", "kualitas sedang"),
        ("dengan opini kualitas pelayanan tinggi tanpa maladministrasi.", "kualitas tinggi"),
        ("dengan kategori kualitas pelayanan Cukup.", None),  # a 2025 category, no opinion
    ],
    ids=["sedang-tanpa-adanya", "tinggi-tanpa", "cukup-2025"],
)
def test_an_opinion_with_pelayanan_inside(sentence, opinion):
    got = recs(
        "Ombudsman RI mengumumkan hasil Penilaian Maladministrasi 2025. Pemerintah Provinsi Gorontalo meraih nilai "
        "76,82 " + sentence
    )
    assert got[("Provinsi Gorontalo", 2025)].opinion == opinion


def test_service_quality_as_an_aim_is_no_opinion():
    got = recs(
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan 2023. Kabupaten Boalemo meraih nilai 80,10. Bupati "
        "ingin meningkatkan kualitas pelayanan tinggi bagi warga."
    )
    assert got[("Kabupaten Boalemo", 2023)].opinion is None
