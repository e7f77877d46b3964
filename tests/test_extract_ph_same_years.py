"""The same achievement told of other years ("Prestasi yang sama juga diraih pada 2022 dan 2023"): the last
record told before it gets its rank and labels for those years, never its score.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2024. Pemkab Sleman kembali "
    "menempati peringkat 1 nasional dengan zona hijau. Tahun ini Pemkab Sleman mendapat nilai 97,15. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prestasi yang sama juga pernah diraih pada 2022 dan 2023.",
        "Capaian serupa sudah didapat di tahun 2022 dan 2023 lalu.",
        "Predikat yang sama diperoleh pula pada tahun 2022, 2023.",
    ],
    ids=["prestasi-yang-sama", "capaian-serupa", "predikat-yang-sama"],
)
def test_the_same_achievement_in_earlier_years(sentence):
    got = recs(LEAD + sentence)
    for y in (2022, 2023):
        r = got[("Kabupaten Sleman", y)]
        assert (r.rank, r.zone, r.score) == (1, "hijau", None), (y, r)
    assert got[("Kabupaten Sleman", 2024)].score == 97.15


def test_a_sentence_without_sameness_gives_no_earlier_years():
    # look-alike: a prize named for other years, not the same one
    got = recs(LEAD + "Prestasi lain juga pernah diraih pada 2022 dan 2023.")
    assert ("Kabupaten Sleman", 2022) not in got, got
