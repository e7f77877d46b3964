""" "Tahun lalu" and the years around it (DECISIONS.md "Years"): members dated in their own items, no
record for 2020 (no assessment held), "tahun lalu" naming the reported assessment again or beside a result
of the article's own, the earlier side of a change, two years in one paragraph, "sama seperti tahun lalu",
"tahun lalu" counted from the calendar mid-year or from the assessment in a January hand-over.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import assert_record_fields, recs


# -- a label said before the members, each member dated in its own item --------------------------------

DATED_OPENING = (
    "Ombudsman merilis hasil penilaian kepatuhan tahun 2018. Kabupaten Ende meraih nilai 52,10 dan masuk zona kuning. "
)


@pytest.mark.parametrize(
    "items",
    [
        "Baru dua pemda yang pernah masuk zona hijau, yakni Kabupaten Sikka yang tercapai pada tahun 2016 dan "
        "Pemprov NTT yang tercapai pada tahun 2017.",
        "Zona hijau pernah diraih Kabupaten Sikka pada 2016, Provinsi Nusa Tenggara Timur pada 2017.",
        "Predikat hijau didapat oleh Kabupaten Sikka di tahun 2016 serta Pemprov NTT di tahun 2017.",
    ],
    ids=["baru-dua-pemda-yang-pernah", "zona-hijau-pernah-diraih-kabupaten", "predikat-hijau-didapat-oleh-kabupaten"],
)
def test_members_dated_in_their_own_items(items):
    got = recs(DATED_OPENING + items)
    assert got[("Kabupaten Sikka", 2016)].zone == "hijau", got
    assert got[("Provinsi Nusa Tenggara Timur", 2017)].zone == "hijau", got
    assert ("Provinsi Nusa Tenggara Timur", 2016) not in got
    assert ("Kabupaten Sikka", 2017) not in got


def test_one_year_after_the_last_member_dates_no_member_alone():
    # look-alike: one year closing the whole list is no item's own year
    got = recs(DATED_OPENING + "Zona hijau diraih Kabupaten Sikka dan Kabupaten Flores Timur pada tahun 2017.")
    assert {y for (e, y) in got if e in ("Kabupaten Sikka", "Kabupaten Flores Timur")} == {2018}, got


def test_member_without_a_year_of_its_own_keeps_the_sentence_year():
    got = recs(DATED_OPENING + "Pada tahun 2018 zona kuning juga diraih Kabupaten Sikka dan Kabupaten Alor.")
    assert got[("Kabupaten Sikka", 2018)].zone == "kuning", got
    assert got[("Kabupaten Alor", 2018)].zone == "kuning", got


# -- no assessment was held in 2020: no record of that year -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman menilai kepatuhan Kota Binjai. Untuk 2020 memang tidak dilakukan survei karena pandemi, dan "
        "hasilnya Kota Binjai berada di zona merah.",
        "Pada tahun 2020 Kota Binjai masih di zona merah penilaian kepatuhan Ombudsman.",
    ],
    ids=["ombudsman-menilai-kepatuhan-kota-binjai", "pada-tahun-2020-kota-binjai"],
)
def test_no_record_for_the_year_without_assessment(text):
    got = recs(text)
    assert all(y != 2020 for _, y in got), got


def test_last_year_said_in_2021_still_reaches_2019():
    # look-alike: the year before 2021's assessment is 2019's
    text = (
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2021. Kota Binjai meraih nilai 82,40 dan masuk zona "
        "hijau, padahal tahun lalu masih di zona merah."
    )
    got = recs(text)
    assert got[("Kota Binjai", 2021)].zone == "hijau"
    assert got[("Kota Binjai", 2019)].zone == "merah", got


@pytest.mark.parametrize(
    "items",
    [
        "Sejauh ini hanya Pemerintah Kabupaten Sikka (Sikka) pada tahun 2016, dan Pemprov NTT pada tahun 2017 yang "
        "berhasil meraih zona hijau.",
        "Kabupaten Sikka pada 2016 serta Provinsi Nusa Tenggara Timur pada 2017 pernah memperoleh predikat zona hijau.",
    ],
    ids=["sejauh-ini-hanya-pemerintah-kabupaten", "kabupaten-sikka-pada-2016-serta"],
)
def test_members_dated_in_their_own_items_before_the_label(items):
    got = recs(DATED_OPENING + items)
    assert got[("Kabupaten Sikka", 2016)].zone == "hijau", got
    assert got[("Provinsi Nusa Tenggara Timur", 2017)].zone == "hijau", got
    assert ("Kabupaten Sikka", 2017) not in got and ("Kabupaten Sikka", 2018) not in got


def test_one_subject_with_two_years_keeps_its_series():
    # look-alike: one government's two years, no list of members
    got = recs(DATED_OPENING + "Kabupaten Sikka pada 2016 masuk zona merah dan pada 2017 masuk zona kuning.")
    assert got[("Kabupaten Sikka", 2016)].zone == "merah", got
    assert got[("Kabupaten Sikka", 2017)].zone == "kuning", got


# -- "tahun lalu" counted from the assessment reported (DECISIONS.md "Years") -----------------


@pytest.mark.parametrize(
    "text, entity, year",
    [
        # a visit in March 2022 about the 2021 results: "tahun lalu" names the 2021 assessment again
        (
            "Ombudsman RI Perwakilan Jambi mengapresiasi Pemprov Jambi yang pada penilaian kepatuhan tahun 2021 "
            "berada di zona hijau. Hal itu disampaikan saat berkunjung ke kantor gubernur, Selasa (8/3/2022). "
            '"Kami datang untuk mengapresiasi Pemprov Jambi yang tahun lalu berada di zona hijau," ujarnya.',
            "Provinsi Jambi",
            2021,
        ),
        # undated: the same label again, said of the assessment just reported
        (
            "Ombudsman Riau menempatkan Polres Kampar di zona merah dalam penilaian kepatuhan pada 2017. "
            "Polres Kampar merupakan satu dari enam polres yang dinilai Ombudsman pada tahun lalu, dan "
            "satu-satunya yang dimasukkan ke zona merah.",
            "Polres Kampar",
            2017,
        ),
    ],
    ids=["visit-march", "undated-same-label"],
)
def test_last_year_naming_the_reported_assessment_again(text, entity, year):
    got = recs(text)
    assert [k for k in got if k[0] == entity] == [(entity, year)], got


def test_last_year_keeps_one_sense_through_the_article():
    got = recs(
        "Ombudsman RI Perwakilan Jambi mengapresiasi Pemprov Jambi yang pada penilaian kepatuhan tahun 2021 "
        "berada di zona hijau. Hal itu disampaikan saat berkunjung ke kantor gubernur, Selasa (8/3/2022). "
        '"Kami mengapresiasi Pemprov Jambi yang tahun lalu berada di zona hijau," ujarnya. Adapun Kota Sungai '
        "Penuh tahun lalu berada di zona kuning."
    )
    assert set(got) == {("Provinsi Jambi", 2021), ("Kota Sungai Penuh", 2021)}, got
    assert got[("Kota Sungai Penuh", 2021)].zone == "kuning"


@pytest.mark.parametrize(
    "text, earlier_zone",
    [
        # the label held twice
        (
            "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Bitung meraih zona hijau. "
            "Tahun lalu Kota Bitung juga berada di zona hijau.",
            "hijau",
        ),
        # dated in the assessment's own year: "tahun lalu" is the year before
        (
            "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023 pada Rabu (13/12/2023). Kota Bitung "
            "meraih zona hijau. Menurut Kepala Perwakilan, tahun lalu Kota Bitung berada di zona hijau.",
            "hijau",
        ),
        # another label: the earlier year
        (
            "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Bitung meraih zona hijau. "
            "Tahun lalu Kota Bitung berada di zona kuning.",
            "kuning",
        ),
    ],
    ids=["held-twice", "dated-own-year", "other-label"],
)
def test_last_year_of_another_assessment_stays_the_year_before(text, earlier_zone):
    got = recs(text)
    assert got[("Kota Bitung", 2023)].zone == "hijau"
    assert got[("Kota Bitung", 2022)].zone == earlier_zone


@pytest.mark.parametrize(
    "sentence",
    [
        "Kota Solok tak lagi ikut dinilai sebab tahun lalu sudah meraih zona hijau, dengan predikat kepatuhan tinggi.",
        "Sementara Kota Solok, yang tahun lalu masuk zona hijau, dengan kualifikasi kepatuhan tinggi, tidak disurvei.",
        "Kota Solok tahun lalu sudah berada di zona hijau, atau kepatuhan tinggi.",
    ],
    ids=["tak-lagi-dinilai", "yang-tahun-lalu", "atau"],
)
def test_one_item_told_in_two_clauses_keeps_its_year(sentence):
    got = recs("Ombudsman RI merilis hasil penilaian kepatuhan tahun 2019 di Sumatera Barat. " + sentence)
    assert ("Kota Solok", 2018) in got, got
    r = got[("Kota Solok", 2018)]
    assert (r.zone, r.opinion) == ("hijau", "kepatuhan tinggi")
    assert ("Kota Solok", 2019) not in got


def test_a_year_in_another_items_clause_stays_there():
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2019 di Sumatera Barat. Kota Solok mendapat zona "
        "kuning, Kota Padang pada 2018 kategori kuning, dan Kota Bukittinggi masuk kategori hijau."
    )
    assert got[("Kota Padang", 2018)].zone == "kuning"
    assert got[("Kota Bukittinggi", 2019)].zone == "hijau"


# -- "tahun lalu" beside a result of the article's own ------------------------------------------


@pytest.mark.parametrize(
    "text, earlier_score",
    [
        # mid-year, with the result reported: "tahun lalu" counts from that result, not the calendar
        (
            "Kepala Ombudsman Sulteng menyampaikan hal itu Rabu (12/6/2024). Menurutnya, Pemkab Sigi meraih nilai "
            "88,12 pada penilaian kepatuhan dan masuk zona hijau. Tahun lalu Pemkab Sigi masih di zona kuning.",
            None,
        ),
        # the change's "from" side told in a clause about last year
        (
            "Ombudsman RI merilis hasil penilaian kepatuhan, Senin (18/12/2023). Pemkab Sigi meraih nilai 88,12 dan "
            "masuk zona hijau, naik dari tahun lalu yang berada di zona kuning dengan nilai 70,10.",
            70.1,
        ),
    ],
    ids=["mid-year", "change-from-side"],
)
def test_last_year_beside_the_reported_result(text, earlier_score):
    got = recs(text)
    assert (got[("Kabupaten Sigi", 2023)].score, got[("Kabupaten Sigi", 2023)].zone) == (88.12, "hijau")
    assert (got[("Kabupaten Sigi", 2022)].score, got[("Kabupaten Sigi", 2022)].zone) == (earlier_score, "kuning")


# -- two years in one paragraph: the group named after it is the later year's -------------------

POLRES = "Polres Bungo, Polres Tebo, Polres Merangin dan Polres Kerinci"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pada tahun 2021 hanya 2 Polres yang masuk zona hijau, tahun ini (2022) ada 4 Polres yang masuk zona hijau. "
        f"Keempat Polres itu adalah {POLRES}.",
        "Tahun 2021 baru dua Polres yang meraih zona hijau, sedangkan pada 2022 ada 4 Polres yang meraih zona hijau, "
        f"yaitu {POLRES}.",
        f"Jika pada 2021 hanya 2 Polres di zona hijau, pada 2022 sebanyak 4 Polres masuk zona hijau. Mereka adalah {POLRES}.",
    ],
    ids=["keempat-itu", "yaitu", "mereka-adalah"],
)
def test_group_named_after_two_years_takes_its_own_sentences_year(paragraph):
    got = recs("Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan kepada Polda Jambi. " + paragraph)
    assert {k for k in got} == {(p, 2022) for p in ("Polres Bungo", "Polres Tebo", "Polres Merangin", "Polres Kerinci")}
    assert all(r.zone == "hijau" for r in got.values())


# -- last year as the earlier side of a change ---------------------------------------------------

PALU = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023 di Palu. Kota Palu meraih nilai 91,20 dan masuk zona hijau. "


@pytest.mark.parametrize(
    "sentence, score, zone",
    [
        ("Dibandingkan tahun lalu, nilai Kota Palu naik dari 79,10.", 79.1, None),
        ("Dibanding tahun sebelumnya, skor Kota Palu melonjak dari 79,10.", 79.1, None),
        ("Kota Palu berhasil keluar dari zona kuning yang disandangnya tahun lalu.", None, "kuning"),
        ("Kota Palu akhirnya lepas dari zona kuning pada tahun lalu.", None, "kuning"),
    ],
    ids=["naik-dari", "melonjak-dari", "keluar-dari", "lepas-dari"],
)
def test_last_year_is_the_earlier_side_of_a_change(sentence, score, zone):
    got = recs(PALU + sentence)
    assert (got[("Kota Palu", 2022)].score, got[("Kota Palu", 2022)].zone) == (score, zone), got
    assert set(got) == {("Kota Palu", 2022), ("Kota Palu", 2023)}


def test_a_state_left_without_its_year_is_the_previous_assessments():
    got = recs(PALU + "Kota Palu berhasil keluar dari zona kuning.")
    assert set(got) == {("Kota Palu", 2022), ("Kota Palu", 2023)} and got[("Kota Palu", 2023)].zone == "hijau"
    assert got[("Kota Palu", 2022)].zone == "kuning"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tahun lalu Kota Jambi berada di zona kuning.",
        "Kota Jambi naik dari tahun lalu yang berada di zona kuning.",
        "Pada penilaian sebelumnya Kota Jambi berada di zona kuning.",
    ],
    ids=["tahun-lalu", "naik-dari-tahun-lalu", "penilaian-sebelumnya"],
)
def test_last_year_skips_the_year_without_an_assessment(sentence):
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021 kepada Pemkot Jambi. Kota Jambi meraih "
        "zona hijau. " + sentence
    )
    assert set(got) == {("Kota Jambi", 2021), ("Kota Jambi", 2019)}, got
    assert got[("Kota Jambi", 2019)].zone == "kuning"


@pytest.mark.parametrize(
    "sentence, earlier, later",
    [
        # "tahun lalu" dates the change reached, its earlier side is the year before
        ("Tahun lalu Kota Palu meraih nilai 82,50, naik dari 75,10.", (2021, 75.1, None), (2022, 82.5, None)),
        ("Kota Palu tahun lalu naik dari zona merah ke zona kuning.", (2021, None, "merah"), (2022, None, "kuning")),
        ("Tahun lalu nilai Kota Palu meningkat dari 75,10 menjadi 82,50.", (2021, 75.1, None), (2022, 82.5, None)),
    ],
    ids=["score-naik-dari", "zone-naik-dari", "meningkat-menjadi"],
)
def test_last_year_dating_a_change_reached(sentence, earlier, later):
    got = recs(PALU + sentence)
    for year, score, zone in (earlier, later):
        r = got[("Kota Palu", year)]
        assert (r.score, r.zone) == (score, zone), got


# -- "tahun lalu" of the assessing: the assessment reported, or the survey before -----------------


@pytest.mark.parametrize(
    "text, year",
    [
        # when the assessing was done: the assessment reported, handed over the next January
        (
            "Ombudsman Sumbar menempatkan Polres Agam di zona merah dalam penilaian kepatuhan pada 2017, Kamis "
            "(4/1). Dari empat polres yang dinilai Ombudsman pada tahun lalu, hanya Polres Solok yang masuk zona "
            "hijau.",
            2017,
        ),
        # a survey last year set against this year's: the one before
        (
            "Ombudsman menyerahkan hasil penilaian kepatuhan 2017 di Padang. Polres Agam masuk zona hijau. Polres "
            "Solok pada survei tahun lalu masuk zona merah, namun tahun ini masuk zona hijau.",
            2016,
        ),
    ],
    ids=["assessing-handed-january", "survey-set-against"],
)
def test_last_year_of_the_assessing(text, year):
    got = recs(text)
    assert any(k == ("Polres Solok", year) for k in got), got


# -- "sama seperti tahun lalu": the label held last year too ------------------------------------

SUMBAWA = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2024 kepada Pemkab Sumbawa. "


@pytest.mark.parametrize(
    "sentence, kind, label",
    [
        ("Pemkab Sumbawa kembali meraih zona hijau seperti tahun lalu.", "zone", "hijau"),
        ("Pemkab Sumbawa meraih kategori A, sama dengan tahun sebelumnya.", "grade", "A"),
        ("Seperti tahun lalu, Pemkab Sumbawa meraih kategori A.", "grade", "A"),
        ("Pemkab Sumbawa meraih kategori A pada penilaian tahun 2024, sama seperti tahun lalu.", "grade", "A"),
    ],
    ids=["seperti-tahun-lalu", "sama-dengan-sebelumnya", "seperti-first", "sama-seperti"],
)
def test_same_as_last_year(sentence, kind, label):
    got = recs(SUMBAWA + sentence)
    assert {k: getattr(r, kind) for k, r in got.items()} == {
        ("Kabupaten Sumbawa", 2024): label,
        ("Kabupaten Sumbawa", 2023): label,
    }


@pytest.mark.parametrize("cue", ["tidak seperti", "berbeda dengan"], ids=["tidak-seperti", "berbeda-dengan"])
def test_unlike_last_year(cue):
    got = recs(SUMBAWA + f"Pemkab Sumbawa meraih kategori A, {cue} tahun lalu yang masih kategori C.")
    assert {k: r.grade for k, r in got.items()} == {("Kabupaten Sumbawa", 2024): "A", ("Kabupaten Sumbawa", 2023): "C"}


# -- "tahun lalu baru pertama kali": at the next year's hand-over, the first assessment is the reported one --

SERANG = (
    "Ombudsman RI menyerahkan laporan hasil penilaian kepatuhan kepada Pemkab Serang, Senin (4/4/2022). "
    "Dinas Pendidikan dan Kebudayaan Kabupaten Serang mendapat nilai 32,92 atau masuk zona merah. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Untuk Pemda Serang tahun lalu baru pertama kali dan sudah masuk zona kuning, sedikit lagi masuk hijau.",
        "Pemkab Serang tahun lalu untuk pertama kalinya dinilai dan langsung masuk zona kuning.",
        "Tahun lalu Pemkab Serang dinilai perdana dan berada di zona kuning.",
    ],
    ids=["baru-pertama-kali", "untuk-pertama-kalinya", "perdana"],
)
def test_first_assessment_last_year_is_the_reported_one(sentence):
    got = recs(SERANG + sentence)
    assert got[("Kabupaten Serang", 2021)].zone == "kuning"
    assert all(y == 2021 for _, y in got), got


def test_last_year_without_first_time_is_the_year_before():
    # look-alike: a plain "tahun lalu" beside this year's result counts back from it
    got = recs(SERANG + "Pemkab Serang tahun ini masuk zona hijau, sedangkan tahun lalu masih zona kuning.")
    assert got[("Kabupaten Serang", 2019)].zone == "kuning"


# -- "tahun lalu" with no year written: mid-year it counts from the calendar (the results of the year
# -- before); in a hand-over in January it counts from the assessment handed over (the year before that) ---


@pytest.mark.parametrize(
    "text, published, expected, exact",
    [
        (
            "SINTANG - Pemerintah Kabupaten Sintang bersiap menghadapi Penilaian Kepatuhan Penyelenggaraan "
            "Pelayanan Publik oleh Ombudsman RI. Tahun lalu Kabupaten Sintang meraih nilai 83,40 dan masuk zona hijau.",
            "2024-07-02",
            {("Kabupaten Sintang", 2023): {"score": 83.4}},
            True,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik kepada "
            "Pemkab Sintang. Kabupaten Sintang meraih nilai 90,26. Tahun lalu Kabupaten Sintang meraih nilai 83,40.",
            "2024-01-20",
            {("Kabupaten Sintang", 2023): {"score": 90.26}, ("Kabupaten Sintang", 2022): {"score": 83.4}},
            False,
        ),
    ],
    ids=["mid-year-from-the-calendar", "january-hand-over-from-the-assessment"],
)
def test_tahun_lalu_without_a_written_year(text, published, expected, exact):
    assert_record_fields(text, expected, published=published, exact=exact)
