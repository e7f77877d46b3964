"""A value aimed at, then "sama seperti yang diraih X" ("tak berani janji bisa meraih peringkat satu sama
seperti yang diraih Pemprov X tahun lalu"): X already holds it, so the value is X's (with the year said
after X); the one wishing gets nothing. A value held, then the same phrase, stays with its holder.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

INTRO = "Ombudsman RI kembali menilai kepatuhan pelayanan publik tahun 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Gubernur enggan berjanji bisa meraih peringkat satu sama seperti yang diraih Pemprov Gorontalo tahun lalu.",
        "Sekda berharap dapat meraih peringkat satu seperti yang diraih Pemprov Gorontalo tahun lalu.",
        "Kami belum tentu bisa meraih peringkat satu layanan publik sebagaimana yang diraih Pemprov Gorontalo tahun lalu.",
    ],
    ids=["enggan", "berharap", "sebagaimana"],
)
def test_the_value_aimed_at_is_the_holders(sentence):
    assert fields_of(recs(INTRO + sentence), "Provinsi Gorontalo", 2022) == {"rank": 1}


@pytest.mark.parametrize(
    "sentence, holder, other",
    [
        ("Kota Tual berharap bisa masuk zona hijau, sama seperti yang diraih Kota Ambon.", "Kota Ambon", "Kota Tual"),
        ("Kota Tual belum meraih zona hijau seperti yang diperoleh Pemkot Ambon.", "Kota Ambon", "Kota Tual"),
        ("Kota Tual masuk zona hijau, sama seperti yang diraih Kota Ambon.", "Kota Tual", None),
    ],
    ids=["wish", "negated", "held"],
)
def test_who_holds_the_zone(sentence, holder, other):
    got = recs(INTRO + sentence)
    assert fields_of(got, holder, 2023, "zone") == {"zone": "hijau"}
    if other is not None:
        assert fields_of(got, other, 2023, "zone") in (None, {"zone": None})
