"""Awards: the winner of an award category is first, an award without a value gives no record,
"anugerah serupa" carries the labels last given, and "melakukan hal serupa" (the same done) carries none;
another award or index named beside the assessment (WTP, SAKIP) leaves the assessment's values its own.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_SURVEY, assert_record_fields, recs


# -- "predikat kepatuhan tertinggi kategori kabupaten diraih X": first place of its field ------------


@pytest.mark.parametrize(
    "phrase, year, opinion",
    [
        (
            "secara nasional yang mendapat predikat kepatuhan tertinggi kategori kabupaten diraih Kabupaten Kuningan",
            2018,
            None,
        ),
        (
            "secara nasional predikat kepatuhan terbaik untuk kategori kabupaten diraih oleh Kabupaten Kuningan",
            2018,
            None,
        ),
        ("secara nasional nilai tertinggi tingkat kabupaten dicapai Kabupaten Kuningan", 2019, None),
    ],
    ids=[
        "secara-nasional-yang-mendapat-predikat",
        "secara-nasional-predikat-kepatuhan-terbaik",
        "secara-nasional-nilai-tertinggi-tingkat",
    ],
)
def test_top_of_a_national_category(phrase, year, opinion):
    text = OMB_SURVEY.format(prov="Jawa Barat", year=year) + f"Ia menambahkan, {phrase} dengan nilai 98,74."
    rec = recs(text)[("Kabupaten Kuningan", year)]
    assert (rec.rank, rec.rank_scope, rec.opinion, rec.score) == (1, "nasional", opinion, 98.74)


@pytest.mark.parametrize(
    "year, opinion",
    [(2018, None), (2021, None), (2023, "kualitas tertinggi")],
    ids=["2018", "2021", "kualitas-tertinggi"],
)
def test_kepatuhan_tertinggi_is_an_opinion_only_in_graded_years(year, opinion):
    text = OMB_SURVEY.format(prov="Jawa Barat", year=year) + "Kabupaten Kuningan meraih predikat kepatuhan tertinggi."
    rec = recs(text).get(("Kabupaten Kuningan", year))  # before 2022 it states no value: no record (RECORDS.md)
    assert (rec.opinion if rec else None) == opinion
    assert rec is not None or opinion is None


# -- "melakukan hal serupa": the same done, not the same labels got ------------------------------------------

LINGGA = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Kabupaten Lingga masuk kategori B dengan "
    "opini kualitas tinggi. "
)


@pytest.mark.parametrize(
    "said",
    [
        "Selain menilai pemerintah daerah, Ombudsman juga melakukan hal serupa pada Kementerian Agama dan Badan "
        "Pengusahaan (BP) Batam.",
        "Penilaian yang sama juga dilakukan pada Kementerian Agama di Kepri.",
    ],
    ids=["hal-serupa", "penilaian-yang-sama"],
)
def test_the_same_done_gives_no_labels(said):
    assert set(recs(LINGGA + said)) == {("Kabupaten Lingga", 2022)}


def test_the_same_got_gives_the_labels():
    got = recs(LINGGA + "Kota Batam meraih predikat yang sama.")
    assert (got[("Kota Batam", 2022)].grade, got[("Kota Batam", 2022)].opinion) == ("B", "kualitas tinggi")


# -- a record states a value: an award without one ("predikat kepatuhan tertinggi" before 2022) gives none --


@pytest.mark.parametrize(
    "sentence",
    [
        "Kategori kepatuhan tertinggi lembaga diterima Badan Narkotika Nasional.",
        "Pemprov Sulawesi Selatan mendapatkan predikat implementasi kepatuhan tertinggi.",
        "Kategori lokus baru kepatuhan terbaik diraih Pemkab Belitung Timur.",
    ],
    ids=["category-lembaga", "implementasi", "lokus-baru"],
)
def test_an_award_without_a_value_gives_no_record(sentence):
    got = recs("Ombudsman RI menganugerahkan predikat kepatuhan tahun 2017. " + sentence)
    assert all(r.score is not None or r.rank is not None or r.zone or r.grade or r.opinion for r in got.values()), got
    assert not any(
        e in ("Badan Narkotika Nasional", "Provinsi Sulawesi Selatan", "Kabupaten Belitung Timur") and r.rank is None
        for (e, _), r in got.items()
    )


# -- the winner of an award category ("Kepatuhan tertinggi Pemerintah Kota diterima Pemkot X") is first ---

AWARDS = "Ombudsman RI memberikan predikat kepatuhan tahun 2018 kepada sejumlah instansi dalam beberapa kategori. "


@pytest.mark.parametrize(
    "sentence, entity, scope",
    [
        ("Kategori kepatuhan tertinggi Pemerintah Kabupaten diterima Pemkab Ciamis.", "Kabupaten Ciamis", None),
        ("Kepatuhan tertinggi pemerintah kota diterima oleh Pemkot Bitung.", "Kota Bitung", None),
        (
            "Kategori Kepatuhan Tertinggi Lembaga diterima LKPP, dan kategori lain menyusul.",
            "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah",
            "nasional",
        ),
        (
            "Kepatuhan tertinggi kementerian diterima oleh Kementerian Perhubungan.",
            "Kementerian Perhubungan",
            "nasional",
        ),
        (
            "Dari 107 pemerintah kabupaten yang disurvei, predikat kepatuhan tertinggi diraih oleh Kabupaten Kediri.",
            "Kabupaten Kediri",
            "nasional",
        ),
    ],
    ids=["kabupaten", "kota", "lembaga", "kementerian", "of-107-surveyed"],
)
def test_the_winner_of_an_award_category_is_first(sentence, entity, scope):
    rec = recs(AWARDS + sentence)[(entity, 2018)]
    assert (rec.rank, rec.rank_scope) == (1, scope)


@pytest.mark.parametrize(
    "sentence",
    [
        "Predikat kepatuhan tertinggi diraih oleh Kabupaten Ciamis dan Kota Bitung dengan nilai 99,10.",  # shared
        "Kabupaten Ciamis dan Kota Bitung meraih predikat kepatuhan tinggi dengan nilai 99,10.",
        "Predikat kepatuhan tertinggi diraih oleh lima kabupaten, antara lain Kabupaten Ciamis dengan nilai 99,10.",
    ],
    ids=["two-winners", "tinggi-not-tertinggi", "five-winners"],
)
def test_no_first_place_without_a_single_winner(sentence):
    got = recs(AWARDS + sentence)
    assert all(r.rank is None for r in got.values())


# -- "anugerah serupa", "piagam serupa", "sertifikat yang sama" carry the labels last given ----------------


@pytest.mark.parametrize(
    "award",
    ["anugerah serupa", "piagam serupa", "sertifikat yang sama"],
    ids=["anugerah-serupa", "piagam-serupa", "sertifikat-sama"],
)
def test_the_same_award_carries_the_labels_last_given(award):
    got = recs(
        "Ombudsman RI memberikan Anugerah Kepatuhan 2018. Kementerian Keuangan mendapat predikat kepatuhan tinggi "
        f"atau masuk zona hijau. Kementerian lain yang mendapat {award}, yakni Kementerian Pertahanan dan "
        "Kementerian Perhubungan."
    )
    for e in ("Kementerian Keuangan", "Kementerian Pertahanan", "Kementerian Perhubungan"):
        assert (got[(e, 2018)].zone, got[(e, 2018)].opinion) == ("hijau", "kepatuhan tinggi")


def test_an_award_of_another_kind_carries_nothing():
    got = recs(
        "Ombudsman RI memberikan Anugerah Kepatuhan 2018. Kementerian Keuangan mendapat predikat kepatuhan tinggi "
        "atau masuk zona hijau. Kementerian Pertahanan mendapat anugerah lain dari KemenPAN-RB."
    )
    assert ("Kementerian Pertahanan", 2018) not in got


# -- an award "also given" to other named governments gives each the labels it stands for -------------


@pytest.mark.parametrize(
    "also",
    [
        "Selain Kabupaten Gresik, penghargaan hasil penilaian kepatuhan tahun 2021 ini juga diberikan kepada "
        "Pemerintah Kota Madiun, Pemkot Batu dan Pemkab Pacitan.",
        "Penghargaan yang diserahkan di Surabaya itu juga diterima oleh Kota Madiun, Kota Batu serta Kabupaten Pacitan.",
        "Kota Madiun, Kota Batu dan Kabupaten Pacitan juga menerima penghargaan tersebut.",
        "Kota Madiun, Kota Batu dan Kabupaten Pacitan turut menerima predikat serupa.",
    ],
    ids=["juga-diberikan-kepada", "juga-diterima-oleh", "juga-menerima-tersebut", "turut-menerima-serupa"],
)
def test_an_award_also_given_to_others_gives_them_its_labels(also):
    got = recs(
        "Ombudsman RI memberikan penghargaan kepada Pemerintah Kabupaten Gresik dalam kategori zona hijau "
        f"predikat kepatuhan tinggi tahun 2021 dengan nilai kepatuhan 90,11. {also}"
    )
    assert got[("Kabupaten Gresik", 2021)].score == 90.11
    for e in ("Kota Madiun", "Kota Batu", "Kabupaten Pacitan"):
        r = got[(e, 2021)]
        assert (r.zone, r.opinion, r.score, r.rank) == ("hijau", "kepatuhan tinggi", None, None)


def test_results_also_handed_to_others_give_them_no_labels():
    got = recs(
        "Ombudsman RI memberikan penghargaan kepada Pemerintah Kabupaten Gresik dalam kategori zona hijau "
        "predikat kepatuhan tinggi tahun 2021 dengan nilai kepatuhan 90,11. Hasil penilaian itu juga diberikan "
        "kepada Kota Madiun dan Kabupaten Pacitan untuk ditindaklanjuti."
    )
    assert ("Kota Madiun", 2021) not in got and ("Kabupaten Pacitan", 2021) not in got


# -- another award or index in the same sentence (BPK's WTP opinion, a SAKIP value): the assessment's own
# -- zone and score stay with it, and the other award's value is not the assessment's ---------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "MARTAPURA - Pemkab Tanah Laut kembali meraih opini WTP dari BPK. Selain WTP, pada Penilaian "
            "Kepatuhan Penyelenggaraan Pelayanan Publik Ombudsman RI tahun 2023, Kabupaten Tanah Laut masuk "
            "zona hijau dengan nilai 86,75.",
            {("Kabupaten Tanah Laut", 2023): {"score": 86.75, "zone": "hijau"}},
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kabupaten Tanah Laut meraih nilai "
            "SAKIP 78,50, sedangkan pada penilaian Ombudsman memperoleh nilai 86,75.",
            {("Kabupaten Tanah Laut", 2023): {"score": 86.75}},
        ),
    ],
    ids=["wtp-named-beside", "sakip-value-beside"],
)
def test_another_award_beside_the_assessment_leaves_it_its_own_values(text, expected):
    assert_record_fields(text, expected)


# -- other governments' awards listed after the assessment (KUR, TPID, UKS) give no ranks ---------------


@pytest.mark.parametrize(
    "other",
    [
        "Kabupaten Klungkung juga dinobatkan sebagai penyalur Kredit Usaha Rakyat (KUR) terbaik satu nasional.",
        "Selain itu Kabupaten Klungkung menjadi juara pertama nasional penyaluran KUR di luar Jawa.",
        "Kabupaten Klungkung pun meraih peringkat 1 nasional TPID berprestasi tahun ini.",
        "Tim Pengendalian Inflasi Daerah Kabupaten Klungkung menempati peringkat kedua nasional.",
    ],
    ids=["kur-terbaik-satu", "kur-juara-pertama", "tpid-peringkat-1", "pengendalian-inflasi-kedua"],
)
def test_another_awards_place_is_no_rank(other):
    text = (
        "Pemkab Klungkung menerima penghargaan Kepatuhan Standar Pelayanan Publik 2018 yang diberikan Ombudsman RI "
        f"dengan nilai 84,10 atau zona hijau. {other}"
    )
    rec = recs(text)[("Kabupaten Klungkung", 2018)]
    assert (rec.score, rec.zone, rec.rank) == (84.1, "hijau", None)


@pytest.mark.parametrize(
    "other",
    [
        "Juara satu Usaha Kesehatan Sekolah (UKS) tingkat nasional diraih SMPN 2 Klungkung.",
        "SMPN 2 Klungkung menjadi juara pertama lomba UKS tingkat nasional.",
        "Kredit Usaha Rakyat terbaik nasional disalurkan lewat Bank BPD Klungkung.",
    ],
    ids=["uks-juara-satu", "uks-juara-pertama", "kur-bank"],
)
def test_a_school_winning_another_award_is_none_of_the_groups_holding_the_assessment(other):
    text = (
        "Pemkab Klungkung meraih penghargaan Kepatuhan Standar Pelayanan Publik 2018 yang diberikan Ombudsman RI "
        "dengan nilai 84,10 zona hijau. Selain Pemkab Klungkung, sebanyak 60 pemkab, 18 pemkot dan satu "
        f"lembaga turut mendapat penghargaan yang sama dari Ombudsman RI. {other}"
    )
    found = recs(text)
    assert [k for k in found if k[0] != "Kabupaten Klungkung"] == []
    assert found[("Kabupaten Klungkung", 2018)].rank is None


def test_a_government_named_after_the_same_award_still_holds_it():
    text = (
        "Pemkab Klungkung meraih penghargaan Kepatuhan Standar Pelayanan Publik 2018 yang diberikan Ombudsman RI "
        "dengan nilai 84,10 zona hijau. Penghargaan yang sama juga diberikan kepada Kabupaten Badung "
        "dari Ombudsman RI."
    )
    assert recs(text)[("Kabupaten Badung", 2018)].zone == "hijau"
