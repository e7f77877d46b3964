"""Land offices: a list of land offices carried on through "dengan perolehan nilai", the province
after an office as its place, an office head with a level heading a list of offices.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


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

OFFICES = "Ombudsman menyerahkan hasil survei kepatuhan tahun 2021 kepada Kantor Pertanahan (Kantah) di NTT. "


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
    got = recs(OFFICES + sentence)
    for place in places:
        assert got[(f"Kantor Pertanahan Kabupaten {place}", 2021)].opinion == "kepatuhan tinggi"
    assert ("Kantor Pertanahan", 2021) not in got
