"""Officials: several people under one office title (members of a DPR commission, of the Ombudsman,
assistants), listed after a relative clause, after ", yaitu" with degrees after each name, or as
"A, B, dan C" straight after the office; initials that open a name; misspelt office words; compass words closing a seat.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_of

# -- names listed after a plural office ("para Kepala Keasistenan Ombudsman Jambi A, B dan C"): each
# holds the office, and the first name is not read as the office's object -------------------------

OPENING_EVENT = "Acara penyerahan hasil penilaian kepatuhan Ombudsman 2023 dihadiri oleh "


@pytest.mark.parametrize(
    "text, holders, title",
    [
        (
            OPENING_EVENT + "para Kepala Keasistenan Ombudsman Jambi Budi Hartono, Rina Wati dan Ahmad Fauzi "
            "beserta jajaran.",
            {"Budi Hartono", "Rina Wati", "Ahmad Fauzi"},
            "Kepala Keasistenan Ombudsman Jambi",
        ),
        (
            OPENING_EVENT + "para Asisten Ombudsman Kalteng Budi Hartono, Rina Wati, Ahmad Fauzi dan Kepala Dinas "
            "Kominfo Kalteng Yusuf Hamdani.",
            {"Budi Hartono", "Rina Wati", "Ahmad Fauzi"},
            "Asisten Ombudsman Kalteng",
        ),
        (
            OPENING_EVENT + "Kepala Perwakilan Ombudsman RI Provinsi Riau, Dian Pratama, para Kepala Keasistenan "
            "Ombudsman Riau Sari Dewi serta Joko Santoso.",
            {"Sari Dewi", "Joko Santoso"},
            "Kepala Keasistenan Ombudsman Riau",
        ),
    ],
    ids=[
        "kepala-keasistenan-ombudsman-jambi-para",
        "asisten-ombudsman-kalteng-para-asisten",
        "kepala-keasistenan-ombudsman-riau-kepala",
    ],
)
def test_names_listed_after_a_plural_office_hold_it(text, holders, title):
    from extract.pipeline import extract_article

    got = {o.name: o.title for o in extract_article(text).officials}
    assert holders <= set(got)
    assert {got[h] for h in holders} == {title}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Direktur Eksekutif Lembaga Kajian Nusantara Raya, Taufik Hidayat dan Budi Santoso memaparkan hasil "
            "penilaian kepatuhan Ombudsman 2023.",
            {"Taufik Hidayat": "Direktur Eksekutif Lembaga Kajian Nusantara Raya"},
        ),
        (
            "Kepala Ombudsman Jambi Dian Pratama, Wakil Bupati Tebo Syahlan dan Ketua DPRD Tebo hadir dalam "
            "penyerahan penilaian kepatuhan Ombudsman 2023.",
            {"Dian Pratama": "Kepala Ombudsman Jambi", "Syahlan": "Wakil Bupati Tebo"},
        ),
    ],
    ids=["direktur-eksekutif-lembaga-kajian-nusantara", "kepala-ombudsman-jambi-dian-pratama"],
)
def test_a_singular_office_is_not_shared_by_a_list(text, expected):
    from extract.pipeline import extract_article

    got = {o.name: o.title for o in extract_article(text).officials}
    assert got == expected


# -- holders listed after a clause that ends in a linking word ("yang hadir di antaranya adalah") --


def test_holders_listed_after_a_relative_clause():
    got = titles_of(
        "Rombongan anggota Komisi II DPR RI yang datang di antaranya adalah Rina Wulandari, "
        "Joko Prasetyo, serta Hendra Gunawan. Mereka meninjau mal pelayanan publik."
    )
    assert got == {n: "anggota Komisi II DPR RI" for n in ("Rina Wulandari", "Joko Prasetyo", "Hendra Gunawan")}
    got = titles_of("Anggota Komisi VIII DPR RI yang berkunjung ialah Siti Aminah dan Bambang Sutrisno kemarin.")
    assert set(got) == {"Siti Aminah", "Bambang Sutrisno"}
    got = titles_of("Anggota Komisi II DPR yang hadir diantaranya Made Suarta dan Yusuf Hamdani di balai kota.")
    assert set(got) == {"Made Suarta", "Yusuf Hamdani"}


def test_a_relative_clause_without_linking_word_names_nobody():
    # "yang hadir menyambut Wali Kota ...": the clause goes on to another office, not to the holders
    got = titles_of("Anggota Komisi II DPR RI yang hadir menyambut Wali Kota Padang Fadly Amran di kantornya.")
    assert got == {"Fadly Amran": "Wali Kota Padang"}


# -- ", yaitu A, gelar, B, gelar, ...": degrees written after each listed holder --


def test_holders_listed_after_yaitu_with_degrees():
    got = titles_of(
        "Turut hadir Anggota Ombudsman RI, yaitu Dewi Kartika, S.H., M.H., Prof. Dr. Rahmat Hidayat, "
        "M.Si, Yusuf Effendi, SE, dan Nur Aini."
    )
    assert got == {n: "Anggota Ombudsman RI" for n in ("Dewi Kartika", "Rahmat Hidayat", "Yusuf Effendi", "Nur Aini")}


def test_a_degree_after_a_single_holder_lists_nobody_else():
    got = titles_of("Kunjungan dipimpin Anggota Ombudsman RI, yakni Dewi Kartika, S.H., lalu rombongan ke Pasar.")
    assert got == {"Dewi Kartika": "Anggota Ombudsman RI"}


# -- one office, then "A, B, dan C" / "A, B serta C" --


def test_three_holders_after_one_office():
    got = titles_of("Ia didampingi Asisten Ombudsman RI Yanti Kusuma, Rudi Hartono, dan Lukman Hakim saat berkunjung.")
    assert got == {n: "Asisten Ombudsman RI" for n in ("Yanti Kusuma", "Rudi Hartono", "Lukman Hakim")}
    got = titles_of("Rapat pleno dipimpin Komisioner KPU Jambi Ani Lestari, Bayu Saputra serta Candra Wijaya.")
    assert set(got) == {"Ani Lestari", "Bayu Saputra", "Candra Wijaya"}


def test_a_list_of_offices_keeps_each_office():
    got = titles_of("Rapat dihadiri Bupati Lebong Kopli Ansori, Sekda Lebong Mustarani, dan Kadis Sosial Budi Santoso.")
    assert got == {"Kopli Ansori": "Bupati Lebong", "Mustarani": "Sekda Lebong", "Budi Santoso": "Kadis Sosial"}


def test_an_office_object_before_one_named_holder_stays_the_office():
    got = titles_of("Direktur Eksekutif Lembaga Kajian Nusantara Raya, Taufik Hidayat, memaparkan hasil survei.")
    assert got == {"Taufik Hidayat": "Direktur Eksekutif Lembaga Kajian Nusantara Raya"}


# -- initials that open a name: two dotted capitals ("R.Z."), after a rank or straight after the place --


def test_dotted_initials_open_a_name():
    assert titles_of("Acara itu turut dihadiri Kapolda Sumut Irjen Pol. R.Z. Panca Putra bersama warga.") == {
        "R.Z. Panca Putra": "Kapolda Sumut"
    }
    assert titles_of("Sambutan disampaikan Bupati Karo A.M. Simbolon di aula.") == {"A.M. Simbolon": "Bupati Karo"}
    assert titles_of("Kepala Perwakilan Ombudsman RI Sumsel H.M. Adrian Rahman, S.H., hadir.") == {
        "Adrian Rahman": "Kepala Perwakilan Ombudsman RI Sumsel"
    }


def test_dotted_country_abbreviation_stays_in_the_office():
    assert titles_of("Kepala Perwakilan Ombudsman R.I. Jambi Budi Santoso hadir.") == {
        "Budi Santoso": "Kepala Perwakilan Ombudsman R.I. Jambi"
    }


# -- deputy heads of police units written glued ("Wakapolresta") or short ("Waka Polda") --


def test_deputy_police_heads():
    assert titles_of("Tim disambut Wakapolresta Sidoarjo AKBP Hendra Kurniawan, kemarin.") == {
        "Hendra Kurniawan": "Wakapolresta Sidoarjo"
    }
    assert titles_of("Hadir pula Waka Polda Brigjen Pol. Drs. Sutrisno dan jajaran.") == {"Sutrisno": "Waka Polda"}
    assert titles_of("Waka tidak hadir dalam rapat itu.") == {}


def test_capitals_with_one_final_dot_are_an_honorific():
    # the name is the word after the honorific, never "HM. Hartono"
    assert set(titles_of("Piagam diberikan kepada Bupati Kudus HM. Hartono di pendapa.")) == {"Hartono"}


# -- an office's field words ("Monitoring", "Kinerja", "Kepemudaan") and "Kadiv" stay in the office --


def test_field_words_continue_the_office():
    assert titles_of("Hasil itu dibacakan Deputi Bidang Pencegahan dan Monitoring KPK Andi Wijaya di Jakarta.") == {
        "Andi Wijaya": "Deputi Bidang Pencegahan dan Monitoring KPK"
    }
    assert titles_of("Deputi Bidang Kinerja Aparatur PANRB Sri Wahyuni menyerahkan piagam.") == {
        "Sri Wahyuni": "Deputi Bidang Kinerja Aparatur PANRB"
    }
    got = titles_of("Hadir Kepala Dinas Pemuda, Kepemudaan, dan Olahraga Badung I Made Sudarma serta warga.")
    assert got == {"I Made Sudarma": "Kepala Dinas Pemuda, Kepemudaan, dan Olahraga Badung"}
    assert titles_of("Dedi Kurnia, Kadiv Pemasyarakatan Kanwil Kemenkumham Jatim, memberi arahan.") == {
        "Dedi Kurnia": "Kadiv Pemasyarakatan Kanwil Kemenkumham Jatim"
    }
    assert titles_of('"Skornya naik," kata Deputi Pencegahan Komisi Pemberantasan Korupsi, Rudi Hartono, kemarin.') == {
        "Rudi Hartono": "Deputi Pencegahan Komisi Pemberantasan Korupsi"
    }


# -- the seat's province between commas after the office: "Bupati Landak, Kalimantan Barat, NAME" --


def test_province_between_commas_before_the_name():
    assert titles_of("Bupati Sintang, Kalimantan Barat, Jarot Winarno menerima piagam itu.") == {
        "Jarot Winarno": "Bupati Sintang"
    }
    assert titles_of("Wali Kota Bogor, Jawa Barat, Bima Arya, mengatakan hal itu.") == {"Bima Arya": "Wali Kota Bogor"}


def test_a_place_after_the_province_is_no_name():
    assert titles_of("Bupati Agam, Sumatera Barat, Dinas Kesehatan setempat menerima piagam.") == {}


# -- "Bapak" before a name is a form of address, not part of the name or of the office --


def test_bapak_before_the_name():
    assert titles_of("Piagam diterima Wakil Wali Kota Pasuruan Bapak Adi Wibowo, ST di Jakarta.") == {
        "Adi Wibowo": "Wakil Wali Kota Pasuruan"
    }
    assert titles_of("Bapak Hendra Saputra, Kepala Dinas Sosial Agam, hadir.") == {
        "Hendra Saputra": "Kepala Dinas Sosial Agam"
    }


# -- the Ombudsman's name misspelt inside an office ("Ombudsment", "Ombudsam", "Ombusmen") --


def test_misspelt_ombudsman_stays_in_the_office():
    assert titles_of("Ketua Tim Ombudsment RI Perwakilan Sulut Rina Pontoh SH memberi arahan.") == {
        "Rina Pontoh": "Ketua Tim Ombudsment RI Perwakilan Sulut"
    }
    assert titles_of("Kepala Keasistenan Pencegahan Ombudsam Sulteng Moh Rizal Lamato, kemarin, mengatakan itu.") == {
        "Moh Rizal Lamato": "Kepala Keasistenan Pencegahan Ombudsam Sulteng"
    }
    assert titles_of("Asisten Ombusmen Perwakilan Papua Barat Yohanes Rumbiak hadir.") == {
        "Yohanes Rumbiak": "Asisten Ombusmen Perwakilan Papua Barat"
    }


# -- a long office word misspelt by one letter (dropped, added, swapped) still ends the title, not the name --


def test_misspelt_office_words_stay_out_of_the_name():
    got = titles_of("Asisten Pencegahan Maladminsitrasi Rudi Hartono menjelaskan hasil penilaian itu.")
    assert got == {"Rudi Hartono": "Asisten Pencegahan Maladminsitrasi"}
    got = titles_of("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokasi Budi Santoso meresmikan mal itu.")
    assert list(got) == ["Budi Santoso"]
    got = titles_of("Asisten Bidang Pemerinthan Setda Kota Ambon Dewi Lestari hadir dalam rapat itu.")
    assert list(got) == ["Dewi Lestari"]


def test_names_near_office_words_stay_names():
    # short words are matched exactly: a given name one letter from an office word is kept
    got = titles_of("Kepala Dinas Sosial Kota Malang Penny Kurniawan menerima tim penilai.")
    assert got == {"Penny Kurniawan": "Kepala Dinas Sosial Kota Malang"}


# -- a compass word after a known place closes the office's seat ("Samsat Surabaya Utara"), never opens a name --


def test_a_compass_word_after_a_place_stays_in_the_title():
    got = titles_of("Tim kemudian menemui Kepala UPT Samsat Surabaya Utara Rina Wulandari di ruangannya.")
    assert got == {"Rina Wulandari": "Kepala UPT Samsat Surabaya Utara"}
    got = titles_of("Pengamanan dipimpin Kapolsek Medan Barat Kompol Joko Prasetyo sejak pagi.")
    assert got == {"Joko Prasetyo": "Kapolsek Medan Barat"}
    got = titles_of("Camat Makassar Selatan Hendra Gunawan menyambut rombongan itu.")
    assert got == {"Hendra Gunawan": "Camat Makassar Selatan"}


def test_a_place_already_ending_in_a_compass_word_takes_no_second():
    got = titles_of("Kapolda Jawa Barat Timur Pradopo meninjau lokasi itu.")
    assert got == {"Timur Pradopo": "Kapolda Jawa Barat"}


def test_raya_closes_a_metropolitan_seat():
    got = titles_of("Kepala Ombudsman Jakarta Raya Budi Santoso menerima laporan warga.")
    assert got == {"Budi Santoso": "Kepala Ombudsman Jakarta Raya"}
    assert titles_of("Sebelumnya Ketua Ombudsman Jakarta Raya juga pernah meninjau kota itu.") == {}


# -- the one-slip rule for long office words: a letter dropped, added or two neighbours swapped, never a
#    letter replaced (that turns given names and everyday words into office words) --


def test_a_given_name_one_letter_from_an_office_word_stays_a_name():
    # "Parlindungan" is a Batak given name, one replaced letter from "perlindungan"
    got = titles_of("Kepala Lapas Kelas IIA Binjai Parlindungan Siregar menerima tim Ombudsman.")
    assert got == {"Parlindungan Siregar": "Kepala Lapas Kelas IIA Binjai"}
    got = titles_of("Menurut Kepala Dinas Sosial Kota Medan, Parlindungan Harahap, semua layanan sudah dibenahi.")
    assert got == {"Parlindungan Harahap": "Kepala Dinas Sosial Kota Medan"}


def test_office_words_misspelt_by_an_added_or_dropped_letter_still_close_the_title():
    got = titles_of("Kepala Keasistenan Pencegahan Malaadministrasi Ombudsman Jabar Fitri Handayani hadir.")
    assert got == {"Fitri Handayani": "Kepala Keasistenan Pencegahan Malaadministrasi Ombudsman Jabar"}
    got = titles_of("Wakil Ketua Ombudsman RI Perwakiilan Sumut Agus Salim menyerahkan piagam itu.")
    assert list(got) == ["Agus Salim"]
    got = titles_of("Kepala Dinas Pedidikan Kota Bima Ahmad Yani membuka acara itu.")
    assert got == {"Ahmad Yani": "Kepala Dinas Pedidikan Kota Bima"}


def test_the_one_slip_rule_follows_drops_additions_and_swaps_only():
    from extract.components.officials.knowledge import TitleWords

    words = TitleWords({"perlindungan", "pengadaan", "perumahan", "pertanahan", "maladministrasi"})
    assert "maladminsitrasi" in words  # two neighbours swapped
    assert "malaadministrasi" in words  # a letter added
    assert "maladminstrasi" in words  # a letter dropped
    for word in ("parlindungan", "pengaduan", "perubahan", "pertanyaan"):  # replaced letters: real words, names
        assert word not in words


def test_the_complaints_unit_is_part_of_the_office():
    got = titles_of("Kepala Keasistenan Utama Pengaduan Masyarakat Ombudsman RI Dewi Kartika membuka diskusi.")
    assert got == {"Dewi Kartika": "Kepala Keasistenan Utama Pengaduan Masyarakat Ombudsman RI"}
    got = titles_of("Hal itu disampaikan Kepala Bidang Pengaduan Ombudsman Sumbar, Rina Marlina, kemarin.")
    assert got == {"Rina Marlina": "Kepala Bidang Pengaduan Ombudsman Sumbar"}


# -- "Raya" closes a place written without its level word (a greater metropolitan area, "Jakarta Raya"),
#    never one written with it ("Kota Bogor"), and never a place that already ends in it ("Kubu Raya") --


def test_raya_closes_the_ombudsman_jakarta_office_in_several_phrasings():
    got = titles_of("Piagam itu diserahkan oleh Kepala Perwakilan Ombudsman RI Jakarta Raya, yaitu Dedy Irsan.")
    assert got == {"Dedy Irsan": "Kepala Perwakilan Ombudsman RI Jakarta Raya"}
    got = titles_of("Kepala Perwakilan Ombudsman RI Jakarta Raya, Teguh P. Nugroho, menyerahkan piagam itu.")
    assert got == {"Teguh P. Nugroho": "Kepala Perwakilan Ombudsman RI Jakarta Raya"}
    got = titles_of("Plt Kepala Ombudsman Perwakilan Jakarta Raya Dominikus Dalu meninjau kantor itu.")
    assert got == {"Dominikus Dalu": "Plt Kepala Ombudsman Perwakilan Jakarta Raya"}


def test_raya_after_a_place_with_its_level_word_opens_the_name():
    got = titles_of("Kepala Dinas Kesehatan Kota Bogor Raya Siregar menerima tim penilai.")
    assert got == {"Raya Siregar": "Kepala Dinas Kesehatan Kota Bogor"}
    got = titles_of("Menurut Sekda Kabupaten Malang Raya Hutapea, layanan itu sudah dibenahi.")
    assert got == {"Raya Hutapea": "Sekda Kabupaten Malang"}


def test_a_place_ending_in_raya_takes_no_second():
    assert titles_of("Bupati Kubu Raya Sujiwo meresmikan mal pelayanan publik.") == {"Sujiwo": "Bupati Kubu Raya"}
    got = titles_of("Wali Kota Palangka Raya Fairid Naparin menerima hasil penilaian.")
    assert got == {"Fairid Naparin": "Wali Kota Palangka Raya"}


# -- "Irjend", the rank Irjen misspelt, is stripped before the name like the rank itself --


def test_the_misspelt_rank_irjend_stays_out_of_the_name():
    assert titles_of("Kapolda Riau Irjend Pol Agung Setya hadir.") == {"Agung Setya": "Kapolda Riau"}
    assert titles_of("Kapolda Riau, Irjend. Pol. Agung Setya, hadir.") == {"Agung Setya": "Kapolda Riau"}
    assert titles_of("Pengarahan diberikan Kapolda Jambi Irjend Rusdi Hartono.") == {"Rusdi Hartono": "Kapolda Jambi"}
