"""Zones of service units told through a group: "empat puskesmas di tiga kabupaten yang meraih zona hijau" (the
place of the group is no group of its own), "Ke empatnya yaitu ..." (a collective word written apart), the rest of
the group introduced as "dua puskesmas lain yaitu C dan D" after some members were named sentence by sentence (they
keep the group's zone unless given their own), and a unit's "rapor merah" written as one verb ("berapor merah").

Every sentence here is written for these tests (real kinds of facts, invented wording); each phenomenon is tried in
several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI Perwakilan Sulawesi Tengah merilis hasil penilaian kepatuhan pelayanan publik tahun 2021. "
FOUR = ["Puskesmas Kawatuna", "Puskesmas Talise", "Puskesmas Bulili", "Puskesmas Mabelopura"]


@pytest.mark.parametrize(
    "told",
    [
        "Ada empat puskesmas di dua kabupaten yang meraih zona hijau. Keempatnya yaitu Puskesmas Kawatuna dengan "
        "skor 84,14, Puskesmas Talise dengan nilai 81,40, Puskesmas Bulili dengan nilai 84,10 dan Puskesmas "
        "Mabelopura dengan nilai 82,47.",
        "Ada empat puskesmas yang meraih zona hijau. Ke empatnya yaitu Puskesmas Kawatuna dengan skor 84,14, "
        "Puskesmas Talise dengan nilai 81,40, Puskesmas Bulili dengan nilai 84,10 dan Puskesmas Mabelopura dengan "
        "nilai 82,47.",
        "Empat puskesmas masuk zona hijau. Keempatnya yaitu Puskesmas Kawatuna dengan skor 84,14. Lalu Puskesmas "
        "Talise dengan nilai 81,40. Dua puskesmas lain yaitu Puskesmas Bulili dengan nilai 84,10 dan Puskesmas "
        "Mabelopura dengan nilai 82,47.",
    ],
    ids=["group-di-tiga-kabupaten", "ke-empatnya-apart", "dua-puskesmas-lain-rest"],
)
def test_units_of_a_green_group_get_its_zone(told):
    got = recs(LEAD + told)
    assert {name: got[(name, 2021)].zone for name in FOUR} == dict.fromkeys(FOUR, "hijau")


def test_the_others_with_a_zone_of_their_own_keep_it():
    text = LEAD + (
        "Empat puskesmas masuk zona hijau. Keempatnya yaitu Puskesmas Kawatuna dengan skor 84,14 dan Puskesmas "
        "Talise dengan nilai 81,40. Dua puskesmas lain masuk zona kuning yaitu Puskesmas Bulili dengan nilai 74,10 "
        "dan Puskesmas Mabelopura dengan nilai 72,47."
    )
    got = recs(text)
    assert [got[(name, 2021)].zone for name in FOUR] == ["hijau", "hijau", "kuning", "kuning"]


@pytest.mark.parametrize(
    "told", ["berapor merah", "ber-rapor merah", "mendapat rapor merah"], ids=["berapor", "ber-rapor", "rapor"]
)
def test_report_card_colour_is_the_zone(told):
    text = LEAD + f"Dinas Kesehatan Kota Palu {told} dengan skor 28,75."
    got = recs(text)
    rec = next(r for (e, y), r in got.items() if e.startswith("Dinas Kesehatan"))
    assert (rec.zone, rec.score) == ("merah", 28.75)
