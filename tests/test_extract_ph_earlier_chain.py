"""Values joined to an earlier state opened by a cue word ("sebelumnya", "semula"): "sebelumnya berada pada zona
merah, dengan nilai 53,32 dan mendapat predikat rendah" - the score and the level told along with the earlier zone
are that earlier assessment's, however far the cue's own reach ends; the state told after "kini"/"naik ke" is not.

Every sentence here is written for these tests (real kinds of facts, invented wording); each phenomenon is
tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

OPENING = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. "
    "Pemkab Bolmong meraih predikat tertinggi dengan nilai 95,05 dan menempati zona hijau. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Capaian ini tak lepas dari pengalaman sebelumnya yang berada pada zona merah, dengan nilai 53,32 dan "
        'mendapat predikat "Rendah".',
        "Padahal Pemkab Bolmong semula masuk zona merah dengan skor 53,32 serta predikat rendah.",
        "Pemkab Bolmong yang tadinya tercatat di zona merah, dengan angka 53,32 dan menyandang predikat rendah, "
        "kini berbenah.",
    ],
    ids=["sebelumnya-dengan-nilai-dan-mendapat", "semula-dengan-skor-serta", "tadinya-dengan-angka-menyandang"],
)
def test_values_joined_to_an_earlier_state_are_its(sentence):
    got = recs(OPENING + sentence)
    assert fields_of(got, "Kabupaten Bolaang Mongondow", 2022) == {
        "score": 53.32,
        "zone": "merah",
        "opinion": "kualitas rendah",
    }, got
    assert fields_of(got, "Kabupaten Bolaang Mongondow", 2023, "score", "opinion") == {
        "score": 95.05,
        "opinion": "kualitas tertinggi",
    }, got


def test_the_state_reached_after_kini_stays_the_reported_one():
    # look-alike: the values after "kini naik ke" are the present state's, though joined by "dengan"
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kabupaten Bolaang Mongondow yang "
        "sebelumnya di zona kuning dengan nilai 70,10 dan berpredikat sedang kini naik ke zona hijau dengan "
        "nilai 90,20 dan predikat tertinggi."
    )
    got = recs(text)
    assert fields_of(got, "Kabupaten Bolaang Mongondow", 2022, "score", "zone") == {"score": 70.1, "zone": "kuning"}
    assert fields_of(got, "Kabupaten Bolaang Mongondow", 2023) == {
        "score": 90.2,
        "zone": "hijau",
        "opinion": "kualitas tertinggi",
    }, got


def test_a_change_from_without_a_cue_word_carries_nothing_on():
    # look-alike: "naik dari zona merah dan meraih nilai 80,50": the score is the state reached
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. "
        "Kabupaten Bolaang Mongondow naik dari zona merah dan meraih nilai 80,50."
    )
    got = recs(text)
    assert fields_of(got, "Kabupaten Bolaang Mongondow", 2023, "score") == {"score": 80.5}, got
