"""Ranks from "the highest": the best score with its field written out, the highest of those counted,
the highest compliance score of a field, the highest after a national ranking; a unit's best within its
own government and the highest in a year are no first place.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- "meraih nilai tertinggi (kategori kepatuhan pelayanan publik) di <province>": first in the province -----

TOP = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah Kota (Pemkot) Sorong meraih nilai tertinggi kategori kepatuhan pelayanan publik di Papua Barat "
        "Daya. Ombudsman memberikan nilai 90,12.",
        "Pemkot Sorong meraih nilai tertinggi di Papua Barat Daya dengan nilai 90,12.",
        "Pemkot Sorong memperoleh skor tertinggi kepatuhan standar pelayanan publik se-Papua Barat Daya, yakni 90,12.",
    ],
    ids=["kategori-di-province", "di-province", "se-province"],
)
def test_highest_in_a_province_is_first_there(sentence):
    r = recs(TOP + sentence)[("Kota Sorong", 2023)]
    assert (r.rank, r.rank_scope, r.score) == (1, "provinsi", 90.12)


@pytest.mark.parametrize(
    "sentence",
    [
        # the highest among its own units is no rank among governments
        "Pemkot Sorong mencatat nilai 90,12; Dinas Kesehatan meraih nilai tertinggi di antara unitnya.",
        # a national first stays national
        "Pemkot Sorong meraih nilai tertinggi di Indonesia dengan nilai 90,12.",
    ],
    ids=["own-units", "national"],
)
def test_highest_look_alikes(sentence):
    r = recs(TOP + sentence)[("Kota Sorong", 2023)]
    assert r.rank_scope != "provinsi"


# -- first places: "paling tinggi dari N provinsi", "nilai kepatuhan tertinggi pemerintah kota diraih oleh" ----

AWARD_2018 = "Ombudsman RI menyerahkan predikat kepatuhan tahun 2018. "


@pytest.mark.parametrize(
    "sentence, scope",
    [
        (
            "Provinsi Jambi tampil sebagai pemerintah provinsi paling tinggi dari 34 provinsi di seluruh Indonesia, dengan nilai 96,10.",
            "nasional",
        ),
        (
            "Kabupaten Sleman menjadi daerah dengan nilai paling tinggi dari 5 kabupaten di DIY, yakni 95,40.",
            "provinsi",
        ),
    ],
    ids=["of-34-provinces", "of-5-regencies"],
)
def test_the_highest_of_those_counted_is_first(sentence, scope):
    got = recs(AWARD_2018 + sentence)
    r = next(iter(got.values()))
    assert (r.rank, r.rank_scope) == (1, scope)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Untuk nilai kepatuhan tertinggi pemerintah kota diraih Kota Bitung dengan nilai 97,32.", "Kota Bitung"),
        ("Nilai kepatuhan tertinggi kategori kabupaten diraih Kabupaten Badung dengan 98,01.", "Kabupaten Badung"),
    ],
    ids=["pemerintah-kota", "kategori-kabupaten"],
)
def test_the_highest_compliance_score_of_a_field_held_by_a_place_is_first(sentence, name):
    assert recs(AWARD_2018 + sentence)[(name, 2018)].rank == 1


def test_a_unit_with_the_highest_score_of_its_own_government_is_no_first_place():
    got = recs(AWARD_2018 + "Di Kabupaten Badung, nilai tertinggi diraih Dinas Kesehatan dengan 84,10.")
    assert all(r.rank is None for r in got.values())


def test_the_highest_in_a_year_is_no_first_place():
    got = recs(
        AWARD_2018 + "Kabupaten Badung meraih nilai 90,10, di antaranya Dinas Sosial yang bisa menjadi yang paling "
        "tinggi di tahun ini dengan nilai 91,20."
    )
    assert all(r.rank is None for r in got.values())


# -- the best score with its field written out --------------------------------

LEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2022. "


@pytest.mark.parametrize(
    "sentence, scope",
    [
        (
            "Kabupaten Wonogiri mengantongi skor indeks kepatuhan pelayanan publik tertinggi se-Indonesia untuk penilaian 2022.",
            "nasional",
        ),
        ("Kabupaten Wonogiri meraih nilai kepatuhan standar pelayanan publik tertinggi se-Jawa Tengah.", "provinsi"),
        ("Kabupaten Wonogiri mencatat skor kepatuhan pelayanan publik terbaik se-Indonesia, yakni 97,40.", "nasional"),
    ],
    ids=["se-indonesia", "se-jawa-tengah", "terbaik-se-indonesia"],
)
def test_the_best_score_with_its_field_is_first_place(sentence, scope):
    r = recs(LEAD + sentence)[("Kabupaten Wonogiri", 2022)]
    assert (r.rank, r.rank_scope) == (1, scope)


def test_a_unit_with_the_best_score_of_its_own_government_is_no_rank():
    got = recs(
        LEAD + "Di Kabupaten Wonogiri, Dinas Sosial mencatat skor kepatuhan pelayanan publik tertinggi dengan 84,92."
    )
    assert all(r.rank is None for r in got.values())


# -- the highest score after a place ranked among governments counted nationally ---------------------------


@pytest.mark.parametrize(
    "ranked",
    [
        "Kabupaten Bangka memperoleh skor 90,12 dan berada di urutan 20 dari 40 kabupaten di Indonesia.",
        "Kabupaten Bangka meraih nilai 90,12, peringkat ke-20 dari 40 kabupaten se-Indonesia.",
    ],
    ids=["urutan-dari", "peringkat-ke"],
)
def test_the_highest_after_a_national_ranking_is_first(ranked):
    got = recs(AWARD_2018 + ranked + " Sementara untuk skor tertinggi diraih Kabupaten Sleman 99,10.")
    assert (got[("Kabupaten Sleman", 2018)].rank, got[("Kabupaten Sleman", 2018)].rank_scope) == (1, "nasional")


def test_the_highest_with_no_ranking_before_is_no_rank():
    got = recs(
        AWARD_2018 + "Kabupaten Bangka memperoleh skor 90,12. Sementara nilai tertinggi diraih Kabupaten Sleman 99,10."
    )
    assert got[("Kabupaten Sleman", 2018)].rank is None
