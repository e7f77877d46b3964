"""Phenomena of found batches 20 and 21 (real pages annotated blind), in our own sentences (real kinds
of facts, invented wording); each tried in several phrasings, with look-alikes that must not fire."""

import pytest

from extract.pipeline import extract_article
from extract_helpers import recs

# -- a weekday with day/month and the 2022+ category pair "tinggi dan tertinggi" ----------------------
# (Selasa 13 Februari fell in 2018 and in 2024: the 2017 or the 2023 assessment)

UNDATED = "Ombudsman menyerahkan hasil penilaian kepatuhan kepada enam kabupaten di Ternate, Selasa (13/2). "


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada kabupaten yang masuk kategori tinggi dan tertinggi, yaitu zona hijau. Kabupaten Halmahera Utara "
        "meraih nilai 84,12.",
        "Kabupaten Halmahera Utara meraih nilai 84,12 dan masuk kategori tertinggi dan tinggi bersama dua daerah lain.",
        "Kabupaten Halmahera Utara meraih nilai 84,12. Dua daerah masih di kategori rendah dan terendah.",
    ],
)
def test_a_pair_of_2022_categories_puts_a_weekday_date_in_the_later_year(sentence):
    got = recs(UNDATED + sentence)
    assert ("Kabupaten Halmahera Utara", 2023) in got
    assert ("Kabupaten Halmahera Utara", 2017) not in got


def test_a_single_old_category_keeps_the_earlier_year():
    got = recs(UNDATED + "Kabupaten Halmahera Utara meraih nilai 84,12 dan masuk kategori tinggi.")
    assert ("Kabupaten Halmahera Utara", 2017) in got


# -- a page date in English order ("Senin, Mei 6, 2024") dates the page -------------------------------


@pytest.mark.parametrize("header", ["Kamis, Juni 13, 2024", "Juni 13, 2024", "Kamis, Jun 13, 2024"])
def test_a_page_date_in_english_order_dates_the_page(header):
    text = (
        f"{header}\nOmbudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik. Kabupaten Halmahera Barat "
        "meraih nilai 81,40 dan masuk zona hijau."
    )
    got = recs(text)
    assert ("Kabupaten Halmahera Barat", 2023) in got


def test_a_page_date_in_english_order_does_not_override_a_written_year():
    text = (
        "Kamis, Juni 13, 2024\nOmbudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. "
        "Kabupaten Halmahera Barat meraih nilai 81,40 dan masuk zona hijau."
    )
    got = recs(text)
    assert ("Kabupaten Halmahera Barat", 2021) in got
    assert ("Kabupaten Halmahera Barat", 2023) not in got


# -- "di Provinsi X, semuanya ... zona hijau": every government of X, not the units listed before ------

SCORES = (
    "Ombudsman merilis hasil penilaian kepatuhan tahun 2023 se-Provinsi Jambi. Pemkab Kerinci memperoleh "
    "skor 93,10, Pemkab Bungo skor 90,25 dan Pemkot Jambi skor 86,40. Penilaian dilakukan terhadap lima OPD, "
    "yakni DPMPTSP, Dinas Kesehatan, Dinas Sosial, Dukcapil dan Dinas Pendidikan. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Khusus di Provinsi Jambi, semuanya sudah masuk zona hijau.",
        "Untuk se-Provinsi Jambi seluruhnya berada di zona hijau.",
        "Di Provinsi Jambi tahun ini kesemuanya meraih zona hijau.",
    ],
)
def test_all_of_a_province_placed_before_a_bare_collective(sentence):
    got = recs(SCORES + sentence)
    for e in ("Kabupaten Kerinci", "Kabupaten Bungo", "Kota Jambi"):
        assert got[(e, 2023)].zone == "hijau"
    assert not [k for k in got if k[0].startswith("Dinas") or k[0] == "Dukcapil"]


def test_a_bare_collective_without_a_province_keeps_the_list_before():
    text = (
        "Ombudsman menilai kepatuhan Pemkab Kerinci tahun 2023. Unit yang dinilai yakni Dinas Kesehatan, "
        "Dinas Sosial dan Dinas Pendidikan. Semuanya masuk zona hijau."
    )
    got = recs(text)
    assert got[("Dinas Kesehatan", 2023)].zone == "hijau"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sebanyak 9 kantor pertanahan di Provinsi Jambi semuanya mendapat zona hijau.",
        "Kantor pertanahan se-Provinsi Jambi yang mana seluruhnya memperoleh zona hijau.",
    ],
)
def test_a_group_named_before_the_province_is_not_every_government(sentence):
    got = recs(SCORES + sentence)
    assert got[("Kabupaten Kerinci", 2023)].zone is None


# -- land offices named by a bare place after "Kantah", and one score "masing-masing" for a list -------

OFFICES = "Ombudsman menyerahkan hasil survei kepatuhan tahun 2021 kepada Kantor Pertanahan (Kantah) di NTT. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Hasilnya Kantah Kupang, Kantah Belu, dan Kantah Alor, yang masing-masing memiliki poin sebesar 90,10.",
        "Kantah Kupang, Kantah Belu serta Kantah Alor masing-masing meraih nilai 90,10.",
        "Kantor Pertanahan Kupang, Belu dan Alor masing-masing memperoleh skor 90,10.",
    ],
)
def test_one_score_each_for_a_list_of_land_offices(sentence):
    got = recs(OFFICES + sentence + " Lalu Kantah Sikka mendapatkan poin 80,22.")
    for place in ("Kupang", "Belu", "Alor"):
        assert got[(f"Kantor Pertanahan Kabupaten {place}", 2021)].score == 90.10
    assert got[("Kantor Pertanahan Kabupaten Sikka", 2021)].score == 80.22


def test_scores_listed_respectively_still_go_in_order():
    got = recs(
        OFFICES + "Kantah Kupang, Kantah Belu dan Kantah Alor masing-masing meraih nilai 90,10, 85,20 dan 81,00."
    )
    assert [got[(f"Kantor Pertanahan Kabupaten {p}", 2021)].score for p in ("Kupang", "Belu", "Alor")] == [
        90.10,
        85.20,
        81.00,
    ]


def test_one_score_in_order_words_is_not_shared():
    got = recs(OFFICES + "Kantah Kupang dan Kantah Belu berturut-turut di atas, Kantah Belu meraih nilai 90,10.")
    assert (
        got.get(("Kantor Pertanahan Kabupaten Kupang", 2021)) is None
        or got[("Kantor Pertanahan Kabupaten Kupang", 2021)].score is None
    )


# -- a change noun before a label ("penurunan zonasi ke zona kuning yaitu X (64,68)") makes no difference --

DROP = "Ombudsman mengumumkan hasil penilaian kepatuhan tahun 2022. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemda yang mengalami penurunan zonasi ke zona kuning, yakni Kota Kupang (64,68), Kabupaten Belu (60,98).",
        "Daerah dengan penurunan kategori ke zona kuning antara lain Kota Kupang (64.68) dan Kabupaten Belu (60.98).",
        "Kenaikan predikat ke zona kuning dialami Kota Kupang dengan nilai 64,68 dan Kabupaten Belu 60,98.",
    ],
)
def test_a_change_of_label_before_a_list_keeps_the_first_score(sentence):
    got = recs(DROP + sentence)
    assert got[("Kota Kupang", 2022)].score == 64.68
    assert got[("Kabupaten Belu", 2022)].score == 60.98


def test_a_change_noun_before_a_number_is_still_a_difference():
    got = recs(DROP + "Kota Kupang mengalami penurunan sebesar 4,12 poin dan kini meraih nilai 64,68.")
    assert got[("Kota Kupang", 2022)].score == 64.68


# -- a list of land offices goes on through "dengan perolehan nilai"; the office's province is a place;
# -- a year compared with, told well before a list, is not the list's -----------------------------------

LAND = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023 kepada kantor pertanahan di Jawa Timur. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kategori A diperoleh 3 kantor pertanahan yaitu Kantor Pertanahan Kabupaten Malang dengan perolehan nilai "
        "91,45, Kota Batu dengan perolehan nilai 89,45, Kabupaten Blitar dengan nilai 89,14.",
        "Kepala Perwakilan menjelaskan, nilai semua kantah tahun ini lebih baik daripada tahun sebelumnya dengan "
        "rincian kantor pertanahan yang meraih kategori A sebanyak 3 (tiga) kantor pertanahan yaitu Kantor "
        "Pertanahan Kabupaten Malang dengan nilai 91,45, Kota Batu dengan capaian 89,45, Kabupaten Blitar dengan "
        "nilai 89,14.",
    ],
)
def test_a_list_of_land_offices_with_their_level_words(sentence):
    got = recs(LAND + sentence)
    assert got[("Kantor Pertanahan Kota Batu", 2023)].score == 89.45
    assert got[("Kantor Pertanahan Kabupaten Blitar", 2023)].grade == "A"
    assert not [k for k in got if k[0] in ("Kota Batu", "Kabupaten Blitar") or k[1] != 2023]


def test_a_score_told_right_after_the_year_compared_with_is_that_year():
    got = recs(
        LAND + "Kantor Pertanahan Kabupaten Malang meraih nilai 91,45, naik dibandingkan tahun sebelumnya yang 80,20."
    )
    assert got[("Kantor Pertanahan Kabupaten Malang", 2023)].score == 91.45
    assert got[("Kantor Pertanahan Kabupaten Malang", 2022)].score == 80.20


@pytest.mark.parametrize(
    "subject",
    [
        "Badan Pertanahan Nasional (BPN) Kabupaten Malang Provinsi Jawa Timur",
        "Kantor Pertanahan (Kantah) atau BPN Kabupaten Malang Provinsi Jawa Timur",
    ],
)
def test_the_province_after_a_land_office_is_its_place(subject):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. "
        + subject
        + " menerima opini A dengan skor 80,80."
    )
    got = recs(text)
    assert ("Provinsi Jawa Timur", 2023) not in got and ("Provinsi Jawa Timur", 2024) not in got
    assert [k for k in got if k[0] == "Kantor Pertanahan Kabupaten Malang"]


def test_the_ombudsman_office_as_ori_names_no_government():
    text = (
        LAND + "Kepala Perwakilan ORI Jawa Timur, Agus Muttaqin menyampaikan, kantor pertanahan yang mendapatkan "
        "kategori A yaitu Kantor Pertanahan Kabupaten Malang dengan nilai 91,45."
    )
    got = recs(text)
    assert ("Provinsi Jawa Timur", 2023) not in got
    assert got[("Kantor Pertanahan Kabupaten Malang", 2023)].grade == "A"


# -- "zona A ... adalah X, sedangkan untuk Y, Z dan W di zona B": the contrast ends the first heading; ------
# -- "mendapat penilaian A" is a grade ------------------------------------------------------------------

KALTARA = "Ombudsman mengumumkan hasil penilaian kepatuhan tahun 2023 di Kalimantan Utara. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten yang memiliki zona A adalah Pemkab Bulungan, sedangkan untuk Kabupaten Malinau, Nunukan dan "
        "Tana Tidung di zona B.",
        "Yang meraih kategori A yaitu Pemkab Bulungan, sementara Kabupaten Malinau, Nunukan dan Tana Tidung "
        "berada di kategori B.",
    ],
)
def test_a_contrast_ends_a_label_heading(sentence):
    got = recs(KALTARA + sentence)
    assert got[("Kabupaten Bulungan", 2023)].grade == "A"
    for e in ("Kabupaten Malinau", "Kabupaten Nunukan", "Kabupaten Tana Tidung"):
        assert got[(e, 2023)].grade == "B"


def test_a_heading_list_without_contrast_goes_on():
    got = recs(KALTARA + "Yang meraih kategori A yaitu Pemkab Bulungan, Kabupaten Malinau dan Kabupaten Nunukan.")
    assert got[("Kabupaten Nunukan", 2023)].grade == "A"
    assert got[("Kabupaten Malinau", 2023)].grade == "A"


@pytest.mark.parametrize(
    "sentence, grade",
    [
        ("Kota Tarakan dan Kabupaten Nunukan yang juga mendapat penilaian A.", "A"),
        ("Kota Tarakan mendapat penilaian B dari Ombudsman.", "B"),
        ("Dalam penilaian E-Government, Kota Tarakan meraih zona hijau.", None),
    ],
)
def test_a_letter_after_penilaian_is_a_grade(sentence, grade):
    assert recs(KALTARA + sentence)[("Kota Tarakan", 2023)].grade == grade


@pytest.mark.parametrize("level", ["tingkat kota/kabupaten", "tingkat kabupaten", "kabupaten/kota"])
def test_a_land_office_head_with_a_level_is_the_kind_heading_a_list(level):
    sentence = (
        f"Sementara hasil penilaian Kantor Pertanahan {level} meraih predikat kepatuhan tinggi yakni, Kantah Kupang, "
        "Kantah Belu, dan Kantah Alor."
    )
    got = recs(OFFICES + sentence)
    for place in ("Kupang", "Belu", "Alor"):
        assert got[(f"Kantor Pertanahan Kabupaten {place}", 2021)].opinion == "kepatuhan tinggi"
    assert ("Kantor Pertanahan", 2021) not in got


def test_a_land_office_named_by_its_place_is_still_one_office():
    got = recs(OFFICES + "Kantor Pertanahan Kabupaten Kupang meraih predikat kepatuhan tinggi.")
    assert got[("Kantor Pertanahan Kabupaten Kupang", 2021)].opinion == "kepatuhan tinggi"


# -- "Sekdako" is a title: the name after it is the official's ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Asisten I Sekdako Dumai Herman Jaya saat menerima piagam kepatuhan dari Ombudsman.",
        "Sekdako Dumai Herman Jaya menerima piagam kepatuhan dari Ombudsman.",
    ],
)
def test_sekdako_is_a_title(line):
    text = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Dumai meraih nilai 88,10. " + line
    names = [o.name for o in extract_article(text).officials]
    assert "Herman Jaya" in names
    assert not [n for n in names if "Sekdako" in n]


# -- a bare "nilai tertinggi" followed by the next places is first place --------------------------------

JAMBI = "Ombudsman merilis hasil penilaian kepatuhan pemerintah daerah se-Provinsi Jambi tahun 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Alhasil, Pemkab Kerinci mencatat nilai tertinggi dengan skor 93,12. Diikuti Pemkab Bungo dengan skor "
        "94,08 dan Pemkab Tebo urutan ketiga dengan skor 92,00.",
        "Pemkab Kerinci meraih nilai tertinggi dengan skor 93,12, disusul Pemkab Bungo dengan skor 94,08.",
        "Pemkab Kerinci mendapat nilai tertinggi, yakni 93,12. Pemkab Bungo berada di urutan kedua dengan 94,08.",
    ],
)
def test_a_bare_highest_score_told_on_is_first_place(sentence):
    got = recs(JAMBI + sentence)
    assert (got[("Kabupaten Kerinci", 2023)].rank, got[("Kabupaten Kerinci", 2023)].rank_scope) == (1, "provinsi")
    assert got[("Kabupaten Bungo", 2023)].rank == 2


def test_a_bare_highest_score_alone_is_no_rank():
    got = recs(JAMBI + "Pemkab Kerinci memperoleh nilai tertinggi dengan skor 93,12. Pemkab Bungo meraih skor 94,08.")
    assert got[("Kabupaten Kerinci", 2023)].rank is None


def test_a_highest_unit_told_on_is_no_government_rank():
    text = (
        "Pemerintah Kota Tual meraih zona hijau dalam penilaian kepatuhan Ombudsman tahun 2023 dengan nilai 80,10. "
        "Penilaian difokuskan pada Dinas Perhubungan dan Dinas Pendidikan. Dinas Perhubungan mencatat nilai tertinggi "
        "dengan skor 88,10, disusul Dinas Pendidikan dengan nilai 85,36."
    )
    got = recs(text)
    assert got[("Dinas Perhubungan", 2023)].rank is None
    assert got[("Dinas Pendidikan", 2023)].rank is None


# -- "di kantor X Balikpapan": the place of a venue, never a subject -----------------------------------


@pytest.mark.parametrize("venue", ["di kantor Inhutani Tarakan", "di kantor Bupati Bulungan", "di kantor PLN Nunukan"])
def test_a_place_after_an_office_as_venue_is_no_subject(venue):
    text = (
        f"Kepala Ombudsman Hadi Rahman berfoto seusai mengumumkan hasil penilaian kepatuhan {venue} (Foto: Ant)\n\n"
        "Indeks kepatuhan Pemda di Provinsi Kalimantan Utara untuk tahun 2023 meningkat. \u201cPada tahun 2022 lalu "
        "masih dalam kualitas sedang,\u201d kata Hadi. Kabupaten Malinau mendapat penilaian A."
    )
    got = recs(text)
    assert [k for k in got if k[1] == 2022] == []
    assert got[("Kabupaten Malinau", 2023)].grade == "A"


def test_a_capitalised_office_name_is_still_a_unit():
    text = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023. Di Kantor Pertanahan Kabupaten Malinau nilainya 88,10."
    assert [k for k in recs(text) if k[0] == "Kantor Pertanahan Kabupaten Malinau"]


# -- "B ..., yang bertahan dari tahun lalu dan C dengan nilai X": the relative clause's year is B's -------

PB = "Ombudsman merilis hasil penilaian kepatuhan tahun 2023 kepada tujuh kabupaten di Papua Barat. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Zona hijau diraih Kabupaten Manokwari dengan nilai 85,47, yang masih bertahan dari tahun lalu dan "
        "Kabupaten Kaimana dengan nilai 86,22.",
        "Kabupaten Manokwari dengan nilai 85,47, yang masih bertahan dari tahun lalu, serta Kabupaten Kaimana dengan "
        "nilai 86,22 masuk zona hijau.",
    ],
)
def test_a_relative_clause_year_stays_with_its_item(sentence):
    got = recs(PB + sentence)
    assert got[("Kabupaten Kaimana", 2023)].score == 86.22
    assert ("Kabupaten Kaimana", 2022) not in got


def test_a_year_opening_the_sentence_still_holds():
    got = recs(PB + "Pada tahun lalu, Kabupaten Kaimana meraih nilai 70,10.")
    assert got[("Kabupaten Kaimana", 2022)].score == 70.10


# -- "pada Desember 2024 lalu, X meraih ... 88,87": a hand-over late in a year gives that year's results ----

LATER = "https://contoh.id/2026/01/11/pelayanan-publik-buton"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pasalnya, pada Desember 2024 lalu, Pemkab Buton baru saja meraih penghargaan kualitas tertinggi dari "
        "Ombudsman RI dengan nilai 88,87 kategori A.",
        "Pada November 2024, Pemkab Buton menerima hasil penilaian kepatuhan Ombudsman RI dengan nilai 88,87.",
        "Pemkab Buton pada 12 Desember 2024 menerima piagam penilaian kepatuhan Ombudsman RI dengan nilai 88,87.",
    ],
)
def test_a_late_year_hand_over_month_gives_its_year(sentence):
    got = recs("Kinerja pelayanan publik Buton menurun tahun ini. " + sentence, url=LATER)
    assert got[("Kabupaten Buton", 2024)].score == 88.87
    assert ("Kabupaten Buton", 2025) not in got


def test_a_mid_year_month_gives_no_year():
    text = "Pada Juni 2024 lalu, Pemkab Buton menerima tim penilaian kepatuhan Ombudsman RI. Nilai kepatuhannya 88,87."
    got = recs(text, url=LATER)
    assert ("Kabupaten Buton", 2024) not in got
    assert got[("Kabupaten Buton", 2025)].score == 88.87  # the page's own date
