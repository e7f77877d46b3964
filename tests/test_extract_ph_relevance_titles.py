"""Relevance and officials of batches 63-64's kinds: a result named by the assessment's full title in an
article about another award (no Ombudsman named); the assessment told in Sundanese; an Ombudsman team
carrying out the assessment on a visit; words that are no person's name beside a title ("Kabid
Penyelenggara Layanan", "Kepala Biro Organisasi Pemprovsu"); a surname spelt like a short office ("AKBP
Dedi Kaper,").

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_in

from extract.pipeline import extract_article

_INFO = (
    "Pemerintah Provinsi Jambi menerima predikat informatif dari Komisi Informasi Pusat. Komisi Informasi "
    "menilai keterbukaan informasi publik provinsi itu terus membaik. Keterbukaan informasi publik "
    "menjadi prioritas, kata Ketua Komisi Informasi. Laporan Komisi Informasi dibacakan di Jakarta.\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "Sebelumnya Pemprov Jambi juga meraih zona hijau, kali ini dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik.",
        "Tahun lalu provinsi ini masuk kategori A pada penilaian kepatuhan penyelenggaraan pelayanan publik.",
        "Dalam Opini Pengawasan Penyelenggaraan Pelayanan Publik, Pemprov Jambi mendapat kualitas tinggi.",
    ],
)
def test_a_result_under_the_assessment_title_beside_a_lookalike_is_relevant(said):
    assert extract_article(_INFO + said).relevant


def test_the_lookalike_without_a_result_under_the_title_stays_a_lookalike():
    said = "Penilaian kepatuhan penyelenggaraan pelayanan publik juga disebut dalam sambutan."
    assert not extract_article(_INFO + said).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Pamaréntah Kabupatén Garut meunang Layang Pangajén ti Ombudsman RI, nya éta Kapatuhan Luhur "
        "dina Widang Palayanan Publik.",
        "Ombudsman RI parantos ngalaksanakeun Survéy Kapatuhan di Kota Tasikmalaya taun ieu.",
        "Numutkeun Ombudsman RI, Pamaréntah Kota Bogor kenging Zona Héjo dina palayanan publik.",
    ],
)
def test_the_assessment_told_in_sundanese_is_relevant(text):
    assert extract_article(text).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Tim Ombudsman RI Perwakilan Maluku mendatangi Polres Seram Bagian Barat dan melakukan penilaian "
        "terhadap sarana serta proses pelayanan publik di ruang SPKT.",
        "Asisten Ombudsman melakukan penilaian terhadap unit layanan SIM dan SKCK sebagai bagian dari "
        "pengawasan pelayanan publik di Polres Buru.",
    ],
)
def test_an_ombudsman_team_assessing_a_service_on_a_visit_is_relevant(text):
    assert extract_article(text).relevant


def test_an_ombudsman_visit_without_an_assessment_stays_a_lookalike():
    text = (
        "Ombudsman RI Perwakilan Maluku meninjau Mal Pelayanan Publik Kota Ambon. Kepala Ombudsman Maluku "
        "meminta petugas memenuhi standar pelayanan publik."
    )
    assert not extract_article(text).relevant


@pytest.mark.parametrize(
    "line",
    [
        "Rapat dihadiri Kabid Penyelenggara Layanan dan Kabid Pengaduan.",
        "Yang hadir Kepala Biro Organisasi Pemprovsu serta para kepala dinas.",
        "Undangan ditujukan kepada Kasi Penyelenggaraan Pelayanan dan staf Pemprovsumut.",
    ],
)
def test_a_body_or_provider_word_beside_a_title_is_no_name(line):
    got = titles_in(line)
    assert not set(got) & {"Penyelenggara", "Pemprovsu", "Penyelenggaraan", "Pemprovsumut"}


# -- a government's short form glued to its place ("Pemprovjatim", "PemkotBogor") is the institution -------


@pytest.mark.parametrize(
    "line",
    [
        "Hasil itu diserahkan kepada Asisten Pemerintahan PemkotBogor dan jajaran.",
        "Kepala Bappeda Pemdakaltim menerima hasil penilaian.",
        "Laporan dibacakan Kabag Organisasi Pemkabsidoarjo di depan tamu.",
    ],
)
def test_a_government_glued_to_its_place_is_no_name(line):
    assert not [n for n in titles_in(line) if n.startswith("Pem")]


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        (
            "Kepala Biro Hukum Pemprovjatim Andi Wijaya menyampaikan apresiasi.",
            "Andi Wijaya",
            "Kepala Biro Hukum Pemprovjatim",
        ),
        (
            "Kabag Organisasi Pemprov-Sulsel Dedi Hartono hadir di acara itu.",
            "Dedi Hartono",
            "Kabag Organisasi Pemprov-Sulsel",
        ),
        ("Sertifikat diterima Sekda Pemkabsidoarjo, Rina Kusuma, di Jakarta.", "Rina Kusuma", "Sekda Pemkabsidoarjo"),
    ],
)
def test_the_name_after_a_glued_government_keeps_it_in_the_title(line, name, title):
    assert titles_in(line) == {name: title}


# -- an office head that needs its office ("Kaper", "Kadis", "Karo") closing a name before a comma or the
# sentence's end, with no office after it, is the name's last word ------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Acara dihadiri Irwasda Polda Sulut, Kombes Pol Hendra Wijaya, serta staf.", "Hendra Wijaya"),
        ("Turut hadir Kapolres Minahasa, AKBP Dedi Kaper, dan Wakapolres.", "Dedi Kaper"),
        ("Acara dihadiri Dandim Manado, Letkol Yohanis Kaper, serta staf.", "Yohanis Kaper"),
        ("Turut hadir Kapolres Karo, AKBP Dedi Kadis, dan Wakapolres.", "Dedi Kadis"),
        ("Hadir juga Kapolres Tanah Karo, AKBP Rudi Karo.", "Rudi Karo"),
    ],
)
def test_an_objectless_head_closing_a_name_is_a_name_word(line, name):
    got = titles_in(line)
    assert name in got
    assert name.split()[0] not in got


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Hal itu disampaikan Budi Santoso Kaper Ombudsman Jambi, Senin.", "Budi Santoso", "Kaper Ombudsman Jambi"),
        (
            "Kaper Ombudsman Sumatera Barat, Yefri Heriani, menyampaikan hasilnya.",
            "Yefri Heriani",
            "Kaper Ombudsman Sumatera Barat",
        ),
        ("Menurut Ani Lestari, Kaper Ombudsman Jambi, hasilnya baik.", "Ani Lestari", "Kaper Ombudsman Jambi"),
        ("Hadir pula Rudi Hartono, Kadis Kominfo, dan Sekda.", "Rudi Hartono", "Kadis Kominfo"),
    ],
)
def test_a_head_before_its_office_stays_the_title(line, name, title):
    got = titles_in(line)
    assert name in got
    assert got[name] == title


# -- "Pengampu" (the Ombudsman member supervising a province) opens an office ------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Hadir Pengampu Perwakilan Ombudsman RI Provinsi Sulut, Jemly Hutabarat, dan staf.", "Pengampu Perwakilan"),
        ("Hadir Anggota Ombudsman sekaligus Pengampu Provinsi Gorontalo, Jemly Hutabarat, dan staf.", "Pengampu"),
        ("Rapat dipimpin Pengampu Ombudsman RI, Jemly Hutabarat, SH, MH., bersama tim.", "Pengampu Ombudsman"),
    ],
)
def test_pengampu_opens_an_office(line, title):
    got = titles_in(line)
    assert got.get("Jemly Hutabarat", "").startswith(title)


def test_a_teacher_of_a_subject_is_no_official():
    got = titles_in("Siti Aminah, guru pengampu mata pelajaran IPA, mengatakan hasilnya baik.")
    assert "Siti Aminah" not in got
