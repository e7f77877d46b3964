"""Label headings: a contrast ("sedangkan", "sementara") ends the list under a first label, and a
letter after "mendapat penilaian" is a grade.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- "zona A ... adalah X, sedangkan untuk Y, Z dan W di zona B": the contrast ends the first heading; ------
# -- "mendapat penilaian A" is a grade ------------------------------------------------------------------

KALTARA = "Ombudsman mengumumkan hasil penilaian kepatuhan tahun 2023 di Kalimantan Utara. "


CONTRAST_B = {"Kabupaten Malinau": "B", "Kabupaten Nunukan": "B", "Kabupaten Tana Tidung": "B"}


@pytest.mark.parametrize(
    "sentence, grades",
    [
        (
            "Kabupaten yang memiliki zona A adalah Pemkab Bulungan, sedangkan untuk Kabupaten Malinau, Nunukan dan "
            "Tana Tidung di zona B.",
            {"Kabupaten Bulungan": "A", **CONTRAST_B},
        ),
        (
            "Yang meraih kategori A yaitu Pemkab Bulungan, sementara Kabupaten Malinau, Nunukan dan Tana Tidung "
            "berada di kategori B.",
            {"Kabupaten Bulungan": "A", **CONTRAST_B},
        ),
        # without a contrast the heading's list goes on
        (
            "Yang meraih kategori A yaitu Pemkab Bulungan, Kabupaten Malinau dan Kabupaten Nunukan.",
            {"Kabupaten Nunukan": "A", "Kabupaten Malinau": "A"},
        ),
    ],
    ids=["sedangkan-zona", "sementara-kategori", "no-contrast-goes-on"],
)
def test_a_contrast_ends_a_label_heading(sentence, grades):
    got = recs(KALTARA + sentence)
    assert {e: got[(e, 2023)].grade for e in grades} == grades


@pytest.mark.parametrize(
    "sentence, grade",
    [
        ("Kota Tarakan dan Kabupaten Nunukan yang juga mendapat penilaian A.", "A"),
        ("Kota Tarakan mendapat penilaian B dari Ombudsman.", "B"),
        ("Dalam penilaian E-Government, Kota Tarakan meraih zona hijau.", None),
    ],
    ids=["mendapat-penilaian-a", "mendapat-penilaian-b", "e-government-is-no-grade"],
)
def test_a_letter_after_penilaian_is_a_grade(sentence, grade):
    assert recs(KALTARA + sentence)[("Kota Tarakan", 2023)].grade == grade
