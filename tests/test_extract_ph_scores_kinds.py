"""Numbers and whether they are a score: an entity's own average, an average over many governments, a
share of complaints, a percentage written as the score, a count per zone.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import recs


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
