"""Grades named by the word for their qualification ("kualifikasi B", "kualifikasi opini B").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- "kualifikasi B": a grade named by its qualification --------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Pemkab Serang berada pada zona hijau dengan kualifikasi B dengan angka 79,01.",
        "Dengan angka 79,01, Pemkab Serang meraih kualifikasi opini B.",
    ],
)
def test_a_qualification_letter_is_the_grade(said):
    text = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Pemkab Serang. " + said
    assert recs(text)[("Kabupaten Serang", 2022)].grade == "B"


def test_a_qualification_of_staff_is_no_grade():
    # look-alike: a letter that is no grade after a word of another kind
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Pemkab Serang. Pemkab Serang "
        "meraih zona hijau dengan nilai 79,01, dan petugas dengan kualifikasi S1 melayani warga."
    )
    assert recs(text)[("Kabupaten Serang", 2022)].grade is None
