"""Consolidation and `kepatuhan browse` tell band-system differences from conflicts.

For 2017–2019 two band systems are attested (0–50/51–80/81–100 and 0–55/56–88/89–110, the second
for ministries, agencies, units and once a kabupaten). Two outlets giving a kabupaten the same
85,00 with zona hijau and zona kuning each printed one of them: no conflict. The same pair for a
kota (only the first system attested), for a ministry (held to its own bands, as the audit holds
it), for a year with one system, or at scores a point or more apart stays a conflict.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from corpus.consolidate import consolidate_group
from corpus.scheme import ScoringScheme
from corpus.store import Corpus
from kepatuhan.browse import metadata

REGIONAL, KL = "0–50/51–80/81–100", "0–55/56–88/89–110"


def _release(city: str, entity: str, score: str, zone: str) -> str:
    return (
        f"{city} - Ombudsman RI Perwakilan Sumatera Selatan menyerahkan hasil Penilaian Kepatuhan terhadap "
        f"Standar Pelayanan Publik tahun 2018. {entity} meraih nilai {score} dan masuk zona {zone}. "
        "Sekretaris daerah mengatakan capaian itu hasil pembenahan layanan di dinas-dinas."
    )


def _survey(entity: str, score: str, zone: str) -> str:
    return (
        "PALEMBANG - Hasil survei kepatuhan pelayanan publik 2018 dari Ombudsman RI sudah diterima "
        f"pemerintah daerah. Dengan nilai {score}, {entity} berada di zona {zone}. Kepala perwakilan "
        "Ombudsman meminta perbaikan sarana pengaduan."
    )


ARTICLES = [
    ("https://sumselpos.example/lahat", "2018-12-12", _release("LAHAT", "Kabupaten Lahat", "85,00", "hijau")),
    ("https://palembangnews.example/lahat", "2018-12-14", _survey("Kabupaten Lahat", "85,00", "kuning")),
    ("https://sumselpos.example/prabumulih", "2018-12-12", _release("PRABUMULIH", "Kota Prabumulih", "85,00", "hijau")),
    ("https://palembangnews.example/prabumulih", "2018-12-15", _survey("Kota Prabumulih", "85,00", "kuning")),
    (
        "https://kabarpusat.example/kemenag",
        "2019-01-16",
        "JAKARTA - Ombudsman RI mengumumkan hasil Penilaian Kepatuhan terhadap Standar Pelayanan Publik tahun "
        "2018 bagi kementerian dan lembaga. Kementerian Agama memperoleh nilai 85,00 dan ditempatkan pada zona "
        "hijau. Inspektur jenderal kementerian itu menyebut hasil tersebut dipakai untuk membenahi layanan.",
    ),
    (
        "https://warta-negeri.example/kementerian",
        "2019-01-18",
        "JAKARTA - Hasil penilaian kepatuhan pelayanan publik 2018 dari Ombudsman Republik Indonesia telah "
        "diserahkan kepada sejumlah kementerian. Dengan nilai 85,00, Kementerian Agama masuk zona kuning. "
        "Ombudsman meminta kementerian tersebut melengkapi maklumat pelayanan.",
    ),
]


@pytest.fixture
def corpus_file(sqlite_url):
    with Corpus.open(sqlite_url) as corpus:
        for i, (url, published, text) in enumerate(ARTICLES):
            corpus.ingest_article({"id": f"bs-{i}", "url": url, "published": published, "text": text})
        corpus.consolidate()
        rows = {r["entity"]: r for r in corpus.iter_dataset()}
    return sqlite_url.removeprefix("sqlite:///"), rows


def test_two_outlets_printing_the_two_attested_systems_are_no_conflict(corpus_file):
    _, rows = corpus_file
    lahat = rows["Kabupaten Lahat"]
    assert lahat["year"] == 2018 and lahat["score"] == 85.0 and lahat["n_sources"] == 2
    assert lahat["zone_conflict"] is False and lahat["conflict"] is False and lahat["conflicts"] is None
    assert lahat["band_systems"] == {
        "zone": {"hijau": {"n_sources": 1, "bands": [REGIONAL]}, "kuning": {"n_sources": 1, "bands": [KL]}}
    }
    # a kota was only ever given the regional bands; a ministry only its own (hijau from 89):
    # the same two zones at the same score are a conflict, as the audit reports them
    for name in ("Kota Prabumulih", "Kementerian Agama"):
        row = rows[name]
        assert row["year"] == 2018 and row["score"] == 85.0, name
        assert row["zone_conflict"] is True and row["band_systems"] is None, name
        assert row["conflicts"] == {"zone": {"hijau": 1, "kuning": 1}}, name


def test_canned_queries_list_the_difference_apart_from_the_disagreements(corpus_file):
    path, _ = corpus_file
    queries = metadata()["databases"]["corpus"]["queries"]
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row

    def run(name):
        return [dict(r) for r in con.execute(queries[name]["sql"])]

    disagreeing = {(r["entity"], r["zone"]) for r in run("outlet_disagreements")}
    assert disagreeing == {(e, z) for e in ("Kota Prabumulih", "Kementerian Agama") for z in ("hijau", "kuning")}
    differing = run("band_system_differences")
    assert {(r["entity"], r["zone"], r["outlet"]) for r in differing} == {
        ("Kabupaten Lahat", "hijau", "sumselpos.example"),
        ("Kabupaten Lahat", "kuning", "palembangnews.example"),
    }
    for r in differing:
        assert {v: e["bands"] for v, e in json.loads(r["band_systems"])["zone"].items()} == {
            "hijau": [REGIONAL],
            "kuning": [KL],
        }


def _rows(entity_type: str, claims: list[tuple[float | None, str | None]]) -> list[dict]:
    """One record per source: (score, zone)."""
    return [
        dict(
            record_id=i,
            entity="Kabupaten Empat Lawang",
            entity_type=entity_type,
            region_code="16.11",
            province="Sumatera Selatan",
            parent=None,
            score=score,
            rank=None,
            rank_scope=None,
            zone=zone,
            grade=None,
            opinion=None,
            article_id=i,
            source=i,
            url=f"https://outlet{i}.example/empat-lawang",
            seen=f"2019-01-0{i}",
        )
        for i, (score, zone) in enumerate(claims, 1)
    ]


def _group(year: int, claims, entity_type: str = "kabupaten") -> dict:
    return consolidate_group("R:16.11", year, _rows(entity_type, claims), None, ScoringScheme.load())


def test_a_source_without_a_score_is_read_at_the_others_score():
    row = _group(2019, [(84.6, "hijau"), (None, "kuning"), (84.6, "hijau")])
    assert row["conflict"] is False and set(row["band_systems"]["zone"]) == {"hijau", "kuning"}
    assert row["band_systems"]["zone"]["hijau"]["n_sources"] == 2


@pytest.mark.parametrize(
    "year,claims,why",
    [
        (2021, [(85.0, "hijau"), (85.0, "kuning")], "one band system in 2021"),
        (2018, [(82.5, "hijau"), (86.0, "kuning")], "scores 3.5 apart: a disagreement about the score"),
        (2018, [(85.0, "hijau"), (85.0, "kuning"), (85.0, "merah")], "merah at 85 fits no system"),
        (2018, [(45.0, "hijau"), (45.0, "merah")], "hijau at 45 fits no system"),
    ],
)
def test_look_alikes_stay_conflicts(year, claims, why):
    row = _group(year, claims)
    assert row["zone_conflict"] is True and row["conflict"] is True, why
    assert row["band_systems"] is None, why


def test_without_a_scheme_every_difference_is_a_conflict():
    row = consolidate_group("R:16.11", 2018, _rows("kabupaten", [(85.0, "hijau"), (85.0, "kuning")]))
    assert row["zone_conflict"] is True and row["band_systems"] is None
