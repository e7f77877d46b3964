"""Two grades joined across a group ("kategori A dan B") name no single member's grade: the members keep
the group's other labels; a grade alone, or each grade said of its own holder, is read as before.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs


@pytest.mark.parametrize("joined", ["A dan B", "A atau B", "B serta C"], ids=["dan", "atau", "serta"])
def test_two_grades_across_a_group_give_no_grade(joined):
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2023. Tiga pemerintah daerah, yaitu Kabupaten "
        f"Ende, Kabupaten Ngada dan Kabupaten Nagekeo, berada di zona hijau dengan kategori {joined}."
    )
    r = recs(text)
    for e in ("Kabupaten Ende", "Kabupaten Ngada", "Kabupaten Nagekeo"):
        assert fields_of(r, e, 2023) == {"zone": "hijau"}


def test_each_grade_said_of_its_own_holder_is_kept():
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2023. Kabupaten Ende meraih kategori A dan "
        "Kabupaten Ngada meraih kategori B."
    )
    r = recs(text)
    assert fields_of(r, "Kabupaten Ende", 2023, "grade") == {"grade": "A"}
    assert fields_of(r, "Kabupaten Ngada", 2023, "grade") == {"grade": "B"}
