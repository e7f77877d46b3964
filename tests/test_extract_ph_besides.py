"""Groups introduced by "selain": the one named after "selain" holds the label the rest of the sentence
gives the others ("Selain Pemkot X, zona hijau juga diraih A, B dan C", "Selain X, yang juga masuk zona
hijau adalah ..."), unless its own clause gives it a label of its own ("Selain X yang masih kuning, ...").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import JATENG_2023, recs

_ALL = ("Kota Semarang", "Kabupaten Kudus", "Kabupaten Pati")


@pytest.mark.parametrize(
    "told, field, label",
    [
        ("Selain Pemkot Semarang, zona hijau juga diraih Kabupaten Kudus dan Kabupaten Pati.", "zone", "hijau"),
        ("Selain Kota Semarang, yang juga masuk zona hijau adalah Kabupaten Kudus dan Pati.", "zone", "hijau"),
        (
            "Selain Kota Semarang, tahun ini Pemkab Kudus dan Pemkab Pati juga berhasil meraih zona hijau.",
            "zone",
            "hijau",
        ),
        (
            "Selain Pemerintah Kota Semarang, dua daerah lain yang mendapat opini kualitas tertinggi adalah "
            "Kabupaten Kudus dan Kabupaten Pati.",
            "opinion",
            "kualitas tertinggi",
        ),
        (
            "Sementara itu, selain Kota Semarang, ada pula Kabupaten Kudus dan Kabupaten Pati yang memperoleh "
            "kategori A.",
            "grade",
            "A",
        ),
        (
            "Namun selain Kota Semarang, ada Kabupaten Kudus dan Kabupaten Pati yang juga meraih zona hijau.",
            "zone",
            "hijau",
        ),
    ],
    ids=["zona-juga-diraih", "yang-juga-masuk", "tahun-ini-juga", "dua-daerah-lain", "ada-pula", "namun-selain"],
)
def test_the_one_named_after_selain_holds_the_label_too(told, field, label):
    got = recs(JATENG_2023 + told)
    assert {e: getattr(got[(e, 2023)], field) for e in _ALL if (e, 2023) in got} == {e: label for e in _ALL}


@pytest.mark.parametrize(
    "told",
    [
        "Selain Kota Semarang yang masih di zona kuning, Kabupaten Kudus dan Kabupaten Pati sudah masuk zona hijau.",
        "Selain Kota Semarang yang tertahan di zona kuning dengan nilai 70,12, Kabupaten Kudus dan Kabupaten Pati "
        "juga sudah meraih zona hijau.",
    ],
    ids=["yang-masih-kuning", "yang-tertahan-dengan-nilai"],
)
def test_the_one_named_after_selain_with_its_own_label_keeps_it(told):
    got = recs(JATENG_2023 + told)
    assert {e: got[(e, 2023)].zone for e in _ALL} == {
        "Kota Semarang": "kuning",
        "Kabupaten Kudus": "hijau",
        "Kabupaten Pati": "hijau",
    }


@pytest.mark.parametrize(
    "told",
    [
        # "selain" naming no government: the label is nobody else's
        "Selain itu, Kabupaten Kudus dan Kabupaten Pati juga meraih zona hijau.",
        "Selain meraih penghargaan, Kabupaten Kudus dan Kabupaten Pati juga masuk zona hijau.",
    ],
    ids=["selain-itu", "selain-meraih"],
)
def test_selain_naming_no_one_gives_no_one_else_the_label(told):
    got = recs(JATENG_2023 + told)
    assert set(got) == {("Kabupaten Kudus", 2023), ("Kabupaten Pati", 2023)}


def test_the_rest_telling_two_zones_gives_the_one_named_after_selain_none():
    got = recs(
        JATENG_2023 + "Selain Kota Semarang, ada Kabupaten Kudus yang juga meraih zona hijau dan Kabupaten Pati "
        "yang masih zona kuning."
    )
    assert ("Kota Semarang", 2023) not in got
