"""Phenomena of found batch 17 (real pages annotated blind), in our own sentences (real kinds of
facts, invented wording); each tried in several phrasings, with look-alikes that must not fire."""

import pytest

from extract_helpers import recs

# -- a weekday with day/month that fits two years: the 2022+ grade labels pick the later one ---------
# (Rabu 31 Januari fell in 2018 and in 2024: the 2017 or the 2023 assessment)

UNDATED = "Penyerahan hasil penilaian dari Ombudsman berlangsung di Manado, Rabu (31/1). "


@pytest.mark.parametrize(
    "sentence, grade",
    [
        ("Untuk kategori kepatuhan tertinggi atau opini A yakni Kota Bitung dengan perolehan nilai 90,42.", "A"),
        ("Kota Bitung memperoleh opini A dengan nilai 90,42.", "A"),
        ("Yang memperoleh kategori kepatuhan tinggi B yakni Kota Bitung dengan perolehan nilai 83,15.", "B"),
        ("Kota Bitung masuk kategori kepatuhan sedang C dengan nilai 70,02.", "C"),
    ],
)
def test_grade_labels_put_a_weekday_date_in_the_graded_years(sentence, grade):
    got = recs(UNDATED + sentence)
    assert ("Kota Bitung", 2023) in got
    assert ("Kota Bitung", 2017) not in got
    assert got[("Kota Bitung", 2023)].grade == grade


@pytest.mark.parametrize(
    "sentence",
    [
        "Kota Bitung meraih predikat kepatuhan tinggi dengan nilai 90,42.",
        # a lower-case word after "opini" is prose, not a grade
        "Kota Bitung meraih predikat kepatuhan tinggi dengan nilai 90,42, opini aparatur pun membaik.",
        "Kota Bitung masuk zona hijau atau kepatuhan tinggi dengan nilai 90,42. Nilai ini sesuai opini banyak pihak.",
    ],
)
def test_old_labels_keep_a_weekday_date_before_2022(sentence):
    got = recs(UNDATED + sentence)
    assert ("Kota Bitung", 2017) in got
    assert ("Kota Bitung", 2023) not in got
    assert got[("Kota Bitung", 2017)].grade is None
