"""Entities: the place of the assessor's office written after its bracketed short form ("Ombudsman Republik
Indonesia (ORI) Kaltim", "Ombudsman (ORI) Sulteng") is the office's seat, not a government the values
around it belong to.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article


@pytest.mark.parametrize("assessor", ["Ombudsman Republik Indonesia (ORI) Sulteng", "Ombudsman RI (ORI) Sulteng"])
def test_the_assessors_place_after_its_short_form_holds_no_values(assessor):
    text = (
        "Hasil penilaian kepatuhan pelayanan publik tahun 2023 meningkat. Nilai rata-rata unit layanan 72,10 "
        f"atau zona C, kini naik menjadi 84,20 atau zona B. Temuan itu disampaikan {assessor} dalam rapat."
    )
    assert extract_article(text, published="2024-01-31").records == []


def test_a_government_named_after_the_assessor_with_its_level_word_is_one():
    text = (
        "Ombudsman Republik Indonesia (ORI) menyerahkan hasil penilaian kepatuhan 2023. Provinsi Sulteng "
        "meraih nilai 84,20 atau zona B."
    )
    res = extract_article(text, published="2024-01-31")
    assert [(r.entity, r.score) for r in res.records] == [("Provinsi Sulawesi Tengah", 84.2)]
