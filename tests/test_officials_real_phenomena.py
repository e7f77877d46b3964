"""Officials: phenomena seen on real regional news, each tested on sentences written for these
tests (several phrasings each; no annotated article's people or phrases)."""

from __future__ import annotations

import pytest
from extract_helpers import titles_of


@pytest.mark.parametrize(
    "text, name, title",
    [
        # -- office heads of real news
        # office heads real reporters use: commissioners, deans, vice-rectors, inspectors, PPID
        ("Komisioner Ombudsman RI Rudi Hartawan menyerahkan piagam itu.", "Rudi Hartawan", "Komisioner Ombudsman RI"),
        (
            "kata komisioner Ombudsman Sari Wulandari di Jakarta, Selasa (3/4).",
            "Sari Wulandari",
            "komisioner Ombudsman",
        ),
        (
            "Acara dihadiri Dekan Fakultas Hukum Universitas Andalas Dr. Benny Kurnia, M.H. dan mahasiswa.",
            "Benny Kurnia",
            "Dekan Fakultas Hukum Universitas Andalas",
        ),
        (
            "Wakil Rektor II UIN Imam Bonjol, Dr. Yuli Astuti, membuka diskusi.",
            "Yuli Astuti",
            "Wakil Rektor II UIN Imam Bonjol",
        ),
        (
            "Irbid II Itwasda Polda Riau, AKBP Doni Saputra mengatakan, polres terus dibina.",
            "Doni Saputra",
            "Irbid II Itwasda Polda Riau",
        ),
        (
            "hadir pula Pejabat Pengelola Informasi dan Dokumentasi RSUD Kota Dumai, Harmoko, dalam rapat itu.",
            "Harmoko",
            "Pejabat Pengelola Informasi dan Dokumentasi RSUD Kota Dumai",
        ),
        (
            "Ketua Satgas Bidang Pencegahan KPK RI Wahyuni saat memberi arahan menyebut tiga hal.",
            "Wahyuni",
            "Ketua Satgas Bidang Pencegahan KPK RI",
        ),
        # -- title tails of real news
        # the institution's name misspelt
        (
            "ujar Ketua Ombusman Perwakilan Sulawesi Tengah Mardi Pakaya, Senin (4/3).",
            "Mardi Pakaya",
            "Ketua Ombusman Perwakilan Sulawesi Tengah",
        ),
        (
            "Kepala Ombudman RI Perwakilan Maluku, Jaya Kusuma, mengatakan hal itu.",
            "Jaya Kusuma",
            "Kepala Ombudman RI Perwakilan Maluku",
        ),
        # a title word written in lower case inside a capitalised title
        (
            "diserahkan Kepala Ombudsman RI perwakilan Jawa Barat, Rahmat Hidayat dan diterima Bupati.",
            "Rahmat Hidayat",
            "Kepala Ombudsman RI perwakilan Jawa Barat",
        ),
        (
            "Menurut Kepala Ombudsman perwakilan Sumatera Utara Anwar Sitompul, nilai itu naik.",
            "Anwar Sitompul",
            "Kepala Ombudsman perwakilan Sumatera Utara",
        ),
        # two acronyms joined by a slash
        (
            "Kakanwil ATR/BPN Riau, M. Syahrir mengatakan, sertifikat segera dibagikan.",
            "M. Syahrir",
            "Kakanwil ATR/BPN Riau",
        ),
        (
            "Kepala Kantor ATR/BPN Kota Padang Yosef Halim menerima penghargaan itu.",
            "Yosef Halim",
            "Kepala Kantor ATR/BPN Kota Padang",
        ),
        # a "person in charge" office
        (
            "Wira Pratama, Asisten Ombudsman Penanggung Jawab Kepatuhan menambahkan, workshop digelar pekan depan.",
            "Wira Pratama",
            "Asisten Ombudsman Penanggung Jawab Kepatuhan",
        ),
        # -- captions and cut lines
        # a photo caption "TITLE, NAME" in Title Case is no headline
        (
            "Judul berita ini ditulis di sini\nKepala Keasistenan Pencegahan Maladministrasi Ombudsman Riau, Bambang Irawan--\n"
            "Isi berita dimulai di sini.",
            "Bambang Irawan",
            "Kepala Keasistenan Pencegahan Maladministrasi Ombudsman Riau",
        ),
        (
            "Ombudsman Serahkan Hasil Penilaian\nFoto: Bupati Kampar, Ahmad Yuzar\nIsi berita.",
            "Ahmad Yuzar",
            "Bupati Kampar",
        ),
        # the last line of an excerpt cut mid-word is a paragraph
        (
            "kata Rudi, Kamis (2/3).\nKepala Bidang Pencegahan Maladministrasi Ombudsman Jambi, Hartono meng",
            "Hartono",
            "Kepala Bidang Pencegahan Maladministrasi Ombudsman Jambi",
        ),
        # -- speaker and year phrasings
        # the name between a verb of saying and the title, no comma
        (
            "“Semua sudah hijau,” tutur Rina Maharani Kepala Ombudsman RI Perwakilan Aceh, Rabu (6/12).",
            "Rina Maharani",
            "Kepala Ombudsman RI Perwakilan Aceh",
        ),
        (
            '"Kami terus membina," kata Yudi Hartono Kepala Dinas Kesehatan Kota Padang.',
            "Yudi Hartono",
            "Kepala Dinas Kesehatan Kota Padang",
        ),
        ('"Nilai kami naik," ujar Sinta Dewi Bupati Agam kepada wartawan.', "Sinta Dewi", "Bupati Agam"),
        # the survey's year inside the office
        (
            "didampingi Koordinator Pengambilan Data Kepatuhan 2022 A. Rio Saputra.",
            "A. Rio Saputra",
            "Koordinator Pengambilan Data Kepatuhan 2022",
        ),
        (
            "Koordinator Tim Penilaian Kepatuhan 2023, Rina Marlina, mengatakan hal itu.",
            "Rina Marlina",
            "Koordinator Tim Penilaian Kepatuhan 2023",
        ),
        # -- glued datelines
        # a dateline glued to the first word of the text by a hyphen
        ("KABARKITA.COM-Bupati Agam Andri Warman menerima piagam itu.", "Andri Warman", "Bupati Agam"),
        (
            "PADANG-Kepala Ombudsman RI Perwakilan Sumbar, Yusuf Effendi, mengatakan hal itu.",
            "Yusuf Effendi",
            "Kepala Ombudsman RI Perwakilan Sumbar",
        ),
        # -- holder named in a later sentence
        # an office named without its holder; the holder speaks in the next sentences
        (
            "Kepala Perwakilan Ombudsman RI Provinsi Riau menyampaikan hasil penilaian itu di Pekanbaru.\n"
            "Dalam paparannya, Bayu Prasetya menjelaskan bahwa nilai naik.",
            "Bayu Prasetya",
            "Kepala Perwakilan Ombudsman RI Provinsi Riau",
        ),
        (
            'Kepala Ombudsman RI Perwakilan Riau menyerahkan hasil penilaian itu di Pekanbaru. "Nilai naik," '
            "kata Bayu Prasetya.",
            "Bayu Prasetya",
            "Kepala Ombudsman RI Perwakilan Riau",
        ),
        (
            "Bupati Agam menerima piagam itu, Senin.\nAndri Warman mengatakan capaian itu kerja bersama.",
            "Andri Warman",
            "Bupati Agam",
        ),
        (
            "Bupati Agam menerima piagam itu, Senin. Andri Warman mengatakan capaian itu kerja bersama.",
            "Andri Warman",
            "Bupati Agam",
        ),
        # -- acting offices without a head
        # an acting office named by its institution alone, the prefix also misspelt
        (
            "Penyerahan dilakukan Pelaksana tugas (Plt) perwakilan Ombudsman Sulawesi Barat, Hasan Basri di Mamuju.",
            "Hasan Basri",
            "Plt perwakilan Ombudsman Sulawesi Barat",
        ),
        (
            "Acara dibuka Pelaksanaan Tugas Harian (Plh) Ombudsman Perwakilan Kepri Hasan Basri, S.IP di Batam.",
            "Hasan Basri",
            "Pelaksanaan Tugas Harian (Plh) Ombudsman Perwakilan Kepri",
        ),
        (
            "Plh Ombudsman RI Perwakilan Riau, Hasan Basri, membuka acara.",
            "Hasan Basri",
            "Plh Ombudsman RI Perwakilan Riau",
        ),
        # -- person in charge
        # the person in charge of a task, as an office of its own
        (
            "Selain itu, Rudi Eko Hartono sebagai penanggung jawab kepatuhan pelayanan publik Ombudsman RI mengatakan ada tiga poin.",
            "Rudi Eko Hartono",
            "penanggung jawab kepatuhan pelayanan publik Ombudsman RI",
        ),
        (
            "Rudi Eko Hartono, Penanggung Jawab Penilaian Kepatuhan Ombudsman RI, mengatakan ada tiga poin.",
            "Rudi Eko Hartono",
            "Penanggung Jawab Penilaian Kepatuhan Ombudsman RI",
        ),
        (
            "Menurut Penanggung Jawab Penilaian Kepatuhan Ombudsman Riau, Sinta Dewi, nilai naik.",
            "Sinta Dewi",
            "Penanggung Jawab Penilaian Kepatuhan Ombudsman Riau",
        ),
    ],
)
def test_the_holder_of_an_office(text, name, title):
    assert titles_of(text).get(name) == title


@pytest.mark.parametrize(
    "text, name",
    [
        # -- name edges
        # a title word as the last word of a name, closed by a degree
        ("diterima oleh Wakil Bupati Pasaman, Drs. H. Hasan Jasa, MM di aula kantor bupati.", "Hasan Jasa"),
        ("Sekda Kota Pariaman, Yota Pembangunan, S.Sos menyampaikan sambutan.", "Yota Pembangunan"),
        ("Bupati Tanah Datar, Dr. Eka Negara, M.Si menerima piagam itu.", "Eka Negara"),
        # a given name "Dan" followed by the sentence's verb
        ("Kepala Ombudsman Perwakilan Jabar, Dan Setiawan mengusulkan, tim monitoring dibentuk.", "Dan Setiawan"),
        ("Menurut Ketua Ombudsman Perwakilan Banten, Dan Kurniawan menegaskan hal itu.", "Dan Kurniawan"),
        # -- wrapped names
        # a hard-wrapped text whose short line ends in ", Name"
        (
            "Tiga daerah tidak mendapat penghargaan tahun ini.\nKepala Perwakilan Ombudsman RI Provinsi Riau, Bayu\n"
            "Prasetya, mengatakan bahwa nilai itu turun dari tahun sebelumnya.",
            "Bayu Prasetya",
        ),
        (
            "Nilai itu dibacakan dalam acara di Pekanbaru.\nMenurut Sekretaris Daerah Kabupaten Siak, Arfan\n"
            "Usman, capaian itu hasil kerja bersama seluruh perangkat daerah.",
            "Arfan Usman",
        ),
    ],
)
def test_the_name_is_found_whole(text, name):
    assert name in titles_of(text)


def test_the_conjunction_dan_is_no_name():
    found = titles_of("Bupati Agam, Budi Santoso, Dan Wakil Bupati menerima piagam.")
    assert "Budi Santoso" in found and not any(n.startswith("Dan") for n in found)


@pytest.mark.parametrize(
    "text",
    [
        # -- a place before a comma is no name
        "Acara dihadiri bupati dan wali kota se-Provinsi Riau, Kepala Perwakilan Ombudsman RI Riau, dan tamu lain.",
        "Hadir forkopimda se-Kabupaten Agam, Kepala Perwakilan Ombudsman RI Sumbar, serta camat.",
        "Pejabat dari Kota Padang, Kepala Dinas Kesehatan Kota Padang, dan rombongan tiba pagi itu.",
        # -- no name between linking words
        # another titled person comes first: no guess
        "Kepala Dinas Kesehatan Kota Padang menyerahkan piagam kepada Bupati Agam Andri Warman. "
        "Andri Warman mengatakan terima kasih.",
        # a place, not a person, opens the next sentence
        "Kepala Ombudsman RI Perwakilan Riau menyerahkan hasil itu. Sumatera Barat mendapat zona hijau.",
        # nobody is named
        "Kepala Ombudsman RI Perwakilan Riau menyerahkan hasil itu. Menurut dia, nilai naik.",
        # the next sentence hands over to another speaker, or names the article's staff
        "Kepala Ombudsman RI Perwakilan Riau menyerahkan hasil itu. Sementara itu, Andri Warman mengatakan hal lain.",
        "Kepala Ombudsman RI Perwakilan Riau menyerahkan hasil itu.\nDi sisi lain, Andri Warman menilai lain.",
        "Kepala Ombudsman RI Perwakilan Riau menyerahkan hasil itu. Wartawan Andri Warman melaporkan dari lokasi.",
    ],
)
def test_no_holder_guessed(text):
    found = titles_of(text)
    assert "Kepala Dinas Kesehatan Kota Padang" not in found.values()
    assert "Kepala Ombudsman RI Perwakilan Riau" not in found.values()


@pytest.mark.parametrize(
    "text",
    [
        # an office word closing a long Balinese name, before the verb, the sentence end or a comma
        "Bupati Tabanan I Gusti Made Surya Negara menerima piagam.",
        "Piagam diterima Bupati Tabanan I Gusti Made Surya Negara.",
        "Bupati Tabanan, I Gusti Made Surya Negara, menerima piagam.",
    ],
)
def test_long_names_closed_by_an_office_word(text):
    assert titles_of(text) == {"I Gusti Made Surya Negara": "Bupati Tabanan"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pair word before one office: both names hold it
        (
            "Pasangan kepala daerah Agam, Andri Warman dan Irwan Fikri, menerima piagam.",
            {"Andri Warman": "kepala daerah Agam", "Irwan Fikri": "kepala daerah Agam"},
        ),
        (
            "Dua daerah itu kini dipimpin pasangan kepala daerah baru: Andri Warman–Irwan Fikri di Kabupaten Agam, "
            "dan Rudi Salim–Joni Putra di Kota Solok. Namun nilai turun.",
            {
                "Andri Warman": "kepala daerah baru Kabupaten Agam",
                "Irwan Fikri": "kepala daerah baru Kabupaten Agam",
                "Rudi Salim": "kepala daerah baru Kota Solok",
                "Joni Putra": "kepala daerah baru Kota Solok",
            },
        ),
        # without a pair word the second name holds no office
        (
            "Kepala Dinas Kesehatan Agam Budi Santoso dan Rudi Salim hadir.",
            {"Budi Santoso": "Kepala Dinas Kesehatan Agam"},
        ),
    ],
)
def test_pairs_of_office_holders(text, expected):
    assert titles_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an office serving another office: the served office belongs to the title
        (
            "Acara dihadiri Asisten II Sekda Riau Budi Santoso dan Staf Ahli Gubernur Joni Putra.",
            {"Budi Santoso": "Asisten II Sekda Riau", "Joni Putra": "Staf Ahli Gubernur"},
        ),
        (
            "Staf Khusus Menteri Dalam Negeri, Andi Saputra, hadir.",
            {"Andi Saputra": "Staf Khusus Menteri Dalam Negeri"},
        ),
        # the assistants' office misspelt
        (
            "Sementara itu, Rina Sari selaku Kepala Keassisten Pencegahan Maladministrasi menjelaskan hal itu.",
            {"Rina Sari": "Kepala Keassisten Pencegahan Maladministrasi"},
        ),
    ],
)
def test_served_offices_and_misspelt_offices(text, expected):
    assert titles_of(text) == expected


def test_person_in_charge_of_a_thing_is_no_office():
    assert titles_of("Penanggung jawab kegiatan itu adalah dinas. Penanggung Jawab Rudi Hartono tidak hadir.") == {}


@pytest.mark.parametrize(
    "text",
    [
        # a name, then linking words, then the office
        "Budi Santoso yang merupakan Kepala Dinas Kesehatan Agam mengatakan hal itu.",
        "Budi Santoso, yang menjabat Kepala Dinas Kesehatan Agam, mengatakan hal itu.",
        "Budi Santoso yang menjabat sebagai Kepala Dinas Kesehatan Agam mengatakan hal itu.",
        "Budi Santoso yang saat ini menjabat Kepala Dinas Kesehatan Agam mengatakan hal itu.",
        "Budi Santoso yang juga Kepala Dinas Kesehatan Agam hadir.",
        # the office, a demonstrative, then the name
        '"Nilai naik," ujar Kepala Dinas Kesehatan Agam itu, Budi Santoso.',
        "Menurut Kepala Dinas Kesehatan Agam tersebut, Budi Santoso, nilai naik.",
    ],
)
def test_name_and_office_apart(text):
    assert titles_of(text) == {"Budi Santoso": "Kepala Dinas Kesehatan Agam"}


@pytest.mark.parametrize(
    "text",
    [
        "Warga yang ditemui Kepala Dinas Kesehatan Agam mengeluh.",
        "Kepala Dinas Kesehatan Agam itu, kata warga, tidak hadir.",
    ],
)
def test_no_official(text):
    assert titles_of(text) == {}


def test_a_headline_verb_is_still_no_name():
    assert titles_of("Bupati Agam Terima Penghargaan Ombudsman Tahun Ini\nIsi berita.") == {}


@pytest.mark.parametrize(
    "text", ['"Kami terus membina," ujar Sinta Dewi kepada Bupati Agam.', "Bupati Agam 2021 mendapat zona hijau."]
)
def test_no_speaker_link_without_adjacent_title(text):
    assert "Sinta Dewi" not in titles_of(text) and titles_of(text) == {}


def test_hyphenated_words_stay_whole():
    found = titles_of("Wakil Rektor I UIN Ar-Raniry, Dr. Nur Al-Hakim, membuka acara se-Provinsi Aceh.")
    assert found.get("Nur Al-Hakim") == "Wakil Rektor I UIN Ar-Raniry"


def test_a_resident_quoted_after_an_untitled_office_is_no_holder():
    assert titles_of("Bupati Agam menyerahkan bantuan kepada warga. Rina Sari mengaku senang menerima bantuan.") == {}
