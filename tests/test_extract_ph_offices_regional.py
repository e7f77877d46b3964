"""Offices in the regions (vertical offices): a national body's office keeps its place in the name (a
region then no subject of its own), belongs to its ministry or agency as parent and lies in its own place's
province, even in an article about another province; its head in lower case still opens its name, its
full and short names are one office, it is the body's unit in an all-capitals headline, and no subject when
it is only part of someone's title. A local unit (UPTD Puskesmas) named after a place keeps it too.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import BPN, POLRI, assert_record_fields, fields_of, governments, record_fields, recs


# -- the place after an office's head is part of its name, not a government of its own ------------------


@pytest.mark.parametrize(
    "text, expected, no_subjects",
    [
        (
            "Ombudsman RI merilis hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023. Polda Sumatera "
            "Barat meraih nilai tertinggi se-Indonesia untuk kategori kepolisian daerah dengan nilai 97,85, sedangkan "
            "Kantor Kementerian Agama Kabupaten Agam memperoleh nilai 90,40.",
            {
                ("Polda Sumatera Barat", 2023): {
                    "entity_type": "unit",
                    "score": 97.85,
                    "rank": 1,
                    "rank_scope": "nasional",
                },
                ("Kantor Kementerian Agama Kabupaten Agam", 2023): {"score": 90.4},
            },
            {"Provinsi Sumatera Barat", "Kabupaten Agam"},
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Pemkab Tanggamus. UPTD Puskesmas "
            "Kota Agung meraih nilai 92,10, sedangkan Kantor Pertanahan (Kantah) Kabupaten Tanggamus meraih 88,40.",
            {
                ("UPTD Puskesmas Kota Agung", 2023): {"score": 92.1},
                ("Kantor Pertanahan Kabupaten Tanggamus", 2023): {"score": 88.4},
            },
            set(),
        ),
    ],
    ids=["regional-offices-of-national-bodies", "uptd-puskesmas-and-a-short-form-in-brackets"],
)
def test_offices_keep_their_place_in_the_name(text, expected, no_subjects):
    r = recs(text)
    assert record_fields(r, expected) == expected
    assert not no_subjects & {e for e, _ in r}


# -- a vertical office's parent is its ministry or agency; its province is its place's ---------------------

OPENING_2023 = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. "


@pytest.mark.parametrize(
    "text, entity, parent, province",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Polres Sumenep meraih nilai 88,20.",
            "Polres Sumenep",
            POLRI,
            "Jawa Timur",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kantor Wilayah (Kanwil) BPN Provinsi "
            "Jambi meraih nilai 88,20.",
            "Kantor Wilayah BPN Provinsi Jambi",
            BPN,
            "Jambi",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kantor Kementerian Agama Kota Ambon "
            "meraih nilai 88,20.",
            "Kantor Kementerian Agama Kota Ambon",
            "Kementerian Agama",
            "Maluku",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Polresta Malang Kota meraih nilai 88,20.",
            "Polresta Malang Kota",
            POLRI,
            "Jawa Timur",
        ),
    ],
    ids=["polres", "kanwil-bpn-in-brackets", "kantor-kemenag", "polresta"],
)
def test_vertical_offices_belong_to_their_ministry(text, entity, parent, province):
    r = recs(text)
    expected = {"score": 88.2, "entity_type": "unit", "parent": parent, "province": province}
    assert fields_of(r, entity, 2023, *expected) == expected
    assert not governments(r)


@pytest.mark.parametrize(
    "written, parent",
    [
        ("Balai POM Kupang", "Badan Pengawas Obat dan Makanan"),
        ("Balai Besar POM Palembang", "Badan Pengawas Obat dan Makanan"),
        ("Kejaksaan Negeri Serang", "Kejaksaan Republik Indonesia"),
        ("Kejari Pandeglang", "Kejaksaan Republik Indonesia"),
    ],
    ids=["balai-pom", "balai-besar-pom", "kejaksaan-negeri", "kejari"],
)
def test_offices_of_national_agencies_in_the_regions(written, parent):
    r = recs(OPENING_2023 + f"{written} meraih nilai 86,30.")
    assert list(r) == [(written, 2023)]
    assert r[(written, 2023)].parent == parent


def test_a_vertical_office_keeps_its_own_place_in_an_article_about_another_province():
    text = (
        "Ombudsman RI Perwakilan NTT menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kanwil Kemenag Provinsi "
        "NTT meraih 88,00, sedangkan Kanwil Kemenkumham Bali meraih 90,10."
    )
    expected = {
        ("Kanwil Kemenkumham Bali", 2023): {"province": "Bali", "parent": "Kementerian Hukum dan Hak Asasi Manusia"},
        ("Kanwil Kemenag Provinsi NTT", 2023): {"province": "Nusa Tenggara Timur"},
    }
    assert record_fields(recs(text), expected) == expected


def test_a_police_office_written_in_full_and_short_is_one_office():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kepolisian Resor (Polres) Pamekasan "
        "meraih nilai 90,10. Polres Pamekasan masuk zona hijau."
    )
    assert_record_fields(text, {("Kepolisian Resor Pamekasan", 2023): {"zone": "hijau", "parent": POLRI}}, exact=True)


# -- an office's head written in lower case still opens its name; an office in someone's title is no subject;
# -- a unit in an all-capitals headline is the body's unit, and the headline's place no government ---------


@pytest.mark.parametrize(
    "written, entity",
    [
        ("kantor pertanahan Kota Kupang", "Kantor Pertanahan Kota Kupang"),
        ("polres Sikka", "Polres Sikka"),
        ("kantah Kabupaten Ende", "Kantor Pertanahan Kabupaten Ende"),
    ],
    ids=["kantor-pertanahan", "polres", "kantah"],
)
def test_an_office_head_written_in_lower_case_before_its_place(written, entity):
    r = recs(OPENING_2023 + f"Nilai tertinggi diraih {written} dengan 90,10.")
    assert list(r) == [(entity, 2023)]
    assert r[(entity, 2023)].entity_type == "unit"


def test_an_office_in_a_title_is_no_subject():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Pemkot Kupang yang meraih 90,10, "
        "diterima Kepala kantor pertanahan Kota Kupang."
    )
    assert list(recs(text)) == [("Kota Kupang", 2023)]


@pytest.mark.parametrize(
    "headline, body_name",
    [
        ("POLRES PAMEKASAN RAIH ZONA HIJAU DARI OMBUDSMAN", "Polres Pamekasan"),
        ("KANTOR PERTANAHAN KABUPATEN BANTUL MASUK ZONA HIJAU", "Kantor Pertanahan Kabupaten Bantul"),
        ("RSUD SLEMAN RAIH ZONA HIJAU PELAYANAN PUBLIK", "RSUD Sleman"),
    ],
    ids=["polres", "kantor-pertanahan", "rsud"],
)
def test_a_unit_in_an_all_capitals_headline_is_the_unit_of_the_body(headline, body_name):
    text = f"{headline}\n\n{OPENING_2023}{body_name} meraih nilai 90,10."
    # the headline's place is no government record of its own
    assert_record_fields(text, {(body_name, 2023): {"score": 90.1, "zone": "hijau"}}, exact=True)
