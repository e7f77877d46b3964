"""Entities: a province named as a story's setting or scope holds no record. It is the seat of the assessor's
office however the office is written ("Perwakilan Ombudsman Indonesia Provinsi Jawa Timur"), the regional police
a unit belongs to ("Polres Kaur Polda Bengkulu"), the province a regency lies in written after it between
commas ("Kabupaten Jember, Jawa Timur, meraih ..."), or the province a counted group of regencies and cities
lies in, named again later ("Pemprov Lampung akan mendampingi kabupaten/kota lain"). A province gets a record
only where its own government's result is told.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

PROVINCE_TYPE = "provinsi"


def provinces(got):
    return {e for (e, _), r in got.items() if r.entity_type == PROVINCE_TYPE}


@pytest.mark.parametrize(
    "assessor",
    [
        "Perwakilan Ombudsman Indonesia Provinsi Jawa Timur",
        "Kepala Ombudsman Indonesia Jawa Timur",
        "Ombudsman Indonesia Perwakilan Jawa Timur",
    ],
)
def test_the_assessors_office_written_ombudsman_indonesia_is_a_place(assessor):
    got = recs(
        f"{assessor} menilai pelayanan publik di Kabupaten Jember tahun 2018 diberi nilai 51,7 dan masuk zona kuning."
    )
    assert provinces(got) == set()
    assert got[("Kabupaten Jember", 2018)].score == 51.7


@pytest.mark.parametrize(
    "said",
    [
        "Polres Kaur Polda Bengkulu dinobatkan sebagai terbaik kedua se-Provinsi Bengkulu tahun 2022.",
        "Polres Seluma Polda Bengkulu meraih peringkat kedua dalam penilaian tahun 2022.",
        "Tahun 2022 Polres Lebong Polda Bengkulu berada di urutan kedua.",
    ],
)
def test_the_regional_police_a_police_unit_belongs_to_is_no_subject(said):
    got = recs("Ombudsman RI menilai kepatuhan pelayanan publik Polres. " + said)
    assert provinces(got) == set()
    assert [r.rank for r in got.values()] == [2]


def test_a_regional_police_named_alone_still_holds_its_result():
    got = recs("Ombudsman RI menilai kepatuhan pelayanan publik tahun 2022. Polda Bengkulu meraih nilai 80,12.")
    assert got[("Polda Bengkulu", 2022)].score == 80.12


@pytest.mark.parametrize(
    "said, regency",
    [
        (
            "pelayanan publik di Pemerintahan Kabupaten Ogan Komering Ulu (OKU) Timur, Sumatera Selatan, memiliki "
            "kualitas tertinggi dengan zona hijau",
            "Kabupaten Ogan Komering Ulu Timur",
        ),
        ("Pemkab Ogan Komering Ulu (OKU) Selatan, Sumsel, meraih zona hijau", "Kabupaten Ogan Komering Ulu Selatan"),
        (
            "Kabupaten Bolaang Mongondow (Bolmong) Timur, Provinsi Sulawesi Utara, masuk zona hijau",
            "Kabupaten Bolaang Mongondow Timur",
        ),
        ("Pemkab Jember, Jawa Timur, meraih zona hijau", "Kabupaten Jember"),
    ],
)
def test_the_province_written_after_its_regency_between_commas_is_where_it_lies(said, regency):
    got = recs(f"Ombudsman RI menyebutkan pada penilaian tahun 2023 {said}.")
    assert provinces(got) == set()
    assert {e: r.zone for (e, _), r in got.items()} == {regency: "hijau"}


def test_a_regency_named_before_its_short_form_alone_keeps_its_name():
    got = recs(
        "Ombudsman RI menyebutkan pada penilaian tahun 2023 Kabupaten Ogan Komering Ulu (OKU) meraih zona hijau."
    )
    assert set(got) == {("Kabupaten Ogan Komering Ulu", 2023)}


def test_a_province_government_listed_after_a_regency_keeps_its_record():
    got = recs(
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan. Pada penilaian tahun 2023, Pemkab Jember, Pemprov Jawa Timur, dan Pemkot Malang meraih zona hijau."
    )
    assert provinces(got) == {"Provinsi Jawa Timur"}


@pytest.mark.parametrize(
    "later",
    [
        "Pemerintah Provinsi Lampung bersama Ombudsman akan terus mengawal daerah lain.",
        "Pemprov Lampung berjanji mendampingi kabupaten/kota yang belum berhasil.",
        "Ke depan Pemerintah Provinsi Lampung akan memfasilitasi pembinaan.",
    ],
)
def test_a_province_named_after_a_group_of_its_regencies_is_no_member(later):
    got = recs(
        "Dalam penilaian Ombudsman RI tahun 2025, enam Pemerintah kabupaten/kota di Provinsi Lampung meraih opini kualitas "
        "tinggi, diantaranya Pemerintah Kota Metro dengan nilai 84,43 dan Pemerintah Kabupaten Pringsewu dengan "
        f"nilai 84,09. {later}"
    )
    assert provinces(got) == set()
    assert got[("Kabupaten Pringsewu", 2025)].score == 84.09


def test_a_province_listed_with_a_group_of_regencies_in_its_sentence_is_a_member():
    got = recs(
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan. Pada penilaian tahun 2022 sebanyak tiga kabupaten dan kota meraih zona hijau, yakni Pemkab Bantul, "
        "Pemkab Sleman dan Pemprov DIY."
    )
    assert got[("Provinsi Daerah Istimewa Yogyakarta", 2022)].zone == "hijau"


def test_a_province_listed_with_the_members_of_a_group_in_the_next_sentence_is_a_member():
    got = recs(
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan. Pada penilaian tahun 2022 ada empat kabupaten dan kota "
        "yang meraih zona hijau. Penerimanya yakni Pemprov Jatim, Pemkab Tuban, Pemkab Jember dan Pemkot Blitar."
    )
    assert got[("Provinsi Jawa Timur", 2022)].zone == "hijau"
