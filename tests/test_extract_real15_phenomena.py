"""Values on matched records and officials, phenomena of the blind-annotated real articles, in our own
sentences (real kinds of facts, invented wording); each tried in several phrasings, with look-alikes
that must not fire."""

import pytest

from extract.pipeline import extract_article
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
            "Kabupaten Lahat kini masuk zona hijau dengan nilai yang cukup tinggi 90,71, dari rentang 81 sampai 100.",
            90.71,
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


# -- a counted group given labels, then restated with its zone only and its members listed over sentences, or
# -- glossed in the next sentence ("Artinya, tingkat kepatuhannya sedang") ---------------------------------

SURVEY = "Ombudsman RI merilis hasil survei kepatuhan standar pelayanan publik tahun 2018 di Provinsi Maluku. "
FIVE_RED = (
    "Lima pemda masuk zona merah dengan tingkat kepatuhan rendah. Kabupaten Buru Selatan masuk zona kuning dengan "
    "tingkat kepatuhan sedang. Lima pemda yang masuk zona merah itu adalah Kabupaten Seram Bagian Timur (40,10), "
    "Kabupaten Kepulauan Aru (38,55).\nKabupaten Maluku Barat Daya (35,20), Kabupaten Buru (30,05) dan Kota Tual (22,40)."
)
RED = {
    "Kabupaten Seram Bagian Timur",
    "Kabupaten Kepulauan Aru",
    "Kabupaten Maluku Barat Daya",
    "Kabupaten Buru",
    "Kota Tual",
}


def test_restated_group_listed_over_two_sentences_takes_the_opinion():
    got = recs(SURVEY + FIVE_RED)
    assert {e for (e, _), r in got.items() if r.opinion == "kepatuhan rendah" and r.zone == "merah"} == RED
    assert got[("Kabupaten Buru Selatan", 2018)].opinion == "kepatuhan sedang"


def test_restated_group_with_one_member_too_many_takes_nothing():
    text = SURVEY + FIVE_RED.replace("dan Kota Tual (22,40).", "Kota Tual (22,40) dan Kota Ambon (20,10).")
    got = recs(text)
    assert all(r.opinion is None for (e, _), r in got.items() if e in RED | {"Kota Ambon"}), got


@pytest.mark.parametrize(
    "gloss, opinion",
    [
        ("Artinya, tingkat kepatuhannya masuk dalam kategori sedang.", "kepatuhan sedang"),
        ("Hal ini berarti kepatuhan mereka berada pada kategori sedang.", "kepatuhan sedang"),
    ],
)
def test_gloss_sentence_adds_the_opinion_to_the_group(gloss, opinion):
    text = SURVEY + (
        "Tiga kabupaten/kota lainnya masuk dalam kategori zona kuning. " + gloss + " Sedangkan 3 pemkab/pemkot yang "
        "masuk dalam zona kuning adalah Kabupaten Buru (63,14), Kota Tual (54,03) dan Kabupaten Kepulauan Aru (58,39)."
    )
    got = recs(text)
    assert {e for (e, _), r in got.items() if r.zone == "kuning" and r.opinion == opinion} == {
        "Kabupaten Buru",
        "Kota Tual",
        "Kabupaten Kepulauan Aru",
    }


def test_gloss_must_open_the_next_sentence():
    text = SURVEY + (
        "Tiga kabupaten/kota lainnya masuk dalam kategori zona kuning. Survei dilakukan pada Juli. Artinya, tingkat "
        "kepatuhannya sedang. Sedangkan 3 pemkab/pemkot yang masuk dalam zona kuning adalah Kabupaten Buru (63,14), "
        "Kota Tual (54,03) dan Kabupaten Kepulauan Aru (58,39)."
    )
    got = recs(text)
    assert all(r.opinion is None for r in got.values()), got


# -- officials: a name before its title introduced by a verb or "melalui"/"didampingi", honorifics in brackets
# -- or glued by a dot, dotted initials opening a name, a nickname in brackets ------------------------------

OFFICIAL_HEAD = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023 kepada Pemkab Lahat yang meraih nilai 88,10. "
)


def officials(sentence):
    return {o.name: o.title for o in extract_article(OFFICIAL_HEAD + sentence).officials}


def test_names_before_titles_after_introducers():
    got = officials(
        "Hal itu disampaikan Dr Sutrisno Wibowo Kepala Ombudsman RI Perwakilan Jambi melalui Budi Hartono Asisten "
        "Koordinator Bidang Pencegahan, juga didampingi Sri Wahyuni Putri Asisten Koordinator Bidang Penyelesaian "
        "Laporan, dalam jumpa pers."
    )
    assert got == {
        "Sutrisno Wibowo": "Kepala Ombudsman RI Perwakilan Jambi",
        "Budi Hartono": "Asisten Koordinator Bidang Pencegahan",
        "Sri Wahyuni Putri": "Asisten Koordinator Bidang Penyelesaian Laporan",
    }


def test_name_before_title_after_a_quote_and_an_honorific():
    got = officials('"Hasil ini kami serahkan," ujar Prof. Hendra Saputra Ketua Ombudsman RI di Jakarta.')
    assert got == {"Hendra Saputra": "Ketua Ombudsman RI"}


def test_introducer_before_an_office_is_no_name():
    got = officials("Piagam itu disampaikan melalui Sekretariat Daerah kepada Bupati Lahat Cik Ujang.")
    assert got == {"Cik Ujang": "Bupati Lahat"}


@pytest.mark.parametrize(
    "sentence, name, title",
    [
        (
            "Hal itu dikatakan Anggota Ombudsman RI, Dr. (Cand.) Ir. Rudi Hartono, SH, MM, dalam sambutannya.",
            "Rudi Hartono",
            "Anggota Ombudsman RI",
        ),
        (
            "Piagam diserahkan Wakil Menteri PANRB Komjen Pol (Purn) Agus Salim di Jakarta.",
            "Agus Salim",
            "Wakil Menteri PANRB",
        ),
        (
            "Hadir pula Irwasda Polda Sumsel Kombes Pol Dr.Bambang Sutejo, S.H, M.Si. dalam acara itu.",
            "Bambang Sutejo",
            "Irwasda Polda Sumsel",
        ),
        (
            "Piagam diterima Asisten I Sekda Provinsi Jambi Drs.H Apani Saputra di Jambi.",
            "Apani Saputra",
            "Asisten I Sekda Provinsi Jambi",
        ),
        (
            "Hadir Asisten Pemerintahan Sekda Kota Lahat, Drs. A.B.C. Mandagi., dan jajaran.",
            "A.B.C. Mandagi",
            "Asisten Pemerintahan Sekda Kota Lahat",
        ),
    ],
)
def test_honorifics_in_brackets_glued_and_dotted_initials(sentence, name, title):
    assert officials(sentence) == {name: title}


def test_two_dotted_letters_are_no_name():
    assert officials("Hadir Kepala Ombudsman R.I. Budi Santoso.") == {"Budi Santoso": "Kepala Ombudsman R.I."}


def test_nickname_in_brackets_is_the_same_person():
    got = officials(
        "Piagam diserahkan Wali Kota Jambi Syarif Fasha (Fasha) di Jambi. Dalam sambutannya wali kota Fasha "
        "berterima kasih, didampingi Sekda Jambi Budidaya."
    )
    assert got == {"Syarif Fasha": "Wali Kota Jambi", "Budidaya": "Sekda Jambi"}


# -- "dinobatkan sebagai daerah dengan ... terbaik", then "diikuti oleh" and lone "Lalu ..." sentences -----------

BENGKULU = "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik tahun 2024. "


@pytest.mark.parametrize(
    "first",
    [
        "Kabupaten Kaur dinobatkan sebagai daerah dengan kualitas pelayanan publik terbaik dengan nilai 96,14",
        "Kabupaten Kaur terpilih sebagai kabupaten dengan nilai kepatuhan tertinggi, yakni 96,14",
        "Kabupaten Kaur keluar sebagai yang terbaik dengan nilai 96,14",
    ],
)
def test_declared_best_then_successors(first):
    text = BENGKULU + (
        first + ", diikuti oleh Kabupaten Lebong dengan nilai 95,57. Lalu Kabupaten Seluma dengan nilai 93,76. "
        "Kemudian, Kepahiang 92,72, Kota Bengkulu 90,47 dan Bengkulu Utara 88,34."
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
        "Kabupaten Kaur dinobatkan sebagai daerah dengan pelayanan terbaik dengan nilai 96,14, diikuti oleh Kabupaten "
        "Lebong dengan nilai 95,57. Lalu Ombudsman juga memberi catatan kepada Kabupaten Seluma yang meraih zona hijau."
    )
    got = recs(text)
    assert got[("Kabupaten Seluma", 2024)].rank is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Kaur bertekad dinobatkan sebagai daerah dengan pelayanan terbaik tahun depan, kini nilainya 96,14.",
        "Kabupaten Kaur meraih nilai 96,14, dan ingin terpilih sebagai kabupaten dengan pelayanan terbaik.",
    ],
)
def test_declared_best_as_a_wish_gives_no_rank(sentence):
    assert recs(BENGKULU + sentence)[("Kabupaten Kaur", 2024)].rank is None


# -- a continued subject's series of years in one sentence: the label after the last item is the latest year's --

JAMBI = (
    "Sekda Provinsi Jambi memaparkan capaian Pemprov Jambi berdasarkan penilaian kepatuhan Ombudsman RI. "
    "Pada 2021, Jambi memperoleh nilai 73,49 dan masuk zona kuning. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tahun 2022, nilainya 86,14, dan pada 2023 mencapai 98,21, berada di zona hijau.",
        "Pada 2022 nilainya 86,14, lalu pada 2023 naik lagi menjadi 98,21 dengan zona hijau.",
        "Tahun 2022 skornya 86,14, kemudian di tahun 2023 sebesar 98,21 dan masuk zona hijau.",
    ],
)
def test_label_after_a_series_of_one_subject_is_the_latest_years(sentence):
    got = recs(JAMBI + sentence)
    assert (got[("Provinsi Jambi", 2022)].score, got[("Provinsi Jambi", 2022)].zone) == (86.14, None)
    assert (got[("Provinsi Jambi", 2023)].score, got[("Provinsi Jambi", 2023)].zone) == (98.21, "hijau")


def test_label_inside_the_earlier_item_keeps_its_year():
    got = recs(JAMBI + "Tahun 2022, nilainya 86,14 dan masuk zona kuning, sedangkan pada 2023 naik menjadi 98,21.")
    assert (got[("Provinsi Jambi", 2022)].score, got[("Provinsi Jambi", 2022)].zone) == (86.14, "kuning")
    assert (got[("Provinsi Jambi", 2023)].score, got[("Provinsi Jambi", 2023)].zone) == (98.21, None)


# -- an old label ("tingkat kepatuhan tinggi") fills the zone of a 2022-2024 result, not of the 2025 instrument --


@pytest.mark.parametrize("year, zone", [(2025, None), (2023, "hijau")])
def test_old_label_fills_a_zone_only_in_graded_years(year, zone):
    text = (
        f"Ombudsman RI menyerahkan hasil penilaian pelayanan publik tahun {year} kepada Pemkot Bogor. "
        "RSUD Kota Bogor meraih nilai 91,20 kategori Kualitas Pelayanan Sangat Baik dan Tingkat Kepatuhan Tinggi."
    )
    got = recs(text)
    assert [(r.zone, r.opinion) for r in got.values()] == [(zone, None)]


# -- "dibandingkan tahun sebelumnya yang meraih nilai A menjadi B": A is the year before's, B the reported year's --

DIY = "Ombudsman RI Perwakilan DIY menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Bantul pada penilaian tahun 2023 berhasil meningkat 2,10 poin dibandingkan tahun sebelumnya yang "
        "meraih nilai 88,40 menjadi 90,50.",
        "Nilai Pemkab Bantul tahun 2023 naik jika dibandingkan dengan tahun lalu yang memperoleh 88,40 menjadi 90,50.",
        "Pada penilaian tahun 2023, skor Pemkab Bantul membaik ketimbang tahun lalu yang hanya mencapai nilai 88,40 "
        "menjadi 90,50.",
    ],
)
def test_value_after_the_year_before_and_the_one_reached(sentence):
    got = recs(DIY + sentence)
    assert got[("Kabupaten Bantul", 2022)].score == 88.4
    assert got[("Kabupaten Bantul", 2023)].score == 90.5


@pytest.mark.parametrize(
    "sentence, year",
    [
        # the earlier year right beside a written year, a value dated by "tahun lalu" after it, the compared year
        # not told what it held
        ("Nilai Pemkab Bantul tahun 2023 naik dibanding tahun lalu, yakni 88,40.", 2023),
        ("Pada 2022, dua tahun lalu, nilai Pemkab Bantul 88,40.", 2022),
        ("Pemkab Bantul meraih nilai 88,40 pada penilaian tahun lalu. Tahun 2024 ini hasilnya belum diumumkan.", 2023),
    ],
)
def test_earlier_year_look_alikes(sentence, year):
    got = recs(DIY + sentence)
    assert got[("Kabupaten Bantul", year)].score == 88.4


# -- "nilai kepatuhan tertinggi diraih oleh X": first place in the compliance award, no field written ------------

JATENG = "Ombudsman RI menyerahkan predikat kepatuhan standar pelayanan publik tahun 2018 di Jakarta. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Sedangkan untuk nominasi nilai kepatuhan tertinggi diraih oleh Pemkab Blora.",
        "Predikat kepatuhan tertinggi diraih oleh Kabupaten Blora dengan nilai kepatuhan sebesar 99,10.",
        "Skor kepatuhan tertinggi dicapai Kabupaten Blora, yakni 99,10.",
    ],
)
def test_highest_score_taken_by_one_is_first(sentence):
    assert recs(JATENG + "Kabupaten Rembang masuk zona hijau. " + sentence)[("Kabupaten Blora", 2018)].rank == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # the top label of the graded years given to several, and a highest score wished for
        "Predikat kepatuhan tertinggi diraih oleh Kabupaten Blora dan Kabupaten Rembang.",
        "Kabupaten Blora meraih nilai 88,10 dan berharap nilai tertinggi diraih oleh Kabupaten Blora tahun depan.",
    ],
)
def test_highest_label_or_wish_is_no_first_place(sentence):
    got = recs(JATENG + "Kabupaten Blora meraih nilai 88,10. " + sentence)
    assert all(r.rank is None for r in got.values()), got


@pytest.mark.parametrize(
    "sentence, rank",
    [
        ("Kabupaten Lahat menjadi yang terbaik dari 17 kabupaten/kota di Sumsel dengan nilai 87,63.", 1),
        ("Kabupaten Lahat tercatat sebagai yang terendah dari 17 kabupaten/kota di Sumsel dengan nilai 44,10.", 17),
        # a count far from the word, in another clause, is no field of it
        (
            "Kabupaten Lahat meraih nilai 44,10, terendah di Sumsel, padahal survei dilakukan terhadap 17 kabupaten/kota.",
            None,
        ),
    ],
)
def test_field_counted_right_after_best_or_lowest(sentence, rank):
    assert recs(RANKS + sentence)[("Kabupaten Lahat", 2021)].rank == rank


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


# -- a grade and its opinion together after a score or in brackets ---------------------------------------------

GRADED = "Ombudsman RI menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik tahun 2023. "


@pytest.mark.parametrize(
    "sentence, grade, opinion",
    [
        ("Kabupaten Demak meraih nilai 88,50 (A, kualitas tertinggi).", "A", "kualitas tertinggi"),
        ("Kabupaten Demak meraih nilai 81,20 (B/Kualitas Tinggi).", "B", "kualitas tinggi"),
        ("Kabupaten Demak (70,40 - C, Kualitas Sedang) dinilai perlu berbenah.", "C", "kualitas sedang"),
        ("Kabupaten Demak meraih nilai 70,40 (C - kualitas sedang).", "C", "kualitas sedang"),
    ],
)
def test_grade_with_its_opinion_in_brackets(sentence, grade, opinion):
    r = recs(GRADED + sentence)[("Kabupaten Demak", 2023)]
    assert (r.grade, r.opinion) == (grade, opinion)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Demak meraih nilai 88,50 - indikator kualitas tinggi dipenuhi semua unit.",
        "Kabupaten Demak meraih nilai 88,50 (catatan: bagian A, kualitas layanan perlu dijaga).",
    ],
)
def test_grade_and_opinion_look_alikes(sentence):
    r = recs(GRADED + sentence)[("Kabupaten Demak", 2023)]
    assert (r.grade, r.opinion) == (None, None)


# -- "A, B dan C, ketiganya masuk zona hijau": a collective word counting back the ones just named ---------------

JATENG_2019 = (
    "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2019. "
)


@pytest.mark.parametrize(
    "sentence, zones",
    [
        (
            "Kabupaten Demak, Kabupaten Kudus dan Kabupaten Pati, ketiganya masuk zona hijau.",
            {"Kabupaten Demak": "hijau", "Kabupaten Kudus": "hijau", "Kabupaten Pati": "hijau"},
        ),
        (
            "Kabupaten Demak dan Kabupaten Kudus, keduanya berada di zona kuning, sedangkan Kabupaten Pati masuk zona hijau.",
            {"Kabupaten Demak": "kuning", "Kabupaten Kudus": "kuning", "Kabupaten Pati": "hijau"},
        ),
    ],
)
def test_collective_word_counting_back_the_names_before_it(sentence, zones):
    assert {e: r.zone for (e, _), r in recs(JATENG_2019 + sentence).items()} == zones


def test_collective_word_that_does_not_count_the_names_gives_nothing():
    got = recs(JATENG_2019 + "Kabupaten Demak, Kabupaten Kudus dan Kabupaten Pati, keduanya masuk zona hijau.")
    assert all(r.zone is None for r in got.values()), got


# -- 2025: "sertifikat/piagam kualitas tertinggi" is the opinion; "Sangat Baik" categories are none ------------

MALADMIN = "Ombudsman RI menyerahkan Opini Ombudsman Penilaian Maladministrasi Pelayanan Publik tahun 2025. "


@pytest.mark.parametrize(
    "sentence, opinion",
    [
        ("Kabupaten Demak memperoleh sertifikat kualitas tertinggi dengan nilai 90,50.", "kualitas tertinggi"),
        ("Kabupaten Demak menerima piagam kualitas tinggi dengan nilai 84,10.", "kualitas tinggi"),
        ("Kabupaten Demak meraih nilai 90,50 dengan kategori Sangat Baik.", None),
        ("Kabupaten Demak meraih nilai 90,50; sertifikat pelatihan diberikan kepada petugas berkualitas.", None),
    ],
)
def test_certificate_of_the_top_quality_is_the_opinion(sentence, opinion):
    assert recs(MALADMIN + sentence)[("Kabupaten Demak", 2025)].opinion == opinion


@pytest.mark.parametrize(
    "sentence, name, title",
    [
        (
            "Kepala Puskesmas Simpang Kawat, Ns. Ani Lestari, S.Kep, hadir.",
            "Ani Lestari",
            "Kepala Puskesmas Simpang Kawat",
        ),
        (
            "Kepala Instalasi Farmasi RSUD Jambi, Apt. Budi Santoso, S.Farm, hadir.",
            "Budi Santoso",
            "Kepala Instalasi Farmasi RSUD Jambi",
        ),
    ],
)
def test_professional_honorifics_before_a_name(sentence, name, title):
    assert officials(sentence) == {name: title}
