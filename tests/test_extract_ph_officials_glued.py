"""Officials: honorifics and initials glued to a name by their dots ("Ir.H.Moh.Amin"), a degree of the
humanities ("SS"), words that are no name before an office ("Maaf"), a misspelt ministerial office, and
members of a collegial body listed before their shared office ("A, B, dan C selaku anggota").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_of


@pytest.mark.parametrize(
    "written",
    ["Ir.H.Moh.Rizal,MM", "Ir.HL.Moh.Rizal,MM", "Drs.H.Moh.Rizal, M.Si", "Ir.HM.Moh.Rizal"],
    ids=["ir-h", "ir-hl-sasak", "drs-h-degree", "ir-hm"],
)
def test_honorifics_glued_to_a_name_by_their_dots_are_dropped(written):
    got = titles_of(f"Di tempat lain, Asisten II Setda Lombok Timur, {written} menyebut hasil itu wajar.")
    assert got == {"Moh. Rizal": "Asisten II Setda Lombok Timur"}


def test_a_glued_run_that_opens_with_no_honorific_is_left_alone():
    got = titles_of("Kepala Dinas Sosial, Budi Santoso, membaca laporan P.T.Maju Jaya pagi itu.")
    assert got == {"Budi Santoso": "Kepala Dinas Sosial"}


@pytest.mark.parametrize("degree", ["SS MH", "SS", "S.S., M.Hum"])
def test_the_humanities_degree_is_no_part_of_the_name(degree):
    got = titles_of(f"Hadir pula Wakil Bupati Kampar H Yusri Hamdani {degree} bersama rombongan.")
    assert got == {"Yusri Hamdani": "Wakil Bupati Kampar"}


@pytest.mark.parametrize(
    "said",
    [
        '"Maaf, pimpinan sedang rapat di luar kantor," kata petugas jaga kepada tamu.',
        "Maaf, pimpinan kami belum bisa ditemui hari ini, ujar seorang staf.",
    ],
)
def test_an_apology_opening_a_quote_is_no_name_before_the_office(said):
    assert titles_of(said) == {}


@pytest.mark.parametrize("office", ["Menkopohukam", "Menkopolhukam"])
def test_a_coordinating_minister_named_by_office_only_is_no_person(office):
    got = titles_of(f"Acara dihadiri oleh {office}, Menteri Pertahanan, dan Ketua Ombudsman Fajar Nugroho.")
    assert got == {"Fajar Nugroho": "Ketua Ombudsman"}


@pytest.mark.parametrize(
    "listed",
    [
        "Rina Puspita, Agus Salim, dan Made Wirawan selaku anggota",
        "Rina Puspita, Agus Salim dan Made Wirawan selaku anggota",
        "Rina Puspita, Agus Salim, serta Made Wirawan sebagai anggota",
    ],
)
def test_members_listed_before_their_shared_collegial_office_each_hold_it(listed):
    got = titles_of(f"Rapat dipimpin Ketua Ombudsman, Dwi Hartono; {listed}, dan puluhan staf.")
    assert got == {
        "Dwi Hartono": "Ketua Ombudsman",
        "Rina Puspita": "anggota",
        "Agus Salim": "anggota",
        "Made Wirawan": "anggota",
    }


def test_a_list_before_a_collegial_office_stops_at_another_office():
    got = titles_of("Hadir Budi Santoso, Kepala Dinas Sosial, dan Andi Wijaya selaku anggota Ombudsman.")
    assert got == {"Budi Santoso": "Kepala Dinas Sosial", "Andi Wijaya": "anggota Ombudsman"}


def test_names_before_a_single_office_with_no_linking_word_are_not_listed():
    got = titles_of("Tamu hari itu Rina Puspita, Agus Salim, Ketua Komisi A.")
    assert "Rina Puspita" not in got


@pytest.mark.parametrize("verb", ["menjelaskan", "mengatakan", "menambahkan"])
def test_a_full_stop_glued_to_the_next_lower_case_word_ends_the_name(verb):
    got = titles_of(f"Kepala Dinas Perhubungan Rudi Hartono.{verb}, jumlah armada naik tahun ini.")
    assert got == {"Rudi Hartono": "Kepala Dinas Perhubungan"}


def test_a_glued_stop_does_not_make_the_next_word_a_name_for_the_office():
    got = titles_of("Inspektur Rudi Hartono.menjelaskan, Rakorwasda diikuti banyak peserta.")
    assert "Rakorwasda" not in got
