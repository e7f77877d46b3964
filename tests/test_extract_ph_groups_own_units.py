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


# -- a label handed to a counted group of "satuan kerja"/"unit kerja" of a government: the units' label, not the
# government's (its own label, told elsewhere, is kept) -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pada penilaian kepatuhan 2016, Ombudsman memberikan rapor merah kepada dua satuan kerja Pemerintah Kota "
        "Dumai, yaitu Dinas Pekerjaan Umum dan Dinas Perhubungan.",
        "Dalam penilaian kepatuhan Ombudsman 2016, zona merah diberikan untuk dua satuan kerja Pemkot Dumai, masing-masing "
        "Dinas Pekerjaan Umum dan Dinas Perhubungan.",
        "Hasil penilaian kepatuhan Ombudsman 2016 menempatkan dua unit kerja Pemerintah Kota Dumai di zona merah, yakni Dinas "
        "Pekerjaan Umum dan Dinas Perhubungan.",
    ],
    ids=["rapor-merah-kepada-satuan-kerja", "diberikan-untuk-satuan-kerja", "unit-kerja-menempatkan"],
)
def test_a_label_given_to_a_governments_working_units_is_theirs(text):
    got = recs(text + " Kota Dumai sendiri berada di zona kuning.")
    assert got[("Kota Dumai", 2016)].zone == "kuning", got
    alone = recs(text).get(("Kota Dumai", 2016))
    assert alone is None or alone.zone is None, alone


def test_the_working_units_named_after_the_count_take_the_label():
    text = (
        "Pada penilaian kepatuhan 2016, Ombudsman memberikan rapor merah kepada dua satuan kerja Pemerintah Kota "
        "Dumai, yaitu Dinas Pekerjaan Umum dan Dinas Perhubungan."
    )
    got = recs(text)
    for name in ("Dinas Pekerjaan Umum", "Dinas Perhubungan"):
        assert got[(name, 2016)].zone == "merah", (name, got)


def test_a_label_given_to_the_government_itself_is_its_own():
    # look-alike: no count of units between the label and the government
    text = "Pada penilaian kepatuhan 2016, Ombudsman memberikan rapor merah kepada Pemerintah Kota Dumai."
    assert recs(text)[("Kota Dumai", 2016)].zone == "merah"
