"""A change of opinion told by bare levels, with no frame word before either: "Pinrang yang tadinya tinggi
sekarang tertinggi", "semula sedang, kini tinggi", "naik dari sedang menjadi tinggi" - the first level is the
earlier assessment's opinion, the second the reported one's (graded-scale levels on a page that writes them).
"Tahun ini" before the earlier cue dates the state reached, not the earlier one.

Every sentence here is written for these tests (real kinds of facts, invented wording); each phenomenon is
tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

OPENING = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kabupaten Pinrang meraih predikat tertinggi "
    "dengan nilai 92,33, sedangkan Kabupaten Gowa predikat tinggi. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Tahun ini Pinrang yang tadinya tinggi sekarang tertinggi," ujarnya.',
        "Opini untuk Pinrang semula tinggi, kini tertinggi.",
        "Opini Kabupaten Pinrang meningkat dari tinggi menjadi tertinggi.",
        "Pinrang yang dulunya tinggi dan sekarang tertinggi patut dicontoh.",
    ],
    ids=["tahun-ini-tadinya-sekarang", "semula-kini", "meningkat-dari-menjadi", "dulunya-dan-sekarang"],
)
def test_bare_levels_of_a_change_are_the_two_years_opinions(sentence):
    got = recs(OPENING + sentence)
    assert fields_of(got, "Kabupaten Pinrang", 2022, "opinion") == {"opinion": "kualitas tinggi"}, got
    assert fields_of(got, "Kabupaten Pinrang", 2023, "opinion", "score") == {
        "opinion": "kualitas tertinggi",
        "score": 92.33,
    }, got


def test_an_order_from_high_to_low_is_no_change():
    # look-alike: "diurutkan dari tinggi ke rendah" sorts a list
    text = OPENING + "Daftar nilai seluruh daerah diurutkan dari tinggi ke rendah."
    got = recs(text)
    assert set(got) == {("Kabupaten Pinrang", 2023), ("Kabupaten Gowa", 2023)}, got


def test_tahun_ini_before_an_earlier_zone_dates_the_state_reached():
    text = OPENING + "Tahun ini Pinrang yang tadinya zona kuning sekarang zona hijau."
    got = recs(text)
    assert fields_of(got, "Kabupaten Pinrang", 2022, "zone") == {"zone": "kuning"}, got
    assert fields_of(got, "Kabupaten Pinrang", 2023, "zone") == {"zone": "hijau"}, got
