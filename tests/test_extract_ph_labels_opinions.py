"""Opinions and verdicts as written: the 2022+ opinion as an adjective after a zone or grade, an old label
beside the year's own opinion or in a graded year, pre-2022 verdicts ("tingkat kepatuhan ... tinggi",
"kategori sedang", "berkepatuhan"), the opinion after "penilaian" or "nilai", a zone glossed by its level,
the top category as the top opinion from 2022 on, an opinion with "pelayanan" inside or obtained "as a
result", a grade letter after its opinion, a mix of zones, service quality named as an aim.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import OMB_PROV, recs


# -- the 2022+ opinion written as an adjective right after the zone or grade ("zona hijau berkualitas
# tinggi"); the same adjective in prose ("pelayanan berkualitas tinggi") is no label --------------


@pytest.mark.parametrize(
    "text, entity, opinion",
    [
        (
            "Dalam penilaian Ombudsman tahun 2024, Kantor Pertanahan Kabupaten Banjar mencatat nilai 97,10 "
            "zona hijau berkualitas tinggi.",
            "Kantor Pertanahan Kabupaten Banjar",
            "kualitas tinggi",
        ),
        (
            "Pada penilaian kepatuhan Ombudsman 2023, Kabupaten Tapin meraih nilai B berkualitas tinggi "
            "dengan skor 84,10.",
            "Kabupaten Tapin",
            "kualitas tinggi",
        ),
        (
            "Hasil penilaian Ombudsman 2022 menempatkan Kota Banjarbaru di zona hijau berkualitas tertinggi "
            "dengan nilai 92,35.",
            "Kota Banjarbaru",
            "kualitas tertinggi",
        ),
        (
            "Pada penilaian Ombudsman 2023, Kabupaten Tapin masuk zona hijau. Bupati berharap pelayanan "
            "di semua dinas menjadi berkualitas tinggi.",
            "Kabupaten Tapin",
            None,
        ),
        (
            "Kabupaten Tapin masuk zona kuning pada penilaian Ombudsman 2023, padahal pemkab menargetkan "
            "layanan yang berkualitas tinggi.",
            "Kabupaten Tapin",
            None,
        ),
    ],
    ids=[
        "dalam-penilaian-ombudsman-tahun-2024",
        "pada-penilaian-kepatuhan-ombudsman-2023",
        "hasil-penilaian-ombudsman-2022-menempatkan",
        "pada-penilaian-ombudsman-2023-kabupaten",
        "kabupaten-tapin-masuk-zona-kuning",
    ],
)
def test_opinion_as_adjective_after_zone_or_grade(text, entity, opinion):
    got = {e: r for (e, _), r in recs(text).items()}
    assert got[entity].opinion == opinion


# -- a 2022+ result given both an old label ("predikat Kepatuhan Tinggi", which fills the zone only)
# and its own opinion ("opini kualitas tinggi"): the opinion is kept, the zone still comes along ----


@pytest.mark.parametrize(
    "text, zone, opinion",
    [
        (
            "Tahun 2022 Pemkab Bulungan mendapatkan nilai 84,10 atau masuk dalam predikat Kepatuhan Tinggi dari "
            "Ombudsman. Hasil yang diperoleh Pemkab Bulungan, masuk dalam zona hijau dengan opini kualitas tinggi.",
            "hijau",
            "kualitas tinggi",
        ),
        (
            "Pada penilaian kepatuhan Ombudsman 2023, Pemkab Bulungan masuk dalam predikat Kepatuhan Tinggi, "
            "dengan opini kualitas tertinggi.",
            "hijau",
            "kualitas tertinggi",
        ),
        ("Pada penilaian kepatuhan Ombudsman 2023, Pemkab Bulungan meraih predikat kepatuhan tinggi.", "hijau", None),
    ],
    ids=[
        "tahun-2022-pemkab-bulungan-mendapatkan",
        "pada-penilaian-kepatuhan-ombudsman-2023-1",
        "pada-penilaian-kepatuhan-ombudsman-2023-2",
    ],
)
def test_old_label_beside_the_years_own_opinion(text, zone, opinion):
    r = recs(text)[("Kabupaten Bulungan", 2022 if "2022" in text else 2023)]
    assert (r.zone, r.opinion) == (zone, opinion)


# -- "tingkat kepatuhan pemkot termasuk tinggi": the pre-2022 verdict -----------------------------


@pytest.mark.parametrize(
    "verdict, level",
    [
        ("Ombudsman menilai tingkat kepatuhan pemkot termasuk tinggi karena standar pelayanan terpenuhi.", "tinggi"),
        ("Menurut Ombudsman, tingkat kepatuhan Pemkot Metro tergolong tinggi.", "tinggi"),
        ("Tingkat kepatuhan pelayanan publik di kota itu masih rendah.", "rendah"),
        ("Ombudsman menyebut tingkat kepatuhannya masih tergolong sedang.", "sedang"),
    ],
    ids=[
        "ombudsman-menilai-tingkat-kepatuhan-pemkot",
        "menurut-ombudsman-tingkat-kepatuhan-pemkot",
        "tingkat-kepatuhan-pelayanan-publik-di",
        "ombudsman-menyebut-tingkat-kepatuhannya-masih",
    ],
)
def test_tingkat_kepatuhan_verdict(verdict, level):
    text = (
        "Ombudsman Perwakilan Lampung menyampaikan hasil penilaian kepatuhan standar pelayanan publik tahun "
        f"2018 untuk Pemkot Metro. {verdict}"
    )
    got = recs(text)
    assert got[("Kota Metro", 2018)].opinion == f"kepatuhan {level}"


@pytest.mark.parametrize(
    "prose",
    [
        "Tingkat kepatuhan Pemkot Metro lebih tinggi dibanding tahun sebelumnya.",
        "Tingkat kepatuhan Pemkot Metro kini jauh lebih rendah dari harapan.",
    ],
    ids=["tingkat-kepatuhan-pemkot-metro-lebih", "tingkat-kepatuhan-pemkot-metro-kini"],
)
def test_comparative_is_no_verdict(prose):
    text = (
        "Ombudsman Perwakilan Lampung menyampaikan hasil penilaian kepatuhan standar pelayanan publik tahun "
        f"2018: Pemkot Metro meraih nilai 70,12 dan masuk zona kuning. {prose}"
    )
    got = recs(text)
    assert got[("Kota Metro", 2018)].opinion is None


# -- labels: "kualitas opini tinggi" --------------------------------------------------------------


@pytest.mark.parametrize(
    "label,opinion",
    [
        ("masuk pada kategori B dengan kualitas opini tinggi", "kualitas tinggi"),
        ("meraih kategori A dengan kualitas opini tertinggi", "kualitas tertinggi"),
        ("berada di kategori C atau kualitas opini sedang", "kualitas sedang"),
    ],
    ids=["masuk-pada-kategori-b-dengan", "meraih-kategori-a-dengan-kualitas", "berada-di-kategori-c-atau"],
)
def test_opinion_with_the_instruments_word_inside(label, opinion):
    text = f"Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Dumai {label} dengan nilai 86,10."
    assert recs(text)[("Kota Dumai", 2023)].opinion == opinion


# -- pre-2022 verdicts: "kategori sedang", "predikat tinggi" ---------------------------------------


@pytest.mark.parametrize(
    "phrase,opinion",
    [
        ("dinyatakan kategori sedang", "kepatuhan sedang"),
        ("meraih predikat tinggi", "kepatuhan tinggi"),
        ("berpredikat rendah", "kepatuhan rendah"),
    ],
    ids=["dinyatakan-kategori-sedang", "meraih-predikat-tinggi", "berpredikat-rendah"],
)
def test_pre_2022_verdict_is_the_kepatuhan_opinion(phrase, opinion):
    text = f"Ombudsman RI merilis penilaian kepatuhan tahun 2019. Kabupaten Merangin {phrase} dengan nilai 79,66."
    assert recs(text)[("Kabupaten Merangin", 2019)].opinion == opinion


def test_a_2022_verdict_word_fills_the_zone_only():
    text = "Ombudsman RI merilis penilaian kepatuhan tahun 2023. Kabupaten Merangin meraih predikat tinggi dengan nilai 86,10."
    rec = recs(text)[("Kabupaten Merangin", 2023)]
    assert (rec.opinion, rec.zone) == (None, "hijau")


# -- the opinion after "penilaian" or "nilai", and the verdict as an adjective ("berkepatuhan rendah") ------

Y2024 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. "
Y2017 = "Hasil survei kepatuhan Ombudsman RI tahun 2017 diumumkan di Jakarta. "


@pytest.mark.parametrize(
    "text, entity, opinion",
    [
        (
            Y2024 + "Dari 12 daerah yang dinilai, Kabupaten Tanah Datar meraih penilaian kualitas tertinggi.",
            ("Kabupaten Tanah Datar", 2024),
            "kualitas tertinggi",
        ),
        (
            Y2024 + "Kabupaten Tanah Datar mendapat penilaian kualitas tinggi dengan kategori B.",
            ("Kabupaten Tanah Datar", 2024),
            "kualitas tinggi",
        ),
        # "penilaian" of quality as prose gives no opinion
        (
            Y2024 + "Kabupaten Tanah Datar meraih nilai 96,10. Penilaian kualitas layanan dilakukan sejak Mei.",
            ("Kabupaten Tanah Datar", 2024),
            None,
        ),
        (Y2017 + "Kabupaten Boalemo masih tetap berkepatuhan rendah.", ("Kabupaten Boalemo", 2017), "kepatuhan rendah"),
        (
            Y2017 + "Tahun ini Kabupaten Boalemo sudah berkepatuhan tinggi dengan nilai 85,20.",
            ("Kabupaten Boalemo", 2017),
            "kepatuhan tinggi",
        ),
        (
            Y2017 + "Hasilnya, Kabupaten Boalemo mendapat nilai kepatuhan rendah.",
            ("Kabupaten Boalemo", 2017),
            "kepatuhan rendah",
        ),
        (
            Y2017 + "Pemprov Gorontalo tergolong peraih nilai kepatuhan tinggi, di posisi ke-12.",
            ("Provinsi Gorontalo", 2017),
            "kepatuhan tinggi",
        ),
        # "nilai kepatuhan tertinggi" is no opinion
        (
            "Hasil penilaian kepatuhan Ombudsman RI tahun 2023 diumumkan. Kota Bitung meraih nilai kepatuhan "
            "tertinggi dengan skor 95,10.",
            ("Kota Bitung", 2023),
            None,
        ),
    ],
    ids=[
        "penilaian-kualitas-tertinggi",
        "penilaian-kualitas-tinggi",
        "penilaian-as-prose",
        "berkepatuhan-rendah",
        "berkepatuhan-tinggi",
        "nilai-kepatuhan-rendah",
        "nilai-kepatuhan-tinggi",
        "nilai-kepatuhan-tertinggi",
    ],
)
def test_opinion_after_penilaian_or_nilai_and_as_an_adjective(text, entity, opinion):
    assert recs(text)[entity].opinion == opinion


# -- a zone glossed by its level with "kategorinya"/"dikatakan" ----------------------------------------------

GLOSSED = "Ombudsman RI Perwakilan Bali mengumumkan hasil penilaian kepatuhan tahun 2017. "


@pytest.mark.parametrize(
    "sentence, zone, opinion",
    [
        ("Kabupaten Gianyar nilainya masuk ke zona kuning atau kategorinya sedang.", "kuning", "kepatuhan sedang"),
        ("Nilai Kabupaten Gianyar ada di zona merah atau dikatakan rendah.", "merah", "kepatuhan rendah"),
        ("Kabupaten Gianyar berada di zona hijau atau disebut tinggi.", "hijau", "kepatuhan tinggi"),
    ],
    ids=["kategorinya", "dikatakan", "disebut"],
)
def test_zone_glossed_by_its_level(sentence, zone, opinion):
    got = recs(GLOSSED + sentence)
    r = got[("Kabupaten Gianyar", 2017)]
    assert (r.zone, r.opinion) == (zone, opinion)


def test_zone_gloss_look_alike_a_level_of_something_else():
    got = recs(GLOSSED + "Kabupaten Gianyar berada di zona kuning, atau dikatakan anggarannya rendah.")
    assert got[("Kabupaten Gianyar", 2017)].opinion is None


# -- an old label in a graded year, a grade letter after its opinion, a mix of zones -------------------------


@pytest.mark.parametrize(
    "sentence, year, fields",
    [
        (
            "Pada penilaian tahun 2022, Pemkab Madiun berpredikat kepatuhan tinggi dengan nilai 84,15.",
            2022,
            {"score": 84.15, "zone": "hijau", "opinion": None},
        ),
        (
            "Pada penilaian tahun 2022, Pemkab Madiun meraih predikat Kepatuhan Tinggi dengan nilai 84,15.",
            2022,
            {"score": 84.15, "zone": "hijau", "opinion": None},
        ),
        (
            "Pada penilaian tahun 2022, Pemkab Madiun dengan opini kepatuhan tinggi dengan nilai 84,15.",
            2022,
            {"score": 84.15, "zone": "hijau", "opinion": None},
        ),
        # before 2022 the old label is the opinion
        (
            "Pada penilaian tahun 2019, Pemkab Madiun berpredikat kepatuhan tinggi.",
            2019,
            {"opinion": "kepatuhan tinggi"},
        ),
    ],
    ids=["berpredikat-2022", "meraih-predikat-2022", "dengan-opini-2022", "berpredikat-2019"],
)
def test_an_old_label_for_a_graded_year_fills_the_zone_only(sentence, year, fields):
    rec = recs(OMB_PROV.format(prov="Jawa Timur") + sentence)[("Kabupaten Madiun", year)]
    assert {f: getattr(rec, f) for f in fields} == fields


@pytest.mark.parametrize(
    "label",
    ["Kategori kualitas tinggi B yakni", "kategori Kualitas Tinggi B, yaitu"],
    ids=["kategori-yakni", "kategori-comma-yaitu"],
)
def test_a_grade_letter_after_its_opinion(label):
    text = OMB_PROV.format(prov="Sumatera Barat") + f"Pada penilaian tahun 2023, {label} Kabupaten Agam dan Kota Solok."
    r = recs(text)
    for name in ("Kabupaten Agam", "Kota Solok"):
        assert (r[(name, 2023)].grade, r[(name, 2023)].opinion) == ("B", "kualitas tinggi"), name


@pytest.mark.parametrize(
    "mix",
    ["masuk zona hijau dan kuning", "berada di zona hijau atau kuning", "masuk zona kuning dan merah"],
    ids=["hijau-dan-kuning", "hijau-atau-kuning", "kuning-dan-merah"],
)
def test_a_mix_of_zones_is_no_ones_zone(mix):
    text = OMB_PROV.format(prov="Banten") + f"Pada penilaian tahun 2019, enam kantor di lingkungan Pemkab Lebak {mix}."
    assert all(r.zone is None for r in extract_article(text).records)


# -- misspelt label words, and the top 2022+ opinion named as a category --------------------------------


@pytest.mark.parametrize("zona", ["zna", "zonna", "zoma"], ids=["zna", "zonna", "zoma"])
def test_a_misspelt_zona_still_makes_a_zone(zona):
    got = recs(
        f"Ombudsman merilis hasil penilaian kepatuhan tahun 2019. Dua kabupaten meraih {zona} hijau, yaitu "
        "Kabupaten Tanggamus dan Kabupaten Pesisir Barat."
    )
    assert got[("Kabupaten Tanggamus", 2019)].zone == "hijau"
    assert got[("Kabupaten Pesisir Barat", 2019)].zone == "hijau"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah Kota Metro memperoleh penghargaan Katergori Tertinggi pada Penilaian Maladministrasi "
        "Pelayanan Publik Tahun 2024 yang diberikan Ombudsman RI.",
        "Pemerintah Kota Metro meraih kategori tertinggi pada Penilaian Maladministrasi Pelayanan Publik "
        "Tahun 2024 yang digelar Ombudsman RI.",
    ],
    ids=["katergori-misspelt", "kategori"],
)
def test_the_top_category_is_the_top_opinion_from_2022_on(sentence):
    got = recs(sentence)
    assert got[("Kota Metro", 2024)].opinion == "kualitas tertinggi"


def test_the_top_category_before_2022_is_no_opinion():
    got = recs(
        "Pemerintah Kota Metro meraih kategori tertinggi dalam penilaian kepatuhan standar pelayanan publik "
        "Ombudsman RI tahun 2019 dengan nilai 90,12."
    )
    assert got[("Kota Metro", 2019)].opinion is None
    assert got[("Kota Metro", 2019)].score == 90.12


# -- a gloss with "pelayanan" or "layanan" ------------------------


@pytest.mark.parametrize(
    "gloss", ["kepatuhan pelayanan sedang", "tingkat layanan sedang"], ids=["kepatuhan-pelayanan", "tingkat-layanan"]
)
def test_a_zone_glossed_by_the_level_of_service(gloss):
    got = recs(f"Ombudsman RI menyerahkan hasil survei kepatuhan tahun 2019. Kota Palu masuk zona kuning atau {gloss}.")
    assert got[("Kota Palu", 2019)].opinion == "kepatuhan sedang"


# -- an opinion obtained "as a result" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah Provinsi Bengkulu Tahun 2024 memperoleh hasil Kualitas Tertinggi Tanpa Potensi Maladministrasi.",
        "Pemerintah Provinsi Bengkulu memperoleh hasil kualitas tertinggi dalam Penilaian Maladministrasi Tahun 2024.",
    ],
    ids=["year-before-opinion", "year-after-opinion"],
)
def test_an_opinion_obtained_as_a_result(sentence):
    got = recs("Ombudsman RI menyerahkan Opini Ombudsman Penilaian Maladministrasi Pelayanan Publik 2024. " + sentence)
    assert got[("Provinsi Bengkulu", 2024)].opinion == "kualitas tertinggi"


# -- "kualitas pelayanan sedang (tanpa maladministrasi)": the opinion with "pelayanan" inside it -------------


@pytest.mark.parametrize(
    "sentence, opinion",
    [
        ("dalam kategori kualitas pelayanan sedang tanpa adanya maladministrasi.", "kualitas sedang"),
        ("dengan opini kualitas pelayanan tinggi tanpa maladministrasi.", "kualitas tinggi"),
        ("dengan kategori kualitas pelayanan Cukup.", None),  # a 2025 category, no opinion
    ],
    ids=["sedang-tanpa-adanya", "tinggi-tanpa", "cukup-2025"],
)
def test_an_opinion_with_pelayanan_inside(sentence, opinion):
    got = recs(
        "Ombudsman RI mengumumkan hasil Penilaian Maladministrasi 2025. Pemerintah Provinsi Gorontalo meraih nilai "
        "76,82 " + sentence
    )
    assert got[("Provinsi Gorontalo", 2025)].opinion == opinion


def test_service_quality_as_an_aim_is_no_opinion():
    got = recs(
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan 2023. Kabupaten Boalemo meraih nilai 80,10. Bupati "
        "ingin meningkatkan kualitas pelayanan tinggi bagi warga."
    )
    assert got[("Kabupaten Boalemo", 2023)].opinion is None


# -- the graded scale written without "kualitas": "predikat tertinggi" (2022 on) -------------------------------

Y2023 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. "


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            Y2023
            + "Kabupaten Pinrang tercatat di zona hijau predikat tertinggi kategori A dengan skor 92,33. Berikutnya "
            "zona hijau predikat tinggi dengan kategori B diraih Kabupaten Gowa dengan skor 85,70.",
            {"Kabupaten Pinrang": "kualitas tertinggi", "Kabupaten Gowa": "kualitas tinggi"},
        ),
        (
            Y2023 + "Kota Palopo berpredikat tertinggi dengan nilai 91,05, sedangkan Kabupaten Wajo meraih predikat "
            "tinggi dengan nilai 84,20.",
            {"Kota Palopo": "kualitas tertinggi", "Kabupaten Wajo": "kualitas tinggi"},
        ),
    ],
    ids=["zone-group-list", "berpredikat-sentence"],
)
def test_a_bare_level_on_the_graded_scale(text, expected):
    got = recs(text)
    assert {e: got[(e, 2023)].opinion for e in expected} == expected


def test_a_bare_top_level_before_2022_is_no_opinion():
    text = (
        "Ombudsman RI merilis penilaian kepatuhan tahun 2019. Kabupaten Merangin meraih predikat tertinggi dengan "
        "nilai 90,10 di Provinsi Jambi."
    )
    assert recs(text)[("Kabupaten Merangin", 2019)].opinion is None


def test_a_top_achievement_word_is_no_graded_level():
    text = Y2023 + "Kabupaten Merangin meraih prestasi tertinggi dengan nilai 90,10 dan nilai tertinggi di Jambi."
    assert recs(text)[("Kabupaten Merangin", 2023)].opinion is None
