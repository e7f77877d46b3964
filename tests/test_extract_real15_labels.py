"""Zones, grades, opinions and their years on matched records, phenomena of the blind-annotated real articles
(batches 1-16), in our own sentences; each tried in several phrasings, with look-alikes that must not fire."""

import pytest

from extract_helpers import recs


# -- a counted group given labels, then restated with its zone only and its members listed over sentences, or
# -- glossed in the next sentence ("Artinya, tingkat kepatuhannya sedang") ---------------------------------

SURVEY = "Ombudsman RI merilis hasil survei kepatuhan standar pelayanan publik tahun 2018 di Provinsi Maluku. "
FIVE_RED = (
    "Lima pemda masuk zona merah dengan tingkat kepatuhan rendah. Kabupaten Buru Selatan masuk zona kuning dengan "
    "tingkat kepatuhan sedang. Lima pemda yang masuk zona merah itu adalah Kabupaten Seram Bagian Timur (40,10), "
    "Kabupaten Kepulauan Aru (38,55).\nKabupaten Maluku Barat Daya (35,20), Kabupaten Buru (30,05) dan Kota Tual (22,40)."
)
RED = {
    "Kabupaten Seram Bagian Timur",
    "Kabupaten Kepulauan Aru",
    "Kabupaten Maluku Barat Daya",
    "Kabupaten Buru",
    "Kota Tual",
}


def test_restated_group_listed_over_two_sentences_takes_the_opinion():
    got = recs(SURVEY + FIVE_RED)
    assert {e for (e, _), r in got.items() if r.opinion == "kepatuhan rendah" and r.zone == "merah"} == RED
    assert got[("Kabupaten Buru Selatan", 2018)].opinion == "kepatuhan sedang"


def test_restated_group_with_one_member_too_many_takes_nothing():
    text = SURVEY + FIVE_RED.replace("dan Kota Tual (22,40).", "Kota Tual (22,40) dan Kota Ambon (20,10).")
    got = recs(text)
    assert all(r.opinion is None for (e, _), r in got.items() if e in RED | {"Kota Ambon"}), got


@pytest.mark.parametrize(
    "gloss, opinion",
    [
        ("Artinya, tingkat kepatuhannya masuk dalam kategori sedang.", "kepatuhan sedang"),
        ("Hal ini berarti kepatuhan mereka berada pada kategori sedang.", "kepatuhan sedang"),
    ],
)
def test_gloss_sentence_adds_the_opinion_to_the_group(gloss, opinion):
    text = SURVEY + (
        "Tiga kabupaten/kota lainnya masuk dalam kategori zona kuning. " + gloss + " Sedangkan 3 pemkab/pemkot yang "
        "masuk dalam zona kuning adalah Kabupaten Buru (63,14), Kota Tual (54,03) dan Kabupaten Kepulauan Aru (58,39)."
    )
    got = recs(text)
    assert {e for (e, _), r in got.items() if r.zone == "kuning" and r.opinion == opinion} == {
        "Kabupaten Buru",
        "Kota Tual",
        "Kabupaten Kepulauan Aru",
    }


def test_gloss_must_open_the_next_sentence():
    text = SURVEY + (
        "Tiga kabupaten/kota lainnya masuk dalam kategori zona kuning. Survei dilakukan pada Juli. Artinya, tingkat "
        "kepatuhannya sedang. Sedangkan 3 pemkab/pemkot yang masuk dalam zona kuning adalah Kabupaten Buru (63,14), "
        "Kota Tual (54,03) dan Kabupaten Kepulauan Aru (58,39)."
    )
    got = recs(text)
    assert all(r.opinion is None for r in got.values()), got


# -- a continued subject's series of years in one sentence: the label after the last item is the latest year's --

JAMBI = (
    "Sekda Provinsi Jambi memaparkan capaian Pemprov Jambi berdasarkan penilaian kepatuhan Ombudsman RI. "
    "Pada 2021, Jambi memperoleh nilai 73,49 dan masuk zona kuning. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tahun 2022, nilainya 86,14, dan pada 2023 mencapai 98,21, berada di zona hijau.",
        "Pada 2022 nilainya 86,14, lalu pada 2023 naik lagi menjadi 98,21 dengan zona hijau.",
        "Tahun 2022 skornya 86,14, kemudian di tahun 2023 sebesar 98,21 dan masuk zona hijau.",
    ],
)
def test_label_after_a_series_of_one_subject_is_the_latest_years(sentence):
    got = recs(JAMBI + sentence)
    assert (got[("Provinsi Jambi", 2022)].score, got[("Provinsi Jambi", 2022)].zone) == (86.14, None)
    assert (got[("Provinsi Jambi", 2023)].score, got[("Provinsi Jambi", 2023)].zone) == (98.21, "hijau")


def test_label_inside_the_earlier_item_keeps_its_year():
    got = recs(JAMBI + "Tahun 2022, nilainya 86,14 dan masuk zona kuning, sedangkan pada 2023 naik menjadi 98,21.")
    assert (got[("Provinsi Jambi", 2022)].score, got[("Provinsi Jambi", 2022)].zone) == (86.14, "kuning")
    assert (got[("Provinsi Jambi", 2023)].score, got[("Provinsi Jambi", 2023)].zone) == (98.21, None)


# -- an old label ("tingkat kepatuhan tinggi") fills the zone of a 2022-2024 result, not of the 2025 instrument --


@pytest.mark.parametrize("year, zone", [(2025, None), (2023, "hijau")])
def test_old_label_fills_a_zone_only_in_graded_years(year, zone):
    text = (
        f"Ombudsman RI menyerahkan hasil penilaian pelayanan publik tahun {year} kepada Pemkot Bogor. "
        "RSUD Kota Bogor meraih nilai 91,20 kategori Kualitas Pelayanan Sangat Baik dan Tingkat Kepatuhan Tinggi."
    )
    got = recs(text)
    assert [(r.zone, r.opinion) for r in got.values()] == [(zone, None)]


# -- "dibandingkan tahun sebelumnya yang meraih nilai A menjadi B": A is the year before's, B the reported year's --

DIY = "Ombudsman RI Perwakilan DIY menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Bantul pada penilaian tahun 2023 berhasil meningkat 2,10 poin dibandingkan tahun sebelumnya yang "
        "meraih nilai 88,40 menjadi 90,50.",
        "Nilai Pemkab Bantul tahun 2023 naik jika dibandingkan dengan tahun lalu yang memperoleh 88,40 menjadi 90,50.",
        "Pada penilaian tahun 2023, skor Pemkab Bantul membaik ketimbang tahun lalu yang hanya mencapai nilai 88,40 "
        "menjadi 90,50.",
    ],
)
def test_value_after_the_year_before_and_the_one_reached(sentence):
    got = recs(DIY + sentence)
    assert got[("Kabupaten Bantul", 2022)].score == 88.4
    assert got[("Kabupaten Bantul", 2023)].score == 90.5


@pytest.mark.parametrize(
    "sentence, year",
    [
        # the earlier year right beside a written year, a value dated by "tahun lalu" after it, the compared year
        # not told what it held
        ("Nilai Pemkab Bantul tahun 2023 naik dibanding tahun lalu, yakni 88,40.", 2023),
        ("Pada 2022, dua tahun lalu, nilai Pemkab Bantul 88,40.", 2022),
        ("Pemkab Bantul meraih nilai 88,40 pada penilaian tahun lalu. Tahun 2024 ini hasilnya belum diumumkan.", 2023),
    ],
)
def test_earlier_year_look_alikes(sentence, year):
    got = recs(DIY + sentence)
    assert got[("Kabupaten Bantul", year)].score == 88.4


# -- a grade and its opinion together after a score or in brackets ---------------------------------------------

GRADED = "Ombudsman RI menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik tahun 2023. "


@pytest.mark.parametrize(
    "sentence, grade, opinion",
    [
        ("Kabupaten Demak meraih nilai 88,50 (A, kualitas tertinggi).", "A", "kualitas tertinggi"),
        ("Kabupaten Demak meraih nilai 81,20 (B/Kualitas Tinggi).", "B", "kualitas tinggi"),
        ("Kabupaten Demak (70,40 - C, Kualitas Sedang) dinilai perlu berbenah.", "C", "kualitas sedang"),
        ("Kabupaten Demak meraih nilai 70,40 (C - kualitas sedang).", "C", "kualitas sedang"),
    ],
)
def test_grade_with_its_opinion_in_brackets(sentence, grade, opinion):
    r = recs(GRADED + sentence)[("Kabupaten Demak", 2023)]
    assert (r.grade, r.opinion) == (grade, opinion)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Demak meraih nilai 88,50 - indikator kualitas tinggi dipenuhi semua unit.",
        "Kabupaten Demak meraih nilai 88,50 (catatan: bagian A, kualitas layanan perlu dijaga).",
    ],
)
def test_grade_and_opinion_look_alikes(sentence):
    r = recs(GRADED + sentence)[("Kabupaten Demak", 2023)]
    assert (r.grade, r.opinion) == (None, None)


# -- "A, B dan C, ketiganya masuk zona hijau": a collective word counting back the ones just named ---------------

JATENG_2019 = (
    "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2019. "
)


@pytest.mark.parametrize(
    "sentence, zones",
    [
        (
            "Kabupaten Demak, Kabupaten Kudus dan Kabupaten Pati, ketiganya masuk zona hijau.",
            {"Kabupaten Demak": "hijau", "Kabupaten Kudus": "hijau", "Kabupaten Pati": "hijau"},
        ),
        (
            "Kabupaten Demak dan Kabupaten Kudus, keduanya berada di zona kuning, sedangkan Kabupaten Pati masuk zona hijau.",
            {"Kabupaten Demak": "kuning", "Kabupaten Kudus": "kuning", "Kabupaten Pati": "hijau"},
        ),
    ],
)
def test_collective_word_counting_back_the_names_before_it(sentence, zones):
    assert {e: r.zone for (e, _), r in recs(JATENG_2019 + sentence).items()} == zones


def test_collective_word_that_does_not_count_the_names_gives_nothing():
    got = recs(JATENG_2019 + "Kabupaten Demak, Kabupaten Kudus dan Kabupaten Pati, keduanya masuk zona hijau.")
    assert all(r.zone is None for r in got.values()), got


# -- 2025: "sertifikat/piagam kualitas tertinggi" is the opinion; "Sangat Baik" categories are none ------------

MALADMIN = "Ombudsman RI menyerahkan Opini Ombudsman Penilaian Maladministrasi Pelayanan Publik tahun 2025. "


@pytest.mark.parametrize(
    "sentence, opinion",
    [
        ("Kabupaten Demak memperoleh sertifikat kualitas tertinggi dengan nilai 90,50.", "kualitas tertinggi"),
        ("Kabupaten Demak menerima piagam kualitas tinggi dengan nilai 84,10.", "kualitas tinggi"),
        ("Kabupaten Demak meraih nilai 90,50 dengan kategori Sangat Baik.", None),
        ("Kabupaten Demak meraih nilai 90,50; sertifikat pelatihan diberikan kepada petugas berkualitas.", None),
    ],
)
def test_certificate_of_the_top_quality_is_the_opinion(sentence, opinion):
    assert recs(MALADMIN + sentence)[("Kabupaten Demak", 2025)].opinion == opinion


# -- "kategori ... naik dari C menjadi B": the two letters of a change of grade ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kategori Kabupaten Demak meningkat dari C menjadi B dengan nilai 80,10.",
        "Nilai Kabupaten Demak 80,10, kategorinya naik dari C ke B.",
        "Kabupaten Demak dengan nilai 80,10 berhasil naik kategori dari C menjadi B.",
    ],
)
def test_change_of_grade(sentence):
    got = recs(GRADED + sentence)
    assert (got[("Kabupaten Demak", 2023)].grade, got[("Kabupaten Demak", 2022)].grade) == ("B", "C")


def test_change_of_letters_without_a_grade_word_is_none():
    got = recs(GRADED + "Kabupaten Demak meraih nilai 80,10. Nomor antrean di loket naik dari A menjadi B.")
    assert set(got) == {("Kabupaten Demak", 2023)} and got[("Kabupaten Demak", 2023)].grade is None


# -- "kepatuhan tertinggi" (2022 on) is the top opinion, not as a level or an award's category -------------------


@pytest.mark.parametrize(
    "sentence, opinion",
    [
        ("Kabupaten Demak meraih nilai 91,20 dengan predikat kepatuhan tertinggi.", "kualitas tertinggi"),
        ("Kabupaten Demak masuk zona hijau dengan kategori kepatuhan tertinggi, nilainya 91,20.", "kualitas tertinggi"),
        ("Kabupaten Demak meraih nilai 91,20 kategori predikat tingkat kepatuhan tertinggi (zona hijau).", None),
        ("Selain mendapat penghargaan kategori kepatuhan tertinggi, Kabupaten Demak meraih nilai 91,20.", None),
    ],
)
def test_top_compliance_wording_in_graded_years(sentence, opinion):
    assert recs(GRADED + sentence)[("Kabupaten Demak", 2023)].opinion == opinion


@pytest.mark.parametrize(
    "sentence, opinion",
    [
        (
            "Hanya Kabupaten Demak yang memenuhi kriteria kepatuhan tinggi (zona hijau) dengan skor 93,87.",
            "kepatuhan tinggi",
        ),
        ("Kabupaten Demak dengan nilai 63,10 masuk kriteria kepatuhan sedang.", "kepatuhan sedang"),
        (
            "Kabupaten Demak meraih nilai 93,87. Ombudsman menjelaskan kriteria kepatuhan tinggi adalah nilai 81-100.",
            None,
        ),
    ],
)
def test_criteria_of_a_level_is_the_opinion(sentence, opinion):
    text = "Ombudsman RI menyerahkan hasil survei kepatuhan standar pelayanan publik tahun 2018. " + sentence
    assert recs(text)[("Kabupaten Demak", 2018)].opinion == opinion


# -- "A, B dan C; zona kuning diraih D dan E": a label after a semicolon heads the names after it ----------------

JATENG_2019 = (
    "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2019. "
)
FIVE = {"Kabupaten Demak": "hijau", "Kabupaten Kudus": "hijau", "Kabupaten Pati": "hijau"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Zona hijau diraih Kabupaten Demak, Kabupaten Kudus dan Kabupaten Pati; zona kuning diraih Kabupaten Rembang dan Kabupaten Blora.",
        "Yang masuk zona hijau yakni Kabupaten Demak, Kabupaten Kudus dan Kabupaten Pati; zona kuning yakni Kabupaten Rembang dan Kabupaten Blora.",
    ],
)
def test_label_after_a_semicolon_heads_the_next_names(sentence):
    got = {e: r.zone for (e, _), r in recs(JATENG_2019 + sentence).items()}
    assert got == {**FIVE, "Kabupaten Rembang": "kuning", "Kabupaten Blora": "kuning"}


def test_label_after_a_semicolon_closing_its_own_item_stays_with_it():
    text = (
        JATENG_2019
        + "Kabupaten Demak meraih nilai 88,10; zona hijau. Kabupaten Rembang meraih nilai 70,20; zona kuning."
    )
    got = {e: r.zone for (e, _), r in recs(text).items()}
    assert got == {"Kabupaten Demak": "hijau", "Kabupaten Rembang": "kuning"}


# -- "mengalami peningkatan dari tahun sebelumnya menjadi X": the year after a change noun is compared with ------

JAMBI_2019 = "Ombudsman RI Perwakilan Jambi merilis hasil survei kepatuhan standar pelayanan publik tahun 2019. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Daerah di zona kuning yaitu Kabupaten Kerinci mencatat kenaikan dari tahun sebelumnya menjadi 80,13.",
        "Kabupaten Kerinci masuk zona kuning, ada kenaikan dari tahun lalu menjadi 80,13.",
        "Kabupaten Kerinci yang berada di zona kuning mencatat penurunan dari tahun sebelumnya menjadi 80,13.",
    ],
)
def test_change_noun_before_the_year_compared(sentence):
    got = recs(JAMBI_2019 + sentence)
    assert set(got) == {("Kabupaten Kerinci", 2019)}
    assert (got[("Kabupaten Kerinci", 2019)].score, got[("Kabupaten Kerinci", 2019)].zone) == (80.13, "kuning")


# -- "A dan B masuk zona kuning. Artinya, tingkat kepatuhannya masuk kategori sedang.": a gloss of the sentence
# -- before gives its labels to every subject of it ----------------------------------------------------------

BANTEN = "Ombudsman RI Perwakilan Banten menyerahkan hasil survei kepatuhan standar pelayanan publik tahun 2019. "


@pytest.mark.parametrize(
    "gloss",
    [
        "Artinya, tingkat kepatuhannya masuk dalam kategori sedang.",
        "Hal ini berarti keduanya berpredikat sedang.",
        "Dengan kata lain, tingkat kepatuhan mereka masih tergolong sedang.",
    ],
)
def test_gloss_of_a_sentence_about_several(gloss):
    got = recs(BANTEN + "Kabupaten Lebak dan Kabupaten Serang masuk zona kuning alias perlu perbaikan. " + gloss)
    assert {e: (r.zone, r.opinion) for (e, _), r in got.items()} == {
        "Kabupaten Lebak": ("kuning", "kepatuhan sedang"),
        "Kabupaten Serang": ("kuning", "kepatuhan sedang"),
    }


@pytest.mark.parametrize(
    "first, gloss",
    [
        # two zones before it, and a gloss that does not open the next sentence
        (
            "Kabupaten Lebak masuk zona hijau dan Kabupaten Serang zona kuning.",
            "Artinya, kepatuhannya masuk kategori sedang.",
        ),
        (
            "Kabupaten Lebak dan Kabupaten Serang masuk zona kuning.",
            "Survei dilakukan Juli. Artinya, kepatuhannya masuk kategori sedang.",
        ),
    ],
)
def test_gloss_look_alikes_give_no_opinion(first, gloss):
    got = recs(BANTEN + first + " " + gloss)
    assert all(r.opinion is None for r in got.values()), got
