"""Phenomena of found batches 18 and 19 (real pages annotated blind), in our own sentences (real kinds
of facts, invented wording); each tried in several phrasings, with look-alikes that must not fire."""

import pytest

from extract_helpers import recs

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
