"""Labels written other ways: misspelt opinions and label frames, "dikategorikan" said of a subject or of
a band, a colour in quotes, a colour got ("mendapatkan warna hijau"), "berzona".

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


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
