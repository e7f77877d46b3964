"""Values on matched records and officials, phenomena of the blind-annotated real articles, in our own
sentences (real kinds of facts, invented wording); each tried in several phrasings, with look-alikes
that must not fire."""

import pytest

from extract_helpers import recs

HEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2023. "

# -- a split decimal ("84, 46") after "yakni"/"yaitu" in a sentence that speaks of a score ------------------


@pytest.mark.parametrize(
    "sentence, score",
    [
        ("Kabupaten Lahat meraih nilai tinggi kepatuhan yakni, 97, 36 dan masuk zona hijau.", 97.36),
        ("Kabupaten Lahat memperoleh angka kepatuhan yaitu 88, 12.", 88.12),
        ("Skor Kabupaten Lahat tahun ini adalah 79, 05.", 79.05),
    ],
)
def test_split_decimal_after_yakni_in_a_scored_sentence(sentence, score):
    got = recs(HEAD + sentence)
    assert got[("Kabupaten Lahat", 2023)].score == score


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai tersebut melampaui capaian tahun sebelumnya yaitu 84, 46.",
        "Penilaian itu lebih tinggi daripada tahun sebelumnya, yakni 84, 46.",
    ],
)
def test_split_decimal_after_yakni_for_the_year_before(sentence):
    got = recs(HEAD + "Nilai Kabupaten Lahat tahun 2023 sebesar 95,95. " + sentence)
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
)
def test_split_decimal_after_yakni_look_alikes(sentence):
    got = recs(HEAD + sentence)
    assert got[("Kabupaten Lahat", 2023)].score is None
