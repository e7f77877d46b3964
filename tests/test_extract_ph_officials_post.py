"""Officials: the forms of address "Sdr." / "Saudara" / "Sdri." written before a holder's name are no part of
it; a hospital named by one word right after "RSUD" ("Direktur RSUD Dunda bersama jajaran") is the hospital's
name, not its director's; members of a team ("dua anggota tim, A dan B") hold no office.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_in

# -- forms of address before a name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Plt. Kepala Perwakilan Ombudsman Sumsel, Sdr. Astra Gunawan menyebut hasilnya.",
            "Astra Gunawan",
            "Plt. Kepala Perwakilan Ombudsman Sumsel",
        ),
        (
            "Menurut Kepala Dinas Kesehatan Kota Palembang Sdr Fauziah, nilai itu naik.",
            "Fauziah",
            "Kepala Dinas Kesehatan Kota Palembang",
        ),
        (
            "Hadir pula Sekda Kabupaten Banyuasin, Saudara Erwin Ibrahim, dalam acara itu.",
            "Erwin Ibrahim",
            "Sekda Kabupaten Banyuasin",
        ),
        (
            "Kepala Bagian Organisasi Sdri. Rina Marlina menerima piagam tersebut.",
            "Rina Marlina",
            "Kepala Bagian Organisasi",
        ),
    ],
)
def test_form_of_address_is_no_part_of_the_name(line, name, title):
    assert titles_in(line) == {name: title}


# -- a hospital named by one word --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Tim disambut oleh Plh. Direktur RSUD Dunda bersama jajaran.",
        "Rombongan diterima Direktur RSUD Bahteramas beserta para kepala bidang.",
        "Kunjungan itu diterima Direktur RSUD Tombulu dan stafnya di ruang rapat.",
    ],
)
def test_one_word_after_a_hospital_is_its_name(line):
    assert titles_in(line) == {}


@pytest.mark.parametrize(
    "line, name, title",
    [
        ("Direktur RSUD Dunda dr. Andi Siswanto menyambut tim.", "Andi Siswanto", "Direktur RSUD Dunda"),
        ("Direktur RSUD Toto Kabila, Andi Siswanto, menyambut tim.", "Andi Siswanto", "Direktur RSUD Toto Kabila"),
    ],
)
def test_a_hospital_named_before_its_director(line, name, title):
    assert titles_in(line) == {name: title}


# -- members of a team -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, kept",
    [
        (
            "Kegiatan dipimpin Kepala Ombudsman Gorontalo, Muslimin B. Putra, bersama dua anggota tim, "
            "Fajrianti Karim dan Azhary Fardiansyah.",
            {"Muslimin B. Putra": "Kepala Ombudsman Gorontalo"},
        ),
        ("Turut hadir anggota tim penilai Rudi Hartono dan Sinta Dewi.", {}),
        (
            "Ketua Ombudsman Sumbar Yefri Heriani didampingi anggota tim, Nita Sari.",
            {"Yefri Heriani": "Ketua Ombudsman Sumbar"},
        ),
    ],
)
def test_members_of_a_team_hold_no_office(line, kept):
    assert titles_in(line) == kept


# -- a grade word that is also a given name ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Bupati Kubu Raya, Muda Mahendrawan menyatakan daerahnya siap dinilai.",
            "Muda Mahendrawan",
            "Bupati Kubu Raya",
        ),
        (
            "Sambutan disampaikan Bupati Kubu Raya Muda Mahendrawan di aula kantor bupati.",
            "Muda Mahendrawan",
            "Bupati Kubu Raya",
        ),
        ("Menurut Kepala Ombudsman Kalbar, Muda Hartono, hasilnya membaik.", "Muda Hartono", "Kepala Ombudsman Kalbar"),
        (
            "Asisten Muda Ombudsman Kalbar, Budi Santoso menjelaskan metode penilaian.",
            "Budi Santoso",
            "Asisten Muda Ombudsman Kalbar",
        ),
    ],
)
def test_muda_after_a_place_opens_the_name(line, name, title):
    assert titles_in(line) == {name: title}


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Ketua Tim Penilai Ombudsman Jakarta Raya, Olvi Dewi menerangkan cara kerja tim.",
            "Olvi Dewi",
            "Ketua Tim Penilai Ombudsman Jakarta Raya",
        ),
        ("Ketua Tim Penilai, Budi Santoso, memimpin wawancara di RSUD itu.", "Budi Santoso", "Ketua Tim Penilai"),
    ],
)
def test_a_team_leader_holds_an_office(line, name, title):
    assert titles_in(line) == {name: title}


# -- a numbered team inside an office; a secretariat's section written short ---------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Menurut Kepala Satuan Tugas 1 Pencegahan KPK Tri Gama Reva, indeks itu rendah.",
            "Tri Gama Reva",
            "Kepala Satuan Tugas 1 Pencegahan KPK",
        ),
        (
            "Kepala Satgas 2 Koordinasi dan Supervisi KPK, Budi Santoso, hadir di Manokwari.",
            "Budi Santoso",
            "Kepala Satgas 2 Koordinasi dan Supervisi KPK",
        ),
        ("Hadir pula Kabag Prokompin Badung Made Suardita di ruang rapat.", "Made Suardita", "Kabag Prokompin Badung"),
        (
            "Piagam diterima Kabag Prokopim Setda Gianyar Ketut Sandi Artawan.",
            "Ketut Sandi Artawan",
            "Kabag Prokopim Setda Gianyar",
        ),
    ],
)
def test_numbered_team_and_short_section_stay_in_the_office(line, name, title):
    assert titles_in(line) == {name: title}


@pytest.mark.parametrize(
    "line", ["Bupati Lebong 2 kali hadir dalam rapat itu.", "Kepala Bidang 3 orang ikut dalam rapat itu."]
)
def test_a_count_after_an_office_is_no_part_of_it(line):
    assert titles_in(line) == {}


# -- a sentence glued to a number before it ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Penilaian digelar pada 14-15 September 2022.Kepala Ombudsman RI Perwakilan Jakarta Raya, Dedy Irsan "
            "mengatakan hasilnya akan diumumkan.",
            "Dedy Irsan",
            "Kepala Ombudsman RI Perwakilan Jakarta Raya",
        ),
        (
            "Nilai yang diraih tahun ini 88,12.Bupati Lebong Kopli Ansori mengapresiasi kerja jajarannya.",
            "Kopli Ansori",
            "Bupati Lebong",
        ),
        (
            "Jumlah unit yang dinilai ada 12.Sekda Kota Bengkulu, Arif Gunadi, membuka acara itu.",
            "Arif Gunadi",
            "Sekda Kota Bengkulu",
        ),
    ],
)
def test_an_office_glued_to_a_number_opens_a_sentence(line, name, title):
    assert titles_in(line) == {name: title}


# -- an honorific followed by a comma ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Sekretaris Daerah Kabupaten Kapuas, Drs, Septedy, menyebut nilai daerahnya naik.",
            "Septedy",
            "Sekretaris Daerah Kabupaten Kapuas",
        ),
        ("Bupati Lebong, Dr, Kopli Ansori menerima piagam itu di Bengkulu.", "Kopli Ansori", "Bupati Lebong"),
        (
            "Menurut Wali Kota Bengkulu, H, Dedy Wahyudi, hasil itu buah kerja bersama.",
            "Dedy Wahyudi",
            "Wali Kota Bengkulu",
        ),
    ],
)
def test_a_comma_after_an_honorific_is_skipped(line, name, title):
    assert titles_in(line) == {name: title}


# -- a village head in brackets after the name -------------------------------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        ("Kami berbincang dengan Elgin Sawal (Kades Sei Tatas) di teras rumahnya.", "Elgin Sawal", "Kades Sei Tatas"),
        (
            "Tim menemui Budi Santoso (Kepala Desa Sungai Ulin) di balai desa.",
            "Budi Santoso",
            "Kepala Desa Sungai Ulin",
        ),
        ("Kades Sei Tatas, Elgin Sawal, menyebut warganya kebanyakan petani.", "Elgin Sawal", "Kades Sei Tatas"),
    ],
)
def test_village_head_named_with_a_place_the_gazetteer_lacks(line, name, title):
    assert titles_in(line) == {name: title}


def test_a_bracket_with_more_than_a_place_is_no_office():
    assert titles_in("Kami bertemu Budi Santoso (Kades Sei Tatas Ulu Hilir) di sana.") == {}


# -- a family name written without its first syllable ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Kubu Raya Muda Hendrawan menandatangani nota itu. Bupati Kubu Raya, Muda Mahendrawan menyebut "
        "daerahnya siap.",
        "Sekda Kota Ambon Ahmad Sumarsono membuka acara. Menurut Sekda Kota Ambon, Ahmad Marsono, nilainya naik.",
        "Kepala Dinas Kesehatan Rina Kusumawati membuka acara. Kepala Dinas Kesehatan Rina Sumawati lalu "
        "menjelaskan hasilnya.",
    ],
)
def test_one_person_when_a_family_name_loses_its_first_syllable(text):
    assert len(titles_in(text)) == 1


def test_a_short_family_name_inside_another_is_another_person():
    found = titles_in("Kepala Dinas Sosial Ari Sumarno hadir. Kepala Dinas Pertanian Ari Marno juga datang.")
    assert set(found) == {"Ari Sumarno", "Ari Marno"}
