"""A counted group of a government's own units ("Tujuh instansi Pemkot X", "lima unit layanan Pemkab Y"): the
government written right after the group's noun is where the units are, so the group's labels go to the units
named next, not to it.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2023. "
UNITS = "Dinas Pendidikan meraih nilai 91,20; Dinas Sosial 88,75; dan Puskesmas Kedungsari 94,10."


@pytest.mark.parametrize(
    "opening",
    [
        "Tiga instansi Pemkot Madiun meraih predikat kualitas tertinggi atau zona hijau pada penilaian kepatuhan "
        "2023. Ketiga instansi tersebut yakni ",
        "Sebanyak tiga unit layanan di lingkungan Pemkot Madiun masuk zona hijau dengan opini kualitas tertinggi "
        "dalam penilaian kepatuhan 2023. Ketiganya yaitu ",
        "Ombudsman menilai kepatuhan 2023: tiga instansi Pemkot Madiun itu mendapat zona hijau, predikat kualitas "
        "tertinggi, yakni ",
    ],
    ids=["tiga-instansi", "unit-layanan-di-lingkungan", "one-sentence"],
)
def test_a_group_of_own_units_gives_its_labels_to_the_units(opening):
    got = recs(LEAD + opening + UNITS)
    for name in ("Dinas Pendidikan", "Dinas Sosial", "Puskesmas Kedungsari"):
        r = got[(name, 2023)]
        assert (r.zone, r.opinion) == ("hijau", "kualitas tertinggi"), (name, r)
    city = got.get(("Kota Madiun", 2023))
    assert city is None or city.zone is None, city


def test_a_count_of_governments_keeps_its_province():
    # look-alike: a count of regencies before a province is still a group of that province's governments
    text = "Tiga kabupaten di Provinsi Bali meraih zona hijau dalam penilaian kepatuhan 2023, yakni Badung, Gianyar dan Tabanan."
    got = recs(LEAD + text)
    assert got[("Kabupaten Badung", 2023)].zone == "hijau", got


# -- a government's total over its units told right after the units' list: the government's score only ----


@pytest.mark.parametrize(
    "total",
    [
        ", sehingga nilai keseluruhan total 92,80.",
        ", dengan nilai rata-rata 92,80.",
        ". Secara keseluruhan nilai akhirnya 92,80.",
    ],
    ids=["nilai-keseluruhan-total", "nilai-rata-rata", "nilai-akhir"],
)
def test_a_total_after_a_governments_units_is_its_score(total):
    text = (
        LEAD + "Lima instansi Pemkot Blitar meraih zona hijau. Kelima instansi itu yakni Dinas Sosial meraih nilai "
        "91,10; Dinas Pendidikan 92,40; dan Puskesmas Sananwetan 95,00" + total
    )
    got = recs(text)
    assert (got[("Puskesmas Sananwetan", 2023)].score, got[("Puskesmas Sananwetan", 2023)].zone) == (95.0, "hijau")
    city = got[("Kota Blitar", 2023)]
    assert (city.score, city.zone) == (92.8, None), city


def test_a_score_after_units_without_a_total_word_is_the_last_units():
    # look-alike: no total word, the score goes on the list (the last unit keeps its own first score)
    got = recs(
        LEAD + "Pemkot Blitar menerima hasilnya. Dinas Sosial meraih nilai 91,10; Dinas Pendidikan 92,40; dan "
        "Puskesmas Sananwetan 95,00, disusul Puskesmas Kepanjenkidul 90,10."
    )
    assert ("Kota Blitar", 2023) not in got or got[("Kota Blitar", 2023)].score is None
