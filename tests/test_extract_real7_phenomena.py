"""Years of real articles' claims, in our own sentences: the statement's date against the assessment
year, "tahun lalu" counted from the assessment reported, cumulative lists, years anchored after the
values. Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract_helpers import recs

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
)
def test_statement_before_november_reports_the_previous_year(text, entity, year):
    got = recs(text)
    assert (entity, year) in got, got
    assert all(y == year for _, y in got), got


@pytest.mark.parametrize(
    "text, entity, year",
    [
        # a hand-over in December reports that year's assessment
        (
            "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023 pada Rabu (13/12/2023). "
            "Kota Bitung masuk zona hijau dengan nilai 88,20.",
            "Kota Bitung",
            2023,
        ),
        # a January date (its year often mistyped) does not overrule the year written for the results
        (
            "Hasil penilaian kepatuhan Ombudsman tahun 2024 diserahkan Kamis (16/1/2024) di Manado. "
            "Kota Bitung masuk zona hijau dengan nilai 88,20.",
            "Kota Bitung",
            2024,
        ),
    ],
)
def test_hand_over_dates_keep_the_year_written(text, entity, year):
    got = recs(text)
    assert set(got) == {(entity, year)}, got


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
    ],
)
def test_year_only_in_the_address_slug(url, year):
    got = recs(UNDATED, url=url)
    assert set(got) == {("Provinsi Kalimantan Tengah", year), ("Kabupaten Katingan", year)}, got


@pytest.mark.parametrize(
    "url",
    [
        "https://example.id/read/8812/katingan-raih-zona-hijau-ombudsman",  # no year
        "https://example.id/read/2019/katingan-2018-vs-2019-zona-hijau",  # two years: none chosen
    ],
)
def test_address_without_one_year_gives_none(url):
    assert recs(UNDATED, url=url) == {}


def test_written_year_beats_the_address():
    got = recs(UNDATED.replace("masih zona kuning", "tahun 2022 masih zona kuning"), url="https://x.id/a-2019-b")
    assert ("Kabupaten Katingan", 2022) in got, got


# -- a target is not a result -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Gubernur menargetkan tahun depan pelayanan publik di lingkungan Pemprov Kalimantan Tengah harus masuk "
        "zona hijau.",
        "Menurut Bupati, pada penilaian berikutnya Pemkab Katingan harus meraih zona hijau.",
        "Sekda menegaskan seluruh OPD Pemkab Katingan wajib masuk zona hijau.",
    ],
)
def test_a_must_is_not_a_result(sentence):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2019. " + sentence)
    assert all(r.zone != "hijau" for r in got.values()), got


@pytest.mark.parametrize(
    "lead",
    [
        "Ombudsman RI merencanakan survei kepatuhan pelayanan publik 2020 pada empat kabupaten di Maluku.",
        "Ombudsman RI Perwakilan Maluku akan melakukan penilaian kepatuhan tahun 2020 terhadap empat kabupaten.",
        "Tahun ini, Ombudsman sedang melakukan penilaian kepatuhan 2020 di empat kabupaten di Maluku.",
    ],
)
def test_results_looked_back_on_are_the_assessment_before_the_announced_one(lead):
    got = recs(
        lead + " Sebelumnya Kota Ambon dan Kabupaten Buru sudah dinilai. Kota Ambon masuk zona hijau sehingga "
        "pada 2020 tidak dinilai lagi, sedangkan Kabupaten Buru masih berada di zona kuning."
    )
    assert got[("Kota Ambon", 2019)].zone == "hijau", got
    assert got[("Kabupaten Buru", 2019)].zone == "kuning", got
    assert all(y == 2019 for _, y in got), got


# -- a tally to date is no one year's result ---------------------------------------------------

TALLY_OPENING = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2018 di Lampung. Tahun ini hanya Kabupaten "
    "Pringsewu yang meraih zona hijau, selainnya kuning. "
)


@pytest.mark.parametrize(
    "tally",
    [
        "Dengan demikian di Lampung baru ada tiga yang mendapat predikat hijau, yakni Pemprov Lampung, Kota Metro "
        "dan Kabupaten Pringsewu.",
        "Hingga kini baru tiga daerah yang pernah meraih zona hijau, yaitu Pemprov Lampung, Kota Metro dan "
        "Kabupaten Pringsewu.",
        "Daerah yang pernah masuk zona hijau di Lampung adalah Pemprov Lampung, Kota Metro dan Kabupaten Pringsewu.",
        "Secara kumulatif sudah ada tiga daerah berpredikat hijau, yakni Pemprov Lampung, Kota Metro dan "
        "Kabupaten Pringsewu.",
    ],
)
def test_a_tally_to_date_gives_no_records(tally):
    got = recs(TALLY_OPENING + tally)
    assert got[("Kabupaten Pringsewu", 2018)].zone == "hijau"
    assert ("Provinsi Lampung", 2018) not in got and ("Kota Metro", 2018) not in got, got


@pytest.mark.parametrize(
    "sentence, key, zone",
    [
        # the year written beside it
        ("Kota Metro pernah masuk zona hijau pada 2016.", ("Kota Metro", 2016), "hijau"),
        # the state now, after a clause break
        ("Kota Metro yang pernah meraih zona hijau, kini turun ke zona kuning.", ("Kota Metro", 2018), "kuning"),
        # "hingga kini masih": the current state
        ("Kota Metro hingga kini masih berada di zona kuning.", ("Kota Metro", 2018), "kuning"),
        # this year's count, "up to now"
        (
            "Hingga saat ini baru dua daerah yang masuk zona hijau, yakni Kabupaten Pringsewu dan Kota Metro.",
            ("Kota Metro", 2018),
            "hijau",
        ),
    ],
)
def test_not_a_tally(sentence, key, zone):
    got = recs(TALLY_OPENING + sentence)
    assert got[key].zone == zone, got


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
    ],
)
def test_results_handed_over_in_january_february_are_the_previous_year(text, kw):
    assert set(recs(text, **kw)) == {("Kabupaten Sigi", 2023)}


def test_a_year_written_for_the_assessment_is_kept_in_a_january_hand_over():
    got = recs(
        "Hasil penilaian kepatuhan Ombudsman tahun 2023 diserahkan kepada Pemkab Sigi pada 2024 ini, tepatnya "
        "Kamis (25/1/2024). " + SIGI
    )
    assert set(got) == {("Kabupaten Sigi", 2023)}


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
)
def test_group_named_after_two_years_takes_its_own_sentences_year(paragraph):
    got = recs("Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan kepada Polda Jambi. " + paragraph)
    assert {k for k in got} == {(p, 2022) for p in ("Polres Bungo", "Polres Tebo", "Polres Merangin", "Polres Kerinci")}
    assert all(r.zone == "hijau" for r in got.values())


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
)
def test_mid_year_dates_that_do_not_date_the_text(text):
    assert set(recs(text)) == {("Kota Bitung", 2023)}


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
)
def test_last_year_is_the_earlier_side_of_a_change(sentence, score, zone):
    got = recs(PALU + sentence)
    assert (got[("Kota Palu", 2022)].score, got[("Kota Palu", 2022)].zone) == (score, zone), got
    assert set(got) == {("Kota Palu", 2022), ("Kota Palu", 2023)}


def test_a_state_left_without_its_year_gives_no_record():
    got = recs(PALU + "Kota Palu berhasil keluar dari zona kuning.")
    assert set(got) == {("Kota Palu", 2023)} and got[("Kota Palu", 2023)].zone == "hijau"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tahun lalu Kota Jambi berada di zona kuning.",
        "Kota Jambi naik dari tahun lalu yang berada di zona kuning.",
        "Pada penilaian sebelumnya Kota Jambi berada di zona kuning.",
    ],
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
)
def test_last_year_dating_a_change_reached(sentence, earlier, later):
    got = recs(PALU + sentence)
    for year, score, zone in (earlier, later):
        r = got[("Kota Palu", year)]
        assert (r.score, r.zone) == (score, zone), got


# -- "per 2018": the date of the whole statement ----------------------------------------------

PAPUA = "Ombudsman RI menyerahkan hasil penilaian kepatuhan 2019 di Papua. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Menurut data Ombudsman, Kabupaten Jayapura masuk zona kuning, lalu Kabupaten Keerom masuk zona merah per 2018.",
        "Kabupaten Jayapura masuk zona kuning dan Kabupaten Keerom masuk zona merah, berdasarkan data per 2018.",
        "Per 2018, Kabupaten Jayapura masuk zona kuning, sedangkan Kabupaten Keerom masuk zona merah.",
    ],
)
def test_as_of_year_dates_the_whole_sentence(sentence):
    got = recs(PAPUA + sentence)
    assert {k: r.zone for k, r in got.items()} == {
        ("Kabupaten Jayapura", 2018): "kuning",
        ("Kabupaten Keerom", 2018): "merah",
    }


def test_a_year_written_in_a_clause_beats_the_as_of_year():
    got = recs(
        PAPUA + "Kabupaten Jayapura pada 2019 masuk zona kuning, sedangkan Kabupaten Keerom per 2018 zona merah."
    )
    assert {k: r.zone for k, r in got.items()} == {
        ("Kabupaten Jayapura", 2019): "kuning",
        ("Kabupaten Keerom", 2018): "merah",
    }


# -- "pada awal 2024": when, early in the year, not the assessment ---------------------------------

PALU_RESULT = "Kota Palu meraih nilai 91,20 dan masuk zona hijau."


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman RI merilis hasil Penilaian Kepatuhan 2023 pada awal 2024. " + PALU_RESULT,
        "Pada awal tahun 2024, Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada Pemkot Palu. " + PALU_RESULT,
        "Di awal 2024 ini, Pemkot Palu menerima hasil penilaian kepatuhan Ombudsman. " + PALU_RESULT,
    ],
)
def test_early_in_a_year_is_a_hand_over(text):
    assert set(recs(text)) == {("Kota Palu", 2023)}


def test_early_in_the_year_of_a_november_hand_over():
    got = recs(
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2024, Kamis (14/11/2024). "
        + PALU_RESULT
        + " Pada awal tahun 2024 Pemkot Palu masih berbenah."
    )
    assert set(got) == {("Kota Palu", 2024)}


# -- a label held since a year and kept now ----------------------------------------------------

BANGGAI = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023 kepada Pemkab Banggai. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Banggai mempertahankan zona hijau yang diraih sejak 2021.",
        "Pemkab Banggai tetap berada di zona hijau sejak tahun 2021.",
        "Kini Pemkab Banggai masih di zona hijau semenjak 2021.",
    ],
)
def test_label_held_since_a_year_and_kept_now(sentence):
    got = recs(BANGGAI + sentence)
    assert {k: r.zone for k, r in got.items()} == {
        ("Kabupaten Banggai", 2021): "hijau",
        ("Kabupaten Banggai", 2023): "hijau",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Banggai yang dinilai sejak 2016 meraih zona hijau.",
        "Pemkab Banggai, yang disurvei Ombudsman mulai tahun 2016, meraih zona hijau.",
    ],
)
def test_assessed_since_a_year_is_no_label_of_that_year(sentence):
    got = recs(BANGGAI + sentence)
    assert set(got) == {("Kabupaten Banggai", 2023)}, got


def test_pernah_about_someone_else_is_no_tally():
    got = recs(TALLY_OPENING + "Sekda yang pernah menjabat Kadis itu menyebut Kota Metro masuk zona kuning.")
    assert got[("Kota Metro", 2018)].zone == "kuning", got


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
)
def test_last_year_of_the_assessing(text, year):
    got = recs(text)
    assert any(k == ("Polres Solok", year) for k in got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "Khusus Kabupaten Nagan Raya, ini kali ketiga dinilai, sebelumnya masih berada di zona kuning.",
        "Kabupaten Nagan Raya yang sebelumnya masuk zona merah juga akan dinilai kembali.",
    ],
)
def test_before_the_coming_assessment_is_the_latest_results(sentence):
    got = recs(
        "Ombudsman RI Perwakilan Aceh akan melakukan penilaian kepatuhan terhadap enam kabupaten. " + sentence,
        url="https://example.id/2019/04/ombudsman-aceh-nilai-enam-kabupaten/",
    )
    assert set(got) == {("Kabupaten Nagan Raya", 2018)}, got


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
)
def test_same_as_last_year(sentence, kind, label):
    got = recs(SUMBAWA + sentence)
    assert {k: getattr(r, kind) for k, r in got.items()} == {
        ("Kabupaten Sumbawa", 2024): label,
        ("Kabupaten Sumbawa", 2023): label,
    }


@pytest.mark.parametrize("cue", ["tidak seperti", "berbeda dengan"])
def test_unlike_last_year(cue):
    got = recs(SUMBAWA + f"Pemkab Sumbawa meraih kategori A, {cue} tahun lalu yang masih kategori C.")
    assert {k: r.grade for k, r in got.items()} == {("Kabupaten Sumbawa", 2024): "A", ("Kabupaten Sumbawa", 2023): "C"}
