"""Officials: glued police unit words, Balinese names, holders linked by "yakni"/"yaitu", degrees,
abbreviated given names and fields, members of a collegial body, speeches, an office's staff.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import INTRO_2022, officials_of, titles_of

from extract.pipeline import extract_article


def _official_names(text: str) -> list[str]:
    return [o.name for o in extract_article(INTRO_2022 + text, published="2022-12-10").officials]


# -- police unit words glued into one token: an office head ("Dirlantas") or a unit ("Rorena"), never a name --


def test_glued_police_offices_head_a_title():
    assert titles_of("Kasatreskrim AKP Budi Hartono memimpin operasi itu.") == {"Budi Hartono": "Kasatreskrim"}
    assert titles_of("Berkas diterima Kasipropam Polres Kampar, Iptu Rudi Saputra, kemarin.") == {
        "Rudi Saputra": "Kasipropam Polres Kampar"
    }
    assert titles_of("Dirintelkam Polda Jambi Kombes Pol. Agus Salim hadir.") == {
        "Agus Salim": "Dirintelkam Polda Jambi"
    }


def test_glued_police_offices_and_units_in_a_list_are_no_names():
    got = titles_of(
        "Kapolda Jambi Irjen Pol Rusdi Hartono didampingi Karo Ops, Dirlantas, Dirpamobvit, Kabid Humas dan "
        "Kasubbag Renmin, Kabagops serta Rorena."
    )
    assert got == {"Rusdi Hartono": "Kapolda Jambi"}


def test_unit_stem_written_apart_continues_the_office():
    assert titles_of("Kasat Reskrim Rina Wati hadir.") == {"Rina Wati": "Kasat Reskrim"}


def test_short_stems_that_are_given_names_stay_names():
    got = titles_of("Kepala Dinas Sosial Rena Wati dan Kabid Humas Ren Hartono hadir.")
    assert got == {"Rena Wati": "Kepala Dinas Sosial", "Ren Hartono": "Kabid Humas"}


def test_names_that_merely_start_like_a_unit_stay_names():
    # "Rosa", "Dirga", "Siti": a unit word's prefix but no unit stem after it
    got = titles_of("Kepala Dinas Sosial Rosa Dirga dan Kabag Umum Siti Rahma hadir.")
    assert got == {"Rosa Dirga": "Kepala Dinas Sosial", "Siti Rahma": "Kabag Umum"}


# -- Balinese names: "I"/"Ni" + a birth-order name opens the name, the word before is the office's --------------


def test_facility_name_before_a_balinese_name_stays_in_the_title():
    assert titles_of("Hadir Direktur RSU Sanjiwani I Ketut Suarjaya, serta para dokter.") == {
        "I Ketut Suarjaya": "Direktur RSU Sanjiwani"
    }
    assert titles_of("Kepala Puskesmas Sukawati Ni Luh Putu Ayu menyambut tim.") == {
        "Ni Luh Putu Ayu": "Kepala Puskesmas Sukawati"
    }


def test_balinese_name_after_a_region_is_unchanged():
    assert titles_of("Bupati Gianyar I Made Mahayastra menerima tim.") == {"I Made Mahayastra": "Bupati Gianyar"}


# -- "yakni"/"yaitu" between an office and its holders ----------------------------------------------------------


def test_holders_linked_by_yakni_or_yaitu():
    assert titles_of("Hadir pula Kepala Keasistenan Cegah yakni Hendra Wijaya.") == {
        "Hendra Wijaya": "Kepala Keasistenan Cegah"
    }
    got = titles_of("Tim terdiri dari Asisten Ombudsman Jambi yaitu Budi Santoso, Rina Wati dan Dedi Kusuma.")
    assert got == {name: "Asisten Ombudsman Jambi" for name in ("Budi Santoso", "Rina Wati", "Dedi Kusuma")}


def test_list_after_yaitu_ends_at_its_last_and():
    got = titles_of("Asisten Ombudsman yaitu Rina Wati dan Dewi Lestari, serta Agus Salim dari sekretariat.")
    assert got == {"Rina Wati": "Asisten Ombudsman", "Dewi Lestari": "Asisten Ombudsman"}


def test_yaitu_before_an_office_or_a_common_noun_links_nothing():
    assert titles_of("Kepala Dinas Sosial yaitu pejabat yang baru dilantik.") == {}
    assert titles_of("Hadir dua pejabat yakni Kepala Dinas Sosial dan Kepala Bappeda.") == {}


# -- degrees written without dots or split by a comma end the name --------------------------------------------


def test_degrees_without_dots_end_the_name():
    got = titles_of("Kabid Pengelolaan Informasi Sinar Harahap Spd, dan Kabid Pemanfaatan Data Rina Wati SSos, hadir.")
    assert got == {"Sinar Harahap": "Kabid Pengelolaan Informasi", "Rina Wati": "Kabid Pemanfaatan Data"}


def test_degree_split_by_a_comma_ends_the_name():
    assert titles_of("Kabid Pelayanan Pendaftaran Penduduk Suryadi S, Sos, hadir.") == {
        "Suryadi": "Kabid Pelayanan Pendaftaran Penduduk"
    }
    assert titles_of("Camat Lubuk Linggau Budi Santoso S, Pd, hadir.") == {"Budi Santoso": "Camat Lubuk Linggau"}


def test_a_name_word_after_a_comma_is_no_degree():
    got = titles_of("Camat Lubuk Linggau, Budi Santoso, bersama Sekcam Rina Wati hadir.")
    assert got["Budi Santoso"] == "Camat Lubuk Linggau"


# -- abbreviated given names, time adverbs, comma lists of fields, classes and seats -----------------------------


def test_abbreviated_given_names_with_a_dot():
    assert titles_of("Ketua Ombudsman RI, Mokh. Najih, membuka acara.") == {"Mokh. Najih": "Ketua Ombudsman RI"}
    assert titles_of("Kepala Dinas Sosial Mukh. Arif Hidayat menjelaskan program.") == {
        "Mukh. Arif Hidayat": "Kepala Dinas Sosial"
    }


def test_time_adverb_before_an_office_is_no_name():
    assert titles_of("Kali ini Menteri PANRB memilih menyerahkan hasilnya langsung.") == {}


def test_fields_listed_with_commas_in_an_office():
    got = titles_of("Deputi Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan Budi Santoso menjelaskan hasil.")
    assert got == {"Budi Santoso": "Deputi Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan"}


def test_technical_unit_and_class_are_no_names():
    assert titles_of("Hadir seluruh Kepala Unit Pelaksana Teknis (UPT) Pemasyarakatan se-Riau.") == {}
    assert titles_of("Kepala Lapas Kelas IIA Pekanbaru Yuniarto hadir.") == {
        "Yuniarto": "Kepala Lapas Kelas IIA Pekanbaru"
    }


def test_supervising_member_of_the_ombudsman():
    got = titles_of("Ia menerima Pimpinan Ombudsman Pengampu Provinsi Gorontalo Dr. Ir. Budi Hartono, SH. MM. kemarin.")
    assert got == {"Budi Hartono": "Pimpinan Ombudsman Pengampu Provinsi Gorontalo"}


def test_minister_abbreviations_head_a_title():
    got = titles_of("Piagam diterima Menag Ahmad Fauzi dan Menlu Sri Rahayu LP Wibowo.")
    assert got == {"Ahmad Fauzi": "Menag", "Sri Rahayu LP Wibowo": "Menlu"}


# -- a misspelt place after a level word, a unit's seat after its class, an office taken up, a photo credit ------


def test_place_misspelt_by_a_letter_after_a_level_word():
    assert titles_of("Kepala Dinas Kominfo Prov. Kaltenf Agus Siswanto mengatakan data sudah lengkap.") == {
        "Agus Siswanto": "Kepala Dinas Kominfo Prov. Kaltenf"
    }
    assert titles_of("Kepala Dinas Sosial Prov. Sumbar Rina Wati hadir.") == {
        "Rina Wati": "Kepala Dinas Sosial Prov. Sumbar"
    }


def test_seat_after_a_class_is_no_one_word_name():
    assert titles_of("Kepala Lembaga Pemasyarakatan (Kalapas) Kelas III Sidempuan menghadiri penyerahan itu.") == {}
    # no seat: the class is followed by the holder's name
    assert titles_of("Kepala Lapas Kelas IIA Budi Santoso menghadiri kegiatan itu.") == {
        "Budi Santoso": "Kepala Lapas Kelas IIA"
    }


def test_name_before_an_office_taken_up():
    got = titles_of(
        "Setahun setelah Rina Wati Lestari kembali dilantik sebagai Gubernur Jawa Tengah, ia meninjau RSUD."
    )
    assert got == {"Rina Wati Lestari": "Gubernur Jawa Tengah"}
    assert titles_of("Budi Santoso resmi diangkat menjadi Kepala Dinas Sosial pekan lalu.") == {
        "Budi Santoso": "Kepala Dinas Sosial"
    }


def test_photo_caption_with_a_credit_names_the_official():
    text = "Wali Kota Padang Budi Santoso/ANTARA-Rina\n\nKota Padang meraih predikat A."
    assert titles_of(text) == {"Budi Santoso": "Wali Kota Padang"}


def test_title_case_headline_with_a_slash_is_still_a_headline():
    # a headline's capitalised verb is no name: only a credit after a slash makes the line a caption
    assert titles_of("Wali Kota Padang Budi Santoso Raih Penghargaan Dari Ombudsman\n\nIa bersyukur.") == {}


# -- members of one collegial body named after its head ------------------------------------------------------


def test_companions_of_a_body_head_take_its_body():
    got = titles_of(
        "Tim dipimpin Ketua Komisi Informasi Jambi, Budi Santoso, didampingi Wakil Ketua Rina Wati dan "
        "Komisioner Dedi Kusuma serta staf."
    )
    assert got == {
        "Budi Santoso": "Ketua Komisi Informasi Jambi",
        "Rina Wati": "Wakil Ketua Komisi Informasi Jambi",
        "Dedi Kusuma": "Komisioner Komisi Informasi Jambi",
    }
    assert (
        titles_of("Ketua DPRD Kota Jambi Budi Santoso bersama Wakil Ketua Rina Wati meninjau pasar.")["Rina Wati"]
        == "Wakil Ketua DPRD Kota Jambi"
    )


def test_no_body_inherited_across_other_offices_or_verbs():
    assert titles_of("Bupati Lebong Kopli Ansori didampingi Kabag Dedi Kusuma hadir.") == {
        "Kopli Ansori": "Bupati Lebong"
    }
    assert titles_of("Bupati Lebong Kopli Ansori didampingi Ketua Rina Wati hadir.") == {
        "Kopli Ansori": "Bupati Lebong"
    }
    got = titles_of("Ketua DPRD Kota Jambi Budi Santoso mengatakan Wakil Ketua Rina Wati akan hadir.")
    assert got == {"Budi Santoso": "Ketua DPRD Kota Jambi"}


# -- the holder speaking in a speech; an office cut by a hard wrap -------------------------------------------


def test_holder_speaking_in_his_own_speech():
    got = titles_of("dalam sambutan Kapolda Riau Irjen Pol Drs Budi Hartono mengatakan, kepercayaan publik naik.")
    assert got == {"Budi Hartono": "Kapolda Riau"}
    assert titles_of("Dalam sambutan Gubernur Jambi Al Haris menyampaikan terima kasih.") == {
        "Al Haris": "Gubernur Jambi"
    }


def test_speech_read_by_someone_else_or_a_candidate_is_not_the_holder():
    got = titles_of("Sambutan Bupati Lebong Kopli Ansori dibacakan oleh Asisten I Budi Santoso.")
    assert got == {"Budi Santoso": "Asisten I"}
    assert titles_of("Calon Bupati Lebong Budi Santoso mengatakan siap.") == {}


def test_office_cut_by_a_hard_wrap_after_an_open_word():
    text = "AMBON - Asisten Muda Ombudsman perwakilan\nMaluku, Rina Wati Lestari mengatakan hasil penilaian naik."
    assert titles_of(text) == {"Rina Wati Lestari": "Asisten Muda Ombudsman perwakilan Maluku"}


def test_short_line_ending_in_a_lower_case_open_word_after_a_lower_case_word_stays():
    text = "Kunjungan ke kantor perwakilan\nBudi Santoso, Kepala Dinas Sosial, menyambut tim."
    assert titles_of(text) == {"Budi Santoso": "Kepala Dinas Sosial"}


# -- officials: a degree written without its dot ("S Sos"); names listed after "para asisten yakni" ----


RESULT = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Medan masuk zona kuning. "


@pytest.mark.parametrize("degree", ["S Sos", "S Pd", "S.Sos", "S Sos M Si"])
def test_a_degree_without_its_dot_is_no_part_of_the_name(degree):
    got = officials_of(
        RESULT + f"Kepala Perwakilan Ombudsman RI Sumut Budi Siregar {degree} mengatakan hasil itu baik."
    )
    assert "Budi Siregar" in got


def test_a_trailing_initial_stays_in_the_name():
    got = officials_of(RESULT + "Kepala Perwakilan Ombudsman RI Sumut Budi Siregar S mengatakan hasil itu baik.")
    assert "Budi Siregar S" in got


@pytest.mark.parametrize("word", ["yakni", "yaitu", "yaki"])
def test_names_listed_after_a_plural_office_and_a_listing_word_hold_it(word):
    got = officials_of(
        RESULT + f"Kepala Perwakilan Budi Siregar datang beserta para asisten {word} Dedi Irawan, Rika Nelson "
        "Hutapea dan Tina Nuraini Silalahi, Senin (23/12)."
    )
    assert {"Dedi Irawan", "Rika Nelson Hutapea", "Tina Nuraini Silalahi"} <= set(got)


def test_a_listing_word_before_no_name_links_nobody():
    got = officials_of(RESULT + "Ombudsman menurunkan para asisten yakni dari bidang pencegahan ke Kota Medan.")
    assert not any(title.lower().startswith("asisten") for title in got.values())


# -- "Jajaran Komisioner ...": the staff of an office is no person -----------------------------------------

AMBON = "Ombudsman menyerahkan hasil penilaian kepatuhan. Kota Ambon zona kuning. "


@pytest.mark.parametrize(
    "staff", ["diikuti oleh Jajaran Komisioner Ombudsman", "Hadir pula Segenap Komisioner Ombudsman"]
)
def test_the_staff_of_an_office_is_no_person(staff):
    assert officials_of(AMBON + f"Acara dibuka Ketua Ombudsman RI Mokhammad Najih, {staff}.") == {
        "Mokhammad Najih": "Ketua Ombudsman RI"
    }


def test_a_name_starting_like_the_staff_word_is_kept():
    assert "Jajang Kurniawan" in officials_of(AMBON + "Hadir pula Komisioner Ombudsman Jajang Kurniawan.")


# -- an assistant's field written as an abbreviation is part of the title, not of the name ------------------

HANDOVER = (
    "Ombudsman RI menyerahkan penghargaan penilaian kepatuhan tahun 2023 kepada Provinsi Kalimantan Tengah "
    "dengan zona hijau. "
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Sementara itu, Plh. Asisten Pemkesra Maskur membacakan sambutan gubernur.", "Maskur"),
        ("Asisten Ekbang Setda Kalteng Rahmat Hidayat hadir pula.", "Rahmat Hidayat"),
        ("Hadir pula Asisten Perekbang Yuliana Sari.", "Yuliana Sari"),
    ],
)
def test_an_abbreviated_field_stays_in_the_title(line, name):
    from extract.pipeline import extract_article

    assert name in [o.name for o in extract_article(HANDOVER + line).officials]


def test_the_abbreviation_alone_names_no_one():
    from extract.pipeline import extract_article

    assert not extract_article(HANDOVER + "Acara itu dihadiri jajaran Pemkesra Setda Kalteng.").officials


# -- an abbreviated given name opens the name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ketua Pengadilan Agama Sungguminasa, Hj. St. Rahmah, S.Ag., berterima kasih.", "St. Rahmah"),
        ("Kepala Dinas Sosial, St. Aminah, mengatakan pelayanan membaik.", "St. Aminah"),
        ("Menurut Camat Tamalate, St. Nurhayati, warga puas.", "St. Nurhayati"),
    ],
)
def test_abbreviated_given_name_opens_the_name(text: str, name: str) -> None:
    assert _official_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas PUPR, Budi Santoso, ST., mengatakan pelayanan membaik.",
        "Kepala Dinas PUPR, Budi Santoso, St., mengatakan pelayanan membaik.",
        "Kepala Dinas PUPR, Ir. Budi Santoso ST MT, mengatakan pelayanan membaik.",
    ],
)
def test_the_degree_after_a_name_stays_a_degree(text: str) -> None:
    assert _official_names(text) == ["Budi Santoso"]


# -- a name opened by a word that is also an office word ("Agung"), after the office's place --------------


@pytest.mark.parametrize(
    "sentence, name, title",
    [
        (
            "Kepala Keasistenan Pencegahan Ombudsman RI Perwakilan Sumatera Selatan Agung Pratama meninjau RSUD.",
            "Agung Pratama",
            "Kepala Keasistenan Pencegahan Ombudsman RI Perwakilan Sumatera Selatan",
        ),
        (
            "Kepala Kejaksaan Negeri Palembang Agung Wibisono membuka rapat itu.",
            "Agung Wibisono",
            "Kepala Kejaksaan Negeri Palembang",
        ),
    ],
)
def test_a_name_word_that_is_an_office_word_opens_the_name_after_the_place(sentence, name, title):
    assert officials_of(RESULT + sentence) == {name: title}


def test_an_office_closed_by_agung_keeps_it():
    got = officials_of(RESULT + "Ketua Mahkamah Agung Muhammad Syarifuddin hadir di Medan.")
    assert "Agung Muhammad Syarifuddin" not in got


# -- a body's letter after its noun ("Komisi A"), "Bapak" and a misspelt police rank before a name ---------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Rombongan diketuai Wakil Ketua DPRD Kabupaten Madiun Bapak Kuwat Edy Santoso serta Ketua Komisi A Heri Puryadi.",
            {"Kuwat Edy Santoso": "Wakil Ketua DPRD Kabupaten Madiun", "Heri Puryadi": "Ketua Komisi A"},
        ),
        ("Ketua Komisi IV Rudi Hartono menyambut baik hasil itu.", {"Rudi Hartono": "Ketua Komisi IV"}),
        ("Kapolda Sumut, Irjend Pol Agung Setya Imam Effendi, hadir.", {"Agung Setya Imam Effendi": "Kapolda Sumut"}),
    ],
)
def test_a_bodys_letter_and_honorifics_stay_out_of_the_name(sentence, expected):
    assert officials_of(RESULT + sentence) == expected


# -- offices with a field word ("Bidang Kelembagaan"), a liaison office, a provincial secretary written short --


@pytest.mark.parametrize(
    "sentence, name, title",
    [
        (
            "Dalam acara itu Komisioner Bidang Kelembagaan Komisi Informasi Pusat Handoko AS, menyampaikan selamat.",
            "Handoko AS",
            "Komisioner Bidang Kelembagaan Komisi Informasi Pusat",
        ),
        (
            "Hadir Komisioner Bidang Edukasi dan Sosialisasi Komisi Informasi Pusat Gede Narayana.",
            "Gede Narayana",
            "Komisioner Bidang Edukasi dan Sosialisasi Komisi Informasi Pusat",
        ),
        (
            "Penghargaan diterima Kepala Badan Penghubung Provinsi Riau Ridho Adriansyah di Jakarta.",
            "Ridho Adriansyah",
            "Kepala Badan Penghubung Provinsi Riau",
        ),
        ("Hasil itu diterima Pj Sekprov Malut Abubakar Abdullah di Ternate.", "Abubakar Abdullah", "Pj Sekprov Malut"),
    ],
)
def test_field_and_short_office_titles(sentence, name, title):
    found = {o.name: o.title for o in extract_article(INTRO_2022 + sentence).officials}
    assert found.get(name) == title


def test_field_word_is_no_name():
    # "Kelembagaan" continues an office; alone after a verb it names nobody
    found = [o.name for o in extract_article(INTRO_2022 + "Penguatan Kelembagaan Ombudsman dibahas di Palu.").officials]
    assert not any("Kelembagaan" in n for n in found)


# -- common words and fragments are no names: a caption's passive verb, a headline verb, a cut excerpt ---------


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Ombudsman Papua Barat Didampingi Wakapolda Papua Barat saat penyerahan piagam.",
        "Bupati Sleman Diwakili Sekda saat menerima hasil penilaian kepatuhan.",
        "Diskusi APBA 2020 Digelar, Ketua DPRA Hadir, Perwakilan Pemprov Absen",
    ],
)
def test_a_capitalised_verb_after_an_office_is_no_name(text):
    assert titles_of(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Hasil survei itu disampaikan langsung kepada Kepala Kanwil BPN Kal",
        "Ombudsman berharap layanan membaik.\n\nSementara, Direktur Pendaftaran Pe",
    ],
)
def test_a_name_cut_by_the_end_of_an_excerpt_is_no_official(text):
    assert titles_of(text) == {}


def test_a_name_closing_a_complete_text_is_kept():
    text = "Hasil survei itu disampaikan langsung kepada Kepala Kanwil BPN Kalsel Budi Santoso."
    assert titles_of(text) == {"Budi Santoso": "Kepala Kanwil BPN Kalsel"}


def test_a_deputy_field_listed_with_a_comma_stays_in_the_title():
    got = titles_of(
        "Deputi Bidang Reformasi Birokrasi, Kinerja Aparatur dan Pengawasan PAN RB Budi Santoso mengatakan "
        "penilaian itu penting."
    )
    assert list(got) == ["Budi Santoso"]
    assert got["Budi Santoso"].startswith("Deputi Bidang Reformasi Birokrasi, Kinerja Aparatur")


def test_a_given_name_before_the_cut_is_kept():
    got = titles_of(
        "Kunjungan dipimpin Kepala Ombudsman RI Perwakilan Provinsi Banten, Dedy Irsan bersama Kepala "
        "Keasistenan Pemeriksaan Laporan Zainal Arifin, Asisten Pencegahan Maladministrasi Rizal N"
    )
    assert got["Rizal N"] == "Asisten Pencegahan Maladministrasi"


# -- a unit's class or a rank numeral in the office, not a Balinese "I" ------------------------


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Piagam itu diterima Kepala Rutan Kelas I Palu, Sutrisno. Ia bersyukur.",
            "Sutrisno",
            "Kepala Rutan Kelas I Palu",
        ),
        (
            "Rombongan didampingi Kalapas Kelas I Madiun Heru Wahyudi meninjau ruang layanan.",
            "Heru Wahyudi",
            "Kalapas Kelas I Madiun",
        ),
        (
            "Tim terdiri atas Asisten Muda I Rahmat Hidayat dan staf lain yang memeriksa berkas.",
            "Rahmat Hidayat",
            "Asisten Muda I",
        ),
    ],
)
def test_a_roman_one_after_a_class_or_rank_stays_in_the_office(text, name, title):
    assert titles_of(text) == {name: title}


def test_a_balinese_i_after_an_office_still_opens_the_name():
    assert titles_of("Penghargaan diterima Kepala Dinas Sosial I Made Sudarta di Denpasar.") == {
        "I Made Sudarta": "Kepala Dinas Sosial"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Lapas Kelas IIB Pasir Pengaraian, Ahmad Fauzi, hadir dalam sosialisasi itu.",
        "Sosialisasi diikuti Kepala Rutan Kelas IIA Muara Enim, Ahmad Fauzi, dan stafnya.",
    ],
)
def test_a_seat_of_two_words_after_a_class_closes_before_the_holder(text):
    got = titles_of(text)
    assert list(got) == ["Ahmad Fauzi"]
    assert " Kelas II" in got["Ahmad Fauzi"]


def test_one_word_after_a_class_before_a_verb_is_the_seat_not_a_name():
    assert titles_of("Kalapas Kelas IIA Gunungtua menghadiri rapat itu.") == {}


# -- name words that look like office words, honorifics run together --------------------------


def test_a_name_word_one_letter_off_an_office_word_stays_in_the_name():
    got = titles_of("Kepala Dinas Sosial, Togar Parlindungan Sitompul, menyampaikan terima kasih.")
    assert got == {"Togar Parlindungan Sitompul": "Kepala Dinas Sosial"}


@pytest.mark.parametrize("honorific", ["HA.", "HM.", "Drs. HA.", "Ir. HM."])
def test_haji_with_an_initial_is_dropped_before_the_name(honorific):
    got = titles_of(f"Piagam diterima Plt Bupati Probolinggo {honorific} Timbul Prihanjoko di Surabaya.")
    assert got == {"Timbul Prihanjoko": "Plt Bupati Probolinggo"}


def test_undotted_haji_with_an_initial_is_dropped_too():
    # "HM" is Haji Muhammad written together, as "HM." is: the annotations drop both letters
    assert titles_of("Kata Bupati Luwu HM Nurdin di kantornya.") == {"Nurdin": "Bupati Luwu"}


def test_undotted_capitals_before_a_name_stay_initials():
    assert titles_of("Kata Bupati Luwu SF Hariyanto di kantornya.") == {"SF Hariyanto": "Bupati Luwu"}


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Umum Apkasi itu mengatakan capaian ini baik.",
        "Menurut Ketua Harian Gapensi tersebut, nilai itu wajar.",
        "Kepala Bidang Pengaduan ini menyebut laporan naik.",
    ],
)
def test_one_word_pointed_at_by_a_demonstrative_is_no_name(text):
    assert titles_of(text) == {}


# -- places and offices written unusually --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hasil itu akan disampaikan kepada Gubernur Kalimnatan Barat dan para bupati.",
        "Rapor itu diserahkan kepada Gubernur Sumatra Selatan dan wali kota.",
        "Laporan dikirim ke Bupati Lampug Selatan pekan depan.",
    ],
)
def test_a_misspelt_place_of_two_words_is_no_name(text):
    assert titles_of(text) == {}


def test_a_place_with_a_letter_dropped_after_an_acronym_stays_in_the_office():
    assert titles_of("Kepala ORI Kaltra Ahmad Fauzi mengatakan ada 40 laporan.") == {"Ahmad Fauzi": "Kepala ORI Kaltra"}


def test_a_name_one_letter_off_a_place_stays_a_name():
    assert titles_of("Kepala BPN Marcos Ronaldo Silva hadir.") == {"Marcos Ronaldo Silva": "Kepala BPN"}


@pytest.mark.parametrize("office", ["Diskominfosantik", "Disperkimtan", "Disnakertrans"])
def test_a_long_short_form_of_a_regional_office_heads_a_title(office):
    got = titles_of(f"Turut hadir Kepala {office} Provinsi Kalteng Agus Salim. Hadir pula para camat.")
    assert got == {"Agus Salim": f"Kepala {office} Provinsi Kalteng"}


def test_the_cabinets_name_after_its_ministers_is_no_name():
    assert titles_of("Turut hadir para Menteri Kabinet Indonesia Maju, para bupati dan pimpinan lembaga.") == {}
