"""Scores and ranks on matched records, phenomena of the blind-annotated real articles (batches 1-16), in our
own sentences (real kinds of facts, invented wording); each tried in several phrasings, with look-alikes that
must not fire. Labels and years: test_extract_real15_labels.py; officials: test_extract_real15_officials.py."""

import pytest

from extract_helpers import recs

HEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2023. "

# -- a split decimal ("84, 46") after "yakni"/"yaitu" in a sentence that speaks of a score ------------------


@pytest.mark.parametrize(
    "sentence, score",
    [
        ("Kabupaten Lahat meraih nilai tinggi kepatuhan yakni, 97, 36 dan masuk zona hijau.", 97.36),
        ("Kabupaten Lahat memperoleh angka kepatuhan yaitu 88, 12.", 88.12),
        ("Skor Kabupaten Lahat tahun ini adalah 79, 05.", 79.05),
    ],
)
def test_split_decimal_after_yakni_in_a_scored_sentence(sentence, score):
    got = recs(HEAD + sentence)
    assert got[("Kabupaten Lahat", 2023)].score == score


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai tersebut melampaui capaian tahun sebelumnya yaitu 84, 46.",
        "Penilaian itu lebih tinggi daripada tahun sebelumnya, yakni 84, 46.",
    ],
)
def test_split_decimal_after_yakni_for_the_year_before(sentence):
    got = recs(HEAD + "Nilai Kabupaten Lahat tahun 2023 sebesar 95,95. " + sentence)
    assert got[("Kabupaten Lahat", 2023)].score == 95.95
    assert got[("Kabupaten Lahat", 2022)].score == 84.46


@pytest.mark.parametrize(
    "sentence",
    [
        # a list of numbers, a date, and no score noun in the sentence
        "Nilai Kabupaten Lahat masuk zona hijau, peringkatnya dalam tiga tahun yakni 12, 15 dan 20.",
        "Penilaian di Kabupaten Lahat masuk zona hijau dan dilakukan dua tahap, yakni 12, 15 Oktober.",
        "Kabupaten Lahat masuk zona hijau dan dikunjungi tim sebanyak dua kali, yaitu 12, 14 orang.",
    ],
)
def test_split_decimal_after_yakni_look_alikes(sentence):
    got = recs(HEAD + sentence)
    assert got[("Kabupaten Lahat", 2023)].score is None


# -- a claim, then a clause printing the band ("..., dari rentang 81 sampai 100"): the claim holds ---------

BANDED = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2018 kepada Pemkab Lahat. "


@pytest.mark.parametrize(
    "sentence, score, zone",
    [
        (
            "Kabupaten Lahat kini berada di zona hijau dengan nilai yang lumayan tinggi 88,62, dari rentang 81 sampai 100.",
            88.62,
            "hijau",
        ),
        ("Kabupaten Lahat masuk zona kuning dengan nilai 66,20 (kisaran nilai zona kuning 51-80).", 66.2, "kuning"),
        ("Kabupaten Lahat memperoleh skor 84,05, yang berada di interval 81-100.", 84.05, None),
    ],
)
def test_claim_before_the_band_clause_holds(sentence, score, zone):
    got = recs(BANDED + sentence)
    r = got[("Kabupaten Lahat", 2018)]
    assert (r.score, r.zone) == (score, zone)


def test_claim_before_the_band_clause_continues_the_subject():
    got = recs(
        BANDED
        + "Kabupaten Lahat tahun lalu di zona kuning. Kini masuk zona hijau dengan nilai 90,71, dari rentang 81 sampai 100."
    )
    assert (got[("Kabupaten Lahat", 2018)].score, got[("Kabupaten Lahat", 2018)].zone) == (90.71, "hijau")


@pytest.mark.parametrize(
    "sentence",
    [
        # the legend's own colour after the claim's clause, and a colour said after an office's place
        "Kabupaten Lahat meraih nilai 92,10; zona kuning berada pada rentang 51-80.",
        "Kepala Ombudsman Sumsel, Budi Hartono, menjelaskan bahwa zona kuning berarti nilai kepatuhan sedang, "
        "yakni di angka 51,00 sampai 80,99.",
    ],
)
def test_band_clause_look_alikes_give_no_zone(sentence):
    got = recs(BANDED + "Kabupaten Lahat meraih nilai 92,10. " + sentence)
    assert all(r.zone is None for r in got.values()), got


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
)
def test_first_place_without_a_rank_word(sentence, scope):
    r = recs(RANKS + sentence)[("Kabupaten Lahat", 2021)]
    assert (r.rank, r.rank_scope) == (1, scope)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Lahat meraih nilai 90,10; pelayanan publik menjadi prioritas nomor satu bupati.",
        "Kabupaten Lahat meraih nilai 90,10 dan ingin memuncaki penilaian tahun depan.",
    ],
)
def test_first_place_without_a_rank_word_look_alikes(sentence):
    assert recs(RANKS + sentence)[("Kabupaten Lahat", 2021)].rank is None
