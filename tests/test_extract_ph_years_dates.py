"""Years from dates: a weekday date placed by the category words of its page, a page date in English
order, a hand-over month late in a year, a year compared with, and a relative clause's year.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_PROV, recs


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


# -- a span of months before a year is when the survey ran ("dilakukan sejak Juni-Oktober 2021"), so that
# year is the assessment's even when an earlier span of years is written first ----------------------------

EARLIER = (
    "Ombudsman RI Perwakilan Maluku Utara merilis hasil penilaian kepatuhan. Sebanyak 9 kabupaten di Provinsi Maluku Utara masuk zona merah. Kabupaten Halmahera Barat mendapat "
    "nilai 31,40 dan Kabupaten Pulau Morotai 29,75. Kota Ternate meraih zona hijau dengan nilai 84,10 setelah "
    "selama kurun waktu tahun 2016-2019 bertahan di zona kuning. "
)


@pytest.mark.parametrize(
    "period",
    [
        "Kepala Perwakilan Ombudsman Maluku Utara mengatakan penilaian kepatuhan ini dilakukan sejak Juni-Oktober 2021.",
        "Penilaian tersebut berlangsung selama Juli hingga Oktober 2021, kata Kepala Perwakilan Ombudsman.",
        "Pengambilan data oleh tim Ombudsman berlangsung mulai Juni sampai Oktober 2021.",
        "Tim penilai turun ke lapangan antara Juni dan Oktober 2021.",
    ],
    ids=["sejak-juni-oktober", "juli-hingga-oktober", "mulai-juni-sampai", "antara-juni-dan"],
)
def test_a_span_of_months_gives_the_assessment_year(period):
    got = recs(EARLIER + period)
    assert got[("Kabupaten Halmahera Barat", 2021)].score == 31.40
    assert got[("Kabupaten Pulau Morotai", 2021)].score == 29.75
    assert got[("Kota Ternate", 2021)].zone == "hijau"
    assert not any(y == 2019 and e != "Kota Ternate" for e, y in got)


@pytest.mark.parametrize(
    "date",
    [
        "Hasil penilaian itu diserahkan sejak Januari 2022 kepada bupati.",  # one month: a date
        "Ombudsman menyerahkan hasilnya pada 14 Februari 2022.",
    ],
    ids=["sejak-one-month", "day-month-year"],
)
def test_a_single_month_stays_a_date(date):
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan. Kabupaten Halmahera Barat mendapat nilai 31,40. " + date
    )
    assert ("Kabupaten Halmahera Barat", 2022) not in got
    assert got[("Kabupaten Halmahera Barat", 2021)].score == 31.40


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


# -- a label held over a span of years gives the two years written, or each year when said of each ----------

HEAD21 = "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2021. "
TWO_ENDS = {2021, 2016, 2019}
EACH = {2021, 2016, 2017, 2018, 2019}


@pytest.mark.parametrize(
    "sentence, years",
    [
        (
            "Kota Ternate meraih zona hijau dengan nilai 84,10 setelah selama kurun waktu tahun 2016-2019 bertahan di "
            "zona merah.",
            TWO_ENDS,
        ),
        ("Kota Ternate meraih zona hijau dengan nilai 84,10 setelah pada 2016-2019 berada di zona merah.", TWO_ENDS),
        (
            "Kota Ternate meraih zona hijau dengan nilai 84,10. Kota Ternate meraih zona merah empat tahun "
            "berturut-turut (2016-2019).",
            EACH,
        ),
        (
            "Kota Ternate meraih zona hijau dengan nilai 84,10. Kota Ternate berada di zona merah tiap tahun pada "
            "2016-2019.",
            EACH,
        ),
    ],
    ids=["kurun-waktu", "pada-span", "berturut-turut", "tiap-tahun"],
)
def test_a_span_of_years_gives_its_ends_or_each_year(sentence, years):
    got = recs(HEAD21 + sentence)
    assert {y for (e, y) in got if e == "Kota Ternate"} == years


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
