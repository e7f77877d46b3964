"""Phenomena of the blind batches 09-11 of real articles, in our own sentences.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract_helpers import recs


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
)
def test_a_year_aimed_at_far_back_in_its_sentence_is_not_the_result_year(aim):
    got = recs(
        "Pemerintah Kabupaten Kendal meraih Opini Kualitas Tertinggi dari Ombudsman RI pada Penilaian Kepatuhan "
        "Penyelenggaraan Pelayanan Publik Tahun 2024. Penyerahan digelar di Semarang, Rabu (12/2/2025). "
        "Opini yang sama juga diraih Pemerintah Kabupaten Batang. " + aim
    )
    assert set(got) == {("Kabupaten Kendal", 2024), ("Kabupaten Batang", 2024)}, got.keys()


# -- a level noun heading a list of bare names gives them its level ------------------------------


@pytest.mark.parametrize(
    "listing, expected",
    [
        (
            "Lima daerah lain turut meraih opini kualitas tertinggi, yaitu Pemerintah Kota: Madiun, Pasuruan "
            "dan Probolinggo. Serta Pemerintah Kabupaten: Madiun dan Kediri.",
            {"Kota Madiun", "Kota Pasuruan", "Kota Probolinggo", "Kabupaten Madiun", "Kabupaten Kediri"},
        ),
        (
            "Opini kualitas tertinggi juga diraih tiga pemerintah kota, yakni Pasuruan, Probolinggo dan Kediri.",
            {"Kota Pasuruan", "Kota Probolinggo", "Kota Kediri"},
        ),
        (
            "Untuk kategori kabupaten, yaitu: Pasuruan, Probolinggo dan Blitar, semuanya meraih opini "
            "kualitas tertinggi.",
            {"Kabupaten Pasuruan", "Kabupaten Probolinggo", "Kabupaten Blitar"},
        ),
    ],
)
def test_level_noun_heading_a_list_of_bare_names(listing, expected):
    got = recs(
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2024 di "
        "Surabaya. " + listing
    )
    assert {e for e, _ in got} == expected
    assert all(r.opinion == "kualitas tertinggi" for r in got.values())


def test_a_mixed_kabupaten_kota_heading_gives_no_level():
    # "kabupaten/kota yakni" names both levels: a bare name keeps its usual reading
    got = recs(
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Tahun 2023. Dua kabupaten/kota yakni Kediri dan "
        "Kota Batu masuk zona hijau."
    )
    assert ("Kota Kediri", 2023) not in got and ("Kabupaten Kediri", 2023) in got, got.keys()


# -- counted governments ("94 Pemerintah Kota") and venues are no subject ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Zona Hijau Opini Kualitas Tertinggi tahun itu diraih 25 Pemerintah Provinsi, 90 Pemerintah Kota dan "
        "320 Pemerintah Kabupaten di seluruh Indonesia.",
        "Tahun ini, sebanyak 80 Pemerintah Kota dan 300 Pemerintah Kabupaten meraih Zona Hijau Kualitas Tertinggi.",
    ],
)
def test_counted_level_words_are_no_reference_to_the_articles_own_government(sentence):
    got = recs(
        "Samarinda - Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Tahun 2024 kepada Pemerintah Kota "
        "Samarinda, yang meraih nilai 88,20. " + sentence
    )
    assert got[("Kota Samarinda", 2024)].zone is None, got


@pytest.mark.parametrize(
    "venue",
    [
        "di Hotel Novotel Balikpapan",
        "di Auditorium RRI Jakarta",
        "di Balai Kartini, Jakarta Selatan",
        "bertempat di ruang Aula Garuda Samarinda",
    ],
)
def test_the_place_of_a_venue_takes_no_result(venue):
    got = recs(
        "Kabupaten Paser meraih nilai 91,05 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun "
        f"2023. Predikat zona hijau itu diserahkan Ombudsman RI dan diterima Sekda Paser {venue}, Selasa "
        "(12/12/2023)."
    )
    assert set(got) == {("Kabupaten Paser", 2023)}, got.keys()


# -- score bands written with words are no scores ------------------------------------------------


@pytest.mark.parametrize(
    "band",
    [
        "Predikat hijau diberikan bila nilainya berada di angka 81,00 sampai 100.",
        "Zona hijau diberikan untuk nilai 88,00 hingga 100, sedangkan zona kuning untuk nilai 56,00 hingga 87,99.",
        "Predikat itu diberikan bagi nilai 81,00 s.d. 100.",
    ],
)
def test_a_band_written_with_words_is_no_score(band):
    got = recs(
        "Kepala Ombudsman RI Perwakilan Sulawesi Tengah menjelaskan, pada penilaian kepatuhan tahun 2021 "
        "Kabupaten Donggala masuk zona hijau. " + band
    )
    assert {k: (r.score, r.zone) for k, r in got.items()} == {("Kabupaten Donggala", 2021): (None, "hijau")}


def test_a_change_written_with_hingga_is_still_a_score():
    got = recs(
        "Dalam penilaian kepatuhan Ombudsman RI tahun 2023, nilai Kabupaten Sigi naik dari 70,50 hingga "
        "mencapai 85,20 dan masuk zona hijau."
    )
    assert got[("Kabupaten Sigi", 2023)].score == 85.2


# -- the assessor's name misspelt, and its office after a colon ----------------------------------


def test_misspelt_assessor_still_makes_the_article_relevant():
    got = recs(
        "Wali Kota Pagar Alam menerima penghargaan Predikat Kepatuhan Tinggi dari Ombusman RI di Jakarta, "
        "Kamis, 5 Desember 2019. Kota Pagar Alam meraih nilai 88,10."
    )
    assert got[("Kota Pagar Alam", 2019)].score == 88.1


def test_the_assessors_office_after_a_colon_is_no_subject():
    got = recs(
        "Hanya Dua Kabupaten Zona Hijau di Sulteng\nPERWAKILAN: SULAWESI TENGAH\n"
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Zona hijau diraih Kabupaten Sigi "
        "dan Kabupaten Poso."
    )
    assert {e for e, _ in got} == {"Kabupaten Sigi", "Kabupaten Poso"}


# -- a ranking told by succession words across sentences -----------------------------------------

RANKED = "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan tahun 2024. "


@pytest.mark.parametrize(
    "ranking, expected",
    [
        (
            "Urutan teratas ditempati Kabupaten Bungo dengan skor 95,10. Lalu disusul Kabupaten Tebo yang "
            "mengantongi 94,02, lalu Kabupaten Merangin 92,76.",
            {"Kabupaten Bungo": 1, "Kabupaten Tebo": 2, "Kabupaten Merangin": 3},
        ),
        (
            "Peringkat pertama diraih Kota Jambi dengan nilai 96,40. Disusul Kabupaten Tebo dengan nilai 94,02, "
            "kemudian Kabupaten Merangin dengan nilai 92,76.",
            {"Kota Jambi": 1, "Kabupaten Tebo": 2, "Kabupaten Merangin": 3},
        ),
        (
            "Kabupaten Tebo ada di posisi kedua (94,02), sementara posisi ketiga diisi oleh Kabupaten Merangin "
            "(92,76).",
            {"Kabupaten Tebo": 2, "Kabupaten Merangin": 3},
        ),
    ],
)
def test_ranks_told_by_succession_words(ranking, expected):
    got = recs(RANKED + ranking)
    assert {e: r.rank for (e, _), r in got.items()} == expected


def test_next_places_listed_after_a_stated_rank():
    got = recs(
        "Ombudsman RI memberi Kabupaten Bungo skor 86,20 pada Penilaian Kepatuhan tahun 2021. Di Jambi, Bungo "
        "(Kabupaten Bungo) menempati peringkat ketiga, setelah Kota Jambi dan Kabupaten Tebo. Peringkat "
        "selanjutnya yakni Kabupaten Merangin, Kota Sungai Penuh, dan Kabupaten Kerinci."
    )
    ranks = {e: r.rank for (e, _), r in got.items()}
    assert ranks == {"Kabupaten Bungo": 3, "Kabupaten Merangin": 4, "Kota Sungai Penuh": 5, "Kabupaten Kerinci": 6}


def test_a_succession_word_without_a_ranking_gives_no_rank():
    got = recs(
        RANKED + "Kabupaten Bungo meraih nilai 95,10. Lalu disusul penyerahan piagam kepada Kabupaten Tebo "
        "yang meraih nilai 94,02."
    )
    assert all(r.rank is None for r in got.values())


def test_a_national_field_of_a_rank_lends_its_zone_to_no_one_named_later():
    got = recs(
        "Ombudsman RI memberi Kabupaten Bungo skor 86,20 pada Penilaian Kepatuhan Tahun 2021, yang membuatnya "
        "berada di peringkat ke-52 dari 120 Kabupaten yang masuk Zona Hijau tingkat nasional. Adapun di "
        "lingkup Jambi, Kabupaten Tebo mengantongi skor 80,12."
    )
    assert got[("Kabupaten Bungo", 2021)].zone == "hijau"
    assert got[("Kabupaten Tebo", 2021)].zone is None


# -- labels heading a bracketed list of members ---------------------------------------------------


@pytest.mark.parametrize(
    "listing",
    [
        "Di layar ditampilkan capaian Gorontalo pada penilaian kepatuhan 2022, yaitu Zona kuning opini kualitas "
        "Sedang (Pemrov Gorontalo, Pemkab Boalemo dan Kota Gorontalo) serta Zona Merah Opini Rendah (Pemkab "
        "Pohuwato, Pemkab Gorontalo Utara).",
        "Hasil penilaian kepatuhan tahun 2022 di Gorontalo: zona kuning dengan opini kualitas sedang (Pemprov "
        "Gorontalo, Pemkab Boalemo, Kota Gorontalo), zona merah dengan opini kualitas rendah (Pemkab Pohuwato "
        "dan Pemkab Gorontalo Utara).",
    ],
)
def test_labels_head_the_bracketed_list_after_them(listing):
    got = recs("Ombudsman RI Perwakilan Gorontalo menggelar sosialisasi penilaian kepatuhan. " + listing)
    labels = {e: (r.zone, r.opinion) for (e, _), r in got.items()}
    yellow, red = ("kuning", "kualitas sedang"), ("merah", "kualitas rendah")
    assert labels == {
        "Provinsi Gorontalo": yellow,
        "Kabupaten Boalemo": yellow,
        "Kota Gorontalo": yellow,
        "Kabupaten Pohuwato": red,
        "Kabupaten Gorontalo Utara": red,
    }


def test_opini_sedang_in_prose_is_no_label():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kabupaten Boalemo meraih nilai 80,10. "
        "Menurut dia, opini sedang disusun untuk unit layanan yang belum dinilai."
    )
    assert got[("Kabupaten Boalemo", 2023)].opinion is None


# -- a counted group named over two sentences is full after them ----------------------------------


@pytest.mark.parametrize(
    "more",
    ["Kemudian, Sragen dan Wonogiri.", "Lalu Kabupaten Sragen dan Kabupaten Wonogiri.", "Serta Sragen, Wonogiri."],
)
def test_a_group_continued_in_a_sentence_of_names_lends_no_labels_after_it(more):
    got = recs(
        "Ombudsman RI Perwakilan Jawa Tengah merilis hasil penilaian kepatuhan tahun 2021. Ada pula lima "
        "daerah dengan predikat zona kuning atau kepatuhan sedang, yakni Klaten, Boyolali, Pemprov Jateng. "
        f"{more} Adapun yang berpredikat zona hijau ialah Kudus, Demak dan Jepara."
    )
    assert got[("Provinsi Jawa Tengah", 2021)].zone == "kuning"
    assert got[("Kabupaten Wonogiri", 2021)].opinion == "kepatuhan sedang"
    for e in ("Kabupaten Kudus", "Kabupaten Demak", "Kabupaten Jepara"):
        assert (got[(e, 2021)].zone, got[(e, 2021)].opinion) == ("hijau", None)


# -- a tally over a span of years is of no one year ------------------------------------------------


@pytest.mark.parametrize(
    "tally",
    [
        "Jika dihitung sejak penilaian tahun 2016 - 2018 sudah ada lima daerah berstatus zona hijau. Di "
        "antaranya Kota Cirebon, Kota Banjar, Kabupaten Kuningan, Kota Cimahi dan Kabupaten Subang.",
        "Dalam kurun 2016-2018 sudah ada lima daerah di zona hijau, yaitu Kota Cirebon, Kota Banjar, "
        "Kabupaten Kuningan, Kota Cimahi dan Kabupaten Subang.",
    ],
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


# -- "Polres jajaran Polda X" is all of a Polda's offices, not one office ---------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Adapun untuk Polres Jajaran Polda Maluku secara keseluruhan yakni zona hijau Polresta Ambon (96,10), "
        "Polres Buru (91,20) serta Polres Seram Bagian Barat (88,75).",
        "Untuk Polres jajaran Polda Maluku, zona hijau diraih Polresta Ambon dengan nilai 96,10, Polres Buru "
        "dengan nilai 91,20 dan Polres Seram Bagian Barat 88,75.",
    ],
)
def test_the_offices_of_a_polda_as_a_whole_are_no_unit(phrase):
    got = recs("Ombudsman RI Perwakilan Maluku menyerahkan hasil penilaian kepatuhan tahun 2022. " + phrase)
    assert {e: r.zone for (e, _), r in got.items()} == {
        "Polresta Ambon": "hijau",
        "Polres Buru": "hijau",
        "Polres Seram Bagian Barat": "hijau",
    }


# -- "sisanya sebanyak N kabupaten": a counted rest, no exception from the list before -------------


def test_a_counted_rest_is_a_group_of_its_own():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Pemprov Maluku dan Kota Ambon meraih "
        "zona hijau atau opini kualitas tinggi, 7 pemerintah daerah kabupaten mendapat zona kuning, dan sisanya "
        "sebanyak dua pemerintah daerah kabupaten masih di zona merah atau Opini Kualitas Rendah. Tahun depan "
        "Maluku ditargetkan naik peringkat."
    )
    for e in ("Provinsi Maluku", "Kota Ambon"):
        assert (got[(e, 2022)].zone, got[(e, 2022)].opinion) == ("hijau", "kualitas tinggi")


def test_a_province_listed_among_kabupaten_and_kota_is_a_member():
    got = recs(
        "Ombudsman RI memberi predikat kepatuhan tinggi (zona hijau) tahun 2022 kepada 4 kabupaten dan kota di "
        "Jawa Timur, di antaranya Pemprov Jatim, Pemkab Tuban, Pemkab Jember dan Pemkot Blitar."
    )
    assert got[("Provinsi Jawa Timur", 2022)].zone == "hijau"


# -- "Kaper" is a head of a representative office ---------------------------------------------------


def test_kaper_heads_an_office_title():
    from extract.pipeline import extract_article

    res = extract_article(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024 di Padang. Hadir Kaper Ombudsman RI "
        "Sumatera Barat, Adel Wahidi, Kaper Bengkulu Irsyad Ramadhan, dan Kaper Jambi Rudi Hartono."
    )
    titles = {o.name: o.title for o in res.officials}
    assert titles.get("Adel Wahidi", "").startswith("Kaper Ombudsman RI")
    assert titles.get("Irsyad Ramadhan") == "Kaper Bengkulu"
    assert titles.get("Rudi Hartono") == "Kaper Jambi"


# -- "Demikian pula dengan ...": the labels just given, for the kinds not restated -----------------


@pytest.mark.parametrize(
    "likewise",
    [
        "Demikian pula dengan tiga pemerintah kota, yakni Bukittinggi, Solok dan Sawahlunto, semua tercatat di "
        "zona kuning.",
        "Begitu juga tiga pemerintah kota yaitu Bukittinggi, Solok dan Sawahlunto yang berada di zona kuning.",
    ],
)
def test_likewise_carries_the_labels_just_given(likewise):
    got = recs(
        "Ombudsman RI Perwakilan Sumatera Barat menyampaikan hasil penilaian kepatuhan tahun 2021. Menurut dia, "
        "Pemerintah Provinsi Sumatera Barat masuk dalam kategori predikat kepatuhan sedang, atau zona kuning. "
        + likewise
    )
    for e in ("Kota Bukittinggi", "Kota Solok", "Kota Sawahlunto"):
        assert (got[(e, 2021)].zone, got[(e, 2021)].opinion) == ("kuning", "kepatuhan sedang")


def test_likewise_does_not_override_a_label_restated():
    got = recs(
        "Ombudsman RI Perwakilan Sumatera Barat menyampaikan hasil penilaian kepatuhan tahun 2021. Kota Padang "
        "masuk kategori kepatuhan sedang atau zona kuning. Demikian pula Kota Solok, namun dengan predikat "
        "kepatuhan tinggi atau zona hijau."
    )
    assert (got[("Kota Solok", 2021)].zone, got[("Kota Solok", 2021)].opinion) == ("hijau", "kepatuhan tinggi")


# -- a bulleted list under a heading that calls it a ranking ----------------------------------------

BULLETS = (
    "Ombudsman RI Perwakilan Riau menyerahkan hasil penilaian kepatuhan tahun 2024.\n"
    "{head}\n"
    "Tingkat Kepolisian Daerah Riau:\n"
    "- Polres Kampar, Nilai 93,40, Predikat Zona Hijau\n"
    "- Polres Siak, Nilai 91,05, Predikat Zona Hijau\n"
    "- Polres Bengkalis, Nilai 88,75, Predikat Zona Hijau\n"
)


def test_bullets_under_a_ranking_heading_are_ranked():
    got = recs(BULLETS.format(head="Berikut peringkat hasil penilaian 2024 untuk tiap kelompok instansi:"))
    assert {e: r.rank for (e, _), r in got.items()} == {"Polres Kampar": 1, "Polres Siak": 2, "Polres Bengkalis": 3}


@pytest.mark.parametrize(
    "head",
    [
        "Berikut daftar polres yang meraih zona hijau:",  # a list of a zone's members is no ranking
        "Berikut peringkat terendah tahun ini:",  # a bottom list counts from the other end
    ],
)
def test_bullets_not_called_a_ranking_are_not_ranked(head):
    got = recs(BULLETS.format(head=head))
    assert got and all(r.rank is None for r in got.values())


# -- a kabupaten/kota name in the wrong case after its level word -----------------------------------


@pytest.mark.parametrize(
    "written, entity",
    [
        ("Kabupaten Labuhan batu (35.64)", "Kabupaten Labuhanbatu"),
        ("kota surakarta (76,10)", "Kota Surakarta"),
        ("Kabupaten Padang lawas utara (35.64)", "Kabupaten Padang Lawas Utara"),
        ("kabupaten tanah datar (35.64)", "Kabupaten Tanah Datar"),
    ],
)
def test_a_name_in_the_wrong_case_after_its_level_word(written, entity):
    got = recs(
        "Hasil survei kepatuhan Ombudsman RI tahun 2018, daerah yang masuk zona merah adalah Kota Medan "
        f"(40,10), {written} dan Kota Binjai (44,20)."
    )
    assert (entity, 2018) in got, got.keys()
    assert ("Kota Padang", 2018) not in got


@pytest.mark.parametrize("prose", ["Warga kota baru itu", "Pemerintah kota tanah datar", "Sebuah kota baru di pesisir"])
def test_a_lower_case_phrase_of_another_level_is_no_region(prose):
    got = recs(
        f"Hasil survei kepatuhan Ombudsman RI tahun 2018: Kabupaten Agam meraih zona hijau. {prose} juga berbenah."
    )
    assert set(got) == {("Kabupaten Agam", 2018)}, got.keys()


@pytest.mark.parametrize("office", ["Setkab", "Seskab", "Setkot"])
def test_a_secretariat_word_is_no_part_of_a_name(office):
    from extract.pipeline import extract_article

    res = extract_article(
        "Ombudsman RI menyerahkan predikat kepatuhan tinggi 2019 kepada Pemkab Berau. Penghargaan diterima "
        f"Kabag Organisasi {office} Berau Rahmat Hidayat di Jakarta."
    )
    assert all(office not in o.name for o in res.officials), res.officials


# -- a ranked category's labels hold for each place of its ranking ---------------------------------


@pytest.mark.parametrize(
    "ranking",
    [
        "Pada kategori Pemkab dengan zona hijau kualitas tertinggi, Pemkab Sleman ada di peringkat pertama "
        "(97,10). Urutan kedua Pemkab Bantul (96,40), lalu disusul Pemkab Kulon Progo (95,20) di urutan "
        "ketiga.",
        "Untuk kategori kabupaten dengan opini kualitas tertinggi dan zona hijau, peringkat pertama diraih "
        "Kabupaten Sleman (97,10). Posisi kedua ditempati Kabupaten Bantul (96,40). Posisi ketiga diisi oleh "
        "Kabupaten Kulon Progo (95,20).",
    ],
)
def test_a_ranked_categorys_labels_hold_for_its_places(ranking):
    got = recs("Ombudsman RI Perwakilan DIY menyerahkan hasil penilaian kepatuhan tahun 2023. " + ranking)
    assert {e: (r.rank, r.zone, r.opinion) for (e, _), r in got.items()} == {
        "Kabupaten Sleman": (1, "hijau", "kualitas tertinggi"),
        "Kabupaten Bantul": (2, "hijau", "kualitas tertinggi"),
        "Kabupaten Kulon Progo": (3, "hijau", "kualitas tertinggi"),
    }


def test_a_category_without_a_ranking_lends_nothing_onward():
    got = recs(
        "Ombudsman RI Perwakilan DIY menyerahkan hasil penilaian kepatuhan tahun 2023. Dalam kategori kabupaten "
        "dengan zona hijau, Kabupaten Sleman meraih nilai 97,10. Kabupaten Bantul meraih nilai 76,40."
    )
    assert got[("Kabupaten Bantul", 2023)].zone is None


def test_where_an_official_was_reached_is_no_subject():
    got = recs(
        "Ombudsman RI memberi Pemerintah Kabupaten Berau predikat Kepatuhan Tinggi 2019. Ketika dihubungi dari "
        "Samarinda, Bupati Berau bersyukur. Pada 2018 lalu, sejumlah OPD pelayanan masih berstatus zona merah."
    )
    assert ("Kota Samarinda", 2018) not in got and got[("Kabupaten Berau", 2018)].zone == "merah"


# -- a verdict on a place's public service "in general" names no government ------------------------


@pytest.mark.parametrize(
    "verdict",
    [
        "Menurut Ombudsman RI, secara umum mutu pelayanan publik di Provinsi Jambi sudah masuk opini kualitas tinggi.",
        "Pada umumnya pelayanan publik di Provinsi Jambi berada di zona hijau, kata dia.",
    ],
)
def test_a_general_verdict_on_a_place_is_no_record(verdict):
    got = recs("Ombudsman RI Perwakilan Jambi memaparkan hasil penilaian kepatuhan tahun 2023. " + verdict)
    assert not got, got


def test_a_page_dated_in_a_year_without_assessment_reports_the_one_before():
    got = recs(
        "Ombudsman RI menyebut Kabupaten Tebo masuk zona hijau dalam penilaian kepatuhan. Hal itu disampaikan "
        "Kepala Perwakilan, Senin (5/4/2021)."
    )
    assert set(got) == {("Kabupaten Tebo", 2019)}, got.keys()


def test_a_label_dominating_a_places_service_is_no_record_of_its_government():
    got = recs(
        "Menurut survei kepatuhan Ombudsman RI tahun 2017, zona merah masih mendominasi layanan publik di "
        "Jawa Tengah. Kabupaten Kendal meraih nilai 82,10 atau zona hijau."
    )
    assert set(got) == {("Kabupaten Kendal", 2017)}, got.keys()


# -- a counted group restated with its labels after its members were named ---------------------------


def test_a_group_restated_after_its_members_gives_them_its_other_labels():
    got = recs(
        "Tiga kabupaten di Papua masih zona merah pada penilaian kepatuhan 2022. Ketiganya ialah Kabupaten "
        "Yahukimo, Kabupaten Asmat dan Kabupaten Mappi. Kepala Perwakilan Ombudsman RI Papua menegaskan, "
        '"Ada tiga kabupaten dengan zona merah atau opini kualitas rendah," ujarnya.'
    )
    assert {e: (r.zone, r.opinion) for (e, _), r in got.items()} == {
        e: ("merah", "kualitas rendah") for e in ("Kabupaten Yahukimo", "Kabupaten Asmat", "Kabupaten Mappi")
    }


def test_a_group_that_names_its_members_does_not_look_back():
    got = recs(
        "Penilaian kepatuhan Ombudsman RI tahun 2024: Kabupaten Jayapura masuk zona hijau. Pada 2024 tercatat "
        "hanya 1 polres berhasil masuk zona hijau kategori A, yaitu Polres Mimika."
    )
    assert got[("Kabupaten Jayapura", 2024)].grade is None
