"""An office a person held before is a title in a biography, not a body assessed: "mantan Kepala LAN Makassar",
"yang sebelumnya menjabat Kepala Dinas Pendidikan Kabupaten X", "eks pejabat Kemendagri", "pernah menjadi Kepala
BPS Y" give the body named no record, not even through "penghargaan itu"; the person is still an official, and a
title held now after "yang kini" still names its government.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs, titles_of


SULSEL = (
    "Ombudsman RI Perwakilan Sulawesi Selatan menyerahkan hasil Penilaian Kepatuhan Pelayanan Publik tahun 2023. "
    "Kota Makassar meraih nilai 85,2 dan masuk zona hijau. "
)
MAKASSAR = ("Kota Makassar", 2023)


@pytest.mark.parametrize(
    "bio, former",
    [
        (
            "Penjabat Wali Kota Makassar Andi Arwin Azis, mantan Kepala LAN Makassar, menerima penghargaan itu.",
            "Lembaga Administrasi Negara",
        ),
        ("Andi Arwin Azis, eks Kepala BPOM Makassar, menerima penghargaan itu.", "Badan Pengawas Obat dan Makanan"),
        (
            "Penghargaan itu diterima Andi Arwin Azis yang sebelumnya menjabat Kepala BPS Sulsel.",
            "Badan Pusat Statistik",
        ),
        ("Andi Arwin Azis, eks pejabat Kemendagri, menerima penghargaan itu.", "Kementerian Dalam Negeri"),
        (
            "Andi Arwin Azis yang pernah menjadi Kepala Dinas Pendidikan Kabupaten Gowa menerima penghargaan itu.",
            "Kabupaten Gowa",
        ),
        ("Penghargaan itu diterima Andi Arwin Azis, bekas Bupati Gowa.", "Kabupaten Gowa"),
        ("Andi Arwin Azis, yang pernah memimpin Kabupaten Gowa, menerima penghargaan itu.", "Kabupaten Gowa"),
    ],
)
def test_a_former_office_takes_no_record(bio, former):
    r = recs(SULSEL + bio)
    assert r[MAKASSAR].score == 85.2
    assert not any(e == former for e, _ in r), list(r)
    assert not any(e in ("Provinsi Sulawesi Selatan", "Dinas Pendidikan") for e, _ in r), list(r)


def test_the_person_with_a_former_office_is_still_an_official():
    text = SULSEL + "Penjabat Wali Kota Makassar Andi Arwin Azis, mantan Kepala LAN Makassar, menerima penghargaan itu."
    assert titles_of(text).get("Andi Arwin Azis") == "Penjabat Wali Kota Makassar"


def test_the_office_held_now_after_a_former_one_still_names_its_government():
    text = (
        "Ombudsman RI Perwakilan Sulawesi Selatan menyerahkan hasil Penilaian Kepatuhan Pelayanan Publik tahun 2023. "
        "Andi Arwin Azis, mantan Kepala Dinas Pendidikan Kabupaten Gowa yang kini menjabat Penjabat Wali Kota "
        "Makassar, menerima penghargaan zona hijau."
    )
    r = recs(text)
    assert r[MAKASSAR].zone == "hijau"
    assert ("Kabupaten Gowa", 2023) not in r


def test_a_body_named_as_assessed_beside_a_former_title_keeps_its_record():
    text = SULSEL + "Kabupaten Gowa, daerah yang dipimpin mantan Kepala Dinas Sosial, meraih nilai 80,1."
    assert recs(text)[("Kabupaten Gowa", 2023)].score == 80.1


@pytest.mark.parametrize(
    "said",
    [
        "Sekda yang pernah menjabat Kabag Umum itu menyebut Kota Makassar meraih nilai 85,2.",
        "Pejabat yang sebelumnya menjabat Kadis itu mengatakan Kota Makassar meraih nilai 85,2.",
        "Mantan Kepala Bappeda yang kini Sekda itu menyampaikan Kota Makassar meraih nilai 85,2.",
    ],
)
def test_a_government_named_after_the_former_title_ends_keeps_its_record(said):
    text = (
        "Ombudsman RI Perwakilan Sulawesi Selatan menyerahkan hasil Penilaian Kepatuhan Pelayanan Publik tahun 2023. "
    )
    assert recs(text + said)[MAKASSAR].score == 85.2
