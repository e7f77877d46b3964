"""Officials: Balinese noble titles written as initials open the name ("IGN" = I Gusti Ngurah), so does a
given name spelt like a function word capitalised inside a sentence ("Dan Satriana"); a head and deputy glued
by a hyphen are two people; degrees of public administration ("S.A.P", "S.AP") and nursing ("AMK") are no
names; the Sundanese familiar honorific
"Kang" is no part of the name; a nickname told after the full name ("yang akrab disapa Mas Rio") is the
same person; office words with two letters swapped ("Sekertaris"), the heads "Kadinas" and "Tim Keasistenan"
(a team: every name after it); "pada" joins an office to its body; a unit named after a place the gazetteer
lacks ("Kepala Puskesmas Tempeh Ima Rifiyanti").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_in


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Hasil itu diterima Sekretaris Daerah IGN Made Suarta di ruang rapat.", "IGN Made Suarta"),
        ("Sekretaris Kota IGA Putu Sari, mewakili wali kota, menerima piagam.", "IGA Putu Sari"),
        ("Piagam diserahkan kepada Kepala Dinas Kesehatan IGK Wirawan kemarin.", "IGK Wirawan"),
    ],
)
def test_balinese_initials_open_the_name(line, name):
    names = titles_in(line)
    assert name in names
    assert not any(t.endswith(("IGN", "IGA", "IGK")) for t in names.values())


@pytest.mark.parametrize(
    "line",
    [
        "Kepala Dinas Kominfo Kabupaten Kediri Budi Harsono, S.A.P, M.Si menyampaikan terima kasih.",
        "Kepala Dinas Kominfo Kabupaten Kediri Budi Harsono, S.AP., mengaku bangga.",
        "Kasubbag Umum Polres Ambon Ipda Budi Harsono, AMK, S.Th, hadir dalam acara itu.",
    ],
)
def test_public_administration_and_nursing_degrees_are_no_names(line):
    names = titles_in(line)
    assert "Budi Harsono" in names
    assert not set(names) & {"S.A.P", "S.AP", "AMK"}


@pytest.mark.parametrize(
    "line",
    [
        'Bupati Garut Asep Sunandar menerima piagam. "Kami akan terus berbenah," ujar Kang Asep.',
        "Wali Kota Bandung, Kang Dedi Supriatna, menerima piagam itu.",
    ],
)
def test_the_sundanese_familiar_honorific_is_no_part_of_the_name(line):
    names = titles_in(line)
    assert not any(n.startswith("Kang") for n in names)


@pytest.mark.parametrize(
    ("line", "first", "second"),
    [
        (
            "Wali Kota dan Wakil Wali Kota Tomohon, Caroll Senduk-Wenny Lumentut hadir di Jakarta.",
            ("Caroll Senduk", "Wali Kota Tomohon"),
            ("Wenny Lumentut", "Wakil Wali Kota Tomohon"),
        ),
        (
            "Piagam diterima Gubernur dan Wakil Gubernur Jambi Al Haris-Abdullah Sani di kantor Ombudsman.",
            ("Al Haris", "Gubernur Jambi"),
            ("Abdullah Sani", "Wakil Gubernur Jambi"),
        ),
    ],
)
def test_a_head_and_deputy_glued_by_a_hyphen_are_two_people(line, first, second):
    names = titles_in(line)
    assert first in names.items() and second in names.items()
    assert not any("-" in n for n in names)


def test_a_hyphen_inside_one_name_under_one_office_stays():
    assert "Kustini Sri-Purnomo" in titles_in("Bupati Sleman Kustini Sri-Purnomo hadir di Jakarta.")


@pytest.mark.parametrize(
    "line",
    [
        "Kepala Perwakilan Ombudsman Jawa Barat Dan Satriana menyerahkan hasil itu.",
        "Hasil diserahkan Kepala Perwakilan Ombudsman Jawa Barat Dan Satriana ke tangan wali kota.",
        "Hadir pula Kepala Ombudsman Jabar Dan Satriana.",
        "Kepala Ombudsman RI Perwakilan Jawa Barat, Dan Satriana, menilai layanan itu membaik.",
    ],
)
def test_the_given_name_dan_opens_a_name(line):
    assert "Dan Satriana" in titles_in(line)


@pytest.mark.parametrize(
    "headline", ["Bupati Dan Wakil Bupati Subang Hadiri Penyerahan Hasil", "Wali Kota Dan Sekda Bogor Terima Piagam"]
)
def test_a_capitalised_conjunction_in_a_headline_is_no_name(headline):
    assert not [n for n in titles_in(headline) if n.startswith("Dan ")]


def test_a_capitalised_conjunction_inside_an_office_joins_its_words():
    got = titles_in("Kepala Dinas Pendidikan Dan Kebudayaan Rina Wati hadir di aula.")
    assert got == {"Rina Wati": "Kepala Dinas Pendidikan Dan Kebudayaan"}


@pytest.mark.parametrize(
    "line",
    [
        'Bupati Garut, Asep Sunandar, S.IP yang akrab disapa Kang Asep, hadir. "Kami siap," ujar Kang Asep.',
        "Bupati Blitar Rini Syarifah—yang akrab disapa Mak Rini—hadir. Bupati Blitar, Mak Rini, lalu berpidato.",
        "Wali Kota Surabaya Eri Cahyadi, sapaan akrabnya Cak Eri, hadir. Wali Kota Surabaya, Cak Eri, bangga.",
    ],
)
def test_a_nickname_told_after_the_full_name_is_the_same_person(line):
    names = titles_in(line)
    assert len(names) == 1
    assert set(names) <= {"Asep Sunandar", "Rini Syarifah", "Eri Cahyadi"}


def test_a_nickname_does_not_take_another_persons_surname():
    line = "Wali Kota Malang Sutiaji yang akrab disapa Pak Aji hadir. Kadis Kominfo Ahmad Aji lalu menjelaskan."
    assert {"Sutiaji", "Ahmad Aji"} <= set(titles_in(line))


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        (
            "Sekertaris Daerah Papua Barat, Yakob Fonataba, membuka acara.",
            "Yakob Fonataba",
            "Sekretaris Daerah Papua Barat",
        ),
        ("Piagam diterima Sekertaris Kota Bitung Budi Santoso di Jakarta.", "Budi Santoso", "Sekretaris Kota Bitung"),
    ],
)
def test_an_office_word_with_two_letters_swapped_is_read_as_meant(line, name, title):
    assert titles_in(line).get(name) == title


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ketua tim, Kadinas Satu Atap, Yohanes Wanma mengatakan standar sudah dipasang.", "Yohanes Wanma"),
        ("Kadinas Kesehatan Kota Tual Budi Santoso hadir dalam acara.", "Budi Santoso"),
    ],
)
def test_kadinas_heads_an_office(line, name):
    assert titles_in(line).get(name, "").startswith("Kadinas")


@pytest.mark.parametrize(
    "line",
    [
        "Tim Keasistenan Pencegahan Rina Wati dan Budi Santoso memeriksa kantor itu.",
        "Ketua perwakilan datang didampingi Tim Keasistenan Pemeriksaan Rina Wati dan Budi Santoso.",
    ],
)
def test_the_members_of_an_assistance_team_are_all_named(line):
    names = titles_in(line)
    assert {"Rina Wati", "Budi Santoso"} <= set(names)
    assert all(t.startswith("Tim Keasistenan") for t in names.values())


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Pembicara Asisten Bidang Pencegahan pada Ombudsman RI, Rina Wati, memaparkan temuan.",
            "Asisten Bidang Pencegahan pada Ombudsman RI",
        ),
        (
            "Kepala Bidang pada Dinas Kesehatan Kota Bengkulu, Rina Wati, hadir.",
            "Kepala Bidang pada Dinas Kesehatan Kota Bengkulu",
        ),
    ],
)
def test_the_body_an_office_is_part_of_after_pada(line, title):
    assert titles_in(line).get("Rina Wati") == title


def test_pada_before_a_day_or_another_office_ends_the_office():
    names = titles_in("Hasil diserahkan Kepala Ombudsman pada Bupati Lebong Kopli Ansori pada Senin.")
    assert names.get("Kopli Ansori") == "Bupati Lebong"


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Kepala Puskesmas Kunir Rina Wati menyampaikan terima kasih.", "Rina Wati", "Kepala Puskesmas Kunir"),
        (
            "Kepala Puskesmas Tempeh Budi Santoso, S.Kep, membenarkan hal itu.",
            "Budi Santoso",
            "Kepala Puskesmas Tempeh",
        ),
        ("Piagam diterima Kepala Puskesmas Yosowilangun Rina Wati.", "Rina Wati", "Kepala Puskesmas Yosowilangun"),
    ],
)
def test_a_unit_named_after_a_place_the_gazetteer_lacks(line, name, title):
    assert titles_in(line).get(name) == title


def test_a_place_followed_by_an_office_word_is_no_name():
    assert not titles_in("Kepala Desa Sukamaju Kecamatan Tempeh hadir di balai desa.")
