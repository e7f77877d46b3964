"""A state reached after an earlier one, both told of one subject in one sentence: the year written for the
earlier state ("yang tahun lalu berada di zona merah") dates that state only; the state reached after a change
word ("mengalami peningkatan dan menempati", "naik ke", "berhasil meraih", "kemudian masuk") is the reported
year's. "Zona merah meningkat menjadi zona kuning" is such a change, not a count of governments growing.

Every sentence here is written for these tests (real kinds of facts, invented wording); each phenomenon is
tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

OPENING = "Ombudsman RI merilis hasil penilaian kepatuhan pelayanan publik tahun 2017. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Sambas yang pada tahun lalu berada di zona merah mengalami peningkatan, yakni menempati zona kuning.",
        "Kabupaten Sambas yang tahun lalu masih di zona merah naik ke zona kuning.",
        "Kabupaten Sambas yang tahun sebelumnya di zona merah berhasil meraih zona kuning.",
        "Pada tahun lalu Kabupaten Sambas berada di zona merah, tetapi kemudian masuk zona kuning.",
        "Kabupaten Sambas yang tahun lalu tercatat di zona merah meningkat menjadi zona kuning.",
        "Kabupaten Sambas yang pada 2016 berada di zona merah mengalami kenaikan dan menempati zona kuning.",
    ],
    ids=[
        "mengalami-peningkatan-yakni-menempati",
        "naik-ke",
        "tahun-sebelumnya-berhasil-meraih",
        "tetapi-kemudian-masuk",
        "meningkat-menjadi",
        "written-year-mengalami-kenaikan",
    ],
)
def test_state_reached_after_a_dated_earlier_state_is_the_reported_years(sentence):
    got = recs(OPENING + sentence)
    assert got[("Kabupaten Sambas", 2016)].zone == "merah", got
    assert got[("Kabupaten Sambas", 2017)].zone == "kuning", got


def test_a_score_reached_after_a_dated_score():
    text = OPENING.replace("2017", "2018") + (
        "Pada tahun 2017 Kabupaten Sambas meraih nilai 60,50 dan kini naik menjadi 75,20."
    )
    got = recs(text)
    assert got[("Kabupaten Sambas", 2017)].score == 60.5, got
    assert got[("Kabupaten Sambas", 2018)].score == 75.2, got


@pytest.mark.parametrize(
    "sentence",
    [
        "Pada 2016, Kabupaten Sambas masuk zona merah, sedangkan Kabupaten Bengkayang naik ke zona kuning.",
        "Pada tahun 2016 Kabupaten Sambas masuk zona merah dan Kabupaten Bengkayang berhasil meraih zona kuning.",
    ],
    ids=["sedangkan-other-entity-naik", "dan-other-entity-berhasil"],
)
def test_another_subjects_state_keeps_the_written_year(sentence):
    # look-alike: the second state is another government's, of the same year
    got = recs(OPENING + sentence)
    assert got[("Kabupaten Sambas", 2016)].zone == "merah", got
    assert got[("Kabupaten Bengkayang", 2016)].zone == "kuning", got


def test_one_state_with_its_year_keeps_it():
    # look-alike: a single state reached, with its own year
    got = recs(OPENING + "Pada tahun lalu Kabupaten Sambas berhasil naik ke zona kuning.")
    assert got[("Kabupaten Sambas", 2016)].zone == "kuning", got


def test_a_zone_whose_members_grow_is_still_no_label():
    # look-alike: "zona hijau meningkat" counts governments
    text = OPENING + "Kabupaten Sambas meraih zona kuning. Jumlah daerah di zona hijau terus meningkat tahun ini."
    assert {k: r.zone for k, r in recs(text).items()} == {("Kabupaten Sambas", 2017): "kuning"}


def test_a_year_before_a_change_from_dates_the_state_reached():
    # look-alike: "dari 60,10" is the change's "from" side, so "tahun lalu" dates the score reached
    got = recs(OPENING + "Tahun lalu nilai Kabupaten Sambas meningkat dari 60,10 menjadi 75,20.")
    assert got[("Kabupaten Sambas", 2016)].score == 75.2, got
    assert got[("Kabupaten Sambas", 2015)].score == 60.1, got
