"""Relevance: a text about the assessment written in other words ("kepatuhan dalam penyelenggaraan
pelayanan publik").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article


# -- a maladministration index beside the assessment is no compliance score -------------------


@pytest.mark.parametrize(
    "index",
    [
        "Provinsi Bali memiliki skor indeks maladministrasi rendah sebesar 36,30 persen.",
        "Sedangkan Provinsi Bali merupakan daerah dengan maladministrasi tertinggi dengan 22,60 persen.",
        "Indeks maladministrasi Provinsi Bali tercatat 41,20.",
    ],
    ids=[
        "provinsi-bali-memiliki-skor-indeks",
        "sedangkan-provinsi-bali-merupakan-daerah",
        "indeks-maladministrasi-provinsi-bali-tercatat",
    ],
)
def test_maladministration_index_is_no_score(index):
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2017. "
        "Provinsi Jawa Timur meraih zona hijau dengan nilai 90,10. " + index
    )
    got = {(r.entity, r.year, r.score) for r in extract_article(text).records}
    assert got == {("Provinsi Jawa Timur", 2017, 90.1)}


def test_quality_without_maladministration_is_still_the_assessment():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Maladministrasi tahun 2025. Pemerintah Kabupaten Wonogiri "
        "meraih opini kualitas tinggi tanpa maladministrasi dengan nilai 92,40."
    )
    got = {(r.entity, r.year, r.score) for r in extract_article(text).records}
    assert got == {("Kabupaten Wonogiri", 2025, 92.4)}


# -- relevance: "kepatuhan dalam penyelenggaraan pelayanan publik" -----------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "piagam dari Ombudsman RI atas kepatuhan dalam penyelenggaraan pelayanan publik tahun 2024",
        "predikat kepatuhan dalam penyelenggaraan pelayanan publik 2024 yang diberikan Ombudsman Republik Indonesia",
        "apresiasi Ombudsman RI atas kepatuhan dalam standar pelayanan publik tahun 2024",
    ],
    ids=[
        "piagam-dari-ombudsman-ri-atas",
        "predikat-kepatuhan-dalam-penyelenggaraan-pelayanan",
        "apresiasi-ombudsman-ri-atas-kepatuhan",
    ],
)
def test_compliance_with_dalam_is_the_assessment(phrase):
    text = (
        f"Pemerintah Kabupaten Wonogiri menerima {phrase}. Pemkab Wonogiri memperoleh nilai 96,40. "
        "Indeks kepuasan masyarakat juga disebut dalam acara itu."
    )
    res = extract_article(text)
    assert res.relevant
    assert {(r.entity, r.year, r.score) for r in res.records} == {("Kabupaten Wonogiri", 2024, 96.4)}
