"""Officials: the police corps written out after a rank ("Kombes Polisi X") and the municipal police
office (Satuan Polisi Pamong Praja) whose name holds the same word; names written with initials inside.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_of

OPENING = "Ombudsman menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2019 kepada Polda Kalbar.\n"


# -- the corps after a rank is no part of the name; "Polisi" inside an office stays in the title --------------


@pytest.mark.parametrize(
    "line",
    [
        "Laporan itu diterima Irwasda Polda Kalbar, Kombes Polisi Arif Rahman, di Pontianak.",
        "Irwasda Polda Kalbar Kombes Polisi Arif Rahman membacakan tanggapan kepolisian.",
        "Hadir pula Irwasda Polda Kalbar, Kombes. Polisi Arif Rahman.",
        "Irwasda Polda Kalbar AKBP Polisi Arif Rahman berjanji membenahi layanan.",
    ],
)
def test_the_corps_after_a_rank_is_dropped(line):
    assert titles_of(OPENING + line) == {"Arif Rahman": "Irwasda Polda Kalbar"}


@pytest.mark.parametrize(
    "line, title",
    [
        (
            "Kepala Satuan Polisi Pamong Praja (Kasatpol PP) La Ode Muharram turut hadir.",
            "Kepala Satuan Polisi Pamong Praja (Kasatpol PP)",
        ),
        (
            "Kepala Satuan Polisi Pamong Praja Buton La Ode Muharram turut hadir.",
            "Kepala Satuan Polisi Pamong Praja Buton",
        ),
        (
            "Turut hadir Kepala Satuan Polisi Pamong Praja Buton, La Ode Muharram.",
            "Kepala Satuan Polisi Pamong Praja Buton",
        ),
    ],
)
def test_polisi_inside_an_office_stays_in_the_title(line, title):
    assert titles_of(OPENING + line) == {"La Ode Muharram": title}


# -- unit acronyms of education, youth and sport; names with an initial inside ---------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        ("Plt Kepala Dinas Dikpora Irsan A. Mamak ikut mendampingi.", "Irsan A. Mamak", "Plt Kepala Dinas Dikpora"),
        (
            "Kadis Disdikpora Banggai Laut Irsan A Mamak ikut mendampingi.",
            "Irsan A Mamak",
            "Kadis Disdikpora Banggai Laut",
        ),
        ("Ikut mendampingi Kepala Dinas Dikpora, Budi Santoso.", "Budi Santoso", "Kepala Dinas Dikpora"),
    ],
)
def test_education_youth_and_sport_run_together(line, name, title):
    assert titles_of(OPENING + line) == {name: title}


# -- the attorney general; the dotted honorific with an initial ends the office ---------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        ("Program itu didukung Jaksa Agung H.M Prasetyo sejak awal.", "Prasetyo", "Jaksa Agung"),
        ("Jaksa Agung H.M. Prasetyo meminta seluruh kejaksaan berbenah.", "Prasetyo", "Jaksa Agung"),
        ("Wakil Jaksa Agung Sunarta meninjau pelayanan tilang.", "Sunarta", "Wakil Jaksa Agung"),
        (
            "Jaksa Agung Muda Bidang Pengawasan Ali Mukartono memimpin rapat.",
            "Ali Mukartono",
            "Jaksa Agung Muda Bidang Pengawasan",
        ),
        ("Kepala BPS H.A. Budi Santoso menyerahkan data.", "Budi Santoso", "Kepala BPS"),
    ],
)
def test_attorney_general_and_dotted_honorific(line, name, title):
    assert titles_of(OPENING + line) == {name: title}


def test_a_name_spelt_with_agung_is_no_attorney_general():
    line = "Hary Agung Tjahyadi, Kepala Dinas Pendidikan, ikut hadir."
    assert titles_of(OPENING + line) == {"Hary Agung Tjahyadi": "Kepala Dinas Pendidikan"}


# -- degrees after a name close it: the office can follow without a comma ---------------------------------------


@pytest.mark.parametrize(
    "line, name",
    [
        ("Arif S.H., M.H. Kepala Kejaksaan Tinggi NTB dalam sambutannya meminta jajarannya berbenah.", "Arif"),
        ("Budi Santoso SH MH Kepala Kejaksaan Tinggi NTB menerima rapor itu.", "Budi Santoso"),
        ("Dalam acara itu Budi Santoso, M.Si. Kepala Kejaksaan Tinggi NTB memberi arahan.", "Budi Santoso"),
    ],
)
def test_degrees_close_the_name_before_an_office(line, name):
    assert titles_of(OPENING + line) == {name: "Kepala Kejaksaan Tinggi NTB"}


def test_an_office_after_a_sentence_ending_in_a_degree_takes_the_name_after_it():
    line = "Piagam diberikan kepada Budi Santoso SH. Kepala Kejaksaan Tinggi NTB Ani Lestari menyambutnya."
    assert titles_of(OPENING + line).get("Ani Lestari") == "Kepala Kejaksaan Tinggi NTB"


# -- the acting prefix with its last letter dropped ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ombudsman meminta evaluasi atas Andi Chandra Asaduddin, selaku Pejaba Bupati Seram Bagian Barat.",
        "Pejaba Bupati Seram Bagian Barat Andi Chandra Asaduddin tidak hadir dalam penyerahan itu.",
    ],
)
def test_pejabat_with_its_last_letter_dropped(line):
    assert titles_of(OPENING + line) == {"Andi Chandra Asaduddin": "Pejaba Bupati Seram Bagian Barat"}


def test_the_lower_case_noun_pejabat_opens_no_office():
    line = "Ombudsman mengundang pejabat dinas untuk membahas hasil penilaian."
    assert titles_of(OPENING + line) == {}


# -- a long office word with its last letter typed wrong stays in the office; a short one may be a name ------------


@pytest.mark.parametrize(
    "line, title",
    [
        (
            "Didampingi Asisten II bidang Pembangunan dan Perekonomiam Muh Basri S. Ali, bupati menerima piagam.",
            "Asisten II bidang Pembangunan dan Perekonomiam",
        ),
        ("Kepala Dinas Pendidikam Muh Basri S. Ali ikut hadir.", "Kepala Dinas Pendidikam"),
        ("Asisten Perekonomian dan Pembangunam, Muh Basri S. Ali, ikut hadir.", "Asisten Perekonomian dan Pembangunam"),
    ],
)
def test_a_long_office_word_misspelt_by_a_letter(line, title):
    assert titles_of(OPENING + line) == {"Muh Basri S. Ali": title}


@pytest.mark.parametrize(
    "line, name",
    [
        ("Kepala Dinas Kesehatan Kurniawan Pertiwi ikut hadir.", "Kurniawan Pertiwi"),
        ("Kepala Dinas Kesehatan Dimas Pranata ikut hadir.", "Dimas Pranata"),
    ],
)
def test_a_name_near_an_office_word_stays_a_name(line, name):
    assert titles_of(OPENING + line) == {name: "Kepala Dinas Kesehatan"}


# -- Officials: police ranks written before a name in forms the short list misses: glued to "Pol" ("Irjenpol") and
# written out in words, in any case ("Komisaris besar Polisi"). The rank is skipped like "Kombes"; it is neither
# the name nor part of it.


@pytest.mark.parametrize("rank", ["Irjenpol", "Brigjenpol", "Kombespol"])
def test_a_rank_glued_to_pol_is_no_part_of_the_name(rank):
    got = titles_of(f"Upacara itu turut disaksikan Kapolda Sultra {rank} Hendra Wijaya Kusuma bersama jajaran.")
    assert got == {"Hendra Wijaya Kusuma": "Kapolda Sultra"}


@pytest.mark.parametrize(
    "rank", ["Komisaris besar Polisi", "Komisaris Besar Polisi", "Ajun Komisaris Besar Polisi", "Komisaris Besar"]
)
def test_a_rank_written_out_in_words_is_skipped(rank):
    got = titles_of(f"Rombongan dipimpin Kapolres Bantul {rank} Yohanes Rudi Maringka, Senin pagi.")
    assert got == {"Yohanes Rudi Maringka": "Kapolres Bantul"}


def test_a_written_rank_after_a_bracketed_office_is_skipped():
    got = titles_of("Tamu hari itu Inspektur Pengawas Daerah (Irwasda) Komisaris besar Polisi Darmo Sihombing.")
    assert list(got) == ["Darmo Sihombing"]


@pytest.mark.parametrize("honorific", ["Mas", "Mbak", "Cak"])
def test_a_familiar_honorific_is_no_part_of_the_name_and_links_to_the_full_name(honorific):
    text = (
        f"Rapat dibuka Bupati Pacitan Andika Yoga Pratama ({honorific} Yoga) pada pagi hari. "
        f"Dalam sambutannya, Bupati Pacitan {honorific} Yoga berterima kasih kepada warga."
    )
    assert titles_of(text) == {"Andika Yoga Pratama": "Bupati Pacitan"}


def test_the_honorific_alone_after_an_office_names_the_short_name():
    got = titles_of("Pesan itu disampaikan Wali Kota Blitar Mas Danu kepada para camat.")
    assert got == {"Danu": "Wali Kota Blitar"}
