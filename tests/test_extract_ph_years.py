"""Years and dates: plan years, hoped-for years, weekdays dated by the page's address, hand-overs
early in the year, observations before the first assessment, undated releases.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import BK, OMB_RELEASE, assert_record_fields, recs


HEAD = "Ombudsman RI Perwakilan Sulawesi Tenggara mengumumkan hasil penilaian kepatuhan standar pelayanan publik. "


# -- a plan named by its last year is no assessment year -----------------------------------------------

JABAR = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2018 di Jakarta (10/12/2018). Pemkab Garut berhasil "
    "meraih zona hijau. "
)


@pytest.mark.parametrize(
    "plan",
    [
        "Survei kepatuhan juga menjadi indikator pencapaian RPJMN 2019. Bahkan, Pemkab Garut meraih peringkat pertama "
        "nasional.",
        "Sesuai target RPJMD tahun 2019, Pemkab Garut meraih peringkat pertama nasional.",
        "Bahkan, Pemkab Garut meraih peringkat pertama nasional, sejalan dengan Renstra 2019.",
    ],
)
def test_a_plan_year_is_no_assessment_year(plan):
    got = recs(JABAR + plan)
    assert got[("Kabupaten Garut", 2018)].rank == 1
    assert ("Kabupaten Garut", 2019) not in got


def test_a_year_written_for_the_assessment_still_counts():
    got = recs(JABAR + "Pada penilaian tahun 2019, Pemkab Garut kembali meraih zona hijau dengan nilai 91,20.")
    assert got[("Kabupaten Garut", 2019)].score == 91.2


# -- a weekday with day/month, and the month in the page's address ------------------------------------


@pytest.mark.parametrize(
    "url, year",
    [
        ("https://berita.example.id/2018/01/polres-dinilai-ombudsman/", 2017),
        ("https://berita.example.id/2024/01/polres-dinilai-ombudsman/", 2023),
    ],
)
def test_the_address_month_picks_the_weekdays_year(url, year):
    # Wednesday 3 January falls in both 2018 and 2024: the address says which
    text = OMB_RELEASE + "Polres Kendari berada di zona hijau, kata Kepala Ombudsman, Rabu (03/01)."
    r = recs(text, url=url)
    assert r[("Polres Kendari", year)].zone == "hijau"


def test_without_an_address_month_the_weekday_guess_stands():
    text = OMB_RELEASE + "Polres Kendari berada di zona hijau, kata Kepala Ombudsman, Rabu (03/01)."
    r = recs(text, url="https://berita.example.id/polres-dinilai-ombudsman/")
    assert [k[1] for k in r] == [2023]


# -- a January hand-over dated on the right weekday: "penilaian tahun 2024" then is 2023's result --------

HANDED = (
    "Ombudsman RI menyerahkan piagam penghargaan penilaian kepatuhan pelayanan publik tahun 2024 kepada pemda "
    "di Jawa Timur. Pemprov Jatim meraih zona hijau dengan nilai 88,81. Tahun sebelumnya nilainya 79,35. "
)


@pytest.mark.parametrize(
    "said",
    [
        '"Semoga dipertahankan," ujarnya, Rabu 24 Januari 2024 di Surabaya.',
        "Hal itu disampaikan Kepala Perwakilan pada Rabu, 24 Januari 2024.",
        "Penyerahan berlangsung Selasa (6 Februari 2024) di kantor gubernur.",
    ],
)
def test_a_hand_over_dated_early_in_the_year_reports_the_year_before(said):
    got = recs(HANDED + said)
    assert got[("Provinsi Jawa Timur", 2023)].score == 88.81
    assert got[("Provinsi Jawa Timur", 2022)].score == 79.35
    assert ("Provinsi Jawa Timur", 2024) not in got


@pytest.mark.parametrize(
    "said",
    [
        '"Semoga dipertahankan," ujarnya, Kamis 24 Januari 2024 di Surabaya.',  # wrong weekday: year unsure
        '"Semoga dipertahankan," ujarnya, Senin 23 Desember 2024 di Surabaya.',  # a December hand-over
    ],
)
def test_a_date_with_a_wrong_weekday_or_in_december_keeps_the_written_year(said):
    got = recs(HANDED + said)
    assert got[("Provinsi Jawa Timur", 2024)].score == 88.81


# -- an observation dated by the address's month before the first assessment gives no record ------------

OBSERVED = (
    "Hasil observasi kepatuhan Ombudsman RI Perwakilan Sumatera Utara menempatkan Dinas Kesehatan Kota Medan "
    "di zona merah dan Kota Medan secara umum di zona kuning, kata Kepala Perwakilan, Senin (23/12). "
)


@pytest.mark.parametrize("url", ["http://contoh.go.id/berita/2014/4/skpd-zona-hijau.html", "https://x.id/2014/01/obs"])
def test_an_observation_before_the_first_assessment_gives_no_record(url):
    assert recs(OBSERVED, url=url) == {}


def test_the_address_month_dates_a_weekday_without_year():
    got = recs(OBSERVED, url="https://contoh.id/2019/12/24/hasil-observasi")
    assert ("Kota Medan", 2019) in got


# -- "X itu tingkat kepatuhannya rendah": the level with no copula dates an undated release ------


@pytest.mark.parametrize(
    "said",
    [
        "Menurut dia, Pemkab Buton itu tingkat kepatuhannya rendah, sehingga masuk zona merah.",
        "Artinya Pemkab Buton kepatuhannya rendah dan berada di zona merah.",
        "Pemkab Buton masuk zona merah atau rendah, katanya.",
    ],
)
def test_the_old_level_of_a_holder_dates_a_weekday_release_before_2022(said):
    text = HEAD + f"Kepala perwakilan menyampaikannya di Kendari, Selasa (5/12). {said}"
    assert_record_fields(text, {("Kabupaten Buton", 2017): {"zone": "merah", "opinion": "kepatuhan rendah"}})


@pytest.mark.parametrize(
    "said",
    [
        "Pemkab Buton masuk zona merah, katanya.",
        "Pemkab Buton masuk zona merah dengan kualitas rendah, katanya.",
        "Pemkab Buton masuk zona merah karena tingkat kepatuhannya lebih rendah dibanding daerah lain.",
    ],
)
def test_without_an_old_level_the_weekday_keeps_the_latest_year(said):
    text = HEAD + f"Kepala perwakilan menyampaikannya di Kendari, Selasa (5/12). {said}"
    r = recs(text)
    assert ("Kabupaten Buton", 2023) in r, r.keys()
    assert r[("Kabupaten Buton", 2023)].opinion != "kepatuhan rendah"


@pytest.mark.parametrize(
    "said",
    [
        "Pemkot Baubau itu tingkat kepatuhannya sedang, sehingga masuk zona kuning.",
        "Tahun ini Pemkot Baubau masuk zona kuning atau sedang.",
    ],
)
def test_the_direct_level_fills_the_old_opinion(said):
    text = HEAD + f"Hasil penilaian tahun 2019 disampaikan di Kendari. {said}"
    assert_record_fields(text, {("Kota Baubau", 2019): {"opinion": "kepatuhan sedang", "zone": "kuning"}})


# -- a hope for the next assessment's year is no results year ------------------------------------


@pytest.mark.parametrize(
    "wish",
    [
        '"Kami harapkan penilaian tahun 2025 nanti hasilnya makin baik," kata bupati.',
        "Bupati mengharapkan pada penilaian 2025 nilai itu naik.",
        "Targetnya, pada penilaian tahun 2025 nilai itu naik lagi, ujarnya.",
    ],
)
def test_a_year_hoped_for_does_not_date_the_results(wish):
    text = (
        BK + "Kabupaten Kaur tahun 2024 masuk zona hijau dengan nilai 90,12. "
        "Nilai tertinggi diraih Dinas Sosial dengan nilai 95,10, kemudian Dinas Kesehatan 93,20. " + wish
    )
    r = recs(text)
    assert r[("Kabupaten Kaur", 2024)].score == 90.12
    assert r[("Dinas Sosial", 2024)].score == 95.1
    assert not any(year == 2025 for _, year in r)


def test_a_year_said_plainly_after_the_results_still_counts():
    text = (
        BK + "Nilai tertinggi diraih Dinas Sosial dengan nilai 95,10, kemudian Dinas Kesehatan 93,20. "
        "Penilaian itu dilakukan tahun 2024 terhadap tujuh perangkat daerah Kabupaten Kaur."
    )
    r = recs(text)
    assert r[("Dinas Sosial", 2024)].score == 95.1


# -- "Dari enam itu ...": a back-reference to a group counted in an earlier year ------------------------

JATENG_2019 = "Ombudsman RI Perwakilan Jawa Tengah menyampaikan hasil penilaian kepatuhan tahun 2019. "


@pytest.mark.parametrize(
    "body",
    [
        "Tahun sebelumnya ada tiga kabupaten yang dinilai, yaitu Kabupaten Blora, Rembang dan Pati. Dari tiga "
        "itu, Kabupaten Blora meraih zona hijau.",
        "Pada tahun 2018 ada tiga kabupaten yang dinilai. Di antara ketiga daerah tersebut, Kabupaten Blora "
        "masuk zona hijau.",
        "Tahun lalu Ombudsman menilai 3 kabupaten di pantai utara. Jadi diantara 3 itu, hanya Kabupaten Blora "
        "yang sudah masuk zona hijau.",
    ],
)
def test_back_reference_to_counted_group_takes_its_year(body):
    r = recs(JATENG_2019 + body)
    assert r[("Kabupaten Blora", 2018)].zone == "hijau"
    assert ("Kabupaten Blora", 2019) not in r


def test_back_reference_without_earlier_year_keeps_the_report_year():
    r = recs(JATENG_2019 + "Ada tiga kabupaten yang dinilai. Dari tiga itu, Kabupaten Blora meraih zona hijau.")
    assert r[("Kabupaten Blora", 2019)].zone == "hijau"


# -- a year bounding a span of time is no finished result: "tahun lalu" counts from the date ----------------

SEMARANG_VISIT = (
    "Komisioner Ombudsman RI berkunjung ke Balai Kota Semarang, Jumat (31/8/2018). Dalam survei Ombudsman tahun "
    "lalu, Kota Semarang menempati peringkat teratas dengan zona hijau. "
)


@pytest.mark.parametrize(
    "span",
    [
        "Sepanjang Januari 2016 hingga 31 Desember 2017, Pemkot menangani 12.000 aduan warga.",
        "Pemkot menangani 12.000 aduan warga dari Maret 2016 sampai Desember 2017.",
        "Aduan yang masuk sejak 1 Januari 2017 mencapai 12.000 laporan.",
    ],
)
def test_a_year_bounding_a_span_leaves_last_year_to_the_date(span):
    got = recs(SEMARANG_VISIT + span)
    assert got[("Kota Semarang", 2017)].zone == "hijau"
    assert ("Kota Semarang", 2016) not in got


def test_a_written_result_year_still_anchors_last_year():
    text = SEMARANG_VISIT + "Pada penilaian kepatuhan tahun 2017, Kota Semarang juga meraih nilai 91,05."
    assert_record_fields(text, {("Kota Semarang", 2017): {"score": 91.05}, ("Kota Semarang", 2016): {"zone": "hijau"}})


# -- "pada tahun tersebut" after a year compared with is that earlier year, not the one reported ------------

JATENG = "Ombudsman RI Perwakilan Jawa Tengah menilai Pemkab Kudus masuk zona kuning pelayanan publik. "


@pytest.mark.parametrize(
    "earlier",
    [
        "Nilai itu naik dibandingkan dengan tahun 2015 yang hanya 51,90. Pada tahun tersebut Kabupaten Kudus juga "
        "berada di zona kuning.",
        "Capaian ini lebih baik ketimbang tahun 2015 dengan nilai 51,90. Di tahun itu pun Kabupaten Kudus sudah "
        "masuk zona kuning.",
    ],
)
def test_a_back_reference_to_a_compared_year_stays_earlier(earlier):
    text = (
        JATENG + "Kabupaten Kudus meraih nilai 77,80 dan masuk urutan keenam dari 45 kabupaten di zona kuning, "
        "ujarnya di Semarang, Kamis (16/2/2017). " + earlier
    )
    assert_record_fields(
        text, {("Kabupaten Kudus", 2016): {"rank": 6}, ("Kabupaten Kudus", 2015): {"zone": "kuning", "rank": None}}
    )


def test_a_back_reference_to_the_reported_year_is_that_year():
    text = (
        "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil penilaian kepatuhan tahun 2016. Kabupaten Kudus "
        "meraih nilai 77,80. Pada tahun tersebut Kabupaten Kudus berada di urutan keenam dari 45 kabupaten."
    )
    got = recs(text, published="2017-02-16")
    assert got[("Kabupaten Kudus", 2016)].rank == 6
    assert ("Kabupaten Kudus", 2015) not in got


# -- a survey held in a part of the year names that year's assessment, even in a page of the same year -----

MID_DATED = " Hal itu disampaikan Kepala Ombudsman RI Perwakilan Gorontalo di Kota Gorontalo, Rabu (12/7/2023)."


@pytest.mark.parametrize(
    "lead",
    [
        "Menurut hasil survei kepatuhan pelayanan publik selama pertengahan tahun 2023, Kabupaten Boalemo dan "
        "Kabupaten Pohuwato masuk zona merah.",
        "Berdasarkan survei Ombudsman pada semester pertama 2023, Kabupaten Boalemo dan Kabupaten Pohuwato "
        "berada di zona merah.",
        "Observasi yang dilakukan sepanjang paruh pertama tahun 2023 menempatkan Kabupaten Boalemo dan Kabupaten "
        "Pohuwato dalam zona merah kepatuhan.",
    ],
)
def test_a_survey_in_part_of_the_year_is_that_years(lead):
    got = recs(lead + MID_DATED)
    assert got[("Kabupaten Boalemo", 2023)].zone == "merah"
    assert got[("Kabupaten Pohuwato", 2023)].zone == "merah"
    assert ("Kabupaten Boalemo", 2022) not in got


def test_the_page_year_without_a_survey_part_is_still_ahead():
    lead = (
        "Dalam sosialisasi penilaian kepatuhan tahun 2023, Ombudsman menyebut Kabupaten Boalemo dan Kabupaten "
        "Pohuwato masih berada di zona merah."
    )
    got = recs(lead + MID_DATED)
    assert ("Kabupaten Boalemo", 2023) not in got
    assert got[("Kabupaten Boalemo", 2022)].zone == "merah"


# -- results told as still to come: a state said now is the assessment before ----------------------------

NOV_LEAD = (
    "Ketua Ombudsman RI menyebut Kota Kediri dan Kabupaten Kediri sudah masuk zona hijau dalam penilaian "
    "kepatuhan. Hal itu disampaikan dalam kunjungan kerja di Kota Kediri, Selasa (11/11/2025). "
)


@pytest.mark.parametrize(
    "ahead",
    [
        "Menurutnya, hasil penilaian tahun ini akan diumumkan pada bulan Desember 2025.",
        "Hasil survei kepatuhan yang baru rampung dijadwalkan akan dirilis Desember 2025.",
        "Adapun hasilnya belum diumumkan dan baru dijadwalkan pada Desember 2025, ujarnya.",
    ],
)
def test_results_still_to_come_date_the_state_before(ahead):
    got = recs(NOV_LEAD + ahead)
    assert got[("Kota Kediri", 2024)].zone == "hijau"
    assert ("Kota Kediri", 2025) not in got


def test_results_already_out_keep_the_year():
    got = recs(NOV_LEAD + "Menurutnya, hasil penilaian tahun ini telah diumumkan pada awal November 2025.")
    assert ("Kota Kediri", 2024) not in got


# -- a year after the day the text was said has no results out ----------------------------------------------

BANTEN = (
    "Ombudsman RI Perwakilan Banten menyerahkan hasil survei kepatuhan tahun 2019 kepada Pemkot Cilegon, "
    "Selasa (18/2/2020). Kota Cilegon masuk zona kuning dengan nilai 74,20. "
)


@pytest.mark.parametrize(
    "hope",
    [
        "Ia optimistis hasil penilaian kepatuhan tahun 2021 nanti sudah masuk zona hijau.",
        "Pemkot yakin pada penilaian 2021 Kota Cilegon naik ke zona hijau.",
    ],
)
def test_a_year_after_the_said_day_is_no_result(hope):
    got = recs(BANTEN + hope)
    assert got[("Kota Cilegon", 2019)].score == 74.20
    assert ("Kota Cilegon", 2021) not in got


def test_a_year_up_to_the_said_day_is_kept():
    text = (
        "Ombudsman RI Perwakilan Banten menyerahkan hasil survei kepatuhan tahun 2021 kepada Pemkot Cilegon, "
        "Selasa (14/12/2021). Kota Cilegon masuk zona hijau dengan nilai 88,40."
    )
    assert recs(text)[("Kota Cilegon", 2021)].score == 88.40


# -- one rule for the page's own year: a survey held in named months of it is that year's assessment ------


@pytest.mark.parametrize(
    "period",
    [
        "Dari hasil survei yang dilakukan Ombudsman dari Juli hingga Agustus 2019 itu,",
        "Berdasarkan survei kepatuhan Ombudsman periode Mei-Juli 2019,",
        "Dalam penilaian kepatuhan oleh Ombudsman yang dilakukan sejak Juni-Agustus 2019,",
    ],
)
def test_a_survey_in_named_months_of_the_page_year_is_that_years(period):
    text = (
        f"{period} Kabupaten Bangli hanya memperoleh nilai 31,5 dan masih berada di zona merah. Kabupaten "
        "Buleleng mendapat nilai 47,5."
    )
    got = recs(text, published="2019-08-30")
    assert got[("Kabupaten Bangli", 2019)].score == 31.5
    assert got[("Kabupaten Buleleng", 2019)].score == 47.5
    assert ("Kabupaten Bangli", 2018) not in got


def test_a_month_that_dates_a_hand_over_in_the_page_year_is_no_survey_period():
    text = (
        "Hasil penilaian kepatuhan diserahkan Ombudsman pada Agustus 2019. Kabupaten Bangli memperoleh nilai 31,5 "
        "dan berada di zona merah."
    )
    got = recs(text, published="2019-08-30")
    assert ("Kabupaten Bangli", 2019) not in got
    assert got[("Kabupaten Bangli", 2018)].score == 31.5


# -- the year of a statement dated by its weekday has no results out before November --------------------


@pytest.mark.parametrize(
    "hope",
    [
        "Pemkot yakin pada penilaian 2020 Kota Cilegon naik ke zona hijau.",
        "Wali Kota optimistis penilaian untuk 2020 bakal meraih zona hijau sebab kekurangannya tinggal sedikit.",
        "Mudah-mudahan penilaian tahun 2020 yang dilaporkan tahun berikutnya sudah hijau, ujarnya.",
    ],
)
def test_the_said_days_own_year_is_still_ahead(hope):
    got = recs(BANTEN + hope)
    assert got[("Kota Cilegon", 2019)].score == 74.20
    assert ("Kota Cilegon", 2020) not in got


def test_a_survey_period_in_the_said_days_year_is_kept():
    text = (
        "Ombudsman RI Perwakilan Banten memaparkan hasil survei kepatuhan yang digelar dari Juni hingga Juli "
        "2019, Senin (12/8/2019). Kota Cilegon masuk zona kuning dengan nilai 74,20."
    )
    assert recs(text)[("Kota Cilegon", 2019)].score == 74.20


# -- "tahun lalu" in an undated mid-year release dated only by its weekday is the calendar's last year ----


@pytest.mark.parametrize(
    ("text", "entity", "year"),
    [
        (
            'Ombudsman RI menilai pelayanan publik Kota Semarang terus membaik. "Survei Ombudsman tahun lalu, Kota '
            'Semarang berada di peringkat teratas, masuk kategori zona hijau," kata anggota Ombudsman saat berkunjung '
            "ke Semarang, Jumat (31/8).",
            "Kota Semarang",
            2017,
        ),
        (
            "Anggota Ombudsman RI berkunjung ke Kabupaten Kudus, Kamis (12/7). Ia menyebut pada penilaian kepatuhan "
            "tahun lalu Kabupaten Kudus masuk zona kuning.",
            "Kabupaten Kudus",
            2017,
        ),
        (
            "Dalam kunjungan ke Kota Semarang, Rabu (15/5), anggota Ombudsman RI mengatakan Kota Semarang tahun lalu "
            "meraih predikat kepatuhan tinggi dalam survei kepatuhan.",
            "Kota Semarang",
            2018,
        ),
    ],
)
def test_last_year_in_a_weekday_dated_mid_year_release(text, entity, year):
    got = recs(text)
    assert (entity, year) in got
    assert (entity, year - 1) not in got


def test_last_year_in_a_weekday_dated_hand_over_counts_from_its_results():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada Kota Semarang, Jumat (7/12). Tahun lalu Kota "
        "Semarang masuk zona kuning, kini zona hijau."
    )
    got = recs(text)
    assert got[("Kota Semarang", 2018)].zone == "hijau"
    assert got[("Kota Semarang", 2017)].zone == "kuning"
