"""Groups, members and lists: labels given to counted groups, police stations under their regional
police, lists continued or excepted, and the N others of a list.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_PROV, OMB_RELEASE, recs


# -- a label handed to a counted group ("memberikan penilaian kategori tinggi kepada tujuh pemda") -------

PEMPROV_JAMBI = "Pemerintah Provinsi Jambi meraih skor tertinggi dalam penilaian kepatuhan Ombudsman RI tahun {y} dengan skor 88,49. "


@pytest.mark.parametrize(
    ("year", "given"),
    [
        (2025, "Ombudsman juga memberikan penilaian kategori tinggi kepada tiga pemerintah kabupaten/kota."),
        (2019, "Ombudsman juga memberikan penilaian zona kuning kepada tiga pemerintah kabupaten/kota."),
        (2019, "Selain pemprov, Ombudsman memberikan penilaian kategori sedang kepada tiga pemda di Provinsi Jambi."),
    ],
)
def test_a_label_given_to_a_counted_group_is_not_the_last_subjects(year, given):
    got = recs(
        PEMPROV_JAMBI.format(y=year) + given + " Ketiganya yakni Kota Sungai Penuh, Kabupaten Bungo dan Kabupaten Tebo."
    )
    rec = got[("Provinsi Jambi", year)]
    assert rec.score == 88.49
    assert rec.zone is None and rec.opinion is None


def test_a_count_where_the_survey_was_done_is_still_no_group():
    got = recs(
        PEMPROV_JAMBI.format(y=2019) + "Dari penilaian yang kami lakukan di tiga kabupaten/kota, Kota Sungai Penuh "
        "masuk zona hijau."
    )
    assert got[("Kota Sungai Penuh", 2019)].zone == "hijau"


# -- stations counted under their regional police, and all of them together -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sebanyak 7 Polres Polda Bali meraih zona hijau pada penilaian tahun 2023.",
        "Piagam zona hijau 2023 diserahkan kepada tujuh Polres Polda Bali.",
        "Sebanyak 5 Kantah Kanwil BPN Bali meraih zona hijau pada penilaian tahun 2023.",
    ],
)
def test_stations_counted_under_their_regional_police_are_a_group(sentence):
    r = recs(OMB_RELEASE + sentence)
    assert not any("Polres Polda" in k[0] or "Resor di" in k[0] for k in r)


def test_the_regional_police_a_unit_lies_in_is_no_subject():
    text = (
        OMB_RELEASE
        + "Penilaian tahun 2023 terhadap 9 Kepolisian Resor di wilayah Kepolisian Daerah Bali berakhir dengan zona hijau."
    )
    assert not any(k[0] in ("Polda Bali", "Kepolisian Daerah Bali") for k in recs(text))


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Pada penilaian tahun 2023 Polda Bali meraih zona hijau.", "Polda Bali"),
        ("Pada penilaian tahun 2023 Rumah Sakit Bhayangkara Polda Bali meraih zona hijau.", "Rumah Sakit Bhayangkara"),
    ],
)
def test_a_regional_police_named_alone_keeps_its_record(sentence, name):
    r = recs(OMB_RELEASE + sentence)
    assert any(k[0].startswith(name) and v.zone == "hijau" for k, v in r.items())


@pytest.mark.parametrize(
    "after", ["Semua Polres yang dinilai tersebut masuk zona hijau.", "Seluruh Polres itu masuk zona hijau."]
)
def test_all_the_stations_just_listed_share_the_label(after):
    text = OMB_RELEASE + "Pada 2023 dinilai Polres Merauke, Polres Keerom dan Polres Jayawijaya. " + after
    r = recs(text)
    for name in ("Polres Merauke", "Polres Keerom", "Polres Jayawijaya"):
        assert r[(name, 2023)].zone == "hijau", name


def test_a_wish_for_all_stations_is_no_label():
    text = (
        OMB_RELEASE
        + "Pada 2023 dinilai Polres Merauke dan Polres Keerom. Ombudsman berharap semua Polres masuk zona hijau."
    )
    assert [v for v in recs(text).values() if v.zone] == []


# -- a group of one kind of unit takes no office of another kind ----------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Empat Polres di Bali masuk zona merah pada penilaian tahun 2019\n\nPolda Bali\n\n",
        "Empat Polres di Bali masuk zona merah pada penilaian tahun 2019, kata pejabat Polda Bali. ",
    ],
)
def test_a_group_of_stations_takes_no_regional_police(head):
    text = (
        OMB_RELEASE + head + "Keempat Polres tersebut adalah Polres Badung dengan nilai 52,60, Polres Gianyar 47,70, "
        "Polres Bangli 45,80 dan Polres Klungkung 44,80."
    )
    r = recs(text)
    assert {k[0] for k in r} == {"Polres Badung", "Polres Gianyar", "Polres Bangli", "Polres Klungkung"}
    assert r[("Polres Bangli", 2019)].zone == "merah"


def test_a_group_of_stations_takes_a_city_station():
    text = (
        OMB_RELEASE
        + "Tiga Polres di Bali meraih zona hijau pada 2019, yakni Polresta Denpasar, Polres Badung dan Polres Bangli."
    )
    r = recs(text)
    assert r[("Polresta Denpasar", 2019)].zone == "hijau"


# -- "the N others" of a list just given take the label said of them -----------------------------

SMS = "Ombudsman RI Perwakilan Sumatera Selatan mengumumkan hasil survei kepatuhan 2018. "
FOUR = (
    "Ada empat daerah yang disurvei, yaitu Kota Prabumulih, Kabupaten Lahat, Kabupaten Muara Enim dan Kota Pagar Alam. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Hanya Kabupaten Lahat yang meraih zona hijau. Sedangkan tiga daerah lainnya masih berada di zona kuning.",
        "Ternyata hanya Kabupaten Lahat yang meraih zona hijau, sementara tiga kabupaten/kota lainnya zona kuning.",
        "Kabupaten Lahat meraih zona hijau. Adapun tiga daerah lain masuk zona kuning.",
    ],
)
def test_the_others_of_a_list_take_their_label(told):
    r = recs(SMS + FOUR + told)
    assert r[("Kabupaten Lahat", 2018)].zone == "hijau"
    for name in ("Kota Prabumulih", "Kabupaten Muara Enim", "Kota Pagar Alam"):
        assert r[(name, 2018)].zone == "kuning", name


@pytest.mark.parametrize(
    "told",
    [
        # the counts disagree with the list: nobody is read as "the others"
        "Hanya Kabupaten Lahat yang meraih zona hijau. Sedangkan dua daerah lainnya masih berada di zona kuning.",
        "Kabupaten Lahat dan Kota Prabumulih meraih zona hijau. Sedangkan tiga daerah lainnya di zona kuning.",
    ],
)
def test_others_that_do_not_add_up_take_nothing(told):
    r = recs(SMS + FOUR + told)
    assert ("Kabupaten Muara Enim", 2018) not in r or r[("Kabupaten Muara Enim", 2018)].zone is None


# -- a list continued by "Lalu": the verbs bringing each score keep the group's label -------------------


@pytest.mark.parametrize(
    "more",
    [
        "Lalu Kabupaten Mukomuko mendapatkan poin 89,89 serta Kabupaten Kaur memperoleh penilaian sebesar 85,51.",
        "Kemudian Kabupaten Mukomuko meraih nilai 89,89 dan Kabupaten Kaur mengantongi skor 85,51.",
        "Selanjutnya Kabupaten Mukomuko dengan nilai 89,89, Kabupaten Kaur sebesar 85,51.",
    ],
)
def test_a_list_continued_after_a_succession_word_keeps_its_label(more):
    text = (
        OMB_PROV.format(prov="Bengkulu") + "Hasil penilaian tahun 2021 diserahkan di Bengkulu. Pemerintah daerah yang "
        f"meraih predikat kepatuhan tinggi yakni Kota Bengkulu dan Kabupaten Seluma dengan nilai 94,53. {more}"
    )
    r = recs(text)
    for name in ("Kabupaten Mukomuko", "Kabupaten Kaur"):
        assert r[(name, 2021)].opinion == "kepatuhan tinggi", name
    assert r[("Kabupaten Kaur", 2021)].score == 85.51


@pytest.mark.parametrize(
    "more",
    [
        # no succession word: a sentence of its own
        "Kabupaten Mukomuko mendapatkan poin 89,89 serta Kabupaten Kaur memperoleh penilaian sebesar 85,51.",
        # a clause of other words between the names
        "Lalu Kabupaten Mukomuko mendapatkan poin 89,89 karena pelayanannya belum baik, Kabupaten Kaur 85,51.",
    ],
)
def test_a_scored_sentence_without_succession_does_not_continue(more):
    text = (
        OMB_PROV.format(prov="Bengkulu") + "Hasil penilaian tahun 2021 diserahkan di Bengkulu. Pemerintah daerah yang "
        f"meraih predikat kepatuhan tinggi yakni Kota Bengkulu dan Kabupaten Seluma dengan nilai 94,53. {more}"
    )
    assert recs(text)[("Kabupaten Mukomuko", 2021)].opinion is None


# -- the rest of a list excludes those named with their own label -------------------------------------------
# ("A, B serta C masuk zona kuning, kabupaten/kota sisanya masuk zona hijau": A, B and C stay yellow)

BRIEFING = "Ombudsman RI Perwakilan Banten memaparkan hasil penilaian kepatuhan tahun 2022. "


@pytest.mark.parametrize(
    "split",
    [
        "Kota Cilegon, Kabupaten Lebak serta Kabupaten Serang masih di kategori zona kuning, sedangkan "
        "kabupaten/kota sisanya meraih zona hijau.",
        "Kota Cilegon, Kabupaten Lebak dan Kabupaten Serang berada di zona kuning, selebihnya zona hijau.",
        "Yang masih zona kuning ialah Kota Cilegon, Kabupaten Lebak dan Kabupaten Serang, sisanya meraih zona hijau.",
    ],
)
def test_those_named_with_a_label_are_not_the_rest(split):
    got = recs(BRIEFING + split)
    for e in ("Kota Cilegon", "Kabupaten Lebak", "Kabupaten Serang"):
        assert got[(e, 2022)].zone == "kuning"


def test_the_rest_of_a_list_named_before_still_gets_the_label():
    got = recs(
        BRIEFING + "Penilaian mencakup Kota Cilegon, Kabupaten Lebak dan Kabupaten Serang. "
        "Kabupaten Serang masuk zona kuning, sisanya zona hijau."
    )
    assert got[("Kabupaten Serang", 2022)].zone == "kuning"
    assert got[("Kota Cilegon", 2022)].zone == "hijau"


# -- "N polres lain menerima penghargaan yang sama" after one told with its own score --------------------

POLDA_SUMUT = (
    "Ombudsman RI Perwakilan Sumatera Utara menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
    "tahun 2023 kepada jajaran Polda Sumut. "
)


@pytest.mark.parametrize(
    "same",
    [
        "Selain Polres Sibolga, penghargaan yang sama juga diterima 6 polres jajaran Polda Sumut, yakni",
        "Piagam serupa juga diterima enam polres lain, yaitu",
        "Sebanyak 6 polres lainnya memperoleh sertifikat yang sama, antara lain",
    ],
)
def test_the_same_award_after_a_scored_one_shares_its_zone_only(same):
    got = recs(
        POLDA_SUMUT
        + "Polres Sibolga memperoleh nilai 93,88 serta berada di zona hijau kategori A dengan opini kualitas "
        f"tertinggi. {same} Asahan, Langkat, Binjai, Dairi, Toba dan Simalungun."
    )
    assert (got[("Polres Sibolga", 2023)].grade, got[("Polres Sibolga", 2023)].opinion) == ("A", "kualitas tertinggi")
    for place in ("Asahan", "Langkat", "Binjai", "Dairi", "Toba", "Simalungun"):
        rec = got[(f"Polres {place}", 2023)]
        assert (rec.zone, rec.grade, rec.opinion) == ("hijau", None, None), place


def test_the_same_label_after_a_scored_one_shares_its_grade_too():
    got = recs(
        POLDA_SUMUT
        + "Polres Sibolga memperoleh nilai 93,88 serta berada di zona hijau kategori A dengan opini kualitas "
        "tertinggi. Polres Asahan dan Polres Langkat juga meraih predikat yang sama."
    )
    assert (got[("Polres Asahan", 2023)].grade, got[("Polres Langkat", 2023)].opinion) == ("A", "kualitas tertinggi")


@pytest.mark.parametrize("opener", ["Sedangkan untuk", "Sementara itu,", "Adapun"])
def test_a_contrast_with_its_own_label_closes_the_counted_group(opener):
    got = recs(
        POLDA_SUMUT + "Polres Sibolga masuk zona hijau. Sebanyak 9 polres lain juga menerima penghargaan yang sama, "
        f"yakni Asahan, Langkat, Binjai dan Dairi. {opener} Polres Labusel, Tebingtinggi, Nias Selatan serta "
        "Samosir masuk zona kuning."
    )
    assert {
        k[0]: r.zone for k, r in got.items() if k[0] in ("Polres Binjai", "Polres Labusel", "Polres Nias Selatan")
    } == {"Polres Binjai": "hijau", "Polres Labusel": "kuning", "Polres Nias Selatan": "kuning"}


def test_a_contrast_restating_the_groups_own_label_keeps_the_group():
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2021 di Papua Barat. Kota Sorong masuk zona hijau. "
        "Sebanyak 3 kabupaten lainnya masuk zona merah atau tingkat kepatuhan rendah. Adapun untuk kabupaten dengan "
        "tingkat kepatuhan rendah, Kabupaten Maybrat 20,63, Kaimana 35,19 dan Kabupaten Tambrauw 18,47."
    )
    assert {got[(e, 2021)].zone for e in ("Kabupaten Maybrat", "Kabupaten Kaimana", "Kabupaten Tambrauw")} == {"merah"}


# -- a round total ("sekitar 240 kantor pertanahan") is no group whose members follow ---------------------

BANTEN_2019 = "Ombudsman RI Perwakilan Banten menyampaikan hasil penilaian kepatuhan tahun 2019. "


@pytest.mark.parametrize("about", ["sekitar 240", "kurang lebih 240", "lebih dari 200", "hampir 250"])
def test_round_total_gives_its_label_to_no_member(about):
    r = recs(
        BANTEN_2019 + f"Untuk Kementerian ATR, {about} kantor pertanahan yang disurvei masuk zona kuning dengan "
        "nilai 74,45. Kantor Pertanahan Kota Serang termasuk yang disurvei tahun ini."
    )
    assert ("Kantor Pertanahan Kota Serang", 2019) not in r


def test_exact_count_still_gives_its_label_to_members():
    r = recs(
        BANTEN_2019 + "Sebanyak dua kantor pertanahan masuk zona kuning, yaitu Kantor Pertanahan Kota Serang "
        "dan Kota Cilegon."
    )
    assert r[("Kantor Pertanahan Kota Serang", 2019)].zone == "kuning"
    assert r[("Kantor Pertanahan Kota Cilegon", 2019)].zone == "kuning"


# -- "N lainnya" with no noun: the others, whose label is not the last member's ------------------------


@pytest.mark.parametrize(
    "tail",
    [
        " yang 4 lainnya masih masuk zona kuning.",
        ", sedangkan 4 lainnya masih masuk zona kuning.",
        ". Empat yang lainnya berada di zona kuning.",
    ],
)
def test_bare_counted_others_keep_their_label(tail):
    r = recs(BANTEN_2019 + "Dari enam daerah, dua meraih zona hijau, yaitu Kabupaten Serang dan Kabupaten Lebak" + tail)
    assert r[("Kabupaten Serang", 2019)].zone == "hijau"
    assert r[("Kabupaten Lebak", 2019)].zone == "hijau"


def test_bare_counted_others_named_after_take_the_label():
    r = recs(
        BANTEN_2019 + "Kabupaten Serang meraih zona hijau, tiga lainnya zona kuning yaitu Kota Cilegon, Kota Serang "
        "dan Kabupaten Lebak."
    )
    assert r[("Kabupaten Serang", 2019)].zone == "hijau"
    assert {r[(n, 2019)].zone for n in ("Kota Cilegon", "Kota Serang", "Kabupaten Lebak")} == {"kuning"}


# -- a 2025 label with its "tanpa maladministrasi" tail, handed to a counted group named after it ---------

MALADMIN_2025 = "Ombudsman RI mengumumkan hasil Penilaian Maladministrasi Pelayanan Publik Tahun 2025. "


@pytest.mark.parametrize(
    "award",
    [
        "Ombudsman memberikan Opini Kualitas Tertinggi Tanpa Maladministrasi kepada tiga kementerian. ",
        "Opini Kualitas Tertinggi Tanpa Malaadministrasi diberikan kepada tiga kementerian. ",
        "Penghargaan opini kualitas tertinggi tanpa maladministrasi, untuk tiga kementerian, diserahkan Ketua Ombudsman. ",
    ],
)
def test_label_with_maladministration_tail_reaches_its_group(award):
    r = recs(
        MALADMIN_2025 + award + "Tiga kementerian yang menerimanya adalah Kementerian Keuangan, Kementerian Agama "
        "serta Kementerian Luar Negeri."
    )
    for name in ("Kementerian Keuangan", "Kementerian Agama", "Kementerian Luar Negeri"):
        assert r[(name, 2025)].opinion == "kualitas tertinggi"


def test_maladministration_tail_does_not_hand_a_label_to_a_group_of_complaints():
    r = recs(
        MALADMIN_2025 + "Kementerian Keuangan meraih Opini Kualitas Tinggi. Laporan tanpa maladministrasi kepada "
        "tiga kementerian lain masih diperiksa, yakni Kementerian Agama dan Kementerian Luar Negeri."
    )
    assert r[("Kementerian Keuangan", 2025)].opinion == "kualitas tinggi"
    assert ("Kementerian Agama", 2025) not in r
