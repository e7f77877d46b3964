"""A bare colour set against a zone given to the rest ("semua kabupaten mendapat zona kuning, hanya X yang
merah") is X's zone; "mendapat (nilai) kuning" is a zone with a noun in brackets; a bare colour with no
zone before it in its sentence is no zone.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

INTRO = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik. "


@pytest.mark.parametrize(
    "sentence, zone",
    [
        ("Pada tahun 2015, semua kabupaten di Bali mendapat zona kuning, hanya Kabupaten Bangli yang merah.", "merah"),
        (
            "Pada tahun 2015, semua kabupaten di Bali mendapat (nilai) kuning, hanya Kabupaten Bangli yang merah.",
            "merah",
        ),
        (
            "Tahun 2015 Kabupaten Badung dan Kabupaten Gianyar masuk zona hijau, kecuali Kabupaten Bangli yang kuning.",
            "kuning",
        ),
    ],
    ids=["hanya", "bracketed-noun", "kecuali"],
)
def test_the_colour_set_against_the_rest_is_a_zone(sentence, zone):
    assert fields_of(recs(INTRO + sentence), "Kabupaten Bangli", 2015, "zone") == {"zone": zone}


def test_a_noun_in_brackets_before_the_colour():
    got = recs(INTRO + "Pada 2018 Kabupaten Bangli langsung dapat (nilai) hijau.")
    assert fields_of(got, "Kabupaten Bangli", 2018, "zone") == {"zone": "hijau"}


def test_a_bare_colour_without_a_zone_before_is_none():
    got = recs(INTRO + "Tahun 2015 hanya Kabupaten Bangli yang merah benderanya saat upacara.")
    assert fields_of(got, "Kabupaten Bangli", 2015, "zone") in (None, {"zone": None})
