"""Phenomena of found batches 18 and 19 (real pages annotated blind), in our own sentences (real kinds
of facts, invented wording); each tried in several phrasings, with look-alikes that must not fire."""

import pytest

from extract.components.officials import find_officials
from extract_helpers import recs


def officials(text):
    return {o.name: o.title for o in find_officials(text)}


# -- a year after "akan ... pada (tahun)": when something is still to happen, not a result's year ------


@pytest.mark.parametrize(
    "closing",
    [
        "Hasil penilaian ini akan menjadi acuan pada tahun 2024 untuk pendampingan berikutnya.",
        "Penilaian serupa akan digelar lagi pada tahun 2024.",
        "Ombudsman bakal kembali menilai di tahun 2024.",
    ],
)
def test_a_year_something_will_happen_in_is_not_the_assessment_year(closing):
    text = (
        "Ombudsman RI Perwakilan Gorontalo memaparkan hasil Penilaian Maladministrasi Pelayanan Publik "
        "Tahun 2023 bagi sejumlah pemerintah daerah. Kabupaten Boalemo memperoleh nilai 71,40 dengan "
        "kualitas pelayanan cukup, kata Kepala Perwakilan kepada wartawan, Selasa, 13 Februari 2024. " + closing
    )
    got = recs(text)
    assert ("Kabupaten Boalemo", 2023) in got
    assert ("Kabupaten Boalemo", 2024) not in got
    assert got[("Kabupaten Boalemo", 2023)].score == 71.40


def test_a_result_said_after_akan_and_its_own_year_keeps_the_year():
    # "akan menyerahkan hasil penilaian tahun 2023": the year of the results, no "pada" before it
    text = (
        "Ombudsman RI akan menyerahkan hasil penilaian kepatuhan tahun 2023 kepada Kabupaten Boalemo, "
        "yang meraih nilai 84,10 dan masuk zona hijau."
    )
    got = recs(text)
    assert ("Kabupaten Boalemo", 2023) in got
    assert got[("Kabupaten Boalemo", 2023)].zone == "hijau"


def test_a_coming_survey_written_as_this_years_keeps_the_zones_before_it():
    text = (
        "Ombudsman RI Perwakilan Papua Barat akan melakukan survei kepatuhan di enam kabupaten. "
        "Hingga tahun 2021, baru Kabupaten Fakfak yang masuk zona hijau. Kabupaten Kaimana berada di zona "
        "kuning dan akan kembali disurvei pada tahun 2022. Survei di tahun 2022 ini akan menyasar "
        "Kabupaten Kaimana (zona kuning) dan Kabupaten Teluk Bintuni (zona merah)."
    )
    got = recs(text)
    assert got[("Kabupaten Fakfak", 2021)].zone == "hijau"
    assert got[("Kabupaten Kaimana", 2021)].zone == "kuning"
    assert got[("Kabupaten Teluk Bintuni", 2021)].zone == "merah"
    assert not any(y == 2022 for _, y in got)


# -- a list running on into the next sentence, each name with its score -------------------------------

KUNING_LIST = (
    "Ombudsman RI Perwakilan Jawa Tengah merilis hasil penilaian kepatuhan tahun 2022. Daerah yang masuk zona "
    "kuning dengan kategori C yakni Kabupaten Blora dengan nilai 74,10, Kabupaten Rembang 72,05, Kabupaten Pati 70,80. "
)


@pytest.mark.parametrize(
    "more",
    [
        "Lalu, Kabupaten Kudus dengan nilai 69,12, Kabupaten Jepara 66,40 dan Kota Salatiga dengan nilai 61,75.",
        "Kemudian Kabupaten Kudus dengan skor 69,12, Kabupaten Jepara 66,40, serta Kota Salatiga 61,75.",
        "Berikutnya Kabupaten Kudus 69,12, Kabupaten Jepara dengan perolehan nilai 66,40 dan Kota Salatiga 61,75.",
    ],
)
def test_a_list_with_scores_runs_on_past_the_sentence_break(more):
    got = recs(KUNING_LIST + more)
    for name, score in (("Kabupaten Kudus", 69.12), ("Kabupaten Jepara", 66.40), ("Kota Salatiga", 61.75)):
        r = got[(name, 2022)]
        assert (r.score, r.zone, r.grade) == (score, "kuning", "C")


@pytest.mark.parametrize(
    "more",
    [
        # a label of its own: a new statement, not the list before
        "Lalu, Kabupaten Kudus dengan nilai 89,12 masuk zona hijau.",
        # a clause of its own between the names
        "Sementara Kabupaten Kudus dengan nilai 69,12 belum diumumkan zonanya.",
    ],
)
def test_a_sentence_with_words_of_its_own_does_not_continue_the_list(more):
    got = recs(KUNING_LIST + more)
    assert got[("Kabupaten Kudus", 2022)].zone != "kuning"
    assert got[("Kabupaten Kudus", 2022)].grade is None


# -- list members each with their own year in brackets ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Sinjai (2019), Pemkab Bantaeng (2021), Pemkot Parepare (2021) dan Pemprov Sulawesi Selatan "
        "(2019) sudah meraih zona hijau.",
        "Sebelumnya Kabupaten Sinjai (2019), Kabupaten Bantaeng (2021), Kota Parepare (2021), serta Provinsi "
        "Sulawesi Selatan (2019) lebih dulu masuk zona hijau atau kepatuhan tinggi.",
        "Yang sudah masuk zona hijau yakni Kabupaten Sinjai ( 2019 ), Kabupaten Bantaeng (2021), Kota Parepare "
        "(2021) dan Provinsi Sulawesi Selatan (2019).",
    ],
)
def test_a_year_in_brackets_dates_its_own_member(sentence):
    got = recs("Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2022. " + sentence)
    for name, year in (
        ("Kabupaten Sinjai", 2019),
        ("Kabupaten Bantaeng", 2021),
        ("Kota Parepare", 2021),
        ("Provinsi Sulawesi Selatan", 2019),
    ):
        assert got[(name, year)].zone == "hijau"
    assert ("Kabupaten Sinjai", 2021) not in got
    assert ("Kabupaten Bantaeng", 2019) not in got


def test_a_list_with_one_year_after_it_dates_every_member():
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2022. Kabupaten Sinjai, Kabupaten Bantaeng dan "
        "Kota Parepare (Sulawesi Selatan) meraih zona hijau pada penilaian tahun 2021."
    )
    for name in ("Kabupaten Sinjai", "Kabupaten Bantaeng", "Kota Parepare"):
        assert got[(name, 2021)].zone == "hijau"


def test_a_year_in_brackets_after_a_label_dates_the_label_not_the_member():
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2019. Sebelumnya Kabupaten Sinjai masuk zona "
        "merah (2016) dan zona kuning (2017)."
    )
    assert got[("Kabupaten Sinjai", 2016)].zone == "merah"
    assert got[("Kabupaten Sinjai", 2017)].zone == "kuning"


# -- misspelt label words, and the top 2022+ opinion named as a category --------------------------------


@pytest.mark.parametrize("zona", ["zna", "zonna", "zoma"])
def test_a_misspelt_zona_still_makes_a_zone(zona):
    got = recs(
        f"Ombudsman merilis hasil penilaian kepatuhan tahun 2019. Dua kabupaten meraih {zona} hijau, yaitu "
        "Kabupaten Tanggamus dan Kabupaten Pesisir Barat."
    )
    assert got[("Kabupaten Tanggamus", 2019)].zone == "hijau"
    assert got[("Kabupaten Pesisir Barat", 2019)].zone == "hijau"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah Kota Metro memperoleh penghargaan Katergori Tertinggi pada Penilaian Maladministrasi "
        "Pelayanan Publik Tahun 2024 yang diberikan Ombudsman RI.",
        "Pemerintah Kota Metro meraih kategori tertinggi pada Penilaian Maladministrasi Pelayanan Publik "
        "Tahun 2024 yang digelar Ombudsman RI.",
    ],
)
def test_the_top_category_is_the_top_opinion_from_2022_on(sentence):
    got = recs(sentence)
    assert got[("Kota Metro", 2024)].opinion == "kualitas tertinggi"


def test_the_top_category_before_2022_is_no_opinion():
    got = recs(
        "Pemerintah Kota Metro meraih kategori tertinggi dalam penilaian kepatuhan standar pelayanan publik "
        "Ombudsman RI tahun 2019 dengan nilai 90,12."
    )
    assert got[("Kota Metro", 2019)].opinion is None
    assert got[("Kota Metro", 2019)].score == 90.12


# -- a place cut short between an office and its holder's name --------------------------------------------


@pytest.mark.parametrize(
    "text, name, place",
    [
        (
            "Kepala Perwakilan Ombudsman RI Provinsi Sulaw Ahmad Yani Rasyid mengatakan hal itu.",
            "Ahmad Yani Rasyid",
            "Sulaw",
        ),
        ("kata Kepala Ombudsman RI Provinsi Kalim Dewi Sartika Putri, Senin (3/2).", "Dewi Sartika Putri", "Kalim"),
        ("Wakil Ketua DPRD Kabupaten Lampu Hendra Gunawan Saputra hadir.", "Hendra Gunawan Saputra", "Lampu"),
    ],
)
def test_a_place_cut_short_stays_in_the_title(text, name, place):
    got = officials(text)
    assert name in got
    assert got[name].endswith(place)


@pytest.mark.parametrize(
    "text, name",
    [
        # a whole place: the name after it as before
        ("Kepala Perwakilan Ombudsman RI Provinsi Maluku Hasan Basri Lubis mengatakan hal itu.", "Hasan Basri Lubis"),
        # a word that opens no place's name is the name's own
        ("Kepala Perwakilan Ombudsman RI Provinsi Sofyan Ali Akbar mengatakan hal itu.", "Sofyan Ali Akbar"),
        # two words only after the cut: too short to be a place and a name
        ("Kepala Perwakilan Ombudsman RI Provinsi Malu Sofyan mengatakan hal itu.", "Malu Sofyan"),
    ],
)
def test_a_name_after_a_level_word_keeps_its_words(text, name):
    assert name in officials(text)


# -- the best score with its field written out; a score "nyaris sempurna" --------------------------------

LEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2022. "


@pytest.mark.parametrize(
    "sentence, scope",
    [
        (
            "Kabupaten Wonogiri mengantongi skor indeks kepatuhan pelayanan publik tertinggi se-Indonesia untuk penilaian 2022.",
            "nasional",
        ),
        ("Kabupaten Wonogiri meraih nilai kepatuhan standar pelayanan publik tertinggi se-Jawa Tengah.", "provinsi"),
        ("Kabupaten Wonogiri mencatat skor kepatuhan pelayanan publik terbaik se-Indonesia, yakni 97,40.", "nasional"),
    ],
)
def test_the_best_score_with_its_field_is_first_place(sentence, scope):
    r = recs(LEAD + sentence)[("Kabupaten Wonogiri", 2022)]
    assert (r.rank, r.rank_scope) == (1, scope)


def test_a_unit_with_the_best_score_of_its_own_government_is_no_rank():
    got = recs(
        LEAD + "Di Kabupaten Wonogiri, Dinas Sosial mencatat skor kepatuhan pelayanan publik tertinggi dengan 84,92."
    )
    assert all(r.rank is None for r in got.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Wonogiri meraih skor nyaris sempurna yaitu 97,4 persen.",
        "Kabupaten Wonogiri mendapat nilai hampir sempurna, yakni 97,4.",
    ],
)
def test_a_score_nearly_perfect_is_held(sentence):
    assert recs(LEAD + sentence)[("Kabupaten Wonogiri", 2022)].score == 97.4


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Wonogiri nyaris meraih nilai 97,4.",
        "Kabupaten Wonogiri hampir mencapai skor 81,00 untuk masuk zona hijau.",
    ],
)
def test_a_score_nearly_reached_is_not_held(sentence):
    got = recs(LEAD + sentence)
    assert all(r.score is None for r in got.values())


@pytest.mark.parametrize("word", ["Tak", "Gak", "Nggak", "Tidak"])
def test_a_negation_after_an_office_in_a_headline_is_no_name(word):
    head = f"Sang Bupati {word} Alergi Kritik, Wonogiri Raih Predikat Terbaik"
    got = officials(f"{head}\n\nBupati Joko Susanto hadir.\n\n{head} Foto: dokumentasi.\n\nIa berpesan.\n\n{head}\n")
    assert all(not n.startswith(word) for n in got)
    assert "Joko Susanto" in got


# -- names written as the outlets write them ------------------------------------------------------------


@pytest.mark.parametrize(
    "written", ["Kementerian Pelindungan Pekerja Migran Indonesia", "Kementerian Perlindungan Pekerja Migran Indonesia"]
)
def test_the_migrant_workers_ministry_under_either_spelling(written):
    got = recs(
        "Ombudsman RI merilis Penilaian Maladministrasi Pelayanan Publik Tahun 2024. Dua kementerian memperoleh "
        f"Opini Kualitas Tertinggi, yaitu Kementerian Agama dan {written}."
    )
    assert got[("Kementerian Pelindungan Pekerja Migran Indonesia", 2024)].opinion == "kualitas tertinggi"


@pytest.mark.parametrize("written, name", [("Bireun", "Kabupaten Bireuen"), ("Gayo Luwes", "Kabupaten Gayo Lues")])
def test_aceh_regencies_spelt_the_other_way(written, name):
    got = recs(
        "Ombudsman Aceh menyerahkan hasil penilaian kepatuhan tahun 2021. Yang masuk zona hijau yaitu "
        f"Aceh Jaya, {written}, dan Kota Sabang."
    )
    assert got[(name, 2021)].zone == "hijau"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemerintah Provinsi Bengkulu Tahun 2024 memperoleh hasil Kualitas Tertinggi Tanpa Potensi Maladministrasi.",
        "Pemerintah Provinsi Bengkulu memperoleh hasil kualitas tertinggi dalam Penilaian Maladministrasi Tahun 2024.",
    ],
)
def test_an_opinion_obtained_as_a_result(sentence):
    got = recs("Ombudsman RI menyerahkan Opini Ombudsman Penilaian Maladministrasi Pelayanan Publik 2024. " + sentence)
    assert got[("Provinsi Bengkulu", 2024)].opinion == "kualitas tertinggi"


# -- a group's change of zone, its members named in the next sentence ------------------------------------

SURVEY_2021 = "Ombudsman RI merilis hasil survei kepatuhan pelayanan publik tahun 2021. "


@pytest.mark.parametrize(
    "group, members",
    [
        (
            "Ada 3 kabupaten di Sulbar yang sebelumnya zona hijau turun ke zona kuning.",
            "Kabupaten dimaksud yakni Majene, Mamuju dan Pasangkayu.",
        ),
        (
            "Tiga kabupaten yang juga sebelumnya zona hijau turun ke zona kuning atau kepatuhan sedang.",
            "Ketiga kabupaten itu adalah Majene, Mamuju dan Pasangkayu.",
        ),
        (
            "Ada 3 kabupaten yang turun dari zona hijau ke zona kuning.",
            "Kabupaten tersebut yakni Majene, Mamuju dan Pasangkayu.",
        ),
    ],
)
def test_a_groups_change_holds_for_the_members_named_next(group, members):
    got = recs(SURVEY_2021 + group + " " + members)
    for name in ("Kabupaten Majene", "Kabupaten Mamuju", "Kabupaten Pasangkayu"):
        assert got[(name, 2019)].zone == "hijau"  # (no assessment was held in 2020)
        assert got[(name, 2021)].zone == "kuning"


def test_the_schemes_colours_in_a_sentence_naming_no_one_are_no_claim():
    got = recs(
        SURVEY_2021 + "Ada tiga kategori, yakni zona merah, zona kuning dan zona hijau. "
        "Kabupaten Majene, Kabupaten Mamuju dan Kabupaten Pasangkayu juga dinilai."
    )
    assert all(r.zone is None for r in got.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Majene turun dibanding penilaian tahun 2019 lalu, dari zona hijau kini menjadi zona kuning.",
        "Kabupaten Majene turun dari penilaian 2019, dari zona hijau menjadi zona kuning.",
    ],
)
def test_the_year_a_change_starts_from_is_the_earlier_states(sentence):
    got = recs(SURVEY_2021 + sentence)
    assert got[("Kabupaten Majene", 2019)].zone == "hijau"
    assert got[("Kabupaten Majene", 2021)].zone == "kuning"


def test_a_year_the_change_happened_in_is_the_state_reached():
    got = recs(SURVEY_2021 + "Pada tahun 2021, Kabupaten Majene naik dari zona merah ke zona kuning.")
    assert got[("Kabupaten Majene", 2021)].zone == "kuning"
    assert got[("Kabupaten Majene", 2019)].zone == "merah"


# -- an office the one before it has; a map of a province's public service -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Hanya Kabupaten Ende yang sudah memiliki Mal Pelayanan Publik (MPP) pernah meraih zona hijau pada 2019.",
        "Kabupaten Ende yang mempunyai Mal Pelayanan Publik pernah masuk zona hijau pada 2019.",
    ],
)
def test_an_office_the_government_has_takes_none_of_its_values(sentence):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. " + sentence)
    assert got[("Kabupaten Ende", 2019)].zone == "hijau"
    assert not any(name.startswith("Mal Pelayanan Publik") for name, _ in got)


def test_an_office_that_has_something_keeps_its_values():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. Di Kabupaten Ende, Mal Pelayanan Publik "
        "yang memiliki 20 gerai layanan meraih zona hijau."
    )
    assert any(name.startswith("Mal Pelayanan Publik") and r.zone == "hijau" for (name, _), r in got.items())


@pytest.mark.parametrize(
    "sentence",
    [
        "Peta pelayanan publik di Nusa Tenggara Timur yang diukur hingga Desember 2021 menunjukkan zona merah.",
        "Peta kepatuhan di Provinsi Nusa Tenggara Timur tahun 2021 masih berwarna merah.",
    ],
)
def test_a_map_of_a_provinces_public_service_is_no_verdict_on_its_government(sentence):
    got = recs("Ombudsman RI memaparkan hasil penilaian kepatuhan. " + sentence)
    assert ("Provinsi Nusa Tenggara Timur", 2021) not in got


# -- an outlet's name made of a city and another province; a gloss with "pelayanan" ------------------------


@pytest.mark.parametrize("outlet", ["Metro Bali", "Batu Sumbar"])
def test_a_city_and_another_province_side_by_side_name_an_outlet(outlet):
    text = (
        f"Dua Kabupaten di Bali Masuk Zona Merah\n\n{outlet}\n\nDenpasar - Ombudsman RI menyerahkan hasil "
        "survei kepatuhan tahun 2016. Dua kabupaten yang masuk zona merah adalah Bangli dan Jembrana."
    )
    got = recs(text)
    assert got[("Kabupaten Bangli", 2016)].zone == "merah"
    assert {name for name, _ in got} == {"Kabupaten Bangli", "Kabupaten Jembrana"}


def test_a_city_and_its_own_province_side_by_side_is_the_city():
    got = recs("Ombudsman RI menyerahkan hasil survei kepatuhan tahun 2016. Kota Denpasar Bali masuk zona hijau.")
    assert got[("Kota Denpasar", 2016)].zone == "hijau"


@pytest.mark.parametrize("gloss", ["kepatuhan pelayanan sedang", "tingkat layanan sedang"])
def test_a_zone_glossed_by_the_level_of_service(gloss):
    got = recs(f"Ombudsman RI menyerahkan hasil survei kepatuhan tahun 2019. Kota Palu masuk zona kuning atau {gloss}.")
    assert got[("Kota Palu", 2019)].opinion == "kepatuhan sedang"


# -- "yang lainnya" after a sentence about one place: the rest, not that place --------------------------


@pytest.mark.parametrize(
    "rest",
    ["Sementara yang lainnya berada pada kategori tinggi alias zona hijau.", "Adapun yang lain berada di zona hijau."],
)
def test_the_others_are_not_the_last_place_named(rest):
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Ada dua kota yang masuk kategori "
        "tertinggi, yaitu Kota Langsa dan Kota Sabang. Bahkan Kota Langsa masuk sepuluh besar nasional. " + rest
    )
    assert got[("Kota Langsa", 2022)].zone is None
    assert got[("Kota Langsa", 2022)].opinion == "kualitas tertinggi"


def test_a_sentence_about_the_place_itself_still_carries_its_subject():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Kota Langsa masuk sepuluh besar "
        "nasional. Selain itu, nilainya juga masuk zona hijau."
    )
    assert got[("Kota Langsa", 2022)].zone == "hijau"


# -- first places: "paling tinggi dari N provinsi", "nilai kepatuhan tertinggi pemerintah kota diraih oleh" ----

AWARD_2018 = "Ombudsman RI menyerahkan predikat kepatuhan tahun 2018. "


@pytest.mark.parametrize(
    "sentence, scope",
    [
        (
            "Provinsi Jambi tampil sebagai pemerintah provinsi paling tinggi dari 34 provinsi di seluruh Indonesia, dengan nilai 96,10.",
            "nasional",
        ),
        (
            "Kabupaten Sleman menjadi daerah dengan nilai paling tinggi dari 5 kabupaten di DIY, yakni 95,40.",
            "provinsi",
        ),
    ],
)
def test_the_highest_of_those_counted_is_first(sentence, scope):
    got = recs(AWARD_2018 + sentence)
    r = next(iter(got.values()))
    assert (r.rank, r.rank_scope) == (1, scope)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Untuk nilai kepatuhan tertinggi pemerintah kota diraih Kota Bitung dengan nilai 97,32.", "Kota Bitung"),
        ("Nilai kepatuhan tertinggi kategori kabupaten diraih Kabupaten Badung dengan 98,01.", "Kabupaten Badung"),
    ],
)
def test_the_highest_compliance_score_of_a_field_held_by_a_place_is_first(sentence, name):
    assert recs(AWARD_2018 + sentence)[(name, 2018)].rank == 1


def test_a_unit_with_the_highest_score_of_its_own_government_is_no_first_place():
    got = recs(AWARD_2018 + "Di Kabupaten Badung, nilai tertinggi diraih Dinas Kesehatan dengan 84,10.")
    assert all(r.rank is None for r in got.values())


def test_the_highest_in_a_year_is_no_first_place():
    got = recs(
        AWARD_2018 + "Kabupaten Badung meraih nilai 90,10, di antaranya Dinas Sosial yang bisa menjadi yang paling "
        "tinggi di tahun ini dengan nilai 91,20."
    )
    assert all(r.rank is None for r in got.values())


# -- officials: "setempat" ending a title, Wakapolri, bureaus written short, forums that are no one ---------


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Plakat itu disaksikan langsung oleh Kepala Ombudsman setempat, Hasan Basri Lubis.",
            "Hasan Basri Lubis",
            "Kepala Ombudsman setempat",
        ),
        (
            "Penghargaan diterima oleh Wakapolri Komjen Pol Agus Salim Harahap, lalu dibawa pulang.",
            "Agus Salim Harahap",
            "Wakapolri",
        ),
        ("Gubernur didampingi Kepala Biro Adpim Rahmat K Suamba dan staf.", "Rahmat K Suamba", "Kepala Biro Adpim"),
    ],
)
def test_more_offices_with_their_holders(text, name, title):
    assert officials(text).get(name) == title


@pytest.mark.parametrize("forum", ["Forkompimda Sulawesi Tengah", "Forkopimda Kabupaten Sigi", "Muspida Kota Palu"])
def test_a_leadership_forum_is_no_person(forum):
    got = officials(
        f"Kepala Ombudsman Sulteng Hasan Basri Lubis menyerahkan piagam. Penyerahan ini dihadiri {forum}, "
        "bupati/walikota seluruh Sulawesi Tengah atau yang mewakili, dan perangkat daerah."
    )
    assert got == {"Hasan Basri Lubis": "Kepala Ombudsman Sulteng"}


def test_a_lower_case_word_before_a_comma_does_not_join_a_title_to_a_common_word():
    got = officials("Kepala Ombudsman setempat, yang baru dilantik, hadir bersama Bupati Sigi Irwan Lapatta.")
    assert got == {"Irwan Lapatta": "Bupati Sigi"}


# -- a chance to obtain a label is not the label -----------------------------------------------------------


@pytest.mark.parametrize(
    "chance",
    [
        "Kabupaten Belitung punya peluang meraih Predikat Kepatuhan Tinggi (Zona Hijau) pada penilaian tahun ini.",
        "Kabupaten Belitung berpeluang masuk zona hijau pada penilaian tahun ini.",
    ],
)
def test_a_chance_to_obtain_a_label_is_not_held(chance):
    got = recs(
        "Ombudsman RI mendampingi pemda jelang penilaian kepatuhan, Senin (29/8/2022). " + chance + " Pasalnya, "
        "selama ini Kabupaten Belitung sudah empat kali dinilai, tetapi hasilnya masih masuk dalam zona kuning."
    )
    assert all(r.zone != "hijau" for r in got.values())
    assert any(r.zone == "kuning" for (name, _), r in got.items() if name == "Kabupaten Belitung")


def test_a_label_obtained_for_the_second_time_is_held():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. Kabupaten Belitung memperoleh zona hijau untuk kedua kalinya."
    )
    assert got[("Kabupaten Belitung", 2021)].zone == "hijau"


# -- a wish set off by a comma ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wish",
    [
        '"Saya berharap, tahun 2017 ini Pemkot Bitung bisa berada di zona hijau," ujar Wali Kota.',
        "Semoga, pada penilaian berikutnya Pemkot Bitung masuk zona hijau.",
    ],
)
def test_a_wish_after_a_comma_is_not_held(wish):
    got = recs(
        "Menurut hasil penilaian Ombudsman RI, layanan publik Pemkot Bitung tahun 2016 masih berada di zona kuning. "
        + wish
    )
    assert got[("Kota Bitung", 2016)].zone == "kuning"
    assert all(r.zone != "hijau" for r in got.values())


def test_a_result_after_a_wish_of_another_sentence_is_held():
    got = recs(
        "Wali Kota berharap, pelayanan terus membaik. Hasil penilaian Ombudsman RI tahun 2016, Pemkot Bitung "
        "masuk zona hijau."
    )
    assert got[("Kota Bitung", 2016)].zone == "hijau"


# -- the highest score after a place ranked among governments counted nationally ---------------------------


@pytest.mark.parametrize(
    "ranked",
    [
        "Kabupaten Bangka memperoleh skor 90,12 dan berada di urutan 20 dari 40 kabupaten di Indonesia.",
        "Kabupaten Bangka meraih nilai 90,12, peringkat ke-20 dari 40 kabupaten se-Indonesia.",
    ],
)
def test_the_highest_after_a_national_ranking_is_first(ranked):
    got = recs(AWARD_2018 + ranked + " Sementara untuk skor tertinggi diraih Kabupaten Sleman 99,10.")
    assert (got[("Kabupaten Sleman", 2018)].rank, got[("Kabupaten Sleman", 2018)].rank_scope) == (1, "nasional")


def test_the_highest_with_no_ranking_before_is_no_rank():
    got = recs(
        AWARD_2018 + "Kabupaten Bangka memperoleh skor 90,12. Sementara nilai tertinggi diraih Kabupaten Sleman 99,10."
    )
    assert got[("Kabupaten Sleman", 2018)].rank is None


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("tegasnya didampingi Asisten Pratama Sinta Dewi Lestari.", "Sinta Dewi Lestari", "Asisten Pratama"),
        (
            "kata Asisten Pratama Ombudsman RI Perwakilan Bali, Sinta Dewi Lestari.",
            "Sinta Dewi Lestari",
            "Asisten Pratama Ombudsman RI Perwakilan Bali",
        ),
        # "Pratama" opening a name elsewhere stays a name word
        ("Pratama Wibowo menjabat Asisten Bupati sejak 2020.", "Pratama Wibowo", "Asisten Bupati"),
    ],
)
def test_the_junior_assistant_rank_is_part_of_the_title(text, name, title):
    assert officials(text).get(name) == title


# -- a column's author named with the office held -------------------------------------------------------


@pytest.mark.parametrize("label", ["Penulis:", "Oleh:", "Oleh"])
def test_an_author_with_an_office_is_an_official(label):
    text = (
        "Pelayanan pertanahan masih banyak dikeluhkan warga.\n\n"
        f"{label} Hasan Basri Lubis, Kepala Ombudsman RI Perwakilan NTB\n\nsitus.com | Berita lain"
    )
    assert officials(text).get("Hasan Basri Lubis") == "Kepala Ombudsman RI Perwakilan NTB"


def test_a_reporter_in_the_credits_is_no_official():
    got = officials("Bupati Lombok Barat Fauzan Khalid hadir.\n\nPenulis: Hasan Basri Lubis\nEditor: Sari Dewi")
    assert got == {"Fauzan Khalid": "Bupati Lombok Barat"}
