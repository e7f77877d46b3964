"""Members named in the sentence after one that gives a label to a group it does not name ("... hanya lima yang
mendapat predikat zona hijau. Masing-masing A, B, ..."), and a pre-2022 level said as a thing held ("punya
kepatuhan tinggi", "memiliki kepatuhan tinggi").

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

INTRO = "Ombudsman RI Perwakilan Jawa Tengah menyampaikan hasil penilaian kepatuhan pelayanan publik tahun 2021. "
MEMBERS = ("Kabupaten Kudus", "Kota Salatiga", "Kabupaten Rembang")


@pytest.mark.parametrize("opener", ["Masing-masing", "Yakni", "Mereka adalah"])
def test_members_named_after_an_unnamed_group_take_its_label(opener):
    text = INTRO + (
        "Dari 35 kabupaten/kota yang diperiksa, hanya tiga yang mendapat predikat zona hijau. "
        f"{opener} Kabupaten Kudus, Kota Salatiga dan Kabupaten Rembang."
    )
    r = recs(text)
    for name in MEMBERS:
        assert fields_of(r, name, 2021, "zone") == {"zone": "hijau"}


def test_places_named_later_in_other_words_take_nothing():
    text = INTRO + (
        "Dari 35 kabupaten/kota yang diperiksa, hanya tiga yang mendapat predikat zona hijau. "
        "Bupati Kudus hadir bersama Wali Kota Salatiga dalam acara itu."
    )
    assert fields_of(recs(text), "Kota Salatiga", 2021, "zone") in (None, {"zone": None})


@pytest.mark.parametrize("held", ["punya", "memiliki", "mempunyai"])
def test_a_level_held_is_the_opinion(held):
    text = (
        INTRO
        + f"Tahun 2021 Ombudsman memberi nilai untuk Kudus yang {held} kepatuhan tinggi. Kabupaten Kudus pun masuk zona hijau."
    )
    assert fields_of(recs(text), "Kabupaten Kudus", 2021, "opinion") == {"opinion": "kepatuhan tinggi"}


# -- before 2022 "kepatuhan tertinggi" is no label: it gives way to the place's own "kepatuhan tinggi" ----------


@pytest.mark.parametrize(
    "headline",
    [
        "Pemkab Wonogiri Terima Penghargaan Predikat Kepatuhan Tertinggi dari Ombudsman\n\n",
        "Ombudsman RI menyebut Kabupaten Wonogiri satu-satunya daerah dengan predikat kepatuhan tertinggi. ",
    ],
    ids=["headline", "lead"],
)
def test_a_superlative_before_2022_gives_way_to_the_level(headline):
    text = headline + (
        "Dari hasil survei kepatuhan tahun 2018, Pemkab Wonogiri memperoleh predikat kepatuhan tinggi atau zona hijau."
    )
    assert fields_of(recs(text), "Kabupaten Wonogiri", 2018, "zone", "opinion") == {
        "zone": "hijau",
        "opinion": "kepatuhan tinggi",
    }


# -- "zona sedang atau kuning": the level written as a zone, glossed by its colour (before 2022) ---------------


@pytest.mark.parametrize(
    "said, zone, opinion",
    [
        ("masih berada di zona sedang atau kuning", "kuning", "kepatuhan sedang"),
        ("kini masuk zona tinggi atau hijau", "hijau", "kepatuhan tinggi"),
    ],
)
def test_a_level_written_as_a_zone_is_the_opinion(said, zone, opinion):
    text = f"Menurut penilaian Ombudsman RI tahun 2017, pelayanan publik Kabupaten Wonogiri {said}."
    assert fields_of(recs(text), "Kabupaten Wonogiri", 2017, "zone", "opinion") == {"zone": zone, "opinion": opinion}


# -- a bare level in quotes after its frame: 'predikat “Tertinggi”' (2022 on, the graded scale's) ---------------


@pytest.mark.parametrize("quoted", ["“Tertinggi”", '"Tertinggi"', "'tertinggi'"])
def test_a_quoted_bare_level_is_the_opinion(quoted):
    text = (
        "Dalam penilaian Ombudsman RI tahun 2023, Pemkab Wonogiri meraih predikat "
        f"{quoted} dengan nilai 94,10 sehingga Pemkab Wonogiri menempati zona hijau."
    )
    assert fields_of(recs(text), "Kabupaten Wonogiri", 2023, "opinion") == {"opinion": "kualitas tertinggi"}


# -- "berkualitas tinggi" after its cue word and the service: "(kategori pelayanan berkualitas tinggi)" -----------


@pytest.mark.parametrize(
    "gloss", ["(kategori pelayanan berkualitas tinggi)", "dengan predikat layanan publik berkualitas tinggi"]
)
def test_the_adjective_after_its_cue_and_the_service_is_the_opinion(gloss):
    text = f"Menurut Ombudsman RI, tahun 2024 Kabupaten Wonogiri berhasil menembus zona hijau {gloss}."
    assert fields_of(recs(text), "Kabupaten Wonogiri", 2024, "opinion") == {"opinion": "kualitas tinggi"}


def test_the_adjective_in_prose_is_still_no_opinion():
    text = "Menurut Ombudsman RI, tahun 2024 Kabupaten Wonogiri masuk zona hijau dan ingin memberi pelayanan berkualitas tinggi."
    assert fields_of(recs(text), "Kabupaten Wonogiri", 2024, "opinion") == {"opinion": None}


@pytest.mark.parametrize("link", ["dangan", "dengn"])
def test_a_misspelt_dengan_still_links_the_opinion(link):
    text = f"Kabupaten Wonogiri meraih predikat zona hijau {link} kualitas tertinggi dalam penilaian Ombudsman RI 2023."
    assert fields_of(recs(text), "Kabupaten Wonogiri", 2023, "opinion") == {"opinion": "kualitas tertinggi"}
