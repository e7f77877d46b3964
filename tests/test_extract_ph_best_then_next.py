"""A top score told on with the next one ("X memperoleh nilai tertinggi dengan 90,92. Selanjutnya Y dengan nilai
90,64"): the ranking goes on, so X is first.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2022 bagi pemerintah daerah di Kepulauan Riau. "


@pytest.mark.parametrize(
    "rest",
    [
        "Kabupaten Bintan mendapat nilai tertinggi dengan 91,05. Selanjutnya Kota Batam dengan nilai 89,40.",
        "Kabupaten Bintan meraih nilai tertinggi yakni 91,05; berikutnya Kota Batam memperoleh skor 89,40.",
    ],
    ids=["selanjutnya", "berikutnya"],
)
def test_a_top_score_told_on_with_the_next_one_is_first(rest):
    got = recs(LEAD + rest)
    assert got[("Kabupaten Bintan", 2022)].rank == 1, got
    assert got[("Kota Batam", 2022)].rank is None


def test_a_later_step_without_a_score_is_no_ranking():
    # look-alike: "Selanjutnya" opens what the office will do, no next score
    got = recs(LEAD + "Kabupaten Bintan mendapat nilai tertinggi dengan 91,05. Selanjutnya Ombudsman akan memantau.")
    assert got[("Kabupaten Bintan", 2022)].rank is None, got
