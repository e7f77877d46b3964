"""Phenomena of found batch 17 (real pages annotated blind), in our own sentences (real kinds of
facts, invented wording); each tried in several phrasings, with look-alikes that must not fire."""

import pytest

from extract_helpers import recs

# -- a weekday with day/month that fits two years: the 2022+ grade labels pick the later one ---------
# (Rabu 31 Januari fell in 2018 and in 2024: the 2017 or the 2023 assessment)

UNDATED = "Penyerahan hasil penilaian dari Ombudsman berlangsung di Manado, Rabu (31/1). "


@pytest.mark.parametrize(
    "sentence, grade",
    [
        ("Untuk kategori kepatuhan tertinggi atau opini A yakni Kota Bitung dengan perolehan nilai 90,42.", "A"),
        ("Kota Bitung memperoleh opini A dengan nilai 90,42.", "A"),
        ("Yang memperoleh kategori kepatuhan tinggi B yakni Kota Bitung dengan perolehan nilai 83,15.", "B"),
        ("Kota Bitung masuk kategori kepatuhan sedang C dengan nilai 70,02.", "C"),
    ],
)
def test_grade_labels_put_a_weekday_date_in_the_graded_years(sentence, grade):
    got = recs(UNDATED + sentence)
    assert ("Kota Bitung", 2023) in got
    assert ("Kota Bitung", 2017) not in got
    assert got[("Kota Bitung", 2023)].grade == grade


@pytest.mark.parametrize(
    "sentence",
    [
        "Kota Bitung meraih predikat kepatuhan tinggi dengan nilai 90,42.",
        # a lower-case word after "opini" is prose, not a grade
        "Kota Bitung meraih predikat kepatuhan tinggi dengan nilai 90,42, opini aparatur pun membaik.",
        "Kota Bitung masuk zona hijau atau kepatuhan tinggi dengan nilai 90,42. Nilai ini sesuai opini banyak pihak.",
    ],
)
def test_old_labels_keep_a_weekday_date_before_2022(sentence):
    got = recs(UNDATED + sentence)
    assert ("Kota Bitung", 2017) in got
    assert ("Kota Bitung", 2023) not in got
    assert got[("Kota Bitung", 2017)].grade is None


# -- governments named by their heads in a list receive what the list receives --------------------------

AWARD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021 di Banda Aceh. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Wali Kota Langsa Usman Abdullah, Bupati Pidie Roni Ahmad dan Bupati Bireuen Muzakkar Gani menerima "
        "Penghargaan Kepatuhan Tinggi.",
        "Penghargaan predikat kepatuhan tinggi diterima Wali Kota Langsa Usman Abdullah, Bupati Pidie Roni Ahmad "
        "serta Bupati Bireuen Muzakkar Gani.",
        "Sebanyak 3 kepala daerah di Aceh meraih predikat kepatuhan tinggi. Ketiga kepala daerah tersebut adalah "
        "Wali Kota Langsa Usman Abdullah, Bupati Pidie yang diwakili Sekda Ahmad Yani dan Bupati Bireuen Muzakkar Gani.",
    ],
)
def test_a_list_of_heads_names_their_governments(sentence):
    got = recs(AWARD + sentence)
    for name in ("Kota Langsa", "Kabupaten Pidie", "Kabupaten Bireuen"):
        assert got[(name, 2021)].opinion == "kepatuhan tinggi"
    assert ("Provinsi Aceh", 2021) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        # one head alone, his government named as its own subject elsewhere: the head's place stays a place
        "Bupati Pidie Roni Ahmad hadir saat Kabupaten Bireuen menerima predikat kepatuhan tinggi.",
        "Penghargaan predikat kepatuhan tinggi untuk Kabupaten Bireuen disaksikan Bupati Pidie Roni Ahmad.",
    ],
)
def test_a_single_head_beside_a_named_government_is_no_holder(sentence):
    got = recs(AWARD + sentence)
    assert got[("Kabupaten Bireuen", 2021)].opinion == "kepatuhan tinggi"
    assert ("Kabupaten Pidie", 2021) not in got


# -- a province named bare after "dari", and a count as the only holder, are nobody's -----------------


@pytest.mark.parametrize(
    "text",
    [
        AWARD + "Kabupaten Pidie meraih zona hijau. Dari Aceh, hanya Kabupaten Pidie yang hadir di Jakarta.",
        AWARD + "Kabupaten Pidie meraih zona hijau. Sebelumnya, 5 dari 23 pemerintah daerah (Pemda) di Aceh meraih "
        "zona hijau.",
        AWARD + "Penilaian dilakukan pada 23 Pemda se-Aceh, termasuk Pemprov Aceh. Namun, yang berhasil meraih zona "
        "hijau hanya 5.",
        AWARD + "Survei mencakup seluruh daerah termasuk Pemprov Aceh. Yang masuk zona hijau baru tujuh daerah.",
    ],
)
def test_the_province_as_a_place_or_a_count_gets_nothing(text):
    got = recs(text)
    assert ("Provinsi Aceh", 2021) not in got


def test_a_count_look_alike_a_score_after_hanya_is_still_carried():
    got = recs(AWARD + "Pemprov Aceh masuk zona kuning. Nilai yang diraih hanya 70,25.")
    assert got[("Provinsi Aceh", 2021)].score == 70.25


# -- a survey period written as a span of months gives the year, over a weekday date without one -------


@pytest.mark.parametrize(
    "period",
    [
        "pada bulan April sampai dengan Juli 2016",
        "selama Mei hingga Agustus 2016",
        "dalam kurun Maret - September 2016",
    ],
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


# -- a rank in a governance index is no place in the assessment ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Berdasarkan pemeringkatan Indonesia Governance Index (IGI), Pemprov Jambi berada di urutan ke empat nasional.",
        "Dalam indeks tata kelola pemerintahan, Pemprov Jambi menempati peringkat kedua nasional.",
    ],
)
def test_governance_index_rank_is_not_a_place(sentence):
    got = recs(
        "Pemprov Jambi meraih zona hijau dengan nilai 84,12 dalam penilaian kepatuhan Ombudsman tahun 2016. " + sentence
    )
    assert got[("Provinsi Jambi", 2016)].rank is None


# -- "sejak tahun 2016 hingga 2018": both years written hold the label ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sejak tahun 2016 hingga 2018, Kabupaten Garut selalu berada di zona kuning.",
        "Sejak 2016 sampai 2018 Kabupaten Garut masih di zona kuning.",
        "Kabupaten Garut berada di zona kuning dari tahun 2016 hingga 2018.",
    ],
)
def test_a_span_written_with_words_gives_both_years(sentence):
    got = recs("Ombudsman menyampaikan hasil survei kepatuhan, Jumat (11/10/2019). " + sentence)
    assert got[("Kabupaten Garut", 2016)].zone == "kuning"
    assert got[("Kabupaten Garut", 2018)].zone == "kuning"
    assert ("Kabupaten Garut", 2017) not in got


# -- "yang berada di posisi pertama di tingkat Sumbar": the province is the ranking's level, no holder --

RANKED = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kabupaten Tanah Datar meraih nilai 96,10 "
    "dengan kategori A. "
)


@pytest.mark.parametrize(
    "sentence, before",
    [
        (
            "Kabupaten Tanah Datar yang menempati posisi pertama di tingkat Sumbar juga naik peringkat secara "
            "nasional, dari posisi 30 pada 2023 menjadi posisi 19 dari 416 kabupaten yang dinilai.",
            30,
        ),
        (
            "Di tingkat Sumatera Barat, Kabupaten Tanah Datar naik dari peringkat 44 pada 2023 ke peringkat 19 "
            "dari 416 kabupaten.",
            44,
        ),
    ],
)
def test_a_change_of_national_place_and_the_province_as_level(sentence, before):
    got = recs(RANKED + sentence)
    r = got[("Kabupaten Tanah Datar", 2024)]
    assert (r.rank, r.rank_scope) == (19, "nasional")
    earlier = got[("Kabupaten Tanah Datar", 2023)]
    assert (earlier.rank, earlier.rank_scope) == (before, "nasional")
    assert not any(name == "Provinsi Sumatera Barat" for name, _ in got)


def test_a_change_of_place_without_scope_stays_unscoped():
    got = recs(RANKED + "Kabupaten Tanah Datar naik dari posisi 30 pada 2023 menjadi posisi 19.")
    assert (got[("Kabupaten Tanah Datar", 2024)].rank, got[("Kabupaten Tanah Datar", 2024)].rank_scope) == (19, None)
    assert got[("Kabupaten Tanah Datar", 2023)].rank_scope is None


# -- "meraih penilaian kualitas tertinggi": the opinion after "penilaian" -------------------------------


@pytest.mark.parametrize(
    "sentence, opinion",
    [
        (
            "Dari 12 daerah yang dinilai, Kabupaten Tanah Datar meraih penilaian kualitas tertinggi.",
            "kualitas tertinggi",
        ),
        ("Kabupaten Tanah Datar mendapat penilaian kualitas tinggi dengan kategori B.", "kualitas tinggi"),
    ],
)
def test_opinion_after_penilaian(sentence, opinion):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. " + sentence)
    assert got[("Kabupaten Tanah Datar", 2024)].opinion == opinion


def test_penilaian_of_quality_as_prose_gives_no_opinion():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kabupaten Tanah Datar meraih nilai 96,10. "
        "Penilaian kualitas layanan dilakukan sejak Mei."
    )
    assert got[("Kabupaten Tanah Datar", 2024)].opinion is None


# -- a sentence referring back to the result just told keeps that result's year ------------------------

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
)
def test_a_back_reference_look_alike_stays_in_the_reported_year(sentence):
    got = recs(TWO_YEARS + sentence)
    assert got[("Kabupaten Pohuwato", 2016)].score == 41.2
    assert got[("Kabupaten Pohuwato", 2017)].zone in ("kuning", "merah")


# -- a zone glossed by its level with "kategorinya"/"dikatakan"; a misspelt regency --------------------

GLOSSED = "Ombudsman RI Perwakilan Bali mengumumkan hasil penilaian kepatuhan tahun 2017. "


@pytest.mark.parametrize(
    "sentence, zone, opinion",
    [
        ("Kabupaten Gianyar nilainya masuk ke zona kuning atau kategorinya sedang.", "kuning", "kepatuhan sedang"),
        ("Nilai Kabupaten Gianyar ada di zona merah atau dikatakan rendah.", "merah", "kepatuhan rendah"),
        ("Kabupaten Gianyar berada di zona hijau atau disebut tinggi.", "hijau", "kepatuhan tinggi"),
    ],
)
def test_zone_glossed_by_its_level(sentence, zone, opinion):
    got = recs(GLOSSED + sentence)
    r = got[("Kabupaten Gianyar", 2017)]
    assert (r.zone, r.opinion) == (zone, opinion)


def test_zone_gloss_look_alike_a_level_of_something_else():
    got = recs(GLOSSED + "Kabupaten Gianyar berada di zona kuning, atau dikatakan anggarannya rendah.")
    assert got[("Kabupaten Gianyar", 2017)].opinion is None


def test_misspelt_klungkung_is_the_regency():
    got = recs(GLOSSED + "Kabupaten Kelungkung nilainya ada di zona merah.")
    assert got[("Kabupaten Klungkung", 2017)].zone == "merah"


# -- a newspaper named after its city is no holder ---------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "Laporan Wartawan Tribun Jambi Rina Sari\n",
        "Dikutip dari Radar Jambi, Senin.\n",
        "Laporan wartawan Harian Jambi\n",
    ],
)
def test_a_city_newspaper_is_no_holder(byline):
    got = recs(
        byline + "Ombudsman RI Perwakilan Jambi memberi nilai 66,40 bagi pelayanan publik di Pemerintah Kota "
        "Sungai Penuh tahun 2018. Nilai tersebut masuk kategori zona kuning."
    )
    assert ("Kota Jambi", 2018) not in got
    assert got[("Kota Sungai Penuh", 2018)].score == 66.4


# -- a list run on by "Disusul"/"Diikuti", and one sharing its first member's label ---------------------

LISTED = "Ombudsman RI Perwakilan Riau menyerahkan hasil penilaian kepatuhan tahun 2018. "


@pytest.mark.parametrize("between", ["", "Bacaan Lainnya\n\n", "Iklan\n\n"])
@pytest.mark.parametrize("word", ["Disusul", "Diikuti"])
def test_a_succession_list_keeps_the_label_of_the_one_before(between, word):
    got = recs(
        LISTED + "Kota Dumai masuk zona merah dengan nilai paling rendah (12,40).\n\n"
        f"{between}{word} Kabupaten Siak (15,20), Kabupaten Kampar (31,05) dan Kabupaten Pelalawan (28,44)."
    )
    for name in ("Kabupaten Siak", "Kabupaten Kampar", "Kabupaten Pelalawan"):
        assert got[(name, 2018)].zone == "merah"


def test_a_succession_sentence_with_more_than_names_shares_nothing():
    got = recs(
        LISTED + "Kota Dumai masuk zona merah dengan nilai 12,40. Disusul kemudian penyerahan piagam kepada "
        "Kabupaten Siak yang meraih nilai 85,20."
    )
    assert got[("Kabupaten Siak", 2018)].zone is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Sementara itu, Kota Dumai masuk di zona kuning dengan nilai (70,77), Kampar (54,03), Siak (58,39) dan "
        "Kabupaten Pelalawan (63,14).",
        "Kota Dumai berada di zona kuning dengan skor 70,77, Kampar 54,03, Siak 58,39 dan Kabupaten Pelalawan 63,14.",
    ],
)
def test_members_with_scores_only_share_the_first_ones_label(sentence):
    got = recs(LISTED + sentence)
    assert got[("Kota Dumai", 2018)].score == 70.77
    for name, score in (("Kabupaten Kampar", 54.03), ("Kabupaten Siak", 58.39), ("Kabupaten Pelalawan", 63.14)):
        assert (got[(name, 2018)].zone, got[(name, 2018)].score) == ("kuning", score)


def test_a_second_clause_with_its_own_label_is_not_shared():
    got = recs(LISTED + "Kota Dumai masuk zona kuning dengan nilai 70,77, sedangkan Kabupaten Siak zona merah (40,10).")
    assert got[("Kabupaten Siak", 2018)].zone == "merah"


# -- the city of a street address is no holder ---------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["Jalan Sudirman No 12 Pekanbaru", "Jl. Diponegoro 182 Pekanbaru", "Jalan Jenderal Sudirman Nomor 4 Pekanbaru"],
)
def test_the_city_of_a_street_address_is_no_holder(address):
    got = recs(
        LISTED + "Kabupaten Siak meraih zona hijau. \u201cHanya Siak yang hijau,\u201d ujar dia di kantor Ombudsman, "
        f"{address}, Kamis 31 Januari 2019."
    )
    assert ("Kota Pekanbaru", 2018) not in got
    assert got[("Kabupaten Siak", 2018)].zone == "hijau"


# -- the province in an award's title is no holder ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sertifikat Kepatuhan Standar Pelayanan Publik Jawa Timur Tahun 2022 diterima Wabup di Sidoarjo.",
        "\u201cSaya menerima penghargaan dengan kategori Predikat Kepatuhan Tinggi Jawa Timur Tahun 2022,\u201d ujarnya.",
        "Piagam Kepatuhan Jatim itu diserahkan pada Senin (20/03/2023).",
    ],
)
def test_the_province_of_an_award_title_is_no_holder(sentence):
    got = recs(
        "Pemerintah Kabupaten Jember masuk zona hijau, yakni Predikat Kepatuhan Tinggi dari Ombudsman RI "
        "Tahun 2022 dengan nilai 82,15. " + sentence
    )
    assert ("Provinsi Jawa Timur", 2022) not in got
    assert got[("Kabupaten Jember", 2022)].score == 82.15


def test_the_province_government_with_its_own_score_still_holds():
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2022. Pemprov Jawa Timur meraih predikat kepatuhan "
        "tinggi dengan nilai 90,10, dan Jawa Timur menjadi contoh bagi daerah lain."
    )
    assert got[("Provinsi Jawa Timur", 2022)].score == 90.1


# -- a police office's total after its parts ("pengaduan 9, Proses 14,80, Nilai 71,05") ----------------

POLICE = (
    "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan tahun 2022. Dua polres masuk zona kuning. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Polres Tebo dengan jumlah pengaduan 21, Proses 16,40, Nilai 71,18, kategori cukup, dengan opini kualitas sedang.",
        "Polres Tebo dengan jumlah pengaduan 13,40, Proses 15,85, Nilai 71,18, Kategori Cukup, Opini Kualitas sedang.",
        "Polres Tebo: jumlah pengaduan 9, proses 14,20, nilai: 71,18, opini kualitas sedang.",
    ],
)
def test_a_police_total_after_its_parts_is_the_score(sentence):
    got = recs(POLICE + sentence)
    r = got[("Polres Tebo", 2022)]
    assert (r.score, r.opinion) == (71.18, "kualitas sedang")


def test_a_number_of_the_complaints_is_not_taken():
    got = recs(POLICE + "Polres Tebo masuk zona kuning, sedangkan jumlah pengaduan yang diproses 71,18.")
    assert got[("Polres Tebo", 2022)].score is None


# -- "daerah yang berada di zona hijau terus meningkat": a growing count, nobody's zone ------------------

REPORT = (
    "Ombudsman RI menyerahkan laporan tahunan 2023 kepada Pemerintah Kota Depok di Jakarta. Paparan Ombudsman "
    "antara lain membahas penilaian kepatuhan pelayanan publik. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kini instansi maupun pemda yang masuk zona hijau terus meningkat.",
        "\u201cKami berharap zona hijau pun bisa terus meningkat,\u201d katanya.",
        "Jumlah pemda di zona hijau semakin bertambah dari tahun ke tahun.",
    ],
)
def test_a_growing_count_of_the_zone_is_nobodys_zone(sentence):
    got = recs(REPORT + sentence)
    assert ("Kota Depok", 2023) not in got


def test_a_zone_held_beside_a_growing_score_is_kept():
    got = recs(REPORT + "Kota Depok masuk zona hijau, nilainya terus meningkat menjadi 88,40.")
    assert got[("Kota Depok", 2023)].zone == "hijau"


# -- "meraih nilai tertinggi (kategori kepatuhan pelayanan publik) di <province>": first in the province ---

TOP = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah Kota (Pemkot) Sorong meraih nilai tertinggi kategori kepatuhan pelayanan publik di Papua Barat "
        "Daya. Ombudsman memberikan nilai 90,12.",
        "Pemkot Sorong meraih nilai tertinggi di Papua Barat Daya dengan nilai 90,12.",
        "Pemkot Sorong memperoleh skor tertinggi kepatuhan standar pelayanan publik se-Papua Barat Daya, yakni 90,12.",
    ],
)
def test_highest_in_a_province_is_first_there(sentence):
    r = recs(TOP + sentence)[("Kota Sorong", 2023)]
    assert (r.rank, r.rank_scope, r.score) == (1, "provinsi", 90.12)


@pytest.mark.parametrize(
    "sentence",
    [
        # the highest among its own units is no rank among governments
        "Pemkot Sorong mencatat nilai 90,12; Dinas Kesehatan meraih nilai tertinggi di antara unitnya.",
        # a national first stays national
        "Pemkot Sorong meraih nilai tertinggi di Indonesia dengan nilai 90,12.",
    ],
)
def test_highest_look_alikes(sentence):
    r = recs(TOP + sentence)[("Kota Sorong", 2023)]
    assert r.rank_scope != "provinsi"


# -- "N pemda lain yang (juga) meraih ...": the ones just named hold the label too ------------------------

OTHERS = "Ombudsman RI menyerahkan hasil survei kepatuhan tahun 2021 di Jakarta. "


@pytest.mark.parametrize(
    "text",
    [
        OTHERS + "Dari Riau hanya Pemkab Siak yang hadir. \u201cSementara, enam pemda lain di Riau yang meraih "
        "predikat kepatuhan tinggi tidak diundang,\u201d katanya.",
        OTHERS + "Pemkab Siak hadir di Jakarta. Enam pemda lain juga meraih predikat kepatuhan tinggi.",
        OTHERS + "Pemkab Siak menerima piagamnya di Jakarta. Lima daerah lainnya yang juga masuk predikat kepatuhan "
        "tinggi menerima piagam di Pekanbaru.",
    ],
)
def test_the_others_alike_give_their_label_to_the_ones_named(text):
    assert recs(text)[("Kabupaten Siak", 2021)].opinion == "kepatuhan tinggi"


def test_others_in_contrast_give_nothing():
    got = recs(OTHERS + "Pemkab Siak meraih nilai 70,10. Sementara lima daerah lain masuk zona kuning.")
    assert got[("Kabupaten Siak", 2021)].zone is None


# -- "berkepatuhan rendah": the pre-2022 verdict as an adjective ---------------------------------------


@pytest.mark.parametrize(
    "sentence, opinion",
    [
        ("Kabupaten Boalemo masih tetap berkepatuhan rendah.", "kepatuhan rendah"),
        ("Tahun ini Kabupaten Boalemo sudah berkepatuhan tinggi dengan nilai 85,20.", "kepatuhan tinggi"),
    ],
)
def test_berkepatuhan_is_the_verdict(sentence, opinion):
    got = recs("Hasil survei kepatuhan Ombudsman RI tahun 2017 diumumkan di Jakarta. " + sentence)
    assert got[("Kabupaten Boalemo", 2017)].opinion == opinion


# -- "mendapat nilai kepatuhan rendah": the verdict after "nilai"; "nilai kepatuhan tertinggi" is none ---


@pytest.mark.parametrize(
    "sentence, opinion",
    [
        ("Hasilnya, Kabupaten Boalemo mendapat nilai kepatuhan rendah.", "kepatuhan rendah"),
        ("Pemprov Gorontalo termasuk yang meraih nilai kepatuhan tinggi pada posisi ke-12.", "kepatuhan tinggi"),
    ],
)
def test_verdict_after_nilai(sentence, opinion):
    got = recs("Hasil survei kepatuhan Ombudsman RI tahun 2017 diumumkan di Jakarta. " + sentence)
    assert (
        next(r for (name, _), r in got.items() if name in ("Kabupaten Boalemo", "Provinsi Gorontalo")).opinion
        == opinion
    )


def test_nilai_kepatuhan_tertinggi_is_no_opinion():
    got = recs(
        "Hasil penilaian kepatuhan Ombudsman RI tahun 2023 diumumkan. Kota Bitung meraih nilai kepatuhan tertinggi "
        "dengan skor 95,10."
    )
    assert got[("Kota Bitung", 2023)].opinion is None


# -- a value given roughly to one point ("nilainya sama 95-96") is no band definition --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cOmbudsman memberikan Kategori A, dalam SK itu Kabupaten Ciamis karena nilainya sama 95-96,\u201d ujarnya.",
        "Kabupaten Ciamis mendapat Kategori A dengan nilai sekitar 91-92.",
    ],
)
def test_a_rough_value_keeps_the_sentences_grade(sentence):
    got = recs("Hasil penilaian Ombudsman tahun 2023 diumumkan. " + sentence)
    r = got[("Kabupaten Ciamis", 2023)]
    assert (r.grade, r.score) == ("A", None)


def test_a_band_with_its_label_is_still_a_definition():
    got = recs(
        "Hasil penilaian Ombudsman tahun 2023 diumumkan. Kabupaten Ciamis masuk zona hijau dengan rentang 88-100."
    )
    assert ("Kabupaten Ciamis", 2023) not in got
