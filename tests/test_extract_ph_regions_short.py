"""Short forms of regencies and cities used in regional news ("Tikep", "Kepsul", "Pultab", "Tasik", "Tanjab
Barat", "Bolmong Utara", "Kabgor"; models/regions/extra_aliases.csv).

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


# -- short forms of regencies and cities ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pemkot Tikep meraih nilai 80,10.", "Kota Tidore Kepulauan"),
        ("Wali Kota Tikep menerima piagam.", "Kota Tidore Kepulauan"),
        ("Kabupaten Kepsul masuk zona kuning.", "Kabupaten Kepulauan Sula"),
        ("Pemkab Pultab belum dinilai.", "Kabupaten Pulau Taliabu"),
        ("Pemkab Tasik meraih zona hijau.", "Kabupaten Tasikmalaya"),
        ("Pemkot Tasik meraih zona hijau.", "Kota Tasikmalaya"),
        ("Kabupaten Tanjab Barat naik ke zona hijau.", "Kabupaten Tanjung Jabung Barat"),
        ("Pemkab Tanjab Timur turun.", "Kabupaten Tanjung Jabung Timur"),
        ("Pemkab Bolmong Utara meraih nilai 70,2.", "Kabupaten Bolaang Mongondow Utara"),
        ("Bolmong Timur masuk zona merah.", "Kabupaten Bolaang Mongondow Timur"),
        ("Bolmong Selatan masuk zona merah.", "Kabupaten Bolaang Mongondow Selatan"),
        ("Pemkab Kabgor masuk zona kuning.", "Kabupaten Gorontalo"),
    ],
)
def test_short_forms_of_regencies_and_cities(regions, text, name):
    assert [n for _, n in regions(text)] == [name]


def test_a_short_form_in_a_list_holds_its_result():
    got = recs(OPENING + "Kota Ternate, Tikep dan Kepsul masuk zona kuning dengan kepatuhan sedang.")
    for name in ("Kota Ternate", "Kota Tidore Kepulauan", "Kabupaten Kepulauan Sula"):
        assert got[(name, 2023)].zone == "kuning", name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("air tasik itu jernih dan tenang", []),  # the common word (a lake) in lower case
        ("Pemkab Tanjab belum dinilai.", []),  # "Tanjab" alone names neither Tanjung Jabung
        ("Pemkab Bolmong meraih nilai 70,2.", ["Kabupaten Bolaang Mongondow"]),  # the mother regency
    ],
)
def test_look_alikes_of_short_forms(regions, text, names):
    assert [n for _, n in regions(text)] == names
