"""Ranks that are claimed, not aimed at or counted: a place planned in the future ("akan terus kita
tingkatkan sampai peringkat pertama") and a top group the holder is in ("dalam posisi 5 terbaik") are no
ranks; "nomor" is a rank head only with a count or a scope after the place ("nomor 8 dari total 416
kabupaten", "Nomor 8 Nasional"), never in a law's number.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article

INTRO = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2022. "


def _ranks(text: str) -> dict[tuple[str, int], tuple]:
    res = extract_article(INTRO + text, published="2022-12-20")
    return {(r.entity, r.year): (r.rank, r.rank_scope) for r in res.records if r.rank is not None}


# -- a place planned in the future is no rank ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kabupaten Kampar berada di zona hijau di peringkat ketiga, dan capaian ini akan terus kita tingkatkan "
            "sampai peringkat pertama se Indonesia.",
            {("Kabupaten Kampar", 2022): (3, None)},
        ),
        (
            "Kabupaten Kampar meraih peringkat ketiga. Ke depan posisi itu akan kita dorong naik ke peringkat "
            "pertama nasional.",
            {("Kabupaten Kampar", 2022): (3, None)},
        ),
        (
            "Kabupaten Kampar meraih peringkat kedua se-Provinsi Riau dan akan terus menjaga capaian itu.",
            {("Kabupaten Kampar", 2022): (2, "provinsi")},
        ),
    ],
    ids=["raise-to-first", "push-to-first", "held-then-plan"],
)
def test_a_planned_place_is_no_rank(text, expected):
    assert _ranks(text) == expected


# -- a top group the holder is in is no rank; a place "N terbaik" won is --------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kabupaten Kampar meraih skor 94,62, menempatkannya dalam posisi 5 terbaik nasional.", {}),
        ("Kabupaten Kampar masuk peringkat 10 tertinggi se-Provinsi Riau tahun ini.", {}),
        ("Kabupaten Kampar termasuk peringkat 3 terbaik di Riau.", {}),
        (
            "Kabupaten Kampar berhasil meraih posisi tiga terbaik dari Ombudsman RI.",
            {("Kabupaten Kampar", 2022): (3, None)},
        ),
        (
            "Kabupaten Kampar menempati posisi 5 nasional dengan skor 94,62.",
            {("Kabupaten Kampar", 2022): (5, "nasional")},
        ),
    ],
    ids=["dalam-5-terbaik", "masuk-10-tertinggi", "termasuk-3-terbaik", "won-3-best", "plain-place"],
)
def test_a_top_group_is_no_rank(text, expected):
    assert _ranks(text) == expected


# -- "nomor" with a count or a scope after the place is a rank ---------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kabupaten Lebong meraih predikat kepatuhan tinggi, nomor 8 dari total 416 kabupaten seluruh Indonesia.",
            {("Kabupaten Lebong", 2022): (8, "nasional")},
        ),
        (
            "Kabupaten Lebong tercatat nomor 8 nasional dan nomor 1 se-Provinsi Bengkulu.",
            {("Kabupaten Lebong", 2022): (8, "nasional")},
        ),
        (
            "Kabupaten Lebong berada di nomor 2 dari 10 kabupaten/kota di Bengkulu.",
            {("Kabupaten Lebong", 2022): (2, "provinsi")},
        ),
        ("Kabupaten Lebong masuk zona hijau sesuai UU Nomor 25 Tahun 2009 tentang Pelayanan Publik.", {}),
        ("Kabupaten Lebong masuk zona hijau. Hubungi layanan pengaduan nomor 137 untuk melapor.", {}),
    ],
    ids=["of-total", "national-and-provincial", "of-ten", "law-number", "phone-number"],
)
def test_nomor_with_a_count_or_scope_is_a_rank(text, expected):
    assert _ranks(text) == expected
