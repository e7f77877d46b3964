"""A counted top list opened by "yaitu"/"yakni"/"adalah" ("tiga peringkat teratas dalam kategori itu, yaitu A
dengan nilai ..., B ... dan C ...") gives its members the places 1 to N in order, like "ditempati oleh";
a list longer than its count gives none.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


@pytest.mark.parametrize(
    "opening",
    [
        "Ombudsman menetapkan tiga peringkat teratas dalam kategori kabupaten, yaitu",
        "Tiga peringkat tertinggi untuk kategori kabupaten yakni",
        "3 posisi terbaik kategori kabupaten adalah",
    ],
    ids=["teratas-yaitu", "tertinggi-yakni", "terbaik-adalah"],
)
def test_counted_top_list_opened_by_yaitu(opening):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. "
        f"{opening} Kabupaten Kendal dengan nilai 99,40, Kabupaten Batang dengan nilai 99,12, dan Kabupaten "
        "Demak dengan nilai 98,90."
    )
    r = recs(text)
    got = {e: r[(e, 2024)].rank for e in ("Kabupaten Kendal", "Kabupaten Batang", "Kabupaten Demak")}
    assert got == {"Kabupaten Kendal": 1, "Kabupaten Batang": 2, "Kabupaten Demak": 3}


def test_list_longer_than_its_count_gives_no_places():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Dua peringkat teratas kategori kabupaten, "
        "yaitu Kabupaten Kendal dengan nilai 99,40, Kabupaten Batang dengan nilai 99,12, dan Kabupaten Demak "
        "dengan nilai 98,90."
    )
    r = recs(text)
    assert r[("Kabupaten Demak", 2024)].rank is None
