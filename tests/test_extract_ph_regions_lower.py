"""Region names written in lower case by careless reporters: after a level word or a government's short form
("Pemprov malut", "provinsi bengkulu", "kab.halteng", "Pemkab Pali") the name is read in any case; without one, a
lower-case word that is also a name ("batu", "bau", "timur", "gunung") stays a word.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OPENING_MALUT_2023, recs, region_mentions

OPENING = OPENING_MALUT_2023


@pytest.fixture(scope="module")
def regions():
    return region_mentions


# -- a name in lower case after its level word -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Pemprov malut masih berada di zona merah.", "Pemprov malut", "Provinsi Maluku Utara"),
        ("nilai untuk provinsi bengkulu turun tahun ini", "provinsi bengkulu", "Provinsi Bengkulu"),
        ("Hasil pemerintah provinsi jambi membaik.", "pemerintah provinsi jambi", "Provinsi Jambi"),
        ("gubernur bali menerima piagam itu.", "gubernur bali", "Provinsi Bali"),
        ("Pemprov ntt belum memenuhi standar.", "Pemprov ntt", "Provinsi Nusa Tenggara Timur"),
        ("kota jambi meraih nilai tertinggi.", "kota jambi", "Kota Jambi"),
        ("nilai kabupaten gorontalo naik.", "kabupaten gorontalo", "Kabupaten Gorontalo"),
        ("Skor kab.halteng masih rendah.", "kab.halteng", "Kabupaten Halmahera Tengah"),
        ("Pemkab Pali belum menjalankan saran itu.", "Pemkab Pali", "Kabupaten Penukal Abab Lematang Ilir"),
    ],
)
def test_a_name_in_the_wrong_case_after_its_level_word(regions, text, written, name):
    assert (written, name) in regions(text)


@pytest.mark.parametrize(
    "text",
    [
        # common words that are also names, with no level word or after one of another level
        "jalan batu itu rusak dan bau sampah tercium dari gunung di sisi timur",
        "kota baru itu berada di tengah kabupaten",
        "pemprov juga menilai kota lain dan provinsi tengah tidak disebut",
        "bupati bali ke jakarta",  # a province after a regency's head: no such regency
        "padang pasir dan bone di kota itu",  # no lower-case name without its level word
    ],
)
def test_common_words_in_lower_case_stay_no_region(regions, text):
    assert regions(text) == []


def test_lower_case_governments_hold_their_results():
    got = recs(OPENING + "Pemprov malut dan kab. halteng masih masuk dalam zona merah.")
    assert got[("Provinsi Maluku Utara", 2023)].zone == "merah"
    assert got[("Kabupaten Halmahera Tengah", 2023)].zone == "merah"
