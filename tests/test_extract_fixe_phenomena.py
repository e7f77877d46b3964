"""Records, scores, ranks, zones and opinions: headings after a purpose phrase, other ministries'
indices, and other constructions of regional reporting.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

import pytest

from extract_helpers import recs

OMB = "Ombudsman RI Perwakilan {prov} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "


# -- a purpose phrase heading a list of holders: held, not aimed at -----------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Kepala Ombudsman menjelaskan untuk memperoleh kategori kepatuhan tertinggi atau opini A yakni",
        "Adapun untuk meraih opini A yaitu",
        "Sementara itu, untuk mendapatkan kategori A adalah",
        "Untuk masuk kategori A, yakni",
    ],
)
def test_a_purpose_phrase_heading_a_list_names_the_holders(head):
    text = (
        OMB.format(prov="Maluku Utara") + "Penyerahan hasil penilaian tahun 2023 dilakukan di Sofifi. "
        f"{head} Kota Tidore Kepulauan dengan nilai 90,12 dan Kabupaten Halmahera Barat dengan nilai 88,40."
    )
    r = recs(text)
    assert r[("Kota Tidore Kepulauan", 2023)].grade == "A"
    assert r[("Kabupaten Halmahera Barat", 2023)].grade == "A"
    assert r[("Kabupaten Halmahera Barat", 2023)].score == 88.4


@pytest.mark.parametrize(
    "aim",
    [
        "Untuk memperoleh opini A, yakni dengan membenahi standar pelayanan, Kota Tidore Kepulauan terus berbenah.",
        "Kota Tidore Kepulauan berupaya untuk memperoleh opini A tahun depan.",
        "Kota Tidore Kepulauan akan bekerja keras untuk meraih kategori A, yaitu nilai di atas 88.",
        "Syarat untuk masuk kategori A adalah nilai minimal 88, kata Kota Tidore Kepulauan.",
    ],
)
def test_a_purpose_phrase_without_holders_is_still_aimed_at(aim):
    text = OMB.format(prov="Maluku Utara") + "Penyerahan hasil penilaian tahun 2023 dilakukan di Sofifi. " + aim
    r = recs(text)
    assert all(rec.grade is None for rec in r.values())


# -- another ministry's index and its signed letters are not the assessment's ---------------------


@pytest.mark.parametrize(
    "other",
    [
        "Dalam evaluasi kinerja pelayanan publik tahun 2025, Kabupaten Kolaka Utara meraih peringkat "
        "pertama dengan indeks 4,21 dan predikat A-.",
        "Kabupaten Kolaka Utara juga mencatat indeks sebesar 4,05 dengan kategori B+ dan menempati posisi kedua.",
        "Evaluasi KemenPAN-RB menempatkan Kabupaten Kolaka Utara di urutan ketiga dengan nilai 4,10.",
        "Kabupaten Kolaka Utara diganjar penghargaan dari Kemenpan RB dengan kategori A- tahun 2025.",
    ],
)
def test_another_ministrys_index_gives_no_record(other):
    text = (
        OMB.format(prov="Sulawesi Tenggara") + "Pada penilaian tahun 2024 Kabupaten Kolaka Utara meraih nilai "
        f"86,50 dengan opini kualitas tinggi. {other}"
    )
    r = recs(text)
    assert set(r) == {("Kabupaten Kolaka Utara", 2024)}
    assert (r[("Kabupaten Kolaka Utara", 2024)].score, r[("Kabupaten Kolaka Utara", 2024)].rank) == (86.5, None)


@pytest.mark.parametrize(
    "held",
    [
        "Kabupaten Kolaka Utara meraih nilai 86,50 dengan predikat A.",
        "Kabupaten Kolaka Utara meraih nilai 86,50 (predikat A) pada penilaian itu.",
        "Kabupaten Kolaka Utara meraih nilai 86,50, kategori A - kualitas tertinggi.",
    ],
)
def test_a_plain_grade_letter_is_still_a_grade(held):
    text = OMB.format(prov="Sulawesi Tenggara") + "Hasil penilaian tahun 2023 diumumkan di Kendari. " + held
    assert recs(text)[("Kabupaten Kolaka Utara", 2023)].grade == "A"


# -- a list run on past a sentence break keeps its label through a misspelt name ----------------


@pytest.mark.parametrize(
    "odd", ["Kabupaten Sumabwa Barat (70,10), ", "Kota Bimma (70,10), ", "Kabupaten Lombok Utaraa 70,10, "]
)
def test_a_continued_list_keeps_its_label_past_a_misspelt_name(odd):
    text = (
        OMB.format(prov="Nusa Tenggara Barat") + "Hasil penilaian tahun 2022 diumumkan di Jakarta. "
        "Pemerintah daerah yang turun ke zona kuning yaitu Kota Mataram (64,10), Kabupaten Lombok Barat (61,20). "
        f"Kemudian Kabupaten Lombok Timur (68,30), {odd}Kabupaten Dompu (66,40) dan Kabupaten Bima (57,50)."
    )
    r = recs(text)
    for name in ("Kabupaten Lombok Timur", "Kabupaten Dompu", "Kabupaten Bima"):
        assert r[(name, 2022)].zone == "kuning", name
    assert r[("Kabupaten Dompu", 2022)].score == 66.4


@pytest.mark.parametrize(
    "clause",
    [
        "Kemudian Kabupaten Lombok Timur (68,30) dan Kabupaten Dompu (66,40) diminta Gubernur segera berbenah.",
        "Kemudian Kabupaten Lombok Timur meraih nilai 68,30 dan Kabupaten Dompu 66,40 pada Penilaian Kepatuhan.",
    ],
)
def test_a_sentence_with_other_words_does_not_continue_the_list(clause):
    text = (
        OMB.format(prov="Nusa Tenggara Barat") + "Hasil penilaian tahun 2022 diumumkan di Jakarta. "
        f"Pemerintah daerah yang turun ke zona kuning yaitu Kota Mataram (64,10), Kabupaten Lombok Barat (61,20). {clause}"
    )
    r = recs(text)
    assert r[("Kabupaten Dompu", 2022)].zone is None


# -- bare ordinals over holders whose scores fall are places -------------------------------------


@pytest.mark.parametrize(
    "listing",
    [
        "Tiga daerah yang masuk zona hijau adalah, pertama Kabupaten Bantul dengan nilai 88,10, kedua Kota "
        "Yogyakarta dengan nilai 86,20, dan ketiga Kabupaten Sleman dengan nilai 84,30.",
        "Daerah di zona hijau yaitu: pertama Kabupaten Bantul dengan nilai 88,10. Kedua Kota Yogyakarta "
        "dengan nilai 86,20. Dan ketiga Kabupaten Sleman dengan nilai 84,30.",
        "Zona hijau diraih tiga daerah. Pertama, Kabupaten Bantul (88,10), kedua, Kota Yogyakarta (86,20), "
        "ketiga, Kabupaten Sleman (84,30).",
    ],
)
def test_ordinals_over_falling_scores_are_places(listing):
    text = OMB.format(prov="DI Yogyakarta") + "Hasil penilaian tahun 2023 diserahkan di Yogyakarta. " + listing
    r = recs(text)
    got = [r[(n, 2023)].rank for n in ("Kabupaten Bantul", "Kota Yogyakarta", "Kabupaten Sleman")]
    assert got == [1, 2, 3]
    assert r[("Kota Yogyakarta", 2023)].score == 86.2


@pytest.mark.parametrize(
    "listing",
    [
        # the scores do not fall in the order of the ordinals: an enumeration
        "Tiga daerah yang masuk zona hijau adalah, pertama Kabupaten Bantul dengan nilai 84,30, kedua Kota "
        "Yogyakarta dengan nilai 88,10, dan ketiga Kabupaten Sleman dengan nilai 86,20.",
        # two ordinals only
        "Dua daerah yang masuk zona hijau adalah, pertama Kabupaten Bantul dengan nilai 88,10 dan kedua Kota "
        "Yogyakarta dengan nilai 86,20.",
        # no scores at all
        "Daerah di zona hijau yaitu: pertama Kabupaten Bantul, kedua Kota Yogyakarta, ketiga Kabupaten Sleman.",
    ],
)
def test_ordinals_as_plain_enumeration_give_no_places(listing):
    text = OMB.format(prov="DI Yogyakarta") + "Hasil penilaian tahun 2023 diserahkan di Yogyakarta. " + listing
    assert all(rec.rank is None for rec in recs(text).values())
