"""Phenomena seen in the first blind batches of real articles, in our own sentences.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""
import pytest

from extract.pipeline import extract_article


def recs(text, **kw):
    res = extract_article(text, **kw)
    return {(r.entity, r.year): r for r in res.records}


# -- relevance: "kepatuhan dalam penyelenggaraan pelayanan publik" -----------------------------

@pytest.mark.parametrize("phrase", [
    "penghargaan atas kepatuhan dalam penyelenggaraan pelayanan publik tahun 2024 dari Ombudsman RI",
    "predikat kepatuhan dalam penyelenggaraan pelayanan publik 2024 yang diberikan Ombudsman Republik Indonesia",
    "apresiasi Ombudsman RI atas kepatuhan dalam standar pelayanan publik tahun 2024",
])
def test_compliance_with_dalam_is_the_assessment(phrase):
    text = (f"Pemerintah Kabupaten Wonogiri menerima {phrase}. Pemkab Wonogiri memperoleh nilai 96,40. "
            "Indeks kepuasan masyarakat juga disebut dalam acara itu.")
    res = extract_article(text)
    assert res.relevant
    assert {(r.entity, r.year, r.score) for r in res.records} == {("Kabupaten Wonogiri", 2024, 96.4)}


# -- vertical key-value blocks under a numbered entity ------------------------------------------

@pytest.mark.parametrize("keys", [
    ("Nilai kepatuhan: {s}", "Opini: {o}", "Kategori: {g}"),
    ("Nilai: {s}", "Opini Ombudsman: {o}", "Kategori; {g}"),
    ("Skor: {s}", "Kategori: {g}", "Opini: {o}"),
    ("Nilai kepatuhan : {s}", "Predikat: {g}", "Opini : {o}"),
])
def test_vertical_key_value_block(keys):
    rows = [("Kabupaten Klaten", "93,12", "kualitas tertinggi", "A"),
            ("Kabupaten Boyolali", "86,40", "kualitas tinggi", "B"),
            ("Kota Surakarta", "74,05", "kualitas sedang", "C")]
    lines = ["Ombudsman RI menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik tahun 2023. "
             "Berikut daftar lengkapnya:"]
    for i, (name, s, o, g) in enumerate(rows, 1):
        lines.append(f"{i}. {name}")
        lines += [k.format(s=s, o=o, g=g) for k in keys]
    r = recs("\n".join(lines))
    for name, s, o, g in rows:
        rec = r[(name, 2023)]
        assert (rec.score, rec.opinion, rec.grade) == (float(s.replace(",", ".")), o, g), name
        assert rec.rank is None  # a list not called a ranking gives no ranks
