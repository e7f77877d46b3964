"""A ministry or agency written whole in lower case ("kementerian dalam negeri", "badan pusat statistik")
is that ministry or agency, as when written capitalised; a lone kind word in lower case names none.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


@pytest.mark.parametrize(
    "written,name",
    [
        ("kementerian dalam negeri", "Kementerian Dalam Negeri"),
        ("kementerian Perhubungan", "Kementerian Perhubungan"),
        ("badan pusat statistik", "Badan Pusat Statistik"),
    ],
    ids=["all-lower", "first-word-lower", "agency-lower"],
)
def test_lowercase_ministry_in_a_list_gets_its_score(written, name):
    text = (
        "Ombudsman RI menyerahkan piagam penilaian kepatuhan tahun 2021 kepada instansi pusat terbaik, "
        f"yaitu Kementerian Keuangan dengan nilai 89,20, {written} dengan nilai 87,15, dan Kementerian "
        "Agama dengan nilai 85,40."
    )
    r = recs(text)
    assert r[(name, 2021)].score == 87.15
    assert r[("Kementerian Keuangan", 2021)].score == 89.2


def test_lone_lowercase_kind_word_names_no_ministry():
    text = (
        "Ombudsman RI menilai kepatuhan tahun 2021: kementerian yang masuk zona hijau ada 12, sedangkan "
        "Kementerian Keuangan meraih nilai 89,20."
    )
    r = recs(text)
    assert {e for e, _ in r} == {"Kementerian Keuangan"}
