"""Units: names that are no one unit, and places that are not a unit's subject. A unit type written alone ("UPT",
"UPTD", as in "7 OPD/UPT dengan nilai tertinggi") is a kind; a counted facility type with a place after it ("2
Puskesmas Rejang Lebong Raih Zona Hijau") is several facilities of that place, not one named after it; a unit
written as the office someone visited ("meninjau pelayanan di Kantor Disdik Malinau") is a venue; a dateline's
place between the outlet's address and the date ("Koreri.com, Jayapura (22/1) -") is where the story was written,
not the regency of that name.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEBONG_2024 = "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan tahun 2024 kepada Pemkab Lebong. "


def entities(got):
    return {e for e, _ in got}


@pytest.mark.parametrize(
    "said",
    [
        "Berikut 3 OPD/UPT dengan nilai tertinggi:\n1. Puskesmas Talang Ulu – 95,10\n2. Dinas Sosial – 92,00\n",
        "Seluruh UPT yang dinilai meraih zona hijau, di antaranya Puskesmas Talang Ulu dengan nilai 95,10.",
        "Setiap UPTD meraih zona hijau. Puskesmas Talang Ulu memperoleh nilai 95,10.",
    ],
)
def test_a_unit_type_alone_is_no_unit(said):
    got = recs(LEBONG_2024 + said)
    assert not entities(got) & {"UPT", "UPTD"}
    assert got[("Puskesmas Talang Ulu", 2024)].score == 95.1


@pytest.mark.parametrize(
    "said",
    [
        "Dinas Kesehatan dan 2 Puskesmas Lebong Raih Zona Hijau\nPuskesmas Talang Ulu meraih nilai 95,10.",
        "Tiga Puskesmas Kabupaten Lebong masuk zona hijau. Puskesmas Talang Ulu meraih nilai 95,10.",
        "Sebanyak dua RSUD Lebong meraih zona hijau. Puskesmas Talang Ulu meraih nilai 95,10.",
    ],
)
def test_counted_facilities_of_a_place_are_no_facility_named_after_it(said):
    got = recs(LEBONG_2024 + said)
    assert not entities(got) & {"Puskesmas Lebong", "Puskesmas Kabupaten Lebong", "RSUD Lebong"}
    assert got[("Puskesmas Talang Ulu", 2024)].score == 95.1


def test_a_facility_named_after_its_place_is_still_one():
    got = recs(LEBONG_2024 + "Puskesmas Lebong meraih nilai 95,10.")
    assert got[("Puskesmas Lebong", 2024)].score == 95.1


@pytest.mark.parametrize(
    "visit",
    [
        "Kepala Ombudsman RI Kaltara saat meninjau pelayanan di Kantor Disdik Malinau pekan lalu.",
        "Tim Ombudsman RI Kaltara datang ke kantor Dinas Sosial Malinau untuk mengamati pelayanan.",
        "Asisten Ombudsman RI Kaltara berbincang dengan petugas di kantor Dukcapil Malinau.",
    ],
)
def test_the_office_someone_visited_is_a_venue(visit):
    got = recs(
        f"{visit}\n\nEmpat dari lima kabupaten/kota di Kaltara mendapat zona hijau dari Ombudsman RI atas kepatuhan "
        "pelayanan publik tahun 2022."
    )
    assert not [e for e in entities(got) if e.startswith(("Dinas", "Disdik", "Dukcapil"))]


@pytest.mark.parametrize(
    "dateline", ["Koreri.com, Jayapura (22/1) – ", "Jayapura (22/1/2018) – ", "Papuanews.id, Jayapura (22/01) - "]
)
def test_a_dated_datelines_place_is_no_subject(dateline):
    got = recs(
        f"{dateline}Ombudsman RI menganugerahi penghargaan Predikat Kepatuhan Tinggi Tahun 2017 kepada Pemerintah "
        "Kota Jayapura."
    )
    assert {e: r.opinion for (e, _), r in got.items()} == {"Kota Jayapura": "kepatuhan tinggi"}


def test_a_score_written_before_a_facility_is_no_count():
    got = recs(LEBONG_2024 + "Nilai per unit: 90,13 Dinas Sosial dan 84,17 RSUD Lebong.")
    assert got[("RSUD Lebong", 2024)].score == 84.17
