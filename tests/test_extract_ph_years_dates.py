"""Years from dates and references: a weekday date placed by the category or grade words of its page, a
page date in English order, a hand-over month late in a year, a sentence referring back to the result
just told, "pada saat itu", list members with their own year in brackets, one subject's results told
year by year, and a relative clause's year.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_PROV, recs


# -- an undated release whose weekday fits two assessment years ("Selasa (10/12)" is a Tuesday in
# 2019 and in 2024): the labels it uses choose the era; with zones only, the latest year -----------


@pytest.mark.parametrize(
    "text, year",
    [
        (
            "Ombudsman Jawa Timur menyebut tiga daerah masih berada di zona kuning dalam penilaian "
            "kepatuhan standar pelayanan publik. Hal itu diungkapkan Kepala Ombudsman Jawa Timur, "
            "Selasa (10/12). Ketiga daerah itu adalah Kabupaten Sampang, Kabupaten Bangkalan dan "
            "Kabupaten Pamekasan.",
            2024,
        ),
        (
            "Kabupaten Sampang, Kabupaten Bangkalan dan Kabupaten Pamekasan meraih zona hijau dalam "
            "penilaian kepatuhan pelayanan publik Ombudsman RI yang diumumkan di Jakarta, Selasa (10/12).",
            2024,
        ),
        (
            "Ombudsman RI memberikan predikat kepatuhan tinggi atau zona hijau untuk Kabupaten Sampang, "
            "Kabupaten Bangkalan dan Kabupaten Pamekasan dalam acara di Jakarta, Selasa (10/12).",
            2019,
        ),
        (
            "Dalam penilaian kepatuhan standar pelayanan publik, Kabupaten Sampang, Kabupaten Bangkalan "
            "dan Kabupaten Pamekasan masuk zona kuning dengan kategori sedang, kata Kepala Ombudsman "
            "Jawa Timur, Selasa (10/12).",
            2019,
        ),
        (
            "Kabupaten Sampang, Kabupaten Bangkalan dan Kabupaten Pamekasan masuk zona hijau dengan "
            "opini kualitas tertinggi dalam penilaian Ombudsman RI yang diserahkan di Jakarta, Selasa (10/12).",
            2024,
        ),
    ],
    ids=[
        "ombudsman-jawa-timur-menyebut-tiga",
        "kabupaten-sampang-kabupaten-bangkalan-dan-1",
        "ombudsman-ri-memberikan-predikat-kepatuhan",
        "dalam-penilaian-kepatuhan-standar-pelayanan",
        "kabupaten-sampang-kabupaten-bangkalan-dan-2",
    ],
)
def test_weekday_fitting_two_years_is_placed_by_the_labels(text, year):
    got = recs(text)
    assert {"Kabupaten Sampang", "Kabupaten Bangkalan", "Kabupaten Pamekasan"} <= {e for e, _ in got}
    assert {y for _, y in got} == {year}


# -- a weekday with day/month that fits two years: the 2022+ grade labels pick the later one ---------
# (Rabu 31 Januari fell in 2018 and in 2024: the 2017 or the 2023 assessment)

UNDATED_31_1 = "Penyerahan hasil penilaian dari Ombudsman berlangsung di Manado, Rabu (31/1). "


@pytest.mark.parametrize(
    "sentence, year, not_year, grade",
    [
        (
            "Untuk kategori kepatuhan tertinggi atau opini A yakni Kota Bitung dengan perolehan nilai 90,42.",
            2023,
            2017,
            "A",
        ),
        ("Kota Bitung memperoleh opini A dengan nilai 90,42.", 2023, 2017, "A"),
        (
            "Yang memperoleh kategori kepatuhan tinggi B yakni Kota Bitung dengan perolehan nilai 83,15.",
            2023,
            2017,
            "B",
        ),
        ("Kota Bitung masuk kategori kepatuhan sedang C dengan nilai 70,02.", 2023, 2017, "C"),
        # old labels keep the date before 2022
        ("Kota Bitung meraih predikat kepatuhan tinggi dengan nilai 90,42.", 2017, 2023, None),
        # a lower-case word after "opini" is prose, not a grade
        (
            "Kota Bitung meraih predikat kepatuhan tinggi dengan nilai 90,42, opini aparatur pun membaik.",
            2017,
            2023,
            None,
        ),
        (
            "Kota Bitung masuk zona hijau atau kepatuhan tinggi dengan nilai 90,42. Nilai ini sesuai opini banyak pihak.",
            2017,
            2023,
            None,
        ),
    ],
    ids=[
        "opini-a-yakni",
        "opini-a",
        "kategori-b",
        "kategori-c",
        "old-predikat",
        "opini-as-prose",
        "opini-next-sentence",
    ],
)
def test_grade_labels_put_a_weekday_date_in_the_graded_years(sentence, year, not_year, grade):
    got = recs(UNDATED_31_1 + sentence)
    assert ("Kota Bitung", year) in got
    assert ("Kota Bitung", not_year) not in got
    assert got[("Kota Bitung", year)].grade == grade


# -- a sentence referring back to the result just told keeps that result's year ------------------------------

TWO_YEARS = (
    "Ombudsman RI telah mengumumkan hasil survei kepatuhan tahun 2017 di Jakarta pada awal Desember 2017. "
    "Pada survei tahun 2016, Kabupaten Pohuwato mendapat nilai 41,20. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai tersebut, kata dia, menempatkan Kabupaten Pohuwato di posisi ke-80 dari 85 kabupaten dan berada di zona merah.",
        "Dengan nilai 41,20 itu Kabupaten Pohuwato berada di posisi ke-80 dari 85 kabupaten dan masuk zona merah.",
        "Capaian itu membuat Kabupaten Pohuwato berada di zona merah, di posisi ke-80 dari 85 kabupaten.",
    ],
    ids=["nilai-tersebut", "dengan-nilai-itu", "capaian-itu"],
)
def test_a_back_reference_keeps_the_year_of_the_result(sentence):
    got = recs(TWO_YEARS + sentence + " Tahun 2017 ini Kabupaten Pohuwato mendapat nilai 35,10.")
    r = got[("Kabupaten Pohuwato", 2016)]
    assert (r.score, r.rank, r.zone) == (41.2, 80, "merah")
    assert got[("Kabupaten Pohuwato", 2017)].rank is None


@pytest.mark.parametrize(
    "sentence",
    [
        # a change from the result referred back to is the reported year's
        "Nilai tersebut kini naik menjadi 62,40 dan Kabupaten Pohuwato masuk zona kuning.",
        # another score of the same kind: not the year referred back to
        "Hasil tersebut berbeda, Kabupaten Pohuwato mendapat nilai 35,10 dan masuk zona merah.",
    ],
    ids=["change-from-it", "another-score"],
)
def test_a_back_reference_look_alike_stays_in_the_reported_year(sentence):
    got = recs(TWO_YEARS + sentence)
    assert got[("Kabupaten Pohuwato", 2016)].score == 41.2
    assert got[("Kabupaten Pohuwato", 2017)].zone in ("kuning", "merah")


# -- "pada saat itu" is the year just named ------------------------------------------------------------------


@pytest.mark.parametrize(
    "then", ["pada saat itu", "kala itu", "ketika itu"], ids=["pada-saat-itu", "kala-itu", "ketika-itu"]
)
def test_at_that_time_is_the_year_just_named(then):
    text = (
        OMB_PROV.format(prov="Jawa Tengah")
        + "Penilaian Kepatuhan Tahun 2023 menempatkan Kabupaten Blora di zona hijau "
        "dengan nilai 90,12. Menurut Ombudsman, pada tahun 2022 Provinsi Jawa Tengah sudah mencapai zona hijau. "
        f"Hanya saja, Kabupaten Blora {then} masih berada di zona kuning."
    )
    r = recs(text)
    assert r[("Kabupaten Blora", 2022)].zone == "kuning"
    assert r[("Kabupaten Blora", 2023)].zone == "hijau"


# -- list members each with their own year in brackets ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Sinjai (2019), Pemkab Bantaeng (2021), Pemkot Parepare (2021) dan Pemprov Sulawesi Selatan "
        "(2019) sudah meraih zona hijau.",
        "Sebelumnya Kabupaten Sinjai (2019), Kabupaten Bantaeng (2021), Kota Parepare (2021), serta Provinsi "
        "Sulawesi Selatan (2019) lebih dulu masuk zona hijau atau kepatuhan tinggi.",
        "Yang sudah masuk zona hijau yakni Kabupaten Sinjai ( 2019 ), Kabupaten Bantaeng (2021), Kota Parepare "
        "(2021) dan Provinsi Sulawesi Selatan (2019).",
    ],
    ids=["pemkab-list", "sebelumnya-serta", "spaced-brackets"],
)
def test_a_year_in_brackets_dates_its_own_member(sentence):
    got = recs("Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2022. " + sentence)
    for name, year in (
        ("Kabupaten Sinjai", 2019),
        ("Kabupaten Bantaeng", 2021),
        ("Kota Parepare", 2021),
        ("Provinsi Sulawesi Selatan", 2019),
    ):
        assert got[(name, year)].zone == "hijau"
    assert ("Kabupaten Sinjai", 2021) not in got
    assert ("Kabupaten Bantaeng", 2019) not in got


def test_a_list_with_one_year_after_it_dates_every_member():
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2022. Kabupaten Sinjai, Kabupaten Bantaeng dan "
        "Kota Parepare (Sulawesi Selatan) meraih zona hijau pada penilaian tahun 2021."
    )
    for name in ("Kabupaten Sinjai", "Kabupaten Bantaeng", "Kota Parepare"):
        assert got[(name, 2021)].zone == "hijau"


def test_a_year_in_brackets_after_a_label_dates_the_label_not_the_member():
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2019. Sebelumnya Kabupaten Sinjai masuk zona "
        "merah (2016) dan zona kuning (2017)."
    )
    assert got[("Kabupaten Sinjai", 2016)].zone == "merah"
    assert got[("Kabupaten Sinjai", 2017)].zone == "kuning"


# -- one subject's results told year by year in sentences naming no entity ("Pada 2021, nilainya ... .
# Setahun kemudian ... . Berikutnya pada 2023 ... . Sedangkan pada 2024 ...") --------------------------------

SERIES = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Capaian Pemprov Jawa Timur terus naik. "
    "Pada 2021, nilainya masih di zona kuning dengan skor 70,15. {second} Berikutnya pada 2023 naik lagi di "
    "angka 91,30. Sedangkan pada 2024 memperoleh nilai kepatuhan 95,60."
)


@pytest.mark.parametrize(
    "second",
    [
        "Setahun kemudian naik ke zona hijau dengan skor 88,40.",
        "Pada tahun berikutnya naik ke zona hijau dengan skor 88,40.",
        "Kemudian pada 2022 naik ke zona hijau dengan skor 88,40.",
    ],
    ids=["setahun-kemudian", "tahun-berikutnya", "kemudian-pada-2022"],
)
def test_a_series_of_years_goes_on_with_its_subject(second):
    got = recs(SERIES.format(second=second))
    scores = {y: r.score for (e, y), r in got.items() if e == "Provinsi Jawa Timur"}
    assert scores == {2021: 70.15, 2022: 88.40, 2023: 91.30, 2024: 95.60}
    assert got[("Provinsi Jawa Timur", 2022)].zone == "hijau"


def test_sentences_not_in_a_series_do_not_carry_the_subject_far():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kota Salatiga meraih nilai 90,10. Acara "
        "itu dihadiri pejabat daerah. Para tamu menikmati hidangan. Panitia menyiapkan tempat. Rata-rata nilai "
        "kabupaten/kota di provinsi ini 80,20."
    )
    assert {k: r.score for k, r in got.items()} == {("Kota Salatiga", 2024): 90.10}


# -- a weekday with day/month and the 2022+ category pair "tinggi dan tertinggi" ----------------------
# (Selasa 13 Februari fell in 2018 and in 2024: the 2017 or the 2023 assessment)

UNDATED = "Ombudsman menyerahkan hasil penilaian kepatuhan kepada enam kabupaten di Ternate, Selasa (13/2). "


@pytest.mark.parametrize(
    "sentence, year, not_year",
    [
        (
            "Ada kabupaten yang masuk kategori tinggi dan tertinggi, yaitu zona hijau. Kabupaten Halmahera Utara "
            "meraih nilai 84,12.",
            2023,
            2017,
        ),
        (
            "Kabupaten Halmahera Utara meraih nilai 84,12 dan masuk kategori tertinggi dan tinggi bersama dua daerah "
            "lain.",
            2023,
            2017,
        ),
        ("Kabupaten Halmahera Utara meraih nilai 84,12. Dua daerah masih di kategori rendah dan terendah.", 2023, 2017),
        ("Kabupaten Halmahera Utara meraih nilai 84,12 dan masuk kategori tinggi.", 2017, None),
    ],
    ids=["pair-before", "pair-reversed", "low-pair", "single-old-category"],
)
def test_a_pair_of_2022_categories_puts_a_weekday_date_in_the_later_year(sentence, year, not_year):
    got = recs(UNDATED + sentence)
    assert ("Kabupaten Halmahera Utara", year) in got
    assert not_year is None or ("Kabupaten Halmahera Utara", not_year) not in got


# -- a page date in English order ("Senin, Mei 6, 2024") dates the page, below a written year --------------


PLAIN = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik. "
WRITTEN_2021 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. "


@pytest.mark.parametrize(
    "header, release, year, not_year",
    [
        ("Kamis, Juni 13, 2024", PLAIN, 2023, None),
        ("Juni 13, 2024", PLAIN, 2023, None),
        ("Kamis, Jun 13, 2024", PLAIN, 2023, None),
        ("Kamis, Juni 13, 2024", WRITTEN_2021, 2021, 2023),
    ],
    ids=["weekday-month-day-year", "month-day-year", "short-month", "written-year-wins"],
)
def test_a_page_date_in_english_order_dates_the_page(header, release, year, not_year):
    got = recs(f"{header}\n{release}Kabupaten Halmahera Barat meraih nilai 81,40 dan masuk zona hijau.")
    assert ("Kabupaten Halmahera Barat", year) in got
    assert not_year is None or ("Kabupaten Halmahera Barat", not_year) not in got


# -- "pada Desember 2024 lalu, X meraih ... 88,87": a hand-over late in a year gives that year's results ----

LATER = "https://contoh.id/2026/01/11/pelayanan-publik-buton"


@pytest.mark.parametrize(
    "text, year, not_year",
    [
        (
            "Kinerja pelayanan publik Buton menurun tahun ini. Pasalnya, pada Desember 2024 lalu, Pemkab Buton baru "
            "saja meraih penghargaan kualitas tertinggi dari Ombudsman RI dengan nilai 88,87 kategori A.",
            2024,
            2025,
        ),
        (
            "Kinerja pelayanan publik Buton menurun tahun ini. Pada November 2024, Pemkab Buton menerima hasil "
            "penilaian kepatuhan Ombudsman RI dengan nilai 88,87.",
            2024,
            2025,
        ),
        (
            "Kinerja pelayanan publik Buton menurun tahun ini. Pemkab Buton pada 12 Desember 2024 menerima piagam "
            "penilaian kepatuhan Ombudsman RI dengan nilai 88,87.",
            2024,
            2025,
        ),
        # a mid-year month gives no year: the page's own date stands
        (
            "Pada Juni 2024 lalu, Pemkab Buton menerima tim penilaian kepatuhan Ombudsman RI. Nilai kepatuhannya 88,87.",
            2025,
            2024,
        ),
    ],
    ids=["desember-lalu", "november", "day-desember", "mid-year-month"],
)
def test_a_late_year_hand_over_month_gives_its_year(text, year, not_year):
    got = recs(text, url=LATER)
    assert got[("Kabupaten Buton", year)].score == 88.87
    assert ("Kabupaten Buton", not_year) not in got


# -- "B ..., yang bertahan dari tahun lalu dan C dengan nilai X": the relative clause's year is B's -------

PB = "Ombudsman merilis hasil penilaian kepatuhan tahun 2023 kepada tujuh kabupaten di Papua Barat. "


@pytest.mark.parametrize(
    "sentence, year, score, not_year",
    [
        (
            "Zona hijau diraih Kabupaten Manokwari dengan nilai 85,47, yang masih bertahan dari tahun lalu dan "
            "Kabupaten Kaimana dengan nilai 86,22.",
            2023,
            86.22,
            2022,
        ),
        (
            "Kabupaten Manokwari dengan nilai 85,47, yang masih bertahan dari tahun lalu, serta Kabupaten Kaimana "
            "dengan nilai 86,22 masuk zona hijau.",
            2023,
            86.22,
            2022,
        ),
        ("Pada tahun lalu, Kabupaten Kaimana meraih nilai 70,10.", 2022, 70.10, None),
    ],
    ids=["zone-heading", "zone-after", "year-opens-sentence"],
)
def test_a_relative_clause_year_stays_with_its_item(sentence, year, score, not_year):
    got = recs(PB + sentence)
    assert got[("Kabupaten Kaimana", year)].score == score
    assert not_year is None or ("Kabupaten Kaimana", not_year) not in got


# -- a sentence that would give the reported year a second, different value goes on with the year before ----

REPORTED_2022 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. "


@pytest.mark.parametrize(
    ("told", "entity", "earlier", "value"),
    [
        (
            "Kota Medan meraih nilai 81,43. Tercatat 2021, Kota Medan masuk zona hijau bersama 33 kota lainnya. "
            "Kota Medan sendiri meraih nilai 89,22.",
            "Kota Medan",
            81.43,
            89.22,
        ),
        (
            "Kota Binjai meraih nilai 85,60. Pada 2021, Kota Binjai masih berada di zona kuning. Kota Binjai "
            "memperoleh nilai 72,15.",
            "Kota Binjai",
            85.60,
            72.15,
        ),
        (
            "Kabupaten Asahan meraih nilai 83,30. Tahun 2021 Kabupaten Asahan masuk zona kuning. Kabupaten Asahan "
            "mendapat nilai 70,02.",
            "Kabupaten Asahan",
            83.30,
            70.02,
        ),
    ],
)
def test_a_second_value_goes_on_with_the_year_just_told(told, entity, earlier, value):
    got = recs(REPORTED_2022 + told, published="2022-12-23")
    assert got[(entity, 2022)].score == earlier
    assert got[(entity, 2021)].score == value


def test_the_same_value_again_keeps_the_reported_year():
    text = REPORTED_2022 + (
        "Kabupaten Kudus memperoleh nilai 84,10. Pada 2021 Kabupaten Kudus berada di zona kuning. Kabupaten Kudus "
        "kini meraih nilai 84,10 dan masuk zona hijau."
    )
    got = recs(text, published="2022-12-23")
    assert got[("Kabupaten Kudus", 2022)].zone == "hijau"
    assert got[("Kabupaten Kudus", 2021)].score is None


# -- the article's printed stamp (date with its clock time) over today's date in the site's header -----
# (a header above the headline shows the day the page was read; the story itself was filed years before)

STAMPED_BODY = (
    "Ombudsman RI menyerahkan laporan hasil penilaian kepatuhan pelayanan publik kepada Pemkab Serang. "
    "Dinas Pendidikan dan Kebudayaan Kabupaten Serang memperoleh nilai 32,92 sehingga masuk zona merah."
)


@pytest.mark.parametrize(
    "stamp",
    ["4 April 2022 | 21:19", "Senin, 4 April 2022, 21.19 WIB", "04/04/2022 21:19", "Senin, 4 April 2022 - Pukul 21:19"],
)
def test_the_stamped_date_dates_the_story_not_the_header(stamp):
    text = f"Senin, 29 September 2025\nBeranda\nDaerah\n\nDindikbud Dapat Rapor Merah\n{stamp}\n\n{STAMPED_BODY}"
    got = recs(text)
    assert got[("Dinas Pendidikan dan Kebudayaan", 2021)].score == 32.92
    assert ("Dinas Pendidikan dan Kebudayaan", 2024) not in got


def test_a_date_with_a_number_after_it_is_no_stamp():
    # "2022, 85.50": a score after the date, not a clock: the latest date still dates the page
    text = "Senin, 29 September 2025\n\nPada 4 April 2022, 85.50 poin dicatat. " + STAMPED_BODY
    got = recs(text)
    assert ("Dinas Pendidikan dan Kebudayaan", 2024) in got


# -- a weekday date without its year dates the statement: the survey of that year is still ahead --------
# (Jumat 2 Maret fell in 2018: "survei pada 2018" in that statement has no results yet)

SAID_FRIDAY_2_3 = (
    '"Hasil survei kepatuhan yang kami lakukan pada 2017 menunjukkan Kabupaten Belu meraih nilai 37,86 dan '
    'masuk zona merah," kata Asisten Ombudsman RI Perwakilan NTT di Kupang, Jumat (2/3). '
    "Sementara yang berada di zona kuning yakni Kota Kupang dan Kabupaten Kupang. "
)


@pytest.mark.parametrize(
    "plan",
    [
        "Pada survei kepatuhan 2018, Ombudsman berencana menambah enam kabupaten hingga jumlahnya 10.",
        "Pada survei tahun 2018 jumlah daerah yang dinilai bertambah menjadi 10 kabupaten/kota.",
        "Penilaian 2018 nanti mencakup 10 kabupaten/kota di daratan Timor.",
    ],
)
def test_the_year_of_a_weekday_dated_statement_is_still_ahead(plan):
    got = recs(SAID_FRIDAY_2_3 + plan)
    assert got[("Kabupaten Kupang", 2017)].zone == "kuning"
    assert got[("Kabupaten Belu", 2017)].score == 37.86
    assert not [key for key in got if key[1] == 2018]


def test_a_december_weekday_leaves_that_years_results_to_it():
    # Jumat 14 Desember 2018: the 2018 results are out, the year written is the one reported
    text = (
        "Ombudsman RI Perwakilan NTT menyerahkan hasil penilaian kepatuhan tahun 2018 di Kupang, Jumat (14/12). "
        "Kabupaten Kupang meraih nilai 72,10 dan masuk zona kuning, naik menjadi 10 besar."
    )
    got = recs(text)
    assert got[("Kabupaten Kupang", 2018)].score == 72.10


# -- the only year written is when the results were handed over early in it ("pada awal 2026"): the
# results are the previous assessment's; with a year written for the results, that year stays --------


@pytest.mark.parametrize(
    "text, entity, year",
    [
        (
            "Pemerintah Kota Denpasar kembali berprestasi pada awal 2026 setelah meraih Opini Kualitas "
            "Tertinggi dari Ombudsman RI.",
            "Kota Denpasar",
            2025,
        ),
        (
            "Pemkab Badung menerima Opini Kualitas Tertinggi dari Ombudsman Republik Indonesia di awal tahun 2026.",
            "Kabupaten Badung",
            2025,
        ),
        (
            "Pada awal 2024, Pemkot Bogor menerima piagam zona hijau dari Ombudsman RI atas kepatuhan "
            "standar pelayanan publik.",
            "Kota Bogor",
            2023,
        ),
    ],
)
def test_year_handed_over_early_is_the_year_after(text, entity, year):
    got = recs(text)
    assert (entity, year) in got, sorted(got)
    assert (entity, year + 1) not in got


def test_year_of_the_results_beats_an_early_hand_over():
    text = (
        "Pemkot Bogor meraih Opini Kualitas Tertinggi dalam Penilaian Maladministrasi Tahun 2025 dari "
        "Ombudsman RI, diserahkan pada awal 2026."
    )
    got = recs(text)
    assert ("Kota Bogor", 2025) in got, sorted(got)
