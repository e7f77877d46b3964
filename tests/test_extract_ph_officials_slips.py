"""Officials: office words mistyped by one letter ("Kepapa Bagian", "kepal Ombudsman", "Kepala Dimas
Kominfo") are read as the word meant where an office stands, and written right in the title; given names
and common words one letter off ("kata Dimas", "kepada Dinas Sosial") are left alone.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_of

OPENING = "Ombudsman menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2023 di Pasarwajo.\n"


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Turut hadir Kepapa Bagian Hukum Setda Buton, Ahmad Yani, dan Kepala Bagian Umum Setda Buton, Rudi Hartono.",
            {"Ahmad Yani": "Kepala Bagian Hukum Setda Buton", "Rudi Hartono": "Kepala Bagian Umum Setda Buton"},
        ),
        (
            "Turut hadir Plt. Kepala Dimas Kominfo Rudi Hartono dan para camat.",
            {"Rudi Hartono": "Plt. Kepala Dinas Kominfo"},
        ),
        (
            "Piagam diserahkan kepal Ombudsman Republik Indonesia Rudi Hartono secara daring kepada para bupati.",
            {"Rudi Hartono": "kepala Ombudsman Republik Indonesia"},
        ),
        (
            "Sambutan dibacakan Sekretaris Daerah Buton, Ahmad Yani, didampingi Kepala Badam Kepegawaian Rudi Hartono.",
            {"Ahmad Yani": "Sekretaris Daerah Buton", "Rudi Hartono": "Kepala Badan Kepegawaian"},
        ),
    ],
    ids=["head-replaced", "unit-after-head", "head-cut", "unit-replaced"],
)
def test_a_mistyped_office_word_is_read_as_meant(line, expected):
    assert titles_of(OPENING + line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Menurut Dimas Kepala Bagian Umum Setda Buton, layanan terus dibenahi.", {}),
        ("Piagam itu diserahkan kepada Dinas Sosial Kota Baubau dan Puskesmas Wajo.", {}),
        ("Kepala Dinas Sosial Dimas Prasetyo menerima piagam itu.", {"Dimas Prasetyo": "Kepala Dinas Sosial"}),
        ("Laporan disampaikan kepada Ombudsman RI Perwakilan Sultra pekan lalu.", {}),
    ],
    ids=["given-name-before-office", "kepada-unit", "given-name-after-office", "kepada-body"],
)
def test_names_and_common_words_one_letter_off_are_left_alone(line, expected):
    assert titles_of(OPENING + line) == expected
