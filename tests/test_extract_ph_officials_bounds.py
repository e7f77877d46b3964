"""Officials: where a name starts and ends next to its office. A place written with its words run
together or misspelt stays in the office; "se-" phrases, a senior post's grade and a hospital's name are
no names; degrees and glued honorifics leave the name; initials written "FX." and a name word cut short
("Gubernur Mirza") belong to the person.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_of

OPENING = "Ombudsman menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2021 di Bandar Lampung.\n"


# -- a region of two words written as one stays in the office ----------------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Piagam itu diterima Bupati Tulangbawang Sutarni Wijaya di aula kantor.",
            "Sutarni Wijaya",
            "Bupati Tulangbawang",
        ),
        ("Wakil Bupati Deliserdang Rudi Hartono membacakan sambutan.", "Rudi Hartono", "Wakil Bupati Deliserdang"),
        ("Sekda Tulangbawang Barat Yusuf Effendi ikut hadir.", "Yusuf Effendi", "Sekda Tulangbawang Barat"),
        ("Hadir pula Bupati Tulang Bawang Sutarni Wijaya.", "Sutarni Wijaya", "Bupati Tulang Bawang"),
    ],
)
def test_a_region_written_as_one_word_stays_in_the_office(line, name, title):
    assert titles_of(OPENING + line) == {name: title}


# -- "se-" makes a place phrase, never a name ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Acara itu dihadiri Gubernur Lampung Ari Wibowo, para Bupati dan Walikota Se-Lampung.",
            {"Ari Wibowo": "Gubernur Lampung"},
        ),
        ("Rapat kerja diikuti para Camat Se-Kabupaten Lebong dan Kepala Dinas Se-Kota Bengkulu.", {}),
        ("Pertemuan diikuti Kepala Puskesmas se-Indonesia secara daring.", {}),
    ],
)
def test_a_se_phrase_is_no_name(line, expected):
    assert titles_of(OPENING + line) == expected


# -- a level word misspelt stays in the office -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Kepala Perwakilan Ombudsman RI Provinisi Kalsel menyerahkan piagam kepada para bupati.", {}),
        (
            "Kepala Perwakilan Ombudsman RI Provinisi Kalsel, Rahmat Hidayat, menyerahkan piagam.",
            {"Rahmat Hidayat": "Kepala Perwakilan Ombudsman RI Provinisi Kalsel"},
        ),
        ("Ketua DPRD Kabupatan Lebong menutup rapat paripurna itu.", {}),
    ],
)
def test_a_misspelt_level_word_stays_in_the_office(line, expected):
    assert titles_of(OPENING + line) == expected


# -- degrees written without dots leave the name ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line, name",
    [
        ("Piagam diterima Penjabat Sekretaris Daerah OKI, Hasan Basri MS, S.Sos., MM, di Palembang.", "Hasan Basri"),
        (
            "Penghargaan diterima Kepala Dinas Sosial Lestari Handayani SS, yang hadir mewakili bupati.",
            "Lestari Handayani",
        ),
        ("Kepala Dinas Sosial Lestari Handayani, S.S., menerima piagam itu.", "Lestari Handayani"),
        ("Kepala Dinas Sosial Lestari Handayani M.S. menerima piagam itu.", "Lestari Handayani"),
    ],
)
def test_dotless_degrees_leave_the_name(line, name):
    assert list(titles_of(OPENING + line)) == [name]


# -- honorifics glued by their dots ("Ir.HL.") leave the name --------------------------------------------------


@pytest.mark.parametrize(
    "line, name",
    [
        ("Sambutan dibacakan Sekda Lombok Timur Ir.HL. Saiful Anwar, MAP di Selong.", "Saiful Anwar"),
        ("Sambutan dibacakan Sekda Lombok Timur HL. Saiful Anwar di Selong.", "Saiful Anwar"),
        ("Sambutan dibacakan Sekda Lombok Timur Dr.HL. Saiful Anwar di Selong.", "Saiful Anwar"),
        ("Sambutan dibacakan Sekda Lombok Timur Ir. Lalu Saiful Anwar di Selong.", "Lalu Saiful Anwar"),
    ],
)
def test_glued_honorifics_leave_the_name(line, name):
    assert list(titles_of(OPENING + line)) == [name]


# -- a name word cut short is the same person ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Piagam diterima Gubernur Rahmat Mirzani Hakim. Menurut pengamat, Gubernur Mirza membawa visi baru.",
            "Rahmat Mirzani Hakim",
        ),
        (
            "Wali Kota Andika Pratomo Siregar hadir. Kata dia, Wali Kota Andi memimpin perubahan itu.",
            "Andika Pratomo Siregar",
        ),
    ],
)
def test_a_name_word_cut_short_is_the_same_person(text, name):
    assert list(titles_of(OPENING + text)) == [name]


def test_a_different_given_name_is_another_person():
    text = "Bupati Sutrisno Hadi menerima piagam. Sekda Sutris Wahyudi mendampinginya."
    assert titles_of(OPENING + text) == {"Sutrisno Hadi": "Bupati", "Sutris Wahyudi": "Sekda"}


# -- a hospital's name before the director's honorific; a regional secretary's honorific opens the name ------


@pytest.mark.parametrize(
    "line, name, title",
    [
        ("Direktur RSUD Kudungga dr Ahmad Fauzi, menyampaikan terima kasih.", "Ahmad Fauzi", "Direktur RSUD Kudungga"),
        ("Direktur RSUD Sayang Rakyat dr. Ahmad Fauzi hadir.", "Ahmad Fauzi", "Direktur RSUD Sayang Rakyat"),
        (
            "Piagam diterima Sekretaris Daerah H. Amir Hamzah, S.Pd, MM, pada acara itu.",
            "Amir Hamzah",
            "Sekretaris Daerah",
        ),
        ("Hadir Sekretaris Daerah Hj. Siti Aminah, S.E., mewakili bupati.", "Siti Aminah", "Sekretaris Daerah"),
    ],
)
def test_a_hospital_name_stays_in_the_office(line, name, title):
    assert titles_of(OPENING + line) == {name: title}


# -- a senior post's grade is no name --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Kepala Dinas Dukcapil Kabupaten Minahasa dinilai sebagai Pejabat Tinggi Pratama terbaik tahun ini.",
        "Ia kini menduduki Jabatan Pimpinan Tinggi Madya di kementerian itu.",
        "Penilaian kinerja Pejabat Tinggi Utama dilakukan setiap semester.",
    ],
)
def test_a_senior_post_grade_is_no_name(line):
    assert titles_of(OPENING + line) == {}


# -- two initials with one dot ("FX.") open a name after an honorific ------------------------------------------


@pytest.mark.parametrize(
    "line, name",
    [
        ("Harapan kini ada pada Bupati Drs. FX. Wonda, M.Si dan jajarannya.", "FX. Wonda"),
        ("Piagam diterima Bupati Ir. YB. Susanto di kantor Ombudsman.", "YB. Susanto"),
        ("Piagam diterima Bupati Drs. HM. Susanto di kantor Ombudsman.", "Susanto"),
    ],
)
def test_two_initials_with_one_dot_open_a_name(line, name):
    assert list(titles_of(OPENING + line)) == [name]


# -- headlines of other stories run together on one line (a ticker) name no officials --------------------------

TICKER = (
    "Kota Palu Raih Predikat Kualitas Tertinggi dari Ombudsman RI Hebat! Palu Juara Lomba Inovasi Daerah Tingkat "
    "Provinsi Ketua DPRD Rahmat Sabri dan Komisi I Tinjau Pembangunan Pasar Inpres di Tiga Kelurahan Survei "
    "Harga Beras, Sekda Irwan Lahace Bersama Satgas Pangan Datangi Pasar Masomba Wali Kota Hadianto Rasyid "
    "Resmikan Gedung Baru Dinas Sosial\n"
)


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Wali Kota Palu Hadianto Rasyid menerima piagam itu di Jakarta.", {"Hadianto Rasyid": "Wali Kota Palu"}),
        ("Piagam itu diterima Asisten I Setda Palu Budi Santoso di Jakarta.", {"Budi Santoso": "Asisten I Setda Palu"}),
    ],
)
def test_a_ticker_of_headlines_names_no_officials(body, expected):
    assert titles_of(TICKER + "\n" + OPENING + body) == expected


def test_a_long_list_of_officials_is_no_ticker():
    line = (
        "Hadir dalam acara itu Kepala Dinas Pendidikan Kota Palu, Ahmad Yani, Kepala Dinas Sosial Kota Palu, Rudi "
        "Hartono, Kepala Dinas Kesehatan Kota Palu, Siti Aminah, Kepala Bagian Organisasi Setda Kota Palu, Andi "
        "Saputra, Kepala Bagian Hukum Setda Kota Palu, Made Sudarsana dan Kepala Puskesmas Talise"
    )
    assert set(titles_of(OPENING + line)) == {
        "Ahmad Yani",
        "Rudi Hartono",
        "Siti Aminah",
        "Andi Saputra",
        "Made Sudarsana",
    }


def test_a_long_sentence_in_title_case_is_no_ticker():
    line = (
        "Sertifikat Kepatuhan Standar Pelayanan Publik dan Nilai Hasil Survei Tahun Ini berupa Piagam Penghargaan "
        "Zona Hijau tersebut, diserahkan langsung Kepala Perwakilan Ombudsman RI Sulawesi Tengah Budi Santoso dan "
        "diterima Kepala Kantor Wilayah BPN Sulawesi Tengah Dr Ahmad Yani SH M.Hum"
    )
    assert set(titles_of(OPENING + line)) == {"Budi Santoso", "Ahmad Yani"}


# -- an office written in lower case goes on over its connectors -----------------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Acara dihadiri deputi bidang kelembagaan, tata laksana dan pengawasan Kemenpan RI, Hendra Gunawan.",
            "Hendra Gunawan",
            "deputi bidang kelembagaan, tata laksana dan pengawasan Kemenpan RI",
        ),
        (
            "Acara dihadiri asisten bidang pemerintahan, hukum dan politik Setda Lampung, Hendra Gunawan.",
            "Hendra Gunawan",
            "asisten bidang pemerintahan, hukum dan politik Setda Lampung",
        ),
        (
            "Acara dihadiri Deputi Bidang Kelembagaan, Tata Laksana dan Pengawasan Kemenpan RI, Hendra Gunawan.",
            "Hendra Gunawan",
            "Deputi Bidang Kelembagaan, Tata Laksana dan Pengawasan Kemenpan RI",
        ),
    ],
)
def test_a_lower_case_office_goes_on_over_connectors(line, name, title):
    assert titles_of(OPENING + line) == {name: title}


# -- "Baru", "Lama" (and the Acehnese "Baro") after a town close a district's name ------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Turut hadir Kepala Puskesmas Bireuen Baro dan Kepala Puskesmas Bireuen Lama.", {}),
        ("Camat Langsa Baro Hendra Gunawan membuka acara itu.", {"Hendra Gunawan": "Camat Langsa Baro"}),
        (
            "Kepala Puskesmas Lebong Baru Hendra Gunawan membuka acara itu.",
            {"Hendra Gunawan": "Kepala Puskesmas Lebong Baru"},
        ),
    ],
)
def test_new_and_old_close_a_district_name(line, expected):
    assert titles_of(OPENING + line) == expected
