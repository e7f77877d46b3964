"""Phenomena of found batches 27 and 28 (real pages annotated blind), in our own sentences (real kinds
of facts, invented wording); each tried in several phrasings, with look-alikes that must not fire."""

import pytest

from extract.pipeline import extract_article
from extract_helpers import recs

# -- a sentence opened by "Di mana" goes on with the one before it and keeps its year -----------------

OPENING = "Ombudsman membuka sosialisasi penilaian kepatuhan pelayanan publik tahun 2024 di Bengkulu. "


@pytest.mark.parametrize(
    "sentences",
    [
        "Menurutnya, semua pemda di tahun 2023 lalu sudah masuk zona hijau. Di mana Pemerintah Provinsi Bengkulu "
        "meraih opini kualitas tinggi dengan nilai 87,05.",
        "Pada penilaian 2023 seluruh daerah berada di zona hijau. Dimana Pemprov Bengkulu mendapat nilai 87,05.",
        "Hasil tahun 2023 menempatkan semua pemda di zona hijau. Yang mana Pemprov Bengkulu memperoleh nilai 87,05.",
    ],
)
def test_a_relative_sentence_keeps_the_year_of_the_sentence_before(sentences):
    got = recs(OPENING + sentences)
    assert got[("Provinsi Bengkulu", 2023)].score == 87.05
    assert ("Provinsi Bengkulu", 2024) not in got


def test_a_relative_sentence_with_its_own_year_keeps_it():
    got = recs(
        OPENING + "Pada tahun 2022 semua pemda masuk zona hijau. Di mana pada 2023 Pemprov Bengkulu meraih nilai 87,05."
    )
    assert ("Provinsi Bengkulu", 2023) in got
    assert ("Provinsi Bengkulu", 2022) not in got


def test_a_sentence_not_opened_by_a_relative_word_does_not_reach_back():
    got = recs(
        "Penilaian kepatuhan tahun 2023 sudah diumumkan Ombudsman pada Desember 2023. Tahun 2022 semua pemda masuk "
        "zona hijau. Pemprov Bengkulu kini meraih nilai 87,05."
    )
    assert ("Provinsi Bengkulu", 2023) in got
    assert ("Provinsi Bengkulu", 2022) not in got


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


# -- "skor sekitar 86 poin": an approximate whole score is the score written ----------------------------

KUPANG = "Kota Kupang masuk zona hijau dalam penilaian kepatuhan Ombudsman tahun 2024"


@pytest.mark.parametrize(
    "tail", [" dengan skor sekitar 86 poin.", ", nilai kurang lebih 86.", " dengan skor sekira 86."]
)
def test_an_approximate_whole_score_is_kept(tail):
    assert recs(KUPANG + tail)[("Kota Kupang", 2024)].score == 86.0


@pytest.mark.parametrize(
    "tail", [" bersama sekitar 86 daerah lain.", " karena nilainya lebih dari 80.", ", sekitar 86 persen pemda hijau."]
)
def test_a_count_or_a_threshold_near_an_approximation_is_no_score(tail):
    assert recs(KUPANG + tail)[("Kota Kupang", 2024)].score is None


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


# -- officials: a degree written without its dot ("S Sos"); names listed after "para asisten yakni" ----


def _officials(text):
    return {o.name: o.title for o in extract_article(text).officials}


RESULT = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Medan masuk zona kuning. "


@pytest.mark.parametrize("degree", ["S Sos", "S Pd", "S.Sos", "S Sos M Si"])
def test_a_degree_without_its_dot_is_no_part_of_the_name(degree):
    got = _officials(RESULT + f"Kepala Perwakilan Ombudsman RI Sumut Budi Siregar {degree} mengatakan hasil itu baik.")
    assert "Budi Siregar" in got


def test_a_trailing_initial_stays_in_the_name():
    got = _officials(RESULT + "Kepala Perwakilan Ombudsman RI Sumut Budi Siregar S mengatakan hasil itu baik.")
    assert "Budi Siregar S" in got


@pytest.mark.parametrize("word", ["yakni", "yaitu", "yaki"])
def test_names_listed_after_a_plural_office_and_a_listing_word_hold_it(word):
    got = _officials(
        RESULT + f"Kepala Perwakilan Budi Siregar datang beserta para asisten {word} Dedi Irawan, Rika Nelson "
        "Hutapea dan Tina Nuraini Silalahi, Senin (23/12)."
    )
    assert {"Dedi Irawan", "Rika Nelson Hutapea", "Tina Nuraini Silalahi"} <= set(got)


def test_a_listing_word_before_no_name_links_nobody():
    got = _officials(RESULT + "Ombudsman menurunkan para asisten yakni dari bidang pencegahan ke Kota Medan.")
    assert not any(title.lower().startswith("asisten") for title in got.values())


# -- two ranks for one result: the national one, also misspelt ("perinkat"), beside a regional one -------

RIAU = "Pemprov Riau menerima penganugerahan predikat kepatuhan Ombudsman tahun 2022. Provinsi Riau mendapatkan "


@pytest.mark.parametrize(
    "ranks",
    [
        "perinkat ke-6 dengan nilai 90,03 pada anugerah predikat kepatuhan tahun 2022 di antara pemerintah "
        "provinsi se-Indonesia, serta peringkat ke 3 di wilayah se-Sumatera.",
        "peringkat 6 secara nasional dan peringkat 3 se-Sumatera dengan nilai 90,03.",
        "peringkat 3 se-Sumatera dan peringkat 6 secara nasional dengan nilai 90,03.",
        "pringkat 6 se-Indonesia dengan nilai 90,03.",
    ],
)
def test_the_national_rank_is_kept_beside_a_regional_one(ranks):
    r = recs(RIAU + ranks)[("Provinsi Riau", 2022)]
    assert (r.rank, r.rank_scope) == (6, "nasional")


def test_a_regional_rank_alone_is_not_national():
    r = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2022. Kabupaten Kampar meraih peringkat 3 "
        "se-Provinsi Riau dan nilai 80,10."
    )[("Kabupaten Kampar", 2022)]
    assert r.rank_scope != "nasional"


# -- units named with their full merged name; a provincial rehabilitation centre -------------------------

DIY = (
    "Ombudsman RI menyerahkan opini penilaian kepatuhan 2025 kepada Pemda DIY. Ombudsman juga menyebut "
    "instansi yang meraih kategori Kualitas Pelayanan Baik. "
)


@pytest.mark.parametrize(
    "unit",
    [
        "Dinas Pendidikan, Pemuda dan Olahraga",
        "Dinas Kependudukan, Pencatatan Sipil dan Keluarga Berencana",
        "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
    ],
)
def test_a_merged_office_keeps_its_one_word_affairs(unit):
    assert (unit, 2025) in recs(DIY + f"Di antaranya {unit} dengan skor 83,58.")


def test_one_word_affairs_that_run_offices_of_their_own_are_not_merged():
    got = recs(DIY + "Dinas Kesehatan, Pendidikan dan Sosial meraih skor 83,58.")
    assert ("Dinas Kesehatan, Pendidikan dan Sosial", 2025) not in got


@pytest.mark.parametrize(
    "unit", ["Balai Rehabilitasi Sosial Bina Karya dan Laras", "Balai Rehabilitasi Sosial Eks Gelandangan"]
)
def test_a_rehabilitation_centre_is_a_unit(unit):
    assert recs(DIY + f"Selain itu, {unit} dengan skor 84,73.")[(unit, 2025)].score == 84.73


def test_the_town_hall_is_no_unit():
    got = recs(DIY + "Penyerahan di Balai Kota Yogyakarta, Pemda DIY meraih skor 84,73.")
    assert not any(name.startswith("Balai") for name, _ in got)


# -- an earlier year's score "in the same category" had the later year's grade and opinion ----------------

JATIM = (
    "Ombudsman menganugerahkan predikat penilaian kepatuhan tahun 2024 pada Jumat (13/12/2024). Lewat skor "
    "92,08 pada kategori A (Kualitas Tertinggi), Pemprov Jatim menjaga mutu pelayanannya. "
)


@pytest.mark.parametrize(
    "earlier",
    [
        "Capaian itu lebih tinggi dari tahun 2023 yang membukukan skor 88,81, juga dalam kategori yang sama.",
        "Pada 2023 skornya 88,81 dengan predikat yang sama.",
        "Tahun 2023 nilainya 88,81 dan berada di kategori sama.",
    ],
)
def test_the_same_category_carries_grade_and_opinion_to_the_earlier_year(earlier):
    r = recs(JATIM + earlier)[("Provinsi Jawa Timur", 2023)]
    assert (r.grade, r.opinion) == ("A", "kualitas tertinggi")


@pytest.mark.parametrize(
    "earlier",
    [
        "Pada 2023 skornya 88,81, tidak dalam kategori yang sama.",
        "Angka ini naik dari tahun 2023 yang mencatat skor 88,81. Kategori yang sama juga diraih Kota Surabaya.",
    ],
)
def test_a_denied_or_distant_same_category_carries_nothing(earlier):
    r = recs(JATIM + earlier)[("Provinsi Jawa Timur", 2023)]
    assert (r.grade, r.opinion) == (None, None)


# -- a grade letter glossing a zone ("zona kuning atau C") ------------------------------------------------

MIMIKA = "Ombudsman menyerahkan hasil penilaian kepatuhan. Di tahun 2023 Kabupaten Mimika "


@pytest.mark.parametrize(
    "said, grade",
    [
        ("mengalami kenaikan menjadi zona kuning atau C (54,11).", "C"),
        ("masuk zona hijau alias A dengan nilai 90,11.", "A"),
        ("berada di Zona Merah atau D dengan nilai 40,11.", "D"),
    ],
)
def test_a_letter_glossing_a_zone_is_the_grade(said, grade):
    assert recs(MIMIKA + said)[("Kabupaten Mimika", 2023)].grade == grade


@pytest.mark.parametrize(
    "said", ["masuk zona kuning atau Cukup dengan nilai 54,11.", "masuk zona kuning atau B-, nilai 54,11."]
)
def test_a_word_or_a_signed_letter_after_the_zone_is_no_grade(said):
    assert recs(MIMIKA + said)[("Kabupaten Mimika", 2023)].grade is None


# -- the bureau in a dateline's brackets ("Mamuju (Antaranews Sulsel) -") is no subject --------------------

RESULT_2017 = (
    " - Ombudsman memberikan hasil uji kepatuhan tahun 2017 berupa rapor merah untuk Pemerintah Kabupaten Majene."
)


@pytest.mark.parametrize(
    "dateline", ["Mamuju (Antaranews Sulsel)", "Mamuju (ANTARA Sulsel)", "Mamuju (Antara News Sulsel)"]
)
def test_a_bureau_in_a_dateline_is_no_subject(dateline):
    got = recs(dateline + RESULT_2017)
    assert ("Kabupaten Majene", 2017) in got
    assert ("Provinsi Sulawesi Selatan", 2017) not in got


def test_a_short_form_in_brackets_is_still_the_subject():
    got = recs(
        "Ombudsman menyerahkan hasil uji kepatuhan tahun 2017: Pemerintah Provinsi Sulawesi Selatan (Sulsel) "
        "masuk zona merah."
    )
    assert got[("Provinsi Sulawesi Selatan", 2017)].zone == "merah"


# -- a misspelt unit head ("Puskemas") names the unit spelt right -------------------------------------------

MIMIKA_2023 = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023 kepada Pemkab Mimika. "


@pytest.mark.parametrize("head", ["Puskemas", "Pukesmas"])
def test_a_misspelt_health_centre_is_named_right(head):
    got = recs(MIMIKA_2023 + f"{head} Wania meraih nilai 74,25 dan masuk zona kuning.")
    assert got[("Puskesmas Wania", 2023)].score == 74.25


def test_a_word_starting_like_the_head_is_no_unit():
    got = recs(MIMIKA_2023 + "Puskesmasnya belum dinilai, tetapi Kabupaten Mimika meraih nilai 54,11.")
    assert set(got) == {("Kabupaten Mimika", 2023)}


# -- "Jajaran Komisioner ...": the staff of an office is no person -----------------------------------------

AMBON = "Ombudsman menyerahkan hasil penilaian kepatuhan. Kota Ambon zona kuning. "


@pytest.mark.parametrize(
    "staff", ["diikuti oleh Jajaran Komisioner Ombudsman", "Hadir pula Segenap Komisioner Ombudsman"]
)
def test_the_staff_of_an_office_is_no_person(staff):
    assert _officials(AMBON + f"Acara dibuka Ketua Ombudsman RI Mokhammad Najih, {staff}.") == {
        "Mokhammad Najih": "Ketua Ombudsman RI"
    }


def test_a_name_starting_like_the_staff_word_is_kept():
    assert "Jajang Kurniawan" in _officials(AMBON + "Hadir pula Komisioner Ombudsman Jajang Kurniawan.")
