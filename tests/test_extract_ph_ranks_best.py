"""First and last places: "kedua terbaik di X", "menjadi yang terbaik" after the field counted, a
category's nominees, the lowest of a field counted in the sentence, "dinobatkan sebagai ... terbaik" then
"diikuti oleh", first place said without a rank word ("posisi puncak", then "diikuti" the next place).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- first and last places: "kedua terbaik di X", "menjadi yang terbaik" after the field counted, the best of
# -- a category's nominees, the lowest of a field counted in the sentence ------------------------------------

RANKS = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2021 di Jakarta. "


@pytest.mark.parametrize(
    "sentence, rank, scope",
    [
        (
            "Kabupaten Lahat meraih predikat kepatuhan tinggi kedua terbaik di Provinsi Sumatera Selatan dengan nilai 87,63.",
            2,
            "provinsi",
        ),
        ("Dengan nilai 87,63, Kabupaten Lahat tercatat ketiga tertinggi se-Sumsel.", 3, "provinsi"),
        (
            "Kabupaten Lahat memperoleh nilai 87,63 atau kedua terbaik di Indonesia untuk kategori kabupaten.",
            2,
            "nasional",
        ),
    ],
    ids=[
        "kabupaten-lahat-meraih-predikat-kepatuhan",
        "dengan-nilai-87-63-kabupaten",
        "kabupaten-lahat-memperoleh-nilai-87",
    ],
)
def test_ordinal_before_best_with_its_field(sentence, rank, scope):
    r = recs(RANKS + sentence)[("Kabupaten Lahat", 2021)]
    assert (r.rank, r.rank_scope) == (rank, scope)


@pytest.mark.parametrize(
    "sentence, scope",
    [
        (
            "Dari 17 kabupaten/kota di Sumsel yang dinilai, Kabupaten Lahat menjadi yang terbaik dengan nilai 87,63.",
            "provinsi",
        ),
        (
            "Di antara sembilan kabupaten di Bengkulu, Kabupaten Lahat menjadi yang tertinggi dengan nilai 87,63.",
            "provinsi",
        ),
        (
            "Dari 416 kabupaten yang dinilai secara nasional, Kabupaten Lahat menjadi yang terbaik dengan nilai 87,63.",
            "nasional",
        ),
    ],
    ids=["dari-17-kabupaten-kota-di", "di-antara-sembilan-kabupaten-di", "dari-416-kabupaten-yang-dinilai"],
)
def test_best_with_the_field_counted_before(sentence, scope):
    r = recs(RANKS + sentence)[("Kabupaten Lahat", 2021)]
    assert (r.rank, r.rank_scope) == (1, scope)


def test_best_among_nominees():
    text = RANKS + (
        "Dengan total nilai 97,16, Kota Palembang meraih nilai tertinggi dari 3 (tiga) nominator pada kategori "
        "pemerintah kota kepatuhan tinggi di Indonesia."
    )
    r = recs(text)[("Kota Palembang", 2021)]
    assert (r.rank, r.rank_scope) == (1, "nasional")


@pytest.mark.parametrize(
    "sentence, rank",
    [
        (
            "Dari tujuh kabupaten di Sumsel, Kabupaten Lahat termasuk kabupaten dengan tingkat kepatuhan paling rendah dengan nilai 44,10.",
            7,
        ),
        ("Dari 12 kabupaten/kota di Sumsel, nilai terendah diraih Kabupaten Lahat yakni 44,10.", 12),
    ],
    ids=["dari-tujuh-kabupaten-di-sumsel", "dari-12-kabupaten-kota-di"],
)
def test_lowest_of_a_field_counted_in_the_sentence(sentence, rank):
    r = recs(RANKS + sentence)[("Kabupaten Lahat", 2021)]
    assert (r.rank, r.rank_scope) == (rank, "provinsi")


@pytest.mark.parametrize(
    "sentence",
    [
        # a count that is no ordinal, a part of the field told by its label or referred back to, no count at all
        "Kabupaten Lahat meraih nilai 87,63 dan masuk tiga terbaik se-Sumsel.",
        "Dari 11 kabupaten kota yang masuk zona kuning, nilai paling rendah diberikan kepada Kabupaten Lahat, yakni 44,10.",
        "Delapan pemda masuk zona merah. Dari delapan pemda itu, yang paling rendah adalah Kabupaten Lahat dengan nilai 44,10.",
        "Kabupaten Lahat menjadi yang terbaik dengan nilai 87,63.",
        "Kabupaten Lahat meraih nilai 44,10, paling rendah di antara daerah lain.",
    ],
    ids=[
        "kabupaten-lahat-meraih-nilai-87",
        "dari-11-kabupaten-kota-yang",
        "delapan-pemda-masuk-zona-merah",
        "kabupaten-lahat-menjadi-yang-terbaik",
        "kabupaten-lahat-meraih-nilai-44",
    ],
)
def test_best_and_lowest_look_alikes_give_no_rank(sentence):
    r = recs(RANKS + sentence)[("Kabupaten Lahat", 2021)]
    assert r.rank is None


# -- "dinobatkan sebagai daerah dengan ... terbaik", then "diikuti oleh" and lone "Lalu ..." sentences -----------

BENGKULU = "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik tahun 2024. "


@pytest.mark.parametrize(
    "first",
    [
        "Kabupaten Kaur dinobatkan sebagai kabupaten dengan mutu layanan publik terbaik dengan nilai 94,82",
        "Kabupaten Kaur terpilih sebagai kabupaten dengan nilai kepatuhan tertinggi, yakni 94,82",
        "Kabupaten Kaur keluar sebagai yang terbaik dengan nilai 94,82",
    ],
    ids=[
        "kabupaten-kaur-dinobatkan-sebagai-kabupaten",
        "kabupaten-kaur-terpilih-sebagai-kabupaten",
        "kabupaten-kaur-keluar-sebagai-yang",
    ],
)
def test_declared_best_then_successors(first):
    text = BENGKULU + (
        first + ", diikuti oleh Kabupaten Lebong dengan nilai 93,60. Lalu Kabupaten Seluma dengan nilai 91,25. "
        "Kemudian, Kepahiang 89,90, Kota Bengkulu 87,15 dan Bengkulu Utara 85,03."
    )
    got = {e: r.rank for (e, _), r in recs(text).items()}
    assert got == {
        "Kabupaten Kaur": 1,
        "Kabupaten Lebong": 2,
        "Kabupaten Seluma": 3,
        "Kabupaten Kepahiang": None,
        "Kota Bengkulu": None,
        "Kabupaten Bengkulu Utara": None,
    }


def test_then_sentence_without_a_score_takes_no_place():
    text = BENGKULU + (
        "Kabupaten Kaur dinobatkan sebagai daerah dengan pelayanan terbaik dengan nilai 94,82, diikuti oleh Kabupaten "
        "Lebong dengan nilai 93,60. Lalu Ombudsman juga memberi catatan kepada Kabupaten Seluma yang meraih zona hijau."
    )
    got = recs(text)
    assert got[("Kabupaten Seluma", 2024)].rank is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Kaur bertekad dinobatkan sebagai daerah dengan pelayanan terbaik tahun depan, kini nilainya 94,82.",
        "Kabupaten Kaur meraih nilai 94,82, dan ingin terpilih sebagai kabupaten dengan pelayanan terbaik.",
    ],
    ids=["pemkab-kaur-bertekad-dinobatkan-sebagai", "kabupaten-kaur-meraih-nilai-94"],
)
def test_declared_best_as_a_wish_gives_no_rank(sentence):
    assert recs(BENGKULU + sentence)[("Kabupaten Kaur", 2024)].rank is None


# -- first place said without a rank word ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, scope",
    [
        ("Kabupaten Lahat meraih nilai 90,10 sekaligus menjadi nomor satu di Sumatera Selatan.", "provinsi"),
        ("Kabupaten Lahat memuncaki penilaian tahun ini dengan nilai 90,10.", None),
        ("Dengan nilai 90,10, Kabupaten Lahat bertengger di puncak secara nasional.", "nasional"),
    ],
    ids=[
        "kabupaten-lahat-meraih-nilai-90",
        "kabupaten-lahat-memuncaki-penilaian-tahun",
        "dengan-nilai-90-10-kabupaten",
    ],
)
def test_first_place_without_a_rank_word(sentence, scope):
    r = recs(RANKS + sentence)[("Kabupaten Lahat", 2021)]
    assert (r.rank, r.rank_scope) == (1, scope)


def test_posisi_puncak_is_first_and_diikuti_the_next_place():
    r = recs(
        "Ombudsman RI Perwakilan NTB menyampaikan hasil Penilaian Kepatuhan 2024. Kota Bima berada di posisi "
        "puncak dengan nilai 93,11, diikuti Kabupaten Dompu dengan 91,80. Sekda menyebut semua OPD berada di "
        "posisi tertinggi."
    )
    assert {k: v.rank for k, v in r.items()} == {("Kota Bima", 2024): 1, ("Kabupaten Dompu", 2024): 2}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Lahat meraih nilai 90,10; pelayanan publik menjadi prioritas nomor satu bupati.",
        "Kabupaten Lahat meraih nilai 90,10 dan ingin memuncaki penilaian tahun depan.",
    ],
    ids=["kabupaten-lahat-meraih-nilai-90-1", "kabupaten-lahat-meraih-nilai-90-2"],
)
def test_first_place_without_a_rank_word_look_alikes(sentence):
    assert recs(RANKS + sentence)[("Kabupaten Lahat", 2021)].rank is None


# -- "X menjadi yang terburuk" among a field counted once ("survei di 13 Polres"): the last place ---------

SUMUT_POLRES = (
    "Ombudsman RI Perwakilan Sumatera Utara menyerahkan hasil survei kepatuhan tahun 2019 {field}. "
    "Dari survei itu, Polres Nias Selatan {said} dengan skor 48,20 dan masuk zona merah."
)


@pytest.mark.parametrize("field", ["di 13 Polres di Sumut", "terhadap 13 polres", "dari 13 Polres se-Sumut"])
@pytest.mark.parametrize("said", ["menjadi yang terburuk", "menjadi yang paling rendah", "jadi yang terendah"])
def test_the_worst_of_a_counted_field_is_last(field, said):
    r = recs(SUMUT_POLRES.format(field=field, said=said))
    rec = r[("Polres Nias Selatan", 2019)]
    assert (rec.rank, rec.rank_scope, rec.score) == (13, "provinsi", 48.2)


def test_the_worst_without_a_count_is_no_rank():
    # look-alike: no field counted anywhere (DECISIONS.md "Ranks")
    r = recs(SUMUT_POLRES.format(field="di sejumlah Polres", said="menjadi yang terburuk"))
    assert r[("Polres Nias Selatan", 2019)].rank is None


# -- the highest score among ministries, the field written later in the sentence: first nationally ----------

KEMENLU = "Ombudsman RI memberikan penghargaan kepatuhan tinggi kepada Kementerian Luar Negeri (Kemenlu) pada 2019. "


@pytest.mark.parametrize(
    "said",
    [
        "Kemenlu berhasil meraih nilai tertinggi dalam kategori kepatuhan tinggi pelayanan publik oleh kementerian.",
        "Kemenlu meraih nilai tertinggi di antara seluruh kementerian yang dinilai.",
        "Menurutnya Kemenlu memperoleh nilai tertinggi untuk kategori kementerian/lembaga.",
    ],
    ids=["oleh", "di-antara", "kategori"],
)
def test_the_highest_among_ministries_is_first_nationally(said):
    rec = recs(KEMENLU + said)[("Kementerian Luar Negeri", 2019)]
    assert (rec.rank, rec.rank_scope) == (1, "nasional")


def test_a_ministry_named_as_a_speakers_office_compares_nothing():
    # look-alike: "kementerian" after a comma names whose official spoke, not a field
    rec = recs(
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2019. Kemenlu meraih nilai tertinggi dengan skor "
        "91,20, kata pejabat kementerian itu."
    )
    assert rec[("Kementerian Luar Negeri", 2019)].rank is None


def test_the_highest_among_a_towns_offices_is_not_national():
    # look-alike: "lembaga" alone may be any office of a government
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023 kepada Pemkot Mataram. Puskesmas Ampenan "
        "meraih nilai tertinggi di antara lembaga layanan di Kota Mataram dengan nilai 95,10."
    )
    assert recs(text)[("Puskesmas Ampenan", 2023)].rank_scope != "nasional"


# -- A top score told on with the next one ("X memperoleh nilai tertinggi dengan 90,92. Selanjutnya Y dengan nilai
# 90,64"): the ranking goes on, so X is first.

LEAD = "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2022 bagi pemerintah daerah di Kepulauan Riau. "


@pytest.mark.parametrize(
    "rest",
    [
        "Kabupaten Bintan mendapat nilai tertinggi dengan 91,05. Selanjutnya Kota Batam dengan nilai 89,40.",
        "Kabupaten Bintan meraih nilai tertinggi yakni 91,05; berikutnya Kota Batam memperoleh skor 89,40.",
    ],
    ids=["selanjutnya", "berikutnya"],
)
def test_a_top_score_told_on_with_the_next_one_is_first(rest):
    got = recs(LEAD + rest)
    assert got[("Kabupaten Bintan", 2022)].rank == 1, got
    assert got[("Kota Batam", 2022)].rank is None


def test_a_later_step_without_a_score_is_no_ranking():
    # look-alike: "Selanjutnya" opens what the office will do, no next score
    got = recs(LEAD + "Kabupaten Bintan mendapat nilai tertinggi dengan 91,05. Selanjutnya Ombudsman akan memantau.")
    assert got[("Kabupaten Bintan", 2022)].rank is None, got
