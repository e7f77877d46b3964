"""Officials: name words that are also common or office words, honorifics of the north of Sulawesi,
office heads written apart from their unit, a name spelt with two kinds of apostrophe, and the fields
of a section listed after its head.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_in, titles_of


# -- a common word between two name words is part of the name ("Ribut Hari Wibowo") -----------------------


@pytest.mark.parametrize(
    "line",
    [
        "Rombongan diterima Kapolda Jawa Tengah, Irjen Ribut Hari Wibowo, di ruang rapat.",
        "Kapolda Jawa Tengah Irjen. Polisi Ribut Hari Wibowo menyambut tim pemeriksa dengan hangat.",
        "Ribut Hari Wibowo, Kapolda Jawa Tengah, berjanji memperbaiki layanan SKCK.",
        "Pujian itu disampaikan Kapolres Semarang AKBP Agus Hari Santoso di hadapan wartawan.",
    ],
)
def test_a_common_word_inside_a_name(line):
    names = set(titles_in(line))
    assert names & {"Ribut Hari Wibowo", "Agus Hari Santoso"}
    assert not names & {"Ribut", "Agus", "Wibowo", "Santoso"}


@pytest.mark.parametrize(
    "line",
    [
        "Tim didampingi Asisten Pencegahan, Muh. Kabir Sana, S.T. selama pemeriksaan.",
        "Muh. Kabir Sana, S.T., Asisten Pencegahan Maladministrasi, memimpin pemeriksaan.",
    ],
)
def test_a_common_word_closing_a_name_before_its_degree(line):
    assert set(titles_in(line)) == {"Muh. Kabir Sana"}


def test_a_common_word_after_a_name_without_a_degree_stays_outside():
    got = titles_in("Asisten Pencegahan Muh. Kabir datang ke Sana, lalu memeriksa berkas.")
    assert set(got) == {"Muh. Kabir"}


@pytest.mark.parametrize(
    "line",
    [
        "Kapolda Jawa Tengah Ribut hari ini menerima tim Ombudsman di Semarang.",
        "Kapolda Jawa Tengah Ribut Hari Ini Terima Tim Ombudsman",
        "Menurut Kapolda Jawa Tengah, Ribut, Hari Bhayangkara menjadi momen berbenah.",
    ],
)
def test_a_common_word_after_a_name_stays_outside(line):
    assert "Ribut Hari" not in " ".join(titles_in(line))


# -- an office head written apart from its unit ("Dir Intelkam") is no given name ------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Hadir pula Karo Rena, Irwasda, Wadirlantas, Dir Intelkam, dan Ka. SPKT Polda Jawa Tengah.",
        "Tim diterima Karo Ops, Dir Reskrimum serta Kanit Reskrim Polres Semarang.",
        "Karo Rena, Dir Samapta dan Wadir Lantas turut mendampingi kapolda.",
    ],
)
def test_an_office_head_apart_from_its_unit_is_no_name(line):
    assert not set(titles_in(line)) & {"Dir", "Kanit", "Wadir"}


def test_an_office_head_apart_from_its_unit_still_links_a_name():
    got = titles_in("Penjelasan itu disampaikan Dir Intelkam Polda Jateng Kombes Pol Budi Santoso.")
    assert got.get("Budi Santoso", "").startswith("Dir Intelkam")


# -- "Hi" (Haji, as written in North Sulawesi and Gorontalo) is an honorific --------------------------------


@pytest.mark.parametrize(
    "line, name",
    [
        ("Piagam itu diterima Penjabat Wali Kota Kotamobagu Drs Hi Asripan Nani MSi.", "Asripan Nani"),
        ("Piagam diterima Bupati Bolaang Mongondow, Hi. Yusra Alhabsyi, di Jakarta.", "Yusra Alhabsyi"),
        ("Hi Asripan Nani, Penjabat Wali Kota Kotamobagu, menyampaikan terima kasih.", "Asripan Nani"),
    ],
)
def test_hi_is_an_honorific(line, name):
    names = set(titles_in(line))
    assert name in names
    assert not [n for n in names if n.startswith("Hi")]


# -- a name spelt with a straight and a curly apostrophe is one person ---------------------------------------


@pytest.mark.parametrize(
    "full, short", [("Ma’ruf Amin", "Ma'ruf"), ("Ma'ruf Amin", "Ma’ruf"), ("Suja’i Sayuti", "Suja'i")]
)
def test_two_apostrophes_one_person(full, short):
    text = (
        f"Wakil Presiden {full} menyerahkan penghargaan di Jakarta, Selasa.\n"
        f"Dalam sambutannya, Wapres {short} meminta instansi terus berbenah.\n"
    )
    assert set(titles_in(text)) == {full}


def test_two_people_with_a_like_name_stay_two():
    text = (
        "Wakil Presiden Ma’ruf Amin menyerahkan penghargaan di Jakarta.\n"
        "Kepala Dinas Kesehatan Marwan Amin menerima piagam tersebut.\n"
    )
    assert set(titles_in(text)) == {"Ma’ruf Amin", "Marwan Amin"}


# -- the fields of a section listed after its head ("Kabag Hukum, Kehumasan, dan Kerjasama") --------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Syariful Rahman, Kabag Hukum, Kehumasan, dan Kerjasama RSUD, mengatakan rumah sakit siap dinilai.",
            "Syariful Rahman",
            "Kabag Hukum, Kehumasan, dan Kerjasama RSUD",
        ),
        (
            "Menurut Kasubbag Pemberitaan dan Dokumentasi Setda Gorontalo, Budi Santoso, nilai itu naik.",
            "Budi Santoso",
            "Kasubbag Pemberitaan dan Dokumentasi Setda Gorontalo",
        ),
        (
            "Hal itu dijelaskan Kepala Bagian Orpeg Kotamobagu Andi Abasi ST kepada wartawan.",
            "Andi Abasi",
            "Kepala Bagian Orpeg Kotamobagu",
        ),
        ("Kepala Bagian Kerjasama Sri Wahyuni menyebut skor itu.", "Sri Wahyuni", "Kepala Bagian Kerjasama"),
    ],
)
def test_section_fields_belong_to_the_title(line, name, title):
    got = titles_in(line)
    assert got.get(name) == title
    assert not set(got) & {"Kehumasan", "Dokumentasi", "Orpeg", "Kerjasama"}


def test_a_field_word_alone_is_no_official():
    assert titles_in("Bagian Kehumasan dan Kerjasama RSUD menyiapkan dokumen pendukung.") == {}


# -- two names after a member of a collegial body are both members ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Anggota Ombudsman RI Indraza Marzuki Rais dan Jemsly Hutabarat bertemu menteri di Jakarta.",
        "Pertemuan dihadiri Anggota Ombudsman RI, Indraza Marzuki Rais dan Jemsly Hutabarat, pada Senin.",
        "Komisioner Ombudsman RI Indraza Marzuki Rais dan Jemsly Hutabarat meninjau layanan imigrasi.",
    ],
)
def test_two_members_of_a_collegial_body(line):
    got = titles_in(line)
    assert {"Jemsly Hutabarat", "Indraza Marzuki Rais"} <= set(got)
    assert got["Indraza Marzuki Rais"] == got["Jemsly Hutabarat"]


@pytest.mark.parametrize(
    "line, second",
    [
        ("Bupati Lebong Kopli Ansori dan Ahmad Fauzi hadir di lokasi.", None),
        ("Anggota Ombudsman RI Jemsly Hutabarat dan rombongan hadir di lokasi.", None),
        ("Anggota DPRD Budi Santoso dan Wakil Bupati Ahmad Fauzi hadir di lokasi.", "Wakil Bupati"),
    ],
)
def test_a_second_name_after_a_single_office_is_not_its_holder(line, second):
    got = titles_in(line)
    assert got.get("Ahmad Fauzi") == second
    assert "rombongan" not in " ".join(got)


# -- "bersama wakilnya B": the deputy of the office linked just before ----------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Program itu digagas Gubernur Suhardi Duka bersama Wakilnya H. Salim S. Mengga.",
            "Salim S. Mengga",
            "Wakil Gubernur",
        ),
        (
            "Program itu digagas Bupati Lebong Kopli Ansori bersama wakilnya, Fahrurrozi, tahun lalu.",
            "Fahrurrozi",
            "wakil Bupati Lebong",
        ),
        ("Wali Kota Kendari Budi Santoso dan wakilnya Siska Karina hadir.", "Siska Karina", "wakil Wali Kota Kendari"),
    ],
)
def test_a_deputy_named_together_with_the_head(line, name, title):
    assert titles_in(line).get(name) == title


def test_together_with_another_office_is_no_deputy():
    got = titles_in("Bupati Lebong Kopli Ansori bersama wakil ketua DPRD meninjau pasar.")
    assert got == {"Kopli Ansori": "Bupati Lebong"}


# -- a council written out after its head ("Ketua Komisi II Dewan Perwakilan Rakyat Daerah") -------------------


@pytest.mark.parametrize(
    "line, title",
    [
        (
            "Ketua Komisi II Dewan Perwakilan Rakyat Daerah Kabupaten Serang, Suja’i A Sayuti, angkat bicara.",
            "Ketua Komisi II Dewan Perwakilan Rakyat Daerah Kabupaten Serang",
        ),
        (
            "Menurut Ketua Dewan Pengawas RSUD Serang, Suja’i A Sayuti, rumah sakit harus berbenah.",
            "Ketua Dewan Pengawas RSUD Serang",
        ),
    ],
)
def test_a_council_written_out_in_a_title(line, title):
    assert titles_in(line) == {"Suja’i A Sayuti": title}


def test_a_council_is_no_name():
    assert titles_in("Wali Kota Serang menyurati Dewan Perwakilan Rakyat Daerah pekan lalu.") == {}


# -- a division's service, an Ombudsman staff function, a field misspelt between title words -------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Ia ditemani Kepala Bidang Layanan Komunikasi Publik dan Informatika John A. Rumlawang.",
            "John A. Rumlawang",
            "Kepala Bidang Layanan Komunikasi Publik dan Informatika",
        ),
        (
            "Tim itu beranggotakan Asisten Muda Budi Santoso serta Penelaah Teknis Kebijakan Yusuf Cacha Arimatea.",
            "Yusuf Cacha Arimatea",
            "Penelaah Teknis Kebijakan",
        ),
        (
            "Keterangan itu diberikan Asisten III Bidang Adimistrasi Umum Sekretariat Daerah Kabupaten Serang "
            "Ida Nuraidi selepas rapat.",
            "Ida Nuraidi",
            "Asisten III Bidang Adimistrasi Umum Sekretariat Daerah Kabupaten Serang",
        ),
        (
            "Menurut Kepala Bagian Pemerintahn Umum Sekretariat Kota Kendari, Budi Santoso, nilai itu naik.",
            "Budi Santoso",
            "Kepala Bagian Pemerintahn Umum Sekretariat Kota Kendari",
        ),
    ],
)
def test_more_words_of_an_office(line, name, title):
    assert titles_in(line).get(name) == title


@pytest.mark.parametrize(
    "line",
    [
        "Tim penelaah Ombudsman memeriksa berkas pelayanan di kantor itu.",
        "Kepala Bidang Pelayanan Budi Santoso Kabupaten Serang hadir pada acara itu.",
    ],
)
def test_no_office_made_of_a_name(line):
    got = titles_in(line)
    assert not [n for n in got if "Kabupaten" in n or "Ombudsman" in n]
    assert all("Santoso" not in t for t in got.values())


# -- "Perwakilan X, NAME": a representative, where the word opens the office ------------------------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Paparan itu disampaikan Perwakilan Sulawesi Utara, Meilany Fransiska Limpar, dalam forum konsultasi.",
            "Meilany Fransiska Limpar",
            "Perwakilan Sulawesi Utara",
        ),
        ("Perwakilan Kemenpan RB Aris Samson meninjau ruang layanan RSUD.", "Aris Samson", "Perwakilan Kemenpan RB"),
        (
            "Plt perwakilan Ombudsman Sulawesi Barat, Ismuh Iskandar, menyerahkan piagam di Mamuju.",
            "Ismuh Iskandar",
            "Plt perwakilan Ombudsman Sulawesi Barat",
        ),
    ],
)
def test_a_representative(line, name, title):
    assert titles_in(line).get(name) == title


@pytest.mark.parametrize(
    "line",
    [
        "Tim Ombudsman Perwakilan Sulawesi Utara, Budi Santoso dan Sari Dewi, memeriksa ruang layanan.",
        "Tim Ombudsman perwakilan Sulut, Budi Santoso, memeriksa ruang layanan.",
        "Kantor Perwakilan Bank Indonesia Sulut, Budi Santoso, ikut hadir.",
        "Sebanyak tiga perwakilan dinas, Budi Santoso, Sari Dewi dan Ani, ikut hadir.",
    ],
)
def test_a_team_or_an_office_of_a_representation_is_no_office(line):
    assert "Budi Santoso" not in titles_in(line)


# -- a short place with the full stop closes the sentence; a numeral opening the next is no name -----------------


@pytest.mark.parametrize(
    "line",
    [
        "Piagam diberikan Kepala Perwakilan Ombudsman RI Provinsi Bali. Enam OPD itu ialah Dinas Sosial dan lainnya.",
        "Piagam diserahkan Gubernur Riau. Tujuh Dinas menerima piagam yang sama.",
        "Piagam diserahkan Bupati Agam. Budi Santoso hadir mewakili kecamatan.",
    ],
)
def test_a_place_closing_a_sentence_ends_the_office(line):
    assert titles_in(line) == {}


def test_a_place_inside_a_sentence_still_links_the_name():
    got = titles_in("Piagam diserahkan Gubernur Bali I Wayan Koster kepada Bupati Bangli Sang Nyoman Sedana.")
    assert got == {"I Wayan Koster": "Gubernur Bali", "Sang Nyoman Sedana": "Bupati Bangli"}


# -- a prison's class typed with the letter l, the acting word written after the head ----------------------------


@pytest.mark.parametrize(
    "line, title",
    [
        (
            "Sementara itu, Kepala Lapas Wanita Kelas ll B Kupang, Maria M. Nahak menyambut tim.",
            "Kepala Lapas Wanita Kelas ll B Kupang",
        ),
        ("Kalapas Kelas llA Kupang Maria M. Nahak menyambut tim.", "Kalapas Kelas llA Kupang"),
        (
            "Sementara itu, Kepala Plt. Lapas Perempuan Kelas IIB Kupang, Maria M. Nahak menyambut tim.",
            "Kepala Plt. Lapas Perempuan Kelas IIB Kupang",
        ),
    ],
)
def test_a_prison_head_with_slips(line, title):
    assert titles_in(line) == {"Maria M. Nahak": title}


def test_an_acting_word_alone_after_the_head_is_no_office():
    assert titles_in("Kepala Plt. Maria M. Nahak menyambut tim.") == {}


# -- the police corps written out after a rank, "Tata" as a given name, a forum is no person ---------------------


@pytest.mark.parametrize(
    "line",
    [
        "Piagam diterima Irwasda Polda Kalbar, Kombes Polisi Arif Rahman, di Pontianak.",
        "Irwasda Polda Kalbar Kombes Polisi Arif Rahman menerima piagam itu.",
    ],
)
def test_the_corps_after_a_rank_is_no_part_of_the_name(line):
    assert titles_in(line) == {"Arif Rahman": "Irwasda Polda Kalbar"}


def test_the_police_corps_inside_an_office_stays_there():
    got = titles_in("Piagam diterima Kepala Satuan Polisi Pamong Praja La Ode Muharram pada Senin.")
    assert got == {"La Ode Muharram": "Kepala Satuan Polisi Pamong Praja"}


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Menanggapi nilai itu, Asisten III Bidang Administrasi Umum Setda Kota Cimahi Tata Wikanta berjanji berbenah.",
            "Tata Wikanta",
            "Asisten III Bidang Administrasi Umum Setda Kota Cimahi",
        ),
        (
            "Kepala Dinas Tata Ruang Kota Cimahi Budi Santoso berjanji berbenah.",
            "Budi Santoso",
            "Kepala Dinas Tata Ruang Kota Cimahi",
        ),
    ],
)
def test_tata_as_a_name_and_as_an_office_word(line, name, title):
    assert titles_in(line) == {name: title}


def test_a_forum_is_no_person():
    assert titles_in("Rapat itu diikuti oleh Forum pimpinan kepala daerah se-Jombang.") == {}


# -- one title word written in two ("Tata laksana"), the inspectorate written short ("Itjen") ---------------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Sekda itu berbicara lewat Kabag Organisasi Tata laksana Maya Eka Sari M.M. kepada wartawan.",
            "Maya Eka Sari",
            "Kabag Organisasi Tata laksana",
        ),
        (
            "Materi dibawakan Kepala Sub Bagian Hukum dan Data Pengawasan Itjen Kementerian ATR/BPN, Taufik Abdullah.",
            "Taufik Abdullah",
            "Kepala Sub Bagian Hukum dan Data Pengawasan Itjen Kementerian ATR/BPN",
        ),
    ],
)
def test_split_and_short_office_words(line, name, title):
    assert titles_in(line).get(name) == title


def test_a_lower_case_word_that_glues_to_nothing_ends_the_office():
    assert "Budi Santoso" not in titles_in("Kepala Dinas Tata kelola Budi Santoso hadir di sana.")


@pytest.mark.parametrize("verb", ["Doakan", "Ajak", "Imbau", "Tinjau", "Kunjungi"])
def test_a_headline_verb_after_an_office_opens_no_name(verb):
    assert titles_of(f"Dalam acara itu Wali Kota Cimahi {verb} Warga Lansia tetap sehat.") == {}
    assert titles_of(f"Wali Kota Cimahi {verb} Warga Lansia Tetap Sehat 2024, katanya.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Pengajian di Sukamaju, Camat Cilimus membuka acara itu dengan doa.",
        "Setelah rapat di Cibeureum, Bupati Garut meninjau pasar.",
    ],
)
def test_a_place_after_di_is_no_person_before_the_office(text):
    assert titles_of(text) == {}


def test_a_person_before_the_office_is_still_read():
    got = titles_of("Menurut Budi Hartono, Kepala Dinas Sosial Garut, bantuan sudah cair.")
    assert got == {"Budi Hartono": "Kepala Dinas Sosial Garut"}
