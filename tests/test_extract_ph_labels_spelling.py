"""Labels written other ways: misspelt opinions and label frames, "dikategorikan" said of a subject or of
a band, a colour in quotes, a colour got ("mendapatkan warna hijau"), "berzona"; grades and opinions as written (a grade with its
opinion in brackets, 2025's certificates, "kepatuhan tertinggi", "kriteria kepatuhan"), an old label
filling a zone only in graded years, an opinion joined to a zone or a score by a slash.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import GRADED, OMB_SURVEY, assert_record_fields, fields_of, recs


# -- grades and opinions as written: a grade and its opinion together after a score or in brackets; 2025's
# -- "sertifikat/piagam kualitas tertinggi" is the opinion, "Sangat Baik" none; "kepatuhan tertinggi" (2022 on)
# -- is the top opinion, not as a level or an award's category; "kriteria kepatuhan tinggi" is the opinion ---

MALADMIN = "Ombudsman RI menyerahkan Opini Ombudsman Penilaian Maladministrasi Pelayanan Publik tahun 2025. "
SURVEY_2018 = "Ombudsman RI menyerahkan hasil survei kepatuhan standar pelayanan publik tahun 2018. "
BRACKETED = [
    ("Kabupaten Demak meraih nilai 88,50 (A, kualitas tertinggi).", "A", "kualitas tertinggi"),
    ("Kabupaten Demak meraih nilai 81,20 (B/Kualitas Tinggi).", "B", "kualitas tinggi"),
    ("Kabupaten Demak (70,40 - C, Kualitas Sedang) dinilai perlu berbenah.", "C", "kualitas sedang"),
    ("Kabupaten Demak meraih nilai 70,40 (C - kualitas sedang).", "C", "kualitas sedang"),
    # look-alikes
    ("Kabupaten Demak meraih nilai 88,50 - indikator kualitas tinggi dipenuhi semua unit.", None, None),
    ("Kabupaten Demak meraih nilai 88,50 (catatan: bagian A, kualitas layanan perlu dijaga).", None, None),
]
OPINIONS = [
    (
        MALADMIN,
        2025,
        "Kabupaten Demak memperoleh sertifikat kualitas tertinggi dengan nilai 90,50.",
        "kualitas tertinggi",
    ),
    (MALADMIN, 2025, "Kabupaten Demak menerima piagam kualitas tinggi dengan nilai 84,10.", "kualitas tinggi"),
    (MALADMIN, 2025, "Kabupaten Demak meraih nilai 90,50 dengan kategori Sangat Baik.", None),
    (
        MALADMIN,
        2025,
        "Kabupaten Demak meraih nilai 90,50; sertifikat pelatihan diberikan kepada petugas berkualitas.",
        None,
    ),
    (GRADED, 2023, "Kabupaten Demak meraih nilai 91,20 dengan predikat kepatuhan tertinggi.", "kualitas tertinggi"),
    (
        GRADED,
        2023,
        "Kabupaten Demak masuk zona hijau dengan kategori kepatuhan tertinggi, nilainya 91,20.",
        "kualitas tertinggi",
    ),
    (
        GRADED,
        2023,
        "Kabupaten Demak meraih nilai 91,20 kategori predikat tingkat kepatuhan tertinggi (zona hijau).",
        None,
    ),
    (
        GRADED,
        2023,
        "Selain mendapat penghargaan kategori kepatuhan tertinggi, Kabupaten Demak meraih nilai 91,20.",
        None,
    ),
    (
        SURVEY_2018,
        2018,
        "Hanya Kabupaten Demak yang memenuhi kriteria kepatuhan tinggi (zona hijau) dengan skor 93,87.",
        "kepatuhan tinggi",
    ),
    (SURVEY_2018, 2018, "Kabupaten Demak dengan nilai 63,10 masuk kriteria kepatuhan sedang.", "kepatuhan sedang"),
    (
        SURVEY_2018,
        2018,
        "Kabupaten Demak meraih nilai 93,87. Ombudsman menjelaskan kriteria kepatuhan tinggi adalah nilai 81-100.",
        None,
    ),
]


@pytest.mark.parametrize(
    "opening, year, sentence, expected",
    [(GRADED, 2023, s, {"grade": g, "opinion": o}) for s, g, o in BRACKETED]
    + [(opening, year, s, {"opinion": o}) for opening, year, s, o in OPINIONS],
)
def test_grades_and_opinions_as_written(opening, year, sentence, expected):
    assert fields_of(recs(opening + sentence), "Kabupaten Demak", year, *expected) == expected


# -- an old label ("tingkat kepatuhan tinggi") fills the zone of a 2022-2024 result, not of the 2025 instrument --


@pytest.mark.parametrize("year, zone", [(2025, None), (2023, "hijau")])
def test_old_label_fills_a_zone_only_in_graded_years(year, zone):
    text = (
        f"Ombudsman RI menyerahkan hasil penilaian pelayanan publik tahun {year} kepada Pemkot Bogor. "
        "RSUD Kota Bogor meraih nilai 91,20 kategori Kualitas Pelayanan Sangat Baik dan Tingkat Kepatuhan Tinggi."
    )
    got = recs(text)
    assert [(r.zone, r.opinion) for r in got.values()] == [(zone, None)]


# -- a colour after "kategori"/"peringkat"/"dapat" is a zone ---------------------------------------


@pytest.mark.parametrize(
    "said,zone",
    [
        ("Kota Lubuklinggau dan Kabupaten Lahat dapat kategori merah.", "merah"),
        ("Kota Lubuklinggau masuk kategori kuning, demikian pula Kabupaten Lahat.", "kuning"),
        ("Kota Lubuklinggau dan Kabupaten Lahat sama-sama berkategori hijau.", "hijau"),
        ("Kota Lubuklinggau dan Kabupaten Lahat mendapat peringkat hijau.", "hijau"),
    ],
    ids=[
        "kota-lubuklinggau-dan-kabupaten-lahat-1",
        "kota-lubuklinggau-masuk-kategori-kuning",
        "kota-lubuklinggau-dan-kabupaten-lahat-2",
        "kota-lubuklinggau-dan-kabupaten-lahat-3",
    ],
)
def test_a_colour_after_kategori_or_peringkat_is_a_zone(said, zone):
    r = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2018 di Palembang. " + said)
    assert r[("Kota Lubuk Linggau", 2018)].zone == zone and r[("Kabupaten Lahat", 2018)].zone == zone


def test_peringkat_with_an_ordinal_stays_a_rank():
    r = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2018. "
        "Kota Lubuklinggau mendapat peringkat pertama dengan nilai 88,10."
    )
    rec = r[("Kota Lubuk Linggau", 2018)]
    assert rec.rank == 1 and rec.zone is None and rec.score == 88.1


# -- a colour glossed by the pre-2022 level: "predikat kuning atau sedang" --------------------------


@pytest.mark.parametrize(
    "label, zone, opinion",
    [
        ("predikat kuning atau sedang", "kuning", "kepatuhan sedang"),
        ("zona merah (atau tingkat kepatuhan pelayanan publik rendah)", "merah", "kepatuhan rendah"),
        ("zona merah alias kepatuhan rendah", "merah", "kepatuhan rendah"),
        ("zona hijau atau kategori tinggi", "hijau", "kepatuhan tinggi"),
        ("rapor kuning/sedang", "kuning", "kepatuhan sedang"),
    ],
    ids=[
        "predikat-kuning-atau-sedang",
        "zona-merah-atau-tingkat-kepatuhan",
        "zona-merah-alias-kepatuhan-rendah",
        "zona-hijau-atau-kategori-tinggi",
        "rapor-kuning-sedang",
    ],
)
def test_colour_glossed_by_level_gives_the_opinion(label, zone, opinion):
    text = (
        OMB_SURVEY.format(prov="Nusa Tenggara Timur", year=2021)
        + f"Tiga kabupaten mendapatkan {label} yakni Kabupaten Ende, Kabupaten Alor dan Kabupaten Lembata."
    )
    r = recs(text)
    assert {(n, x.zone, x.opinion) for (n, _), x in r.items()} == {
        (n, zone, opinion) for n in ("Kabupaten Ende", "Kabupaten Alor", "Kabupaten Lembata")
    }


def test_glossed_level_of_a_graded_year_fills_the_zone_only():
    text = (
        OMB_SURVEY.format(prov="Nusa Tenggara Timur", year=2023)
        + "Kabupaten Ende mendapat zona hijau atau kepatuhan tinggi dengan nilai 88,10."
    )
    r = recs(text)
    assert (r[("Kabupaten Ende", 2023)].zone, r[("Kabupaten Ende", 2023)].opinion) == ("hijau", None)


def test_level_word_in_prose_is_no_opinion():
    text = (
        OMB_SURVEY.format(prov="Nusa Tenggara Timur", year=2021)
        + "Kabupaten Ende masuk zona kuning. Antusiasme peserta atau minat yang sedang tumbuh patut dijaga."
    )
    r = recs(text)
    assert r[("Kabupaten Ende", 2021)].opinion is None


# -- "Tiga daerah ini ... secara zonasi masih kuning": an adverb between the zone word and its colour --


@pytest.mark.parametrize(
    "clause",
    ["tapi secara zonasi masih kuning", "namun predikatnya tetap kuning", "dan zonanya masih tetap kuning"],
    ids=["tapi-secara-zonasi-masih-kuning", "namun-predikatnya-tetap-kuning", "dan-zonanya-masih-tetap-kuning"],
)
def test_zone_word_adverb_colour(clause):
    text = (
        OMB_SURVEY.format(prov="Sumatera Barat", year=2018) + "Tiga daerah lama ikut lagi, yakni Kabupaten Tanah "
        "Datar, Kota Solok dan Kabupaten Pesisir Selatan. Tiga daerah ini juga dinilai Ombudsman pada "
        f"tahun 2017, {clause}."
    )
    r = recs(text)
    assert {(n, y, x.zone) for (n, y), x in r.items()} == {
        (n, 2017, "kuning") for n in ("Kabupaten Tanah Datar", "Kota Solok", "Kabupaten Pesisir Selatan")
    }


@pytest.mark.parametrize(
    "label",
    ["dengan kualifikasi kepatuhan tinggi", "kualifikasi kepatuhan tinggi"],
    ids=["dengan-kualifikasi-kepatuhan-tinggi", "kualifikasi-kepatuhan-tinggi"],
)
def test_kualifikasi_introduces_the_opinion(label):
    text = OMB_SURVEY.format(prov="Sumatera Barat", year=2017) + f"Kota Payakumbuh meraih zona hijau {label}."
    assert recs(text)[("Kota Payakumbuh", 2017)].opinion == "kepatuhan tinggi"


# -- label spellings: "opini tertinggi", "Katagori A" ----------------------------------------------


@pytest.mark.parametrize(
    "phrase,grade,opinion",
    [
        (
            "Adapun lima kabupaten yang merupakan opini tertinggi yakni Kabupaten Bireuen dan Kabupaten Nagan Raya.",
            None,
            "kualitas tertinggi",
        ),
        ("Kabupaten Bireuen dan Kabupaten Nagan Raya meraih opini tertinggi.", None, "kualitas tertinggi"),
        (
            "Kabupaten Bireuen dan Kabupaten Nagan Raya masuk Katagori A dengan Opini Kualitas Tertinggi.",
            "A",
            "kualitas tertinggi",
        ),
        ("Kabupaten Bireuen dan Kabupaten Nagan Raya meraih nilai katagori B.", "B", None),
    ],
    ids=[
        "adapun-lima-kabupaten-yang-merupakan",
        "kabupaten-bireuen-dan-kabupaten-nagan-1",
        "kabupaten-bireuen-dan-kabupaten-nagan-2",
        "kabupaten-bireuen-dan-kabupaten-nagan-3",
    ],
)
def test_label_spellings(phrase, grade, opinion):
    text = "Ombudsman RI Perwakilan Aceh menyampaikan hasil penilaian kepatuhan tahun 2024. " + phrase
    r = recs(text)
    for name in ("Kabupaten Bireuen", "Kabupaten Nagan Raya"):
        assert (r[(name, 2024)].grade, r[(name, 2024)].opinion) == (grade, opinion), name


def test_a_legend_of_opinions_names_nobody():
    text = (
        "Ombudsman RI Perwakilan Aceh menyampaikan hasil penilaian kepatuhan tahun 2024. Ada lima jenis "
        "opini, yaitu opini tertinggi, tinggi, sedang, rendah dan terendah. Kota Langsa meraih nilai 87,35."
    )
    assert recs(text)[("Kota Langsa", 2024)].opinion is None


# -- a zone glossed before its colour: "zonasi terburuk atau merah" -------------------------------


@pytest.mark.parametrize(
    "phrase,zone",
    [
        ("masuk dalam zonasi terburuk atau merah", "merah"),
        ("berada di zona terbaik atau hijau", "hijau"),
        ("masih di zona sedang alias kuning", "kuning"),
    ],
    ids=["masuk-dalam-zonasi-terburuk-atau", "berada-di-zona-terbaik-atau", "masih-di-zona-sedang-alias"],
)
def test_zone_with_a_gloss_before_the_colour(phrase, zone):
    text = f"Hasil survei kepatuhan Ombudsman RI tahun 2019: Kabupaten Kolaka {phrase} dengan nilai 43,60."
    assert recs(text)[("Kabupaten Kolaka", 2019)].zone == zone


# -- labels glued at a capital: "Predikat KepatuhanTinggi" ------------------------------------------


@pytest.mark.parametrize(
    "label,opinion",
    [
        ("Predikat KepatuhanTinggi", "kepatuhan tinggi"),
        ("predikat KepatuhanSedang", "kepatuhan sedang"),
        ("Opini KualitasTertinggi", "kualitas tertinggi"),
    ],
    ids=["predikat-kepatuhantinggi", "predikat-kepatuhansedang", "opini-kualitastertinggi"],
)
def test_glued_label_words(label, opinion):
    year = 2023 if opinion.startswith("kualitas") else 2018
    text = f"Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun {year}. Kabupaten Minahasa meraih {label}."
    assert recs(text)[("Kabupaten Minahasa", year)].opinion == opinion


# -- "mendapatkan warna hijau": a colour got is a zone; a colour of things is not -------------------

RIAU_2023 = (
    "Ombudsman RI Perwakilan Riau menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2023 di Polda Riau."
)


@pytest.mark.parametrize(
    "sentence, office, zone",
    [
        ("Polres Kampar mendapatkan warna hijau dari Ombudsman.", "Polres Kampar", "hijau"),
        ("Polres Siak memperoleh warna kuning sehingga harus berbenah.", "Polres Siak", "kuning"),
        ("Hasilnya, Polres Bengkalis meraih penilaian warna hijau.", "Polres Bengkalis", "hijau"),
    ],
    ids=["mendapatkan-warna", "memperoleh-warna", "penilaian-warna"],
)
def test_a_colour_got_is_a_zone(sentence, office, zone):
    got = recs(f"{RIAU_2023} {sentence}")
    assert got[(office, 2023)].zone == zone, got


def test_a_colour_of_things_is_no_zone():
    got = recs(f"{RIAU_2023} Polres Kampar mengecat ruang tunggu dengan warna hijau dan meraih nilai 85,10.")
    assert got[("Polres Kampar", 2023)].zone is None, got


# -- misspelt opinions: "kualias tertinggi", "kwalitas tinggi", "kepatuan tinggi" ----------------------------


@pytest.mark.parametrize(
    "said, year, opinion",
    [
        ("Kota Kediri meraih nilai 90,12 dengan predikat kualias tertinggi.", 2023, "kualitas tertinggi"),
        ("Kota Kediri meraih nilai 90,12 atau opini Kwalitas Tinggi.", 2023, "kualitas tinggi"),
        ("Kota Kediri masuk kategori B atau kualitias tinggi dengan nilai 90,12.", 2023, "kualitas tinggi"),
        ("Kota Kediri meraih nilai 90,12 dengan predikat kepatuan tinggi.", 2019, "kepatuhan tinggi"),
    ],
    ids=["kualias", "kwalitas", "kualitias", "kepatuan"],
)
def test_misspelt_opinion_is_read(said, year, opinion):
    got = recs(f"Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun {year}. " + said)
    assert got[("Kota Kediri", year)].opinion == opinion


def test_misspelt_quality_in_prose_is_no_opinion():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Kediri meraih nilai 90,12. "
        "Wali kota berharap kwalitas tinggi pelayanan terus dijaga."
    )
    assert recs(text)[("Kota Kediri", 2023)].opinion is None


# -- misspelt label frames: "pedikat", "katagori", "prediket" ------------------------------------------------

KALTENG_2019 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2019 di Kalteng. "


@pytest.mark.parametrize(
    "said, zone, opinion",
    [
        ("Kabupaten Kapuas memperoleh pedikat kepatuhan sedang (zona kuning).", "kuning", "kepatuhan sedang"),
        ("Kabupaten Kapuas masuk katagori zona hijau dengan nilai 86,10.", "hijau", None),
        ("Kabupaten Kapuas meraih prediket hijau dengan nilai 86,10.", "hijau", None),
    ],
    ids=["pedikat", "katagori", "prediket"],
)
def test_misspelt_label_frame(said, zone, opinion):
    r = recs(KALTENG_2019 + said)[("Kabupaten Kapuas", 2019)]
    assert (r.zone, r.opinion) == (zone, opinion)


# -- "X dikategorikan ke dalam zona kuning" is a claim; a band "dikategorikan" is not ------------------------


@pytest.mark.parametrize(
    "said, zone",
    [
        ("Kabupaten Agam dikategorikan ke dalam zona kuning.", "kuning"),
        ("Pemkab Agam terkategorisasi zona hijau pada penilaian itu.", "hijau"),
    ],
    ids=["dikategorikan", "terkategorisasi"],
)
def test_subject_categorised_is_a_claim(said, zone):
    got = recs("Ombudsman RI merilis hasil penilaian kepatuhan tahun 2019. " + said)
    assert got[("Kabupaten Agam", 2019)].zone == zone


def test_band_categorised_is_no_claim():
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2019. Kabupaten Agam meraih nilai 78,10. "
        "Nilai 51-80 dikategorikan zona kuning."
    )
    assert got[("Kabupaten Agam", 2019)].zone is None


# -- a zone's colour in quotes: 'kategori "hijau"' -----------------------------------------------------------


@pytest.mark.parametrize(
    "said, zone",
    [
        (
            'Pemerintah daerah yang masuk kategori "hijau" atau daerah dengan nilai kepatuhan tertinggi yakni '
            "Kabupaten Bungo dan Kabupaten Tebo.",
            "hijau",
        ),
        ("Kabupaten Bungo dan Kabupaten Tebo masuk zona “kuning” dengan nilai di bawah 80.", "kuning"),
        ("Kabupaten Bungo dan Kabupaten Tebo meraih predikat 'merah' pada survei itu.", "merah"),
    ],
    ids=["double-quotes", "curly-quotes", "single-quotes"],
)
def test_quoted_colour_is_a_zone(said, zone):
    got = recs("Ombudsman RI merilis hasil survei kepatuhan tahun 2016 di Jambi. " + said)
    assert {k[0]: r.zone for k, r in got.items()} == {"Kabupaten Bungo": zone, "Kabupaten Tebo": zone}


def test_quoted_colour_without_a_zone_word_is_no_zone():
    got = recs(
        "Ombudsman RI merilis hasil survei kepatuhan tahun 2016 di Jambi. Kabupaten Bungo meraih nilai 90,10 "
        'dalam acara bertema "hijau" di Jambi.'
    )
    assert got[("Kabupaten Bungo", 2016)].zone is None


# -- "berzona hijau": the zone; "dari 87 kabupaten yang berzona hijau, X ..." makes X one of them ------------


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Siak berzona hijau dengan nilai 90,10.",
        "Dari 87 kabupaten di seluruh Indonesia yang berzona hijau untuk pelayanan publik, Kabupaten Siak masuk "
        "lima besar dengan nilai 90,10.",
    ],
    ids=["berzona", "dari-87-berzona"],
)
def test_berzona_is_a_zone(said):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2021. " + said)
    assert got[("Kabupaten Siak", 2021)].zone == "hijau"


def test_opinion_joined_to_a_zone_or_score_by_a_slash():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Tahun 2022: Kota Tidore Kepulauan memperoleh nilai "
        "80,50 (Zona Hijau/Kualitas Tinggi); Kabupaten Pulau Morotai (40,10/kualitas rendah)."
    )
    expected = {
        ("Kota Tidore Kepulauan", 2022): {"zone": "hijau", "opinion": "kualitas tinggi"},
        ("Kabupaten Pulau Morotai", 2022): {"score": 40.1, "opinion": "kualitas rendah"},
    }
    assert_record_fields(text, expected)


# -- "kualifikasi B": a grade named by its qualification --------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Pemkab Serang berada pada zona hijau dengan kualifikasi B dengan angka 79,01.",
        "Dengan angka 79,01, Pemkab Serang meraih kualifikasi opini B.",
    ],
)
def test_a_qualification_letter_is_the_grade(said):
    text = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Pemkab Serang. " + said
    assert recs(text)[("Kabupaten Serang", 2022)].grade == "B"


def test_a_qualification_of_staff_is_no_grade():
    # look-alike: a letter that is no grade after a word of another kind
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Pemkab Serang. Pemkab Serang "
        "meraih zona hijau dengan nilai 79,01, dan petugas dengan kualifikasi S1 melayani warga."
    )
    assert recs(text)[("Kabupaten Serang", 2022)].grade is None


# -- An opinion whose level is written in quotes after its noun ('opini kualitas "Sedang"', "kualitas ‘tinggi’") is
# that opinion; a quoted word that is no level is none.


@pytest.mark.parametrize(
    "label,opinion",
    [
        ("dengan opini kualitas “Sedang”", "kualitas sedang"),
        ('serta opini kualitas "Tinggi"', "kualitas tinggi"),
        ("dan memperoleh opini kualitas ‘rendah’", "kualitas rendah"),
    ],
    ids=["curly-double", "straight-double", "curly-single"],
)
def test_quoted_level_after_the_opinion_noun(label, opinion):
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2025. Pemerintah Kota Langsa meraih nilai akhir "
        f"70,12 {label}."
    )
    assert fields_of(recs(text), "Kota Langsa", 2025) == {"score": 70.12, "opinion": opinion}


def test_quoted_word_that_is_no_level_gives_no_opinion():
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2025. Pemerintah Kota Langsa meraih nilai akhir "
        "70,12, dan wali kota menyebut kualitas “pelayanan” akan dibenahi."
    )
    assert fields_of(recs(text), "Kota Langsa", 2025) == {"score": 70.12}


@pytest.mark.parametrize(
    "label",
    [
        "masuk 'opini kualitas tinggi, kategori B",
        "masuk “opini” kualitas tinggi, kategori B",
        "meraih 'opini kualitas tinggi'",
    ],
    ids=["quote-opens-cue", "quoted-cue", "quoted-whole"],
)
def test_opinion_after_its_quoted_cue(label):
    text = (
        f"Ombudsman RI merilis hasil penilaian kepatuhan tahun 2023. Pemerintah Kota Langsa {label} dengan nilai 88,40."
    )
    assert fields_of(recs(text), "Kota Langsa", 2023).get("opinion") == "kualitas tinggi"
