"""Spans of time: a span of months is when the survey ran and gives its year (over a weekday date), a
span of years gives the two years written or each year when said of each (a zone "tiga tahun
berturut-turut (2022-2024)" to each year, no score band), years named after "yaitu", a plan's span (RPJMN)
or a term of office is no result year; a single month stays a date.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import assert_record_fields, recs


# -- an earlier state held over a span of years written with words ("pada 2016 hingga 2018"): the
# ends the text names are its years (the years between are not written) -----------------------


@pytest.mark.parametrize(
    "earlier",
    [
        "Sebelumnya, Pemkab Bone Bolango sempat berada di zona merah pada 2016 hingga 2018.",
        "Pemkab Bone Bolango sebelumnya berada di zona merah dari tahun 2016 sampai 2018.",
        "Sebelumnya Pemkab Bone Bolango masih di zona merah pada tahun 2016 sampai dengan 2018.",
    ],
    ids=[
        "sebelumnya-pemkab-bone-bolango-sempat",
        "pemkab-bone-bolango-sebelumnya-berada",
        "sebelumnya-pemkab-bone-bolango-masih",
    ],
)
def test_earlier_state_over_a_span_gives_its_ends(earlier):
    text = "Pemkab Bone Bolango masuk zona hijau dalam penilaian kepatuhan Ombudsman tahun 2023. " + earlier
    got = recs(text)
    assert got[("Kabupaten Bone Bolango", 2023)].zone == "hijau"
    assert got[("Kabupaten Bone Bolango", 2016)].zone == "merah"
    assert got[("Kabupaten Bone Bolango", 2018)].zone == "merah"
    assert ("Kabupaten Bone Bolango", 2017) not in got


# -- "..., yaitu 2015 hingga 2018": the years that name the time just spoken of ---------------------------


@pytest.mark.parametrize(
    "earlier",
    [
        "Dulu Pemerintah Kota Bitung berada di zona merah dalam tiga kali penilaian pertama, yaitu 2016 hingga 2018.",
        "Sebelumnya Kota Bitung sempat masuk zona merah pada penilaian-penilaian awal, yakni tahun 2016 dan 2018.",
        "Kota Bitung pernah berada di zona merah dalam dua penilaian pertama, tepatnya 2016 dan 2018.",
    ],
    ids=["dulu-pemerintah-kota-bitung-berada", "sebelumnya-kota-bitung-sempat-masuk", "kota-bitung-pernah-berada-di"],
)
def test_years_named_after_yaitu_date_the_clause_before(earlier):
    text = "Ombudsman menyerahkan hasil penilaian kepatuhan 2019: Kota Bitung meraih zona hijau. " + earlier
    got = recs(text)
    assert got[("Kota Bitung", 2019)].zone == "hijau"
    assert got[("Kota Bitung", 2016)].zone == "merah", got
    assert got[("Kota Bitung", 2018)].zone == "merah", got


def test_a_list_after_yaitu_is_not_a_year():
    # look-alike: "yaitu" opens a list of places, the clause keeps the article's year
    text = (
        "Ombudsman menyerahkan hasil penilaian kepatuhan 2019. Dua kota masuk zona merah, yaitu Kota Bitung dan "
        "Kota Tomohon, sejak penilaian dimulai pada 2016."
    )
    got = recs(text)
    assert got[("Kota Bitung", 2019)].zone == "merah", got
    assert all(y == 2019 for _, y in got), got


# -- a plan's span of years is no result year ---------------------------------------------------


@pytest.mark.parametrize(
    "plan",
    [
        "penilaian kepatuhan merupakan mandat prioritas nasional dalam RPJMN Tahun 2020-2024",
        "penilaian ini menjadi indikator RPJMN 2020–2024",
        "penilaian ini tercantum dalam Renstra Ombudsman 2020-2024",
    ],
    ids=[
        "penilaian-kepatuhan-merupakan-mandat-prioritas",
        "penilaian-ini-menjadi-indikator-rpjmn",
        "penilaian-ini-tercantum-dalam-renstra",
    ],
)
def test_plan_years_are_no_result_years(plan):
    text = (
        "Pemerintah Kota Cimahi meraih predikat kepatuhan tinggi (zona hijau) dari Ombudsman RI pada "
        "penilaian standar pelayanan publik tahun 2021. Menurut hasil survei kepatuhan, Kota Cimahi meraih nilai 84,12. "
        f"Ketua Ombudsman RI mengatakan {plan}."
    )
    got = recs(text)
    assert set(got) == {("Kota Cimahi", 2021)}
    assert got[("Kota Cimahi", 2021)].score == 84.12


def test_a_term_of_office_is_not_a_span_of_assessment_years():
    text = (
        "Bupati Trenggalek periode 2021-2024 menerima hasil penilaian kepatuhan Ombudsman RI tahun 2023. "
        "Kabupaten Trenggalek meraih zona hijau dengan nilai 90,56."
    )
    assert set(recs(text)) == {("Kabupaten Trenggalek", 2023)}


# -- survey periods give the year -----------------------------------------------------------------


@pytest.mark.parametrize(
    "period",
    [
        "melalui survei pada April-Juli 2017",
        "berdasarkan survei yang dilakukan Mei hingga Agustus 2017",
        "dari hasil observasi sepanjang Juni 2017",
        "lewat penilaian pada Juli sampai September 2017",
    ],
    ids=[
        "melalui-survei-pada-april-juli",
        "berdasarkan-survei-yang-dilakukan-mei",
        "dari-hasil-observasi-sepanjang-juni",
        "lewat-penilaian-pada-juli-sampai",
    ],
)
def test_a_survey_period_gives_the_assessment_year(period):
    text = (
        f"Ombudsman RI Perwakilan NTB menyatakan Kabupaten Sumbawa masuk zona hijau {period}. "
        "Kabupaten Sumbawa meraih nilai 84,50, kata Kepala Perwakilan, Jumat."
    )
    assert recs(text)[("Kabupaten Sumbawa", 2017)].score == 84.5


def test_a_date_is_still_no_assessment_year():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 pada 12 Januari 2023. "
        "Kabupaten Sumbawa meraih nilai 84,50."
    )
    assert list(recs(text)) == [("Kabupaten Sumbawa", 2022)]


# -- a survey period's year beats a weekday date that fits another year --------------------------


@pytest.mark.parametrize(
    "text, entity, year",
    [
        (
            "Surabaya - Survei kepatuhan yang digelar Ombudsman RI periode April-Juni 2016 mencatat banyak daerah "
            "di Jawa Timur belum memenuhi standar.\nHasil itu disampaikan dalam acara penganugerahan di "
            "Jakarta, Kamis (7/12).\nDari tujuh kabupaten yang disurvei hanya Kabupaten Ngawi yang mendapat "
            "predikat kepatuhan tinggi/zona hijau dengan nilai 84,10.",
            "Kabupaten Ngawi",
            2016,
        ),
        (
            "Madiun - Survei kepatuhan standar pelayanan publik Ombudsman RI dilakukan pada kurun Maret sampai "
            "Juni 2017 di enam kabupaten. Penyerahan hasilnya digelar Selasa (11/12). Kabupaten Magetan meraih "
            "nilai 82,40 atau zona hijau.",
            "Kabupaten Magetan",
            2017,
        ),
        (
            "Ombudsman RI menilai kepatuhan 12 kabupaten pada periode Mei hingga Agustus 2017. Pada acara "
            "di Jakarta, Selasa (11/12), Kabupaten Pacitan masuk zona kuning dengan nilai 66,25.",
            "Kabupaten Pacitan",
            2017,
        ),
    ],
    ids=[
        "surabaya-survei-kepatuhan-yang-digelar",
        "madiun-survei-kepatuhan-standar-pelayanan",
        "ombudsman-ri-menilai-kepatuhan-12",
    ],
)
def test_survey_period_year_beats_a_weekday_date(text, entity, year):
    got = recs(text)
    assert (entity, year) in got, got.keys()


def test_a_single_month_after_periode_is_still_a_date():
    # "periode Januari 2024" dates a report; the results told are the year before's
    got = recs(
        "Dalam laporan periode Januari 2024, Ombudsman RI menyebut Kabupaten Ponorogo meraih nilai 88,12 "
        "pada penilaian kepatuhan dan masuk zona hijau."
    )
    assert ("Kabupaten Ponorogo", 2023) in got, got.keys()


@pytest.mark.parametrize(
    "aim",
    [
        "Setiap OPD diminta membenahi catatan yang ada guna memperbaiki hasil pada penilaian opini tahun 2025.",
        "Rekomendasi Ombudsman perlu dijalankan seluruh dinas guna menghadapi penilaian kepatuhan tahun 2025.",
    ],
    ids=["setiap-opd-diminta-membenahi-catatan", "rekomendasi-ombudsman-perlu-dijalankan-seluruh"],
)
def test_a_year_aimed_at_far_back_in_its_sentence_is_not_the_result_year(aim):
    got = recs(
        "Pemerintah Kabupaten Kendal meraih Opini Kualitas Tertinggi dari Ombudsman RI pada Penilaian Kepatuhan "
        "Penyelenggaraan Pelayanan Publik Tahun 2024. Penyerahan digelar di Semarang, Rabu (12/2/2025). "
        "Opini yang sama juga diraih Pemerintah Kabupaten Batang. " + aim
    )
    assert set(got) == {("Kabupaten Kendal", 2024), ("Kabupaten Batang", 2024)}, got.keys()


# -- "bagian dari RPJMN 2020-2024": neither year of a plan's span is an assessment year ------------------


@pytest.mark.parametrize(
    "plan",
    [
        "Penilaian kepatuhan menjadi bagian dari agenda RPJMN 2020-2024.",
        "Hal itu sejalan dengan target RPJMD 2021-2026 pemerintah provinsi.",
        "Program ini tercantum dalam Renstra 2020–2024 Ombudsman.",
    ],
    ids=["rpjmn", "rpjmd", "renstra-en-dash"],
)
def test_plan_span_first_year_is_no_assessment_year(plan):
    text = (
        "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan tahun 2022. Kota Jambi meraih "
        "nilai 88,10 dan Kabupaten Kerinci 85,45. " + plan
    )
    assert set(recs(text)) == {("Kota Jambi", 2022), ("Kabupaten Kerinci", 2022)}


def test_plan_span_alone_gives_no_year():
    text = (
        "Kepala Ombudsman RI Perwakilan Jambi mengatakan, ada dua kabupaten kota yang masuk zona hijau, yakni "
        "Kota Jambi dan Kabupaten Kerinci. Penilaian kepatuhan menjadi bagian dari agenda RPJMN 2020-2024."
    )
    assert all(y != 2020 for _, y in recs(text))


def test_span_of_results_still_gives_its_end_year():
    text = (
        "Kota Jambi meraih zona hijau penilaian kepatuhan Ombudsman RI tiga tahun berturut-turut (2021-2023), "
        "dengan nilai 91,20 pada penilaian terakhir."
    )
    got = recs(text)
    assert got[("Kota Jambi", 2023)].score == 91.2
    assert {y for _, y in got} == {2021, 2022, 2023}


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


# -- a survey period written as a span of months gives the year, over a weekday date without one -------------


@pytest.mark.parametrize(
    "period",
    [
        "pada bulan April sampai dengan Juli 2016",
        "selama Mei hingga Agustus 2016",
        "dalam kurun Maret - September 2016",
    ],
    ids=["april-sampai-dengan-juli", "mei-hingga-agustus", "kurun-maret-september"],
)
def test_a_span_of_months_gives_the_year_over_a_weekday_date(period):
    text = (
        "Pemprov Jambi meraih predikat hijau dari pengamatan Ombudsman RI pada sejumlah dinas di lingkungan "
        f"Pemprov Jambi yang mengambil sampel beberapa unit layanan {period}. Nilai hijau sebesar 84,12 "
        "disampaikan dalam rapat koordinasi di Jambi, Jumat (30/10)."
    )
    got = recs(text)
    assert set(got) == {("Provinsi Jambi", 2016)}
    assert got[("Provinsi Jambi", 2016)].score == 84.12


def test_a_single_month_before_a_year_is_still_a_date():
    # one month and its year is when something happened, not a survey period
    text = (
        "Hasil penilaian kepatuhan Ombudsman diserahkan pada Januari 2017. Pemprov Jambi meraih zona hijau "
        "dengan nilai 84,12."
    )
    got = recs(text)
    assert set(got) == {("Provinsi Jambi", 2016)}


# -- "sejak tahun 2016 hingga 2018": both years written hold the label ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sejak tahun 2016 hingga 2018, Kabupaten Garut selalu berada di zona kuning.",
        "Sejak 2016 sampai 2018 Kabupaten Garut masih di zona kuning.",
        "Kabupaten Garut berada di zona kuning dari tahun 2016 hingga 2018.",
    ],
    ids=["sejak-tahun-hingga", "sejak-sampai", "dari-tahun-hingga"],
)
def test_a_span_written_with_words_gives_both_years(sentence):
    got = recs("Ombudsman menyampaikan hasil survei kepatuhan, Jumat (11/10/2019). " + sentence)
    assert got[("Kabupaten Garut", 2016)].zone == "kuning"
    assert got[("Kabupaten Garut", 2018)].zone == "kuning"
    assert ("Kabupaten Garut", 2017) not in got


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


def test_a_span_of_years_gives_the_zone_to_every_year_and_is_no_score_band():
    text = (
        "Kabupaten Trenggalek meraih predikat zona hijau tiga tahun berturut-turut (2022-2024) dalam "
        "penilaian kepatuhan Ombudsman RI. Pada 2024, Trenggalek memperoleh nilai 93,10."
    )
    expected = {
        ("Kabupaten Trenggalek", 2022): {"zone": "hijau", "score": None},
        ("Kabupaten Trenggalek", 2023): {"zone": "hijau", "score": None},
        ("Kabupaten Trenggalek", 2024): {"zone": "hijau", "score": 93.1},
    }
    assert_record_fields(text, expected, exact=True)
