"""An opinion whose level is written in quotes after its noun ('opini kualitas "Sedang"', "kualitas
‘tinggi’") is that opinion; a quoted word that is no level is none.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs


@pytest.mark.parametrize(
    "label,opinion",
    [
        ("dengan opini kualitas “Sedang”", "kualitas sedang"),
        ('serta opini kualitas "Tinggi"', "kualitas tinggi"),
        ("dan memperoleh opini kualitas ‘rendah’", "kualitas rendah"),
    ],
    ids=["curly-double", "straight-double", "curly-single"],
)
def test_quoted_level_after_the_opinion_noun(label, opinion):
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2025. Pemerintah Kota Langsa meraih nilai akhir "
        f"70,12 {label}."
    )
    assert fields_of(recs(text), "Kota Langsa", 2025) == {"score": 70.12, "opinion": opinion}


def test_quoted_word_that_is_no_level_gives_no_opinion():
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2025. Pemerintah Kota Langsa meraih nilai akhir "
        "70,12, dan wali kota menyebut kualitas “pelayanan” akan dibenahi."
    )
    assert fields_of(recs(text), "Kota Langsa", 2025) == {"score": 70.12}


@pytest.mark.parametrize(
    "label",
    [
        "masuk 'opini kualitas tinggi, kategori B",
        "masuk “opini” kualitas tinggi, kategori B",
        "meraih 'opini kualitas tinggi'",
    ],
    ids=["quote-opens-cue", "quoted-cue", "quoted-whole"],
)
def test_opinion_after_its_quoted_cue(label):
    text = (
        f"Ombudsman RI merilis hasil penilaian kepatuhan tahun 2023. Pemerintah Kota Langsa {label} dengan nilai 88,40."
    )
    assert fields_of(recs(text), "Kota Langsa", 2023).get("opinion") == "kualitas tinggi"
