"""Years against the day a text was said: undated releases placed by a weekday and the labels, a checked
whole date over a yearless weekday, a statement before November speaks of the previous year's results,
results handed over early in the next year, a hand-over month that is no survey period, a headline's
year kept only in the address, "per 2018", "pada awal 2024", and a coming assessment looking back.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- undated releases: a weekday with day/month and the labels used give the year ---------------


@pytest.mark.parametrize(
    "dateline,labels,year",
    [
        # 23 Dec fell on a Friday in 2016 and 2022: the 2022+ grades decide
        ("kata Kepala Ombudsman Perwakilan, Jumat (23/12).", "masuk kategori A dengan opini kualitas tertinggi", 2022),
        ("ujarnya di Tanjungpinang, Jumat (23/12)", "meraih predikat B atau kualitas tinggi", 2022),
        # 16 Dec fell on a Sunday in 2018 (and 2012, before the assessment began)
        ("ujar Kepala Perwakilan, Minggu (16/12).", "masuk zona hijau", 2018),
        ("kata dia, Minggu, 16/12", "berada di zona hijau dengan kepatuhan tinggi", 2018),
        # a January hand-over reports the year before: Thursday 26 January is 2023 (and 2017, before 2022 labels)
        ("kata Kepala Ombudsman, Kamis (26/1).", "masuk kategori A dengan opini kualitas tertinggi", 2022),
    ],
    ids=[
        "kata-kepala-ombudsman-perwakilan-jumat",
        "ujarnya-di-tanjungpinang-jumat-23",
        "ujar-kepala-perwakilan-minggu-16",
        "kata-dia-minggu-16-12",
        "kata-kepala-ombudsman-kamis-26",
    ],
)
def test_weekday_date_and_labels_give_the_year(dateline, labels, year):
    text = (
        f"Pemerintah Kabupaten Bengkalis {labels} dalam penilaian kepatuhan standar pelayanan publik "
        f"Ombudsman RI, {dateline} Nilai yang diraih Kabupaten Bengkalis 91,30."
    )
    r = recs(text)
    assert list(r) == [("Kabupaten Bengkalis", year)]


def test_earlier_year_written_does_not_beat_the_release_date():
    text = (
        "Kabupaten Katingan masuk zona hijau hasil survei kepatuhan Ombudsman RI, kata Kepala Perwakilan, "
        "Minggu (16/12). Katingan 2017 masuk dalam zona kuning, tahun ini masuk zona hijau."
    )
    r = recs(text)
    assert r[("Kabupaten Katingan", 2018)].zone == "hijau"
    assert r[("Kabupaten Katingan", 2017)].zone == "kuning"


@pytest.mark.parametrize(
    "heading", ["BACA JUGA :", "Baca Juga:", "Berita Terkait"], ids=["baca-juga-1", "baca-juga-2", "berita-terkait"]
)
def test_years_in_links_to_other_articles_are_not_the_articles_year(heading):
    text = (
        "Kepala Ombudsman Perwakilan menyatakan standar layanan publik di provinsi itu sepanjang tahun 2019 "
        "belum baik. Hanya empat kabupaten mendapat rapor merah dari Ombudsman.\n"
        f"{heading}\n- Gubernur Resmikan Jalan Baru di 2026\n- Harga Cabai Naik Jelang 2025\n"
        "Kabupaten Kolaka masuk zona merah dengan nilai 43,60 dalam penilaian kepatuhan."
    )
    r = recs(text)
    assert list(r) == [("Kabupaten Kolaka", 2019)]


# -- a whole date with its weekday right beats a weekday written without its year ----------------


@pytest.mark.parametrize(
    "text, entity, year",
    [
        (
            "Kabupaten Serang masuk zona kuning dengan nilai 70,15 pada survei kepatuhan Ombudsman, kata Kepala "
            "Ombudsman Perwakilan Banten, Senin (10/2/2020). Pada Minggu (10/2) hasil yang sama diserahkan ke "
            "Pemkab Serang.",
            "Kabupaten Serang",
            2019,
        ),
        (
            "Hasil survei kepatuhan Ombudsman diserahkan pada Rabu (13/12) kepada Pemkot Cilegon, yang masuk "
            "zona hijau dengan nilai 82,30, ujar Kepala Ombudsman Perwakilan Banten, Kamis (13/12/2018).",
            "Kota Cilegon",
            2018,
        ),
    ],
    ids=["minggu-10-2", "rabu-13-12"],
)
def test_a_checked_whole_date_beats_a_yearless_weekday(text, entity, year):
    # the yearless weekdays fit other years' calendars (10/2 a Sunday in 2019, 13/12 a Wednesday in 2017)
    got = recs(text)
    assert (entity, year) in got, got.keys()


def test_a_yearless_weekday_still_dates_an_undated_text():
    got = recs(
        "Ombudsman RI menyerahkan hasil survei kepatuhan pada Kamis (7/2). Kabupaten Lebak masuk zona kuning "
        "dengan nilai 66,20."
    )
    assert ("Kabupaten Lebak", 2018) in got, got.keys()


# -- a statement made before November speaks of the previous year's results -------------------


@pytest.mark.parametrize(
    "text, entity, year",
    [
        (
            "Kepala Perwakilan Ombudsman Sulawesi Selatan mengatakan Pemprov Sulawesi Selatan tetap berada di "
            "zona hijau penilaian kepatuhan pelayanan publik. Hal itu disampaikan dalam Sosialisasi Penilaian "
            "Maladministrasi Pelayanan Publik Tahun 2025 di Makassar, Kamis, 9 Oktober 2025.",
            "Provinsi Sulawesi Selatan",
            2024,
        ),
        (
            "Ombudsman RI kembali melakukan penilaian kepatuhan tahun 2024 di Yogyakarta. Pemkab Sleman yang "
            "meraih nilai 95,10 dalam penilaian kepatuhan diharapkan mempertahankan capaiannya, kata Kepala "
            "Perwakilan saat ditemui Senin (10/6/2024).",
            "Kabupaten Sleman",
            2023,
        ),
        (
            "Tim Ombudsman mulai turun ke lapangan untuk penilaian kepatuhan 2023 pada 14 Agustus 2023. "
            "Pada penilaian kepatuhan terakhir, Kota Bitung masuk zona kuning dengan nilai 72,40.",
            "Kota Bitung",
            2022,
        ),
        (
            "Pada tahun 2025 ini, Ombudsman RI menerapkan Penilaian Maladministrasi. Menurut Kepala Perwakilan, "
            "Pemprov Sulawesi Tenggara saat ini berada di zona hijau. Hal itu disampaikan Selasa (17/6/2025).",
            "Provinsi Sulawesi Tenggara",
            2024,
        ),
        (
            "Kepala Perwakilan Ombudsman mengatakan Pemkab Konawe masih berada di zona kuning dengan nilai 70,40 "
            "dalam penilaian kepatuhan, Kamis (11/9/2025).",
            "Kabupaten Konawe",
            2024,
        ),
    ],
    ids=["sosialisasi-oktober", "juni-sleman", "agustus-fieldwork", "juni-2025", "september-2025"],
)
def test_statement_before_november_reports_the_previous_year(text, entity, year):
    got = recs(text)
    assert (entity, year) in got, got
    assert all(y == year for _, y in got), got


@pytest.mark.parametrize(
    "text, published, entity, year",
    [
        # a hand-over in December reports that year's assessment
        (
            "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023 pada Rabu (13/12/2023). "
            "Kota Bitung masuk zona hijau dengan nilai 88,20.",
            None,
            "Kota Bitung",
            2023,
        ),
        # a January date (its year often mistyped) does not overrule the year written for the results
        (
            "Hasil penilaian kepatuhan Ombudsman tahun 2024 diserahkan Kamis (16/1/2024) di Manado. "
            "Kota Bitung masuk zona hijau dengan nilai 88,20.",
            None,
            "Kota Bitung",
            2024,
        ),
        # the month and year of the hand-over are not the assessment's
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2024 kepada "
            "pemerintah daerah se-Sumsel pada Januari 2025. Kota Lubuk Linggau memperoleh nilai 90,38 dengan "
            "kategori A.",
            "2025-01-22",
            "Kota Lubuk Linggau",
            2024,
        ),
    ],
    ids=["december-hand-over", "january-mistyped", "hand-over-month-and-year"],
)
def test_hand_over_dates_keep_the_year_written(text, published, entity, year):
    got = recs(text, published=published)
    assert set(got) == {(entity, year)}, got


# -- an article announcing the coming assessment looks back in calendar terms ----------------


@pytest.mark.parametrize(
    "text, url",
    [
        (
            "Ombudsman RI Perwakilan Jawa Timur akan melakukan penilaian kepatuhan terhadap sepuluh kabupaten "
            "dan kota. Tiga daerah sudah pernah dinilai pada penilaian kepatuhan tahun 2018 dan masih kuning. "
            "Kota Madiun dilewati tahun ini sebab tahun lalu sudah meraih zona hijau.",
            "https://example.id/2019/04/ombudsman-jatim-nilai-sepuluh-daerah/",
        ),
        (
            "Ombudsman RI merencanakan survei kepatuhan di enam kabupaten di Jawa Timur. Daerah lain sudah "
            "disurvei pada penilaian kepatuhan tahun 2018. Tahun lalu Kota Madiun masuk zona hijau, kata "
            "Kepala Perwakilan saat ditemui Rabu (10/4/2019).",
            None,
        ),
    ],
    ids=["address-april", "dated-april"],
)
def test_coming_assessment_counts_last_year_by_the_calendar(text, url):
    got = recs(text, url=url)
    assert set(got) == {("Kota Madiun", 2018)}, got


def test_results_reported_mid_year_count_last_year_from_them():
    # a June article on the 2018 results, not announcing a coming assessment: "tahun lalu" is 2017
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2018 kepada Pemkot Madiun, Rabu (12/6/2019). "
        "Kota Madiun meraih zona hijau. Tahun lalu Kota Madiun berada di zona kuning."
    )
    assert got[("Kota Madiun", 2018)].zone == "hijau"
    assert got[("Kota Madiun", 2017)].zone == "kuning"


# -- the headline's year kept only in the address ---------------------------------------------

UNDATED = (
    "Hasil penilaian kepatuhan standar pelayanan publik Ombudsman RI untuk Pemprov Kalimantan Tengah masih "
    "zona kuning dengan nilai 74,20. Pemkab Katingan meraih nilai 84,65 dan masuk zona hijau."
)


@pytest.mark.parametrize(
    "url, year",
    [
        ("https://kalteng.example.id/berita/41234/layanan-publik-pemprov-kalteng-2019-masih-zona-kuning", 2019),
        ("https://example.id/read/8812/katingan-raih-zona-hijau-ombudsman-2021.html", 2021),
        ("https://example.id/news/2018-katingan-zona-hijau/?page=2", 2018),
        ("https://example.id/read/8812/katingan-raih-zona-hijau-ombudsman", None),  # no year
        ("https://example.id/read/2019/katingan-2018-vs-2019-zona-hijau", None),  # two years: none chosen
    ],
    ids=["slug-middle", "slug-end-html", "slug-start-query", "no-year", "two-years"],
)
def test_year_only_in_the_address_slug(url, year):
    got = recs(UNDATED, url=url)
    expected = {("Provinsi Kalimantan Tengah", year), ("Kabupaten Katingan", year)} if year else set()
    assert set(got) == expected, got


def test_written_year_beats_the_address():
    got = recs(UNDATED.replace("masih zona kuning", "tahun 2022 masih zona kuning"), url="https://x.id/a-2019-b")
    assert ("Kabupaten Katingan", 2022) in got, got


# -- results handed over in the next year --------------------------------------------------------

SIGI = "Pemkab Sigi meraih nilai 88,12 dan masuk zona hijau."


@pytest.mark.parametrize(
    "text, kw",
    [
        ("Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada Pemkab Sigi, Kamis (25/1/2024). " + SIGI, {}),
        ("Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada Pemkab Sigi. " + SIGI, {"published": "2024-01-25"}),
        (
            "Pemkab Sigi menerima penghargaan dari Ombudsman RI pada Februari 2024 atas hasil penilaian kepatuhan. "
            + SIGI,
            {},
        ),
        (
            "Pada 2024 ini Pemkab Sigi menerima hasil penilaian kepatuhan dari Ombudsman RI. "
            + SIGI
            + " Penyerahan dilakukan di Palu, Selasa (6/2/2024).",
            {},
        ),
        (
            "Awal tahun 2024 ini, Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada Pemkab Sigi, Senin "
            "(15/1/2024). " + SIGI,
            {},
        ),
        # a year written for the assessment is kept in a January hand-over
        (
            "Hasil penilaian kepatuhan Ombudsman tahun 2023 diserahkan kepada Pemkab Sigi pada 2024 ini, tepatnya "
            "Kamis (25/1/2024). " + SIGI,
            {},
        ),
    ],
    ids=["january-date", "january-published", "februari-month", "pada-2024-ini", "awal-tahun", "year-written"],
)
def test_results_handed_over_in_january_february_are_the_previous_year(text, kw):
    assert set(recs(text, **kw)) == {("Kabupaten Sigi", 2023)}


# -- a hand-over month is no survey period ------------------------------------------------------


@pytest.mark.parametrize(
    "text, year",
    [
        (
            "Ombudsman RI mengumumkan hasil penilaian kepatuhan pada Januari 2025. Kota Palu meraih nilai 95,10 dan "
            "masuk zona hijau.",
            2024,
        ),
        (
            "Hasil penilaian kepatuhan Ombudsman diserahkan pada Februari 2024. Kota Palu meraih nilai 95,10 dan "
            "masuk zona hijau.",
            2023,
        ),
        # a survey period's months are the assessment's
        (
            "Ombudsman RI melakukan penilaian kepatuhan pada Mei hingga Juli 2023. Kota Palu meraih nilai 95,10 dan "
            "masuk zona hijau.",
            2023,
        ),
    ],
    ids=["januari-2025", "februari-2024", "survey-months"],
)
def test_hand_over_month_is_no_survey_period(text, year):
    assert set(recs(text)) == {("Kota Palu", year)}


@pytest.mark.parametrize(
    "text",
    [
        # the fieldwork's date is not when the text was written
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023. Penilaian dilakukan sejak 12 Juni 2023. "
        "Kota Bitung meraih nilai 88,20 dan masuk zona hijau.",
        # a hand-over's weekday without its year outweighs an earlier full date
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023 di Manado, Kamis (21/12). Sosialisasi telah "
        "digelar pada 5 Juli 2023. Kota Bitung meraih nilai 88,20 dan masuk zona hijau.",
    ],
    ids=["fieldwork-date", "weekday-over-full-date"],
)
def test_mid_year_dates_that_do_not_date_the_text(text):
    assert set(recs(text)) == {("Kota Bitung", 2023)}


# -- "per 2018": the date of the whole statement, unless a clause writes its own year ------------------

PAPUA = "Ombudsman RI menyerahkan hasil penilaian kepatuhan 2019 di Papua. "
PER_2018 = {("Kabupaten Jayapura", 2018): "kuning", ("Kabupaten Keerom", 2018): "merah"}


@pytest.mark.parametrize(
    "sentence, zones",
    [
        (
            "Menurut data Ombudsman, Kabupaten Jayapura masuk zona kuning, lalu Kabupaten Keerom masuk zona merah "
            "per 2018.",
            PER_2018,
        ),
        (
            "Kabupaten Jayapura masuk zona kuning dan Kabupaten Keerom masuk zona merah, berdasarkan data per 2018.",
            PER_2018,
        ),
        ("Per 2018, Kabupaten Jayapura masuk zona kuning, sedangkan Kabupaten Keerom masuk zona merah.", PER_2018),
        (
            "Kabupaten Jayapura pada 2019 masuk zona kuning, sedangkan Kabupaten Keerom per 2018 zona merah.",
            {("Kabupaten Jayapura", 2019): "kuning", ("Kabupaten Keerom", 2018): "merah"},
        ),
    ],
    ids=["per-at-end", "data-per", "per-first", "clause-year-wins"],
)
def test_as_of_year_dates_the_whole_sentence(sentence, zones):
    got = recs(PAPUA + sentence)
    assert {k: r.zone for k, r in got.items()} == zones


# -- "pada awal 2024": when, early in the year, not the assessment ---------------------------------

PALU_RESULT = "Kota Palu meraih nilai 91,20 dan masuk zona hijau."


@pytest.mark.parametrize(
    "text, year",
    [
        ("Ombudsman RI merilis hasil Penilaian Kepatuhan 2023 pada awal 2024. " + PALU_RESULT, 2023),
        (
            "Pada awal tahun 2024, Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada Pemkot Palu. "
            + PALU_RESULT,
            2023,
        ),
        ("Di awal 2024 ini, Pemkot Palu menerima hasil penilaian kepatuhan Ombudsman. " + PALU_RESULT, 2023),
        # early in the year of a November hand-over
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2024, Kamis (14/11/2024). "
            + PALU_RESULT
            + " Pada awal tahun 2024 Pemkot Palu masih berbenah.",
            2024,
        ),
    ],
    ids=["pada-awal", "pada-awal-tahun", "di-awal-ini", "november-hand-over"],
)
def test_early_in_a_year_is_a_hand_over(text, year):
    assert set(recs(text)) == {("Kota Palu", year)}
