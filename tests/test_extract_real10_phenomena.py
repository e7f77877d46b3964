"""Phenomena of the blind batches 12-13 of real articles, in our own sentences.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract.components.officials import find_officials
from extract_helpers import recs

LEAD_SULUT = (
    "Ombudsman RI Perwakilan Sulawesi Utara menyampaikan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik."
)


# -- the only year written is the one the results are compared with: they are the next year's ----


@pytest.mark.parametrize(
    "text, entity, now, before, before_rank",
    [
        (
            f"{LEAD_SULUT} Kabupaten Minahasa meraih nilai 93,40 dan masuk zona hijau. Secara nasional, "
            "Kabupaten Minahasa menempati peringkat 35 dari 416 kabupaten, naik dari posisi 60 pada tahun 2023.",
            "Kabupaten Minahasa",
            2024,
            2023,
            60,
        ),
        (
            f"{LEAD_SULUT} Kota Bitung meraih nilai 96,10 dan zona hijau. Secara nasional, Kota Bitung naik ke "
            "peringkat 11 dari 98 kota, dibandingkan tahun 2022 yang masih berada di posisi 34.",
            "Kota Bitung",
            2023,
            2022,
            34,
        ),
        (
            f"{LEAD_SULUT} Kabupaten Bolaang Mongondow memperoleh nilai 88,75 atau zona hijau, meningkat dari "
            "peringkat 120 di tahun 2022 menurut daftar nasional.",
            "Kabupaten Bolaang Mongondow",
            2023,
            2022,
            120,
        ),
    ],
)
def test_the_compared_year_dates_the_earlier_state_and_the_results_are_the_next(text, entity, now, before, before_rank):
    got = recs(text)
    assert (entity, now) in got, got.keys()
    assert got[(entity, now)].zone == "hijau"
    assert (entity, before) in got, got.keys()
    assert got[(entity, before)].rank == before_rank
    assert got[(entity, before)].score is None


def test_a_written_year_of_the_results_still_wins_over_the_compared_one():
    got = recs(
        "Hasil Penilaian Kepatuhan Ombudsman RI tahun 2022 menempatkan Kota Tomohon di zona hijau dengan nilai "
        "90,02, naik dari posisi 45 pada tahun 2021."
    )
    assert ("Kota Tomohon", 2022) in got, got.keys()
    assert ("Kota Tomohon", 2023) not in got, got.keys()


def test_a_dated_article_takes_its_year_from_the_date_not_the_comparison():
    got = recs(
        "Manado, Kamis (18/1/2024) - Ombudsman RI menyerahkan hasil penilaian kepatuhan. Kota Manado meraih "
        "nilai 91,30 dan zona hijau, naik dari posisi 40 pada tahun 2021."
    )
    assert ("Kota Manado", 2023) in got, got.keys()


# -- two ranks for one entity-year: the national one is kept -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD_SULUT} Di tingkat pemerintah kota, Kota Bitung mempertahankan posisi teratas di Sulawesi Utara "
        "dengan nilai 96,10 dan zona hijau. Secara nasional, kota ini naik ke peringkat 11 dari 98 kota, "
        "dibandingkan tahun 2023 yang masih berada di posisi 34.",
        f"{LEAD_SULUT} Kota Bitung kembali menjadi yang terbaik di Sulawesi Utara dengan nilai 96,10. Secara "
        "nasional, kota tersebut berada di peringkat 11 dari 98 kota pada penilaian tahun 2024.",
    ],
)
def test_the_national_rank_beats_the_provincial_one(text):
    got = recs(text)
    assert got[("Kota Bitung", 2024)].rank == 11, got
    assert got[("Kota Bitung", 2024)].rank_scope == "nasional"


# -- a one-sentence list said to be in order, in a sentence about a ranking ----------------------

LEAD_2016 = "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2016 terhadap 33 provinsi."


@pytest.mark.parametrize(
    "text, ranked",
    [
        (
            f"{LEAD_2016} Dari 11 provinsi di zona hijau, posisi lima besarnya secara berurutan adalah Bali dengan "
            "nilai 98,12, Jambi 95,30, Riau 93,04, Gorontalo 90,50, dan Banten 86,77.",
            ["Provinsi Bali", "Provinsi Jambi", "Provinsi Riau", "Provinsi Gorontalo", "Provinsi Banten"],
        ),
        (
            f"{LEAD_2016} Tiga besar secara berurutan yaitu Provinsi Aceh, Provinsi Bengkulu dan Provinsi Papua Barat.",
            ["Provinsi Aceh", "Provinsi Bengkulu", "Provinsi Papua Barat"],
        ),
        (
            f"{LEAD_2016} Peringkat teratas berturut-turut ditempati: Provinsi Maluku (94,20), Provinsi Sulawesi "
            "Barat (92,10) dan Provinsi Kalimantan Utara (90,05).",
            ["Provinsi Maluku", "Provinsi Sulawesi Barat", "Provinsi Kalimantan Utara"],
        ),
    ],
)
def test_a_list_said_to_be_in_order_gives_places(text, ranked):
    got = recs(text)
    for place, name in enumerate(ranked, start=1):
        assert got[(name, 2016)].rank == place, (name, got[(name, 2016)])
        assert got[(name, 2016)].rank_scope == "nasional"  # provinces are ranked nationally


@pytest.mark.parametrize(
    "text",
    [
        # consecutive years, not places
        f"{LEAD_2016} Zona hijau diraih tiga tahun berturut-turut oleh Provinsi Bali, Provinsi Jambi dan Provinsi Riau.",
        # a count that disagrees with the members named
        f"{LEAD_2016} Peringkat tiga besar secara berurutan adalah Provinsi Bali, Provinsi Jambi, Provinsi Riau dan "
        "Provinsi Banten.",
        # in order, but from the bottom
        f"{LEAD_2016} Nilai terendah secara berurutan adalah Provinsi Papua, Provinsi Maluku dan Provinsi Aceh.",
        # order without a ranking spoken of
        f"{LEAD_2016} Hasilnya secara berurutan yaitu Provinsi Bali zona hijau, Provinsi Jambi zona kuning dan "
        "Provinsi Riau zona merah.",
    ],
)
def test_no_places_from_order_without_a_stated_ranking(text):
    assert all(r.rank is None for r in recs(text).values()), recs(text)


# -- "N dari M" of the list just given, less the exceptions named --------------------------------

LIST_JAMBI = (
    "Ombudsman RI Perwakilan Jambi mengumumkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik tahun "
    "2023. Rinciannya:\n1. Kota Jambi – 92,40\n2. Kabupaten Muaro Jambi – 90,15\n3. Kabupaten Bungo – 88,02\n"
    "4. Kabupaten Kerinci – 85,30\n5. Kota Sungai Penuh – 79,44\n"
)


@pytest.mark.parametrize(
    "sentence, excepted, grade, opinion",
    [
        (
            "Sebanyak 4 dari 5 pemerintah daerah tersebut memperoleh kategori A (kualitas tertinggi), sementara Kota "
            "Sungai Penuh masuk kategori B (kualitas tinggi).",
            ["Kota Sungai Penuh"],
            "A",
            "kualitas tertinggi",
        ),
        (
            "Empat dari lima daerah itu meraih opini kualitas tertinggi, kecuali Kota Sungai Penuh yang meraih "
            "kualitas tinggi.",
            ["Kota Sungai Penuh"],
            None,
            "kualitas tertinggi",
        ),
        (
            "Tiga dari lima pemda berada pada kategori B, sedangkan Kabupaten Kerinci dan Kota Sungai Penuh masih "
            "kategori C.",
            ["Kabupaten Kerinci", "Kota Sungai Penuh"],
            "B",
            None,
        ),
    ],
)
def test_a_counted_part_of_the_list_less_its_exceptions(sentence, excepted, grade, opinion):
    got = recs(LIST_JAMBI + sentence)
    members = ["Kota Jambi", "Kabupaten Muaro Jambi", "Kabupaten Bungo", "Kabupaten Kerinci", "Kota Sungai Penuh"]
    for name in members:
        r = got[(name, 2023)]
        if name not in excepted:
            assert r.grade == grade and r.opinion == opinion, r
    last = got[(excepted[-1], 2023)]  # the exception keeps its own label
    assert (last.grade, last.opinion) != (grade, opinion), last


@pytest.mark.parametrize(
    "sentence",
    [
        # the counts are not the list's: 6 governments were never named
        "Lima dari enam pemerintah daerah memperoleh kategori A, sementara Kota Sungai Penuh masuk kategori B.",
        # no exception named: the four are nobody in particular
        "Sebanyak 4 dari 5 pemerintah daerah memperoleh kategori A.",
        # the exceptions named do not make up the difference
        "Tiga dari lima pemda berada pada kategori A, sedangkan Kota Sungai Penuh masih kategori C.",
    ],
)
def test_no_labels_for_a_counted_part_the_text_does_not_pin_down(sentence):
    got = recs(LIST_JAMBI + sentence)
    assert got[("Kota Jambi", 2023)].grade is None, got[("Kota Jambi", 2023)]
    assert got[("Kabupaten Bungo", 2023)].grade is None


# -- list items each dated with their own year do not date the results the article reports --------


@pytest.mark.parametrize(
    "tail",
    [
        "Sejauh ini baru dua pemda di Maluku yang pernah masuk zona hijau yakni Kabupaten Buru pada tahun 2016 dan "
        "Provinsi Maluku pada tahun 2017.",
        "Di Maluku, zona hijau baru diraih dua pemda yaitu Kabupaten Buru yang meraihnya di tahun 2016 dan "
        "Provinsi Maluku yang meraihnya di tahun 2017.",
    ],
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


# -- complaint tallies by the party reported carry no assessment ranks ---------------------------

ACEH_2023 = (
    "Ombudsman RI Perwakilan Sumatera Selatan menyampaikan hasil penilaian kepatuhan tahun 2023: Kota "
    "Palembang masuk zona hijau dengan nilai 88,40."
)


@pytest.mark.parametrize(
    "complaints",
    [
        "Berdasarkan instansi terlapor, Kota Palembang menempati urutan pertama dengan 40 laporan, disusul "
        "Kabupaten Banyuasin di urutan kedua.",
        "Dari daerah asal laporan, Kabupaten Ogan Ilir sebanyak 35 laporan masyarakat menempati peringkat pertama, "
        "kedua Kabupaten Muara Enim sebanyak 20 LM.",
        "Pemerintah kabupaten menjadi pihak terlapor terbanyak; Kabupaten Lahat berada di urutan ketiga.",
    ],
)
def test_ranks_in_a_complaint_tally_are_no_assessment_ranks(complaints):
    got = recs(f"{ACEH_2023} {complaints}")
    assert got[("Kota Palembang", 2023)].rank is None, got
    assert all(r.rank is None for r in got.values()), got


# -- "satu-satunya <office kind> yang": the kind the subject is one of, not an office of its own ------

SULTENG_2021 = (
    "Ombudsman RI Perwakilan Sulawesi Tengah merilis hasil survei kepatuhan standar pelayanan publik tahun 2021 "
    "untuk Polres dan Kantor Pertanahan se-Sulteng."
)


@pytest.mark.parametrize(
    "sentence, office, zone, score",
    [
        (
            "Polres Tolitoli tercatat sebagai satu-satunya Kepolisian Resort yang terperosok ke zona merah dengan nilai 41,20.",
            "Polres Tolitoli",
            "merah",
            41.2,
        ),
        (
            "Polres Buol tercatat sebagai salah satu Kepolisian Resor yang meraih zona hijau dengan skor 84,75.",
            "Polres Buol",
            "hijau",
            84.75,
        ),
    ],
)
def test_the_office_kind_after_only_one_is_no_office(sentence, office, zone, score):
    got = recs(f"{SULTENG_2021} {sentence}")
    assert list(got) == [(office, 2021)], got.keys()
    assert (got[(office, 2021)].zone, got[(office, 2021)].score) == (zone, score)


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


# -- a bare Polres or land office in an article about a province is the kind, not an office --------


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman RI Perwakilan Kalimantan Barat menyerahkan hasil penilaian kepatuhan tahun 2022 kepada seluruh "
        "kantor pertanahan se-Kalbar. Kantor Pertanahan memperoleh predikat zona hijau. Kantah Sambas meraih nilai "
        "90,12 dan Kantah Sintang 88,40.",
        "Ombudsman RI Perwakilan Kalimantan Barat menyampaikan penilaian kepatuhan tahun 2022 di wilayah Polda "
        "Kalbar. Kepolisian Resor rata-rata masuk zona kuning, sementara Polres Sambas meraih nilai 84,10.",
    ],
)
def test_a_bare_local_office_names_no_office_of_the_province(text):
    got = recs(text)
    assert not any("Provinsi" in name for name, _ in got), got.keys()


def test_a_bare_land_office_in_a_kabupaten_article_is_that_kabupaten_s():
    got = recs(
        "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Pemkab Klaten. "
        "Kantor Pertanahan memperoleh nilai 89,60 dan zona hijau."
    )
    assert ("Kantor Pertanahan Kabupaten Klaten", 2022) in got, got.keys()


# -- "mendapatkan warna hijau": a colour got is a zone; a colour of things is not -------------------

RIAU_2023 = (
    "Ombudsman RI Perwakilan Riau menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2023 di Polda Riau."
)


@pytest.mark.parametrize(
    "sentence, office, zone",
    [
        ("Polres Kampar mendapatkan warna hijau dari Ombudsman.", "Polres Kampar", "hijau"),
        ("Polres Siak memperoleh warna kuning sehingga harus berbenah.", "Polres Siak", "kuning"),
        ("Hasilnya, Polres Bengkalis meraih penilaian warna hijau.", "Polres Bengkalis", "hijau"),
    ],
)
def test_a_colour_got_is_a_zone(sentence, office, zone):
    got = recs(f"{RIAU_2023} {sentence}")
    assert got[(office, 2023)].zone == zone, got


def test_a_colour_of_things_is_no_zone():
    got = recs(f"{RIAU_2023} Polres Kampar mengecat ruang tunggu dengan warna hijau dan meraih nilai 85,10.")
    assert got[("Polres Kampar", 2023)].zone is None, got


# -- the highest score among a government's own units, the units named before it ----------------

BANTUL_2023 = "Ombudsman RI Perwakilan DIY menyerahkan hasil penilaian kepatuhan tahun 2023 kepada Pemkab Bantul."


@pytest.mark.parametrize(
    "sentence, unit, score",
    [
        (
            "Adapun pada penilaian OPD dan UPT tahun ini, nilai tertinggi diraih Dinas Perhubungan dengan nilai 93,65.",
            "Dinas Perhubungan",
            93.65,
        ),
        (
            "Dari tujuh unit layanan yang dinilai, skor tertinggi diperoleh Puskesmas Sewon dengan 93,10.",
            "Puskesmas Sewon",
            93.1,
        ),
    ],
)
def test_the_best_of_the_units_compared_is_first_without_scope(sentence, unit, score):
    r = recs(f"{BANTUL_2023} {sentence}")[(unit, 2023)]
    assert (r.score, r.rank, r.rank_scope) == (score, 1, None), r


def test_a_unit_s_own_name_before_is_no_field_compared():
    got = recs(
        f"{BANTUL_2023} Menurut Kepala Dinas Kominfo, nilai tertinggi diraih Kabupaten Sleman dengan nilai 95,57."
    )
    assert got[("Kabupaten Sleman", 2023)].rank is None, got


# -- an office ending in joined places or a coordinating minister's portfolio -------------------


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "ujar Ketua Ombudsman Perwakilan Provinsi Sulut-Gorontalo Hendra Wijaya di Manado, Senin.",
            "Hendra Wijaya",
            "Ketua Ombudsman Perwakilan Provinsi Sulut-Gorontalo",
        ),
        (
            "Kepala Perwakilan Ombudsman Kaltim-Kaltara Dewi Lestari menyerahkan hasil penilaian.",
            "Dewi Lestari",
            "Kepala Perwakilan Ombudsman Kaltim-Kaltara",
        ),
        ("Acara dibuka Menko Polhukam Budi Santoso di Jakarta.", "Budi Santoso", "Menko Polhukam"),
        ("Hadir pula Menko Marves Rahmat Hidayat dalam acara itu.", "Rahmat Hidayat", "Menko Marves"),
    ],
)
def test_the_office_tail_keeps_joined_places_and_portfolios(text, name, title):
    got = {o.name: o.title for o in find_officials(text)}
    assert got.get(name) == title, got


# -- every government assessed, counted, then named in the next sentence ------------------------

LEAD_MALUT = "Ombudsman RI Perwakilan Maluku Utara menyerahkan hasil penilaian kepatuhan tahun 2023, Kamis (18/1/2024)."


@pytest.mark.parametrize(
    "pair",
    [
        "Dari tiga pemerintah daerah yang dinilai, seluruhnya memperoleh opini kualitas tinggi. Penilaian tersebut "
        "dilakukan terhadap Kota Ternate, Kota Tidore Kepulauan dan Kabupaten Halmahera Barat.",
        "Tiga pemda yang dinilai semuanya meraih opini kualitas tinggi. Ketiganya ialah Kota Ternate, Kota Tidore "
        "Kepulauan, serta Kabupaten Halmahera Barat.",
    ],
)
def test_all_assessed_then_named_get_the_label(pair):
    got = recs(f"{LEAD_MALUT} {pair}")
    for name in ("Kota Ternate", "Kota Tidore Kepulauan", "Kabupaten Halmahera Barat"):
        assert got[(name, 2023)].opinion == "kualitas tinggi", got


@pytest.mark.parametrize(
    "pair",
    [
        # the next sentence names others, left out
        "Dari dua pemerintah daerah yang dinilai, seluruhnya memperoleh opini kualitas tinggi. Sementara Kabupaten "
        "Pulau Morotai dan Kabupaten Halmahera Timur belum dinilai tahun ini.",
        # it names more governments than were counted
        "Dari dua pemerintah daerah yang dinilai, seluruhnya memperoleh opini kualitas tinggi. Penyerahan dihadiri "
        "Kota Ternate, Kota Tidore Kepulauan dan Kabupaten Halmahera Barat.",
    ],
)
def test_all_assessed_gives_nothing_to_governments_not_counted(pair):
    got = recs(f"{LEAD_MALUT} {pair}")
    assert all(r.opinion is None for r in got.values()), got


# -- "Daerah yang dipimpin oleh X ini": the government just named --------------------------------

LEAD_BANTEN = "Ombudsman RI Perwakilan Banten menyerahkan hasil survei kepatuhan, Jumat (7/2/2020)."


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD_BANTEN} Hasil survei juga diberikan ke Pemkab Serang. Daerah yang dipimpin oleh Ratu Tatu ini "
        "mendapatkan nilai 71,40 atau zona kuning.",
        f"{LEAD_BANTEN} Pada Kamis, giliran Kabupaten Serang menerima hasilnya. Kabupaten yang dinakhodai Bupati "
        "Ratu Tatu ini meraih nilai 71,40 dan masuk zona kuning.",
    ],
)
def test_the_region_led_by_someone_is_the_government_just_named(text):
    r = recs(text)[("Kabupaten Serang", 2019)]
    assert (r.score, r.zone) == (71.4, "kuning"), r


def test_a_led_region_of_another_level_is_not_the_one_just_named():
    got = recs(
        f"{LEAD_BANTEN} Hasil survei diberikan ke Pemkab Serang. Kota yang dipimpin oleh Wali Kota itu ini "
        "mendapatkan nilai 71,40."
    )
    assert got.get(("Kabupaten Serang", 2019)) is None or got[("Kabupaten Serang", 2019)].score is None, got
