"""Ranks from counts and references: the best N as a group, the highest score nationally, the one ahead
named in "peringkat kedua, di bawah X", the last place with the field's size stated elsewhere, "N provinces
above X" making X place N+1; ranks in numbered lists and tables (sorted or not), out of ministries or
provinces, a superlative before a decimal that is a score, a numbered ranking written on one line, a markdown
rule under a table's header.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import assert_record_fields, recs


# -- ranks in tables and lists: a numbered ranking list or a tab table sorted by score gives ranks, a pipe
# -- table unsorted or a numbered list without ranking does not; a rank out of ministries or provinces is
# -- national; a general statement after the leader carries no subject; a superlative before a decimal is a
# -- score --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, published, expected, exact",
    [
        (
            "Ombudsman RI Perwakilan Jawa Timur menyerahkan hasil penilaian kepatuhan tahun 2024. "
            "Kabupaten Lamongan menempati peringkat pertama se-Jatim dengan nilai 96,40. "
            "Kepala Ombudsman Jatim mengatakan sejumlah daerah masih berada di zona kuning.",
            None,
            {("Kabupaten Lamongan", 2024): {"score": 96.4, "rank": 1, "rank_scope": "provinsi", "zone": None}},
            False,
        ),
        (
            "Kementerian Agama memperoleh nilai 95,10 dan menempati peringkat kedua dari 24 kementerian dalam "
            "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Ombudsman RI tahun 2023.",
            None,
            {("Kementerian Agama", 2023): {"score": 95.1, "rank": 2, "rank_scope": "nasional"}},
            False,
        ),
        (
            "Ombudsman RI Perwakilan Kalimantan Selatan menyerahkan hasil Penilaian Kepatuhan tahun 2024. "
            "Berikut urutan tiga besar se-Kalsel:\n1. Kabupaten Tabalong 93,40\n2. Kota Banjarbaru 92,15\n"
            "3. Kab. Balangan 90,60\nSelebihnya masih di bawah 90.",
            None,
            {
                ("Kabupaten Tabalong", 2024): {"score": 93.4, "rank": 1, "rank_scope": "provinsi"},
                ("Kota Banjarbaru", 2024): {"score": 92.15, "rank": 2, "rank_scope": "provinsi"},
                ("Kabupaten Balangan", 2024): {"score": 90.6, "rank": 3, "rank_scope": "provinsi"},
            },
            False,
        ),
        (
            "Ombudsman RI menyerahkan hasil penilaian. Pemprov Gorontalo menempati urutan ke-12 dari 38 provinsi "
            "pada Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2024, dengan nilai 87,05.",
            None,
            {("Provinsi Gorontalo", 2024): {"score": 87.05, "rank": 12, "rank_scope": "nasional"}},
            False,
        ),
        (
            "Ombudsman RI Perwakilan Lampung merilis peringkat hasil penilaian kepatuhan tahun 2024 se-Lampung.\n"
            "No\tDaerah\tNilai\tZona\n1\tKota Metro\t92,70\tHijau\n2\tKabupaten Pringsewu\t89,05\tHijau\n"
            "3\tKabupaten Mesuji\t72,30\tKuning",
            None,
            {
                ("Kota Metro", 2024): {"score": 92.7, "rank": 1, "rank_scope": "provinsi", "zone": "hijau"},
                ("Kabupaten Pringsewu", 2024): {"score": 89.05, "rank": 2, "rank_scope": "provinsi", "zone": "hijau"},
                ("Kabupaten Mesuji", 2024): {"score": 72.3, "rank": 3, "rank_scope": "provinsi", "zone": "kuning"},
            },
            False,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Pemkab Lampung Selatan.\n"
            "| No | Unit Layanan | Nilai | Kategori |\n| 1 | Dinas Sosial | 81,20 | B |\n"
            "| 2 | Puskesmas Kalianda | 90,45 | A |\n| 3 | Dinas Kesehatan | 77,10 | C |",
            None,
            {
                ("Dinas Sosial", 2023): {"score": 81.2, "grade": "B", "rank": None},
                ("Puskesmas Kalianda", 2023): {"score": 90.45, "grade": "A", "rank": None},
                ("Dinas Kesehatan", 2023): {"score": 77.1, "grade": "C", "rank": None},
            },
            False,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Di antara unit layanan yang dinilai, "
            "Puskesmas Sungai Lilin membukukan nilai tertinggi 94,85 dan masuk zona hijau.",
            None,
            {("Puskesmas Sungai Lilin", 2023): {"score": 94.85, "rank": None, "zone": "hijau"}},
            False,
        ),
        (
            "Ombudsman RI Perwakilan Kalimantan Selatan mengumumkan hasil Penilaian Kepatuhan tahun 2024. "
            "Tiga daerah dengan nilai tertinggi yakni 1. Kota Banjarbaru (94,20), 2. Kabupaten Tabalong (92,75), "
            "3. Kabupaten Balangan (91,30).",
            None,
            {
                ("Kota Banjarbaru", 2024): {"rank": 1, "score": 94.2},
                ("Kabupaten Tabalong", 2024): {"rank": 2, "score": 92.75},
                ("Kabupaten Balangan", 2024): {"rank": 3, "score": 91.3},
            },
            False,
        ),
        (
            "Ombudsman RI Perwakilan Sumsel merilis hasil Penilaian Kepatuhan tahun 2024:\n\n"
            "| No | Pemda | Nilai | Kategori |\n|---|---|---|---|\n| 1 | Kabupaten Musi Banyuasin | 97,12 | A |\n"
            "| 2 | Kota Prabumulih | 95,40 | A |\n| 3 | Kabupaten Lahat | 84,20 | B |\n"
            "| 4 | Kabupaten Empat Lawang | 70,15 | C |\n",
            None,
            {
                ("Kabupaten Musi Banyuasin", 2024): {"rank": 1, "grade": "A"},
                ("Kota Prabumulih", 2024): {"rank": 2, "grade": "A"},
                ("Kabupaten Lahat", 2024): {"rank": 3, "grade": "B"},
                ("Kabupaten Empat Lawang", 2024): {"rank": 4, "grade": "C"},
            },
            True,
        ),
    ],
    ids=[
        "general-statement-after-the-leader",
        "rank-out-of-ministries",
        "numbered-ranking-list",
        "province-among-provinces",
        "tab-table-sorted-by-score",
        "pipe-table-unsorted-with-grades",
        "superlative-before-a-decimal",
        "numbered-ranking-on-one-line",
        "markdown-rule-under-a-falling-no-column",
    ],
)
def test_ranks_in_tables_lists_and_counts(text, published, expected, exact):
    assert_record_fields(text, expected, published, exact)


@pytest.mark.parametrize(
    "text, entity, score",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024 kepada unit layanan Pemkab Tabalong:\n"
            "1. Dinas Kesehatan 88,40\n2. Puskesmas Tanjung 91,15\n3. Dinas Sosial 86,60",
            "Puskesmas Tanjung",
            91.15,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024 kepada tiga daerah, yaitu "
            "1. Kota Banjarbaru (84,20), 2. Kabupaten Tabalong (92,75), 3. Kabupaten Balangan (81,30).",
            "Kabupaten Tabalong",
            92.75,
        ),
    ],
    ids=["numbered-lines", "numbered-on-one-line"],
)
def test_numbered_list_without_ranking_gives_no_ranks(text, entity, score):
    r = recs(text)
    assert r[(entity, 2024)].score == score
    assert all(x.rank is None for x in r.values())


def test_a_leading_rank_goes_to_its_holder_not_to_the_runner_up():
    r = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023 di Jawa Barat. Peringkat pertama diraih "
        "Kabupaten Sumedang dengan nilai 93,80, disusul Kota Cimahi."
    )
    assert r[("Kabupaten Sumedang", 2023)].rank == 1
    assert ("Kota Cimahi", 2023) not in r or r[("Kota Cimahi", 2023)].rank != 1


# -- "masuk 5 besar kab/kota dengan zona hijau. Kelima kab/kota itu yakni ...": the best ones as a group ---

TOP_GROUP = [
    (
        "Hasil penilaian kepatuhan Ombudsman tahun 2023 menempatkan Kabupaten Kediri dalam 4 besar kab/kota "
        "di Jawa Timur dengan zona hijau kualitas tertinggi. Empat kab/kota itu yakni Kediri, Gresik, Pacitan "
        "dan Madiun."
    ),
    (
        "Pada penilaian kepatuhan Ombudsman tahun 2023, Kabupaten Kediri masuk lima besar pemda di Jawa Timur "
        "yang meraih zona hijau kualitas tertinggi. Kelima pemda tersebut adalah Kediri, Gresik, Pacitan, "
        "Madiun dan Kota Batu."
    ),
    (
        "Ombudsman mengumumkan penilaian kepatuhan tahun 2023. Ada 4 teratas kabupaten di Jawa Timur yang masuk "
        "zona hijau kualitas tertinggi, yaitu Kediri, Gresik, Pacitan dan Madiun."
    ),
]


@pytest.mark.parametrize("text", TOP_GROUP)
def test_top_n_group_gives_its_labels_to_its_members(text):
    got = recs(text)
    for place in ("Kabupaten Gresik", "Kabupaten Pacitan", "Kabupaten Madiun"):
        assert got[(place, 2023)].zone == "hijau", got
        assert got[(place, 2023)].opinion == "kualitas tertinggi", got
        assert got[(place, 2023)].rank is None


@pytest.mark.parametrize(
    "text",
    [
        # no noun after "besar": no group, the names after it get nothing
        "Ombudsman mengumumkan penilaian kepatuhan tahun 2023. Kabupaten Kediri meraih zona hijau dan masuk 10 "
        "besar nasional. Bupati Kediri hadir bersama pejabat dari Gresik dan Pacitan.",
        # a group of the best that carries no label
        "Ombudsman mengumumkan penilaian kepatuhan tahun 2023. Kabupaten Kediri meraih zona hijau. Lima besar "
        "kabupaten dengan laporan masyarakat terbanyak yakni Gresik dan Pacitan.",
    ],
    ids=["ombudsman-mengumumkan-penilaian-kepatuhan-tahun-1", "ombudsman-mengumumkan-penilaian-kepatuhan-tahun-2"],
)
def test_top_n_without_a_group_or_label_gives_nothing(text):
    got = recs(text)
    assert set(got) == {("Kabupaten Kediri", 2023)}, got


# -- "skor tertinggi secara nasional / di Indonesia" is first place nationally ----------------------


@pytest.mark.parametrize(
    "said",
    [
        "Polres Sleman meraih skor tertinggi secara nasional. Polres Sleman mendapatkan skor sebesar 97,61.",
        "Nilai Polres Sleman 97,61 merupakan skor tertinggi di Indonesia.",
        "Polres Sleman mencatatkan skor tertinggi se-Indonesia, yakni 97,61.",
        "Polres Sleman memperoleh skor tertinggi tingkat nasional dengan 97,61.",
    ],
    ids=[
        "polres-sleman-meraih-skor-tertinggi",
        "nilai-polres-sleman-97-61",
        "polres-sleman-mencatatkan-skor-tertinggi",
        "polres-sleman-memperoleh-skor-tertinggi",
    ],
)
def test_the_highest_score_nationally_is_first_place(said):
    r = recs("Ombudsman RI mengumumkan hasil penilaian kepatuhan pelayanan publik 2024. " + said)
    rec = r[("Polres Sleman", 2024)]
    assert rec.score == 97.61 and rec.rank == 1 and rec.rank_scope == "nasional"


def test_a_record_of_its_own_past_is_no_rank():
    r = recs(
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan pelayanan publik 2024. Kabupaten Sleman mencatat "
        "nilai 90,10. Capaian itu merupakan nilai tertinggi di Sleman sejak 2015."
    )
    assert r[("Kabupaten Sleman", 2024)].rank is None


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
        "Polres Solok Kota ada di posisi paling buncit, skornya 8,02.",
        "Di papan bawah, Polres Solok Kota menutup daftar di posisi terakhir dengan nilai 8,02.",
    ],
    ids=["paling-buncit", "posisi-terakhir"],
)
def test_a_year_before_the_count_leaves_the_count(last):
    text = (
        "Ombudsman RI Perwakilan Sumatera Barat menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan "
        "Publik Tahun 2025 atas delapan Polres jajaran Polda Sumatera Barat. Polres Solok meraih skor 29,66. " + last
    )
    assert recs(text)[("Polres Solok Kota", 2025)].rank == 8


def test_a_rank_of_its_own_field_sizes_no_last_place():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Kabupaten Lebong berada di urutan 12 dari "
        "20 kabupaten. Kabupaten Kaur berada di urutan terakhir dengan nilai 40,12."
    )
    assert recs(text)[("Kabupaten Kaur", 2022)].rank is None
