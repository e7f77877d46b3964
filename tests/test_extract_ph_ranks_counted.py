"""Ranks from counts and references: the one ahead named in "peringkat kedua, di bawah X", the last place
with the field's size stated elsewhere, "N provinces above X" making X place N+1.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- "peringkat kedua, di bawah X, dengan nilai N": X is first, the score stays the holder's -------


@pytest.mark.parametrize(
    "sentence",
    [
        "Nusa Tenggara Barat sukses menduduki peringkat kedua secara nasional, di bawah Provinsi Jawa Tengah, dengan total nilai 93,27.",
        "Provinsi Nusa Tenggara Barat berada di posisi kedua, setelah Provinsi Jawa Tengah, dengan skor 93,27.",
        "Provinsi Nusa Tenggara Barat menempati peringkat kedua nasional, di belakang Provinsi Jawa Tengah, dengan nilai 93,27.",
    ],
    ids=[
        "nusa-tenggara-barat-sukses-menduduki",
        "provinsi-nusa-tenggara-barat-berada",
        "provinsi-nusa-tenggara-barat-menempati",
    ],
)
def test_the_one_ahead_is_a_reference_not_the_holder(sentence):
    text = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 untuk tingkat pemprov. " + sentence
    r = recs(text)
    ntb, jateng = r[("Provinsi Nusa Tenggara Barat", 2022)], r[("Provinsi Jawa Tengah", 2022)]
    assert (ntb.score, ntb.rank) == (93.27, 2)
    assert (jateng.score, jateng.rank) == (None, 1)


# -- the last place with the field's size stated elsewhere ---------------------------------------


@pytest.mark.parametrize(
    "count,last,rank",
    [
        ("Survei dilakukan terhadap 6 kabupaten di Bengkulu.", "Kabupaten Seluma diurutan paling buncit", 6),
        ("Ada 10 kabupaten/kota yang dinilai, dari 10 kabupaten/kota itu", "Kabupaten Seluma menjadi juru kunci", 10),
        ("Penilaian dilakukan atas tujuh kabupaten.", "Kabupaten Seluma berada di urutan terakhir", 7),
    ],
    ids=[
        "survei-dilakukan-terhadap-6-kabupaten",
        "ada-10-kabupaten-kota-yang",
        "penilaian-dilakukan-atas-tujuh-kabupaten",
    ],
)
def test_last_place_of_a_stated_field(count, last, rank):
    text = (
        f"Ombudsman RI Perwakilan Bengkulu merilis hasil survei kepatuhan tahun 2019. {count} {last} dengan "
        "nilai 45,41 dan masuk zona merah."
    )
    rec = recs(text)[("Kabupaten Seluma", 2019)]
    assert (rec.rank, rec.rank_scope, rec.score) == (rank, "provinsi", 45.41)


def test_last_place_without_a_count_is_no_rank():
    text = (
        "Ombudsman RI Perwakilan Bengkulu merilis hasil survei kepatuhan tahun 2019. Kabupaten Seluma diurutan "
        "paling buncit dengan nilai 45,41."
    )
    assert recs(text)[("Kabupaten Seluma", 2019)].rank is None


def test_another_ranks_total_does_not_size_the_last_place():
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2021. Provinsi Papua Barat berada di urutan 32 "
        "dari 34 provinsi. Provinsi Papua berada di posisi paling buncit dengan nilai 44,72."
    )
    assert recs(text)[("Provinsi Papua", 2021)].rank is None


# -- "N provinces above X": X is place N+1 ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,name,rank,scope",
    [
        (
            "Empat Pemprov lain di atas Pemprov Sumatera Utara meraih nilai lebih tinggi.",
            "Provinsi Sumatera Utara",
            5,
            "nasional",
        ),
        ("Hanya dua provinsi yang berada di atas Provinsi Bali.", "Provinsi Bali", 3, "nasional"),
        ("Tiga kabupaten lainnya diatas Kabupaten Badung dalam penilaian itu.", "Kabupaten Badung", 4, None),
    ],
    ids=["empat-pemprov-lain-di-atas", "hanya-dua-provinsi-yang-berada", "tiga-kabupaten-lainnya-diatas-kabupaten"],
)
def test_n_above_x_makes_x_n_plus_one(sentence, name, rank, scope):
    text = f"Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. {name} meraih nilai 90,54. {sentence}"
    rec = recs(text)[(name, 2022)]
    assert (rec.rank, rec.rank_scope) == (rank, scope)


def test_the_other_offices_are_a_kind():
    text = (
        "Ombudsman RI Perwakilan Kepri menyerahkan hasil penilaian kepatuhan tahun 2021 kepada Pemprov Kepri. "
        "Provinsi Kepulauan Riau masuk zona hijau, sedangkan Kantor Pertanahan lainnya telah masuk zona hijau."
    )
    assert not any(e.startswith("Kantor Pertanahan") for e, _ in recs(text))


@pytest.mark.parametrize(
    "last",
    [
        "Polres Solok Kota berada di posisi paling buncit dengan skor 8,02.",
        "Di papan bawah, Polres Solok Kota menutup daftar di posisi terakhir dengan nilai 8,02.",
    ],
    ids=["paling-buncit", "posisi-terakhir"],
)
def test_a_year_before_the_count_leaves_the_count(last):
    text = (
        "Ombudsman RI Perwakilan Sumatera Barat menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan "
        "Publik Tahun 2025 terhadap delapan Polres di bawah Polda Sumatera Barat. Polres Solok meraih skor 29,66. "
        + last
    )
    assert recs(text)[("Polres Solok Kota", 2025)].rank == 8


def test_a_rank_of_its_own_field_sizes_no_last_place():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Kabupaten Lebong berada di urutan 12 dari "
        "20 kabupaten. Kabupaten Kaur berada di urutan terakhir dengan nilai 40,12."
    )
    assert recs(text)[("Kabupaten Kaur", 2022)].rank is None
