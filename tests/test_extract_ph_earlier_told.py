"""Earlier states told beside the reported one: a label again after a list of years, a year after
"sebelumnya" belongs to the earlier state, integers of a change of score, the year an assessment began, a
zone kept reaching the earlier record, the year compared with taking the earlier value; a series of years of one subject with a label after
the last, the value after "dibandingkan tahun sebelumnya", the two letters of a change of grade, a change
noun before the year compared; a zone or scores told for a list of years (respectively, "dua tahun itu"
referring back), a clause opened by "setelah" with its own relative year.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import GRADED, assert_record_fields, recs


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


# -- "kategori ... naik dari C menjadi B": the two letters of a change of grade ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kategori Kabupaten Demak meningkat dari C menjadi B dengan nilai 80,10.",
        "Nilai Kabupaten Demak 80,10, kategorinya naik dari C ke B.",
        "Kabupaten Demak dengan nilai 80,10 berhasil naik kategori dari C menjadi B.",
    ],
)
def test_change_of_grade(sentence):
    got = recs(GRADED + sentence)
    assert (got[("Kabupaten Demak", 2023)].grade, got[("Kabupaten Demak", 2022)].grade) == ("B", "C")


def test_change_of_letters_without_a_grade_word_is_none():
    got = recs(GRADED + "Kabupaten Demak meraih nilai 80,10. Nomor antrean di loket naik dari A menjadi B.")
    assert set(got) == {("Kabupaten Demak", 2023)} and got[("Kabupaten Demak", 2023)].grade is None


# -- "mengalami peningkatan dari tahun sebelumnya menjadi X": the year after a change noun is compared with ------

JAMBI_2019 = "Ombudsman RI Perwakilan Jambi merilis hasil survei kepatuhan standar pelayanan publik tahun 2019. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Daerah di zona kuning yaitu Kabupaten Kerinci mencatat kenaikan dari tahun sebelumnya menjadi 80,13.",
        "Kabupaten Kerinci masuk zona kuning, ada kenaikan dari tahun lalu menjadi 80,13.",
        "Kabupaten Kerinci yang berada di zona kuning mencatat penurunan dari tahun sebelumnya menjadi 80,13.",
    ],
)
def test_change_noun_before_the_year_compared(sentence):
    got = recs(JAMBI_2019 + sentence)
    assert set(got) == {("Kabupaten Kerinci", 2019)}
    assert (got[("Kabupaten Kerinci", 2019)].score, got[("Kabupaten Kerinci", 2019)].zone) == (80.13, "kuning")


OMB_JATENG = (
    "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "
)


# -- "dinilai tahun 2019 dan 2021, X kembali memperoleh zona hijau": the label for each year ---------


@pytest.mark.parametrize(
    "again",
    [
        "Sesudah dua kali ikut penilaian, yakni tahun 2019 dan 2021, Kabupaten Mamasa kembali memperoleh predikat zona hijau",
        "Pada penilaian 2019 dan 2021, Kabupaten Majene kembali meraih zona hijau",
        "Dinilai pada 2019 serta 2021, Kabupaten Majene kembali masuk zona hijau",
    ],
    ids=["sesudah-dua-kali-ikut-penilaian", "pada-penilaian-2019-dan-2021", "dinilai-pada-2019-serta-2021"],
)
def test_label_again_after_a_year_list(again):
    text = f"Ombudsman Sulawesi Barat menyerahkan hasil penilaian kepatuhan tahun 2021. {again} dengan nilai 90,36."
    got = recs(text)
    assert {y: (r.zone, r.score) for (_, y), r in got.items()} == {2019: ("hijau", None), 2021: ("hijau", 90.36)}


def test_label_again_after_an_earlier_year_only():
    # the list ends before the value's own year: the earlier years keep only what is said of them
    text = (
        "Ombudsman Sulawesi Barat menyerahkan hasil penilaian kepatuhan tahun 2022. Kabupaten Majene yang "
        "pada 2019 dan 2021 masuk zona kuning kini kembali masuk zona kuning."
    )
    got = recs(text)
    assert got[("Kabupaten Majene", 2022)].zone == "kuning"


@pytest.mark.parametrize(
    "joined",
    ["pada 2022 serta 2023", "pada tahun 2022 serta tahun 2023", "pada 2022, serta 2023"],
    ids=["pada-2022-serta-2023-1", "pada-tahun-2022-serta-tahun", "pada-2022-serta-2023-2"],
)
def test_year_after_serta_is_a_year(joined):
    # "TA 2024" (tahun anggaran) is no result year; the "ta" closing "serta" is no such abbreviation
    text = f"Ombudsman menyerahkan hasil penilaian kepatuhan. Kota Sorong masuk zona hijau {joined}."
    assert {y for _, y in recs(text)} == {2022, 2023}


# -- a year written after "sebelumnya" belongs to the earlier state, not to the value before it ----


@pytest.mark.parametrize(
    "tail",
    [
        "di mana sebelumnya pada tahun 2022 mendapat nilai 80,35",
        "sedangkan sebelumnya di tahun 2022 hanya memperoleh nilai 80,35",
        "yang semula pada 2022 tercatat dengan nilai 80,35",
        "padahal sebelumnya, pada penilaian 2022, nilainya 80,35",
    ],
    ids=[
        "di-mana-sebelumnya-pada-tahun",
        "sedangkan-sebelumnya-di-tahun-2022",
        "yang-semula-pada-2022-tercatat",
        "padahal-sebelumnya-pada-penilaian-2022",
    ],
)
def test_a_score_keeps_the_reported_year_when_the_earlier_year_follows(tail):
    text = (
        OMB_JATENG
        + f"Pemprov Jawa Tengah meraih zona hijau dengan nilai 90,12, {tail}. Penyerahan berlangsung Rabu (13/12/2023)."
    )
    r = recs(text)
    assert r[("Provinsi Jawa Tengah", 2023)].score == 90.12
    assert r[("Provinsi Jawa Tengah", 2022)].score == 80.35


@pytest.mark.parametrize(
    "tail",
    [
        "setelah sebelumnya berada di zona kuning pada 2023",
        "setelah tahun sebelumnya masih berada di zona kuning",
        "yang sebelumnya masih zona kuning pada tahun 2023",
    ],
    ids=[
        "setelah-sebelumnya-berada-di-zona",
        "setelah-tahun-sebelumnya-masih-berada",
        "yang-sebelumnya-masih-zona-kuning",
    ],
)
def test_an_earlier_zone_with_its_year_does_not_date_the_article(tail):
    text = (
        OMB_JATENG + "Dalam acara penyerahan pada Selasa (10/12/2024), Kabupaten Kendal berhasil masuk zona hijau "
        f"dengan skor 80,38, {tail}."
    )
    r = recs(text)
    assert (r[("Kabupaten Kendal", 2024)].score, r[("Kabupaten Kendal", 2024)].zone) == (80.38, "hijau")
    assert r[("Kabupaten Kendal", 2023)].zone == "kuning"


def test_a_sentence_opening_with_sebelumnya_is_no_earlier_state():
    text = (
        OMB_JATENG + "Kota Tegal meraih nilai 91,20 pada penilaian tahun 2023. Sebelumnya, Kota Salatiga "
        "meraih nilai 93,40 pada penilaian tahun 2023."
    )
    r = recs(text)
    assert r[("Kota Salatiga", 2023)].score == 93.4 and ("Kota Salatiga", 2022) not in r


# -- integers of a change of score: "nilai dari 89 pada 2023 menjadi 92" ---------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "berhasil menaikkan nilai dari 86 pada 2023 menjadi 93 di tahun ini",
        "nilainya naik dari 86 pada tahun 2023 menjadi 93 pada penilaian tahun ini",
        "memperbaiki skor dari 86 di 2023 menjadi 93 pada tahun ini",
    ],
    ids=["berhasil-menaikkan-nilai-dari-86", "nilainya-naik-dari-86-pada", "memperbaiki-skor-dari-86-di"],
)
def test_integer_scores_of_a_change_each_to_their_year(phrase):
    text = OMB_JATENG.replace("Publik.", "Publik tahun 2024 pada Desember 2024.") + f"Polres Kendal {phrase}."
    r = recs(text)
    assert r[("Polres Kendal", 2023)].score == 86
    assert r[("Polres Kendal", 2024)].score == 93


@pytest.mark.parametrize(
    "phrase",
    [
        "peringkat Kabupaten Kendal naik dari 9 menjadi 3",
        "Kabupaten Kendal meraih nilai 88,10 dan posisinya naik dari 9 menjadi 3",
    ],
    ids=["peringkat-kabupaten-kendal-naik-dari", "kabupaten-kendal-meraih-nilai-88"],
)
def test_a_change_of_rank_is_no_score(phrase):
    text = OMB_JATENG.replace("Publik.", "Publik tahun 2024 pada Desember 2024.") + f"Tahun ini {phrase}."
    for rec in recs(text).values():
        assert rec.score not in (9, 3)


# -- the year an assessment began is not the year reported ----------------------------------------


@pytest.mark.parametrize(
    "began",
    [
        "Ombudsman menggelar penilaian kepatuhan itu tiap tahun mulai tahun 2015.",
        "Ombudsman menjelaskan penilaian kepatuhan ini dimulai sejak 2015 di seluruh Indonesia.",
        "Menurutnya, penilaian kepatuhan itu berawal pada tahun 2015 dan kini menjangkau semua daerah.",
    ],
    ids=[
        "ombudsman-menggelar-penilaian-kepatuhan-itu",
        "ombudsman-menjelaskan-penilaian-kepatuhan-ini",
        "menurutnya-penilaian-kepatuhan-itu-berawal",
    ],
)
def test_the_year_an_assessment_began_does_not_date_the_result(began):
    text = (
        "Pemerintah Provinsi Gorontalo meraih peringkat pertama penilaian kepatuhan standar pelayanan publik "
        "Ombudsman RI dengan nilai 97,25. Penghargaan diterima gubernur di Jakarta, Kamis (22/12/2022). " + began
    )
    r = recs(text)
    assert r[("Provinsi Gorontalo", 2022)].score == 97.25 and ("Provinsi Gorontalo", 2015) not in r


# -- a zone kept reaches the entity's earlier record; the "to" score keeps the reported year ------


@pytest.mark.parametrize(
    "kept",
    ["juga berhasil mempertahankan posisi di zona hijau", "tetap berada di zona hijau", "kembali meraih zona hijau"],
    ids=["juga-berhasil-mempertahankan-posisi-di", "tetap-berada-di-zona-hijau", "kembali-meraih-zona-hijau"],
)
def test_a_kept_zone_is_the_earlier_years_zone_too(kept):
    text = (
        OMB_JATENG.replace("Publik.", "Publik tahun 2024 pada Desember 2024.")
        + f"Dua instansi vertikal, yakni Polres Kendal dan Kantor Pertanahan Kabupaten Kendal, {kept}. "
        "Polres Kendal naik dari 89,50 pada 2023 menjadi 92,10, sementara Kantor Pertanahan Kabupaten Kendal "
        "naik dari 87,20 menjadi 89,40."
    )
    r = recs(text)
    for name, old, new in (("Polres Kendal", 89.5, 92.1), ("Kantor Pertanahan Kabupaten Kendal", 87.2, 89.4)):
        assert (r[(name, 2024)].score, r[(name, 2024)].zone) == (new, "hijau"), name
        assert (r[(name, 2023)].score, r[(name, 2023)].zone) == (old, "hijau"), name


def test_a_zone_not_said_to_be_kept_stays_with_its_year():
    text = (
        OMB_JATENG.replace("Publik.", "Publik tahun 2024 pada Desember 2024.")
        + "Polres Kendal masuk zona hijau. Nilainya naik dari 79,50 pada 2023 menjadi 92,10."
    )
    r = recs(text)
    assert r[("Polres Kendal", 2024)].zone == "hijau" and r[("Polres Kendal", 2023)].zone is None


# -- the year compared with is the earlier value's ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Tahun 2022 Pemprov Riau belum masuk zona hijau, bahkan dibandingkan penilaian tahun 2021, nilainya turun dari 74,95 menjadi 66,18.",
        "Dibanding tahun 2021, nilai Pemprov Riau pada penilaian 2022 merosot dari 74,95 menjadi 66,18.",
        "Pada penilaian 2022 skor Pemprov Riau anjlok dari 74,95 ke 66,18 ketimbang hasil tahun 2021.",
    ],
    ids=["tahun-2022-pemprov-riau-belum", "dibanding-tahun-2021-nilai-pemprov", "pada-penilaian-2022-skor-pemprov"],
)
def test_the_compared_year_takes_the_earlier_value(said):
    text = "Ombudsman RI Perwakilan Riau menyampaikan hasil penilaian kepatuhan standar pelayanan publik. " + said
    r = recs(text)
    assert r[("Provinsi Riau", 2022)].score == 66.18
    assert r[("Provinsi Riau", 2021)].score == 74.95


# -- a list of years: a zone said for "2021 dan 2022" holds for each, scores after the list pair up with its
# -- years in order and "dua tahun itu" refers back to both; "setelah dua tahun sebelumnya" opens a clause
# -- with its own year -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, published, expected, exact",
    [
        (
            "Kabupaten Dompu meraih zona hijau dalam penilaian kepatuhan Ombudsman RI pada 2021 dan 2022, "
            "setelah pada 2019 berada di zona kuning.",
            None,
            {
                ("Kabupaten Dompu", 2021): {"zone": "hijau"},
                ("Kabupaten Dompu", 2022): {"zone": "hijau"},
                ("Kabupaten Dompu", 2019): {"zone": "kuning"},
            },
            True,
        ),
        (
            "Kota Tegal meraih peringkat 1 se-Jawa Tengah pada Penilaian Kepatuhan Ombudsman RI tahun 2024 dengan "
            "nilai 97,10. Sebelumnya, pada penilaian 2022 dan 2023 Kota Tegal memperoleh nilai 93,40 dan 95,25. "
            "Pada dua tahun itu Kota Tegal juga menempati peringkat 2.",
            None,
            {
                ("Kota Tegal", 2024): {"score": 97.1, "rank": 1},
                ("Kota Tegal", 2022): {"score": 93.4, "rank": 2},
                ("Kota Tegal", 2023): {"score": 95.25, "rank": 2},
            },
            False,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Tahun 2023. Kabupaten Kaur meraih nilai 90,26 "
            "setelah dua tahun sebelumnya hanya 70,10.",
            "2023-12-20",
            {("Kabupaten Kaur", 2023): {"score": 90.26}, ("Kabupaten Kaur", 2021): {"score": 70.1}},
            True,
        ),
    ],
    ids=["zone-for-a-list-of-years", "scores-respectively-and-dua-tahun-itu", "setelah-opens-a-clause"],
)
def test_values_told_for_a_list_of_years_or_a_clause_of_its_own(text, published, expected, exact):
    assert_record_fields(text, expected, published=published, exact=exact)
