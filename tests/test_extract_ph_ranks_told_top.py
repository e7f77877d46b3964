"""First and second places told without a place number: "dengan nilai tertinggi ... kemudian disusul Y", "tertinggi
adalah X" after one government's units are named, "sebagai OPD dengan nilai tertinggi di Kota X", "yang nomor 1 itu
X", "yang tertinggi dari seluruh kabupaten", and the one a second place fell "satu tingkat" short of (DECISIONS.md
"Ranks": highest among one government's own units is rank 1 with scope null; "kedua, setelah A": A is 1).

Every sentence here is written for these tests (real kinds of facts, invented wording); each phenomenon is tried in
several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


def _rank(text, name, year):
    r = recs(text)[(name, year)]
    return r.rank, r.rank_scope


# -- "X dengan nilai tertinggi 88,10 kemudian disusul Y": first, and the one after it second --------------


@pytest.mark.parametrize(
    "listed",
    [
        "Ada lima pemda di Provinsi Jambi yang meraih opini kualitas tinggi, di antaranya Kota Jambi dengan nilai "
        "tertinggi 88,10 kemudian disusul dengan Kabupaten Bungo dengan nilai 86,20.",
        "Di Provinsi Jambi, Kota Jambi dengan skor tertinggi 88,10, lalu diikuti Kabupaten Bungo dengan skor 86,20.",
        "Lima pemda di Provinsi Jambi masuk opini kualitas tinggi: Kota Jambi dengan nilai tertinggi yakni 88,10, "
        "disusul Kabupaten Bungo dengan nilai 86,20.",
    ],
    ids=["kemudian-disusul-dengan", "lalu-diikuti", "yakni-disusul"],
)
def test_highest_then_followed_gives_first_and_second(listed):
    text = f"Ombudsman RI menyerahkan hasil penilaian tahun 2024. {listed} Kabupaten Kerinci dengan nilai 82,40."
    got = recs(text)
    assert (got[("Kota Jambi", 2024)].rank, got[("Kota Jambi", 2024)].rank_scope) == (1, "provinsi")
    assert (got[("Kabupaten Bungo", 2024)].rank, got[("Kabupaten Bungo", 2024)].rank_scope) == (2, "provinsi")
    assert got[("Kabupaten Kerinci", 2024)].rank is None


def test_highest_without_a_ranking_going_on_is_no_rank():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian tahun 2024. Kota Jambi dengan nilai tertinggi dalam sejarahnya "
        "88,10 meraih opini kualitas tinggi."
    )
    assert recs(text)[("Kota Jambi", 2024)].rank is None


# -- "tertinggi adalah X" after the units compared are named: first among one government's units ---------


@pytest.mark.parametrize(
    "told",
    [
        "Ada 4 OPD dan 2 Puskesmas di Kota Bengkulu dengan nilai di atas 80, tertinggi adalah Puskesmas Jembatan "
        "Kecil dengan nilai 94,10.",
        "Dari tujuh unit layanan Kota Bengkulu yang dinilai, tertinggi yaitu Puskesmas Jembatan Kecil dengan nilai "
        "94,10.",
        "Dari OPD yang dinilai di Kota Bengkulu, skor tertinggi adalah Puskesmas Jembatan Kecil dengan nilai 94,10.",
    ],
    ids=["di-atas-80-tertinggi-adalah", "dari-unit-tertinggi-yaitu", "skor-tertinggi-adalah"],
)
def test_highest_of_the_units_named_is_first_without_scope(told):
    text = f"Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan tahun 2024. {told}"
    assert _rank(text, "Puskesmas Jembatan Kecil", 2024) == (1, None)


def test_highest_with_no_units_named_is_no_rank():
    text = (
        "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan tahun 2024. Kota Bengkulu meraih "
        "nilai 90,10, tertinggi adalah pelayanan administrasi kependudukan."
    )
    assert recs(text)[("Kota Bengkulu", 2024)].rank is None


@pytest.mark.parametrize(
    "told",
    [
        "Ada 4 OPD dan 2 Puskesmas di Kota Bengkulu yang dinilai, tertinggi adalah pelayanan perizinan, lalu "
        "Puskesmas Jembatan Kecil dengan nilai 84,10.",
        "Dari tujuh unit layanan yang dinilai, tertinggi yaitu aspek sarana prasarana, sedangkan Puskesmas Jembatan "
        "Kecil meraih nilai 84,10.",
    ],
    ids=["adalah-lower-case-aspect", "yaitu-lower-case-aspect"],
)
def test_highest_told_of_a_thing_in_lower_case_is_no_ones_rank(told):
    # the holder after "tertinggi adalah" is a name written with a capital; the patterns ignore case otherwise
    text = f"Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan tahun 2024. {told}"
    assert _rank(text, "Puskesmas Jembatan Kecil", 2024) == (None, None)


# -- "sebagai OPD dengan nilai tertinggi di Kota X": first among that government's own units --------------


@pytest.mark.parametrize(
    "told",
    [
        "Ombudsman memberi piagam bagi Dinas Sosial Kota Tual sebagai OPD dengan nilai tertinggi di Kota Tual yaitu "
        "71,20.",
        "Dinas Sosial Kota Tual menjadi unit layanan dengan skor tertinggi di lingkungan Pemerintah Kota Tual, yakni "
        "71,20.",
        "Dinas Sosial Kota Tual tercatat sebagai perangkat daerah dengan nilai terbaik se-Kota Tual dengan 71,20.",
    ],
    ids=["sebagai-opd-di-kota", "menjadi-unit-di-lingkungan", "perangkat-daerah-se-kota"],
)
def test_unit_best_in_its_own_government_is_first_without_scope(told):
    text = f"Ombudsman RI Perwakilan Maluku menyerahkan hasil penilaian penyelenggaraan pelayanan publik tahun 2022. {told}"
    # (the unit keeps the name it is written with before its government's: "Dinas Sosial")
    assert _rank(text, "Dinas Sosial", 2022) == (1, None)


# -- "yang nomor 1 itu X": first place said with a number but no rank word ---------------------------------


@pytest.mark.parametrize(
    "told",
    [
        "Yang nomor 1 itu Kota Tidore Kepulauan. Peringkat kedua itu Kabupaten Halmahera Barat.",
        "Nomor satu adalah Kota Tidore Kepulauan, peringkat kedua Kabupaten Halmahera Barat.",
        "Semua zona kuning, tetapi yang nomor satu yaitu kota Tidore Kepulauan. Peringkat kedua itu Kabupaten "
        "Halmahera Barat.",
    ],
    ids=["yang-nomor-1-itu", "nomor-satu-adalah", "tetapi-nomor-satu-yaitu-lower"],
)
def test_number_one_told_is_first(told):
    text = f"Ombudsman RI Perwakilan Maluku Utara merilis hasil penilaian kepatuhan tahun 2022. {told}"
    got = recs(text)
    assert got[("Kota Tidore Kepulauan", 2022)].rank == 1
    assert got[("Kabupaten Halmahera Barat", 2022)].rank == 2


def test_head_of_a_region_called_number_one_is_no_rank():
    text = (
        "Ombudsman RI Perwakilan Maluku Utara merilis hasil penilaian kepatuhan tahun 2022: Kota Tidore Kepulauan "
        "masuk zona hijau. Orang nomor satu di Kota Tidore Kepulauan itu berterima kasih."
    )
    assert recs(text)[("Kota Tidore Kepulauan", 2022)].rank is None


# -- "yang tertinggi dari seluruh kabupaten": first of the whole field ---------------------------------------


@pytest.mark.parametrize(
    "told,scope",
    [
        ("Nilai yang diraih Kabupaten Jombang adalah yang tertinggi dari seluruh kabupaten yang dinilai.", "nasional"),
        ("Kabupaten Jombang menjadi yang terbaik di antara seluruh kabupaten/kota di Jawa Timur.", "provinsi"),
        (
            "Dengan nilai 96,10, Kabupaten Jombang merupakan yang tertinggi dari semua kabupaten se-Jawa Timur.",
            "provinsi",
        ),
    ],
    ids=["dari-seluruh-kabupaten-dinilai", "di-antara-seluruh-di-jatim", "dari-semua-se-jatim"],
)
def test_highest_of_all_of_a_kind_is_first(told, scope):
    text = f"Ombudsman RI mengumumkan hasil survei kepatuhan standar pelayanan publik tahun 2019. {told}"
    assert _rank(text, "Kabupaten Jombang", 2019) == (1, scope)


# -- "kalah satu level dari X", "satu tingkat di bawah X": X is one place above ---------------------------


@pytest.mark.parametrize(
    "kind,told",
    [
        ("Polres", "Polres Seluma meraih nilai 86,10, kalah satu level dari Polres Kepahiang yang meraih nilai 88,20."),
        ("Polres", "Polres Seluma dengan nilai 86,10 terpaut satu peringkat dari Polres Kepahiang (88,20)."),
        (
            "Kabupaten",
            "Kabupaten Seluma dengan nilai 86,10 berada satu tingkat di bawah Kabupaten Kepahiang yang meraih "
            "nilai 88,20.",
        ),
    ],
    ids=["kalah-satu-level-dari", "terpaut-satu-peringkat-dari", "satu-tingkat-di-bawah"],
)
def test_one_place_above_a_second_is_first(kind, told):
    text = (
        f"{kind} Seluma dinobatkan sebagai terbaik kedua se-Provinsi Bengkulu dalam penilaian kepatuhan pelayanan "
        f"publik Ombudsman tahun 2022. {told} Di peringkat ketiga ada {kind} Lebong dengan nilai 85,30."
    )
    got = recs(text)
    assert got[(f"{kind} Seluma", 2022)].rank == 2
    assert got[(f"{kind} Kepahiang", 2022)].rank == 1


def test_one_level_short_without_a_place_told_is_no_rank():
    text = (
        "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian tahun 2022. Polres Seluma meraih nilai 86,10, "
        "kalah satu level dari Polres Kepahiang yang meraih nilai 88,20."
    )
    assert recs(text)[("Polres Kepahiang", 2022)].rank is None


# -- "Polres X Polda Y dinobatkan sebagai terbaik kedua se-Provinsi Y": the place is the Polres', not Polda Y's --


@pytest.mark.parametrize(
    "told,rank",
    [
        ("Polres Kaur Polda Bengkulu dinobatkan sebagai terbaik kedua se-Provinsi Bengkulu.", 2),
        ("Polres Kaur Polda Bengkulu meraih peringkat kedua se-Provinsi Bengkulu dengan nilai 86,74.", 2),
        ("Pada penilaian itu Polres Kaur Polda Bengkulu berada di peringkat ketiga.", 3),
    ],
    ids=["dinobatkan-terbaik-kedua", "meraih-peringkat-kedua", "berada-di-peringkat-ketiga"],
)
def test_police_office_named_with_its_polda_holds_the_place(told, rank):
    text = f"Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian pelayanan publik tahun 2022. {told}"
    got = recs(text)
    assert got[("Polres Kaur", 2022)].rank == rank
    assert ("Provinsi Bengkulu", 2022) not in got


# -- "meraih predikat terbaik se-Jawa Timur", "Pemkab X Terbaik Se-Jatim": first in the province's set -------


@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Jombang Terbaik Se-Jatim dalam Penilaian Kepatuhan Ombudsman\nOmbudsman RI mengumumkan hasil "
        "penilaian kepatuhan tahun 2019. Kabupaten Jombang meraih nilai 96,10.",
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2019. Kabupaten Jombang meraih predikat terbaik "
        "se-Jawa Timur dengan nilai 96,10.",
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2019. Kabupaten Jombang menerima penghargaan "
        "terbaik tingkat provinsi dengan nilai 96,10.",
    ],
    ids=["headline-terbaik-se", "meraih-predikat-terbaik-se", "menerima-penghargaan-terbaik-tingkat-provinsi"],
)
def test_best_of_a_provinces_set_is_first(text):
    assert _rank(text, "Kabupaten Jombang", 2019) == (1, "provinsi")


@pytest.mark.parametrize(
    "told",
    [
        "Kabupaten Jombang meraih nilai 88,10 dan menerima penghargaan terbaik di bidang perizinan dari gubernur.",
        "Kabupaten Jombang meraih nilai 88,10 dan meraih predikat terbaik tingkat kecamatan untuk layanan posyandu.",
    ],
    ids=["di-bidang", "tingkat-kecamatan"],
)
def test_best_award_in_a_field_written_in_lower_case_is_no_place(told):
    # the set after "se-"/"di"/"tingkat" is a place written with a capital (or "provinsi", "nasional")
    text = f"Ombudsman RI Perwakilan Jawa Timur menyerahkan hasil penilaian kepatuhan tahun 2024. {told}"
    assert _rank(text, "Kabupaten Jombang", 2024) == (None, None)


def test_highest_level_of_the_graded_scale_is_no_place():
    text = (
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2023. Kabupaten Jombang meraih predikat kepatuhan "
        "tertinggi se-Indonesia."
    )
    rec = recs(text)[("Kabupaten Jombang", 2023)]
    assert (rec.rank, rec.opinion) == (None, "kualitas tertinggi")


def test_headline_naming_the_award_gives_no_place():
    text = (
        "Ombudsman Anugerahkan Predikat Pelayanan Publik Terbaik Se-Jatim\nOmbudsman RI mengumumkan hasil penilaian "
        "kepatuhan tahun 2019. Kabupaten Jombang meraih nilai 96,10."
    )
    assert recs(text)[("Kabupaten Jombang", 2019)].rank is None
