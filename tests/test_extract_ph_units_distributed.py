"""Units: one kind of regional unit named for a list of governments ("dinas kesehatan mulai dari provinsi, Kota
Palu, Kabupaten Sigi hingga Kabupaten Buol") is that unit of each of them, named with its place ("Dinas Kesehatan
Kota Palu"; the bare "provinsi" the province's own, "Dinas Kesehatan Provinsi Sulawesi Tengah"), not the governments.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

SULTENG_2021 = "Ombudsman RI Perwakilan Sulteng menilai kepatuhan pelayanan publik tahun 2021. "


def zones(got):
    return {(e, r.parent): r.zone for (e, _), r in got.items()}


@pytest.mark.parametrize(
    "said, kind, zone",
    [
        (
            "Zona merah diraih dinas kesehatan mulai dari provinsi, Kota Palu, Kabupaten Sigi hingga Kabupaten Buol.",
            "Dinas Kesehatan",
            "merah",
        ),
        (
            "Dinas Kesehatan di Kota Palu, Kabupaten Sigi dan Kabupaten Buol masih berada di zona merah.",
            "Dinas Kesehatan",
            "merah",
        ),
        ("Dinas Sosial pada provinsi, Kota Palu dan Kabupaten Sigi meraih zona hijau.", "Dinas Sosial", "hijau"),
    ],
)
def test_a_kind_of_unit_for_a_list_of_governments_is_each_ones_unit(said, kind, zone):
    got = zones(recs(SULTENG_2021 + said))
    places = ["Kota Palu", "Kabupaten Sigi"] + (["Kabupaten Buol"] if "Buol" in said else [])
    if "provinsi" in said:
        places.append("Provinsi Sulawesi Tengah")
    assert got == {(f"{kind} {p}", p): zone for p in places}


def test_a_government_written_as_one_ends_the_list():
    got = zones(
        recs(
            SULTENG_2021
            + "Dinas Sosial pada Kota Palu dan Kabupaten Sigi meraih zona hijau, sedangkan Pemkab Buol zona kuning."
        )
    )
    assert got[("Kabupaten Buol", None)] == "kuning"
    assert got[("Dinas Sosial Kota Palu", "Kota Palu")] == "hijau"


@pytest.mark.parametrize(
    "said",
    [
        "Dinas Kesehatan Kota Palu meraih zona merah, Kabupaten Sigi dan Kabupaten Buol zona kuning.",
        "Dinas Kesehatan dari Kota Palu meraih zona merah.",
    ],
)
def test_a_unit_with_one_place_keeps_the_governments_after_it(said):
    got = zones(recs(SULTENG_2021 + said))
    assert not [e for e, _ in got if e.startswith("Dinas Kesehatan ")]
