"""`kepatuhan browse`: the corpus in Datasette, queried through its JSON API on a real port."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kepatuhan.browse import copy_to_sqlite, metadata
from corpus.store import Corpus
from test_corpus_data import article_items

REPO = Path(__file__).resolve().parents[1]
KEPATUHAN = (
    [str(REPO / ".venv/bin/kepatuhan")]
    if (REPO / ".venv/bin/kepatuhan").exists()
    else [sys.executable, "-c", "from kepatuhan.cli import main; main()"]
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str) -> dict | list:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as resp:
        return json.loads(resp.read())


def _build(url: str) -> None:
    with Corpus.open(url) as corpus:
        for item in article_items():
            corpus.ingest_article(item)
        corpus.consolidate()


@pytest.fixture
def served(sqlite_url, tmp_path):
    _build(sqlite_url)
    port = _free_port()
    proc = subprocess.Popen(
        [*KEPATUHAN, "browse", "--db", sqlite_url, "--port", str(port), "--work-dir", str(tmp_path / "browse")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                _get(port, "/-/versions.json")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out, err = proc.communicate(timeout=5) if proc.poll() is not None else ("", "")
                    pytest.fail(f"browse did not start (exit {proc.poll()}): {err[-2000:]}")
                time.sleep(0.3)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_browse_serves_facets_descriptions_and_canned_queries(served):
    port = served
    dataset = _get(port, "/corpus/dataset.json?_shape=objects")
    facets = dataset["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.x nests them
    assert {"province", "year", "zone", "grade"} <= set(facets)
    years = {f["value"]: f["count"] for f in facets["year"]["results"]}
    assert years[2023] >= 1 and years[2024] >= 1
    assert {f["value"] for f in facets["province"]["results"]} == {"Bengkulu"}

    # entity history: every source for Lebong, each with its article and evidence
    rows = _get(port, "/corpus/entity_history.json?entity=Lebong&_shape=array")
    lebong = [r for r in rows if r["entity"] == "Kabupaten Lebong" and r["year"] == 2023]
    assert {r["score"] for r in lebong} == {92.0, 90.2}
    assert all(r["article_url"].startswith("https://") and r["evidence_text"] for r in lebong)
    assert {r["consolidated_score"] for r in lebong} == {92.0}

    # outlet disagreements: the outlet that wrote 90,20 is there beside the majority
    rows = _get(port, "/corpus/outlet_disagreements.json?_shape=array")
    assert {(r["entity"], r["score"]) for r in rows} >= {("Kabupaten Lebong", 92.0), ("Kabupaten Lebong", 90.2)}

    # a record links to its article (foreign key, labelled by the title)
    rec = _get(port, f"/corpus/record_evidence.json?record_id={lebong[0]['record_id']}&_shape=array")
    assert rec[0]["article_id"] == lebong[0]["article_id"] and rec[0]["evidence_text"]
    table = _get(port, f"/corpus/records.json?id={lebong[0]['record_id']}&_labels=on&_shape=array")
    assert table[0]["article_id"]["value"] == lebong[0]["article_id"]

    # the audit's findings, and the column descriptions from corpus/columns.py
    findings = _get(port, "/audit/audit_findings.json?_shape=array")
    assert any(f["kind"] == "outlet_disagreement" and f["entity"] == "Kabupaten Lebong" for f in findings)
    meta = _get(port, "/-/metadata.json")
    assert "duplicate clusters" in meta["databases"]["corpus"]["tables"]["dataset"]["columns"]["n_sources"]
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/audit-report/report.html", timeout=10) as resp:
        assert resp.status == 200 and b"<table" in resp.read()


def test_postgresql_corpus_is_copied_to_sqlite_for_datasette(pg_url, tmp_path):
    import sqlite3

    _build(pg_url)
    dest = copy_to_sqlite(pg_url, tmp_path / "corpus.sqlite")
    con = sqlite3.connect(dest)
    with Corpus.open(pg_url) as corpus:
        counts = corpus.table_counts()
    for table in ("articles", "records", "dataset"):
        assert con.execute(f"select count(*) from {table}").fetchone()[0] == counts[table] > 0
    assert con.execute("select count(*) from pages where raw_html is not null").fetchone()[0] == 0
    # the canned queries run on the copy
    for q in metadata()["databases"]["corpus"]["queries"].values():
        con.execute(q["sql"], {"entity": "Lebong", "record_id": 1}).fetchall()
