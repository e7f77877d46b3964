"""Record phenomena (entity and year) of the blind-annotated real articles, in our own sentences.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use, with look-alikes that must
not fire.
"""

import pytest

from extract_helpers import recs

# -- a year named as what the results are compared with is not the year reported ----------------------

DATED_LIST = (
    "Ombudsman RI Perwakilan Jawa Tengah mengumumkan hasil penilaian kepatuhan pelayanan publik, Senin (19/12/2022). "
    "Pemkab Kudus meraih nilai 92,14 dan masuk zona hijau, sedangkan Pemkab Blora mendapat nilai 61,08. "
)


@pytest.mark.parametrize(
    "comparison",
    [
        "Pembandingnya, hasil survei 2019 menunjukkan separuh daerah berada di zona hijau.",
        "Sebagai pembanding, hasil penilaian 2019 mencatat lebih banyak daerah yang hijau.",
        "Perbandingannya, survei tahun 2019 menempatkan sebagian besar responden di zona hijau.",
        "Dibandingkan dengan hasil survei 2019, jumlah daerah yang hijau turun.",
    ],
)
def test_comparison_year_is_not_the_reported_year(comparison):
    got = recs(DATED_LIST + comparison)
    assert set(got) == {("Kabupaten Kudus", 2022), ("Kabupaten Blora", 2022)}, got


def test_year_of_the_results_still_wins_over_a_plain_earlier_year():
    # look-alike: the year written for the results themselves is the one reported
    text = (
        "Hasil penilaian kepatuhan Ombudsman tahun 2019 diumumkan. Pemkab Kudus meraih nilai 92,14 "
        "dan masuk zona hijau, sedangkan Pemkab Blora mendapat nilai 61,08."
    )
    got = recs(text)
    assert set(got) == {("Kabupaten Kudus", 2019), ("Kabupaten Blora", 2019)}, got


# -- "masuk 5 besar kab/kota dengan zona hijau. Kelima kab/kota itu yakni ...": the best ones as a group ---

TOP_GROUP = [
    (
        "Hasil penilaian kepatuhan Ombudsman tahun 2023 menempatkan Kabupaten Kediri dalam 4 besar kab/kota "
        "di Jawa Timur dengan zona hijau kualitas tertinggi. Empat kab/kota itu yakni Kediri, Gresik, Pacitan "
        "dan Madiun."
    ),
    (
        "Pada penilaian kepatuhan Ombudsman tahun 2023, Kabupaten Kediri masuk lima besar pemda di Jawa Timur "
        "yang meraih zona hijau kualitas tertinggi. Kelima pemda tersebut adalah Kediri, Gresik, Pacitan, "
        "Madiun dan Kota Batu."
    ),
    (
        "Ombudsman mengumumkan penilaian kepatuhan tahun 2023. Ada 4 teratas kabupaten di Jawa Timur yang masuk "
        "zona hijau kualitas tertinggi, yaitu Kediri, Gresik, Pacitan dan Madiun."
    ),
]


@pytest.mark.parametrize("text", TOP_GROUP)
def test_top_n_group_gives_its_labels_to_its_members(text):
    got = recs(text)
    for place in ("Kabupaten Gresik", "Kabupaten Pacitan", "Kabupaten Madiun"):
        assert got[(place, 2023)].zone == "hijau", got
        assert got[(place, 2023)].opinion == "kualitas tertinggi", got
        assert got[(place, 2023)].rank is None


@pytest.mark.parametrize(
    "text",
    [
        # no noun after "besar": no group, the names after it get nothing
        "Ombudsman mengumumkan penilaian kepatuhan tahun 2023. Kabupaten Kediri meraih zona hijau dan masuk 10 "
        "besar nasional. Bupati Kediri hadir bersama pejabat dari Gresik dan Pacitan.",
        # a group of the best that carries no label
        "Ombudsman mengumumkan penilaian kepatuhan tahun 2023. Kabupaten Kediri meraih zona hijau. Lima besar "
        "kabupaten dengan laporan masyarakat terbanyak yakni Gresik dan Pacitan.",
    ],
)
def test_top_n_without_a_group_or_label_gives_nothing(text):
    got = recs(text)
    assert set(got) == {("Kabupaten Kediri", 2023)}, got


# -- ministries named short, glued or with an old affix ------------------------------------------------


@pytest.mark.parametrize(
    "written, name",
    [
        ("Kementerian Kelautan", "Kementerian Kelautan dan Perikanan"),
        ("Kementerian Agraria", "Kementerian Agraria dan Tata Ruang"),
        ("Kementerian Desa dan PDT", "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"),
        ("Kementrian Perhubungan", "Kementerian Perhubungan"),
        ("KementerianPerdagangan", "Kementerian Perdagangan"),
        ("Kementerian PU dan Perumahan Rakyat", "Kementerian Pekerjaan Umum dan Perumahan Rakyat"),
    ],
)
def test_ministry_short_or_glued_name(written, name):
    text = (
        "Dalam hasil penilaian kepatuhan kementerian tahun 2018 yang dirilis Ombudsman, zona kuning diraih "
        f"Kementerian Sosial dan {written}, sedangkan Kementerian Agama masuk zona hijau."
    )
    got = recs(text)
    assert got[(name, 2018)].zone == "kuning", got
    assert got[("Kementerian Agama", 2018)].zone == "hijau"
    assert len(got) == 3, got


@pytest.mark.parametrize("written", ["Kementerian Pendidikan", "Kementerian Koordinator", "Kementerian Pekerjaan"])
def test_ministry_short_name_of_several_ministries_is_no_entity(written):
    # several ministries' names start so: the short form names none of them
    text = (
        "Dalam hasil penilaian kepatuhan kementerian tahun 2018 yang dirilis Ombudsman, zona kuning diraih "
        f"Kementerian Sosial dan {written}, sedangkan Kementerian Agama masuk zona hijau."
    )
    assert {e for e, _ in recs(text)} == {"Kementerian Sosial", "Kementerian Agama"}
