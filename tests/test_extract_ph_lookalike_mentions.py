"""Look-alike mentions that hold nothing: a ranking's neighbours ("diapit A dan B"), the one a subject
is compared with, another ministry's index told on in the next sentence, "salah satu daerah" (one of
them, no group and no first place), and a town whose name ends with a regency's ("Blang Pidie").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

NTB_2019 = "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2019. "


# -- a ranking's neighbours take none of the subject's values ------------------------------------------------


@pytest.mark.parametrize(
    "flanked",
    [
        "Nilainya 63,67, diapit Kabupaten Toba Samosir dan Kabupaten Pasangkayu.",
        "Nilainya 63,67 dan posisinya diapit oleh Kabupaten Toba Samosir serta Kabupaten Pasangkayu.",
        "Dengan nilai 63,67, Bima berada di antara Kabupaten Toba Samosir, Kabupaten Pasangkayu dan Kabupaten Kolaka.",
    ],
    ids=["diapit", "diapit-oleh", "berada-di-antara"],
)
def test_neighbours_in_a_ranking_take_no_values(flanked):
    text = (
        NTB_2019 + "Kabupaten Dompu berada di urutan 135 dengan nilai 60,89. Kabupaten Bima di urutan 127. " + flanked
    )
    r = recs(text)
    assert fields_of(r, "Kabupaten Bima", 2019, "score", "rank") == {"score": 63.67, "rank": 127}
    assert not {e for e, _ in r} & {"Kabupaten Toba", "Kabupaten Pasangkayu", "Kabupaten Kolaka"}


def test_one_named_after_the_neighbours_keeps_its_own_value():
    # look-alike: a contrast after the neighbours names a subject of its own
    text = (
        NTB_2019 + "Kabupaten Bima meraih nilai 63,67, diapit Kabupaten Toba Samosir dan Kabupaten Pasangkayu, "
        "sedangkan Kabupaten Dompu meraih nilai 60,89."
    )
    r = recs(text)
    assert fields_of(r, "Kabupaten Bima", 2019, "score") == {"score": 63.67}
    assert fields_of(r, "Kabupaten Dompu", 2019, "score") == {"score": 60.89}
    assert ("Kabupaten Toba", 2019) not in r


@pytest.mark.parametrize(
    "compared",
    [
        "Kabupaten Bima, urutan 127, sedikit lebih atas dari Dompu.",
        "Kabupaten Bima ada di urutan 127, lebih tinggi daripada Kabupaten Dompu.",
    ],
    ids=["lebih-atas-dari", "lebih-tinggi-daripada"],
)
def test_next_sentence_goes_on_about_the_subject_not_the_one_compared(compared):
    text = NTB_2019 + "Kabupaten Dompu berada di urutan 135 dengan nilai 60,89. " + compared + " Skornya 63,67."
    r = recs(text)
    assert fields_of(r, "Kabupaten Bima", 2019, "score", "rank") == {"score": 63.67, "rank": 127}
    assert fields_of(r, "Kabupaten Dompu", 2019, "score") == {"score": 60.89}


# -- another ministry's index told on in the next sentence ---------------------------------------------------

KALTARA_2023 = (
    "Ombudsman RI kembali melakukan penilaian kepatuhan standar pelayanan publik tahun 2023. "
    "Kabupaten Bulungan memperoleh nilai 94,67 dan masuk zona hijau. "
)


@pytest.mark.parametrize(
    "index",
    [
        "Indeks Pelayanan Publik (IPP) hasil evaluasi KemenPAN-RB juga naik. Pada 2021 angkanya 3,08 (kategori B), "
        "pada 2022 nilainya 3,19 (kategori B).",
        "Pada evaluasi PEKPPP dari Kementerian PANRB, nilai IPP Bulungan terus membaik. Tahun 2021 tercatat 3,08 "
        "dengan kategori B, lalu tahun 2022 naik menjadi 3,19.",
    ],
    ids=["ipp-kemenpan", "pekppp"],
)
def test_values_told_on_about_another_index_are_not_the_ombudsmans(index):
    r = recs(KALTARA_2023 + index)
    assert fields_of(r, "Kabupaten Bulungan", 2023, "score", "zone") == {"score": 94.67, "zone": "hijau"}
    assert all(rec.score is None or rec.score > 10 for rec in r.values())
    assert all(rec.grade is None for rec in r.values())


def test_sentence_naming_the_assessment_after_another_index_keeps_its_values():
    # look-alike: the sentence after the index names the Ombudsman's assessment again
    text = (
        "Nilai Indeks Pelayanan Publik (IPP) Kabupaten Bulungan dari KemenPAN-RB tercatat 3,49. "
        "Dalam penilaian kepatuhan Ombudsman RI tahun 2023, nilainya 94,67."
    )
    assert fields_of(recs(text), "Kabupaten Bulungan", 2023, "score") == {"score": 94.67}


# -- "salah satu daerah yang ...": one of them ---------------------------------------------------------------


@pytest.mark.parametrize(
    "one_of",
    [
        "Kabupaten Bulungan menjadi salah satu daerah yang mendapatkan nilai tertinggi se-Kaltara dengan nilai 94,67.",
        "Kabupaten Bulungan merupakan salah satu pemda yang meraih nilai tertinggi di Kalimantan Utara, yakni 94,67.",
        "Kabupaten Bulungan masuk jajaran daerah yang memperoleh nilai tertinggi se-Kaltara dengan skor 94,67.",
    ],
    ids=["salah-satu-daerah", "salah-satu-pemda", "jajaran"],
)
def test_one_of_the_best_holds_its_value_and_no_first_place(one_of):
    text = "Ombudsman RI merilis hasil penilaian kepatuhan pelayanan publik tahun 2023. " + one_of
    assert fields_of(recs(text), "Kabupaten Bulungan", 2023, "score", "rank") == {"score": 94.67, "rank": None}


def test_the_best_alone_is_still_first():
    # look-alike: no "salah satu": the highest in the province is first there
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan pelayanan publik tahun 2023. "
        "Kabupaten Bulungan meraih nilai tertinggi se-Kaltara dengan nilai 94,67."
    )
    assert fields_of(recs(text), "Kabupaten Bulungan", 2023, "score", "rank") == {"score": 94.67, "rank": 1}


# -- a town whose name ends with a regency's ---------------------------------------------------------------

ACEH_2021 = "Ombudsman RI Perwakilan Aceh menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2021. "


@pytest.mark.parametrize(
    "listed",
    [
        "Yang masih zona kuning yaitu Aceh Jaya, Blang Pidie, dan Aceh Besar.",
        "Daerah zona kuning antara lain Aceh Jaya, Ujung Batu serta Aceh Besar.",
    ],
    ids=["blang-pidie", "ujung-batu"],
)
def test_a_town_is_not_the_regency_its_name_ends_with(listed):
    r = recs(ACEH_2021 + listed)
    assert fields_of(r, "Kabupaten Aceh Jaya", 2021, "zone") == {"zone": "kuning"}
    assert fields_of(r, "Kabupaten Aceh Besar", 2021, "zone") == {"zone": "kuning"}
    assert not {e for e, _ in r} & {"Kabupaten Pidie", "Kota Batu"}


@pytest.mark.parametrize(
    ("listed", "entity"),
    [
        ("Yang masih zona kuning yaitu Aceh Jaya, Pidie, dan Aceh Besar.", "Kabupaten Pidie"),
        ("Yang masih zona kuning yaitu Aceh Jaya, Kabupaten Pidie Jaya, dan Aceh Besar.", "Kabupaten Pidie Jaya"),
        ("Yang masih zona kuning yaitu Aceh Jaya, Muara Enim dan Aceh Besar.", "Kabupaten Muara Enim"),
    ],
    ids=["pidie", "pidie-jaya", "muara-enim"],
)
def test_regions_named_in_their_own_right_are_kept(listed, entity):
    # look-alike: the bare name, a longer regency's name, and a regency whose name opens with a town word
    assert fields_of(recs(ACEH_2021 + listed), entity, 2021, "zone") == {"zone": "kuning"}


# -- a hope told with "mudah-mudahan" / "kalau bisa" -------------------------------------------------------

BUTON_2023 = "Pj Bupati Buton menerima hasil penilaian kepatuhan tahun 2023 dari Ombudsman Perwakilan Sultra. "


@pytest.mark.parametrize(
    "hope",
    [
        "Ia berpesan agar OPD mencatat semua masukan, kalau bisa kita berada di posisi hijau tahun depan.",
        "Mudah-mudahan Pemkab Buton masuk zona hijau pada penilaian berikutnya.",
        "Moga-moga Kabupaten Buton meraih nilai 85,50 tahun depan.",
    ],
    ids=["kalau-bisa", "mudah-mudahan", "moga-moga"],
)
def test_a_hope_is_no_result(hope):
    r = recs(BUTON_2023 + hope)
    assert all(rec.zone is None and rec.score is None for rec in r.values())


def test_a_result_before_a_hope_is_kept():
    # look-alike: the zone is told first, the hope after it
    text = BUTON_2023 + "Kabupaten Buton masuk zona kuning, mudah-mudahan tahun depan bisa lebih baik."
    assert fields_of(recs(text), "Kabupaten Buton", 2023, "zone") == {"zone": "kuning"}


# -- "dua kategori besar": broad kinds heading a bulleted list, no ranking ---------------------------------

SULBAR_2024 = (
    "Tim Ombudsman RI Perwakilan Sulawesi Barat melakukan penilaian kepatuhan pelayanan publik tahun 2024 "
    "di Kabupaten Polewali Mandar. "
)


def test_bullets_under_broad_kinds_take_no_places():
    text = (
        SULBAR_2024 + "Instansi yang dinilai terbagi dalam dua kategori besar, yakni:\n"
        "- Instansi vertikal: Polres, Kantor Imigrasi, dan Kantor Pertanahan.\n"
        "- Pemerintah daerah: Dinas Sosial, Dinas Pendidikan, dan RSUD Polewali Mandar.\n"
    )
    assert all(rec.rank is None for rec in recs(text).values())


def test_bullets_under_a_top_count_are_ranked():
    # look-alike: "lima besar" is the best five, in order
    text = (
        SULBAR_2024 + "Berikut lima besar OPD dengan nilai tertinggi:\n"
        "- Dinas Sosial dengan nilai 90,10\n- Dinas Pendidikan dengan nilai 88,20\n"
        "- Dinas Kesehatan dengan nilai 85,30\n"
    )
    r = recs(text)
    assert [fields_of(r, e, 2024, "rank") for e in ("Dinas Sosial", "Dinas Pendidikan", "Dinas Kesehatan")] == [
        {"rank": 1},
        {"rank": 2},
        {"rank": 3},
    ]
