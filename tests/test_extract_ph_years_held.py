"""Labels and years held over time: the year a place was first assessed, a year inside one list item, a
score series named from its first year, tallies to date or over a span of years, list items dated with
their own years, a label held since a year and kept now, and the results before a coming assessment; an opinion after a verb, the year before after a grade
letter, a grade named as a threshold, a zone left, an explicit year beating a relative one, a table's year
columns giving one record per year.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import assert_record_fields, recs


# -- labels and years told around a result: an opinion right after a verb, the year before after a grade
# -- letter, a grade named as a threshold, a zone left (in a stated year or not), an explicit year beating
# -- a relative one ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, published, expected, exact",
    [
        (
            "Ombudsman RI mengumumkan hasil Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik tahun 2025. "
            "Kabupaten Kulon Progo memperoleh Kualitas Tinggi dengan nilai 85,90.",
            None,
            {("Kabupaten Kulon Progo", 2025): {"score": 85.9, "opinion": "kualitas tinggi"}},
            False,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2023 kepada "
            "Pemkab Blora. Kabupaten Blora meraih nilai 86,12 atau zona hijau dengan kategori B. Pada penilaian tahun "
            "sebelumnya, Blora memperoleh nilai 79,40.",
            "2024-01-20",
            {("Kabupaten Blora", 2023): {"score": 86.12, "grade": "B"}, ("Kabupaten Blora", 2022): {"score": 79.4}},
            False,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kabupaten Karo memperoleh nilai 88,20, "
            "hanya sedikit melewati ambang kategori B. Angka itu masih jauh di bawah batas kategori A.",
            None,
            {("Kabupaten Karo", 2023): {"score": 88.2, "grade": None}},
            False,
        ),
        (
            "Kabupaten Nias berhasil lepas dari zona merah. Dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan "
            "Publik oleh Ombudsman RI Tahun 2023, Nias mencatat nilai 80,15 dengan kategori C.",
            None,
            {("Kabupaten Nias", 2023): {"score": 80.15, "zone": None}, ("Kabupaten Nias", 2022): {"zone": "merah"}},
            True,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Pada penilaian 2024, Kabupaten Dairi "
            "meraih nilai 90,02, setelah meninggalkan zona kuning pada 2023.",
            None,
            {("Kabupaten Dairi", 2023): {"zone": "kuning"}, ("Kabupaten Dairi", 2024): {"score": 90.02, "zone": None}},
            False,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Kota Sibolga meraih nilai 91,40. "
            "Tiga tahun lalu, pada penilaian 2021, Sibolga hanya mengantongi nilai 70,05. "
            "Dua tahun lalu Kota Sibolga memperoleh nilai 75,60.",
            "2024-12-10",
            {
                ("Kota Sibolga", 2021): {"score": 70.05},
                ("Kota Sibolga", 2022): {"score": 75.6},
                ("Kota Sibolga", 2024): {"score": 91.4},
            },
            True,
        ),
        (
            "Hasil Penilaian Kepatuhan Ombudsman RI di Sumatera Barat:\n\n| Kabupaten/Kota | 2022 | 2023 |\n"
            "|---|---|---|\n| Kota Sawahlunto | 80,12 | 88,40 |\n| Kabupaten Agam | 75,30 | 82,10 |\n",
            "2023-12-20",
            {
                ("Kota Sawahlunto", 2022): {"score": 80.12},
                ("Kota Sawahlunto", 2023): {"score": 88.4},
                ("Kabupaten Agam", 2022): {"score": 75.3},
                ("Kabupaten Agam", 2023): {"score": 82.1},
            },
            True,
        ),
    ],
    ids=[
        "opinion-right-after-a-verb",
        "year-before-after-a-grade-letter",
        "grade-named-as-a-threshold",
        "zone-left-is-the-previous-one",
        "zone-left-in-a-stated-year",
        "explicit-year-beats-a-relative-one",
        "table-with-year-columns",
    ],
)
def test_labels_and_years_told_around_a_result(text, published, expected, exact):
    assert_record_fields(text, expected, published, exact)


# -- the year a place was first assessed ("dinilai sejak 2016") does not date the result -----------


@pytest.mark.parametrize(
    "since",
    [
        "yang sudah dinilai sejak 2016 dan terus memperbaiki diri sampai sekarang",
        "yang sudah mengikuti penilaian semenjak tahun 2016 dan kini",
        "yang ikut dinilai mulai tahun 2016, sekarang",
    ],
    ids=["yang-sudah-dinilai-sejak-2016", "yang-sudah-mengikuti-penilaian-semenjak", "yang-ikut-dinilai-mulai-tahun"],
)
def test_the_year_assessed_since_does_not_date_the_result(since):
    text = (
        "Hasil penilaian kepatuhan standar pelayanan publik Ombudsman RI diserahkan kepada pemerintah "
        "kabupaten/kota di Sumatera Selatan, Kamis (7/2/2019), di Palembang. Kabupaten Lahat "
        + since
        + " mendapat zona hijau dengan nilai 85,20. Kabupaten Empat Lawang mendapat zona kuning."
    )
    r = recs(text)
    assert r[("Kabupaten Lahat", 2018)].score == 85.2
    assert r[("Kabupaten Empat Lawang", 2018)].zone == "kuning"
    assert not any(y == 2016 for _, y in r)


# -- a year inside one list item dates that item only -----------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "Prabumulih pada 2015 kategori kuning",
        "Kota Prabumulih di tahun 2015 masih kategori kuning",
        "Prabumulih tahun 2015 mendapat zona kuning",
    ],
    ids=[
        "prabumulih-pada-2015-kategori-kuning",
        "kota-prabumulih-di-tahun-2015",
        "prabumulih-tahun-2015-mendapat-zona",
    ],
)
def test_a_year_inside_a_list_item_dates_that_item_only(item):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan kepada kabupaten/kota di Sumatera Selatan, "
        "Kamis (7/2/2019). Kabupaten Musi Rawas mendapat zona kuning, "
        + item
        + ", dan Kabupaten Lahat masuk kategori merah."
    )
    r = recs(text)
    assert r[("Kabupaten Musi Rawas", 2018)].zone == "kuning"
    assert r[("Kota Prabumulih", 2015)].zone == "kuning"
    assert r[("Kabupaten Lahat", 2018)].zone == "merah"
    assert ("Kabupaten Lahat", 2015) not in r


def test_a_year_closing_the_sentence_still_dates_it():
    r = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik, Kamis (7/2/2019). "
        "Kabupaten Musi Rawas mendapat zona hijau dengan nilai 86,20, hasil penilaian kepatuhan tahun 2018."
    )
    assert r[("Kabupaten Musi Rawas", 2018)].score == 86.2


# -- a score series named from its first year: the label after it is the latest year's ----------


@pytest.mark.parametrize(
    "series",
    [
        "Nilai kepatuhan pada 2021 tercatat 80,15, turun menjadi 70,40 pada 2022, lalu naik ke 86,30 di tahun 2023, "
        "dan mencapai 94,10 pada tahun 2024.",
        "Skor kepatuhan tahun 2021 sebesar 80,15, kemudian 70,40 pada 2022, 86,30 pada 2023 dan 94,10 pada 2024.",
        "Menurut data penilaian, 2021 nilainya 80,15, 2022 menjadi 70,40, 2023 naik ke 86,30, dan 2024 mencapai 94,10.",
    ],
    ids=[
        "nilai-kepatuhan-pada-2021-tercatat",
        "skor-kepatuhan-tahun-2021-sebesar",
        "menurut-data-penilaian-2021-nilainya",
    ],
)
def test_label_after_a_series_is_the_latest_years(series):
    text = (
        "Kepala Ombudsman Kalimantan Selatan memuji kemajuan pelayanan publik Pemerintah Kota Banjarbaru, "
        f"Jumat (11/4/2025). {series} Capaian tersebut menempatkan Kota Banjarbaru ke dalam kategori Zona Hijau."
    )
    got = recs(text, url="https://kalsel.example.id/2025/04/12/banjarbaru")
    assert {y: (r.score, r.zone) for (_, y), r in got.items()} == {
        2021: (80.15, None),
        2022: (70.4, None),
        2023: (86.3, None),
        2024: (94.1, "hijau"),
    }


# -- a tally over a span of years is of no one year ------------------------------------------------


@pytest.mark.parametrize(
    "tally",
    [
        "Jika dihitung sejak penilaian tahun 2016 - 2018 sudah ada lima daerah berstatus zona hijau. Di "
        "antaranya Kota Cirebon, Kota Banjar, Kabupaten Kuningan, Kota Cimahi dan Kabupaten Subang.",
        "Dalam kurun 2016-2018 sudah ada lima daerah di zona hijau, yaitu Kota Cirebon, Kota Banjar, "
        "Kabupaten Kuningan, Kota Cimahi dan Kabupaten Subang.",
    ],
    ids=["jika-dihitung-sejak-penilaian-tahun", "dalam-kurun-2016-2018-sudah"],
)
def test_a_tally_over_a_span_of_years_gives_no_records(tally):
    got = recs(
        "Ombudsman RI Perwakilan Jawa Barat menyebut hasil penilaian kepatuhan tahun 2018 hanya Kabupaten "
        "Garut yang masuk zona hijau. " + tally
    )
    assert set(got) == {("Kabupaten Garut", 2018)}, got.keys()


def test_a_span_of_years_with_a_result_each_year_still_gives_each():
    got = recs(
        "Kabupaten Kuningan meraih zona hijau dalam penilaian kepatuhan Ombudsman RI tiga tahun berturut-turut "
        "(2021-2023)."
    )
    assert {y for _, y in got} == {2021, 2022, 2023}


# -- list items each dated with their own year do not date the results the article reports --------


@pytest.mark.parametrize(
    "tail",
    [
        "Sejauh ini baru dua pemda di Maluku yang pernah masuk zona hijau yakni Kabupaten Buru pada tahun 2016 dan "
        "Provinsi Maluku pada tahun 2017.",
        "Di Maluku, zona hijau baru diraih dua pemda yaitu Kabupaten Buru yang meraihnya di tahun 2016 dan "
        "Provinsi Maluku yang meraihnya di tahun 2017.",
    ],
    ids=["pernah-pada-tahun", "yang-meraihnya-di"],
)
def test_years_of_list_items_leave_the_dated_results_in_their_year(tail):
    text = (
        "Ambon, Jumat (14/12/2018) - Ombudsman RI merilis hasil survei kepatuhan standar pelayanan publik. "
        "Kabupaten Seram Bagian Timur masuk zona merah dengan nilai 40,12, sedangkan Kota Tual masuk zona kuning "
        f"dengan nilai 66,80. {tail}"
    )
    got = recs(text)
    assert ("Kabupaten Seram Bagian Timur", 2018) in got, got.keys()
    assert ("Kota Tual", 2018) in got, got.keys()
    assert got[("Kabupaten Buru", 2016)].zone == "hijau"


def test_a_score_series_still_reports_its_latest_year():
    got = recs(
        "Ambon, Jumat (14/12/2018) - Ombudsman RI merilis hasil survei kepatuhan. Nilai Kota Ambon naik dari 70,10 "
        "pada 2016 menjadi 85,40 pada 2017."
    )
    assert got[("Kota Ambon", 2017)].score == 85.4, got


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
    ids=["baru-ada-tiga", "hingga-kini-pernah", "pernah-masuk", "kumulatif"],
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
    ids=["year-beside", "state-now", "hingga-kini-masih", "this-years-count"],
)
def test_not_a_tally(sentence, key, zone):
    got = recs(TALLY_OPENING + sentence)
    assert got[key].zone == zone, got


# -- a label held since a year and kept now ----------------------------------------------------

BANGGAI = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023 kepada Pemkab Banggai. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Banggai mempertahankan zona hijau yang diraih sejak 2021.",
        "Pemkab Banggai tetap berada di zona hijau sejak tahun 2021.",
        "Kini Pemkab Banggai masih di zona hijau semenjak 2021.",
    ],
    ids=["mempertahankan-sejak", "tetap-sejak-tahun", "semenjak"],
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
    ids=["dinilai-sejak", "disurvei-mulai"],
)
def test_assessed_since_a_year_is_no_label_of_that_year(sentence):
    got = recs(BANGGAI + sentence)
    assert set(got) == {("Kabupaten Banggai", 2023)}, got


def test_pernah_about_someone_else_is_no_tally():
    got = recs(TALLY_OPENING + "Sekda yang pernah menjabat Kadis itu menyebut Kota Metro masuk zona kuning.")
    assert got[("Kota Metro", 2018)].zone == "kuning", got


@pytest.mark.parametrize(
    "sentence",
    [
        "Khusus Kabupaten Nagan Raya, ini kali ketiga dinilai, sebelumnya masih berada di zona kuning.",
        "Kabupaten Nagan Raya yang sebelumnya masuk zona merah juga akan dinilai kembali.",
    ],
    ids=["kali-ketiga", "akan-dinilai-kembali"],
)
def test_before_the_coming_assessment_is_the_latest_results(sentence):
    got = recs(
        "Ombudsman RI Perwakilan Aceh akan melakukan penilaian kepatuhan terhadap enam kabupaten. " + sentence,
        url="https://example.id/2019/04/ombudsman-aceh-nilai-enam-kabupaten/",
    )
    assert set(got) == {("Kabupaten Nagan Raya", 2018)}, got


# -- "predikat yang sama juga diperoleh pada 2021": every label of the sentence was that year's too -----

SAME_OPENING = "Ombudsman RI mengumumkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik tahun {year}. "


@pytest.mark.parametrize(
    ("text", "now", "then", "opinion"),
    [
        (
            SAME_OPENING.format(year=2022)
            + "Pemkot Medan meraih nilai 81,43. Predikat zona hijau dengan kepatuhan tinggi ini dipertahankan "
            "oleh Pemkot Medan, sebab predikat serupa juga diraih pada 2021.",
            2022,
            2021,
            "kepatuhan tinggi",  # an old label fills the 2022 zone only, and is 2021's opinion
        ),
        (
            SAME_OPENING.format(year=2019)
            + "Kota Padang masuk zona hijau dengan kategori kepatuhan tinggi, predikat yang sama juga diraih "
            "Kota Padang pada 2018.",
            2019,
            2018,
            "kepatuhan tinggi",
        ),
        (
            SAME_OPENING.format(year=2019)
            + "Kota Padang masuk zona hijau dengan kategori kepatuhan tinggi, capaian serupa diraih pada tahun 2018.",
            2019,
            2018,
            "kepatuhan tinggi",
        ),
    ],
    ids=["predikat-yang-sama-diperoleh", "predikat-sama-entity-between", "capaian-serupa-tahun"],
)
def test_same_label_in_a_written_earlier_year(text, now, then, opinion):
    got = recs(text, published=f"{now + 1}-01-01")
    assert got[("Kota Medan" if "Medan" in text else "Kota Padang", then)].zone == "hijau"
    assert got[("Kota Medan" if "Medan" in text else "Kota Padang", then)].opinion == opinion


def test_same_thing_done_in_an_earlier_year_is_no_label():
    text = (
        SAME_OPENING.format(year=2019)
        + "Kota Padang masuk zona hijau dengan kategori kepatuhan tinggi, dan Ombudsman juga melakukan hal "
        "serupa pada 2018."
    )
    assert set(recs(text, published="2020-01-01")) == {("Kota Padang", 2019)}


# -- a label kept since the year before ("belum bergerak dari zona kuning dari tahun sebelumnya") ----------

BALI = "Ombudsman RI Perwakilan Bali menyerahkan hasil survei kepatuhan 2018 kepada lima kabupaten. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Hanya Pemkab Tabanan yang masih belum bergerak dari zona kuning dari tahun sebelumnya dengan nilai 68,15.",
        "Kabupaten Tabanan tidak beranjak dari zona kuning sejak tahun lalu, dengan nilai 68,15.",
        "Pemkab Tabanan belum keluar dari zona kuning dari tahun sebelumnya dan meraih nilai 68,15.",
    ],
    ids=["belum-bergerak-dari", "tidak-beranjak-sejak", "belum-keluar-dari"],
)
def test_label_kept_since_the_year_before_is_both_years(sentence):
    got = recs(BALI + sentence)
    assert (got[("Kabupaten Tabanan", 2018)].zone, got[("Kabupaten Tabanan", 2018)].score) == ("kuning", 68.15)
    assert got[("Kabupaten Tabanan", 2017)].zone == "kuning" and got[("Kabupaten Tabanan", 2017)].score is None


def test_label_left_is_no_label_held():
    # look-alike: "sudah keluar dari zona kuning" left it; no zone for the reported year
    got = recs(BALI + "Kabupaten Tabanan sudah keluar dari zona kuning dengan nilai 80,15.")
    assert got[("Kabupaten Tabanan", 2018)].zone is None and got[("Kabupaten Tabanan", 2018)].score == 80.15
