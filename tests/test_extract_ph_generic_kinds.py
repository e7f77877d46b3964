"""Claims: a sentence about governments in general, as a kind ("pemerintah daerah yang pertama kali disurvei
awalnya berada di zona merah", "rata-rata pemda ..."), names nobody: it does not go on about the subject of
the sentence before (no earlier-year record for it).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article

LEAD = (
    "Ombudsman RI melakukan survei kepatuhan standar pelayanan publik tahun 2017. Kabupaten Melawi berada di "
    "zona merah dengan nilai 41,50. "
)


@pytest.mark.parametrize(
    "kind",
    [
        "Menurutnya, pemerintah daerah yang pertama kali disurvei Ombudsman awalnya berada di zona merah.",
        "Biasanya daerah yang baru pertama kali dinilai semula masuk zona merah.",
        "Rata-rata pemda yang dinilai awalnya berada di zona merah.",
    ],
)
def test_a_statement_about_governments_in_general_is_no_ones(kind):
    res = extract_article(LEAD + kind, published="2018-03-22")
    assert {(r.entity, r.year, r.zone) for r in res.records} == {("Kabupaten Melawi", 2017, "merah")}


def test_the_subject_still_goes_on_in_a_sentence_of_its_own():
    said = "Sebelumnya kabupaten itu juga berada di zona merah pada 2016."
    res = extract_article(LEAD + said, published="2018-03-22")
    assert ("Kabupaten Melawi", 2016, "merah") in {(r.entity, r.year, r.zone) for r in res.records}


@pytest.mark.parametrize(
    "said",
    [
        '"Rata-rata kabupaten/kota di Kaltara sudah menjadi zona hijau," ucapnya.',
        "Rata-rata kabupaten dan kota di Kaltara kini masuk zona hijau.",
    ],
)
def test_the_average_of_a_provinces_regencies_is_not_the_provinces(said):
    text = "Ombudsman menyampaikan hasil penilaian kepatuhan 2023. Pada 2023, Pemprov Kaltara masuk zona A. " + said
    res = extract_article(text, published="2024-01-31")
    assert {(r.entity, r.year, r.grade, r.zone) for r in res.records} == {
        ("Provinsi Kalimantan Utara", 2023, "A", None)
    }


@pytest.mark.parametrize(
    "combined",
    [
        '"Digabungkan nilai ketiganya, rata-ratanya menjadi zona kuning," katanya.',
        "Jika nilai ketiganya dirata-ratakan, hasilnya zona kuning.",
    ],
)
def test_the_label_of_a_combination_is_none_of_its_members(combined):
    text = (
        "Ombudsman menilai Pemkot Serang tahun 2021 lewat tiga OPD, yakni Dinas Sosial Kota Serang, Dinas "
        "Kesehatan Kota Serang dan Dinas Pendidikan Kota Serang. " + combined
    )
    res = extract_article(text, published="2022-03-04")
    assert not [r for r in res.records if r.parent == "Kota Serang" and r.zone == "kuning"]


def test_a_label_said_of_the_members_together_is_each_ones():
    text = (
        "Ombudsman menilai Pemkot Serang tahun 2021 lewat tiga OPD, yakni Dinas Sosial Kota Serang, Dinas "
        "Kesehatan Kota Serang dan Dinas Pendidikan Kota Serang. Ketiganya masuk zona kuning."
    )
    res = extract_article(text, published="2022-03-04")
    assert len([r for r in res.records if r.parent == "Kota Serang" and r.zone == "kuning"]) == 3


@pytest.mark.parametrize("unit", ["LTSP", "layanan LTSP", "Dinkes"])
def test_all_offices_of_a_kind_is_never_the_one_unit_named_before(unit):
    text = (
        "Ombudsman merilis hasil survei kepatuhan 2018 untuk Kabupaten Dompu. Hanya satu OPD yang masuk zona "
        f'hijau, yakni {unit}. "Semua dinas masih zona merah," ucapnya.'
    )
    res = extract_article(text, published="2019-02-01")
    assert [(r.parent, r.zone) for r in res.records] == [("Kabupaten Dompu", "hijau")]


def test_the_sentence_after_a_combination_goes_on_about_no_member():
    text = (
        "Ombudsman menilai tiga OPD Pemkot Serang tahun 2021, yakni Dinas Sosial Kota Serang, Dinas Kesehatan "
        "Kota Serang dan Dinas Pendidikan Kota Serang. Dinas Pendidikan Kota Serang masuk zona merah. "
        '"Digabungkan nilai ketiganya, rata-ratanya zona kuning. Peringkat ketiga se-Provinsi Banten," katanya.'
    )
    res = extract_article(text, published="2022-03-04")
    assert not [r for r in res.records if r.parent == "Kota Serang" and r.rank is not None]
