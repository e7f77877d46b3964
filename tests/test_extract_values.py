"""Scores, ranks with scope, zones, grades and opinions (sentences written for the tests)."""

import pytest

from extract.pipeline import get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def values(nlp, text, kind=None):
    vals, _groups = nlp.get_pipe("kepatuhan_values").find(text)
    return [
        (v.kind, v.value) if v.kind != "rank" else (v.kind, v.value, v.scope)
        for v in vals
        if kind is None or v.kind == kind
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kabupaten Alor memperoleh nilai 87,45 pada penilaian itu.", 87.45),
        ("Kota Tual meraih skor 91.20 dari Ombudsman.", 91.2),
        ("Pemprov Jambi mendapat nilai 90 dari Ombudsman.", 90.0),
        ("Skor Kabupaten Ngada naik menjadi 77,5 poin.", 77.5),
    ],
)
def test_scores_with_comma_or_dot(nlp, text, expected):
    assert values(nlp, text, "score") == [("score", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah pengaduan mencapai 940 laporan dengan nilai 940.",
        "Angka 88,305 tercatat dalam dokumen.",
        "Sebanyak 17.717 produk layanan dan 2.366 unit disurvei.",
        "Zona hijau untuk nilai 88,00-100 dan zona kuning 54,00 – 77,99.",
        "Anggaran Rp 2,5 miliar disiapkan pukul 09.30 WIB.",
    ],
)
def test_out_of_range_and_non_scores_are_ignored(nlp, text):
    assert values(nlp, text, "score") == []


@pytest.mark.parametrize(
    "text,rank,scope",
    [
        ("Kabupaten Sikka berada di peringkat ke-3 se-Provinsi NTT.", 3, "provinsi"),
        ("Kota Bitung menempati urutan 25 dari 34 provinsi.", 25, "nasional"),
        ("Kabupaten Wajo menjadi terbaik kedua se-Sulsel.", 2, "provinsi"),
        ("Kota Parepare meraih posisi pertama.", 1, None),
        ("Pemkab Maros masuk ranking 1 nasional.", 1, "nasional"),
        ("Kabupaten Sinjai berada pada posisi 120 dari 416 kabupaten.", 120, "nasional"),
        ("Kota Palopo menduduki peringkat ke 4 dari 24 kabupaten/kota.", 4, "provinsi"),
    ],
)
def test_ranks_in_all_forms_with_scope(nlp, text, rank, scope):
    assert values(nlp, text, "rank") == [("rank", rank, scope)]


def test_top_ten_is_not_a_rank(nlp):
    assert values(nlp, "Tujuh daerah masuk peringkat 10 besar nasional.", "rank") == []


def test_enumerated_ranking(nlp):
    text = (
        "Urutan pertama adalah Kabupaten Sumbawa (85,10). Kedua, Kota Mataram (84,00). "
        "Ketiga ada Kabupaten Dompu (80,12)."
    )
    ranks = [v[1] for v in values(nlp, text, "rank")]
    assert ranks == [1, 2, 3]


def test_zones_grades_opinions_2022_scheme(nlp):
    text = "Kabupaten Belu masuk zona hijau dengan kategori B atau opini Kualitas Tinggi."
    assert values(nlp, text) == [("zone", "hijau"), ("grade", "B"), ("opinion", "kualitas tinggi")]


def test_zones_and_opinions_pre_2022_scheme(nlp):
    text = "Pada 2019 Kabupaten Majene berada di zona kuning atau tingkat kepatuhan sedang."
    assert values(nlp, text) == [("zone", "kuning"), ("opinion", "kepatuhan sedang")]


def test_prose_is_not_an_opinion_or_zone(nlp):
    text = "Layanan itu menjadi indikator kualitas tinggi, dengan seragam warna hijau."
    assert values(nlp, text) == []


def test_grade_letter_must_be_a_single_capital(nlp):
    assert values(nlp, "Kota Gorontalo meraih kategori BB dalam evaluasi.", "grade") == []
    assert values(nlp, "Kota Gorontalo meraih predikat A.", "grade") == [("grade", "A")]


def test_wishes_and_negations_are_not_claims(nlp):
    assert values(nlp, "Bupati berharap tahun depan bisa meraih peringkat satu.", "rank") == []
    assert values(nlp, "Pemkot belum pernah mendapatkan opini Kualitas Tinggi.", "opinion") == []


@pytest.mark.parametrize(
    "text,grade",
    [
        ("Pemkab Kaur meraih opini Kualitas Tinggi (B) tahun ini.", "B"),
        ("Kota Lubuklinggau masuk Kategori: A dengan nilai 90,01.", "A"),
        ('Kabupaten Lahat mendapat kategori "C" dari Ombudsman.', "C"),
    ],
)
def test_grade_written_in_other_ways(nlp, text, grade):
    assert values(nlp, text, "grade") == [("grade", grade)]
