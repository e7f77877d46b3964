"""Public schools as service units (2025 instrument): a school with its number and place is a unit of its
government, one school written two ways is one unit, a school level without a number is no unit.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- public schools as service units (2025 instrument) ----------------------------------------------------


@pytest.mark.parametrize(
    "written, name",
    [
        ("SMP Negeri 4 Lubuklinggau", "SMP Negeri 4 Lubuklinggau"),
        ("SMPN 4 Lubuklinggau", "SMPN 4 Lubuklinggau"),  # as written: the text never writes "SMP Negeri"
        ("SMA Negeri 12 Lubuklinggau", "SMA Negeri 12 Lubuklinggau"),
        ("SDN 101 Lubuklinggau", "SDN 101 Lubuklinggau"),
    ],
    ids=["smp-negeri-4-lubuklinggau", "smpn-4-lubuklinggau", "sma-negeri-12-lubuklinggau", "sdn-101-lubuklinggau"],
)
def test_school_with_its_number_and_place_is_a_unit_of_its_government(written, name):
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Maladministrasi Pelayanan Publik Tahun 2025. Pemkot Lubuklinggau "
        f"meraih nilai 84,10. Unit layanan dengan nilai tertinggi adalah {written} yang memperoleh nilai 90,45, "
        "disusul Dinas Sosial dengan nilai 86,20."
    )
    got = recs(text)
    school = got[(name, 2025)]
    assert school.score == 90.45, got
    assert school.entity_type == "unit" and school.parent == "Kota Lubuk Linggau"
    assert got[("Kota Lubuk Linggau", 2025)].score == 84.1
    assert got[("Dinas Sosial", 2025)].score == 86.2


def test_school_written_two_ways_is_one_unit():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Maladministrasi Tahun 2025 kepada Pemkot Lubuklinggau. Sertifikat "
        "diberikan kepada SMP Negeri 4 Lubuklinggau yang mencatat nilai 90,45. Selain SMPN 4 Lubuklinggau, RSUD "
        "Siti Aisyah memperoleh nilai 85,10."
    )
    got = recs(text)
    assert [k for k in got if "SMP" in k[0]] == [("SMP Negeri 4 Lubuklinggau", 2025)], got


def test_school_level_without_number_is_no_unit():
    # look-alike: "SMP Negeri" with no number names no one school
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Maladministrasi Tahun 2025. Pemkot Lubuklinggau meraih nilai 84,10. "
        "Ombudsman juga menilai layanan SMP Negeri di kota itu secara umum baik."
    )
    got = recs(text)
    assert set(got) == {("Kota Lubuk Linggau", 2025)}, got
