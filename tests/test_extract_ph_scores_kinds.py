"""Numbers and whether they are a score: a split decimal after "yakni", counts of units per zone, a whole
number inside a run of decimal scores, an entity's own average against an average over many, a share of
complaints, a count per zone (or of regions in a zone, a statistic that is nobody's zone); a score handed
on by a passive verb ("skor terendah 70,20 diraih X").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import recs


# -- a split decimal ("84, 46") after "yakni"/"yaitu" in a sentence that speaks of a score ------------------

HEAD_2023 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2023. "


@pytest.mark.parametrize(
    "sentence, score",
    [
        ("Kabupaten Lahat meraih nilai tinggi kepatuhan yakni, 97, 36 dan masuk zona hijau.", 97.36),
        ("Kabupaten Lahat memperoleh angka kepatuhan yaitu 88, 12.", 88.12),
        ("Skor Kabupaten Lahat tahun ini adalah 79, 05.", 79.05),
    ],
    ids=[
        "kabupaten-lahat-meraih-nilai-tinggi",
        "kabupaten-lahat-memperoleh-angka-kepatuhan",
        "skor-kabupaten-lahat-tahun-ini",
    ],
)
def test_split_decimal_after_yakni_in_a_scored_sentence(sentence, score):
    got = recs(HEAD_2023 + sentence)
    assert got[("Kabupaten Lahat", 2023)].score == score


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai tersebut melampaui capaian tahun sebelumnya yaitu 84, 46.",
        "Penilaian itu lebih tinggi daripada tahun sebelumnya, yakni 84, 46.",
    ],
    ids=["nilai-tersebut-melampaui-capaian-tahun", "penilaian-itu-lebih-tinggi-daripada"],
)
def test_split_decimal_after_yakni_for_the_year_before(sentence):
    got = recs(HEAD_2023 + "Nilai Kabupaten Lahat tahun 2023 sebesar 95,95. " + sentence)
    assert got[("Kabupaten Lahat", 2023)].score == 95.95
    assert got[("Kabupaten Lahat", 2022)].score == 84.46


@pytest.mark.parametrize(
    "sentence",
    [
        # a list of numbers, a date, and no score noun in the sentence
        "Nilai Kabupaten Lahat masuk zona hijau, peringkatnya dalam tiga tahun yakni 12, 15 dan 20.",
        "Penilaian di Kabupaten Lahat masuk zona hijau dan dilakukan dua tahap, yakni 12, 15 Oktober.",
        "Kabupaten Lahat masuk zona hijau dan dikunjungi tim sebanyak dua kali, yaitu 12, 14 orang.",
    ],
    ids=["nilai-kabupaten-lahat-masuk-zona", "penilaian-di-kabupaten-lahat-masuk", "kabupaten-lahat-masuk-zona-hijau"],
)
def test_split_decimal_after_yakni_look_alikes(sentence):
    got = recs(HEAD_2023 + sentence)
    assert got[("Kabupaten Lahat", 2023)].score is None


# -- counts of units per zone, a list of colours, and a government group that units do not join ----------

OPENING = (
    "Ombudsman RI Perwakilan Sulawesi Barat menyerahkan rapor penilaian kepatuhan tahun 2021. "
    "Kabupaten Majene meraih nilai 86,40 dan masuk zona hijau. "
)


@pytest.mark.parametrize(
    "tally",
    [
        "Dari rekap unit layanan, Dinas Kesehatan memiliki 3 Zona Merah, 5 Zona Kuning dan 2 Zona Hijau.",
        "Untuk unit layanan di Zona Hijau, Kuning dan Merah, Dinas Pendidikan terdapat 12 zona merah "
        "dan 4 zona kuning.",
        "Selain itu, ada zona kuning sebanyak 4 kabupaten dan zona merah terdapat 1 kabupaten yaitu Kabupaten "
        "Mamuju Tengah dengan nilai 48,20. Dinas Sosial 6 zona merah dan 2 zona kuning. Puskesmas Tappalang "
        "juga dinilai.",
    ],
    ids=["dari-rekap-unit-layanan-dinas", "untuk-unit-layanan-di-zona", "selain-itu-ada-zona-kuning"],
)
def test_counts_of_units_per_zone_give_units_no_zone(tally):
    got = recs(OPENING + tally)
    assert all(r.entity_type != "unit" for r in got.values()), got
    assert got[("Kabupaten Majene", 2021)].zone == "hijau"


def test_group_of_governments_then_units_keeps_its_members():
    text = OPENING + (
        "Sebanyak 15 kabupaten/kota masuk zona merah, di antaranya Kabupaten Mamuju Tengah dengan nilai 48,20 "
        "dan Kabupaten Pasangkayu 45,10. Dinas Kesehatan dan Dinas Sosial menjadi unit yang paling banyak dinilai."
    )
    got = recs(text)
    assert got[("Kabupaten Mamuju Tengah", 2021)].zone == "merah"
    assert got[("Kabupaten Pasangkayu", 2021)].zone == "merah"
    assert all(r.entity_type != "unit" for r in got.values()), got


def test_group_of_units_still_gives_its_units_the_label():
    # look-alike that must fire: the group is of units
    text = (
        "Ombudsman menilai kepatuhan unit layanan Pemkab Majene tahun 2021. Sebanyak 3 unit layanan masuk zona "
        "hijau, yaitu Dinas Kesehatan, Dinas Sosial dan Dinas Pendidikan."
    )
    got = recs(text)
    assert {k for k, r in got.items() if r.zone == "hijau"} == {
        ("Dinas Kesehatan", 2021),
        ("Dinas Sosial", 2021),
        ("Dinas Pendidikan", 2021),
    }, got


def test_colour_list_after_a_count_still_gives_the_entity_its_zone():
    # look-alike that must fire: one colour, then an entity
    text = OPENING + "Kabupaten Polewali Mandar masuk zona kuning, Kabupaten Mamasa zona merah."
    got = recs(text)
    assert got[("Kabupaten Polewali Mandar", 2021)].zone == "kuning"
    assert got[("Kabupaten Mamasa", 2021)].zone == "merah"


# -- a whole number inside a run of decimal scores is a score ---------------------------------


@pytest.mark.parametrize(
    "run, expect",
    [
        (
            "Kota Batam 69,86, Kabupaten Lingga 75,9, Kabupaten Natuna 76, dan Kabupaten Karimun 79,58",
            {"Kota Batam": 69.86, "Kabupaten Lingga": 75.9, "Kabupaten Natuna": 76.0, "Kabupaten Karimun": 79.58},
        ),
        (
            "Kota Batam 69,86; Kabupaten Natuna 76; Kabupaten Karimun 79,58",
            {"Kota Batam": 69.86, "Kabupaten Natuna": 76.0, "Kabupaten Karimun": 79.58},
        ),
        (
            "Kota Batam mendapat nilai 69,86, Kabupaten Natuna 80 serta Kabupaten Karimun 79,58",
            {"Kota Batam": 69.86, "Kabupaten Natuna": 80.0, "Kabupaten Karimun": 79.58},
        ),
    ],
    ids=["kota-batam-69-86-kabupaten-1", "kota-batam-69-86-kabupaten-2", "kota-batam-mendapat-nilai-69"],
)
def test_whole_number_in_a_score_run(run, expect):
    text = f"Hasil penilaian kepatuhan tahun 2021 oleh Ombudsman Kepulauan Riau: {run}."
    got = recs(text)
    assert {e: r.score for (e, _), r in got.items()} == expect


def test_number_in_a_name_is_no_score():
    text = (
        "Hasil penilaian kepatuhan tahun 2024 untuk puskesmas di Kabupaten Sleman: Puskesmas Depok 1 97,10, "
        "Puskesmas Ngaglik 2 98,09, Puskesmas Mlati 2 95,40."
    )
    got = recs(text)
    assert {r.score for r in got.values()} <= {97.1, 98.09, 95.4}


# -- an entity's own average is its score; an average over several governments is not -----------


@pytest.mark.parametrize(
    "phrase",
    [
        "dengan nilai rata-rata 88,39",
        "meraup skor rata-rata 88,39",
        "dengan nilai kepatuhan rata-rata mencapai 88,39",
        "memperoleh nilai rata-rata sebesar 88,39",
    ],
    ids=[
        "dengan-nilai-rata-rata-88",
        "meraup-skor-rata-rata-88",
        "dengan-nilai-kepatuhan-rata-rata",
        "memperoleh-nilai-rata-rata-sebesar",
    ],
)
def test_own_average_is_the_entitys_score(phrase):
    text = f"Dalam survei kepatuhan Ombudsman RI tahun 2016, Kota Denpasar masuk zona hijau {phrase}."
    assert recs(text)[("Kota Denpasar", 2016)].score == 88.39


@pytest.mark.parametrize(
    "phrase",
    [
        "Nilai rata-rata nasional hanya 80,12.",
        "Rata-rata nilai nasional naik menjadi 80,12.",
        "Nilai rata-rata se-Indonesia tercatat 80,12.",
    ],
    ids=["nilai-rata-rata-nasional-hanya", "rata-rata-nilai-nasional-naik", "nilai-rata-rata-se-indonesia"],
)
def test_averages_over_many_are_no_score(phrase):
    text = f"Dalam survei kepatuhan Ombudsman RI tahun 2016, Kota Denpasar masuk zona hijau. {phrase}"
    r = recs(text)
    assert r[("Kota Denpasar", 2016)].score is None
    assert all(x.score != 80.12 for x in r.values())


# -- a percentage of complaints is no score --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sebanyak 97,4 persen aduan sepanjang tahun 2021 tuntas diselesaikan Pemkot Bandung.",
        "Pemkot Bandung menuntaskan 97,4% pengaduan pada 2021.",
        "Kota Bandung menyelesaikan 97,4 persen laporan masyarakat tahun 2021.",
    ],
    ids=["sebanyak-97-4-persen-aduan", "pemkot-bandung-menuntaskan-97-4", "kota-bandung-menyelesaikan-97-4"],
)
def test_a_share_of_complaints_is_no_score(sentence):
    text = (
        "Ombudsman RI mencatat kinerja pengelolaan pengaduan dan hasil penilaian kepatuhan tahun 2021: Kota "
        f"Bandung masuk zona hijau. {sentence}"
    )
    assert all(r.score is None for r in extract_article(text).records)


def test_a_percentage_written_as_the_score_stays():
    text = "Hasil survei kepatuhan Ombudsman tahun 2019: Kabupaten Konawe masuk zona merah dengan nilai 35,49%."
    assert recs(text)[("Kabupaten Konawe", 2019)].score == 35.49


# -- a count per zone is no one's zone ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Hasil Kepatuhan di Provinsi Kalimantan Barat Tahun 2021: 4 Zona Hijau dan 10 Zona Kuning",
        "Hasil penilaian kepatuhan 2021 di Provinsi Kalimantan Barat: 4 zona hijau, 10 zona kuning.",
        "Di Provinsi Kalimantan Barat, penilaian kepatuhan 2021 menghasilkan empat zona hijau dan sepuluh zona kuning.",
    ],
    ids=[
        "hasil-kepatuhan-di-provinsi-kalimantan",
        "hasil-penilaian-kepatuhan-2021-di",
        "di-provinsi-kalimantan-barat-penilaian",
    ],
)
def test_a_count_per_zone_is_no_entitys_zone(sentence):
    text = sentence + "\nOmbudsman RI Perwakilan Kalbar menyerahkan hasilnya kepada pemerintah daerah."
    assert all(r.zone is None for r in extract_article(text).records)


def test_a_whole_number_score_before_a_zone_stays_a_zone():
    text = "Hasil penilaian kepatuhan Ombudsman 2021: Kota Banjarbaru meraih nilai 90 zona hijau."
    assert recs(text)[("Kota Banjarbaru", 2021)].zone == "hijau"


def test_a_count_of_regions_that_is_a_statistic_gives_its_zone_to_nobody():
    text = (
        "Kabupaten Purbalingga meraih nilai 94,56 dalam Penilaian Kepatuhan Ombudsman RI tahun 2023. Dari 35 "
        "kabupaten/kota di Jawa Tengah, 33 daerah sudah masuk zona hijau. Selain itu, Indeks Kepuasan "
        "Masyarakat Kabupaten Purbalingga juga naik."
    )
    assert recs(text)[("Kabupaten Purbalingga", 2023)].zone is None


def test_a_score_handed_on_by_a_passive_verb_goes_to_the_entity_after_it():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023. Puskesmas Kenali Besar meraih skor tertinggi, "
        "yakni 95,60, sementara skor terendah 70,20 diraih Puskesmas Talang Banjar."
    )
    assert {k: v.score for k, v in recs(text).items()} == {
        ("Puskesmas Kenali Besar", 2023): 95.6,
        ("Puskesmas Talang Banjar", 2023): 70.2,
    }
