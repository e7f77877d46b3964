"""Lists named behind a ranked holder ("X di peringkat keempat setelah A, B dan C dengan nilai 81,26"): the
members are the ones ranked above, and the score and labels after the list stay with X.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI mengumumkan hasil penilaian kepatuhan pelayanan publik 2023 untuk pemerintah daerah. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kota Bitung menempati peringkat keempat setelah Kota Manado, Kota Tomohon dan Kabupaten Minahasa dengan "
        "nilai 81,26.",
        "Kota Bitung berada di posisi ke-4 di bawah Kota Manado, Kota Tomohon serta Kabupaten Minahasa, dengan "
        "skor 81,26 dan masuk zona hijau.",
        "Kota Bitung ada di urutan keempat, setelah Kota Manado, Kota Tomohon, dan Kabupaten Minahasa dengan "
        "nilai 81,26.",
    ],
    ids=["setelah-no-comma", "di-bawah-serta", "comma-before-setelah"],
)
def test_a_list_behind_a_rank_leaves_the_score_with_the_holder(sentence):
    got = recs(LEAD + sentence)
    assert got[("Kota Bitung", 2023)].score == 81.26, got
    for name in ("Kota Manado", "Kota Tomohon", "Kabupaten Minahasa"):
        r = got.get((name, 2023))
        assert r is None or r.score is None, (name, r)


def test_a_name_behind_a_rank_with_its_own_clause_keeps_its_score():
    # look-alike: "yang meraih" opens the named one's own clause
    got = recs(LEAD + "Kota Bitung menempati peringkat kedua setelah Kota Manado yang meraih nilai 90,12.")
    assert got[("Kota Manado", 2023)].score == 90.12, got


def test_a_time_clause_after_setelah_is_no_behind_list():
    # look-alike: "setelah" without a rank place before it is a time word
    got = recs(LEAD + "Setelah Kota Manado dinilai, Kota Bitung meraih nilai 81,26.")
    assert got[("Kota Bitung", 2023)].score == 81.26, got
