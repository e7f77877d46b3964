"""The `kepatuhan ingest | export | stats | consolidate` commands, and file/WARC ingest."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus.ingest_files import ingest
from kepatuhan.cli import app
from test_corpus_data import ARTICLES, article_items, page_html
from test_corpus_store import open_corpus, snapshot

REPO = Path(__file__).resolve().parents[1]
KEPATUHAN = (
    [str(REPO / ".venv/bin/kepatuhan")]
    if (REPO / ".venv/bin/kepatuhan").exists()
    else [sys.executable, "-c", "from kepatuhan.cli import main; main()"]
)


def _write_jsonl(path: Path, items: list, extra_lines: list[str] = ()) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
        for line in extra_lines:
            fh.write(line + "\n")
    return path


@pytest.mark.slow
def test_two_kepatuhan_ingest_processes_on_one_sqlite_file_lose_nothing(sqlite_url, tmp_path):
    """Two real `kepatuhan ingest` processes (real cleaner and extractor) at once. The same on
    PostgreSQL, through the API, is in test_corpus_db."""
    items = article_items()
    # both files carry the Lebong release; each has articles of its own and one broken line
    f1 = _write_jsonl(tmp_path / "satu.jsonl", items[:3] + items[5:], ['{"id": "rusak", "text": '])
    f2 = _write_jsonl(tmp_path / "dua.jsonl", items[:1] + items[3:5], ['{"id": "kosong"}'])
    procs = [
        subprocess.Popen(
            KEPATUHAN + ["ingest", str(f), "--db", sqlite_url],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in (f1, f2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [1, 1], outs  # 1: some lines failed, the rest stored
    assert f"{f1}:5: not valid JSON" in outs[0][1]
    assert f'{f2}:4: needs a non-empty "text" or "html" field' in outs[1][1]

    with open_corpus(sqlite_url) as corpus:
        counts = corpus.table_counts()
        assert counts["articles"] == 5 and counts["runs"] == 2  # the shared release stored once
        assert {a["url"] for a in corpus.iter_articles()} == {u for u, _p, _t in ARTICLES[:5]}
        assert counts["records"] >= 5 and counts["dataset"] >= 2
        assert {r["status"] for r in corpus.recent_runs()} == {"partial"}
    con = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_ingest_warc_archive(sqlite_url, tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "arsip.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url, published, text in ARTICLES[:2] + ARTICLES[5:]:
            body = page_html("Berita", text, url, published).encode("utf-8")
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record(
                "https://wartarejang.id/foto.jpg", "response", payload=io.BytesIO(b"\xff\xd8\xff"), http_headers=img
            )
        )
        gone = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record(
                "https://wartarejang.id/hilang",
                "response",
                payload=io.BytesIO(b"<html>tidak ada</html>"),
                http_headers=gone,
            )
        )
    with open_corpus(sqlite_url) as corpus:
        report = ingest(corpus, [path])
        assert report.counts["relevant"] == 2 and report.counts["irrelevant"] == 1 and not report.errors
        assert report.counts["duplicates"] == 1  # the syndicated copy
        assert corpus.page_html(ARTICLES[0][0]).startswith("<!doctype html>")
        assert corpus.seen("https://wartarejang.id/hilang").outcome == "error"
        assert not corpus.is_seen("https://wartarejang.id/foto.jpg")
        before = snapshot(corpus)
        again = ingest(corpus, [path])
        assert again.counts["unchanged"] == 3 and snapshot(corpus) == before


def test_ingest_names_the_file_and_line_of_every_bad_input_and_goes_on(sqlite_url, tmp_path):
    items = article_items()
    f = _write_jsonl(tmp_path / "campur.jsonl", items[:2], ["[1, 2]", "", '{"text": 5}', "{tidak valid"])
    with open(f, "a") as fh:
        fh.write(json.dumps(items[2]) + "\n")
    with open_corpus(sqlite_url) as corpus:
        report = ingest(corpus, [f, tmp_path / "tidak-ada.jsonl"])
        assert report.counts["relevant"] == 3
        assert report.errors == [
            f"{f}:3: expected a JSON object, got list",
            f'{f}:5: needs a non-empty "text" or "html" field',
            f"{f}:6: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
            f"{tmp_path / 'tidak-ada.jsonl'}: no such file",
        ]


def test_export_stats_and_consolidate_commands(sqlite_url, tmp_path):
    with open_corpus(sqlite_url) as corpus:
        for item in article_items():
            corpus.ingest_article(item)
    runner = CliRunner()
    res = runner.invoke(app, ["consolidate", "--db", sqlite_url])
    assert res.exit_code == 0 and "dataset: 3 entity-years" in res.output
    res = runner.invoke(app, ["export", "--format", "parquet", "--out", str(tmp_path / "ex"), "--db", sqlite_url])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in (tmp_path / "ex").iterdir()) == [
        "DATASET.md",
        "articles.parquet",
        "datapackage.json",
        "dataset.parquet",
        "officials.parquet",
        "records.parquet",
    ]
    res = runner.invoke(app, ["stats", "--db", sqlite_url])
    assert res.exit_code == 0
    assert "3 entity-years" in res.output and "Bengkulu" in res.output and "1 with conflicts" in res.output


def test_commands_take_the_database_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KEPATUHAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KEPATUHAN_DB", raising=False)
    res = CliRunner().invoke(app, ["stats"])
    assert res.exit_code == 0 and (tmp_path / "data" / "kepatuhan.sqlite").exists()
    monkeypatch.setenv("KEPATUHAN_DB", f"sqlite:///{tmp_path / 'lain.sqlite'}")
    assert CliRunner().invoke(app, ["stats"]).exit_code == 0 and (tmp_path / "lain.sqlite").exists()


def test_commands_refuse_a_corrupt_database_with_a_clear_message(tmp_path):
    bad = tmp_path / "rusak.sqlite"
    bad.write_bytes(b"bukan basis data " * 100)
    for args in (["stats"], ["export", "--out", str(tmp_path / "o")], ["consolidate"]):
        res = CliRunner().invoke(app, [*args, "--db", f"sqlite:///{bad}"])
        assert res.exit_code == 2 and "not a database" in res.output, res.output
    assert not (tmp_path / "o").exists()


def test_export_to_an_unusable_directory_exits_2(sqlite_url, tmp_path):
    target = tmp_path / "berkas"
    target.write_text("x")
    res = CliRunner().invoke(app, ["export", "--out", str(target / "sub"), "--db", sqlite_url])
    assert res.exit_code == 2 and "berkas" in res.output


def test_ingest_into_a_locked_database_stops_with_exit_2_and_loses_nothing(sqlite_url, tmp_path, monkeypatch):
    path = sqlite_url.removeprefix("sqlite:///")
    with open_corpus(sqlite_url) as corpus:
        corpus.ingest_article(article_items()[0])
    f = _write_jsonl(tmp_path / "in.jsonl", article_items()[1:3])
    monkeypatch.setenv("KEPATUHAN_DB_TIMEOUT", "0.3")
    monkeypatch.setattr("corpus.config.DEFAULT_BUSY_TIMEOUT_S", 0.3)  # (the variable is read at each open)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the write lock for the whole batch
    try:
        res = CliRunner().invoke(app, ["ingest", str(f), "--db", sqlite_url])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert res.exit_code == 2 and "locked" in res.output and path in res.output, res.output
    with open_corpus(sqlite_url) as corpus:
        assert corpus.table_counts()["articles"] == 1 and corpus.table_counts()["records"] == 1


@pytest.mark.slow
def test_reextract_command_reruns_the_real_extractor_over_stored_articles(sqlite_url):
    from extract import EXTRACTOR_VERSION

    with open_corpus(sqlite_url, version="0.0.lama") as corpus:  # stored by an older extractor
        for item in article_items():
            corpus.ingest_article(item)
        n_articles = corpus.table_counts()["articles"]
    res = CliRunner().invoke(app, ["reextract", "--db", sqlite_url])
    assert res.exit_code == 0, res.output
    assert f"re-extracted {n_articles} articles with extractor {EXTRACTOR_VERSION}" in res.output
    with open_corpus(sqlite_url, version=EXTRACTOR_VERSION) as corpus:
        assert corpus.table_counts()["articles"] == n_articles  # nothing refetched or added
        assert {a["extractor_version"] for a in corpus.iter_articles()} == {EXTRACTOR_VERSION}
        recs = list(corpus.iter_records())
        assert recs and {r["extractor_version"] for r in recs} == {EXTRACTOR_VERSION}
        lebong = [r for r in recs if r["entity_key"] == "R:17.07" and r["year"] == 2023]
        assert {r["score"] for r in lebong} >= {92.0, 90.2}  # the real rules read the fixture scores
        assert "re-extracted 0 articles" in CliRunner().invoke(app, ["reextract", "--db", sqlite_url]).output
