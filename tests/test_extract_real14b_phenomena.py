"""Record phenomena (entity and year) of the blind-annotated real articles, in our own sentences (continued
from test_extract_real14_phenomena.py): land offices, schools, rankings by succession, years named after
"yaitu", "Termasuk" after an unnamed group, venues, demands.

Every sentence here is written for these tests (real kinds of facts, invented wording); each phenomenon is
tried in several phrasings, with look-alikes that must not fire.
"""

import pytest

from extract_helpers import recs

# -- land offices: counted by the agency's name, and named with their place's level word ----------------

LAND = (
    "Ombudsman RI Perwakilan NTB menilai kepatuhan pelayanan publik tahun 2023 pada 10 Pemda, "
    "{offices} serta 10 Polres. "
)


@pytest.mark.parametrize(
    "offices",
    [
        "9 Badan Pertanahan Nasional kabupaten/kota",
        "sembilan Badan Pertanahan Nasional",
        "Badan Pertanahan Nasional tingkat kabupaten",
    ],
)
def test_agency_counted_or_by_level_is_its_offices_not_a_record(offices):
    text = LAND.format(offices=offices) + "Hasilnya berada pada kategori B dengan opini kualitas tinggi."
    got = recs(text)
    assert all(e != "Badan Pertanahan Nasional" for e, _ in got), got


def test_agency_after_a_score_is_still_the_agency():
    # look-alike: the number before the name is a score, not a count of offices
    text = "Pada penilaian kepatuhan Ombudsman tahun 2019 dengan nilai 91 Badan Pertanahan Nasional masuk zona hijau."
    assert recs(text)[("Badan Pertanahan Nasional", 2019)].zone == "hijau"


@pytest.mark.parametrize(
    "written, name",
    [
        ("Kantor Pertanahan Sumbawa", "Kantor Pertanahan Kabupaten Sumbawa"),
        ("Kantor Pertanahan Bima", "Kantor Pertanahan Kabupaten Bima"),
        ("Kantor Pertanahan Kota Bima", "Kantor Pertanahan Kota Bima"),
        ("Kantor Pertanahan Kabupaten Dompu", "Kantor Pertanahan Kabupaten Dompu"),
    ],
)
def test_land_office_named_with_its_place_level(written, name):
    text = (
        "Hasil penilaian kepatuhan Ombudsman tahun 2023 untuk kantor pertanahan di NTB: zona kuning diraih "
        f"Kantor Pertanahan Lombok Tengah dan {written}."
    )
    got = recs(text)
    assert got[(name, 2023)].zone == "kuning", got
    assert got[(name, 2023)].parent == "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"
    assert ("Kantor Pertanahan Kabupaten Lombok Tengah", 2023) in got


def test_land_offices_of_a_kabupaten_and_a_kota_of_one_name_stay_two():
    text = (
        "Hasil penilaian kepatuhan Ombudsman tahun 2023: Kantor Pertanahan Kota Bima masuk zona hijau, "
        "sedangkan Kantor Pertanahan Bima masuk zona kuning."
    )
    got = recs(text)
    assert got[("Kantor Pertanahan Kota Bima", 2023)].zone == "hijau", got
    assert got[("Kantor Pertanahan Kabupaten Bima", 2023)].zone == "kuning", got


# -- public schools as service units (2025 instrument) ----------------------------------------------------


@pytest.mark.parametrize(
    "written, name",
    [
        ("SMP Negeri 4 Lubuklinggau", "SMP Negeri 4 Lubuklinggau"),
        ("SMPN 4 Lubuklinggau", "SMPN 4 Lubuklinggau"),  # as written: the text never writes "SMP Negeri"
        ("SMA Negeri 12 Lubuklinggau", "SMA Negeri 12 Lubuklinggau"),
        ("SDN 101 Lubuklinggau", "SDN 101 Lubuklinggau"),
    ],
)
def test_school_with_its_number_and_place_is_a_unit_of_its_government(written, name):
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Maladministrasi Pelayanan Publik Tahun 2025. Pemkot Lubuklinggau "
        f"meraih nilai 84,10. Unit layanan dengan nilai tertinggi adalah {written} yang memperoleh nilai 90,45, "
        "disusul Dinas Sosial dengan nilai 86,20."
    )
    got = recs(text)
    school = got[(name, 2025)]
    assert school.score == 90.45, got
    assert school.entity_type == "unit" and school.parent == "Kota Lubuk Linggau"
    assert got[("Kota Lubuk Linggau", 2025)].score == 84.1
    assert got[("Dinas Sosial", 2025)].score == 86.2


def test_school_written_two_ways_is_one_unit():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Maladministrasi Tahun 2025 kepada Pemkot Lubuklinggau. Sertifikat "
        "diberikan kepada SMP Negeri 4 Lubuklinggau yang mencatat nilai 90,45. Selain SMPN 4 Lubuklinggau, RSUD "
        "Siti Aisyah memperoleh nilai 85,10."
    )
    got = recs(text)
    assert [k for k in got if "SMP" in k[0]] == [("SMP Negeri 4 Lubuklinggau", 2025)], got


def test_school_level_without_number_is_no_unit():
    # look-alike: "SMP Negeri" with no number names no one school
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Maladministrasi Tahun 2025. Pemkot Lubuklinggau meraih nilai 84,10. "
        "Ombudsman juga menilai layanan SMP Negeri di kota itu secara umum baik."
    )
    got = recs(text)
    assert set(got) == {("Kota Lubuk Linggau", 2025)}, got


# -- a ranking told by succession over a list of names ------------------------------------------------


@pytest.mark.parametrize(
    "ranking",
    [
        "Untuk peringkat penilaian kepatuhan 2022, peringkat pertama yakni Kabupaten Sintang, kemudian Sambas, "
        "Pemprov Kalbar, Ketapang dan terakhir kota Singkawang.",
        "Dalam penilaian kepatuhan 2022, urutan pertama ditempati Kabupaten Sintang, lalu Sambas, Pemerintah Provinsi "
        "Kalimantan Barat, Ketapang serta Kota Singkawang.",
        "Hasil penilaian kepatuhan 2022: posisi pertama adalah Kabupaten Sintang, selanjutnya Kabupaten Sambas, "
        "Pemprov Kalbar, Kabupaten Ketapang, dan Kota Singkawang.",
    ],
)
def test_ranking_told_by_succession_over_a_list(ranking):
    got = recs("Ombudsman RI Perwakilan Kalimantan Barat menyampaikan hasilnya. " + ranking)
    ranks = {e: r.rank for (e, _), r in got.items()}
    assert ranks == {
        "Kabupaten Sintang": 1,
        "Kabupaten Sambas": 2,
        "Provinsi Kalimantan Barat": 3,
        "Kabupaten Ketapang": 4,
        "Kota Singkawang": 5,
    }, ranks


def test_succession_from_a_later_place():
    text = (
        "Ombudsman mengumumkan penilaian kepatuhan 2022 di Kalimantan Barat. Peringkat ke enam yakni Pemerintah "
        "Kabupaten Melawi, selanjutnya Sekadau, Landak dan terakhir Kapuas Hulu."
    )
    ranks = {e: r.rank for (e, _), r in recs(text).items()}
    assert ranks == {"Kabupaten Melawi": 6, "Kabupaten Sekadau": 7, "Kabupaten Landak": 8, "Kabupaten Kapuas Hulu": 9}


@pytest.mark.parametrize(
    "tail",
    [
        # a list with scores after the succession word: order alone is no ranking
        "kemudian Sambas dengan nilai 88,10, Ketapang 86,40 dan Landak 80,00.",
        # a clause after the succession word, not a list of names
        "kemudian Ombudsman menyerahkan piagam kepada Bupati Sambas dan Bupati Ketapang.",
    ],
)
def test_succession_word_before_scores_or_a_clause_gives_no_places(tail):
    text = (
        "Ombudsman mengumumkan penilaian kepatuhan 2022. Peringkat pertama diraih Kabupaten Sintang dengan nilai "
        f"95,10, {tail}"
    )
    got = recs(text)
    assert got[("Kabupaten Sintang", 2022)].rank == 1
    assert all(r.rank is None for (e, _), r in got.items() if e != "Kabupaten Sintang"), got


# -- "..., yaitu 2015 hingga 2018": the years that name the time just spoken of ---------------------------


@pytest.mark.parametrize(
    "earlier",
    [
        "Dulu Pemerintah Kota Bitung berada di zona merah dalam tiga kali penilaian pertama, yaitu 2016 hingga 2018.",
        "Sebelumnya Kota Bitung sempat masuk zona merah pada penilaian-penilaian awal, yakni tahun 2016 dan 2018.",
        "Kota Bitung pernah berada di zona merah dalam dua penilaian pertama, tepatnya 2016 dan 2018.",
    ],
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


# -- "Termasuk X" after a counted or generic group that names no one ------------------------------------


@pytest.mark.parametrize(
    "group",
    [
        "Sebanyak 21 pemda meraih predikat kepatuhan sedang atau zona kuning.",
        "Selebihnya, yakni 21 pemda, meraih predikat kepatuhan sedang atau zona kuning.",
        "Masih ada daerah yang berada di zona kuning dengan predikat kepatuhan sedang.",
    ],
)
def test_termasuk_after_an_unnamed_group_makes_a_member(group):
    text = (
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2021 di Sumatera Barat. Kota Padang meraih nilai 82,10 "
        f"dan masuk zona hijau. {group} Termasuk Pemprov Sumbar pada kategori pemerintah provinsi."
    )
    got = recs(text)
    rec = got[("Provinsi Sumatera Barat", 2021)]
    assert (rec.zone, rec.opinion) == ("kuning", "kepatuhan sedang"), got
    assert got[("Kota Padang", 2021)].zone == "hijau"


def test_termasuk_far_from_the_group_is_no_member():
    # look-alike: a sentence between them, the group is no longer spoken of
    text = (
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2021 di Sumatera Barat. Sebanyak 21 pemda meraih zona "
        "kuning. Penilaian dilakukan sejak Juni. Termasuk Pemprov Sumbar yang ikut mendampingi tim."
    )
    assert ("Provinsi Sumatera Barat", 2021) not in recs(text)


# -- where it was said is no holder ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Kepala Ombudsman RI Perwakilan Sumbar di Padang, Selasa, mengatakan, pemerintah daerah yang masuk zona merah "
        "masih cukup banyak.",
        "Hal itu disampaikan Kepala Ombudsman di Kota Padang, Rabu (11/12), bahwa pemda yang masih di zona merah "
        "perlu berbenah.",
    ],
)
def test_venue_of_a_statement_gets_no_label(said):
    text = "Ombudsman menyampaikan hasil survei kepatuhan tahun 2019. " + said
    assert ("Kota Padang", 2019) not in recs(text)


def test_only_government_named_as_an_office_still_takes_the_label():
    # look-alike that must fire: an office holder's government, no venue
    text = "Ombudsman menyampaikan hasil survei kepatuhan tahun 2019. Wali Kota Padang menerima predikat zona hijau."
    assert recs(text)[("Kota Padang", 2019)].zone == "hijau"


# -- "harus" before a label: a demand, not a result -------------------------------------------------------


@pytest.mark.parametrize(
    "demand",
    [
        "Tahun depan Kota Bitung harus rapor hijau, kata wali kota.",
        "Wali kota menegaskan Kota Bitung harus berada di zona hijau pada survei berikutnya.",
    ],
)
def test_label_after_harus_is_a_demand(demand):
    text = "Ombudsman menyampaikan hasil survei kepatuhan tahun 2018. Kota Manado meraih zona hijau. " + demand
    got = recs(text)
    assert all(e != "Kota Bitung" for e, _ in got), got


def test_harus_puas_with_a_label_is_the_result():
    # look-alike: "harus puas" (settled for) tells the label held
    text = (
        "Ombudsman menyampaikan hasil survei kepatuhan tahun 2018. Kota Manado meraih zona hijau, sedangkan "
        "Kota Bitung harus puas berada di zona kuning."
    )
    assert recs(text)[("Kota Bitung", 2018)].zone == "kuning"


# -- "naik dari tahun sebelumnya menjadi 80,13": the relative year is the change's "from" side ---------------

CHANGE_OPENING = "Ombudsman merilis hasil survei kepatuhan tahun 2019. "


@pytest.mark.parametrize(
    "change",
    [
        "Di zona kuning ada Kabupaten Kerinci yang mengalami peningkatan dari tahun sebelumnya menjadi 80,13, "
        "serta Kabupaten Tebo 78,20.",
        "Kabupaten Kerinci yang masuk zona kuning naik dari tahun lalu menjadi 80,13.",
    ],
)
def test_relative_year_before_menjadi_is_the_earlier_side(change):
    got = recs(CHANGE_OPENING + change)
    rec = got[("Kabupaten Kerinci", 2019)]
    assert (rec.score, rec.zone) == (80.13, "kuning"), got
    assert ("Kabupaten Kerinci", 2018) not in got


def test_score_before_a_time_phrase_is_still_a_score():
    text = CHANGE_OPENING + (
        "Kabupaten Sarolangun yang tahun sebelumnya di angka 63,18 tahun ini malah turun menjadi 59,06."
    )
    got = recs(text)
    assert got[("Kabupaten Sarolangun", 2018)].score == 63.18, got
    assert got[("Kabupaten Sarolangun", 2019)].score == 59.06


def test_a_count_of_years_is_no_score():
    # look-alike: "12 tahun" is a duration
    text = CHANGE_OPENING + "Kabupaten Sarolangun yang sudah 12 tahun dinilai meraih nilai 54,32."
    assert recs(text)[("Kabupaten Sarolangun", 2019)].score == 54.32


# -- a police list going on over sentences that open with a contrast word --------------------------------

POLICE = (
    "Ombudsman RI merilis hasil survei kepatuhan 2021 untuk Polres se-Sulawesi Utara. Polres Bolaang Mongondow "
    "menjadi satu-satunya yang mendapat zona merah dengan nilai 41,20. "
)


@pytest.mark.parametrize(
    "rest",
    [
        "Sementara Minahasa, Bitung dan Kotamobagu mendapat zona hijau. Sedangkan zona kuning diperoleh Tomohon dan "
        "Minahasa Utara.",
        "Adapun Minahasa, Bitung dan Kotamobagu meraih zona hijau dengan skor berkisar 82-86. Sementara itu, "
        "Tomohon dan Minahasa Utara berada di zona kuning.",
    ],
)
def test_bare_places_after_a_police_office_sentence_are_police_offices(rest):
    got = recs(POLICE + rest)
    zones = {e: r.zone for (e, _), r in got.items()}
    assert zones == {
        "Polres Bolaang Mongondow": "merah",
        "Polres Minahasa": "hijau",
        "Polres Bitung": "hijau",
        "Polres Kotamobagu": "hijau",
        "Polres Tomohon": "kuning",
        "Polres Minahasa Utara": "kuning",
    }, zones
    assert all(r.entity_type == "unit" for r in got.values())


def test_governments_named_with_their_level_after_a_police_sentence_stay_governments():
    # look-alike: the next sentence speaks of governments again
    text = POLICE + "Sementara Kabupaten Minahasa dan Kota Bitung mendapat zona hijau untuk pemerintah daerah."
    got = recs(text)
    assert got[("Kabupaten Minahasa", 2021)].zone == "hijau", got
    assert got[("Kota Bitung", 2021)].zone == "hijau"


def test_a_band_of_the_scheme_is_still_no_claim():
    # look-alike: "81-100" defines the band; "berkisar" only marks a spread of named scores
    text = POLICE + "Zona hijau diberikan untuk nilai 81-100, sedangkan zona kuning untuk nilai 51-80."
    got = recs(text)
    assert set(got) == {("Polres Bolaang Mongondow", 2021)}, got


def test_a_government_is_no_member_of_a_group_of_police_offices():
    text = (
        "Ombudsman RI menyampaikan hasil survei kepatuhan tahun 2021. Sebanyak 12 polres di Sulut meraih zona hijau. "
        "Kota Manado menjadi tuan rumah penyerahan hasilnya."
    )
    assert ("Kota Manado", 2021) not in recs(text)


# -- a place whose governments in general hold the label ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Gorontalo Catat Banyak Daerah di Zona Merah",
        "Di Gorontalo, sejumlah daerah masih berada di zona merah.",
        "Provinsi Gorontalo mencatat beberapa kabupaten masuk zona merah.",
    ],
)
def test_label_of_many_governments_in_a_place_is_not_the_places(said):
    text = f"{said}\\n\\nOmbudsman menyerahkan hasil penilaian kepatuhan tahun 2024 kepada pemerintah daerah."
    assert ("Provinsi Gorontalo", 2024) not in recs(text)


def test_place_holding_its_own_label_still_does():
    # look-alike: the province itself is in the zone
    text = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2024. Pemprov Gorontalo masuk zona merah."
    assert recs(text)[("Provinsi Gorontalo", 2024)].zone == "merah"


# -- "semua daerah baik provinsi maupun kabupaten/kota": the province's own government is one of them ---------

ALL_OPENING = (
    "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan tahun 2024. Kabupaten Kaur meraih "
    "nilai 96,14 dan Kabupaten Lebong 93,76. "
)


@pytest.mark.parametrize(
    "said",
    [
        "Semua daerah baik provinsi maupun kabupaten/kota di Bengkulu sudah berada di zona hijau.",
        "Seluruh pemerintah daerah, provinsi dan kabupaten/kota se-Bengkulu, masuk zona hijau.",
    ],
)
def test_all_governments_with_the_province_reach_the_province(said):
    got = recs(ALL_OPENING + said)
    assert got[("Provinsi Bengkulu", 2024)].zone == "hijau", got
    assert got[("Kabupaten Kaur", 2024)].zone == "hijau"


def test_all_kabupaten_kota_without_the_province_leave_it_out():
    # look-alike: the province is not said to be one of them
    got = recs(ALL_OPENING + "Semua kabupaten/kota di Bengkulu sudah berada di zona hijau.")
    assert ("Provinsi Bengkulu", 2024) not in got, got
    assert got[("Kabupaten Lebong", 2024)].zone == "hijau"


def test_a_place_after_a_police_sentence_is_no_police_office():
    # look-alike: the next sentence names a place, not a list of offices
    text = POLICE + "Sementara di Minahasa, survei belum dilakukan karena kantornya baru berdiri."
    got = recs(text)
    assert all(e != "Polres Minahasa" for e, _ in got), got
