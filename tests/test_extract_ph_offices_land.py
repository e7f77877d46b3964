"""Land offices: an agency named as its offices together, offices counted by the agency's name or named
with their place's level word, "Kantah" written out where the text expands it, a list of offices carried on
through "dengan perolehan nilai", the province after an office as its place, an office head with a level
heading a list of offices; "di" and a place in a headline going into the office's name, the headline's
office merging with the body's, an office without its place taking the article's; the agency written before
a region (BPN, Kemenag) as its office there, a regional office named short and long as one, its head's
title or a headline going on after it outside its name, offices counted by kind that are not the agency.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import BPN, KANTAH_NTT_2021, fields_of, governments, recs


# -- a connector before a new head starts a second unit; "di" and a place in a headline go into the office's
# -- name; the headline's office merges with the body's office of its place --------------------------------


def test_connector_before_a_new_head_starts_a_second_unit_and_di_region_is_parent():
    r = recs(
        "Dinas Kesehatan dan Kantor Pertanahan di Klaten Raih Zona Hijau\n\nKLATEN - Ombudsman RI menyerahkan "
        "hasil Penilaian Kepatuhan tahun 2023 kepada Pemkab Klaten. Kantor Pertanahan memperoleh nilai 89,60."
    )
    assert not any(" dan Kantor" in e or " di " in e for e, _ in r)
    # the office's place goes into its name; a land office is a vertical office: its parent is the ministry,
    # its province the place's (RECORDS.md)
    expected = {"score": 89.6, "zone": "hijau", "parent": BPN, "province": "Jawa Tengah"}
    assert fields_of(r, "Kantor Pertanahan Kabupaten Klaten", 2023, *expected) == expected


def test_headline_facility_merges_with_the_body_facility_of_its_place():
    r = recs(
        "Kantor Pertanahan di Kendal Raih Zona Hijau\n\nKENDAL - Ombudsman RI menyerahkan hasil Penilaian "
        "Kepatuhan tahun 2024. Kantor Pertanahan Kabupaten Kendal memperoleh nilai 91,30."
    )
    assert list(r) == [("Kantor Pertanahan Kabupaten Kendal", 2024)]
    expected = {"score": 91.3, "zone": "hijau", "parent": BPN, "province": "Jawa Tengah"}
    assert fields_of(r, "Kantor Pertanahan Kabupaten Kendal", 2024, *expected) == expected


# -- an agency named as its offices together ("13 kantor Badan Pertanahan Nasional di Sulteng",
# "BPN tingkat kab/kota"): the label is the offices', so neither the agency nor their seat nor the
# entities of the sentence before hold it; the agency named alone still does ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pada penilaian kepatuhan Ombudsman 2023, sebanyak 11 kantor Badan Pertanahan Nasional di Sulawesi Barat "
        "semuanya mendapat predikat hijau.",
        "Dalam penilaian kepatuhan Ombudsman tahun 2023, Kementerian BPN tingkat kabupaten/kota sudah "
        "mendapatkan nilai hijau semua.",
        "Dalam penilaian kepatuhan Ombudsman tahun 2023, seluruh kantor BPN di Gorontalo masuk zona hijau.",
        "Pada penilaian kepatuhan Ombudsman 2023, Kota Mamuju dan Kabupaten Majene mendapat nilai di atas 80. "
        "Selain itu, tujuh kantor Badan Pertanahan Nasional se-Sulawesi Barat meraih zona hijau.",
    ],
    ids=[
        "pada-penilaian-kepatuhan-ombudsman-2023-1",
        "dalam-penilaian-kepatuhan-ombudsman-tahun-1",
        "dalam-penilaian-kepatuhan-ombudsman-tahun-2",
        "pada-penilaian-kepatuhan-ombudsman-2023-2",
    ],
)
def test_an_agency_named_as_its_offices_holds_no_result(text):
    assert all(r.zone is None for r in recs(text).values())


def test_the_agency_named_alone_keeps_its_result():
    got = recs(
        "Pada penilaian kepatuhan Ombudsman 2023, Badan Pertanahan Nasional meraih zona hijau dengan nilai 88,10."
    )
    assert got[("Badan Pertanahan Nasional", 2023)].zone == "hijau"


# -- land offices: counted by the agency's name, and named with their place's level word ----------------

LAND_AGENCY = (
    "Ombudsman RI Perwakilan NTB menilai kepatuhan pelayanan publik tahun 2023 pada 10 Pemda, "
    "{offices} serta 10 Polres. "
)


@pytest.mark.parametrize(
    "offices",
    [
        "9 Badan Pertanahan Nasional kabupaten/kota",
        "sembilan Badan Pertanahan Nasional",
        "Badan Pertanahan Nasional tingkat kabupaten",
    ],
    ids=[
        "9-badan-pertanahan-nasional-kabupaten",
        "sembilan-badan-pertanahan-nasional",
        "badan-pertanahan-nasional-tingkat-kabupaten",
    ],
)
def test_agency_counted_or_by_level_is_its_offices_not_a_record(offices):
    text = LAND_AGENCY.format(offices=offices) + "Hasilnya berada pada kategori B dengan opini kualitas tinggi."
    got = recs(text)
    assert all(e != "Badan Pertanahan Nasional" for e, _ in got), got


def test_agency_after_a_score_is_still_the_agency():
    # look-alike: the number before the name is a score, not a count of offices
    text = "Pada penilaian kepatuhan Ombudsman tahun 2019 dengan nilai 91 Badan Pertanahan Nasional masuk zona hijau."
    assert recs(text)[("Badan Pertanahan Nasional", 2019)].zone == "hijau"


@pytest.mark.parametrize(
    "written, name",
    [
        ("Kantor Pertanahan Sumbawa", "Kantor Pertanahan Kabupaten Sumbawa"),
        ("Kantor Pertanahan Bima", "Kantor Pertanahan Kabupaten Bima"),
        ("Kantor Pertanahan Kota Bima", "Kantor Pertanahan Kota Bima"),
        ("Kantor Pertanahan Kabupaten Dompu", "Kantor Pertanahan Kabupaten Dompu"),
    ],
    ids=[
        "kantor-pertanahan-sumbawa",
        "kantor-pertanahan-bima",
        "kantor-pertanahan-kota-bima",
        "kantor-pertanahan-kabupaten-dompu",
    ],
)
def test_land_office_named_with_its_place_level(written, name):
    text = (
        "Hasil penilaian kepatuhan Ombudsman tahun 2023 untuk kantor pertanahan di NTB: zona kuning diraih "
        f"Kantor Pertanahan Lombok Tengah dan {written}."
    )
    got = recs(text)
    assert got[(name, 2023)].zone == "kuning", got
    assert got[(name, 2023)].parent == "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"
    assert ("Kantor Pertanahan Kabupaten Lombok Tengah", 2023) in got


def test_land_offices_of_a_kabupaten_and_a_kota_of_one_name_stay_two():
    text = (
        "Hasil penilaian kepatuhan Ombudsman tahun 2023: Kantor Pertanahan Kota Bima masuk zona hijau, "
        "sedangkan Kantor Pertanahan Bima masuk zona kuning."
    )
    got = recs(text)
    assert got[("Kantor Pertanahan Kota Bima", 2023)].zone == "hijau", got
    assert got[("Kantor Pertanahan Kabupaten Bima", 2023)].zone == "kuning", got


# -- land offices: "Kantah" written out where the text expands it ------------------------------


@pytest.mark.parametrize(
    "intro,name",
    [
        (
            "Tiga Kantor Pertanahan (Kantah) masuk kategori A, yaitu Kantah {p} dengan nilai 94,10.",
            "Kantor Pertanahan {p}",
        ),
        (
            "Kantor Pertanahan (Kantah) Kota Batam meraih 90,18, sedangkan Kantah {p} meraih nilai 94,10 "
            "dan masuk kategori A.",
            "Kantor Pertanahan {p}",
        ),
        ("Kantah {p} meraih nilai 94,10 dan masuk kategori A.", "Kantah {p}"),
    ],
    ids=["tiga-kantor-pertanahan-kantah-masuk", "kantor-pertanahan-kantah-kota-batam", "kantah-meraih-nilai-94-10"],
)
def test_land_office_abbreviation_written_out_when_the_text_expands_it(intro, name):
    text = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. " + intro.format(p="Kabupaten Bintan")
    r = recs(text)
    rec = r[(name.format(p="Kabupaten Bintan"), 2022)]
    assert (rec.score, rec.grade, rec.parent) == (
        94.1,
        "A",
        "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional",
    )


# -- a list of land offices goes on through "dengan perolehan nilai"; the office's province is a place ---


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


# -- a land office head with a level ("Kantor Pertanahan tingkat kabupaten") is the kind heading a list --


LEVEL_HEADING = (
    "Sementara hasil penilaian Kantor Pertanahan {level} meraih predikat kepatuhan tinggi yakni, Kantah Kupang, "
    "Kantah Belu, dan Kantah Alor."
)


@pytest.mark.parametrize(
    "sentence, places",
    [
        (LEVEL_HEADING.format(level="tingkat kota/kabupaten"), ("Kupang", "Belu", "Alor")),
        (LEVEL_HEADING.format(level="tingkat kabupaten"), ("Kupang", "Belu", "Alor")),
        (LEVEL_HEADING.format(level="kabupaten/kota"), ("Kupang", "Belu", "Alor")),
        # an office named by its place is still one office
        ("Kantor Pertanahan Kabupaten Kupang meraih predikat kepatuhan tinggi.", ("Kupang",)),
    ],
    ids=["tingkat-kota-kabupaten", "tingkat-kabupaten", "kabupaten-kota", "one-office-by-place"],
)
def test_a_land_office_head_with_a_level_is_the_kind_heading_a_list(sentence, places):
    got = recs(KANTAH_NTT_2021 + sentence)
    for place in places:
        assert got[(f"Kantor Pertanahan Kabupaten {place}", 2021)].opinion == "kepatuhan tinggi"
    assert ("Kantor Pertanahan", 2021) not in got


# -- an office without its place in the name ("Kantor Pertanahan" alone, "Kantor Pertanahan di Klaten")
# -- takes the place of the article; written with it, it is the same office --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Kantor Pertanahan di Klaten Raih Zona Hijau\n\nOmbudsman RI menyerahkan hasil Penilaian Kepatuhan tahun "
            "2023 kepada Pemkab Klaten. Kantor Pertanahan memperoleh nilai 89,60."
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kantor Pertanahan di Klaten memperoleh "
            "nilai 89,60."
        ),
        (
            "Kantor Pertanahan di Klaten Raih Zona Hijau\n\nOmbudsman RI menyerahkan hasil Penilaian Kepatuhan tahun "
            "2023. Kantor Pertanahan Kabupaten Klaten memperoleh nilai 89,60."
        ),
    ],
    ids=["bare-office-after-a-headline", "di-place-in-the-body", "headline-and-full-name"],
)
def test_a_vertical_office_without_its_place_in_the_name_takes_the_place_of_the_article(text):
    r = recs(text)
    expected = {"score": 89.6, "parent": BPN, "province": "Jawa Tengah"}
    assert fields_of(r, "Kantor Pertanahan Kabupaten Klaten", 2023, *expected) == expected
    assert len([e for e, _ in r if e.startswith("Kantor Pertanahan")]) == 1


# -- the agency written before a region ("BPN Kabupaten Aceh Utara", "Kemenag Kabupaten Pidie") is its
# -- office there, no government --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, office",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. BPN Kabupaten Aceh Utara meraih "
            "predikat kepatuhan rendah dengan nilai 43,10.",
            "Kantor Pertanahan Kabupaten Aceh Utara",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. Badan Pertanahan Nasional (BPN) "
            "Kota Langsa meraih nilai 43,10.",
            "Kantor Pertanahan Kota Langsa",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. Nilai 43,10 diraih Kemenag "
            "Kabupaten Pidie.",
            "Kantor Kementerian Agama Kabupaten Pidie",
        ),
    ],
    ids=["bpn-kabupaten", "bpn-in-brackets-kota", "kemenag-kabupaten"],
)
def test_an_agency_before_a_region_is_its_office_there(text, office):
    r = recs(text)
    assert not governments(r)
    assert fields_of(r, office, 2021, "score", "entity_type") == {"score": 43.1, "entity_type": "unit"}


# -- a regional office is one record: its head's title or a headline going on after its name stay outside
# -- it, and its short and long names are one office; offices counted by kind are not the agency ----------


@pytest.mark.parametrize(
    "text, record",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2022. Kanwil BPN Aceh meraih nilai 86,42. "
            "Penghargaan diterima Kepala Kanwil BPN Aceh Dr Rahmat Hidayat.",
            ("Kanwil BPN Aceh", 2022),
        ),
        (
            "Kanwil BPN Aceh Bersama Bupati Aceh Besar Terima Penghargaan\n\nOmbudsman RI menyerahkan hasil "
            "Penilaian Kepatuhan tahun 2023. Kanwil BPN Aceh meraih nilai 90,10.",
            ("Kanwil BPN Aceh", 2023),
        ),
    ],
    ids=["the-head-of-an-office", "a-headline-going-on-after-an-office"],
)
def test_words_after_an_office_are_not_part_of_its_name(text, record):
    assert list(recs(text)) == [record]


def test_short_and_long_names_of_one_regional_office_are_one_record():
    r = recs(
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. Kantor Wilayah BPN Provinsi Aceh "
        "masuk zona hijau. Kanwil BPN Aceh meraih nilai 86,42."
    )
    assert list(r) == [("Kantor Wilayah BPN Provinsi Aceh", 2021)]
    assert fields_of(r, "Kantor Wilayah BPN Provinsi Aceh", 2021, "score", "zone") == {"score": 86.42, "zone": "hijau"}


def test_a_counted_kind_of_office_is_not_the_agency():
    r = recs(
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. Kanwil BPN Aceh bersama 7 kantor BPN "
        "lainnya meraih zona hijau."
    )
    assert ("Badan Pertanahan Nasional", 2021) not in r
