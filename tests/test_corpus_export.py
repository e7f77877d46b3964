"""Exports: open in pandas and pyarrow with the declared types, datapackage.json validates with
frictionless, DATASET.md tells the coverage; failures (unwritable directory, full disk) leave
no partial file looking complete."""

from __future__ import annotations

import errno
import json
import os

import pandas as pd
import pyarrow.parquet as pq
import pytest

from corpus import export as export_mod
from corpus.columns import TABLES, arrow_schema, columns, pandas_dtypes
from corpus.export import ExportError, export
from test_corpus_data import article_items
from test_corpus_store import open_corpus


def _fill(url):
    corpus = open_corpus(url)
    for item in article_items():
        corpus.ingest_article(item)
    corpus.consolidate()
    return corpus


@pytest.fixture
def filled_any(db_url):
    """A filled corpus on SQLite and on PostgreSQL (for the tests about what is exported)."""
    corpus = _fill(db_url)
    yield corpus
    corpus.close()


@pytest.fixture
def filled(sqlite_url):
    """A filled corpus on SQLite (for the tests about files, not databases)."""
    corpus = _fill(sqlite_url)
    yield corpus
    corpus.close()


def test_csv_export_opens_in_pandas_with_declared_types_and_validates(filled_any, tmp_path):
    from frictionless import validate

    out = tmp_path / "csv"
    res = export(filled_any, out, "csv", with_text=True)
    assert res.counts == {"records": 6, "officials": 6, "articles": 5, "dataset": 3}
    report = validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])

    pkg = json.loads((out / "datapackage.json").read_text())
    for res_desc in pkg["resources"]:
        table = res_desc["name"]
        declared = [f["name"] for f in res_desc["schema"]["fields"]]
        assert declared == [c.name for c in columns(table, with_text=True)]
        assert all(f["description"] for f in res_desc["schema"]["fields"])
        dates = [c.name for c in columns(table, True) if c.type in ("date", "datetime")]
        df = pd.read_csv(out / res_desc["path"], dtype=pandas_dtypes(table, True), parse_dates=dates)
        assert list(df.columns) == declared
        for c in columns(table, True):
            kind = df[c.name].dtype
            expected = {
                "integer": "Int64",
                "number": "Float64",
                "boolean": "boolean",
                "string": "string",
                "array": "string",
                "object": "string",
            }.get(c.type)
            if expected:
                assert str(kind) == expected, (table, c.name, kind)
            else:
                assert str(kind).startswith("datetime64"), (table, c.name, kind)

    dataset = pd.read_csv(out / "dataset.csv", dtype=pandas_dtypes("dataset"), parse_dates=["first_seen", "last_seen"])
    lebong = dataset[dataset.entity_key == "R:17.07"].iloc[0]
    assert lebong.score == 92.0 and lebong.n_sources == 3 and bool(lebong.score_conflict)
    assert json.loads(lebong.conflicts) == {"score": {"92.00": 2, "90.20": 1}}
    assert len(json.loads(lebong.source_urls)) == 4
    articles = pd.read_csv(out / "articles.csv", dtype=pandas_dtypes("articles", True))
    assert articles.text.str.contains("Ombudsman").all()


def test_parquet_export_has_the_declared_arrow_types(filled_any, tmp_path):
    out = tmp_path / "pq"
    export(filled_any, out, "parquet")
    for table in TABLES:
        t = pq.read_table(out / f"{table}.parquet")
        assert t.schema.equals(arrow_schema(table), check_metadata=False), table
    records = pq.read_table(out / "records.parquet").to_pandas()
    assert len(records) == 6 and set(records.year) == {2023, 2024}
    assert records.loc[records.score == 84.22, "entity"].item() == "Provinsi Bengkulu"
    assert str(records.published.iloc[0]) == "2024-01-10"
    pkg = json.loads((out / "datapackage.json").read_text())
    assert {r["format"] for r in pkg["resources"]} == {"parquet"}
    assert "text" not in pq.read_table(out / "articles.parquet").column_names


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_jsonl_and_parquet_datapackages_validate(filled, tmp_path, fmt):
    from frictionless import validate

    export(filled, tmp_path / fmt, fmt)
    report = validate(str(tmp_path / fmt / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_jsonl_export_keeps_native_json_types(filled, tmp_path):
    out = tmp_path / "jl"
    export(filled, out, "jsonl")
    rows = [json.loads(line) for line in (out / "dataset.jsonl").read_text().splitlines()]
    lebong = next(r for r in rows if r["entity_key"] == "R:17.07")
    assert lebong["conflicts"] == {"score": {"92.00": 2, "90.20": 1}} and lebong["score_conflict"] is True
    recs = pd.read_json(out / "records.jsonl", lines=True)
    assert len(recs) == 6 and recs.evidence.map(lambda ev: isinstance(ev, list) and len(ev[0]) == 2).all()


def test_dataset_card_reports_counts_coverage_and_version(filled, tmp_path):
    export(filled, tmp_path / "o", "csv")
    card = (tmp_path / "o" / "DATASET.md").read_text()
    assert "| `records.csv` | 6 |" in card and "| `dataset.csv` | 3 |" in card
    assert "| province | 2023 | 2024 | total |" in card and "| Bengkulu | 2 | 1 | 3 |" in card
    assert "`test-1` (6)" in card and "## How to cite" in card and "## Known limits" in card
    assert "1 have sources that disagree" in card


def test_unwritable_output_directory_is_a_clear_error(filled, tmp_path):
    if os.geteuid() == 0:  # root writes anywhere: make the "directory" a file instead
        target = tmp_path / "bukan-folder"
        target.write_text("x")
        with pytest.raises(ExportError, match="bukan-folder"):
            export(filled, target / "out", "csv")
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        with pytest.raises(ExportError, match="cannot write to the output directory"):
            export(filled, ro, "csv")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_full_disk_leaves_no_partial_file_and_keeps_the_previous_export(filled, tmp_path, monkeypatch, fmt):
    out = tmp_path / "out"
    export(filled, out, fmt)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    real_open_writer = export_mod.open_writer

    def open_writer(fmt_, path, table, with_text):
        w = real_open_writer(fmt_, path, table, with_text)
        if table == "articles":  # the disk fills up while the third file is written

            def write(rows):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

            w.write = write
        return w

    monkeypatch.setattr(export_mod, "open_writer", open_writer)
    with pytest.raises(ExportError) as info:
        export(filled, out, fmt)
    assert "No space left on device" in str(info.value) and f"articles.{fmt}" in str(info.value)
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after == before  # no .partial left, the complete earlier export untouched


def test_export_streams_in_chunks(filled, tmp_path, monkeypatch):
    sizes = []
    real = export_mod.CsvWriter.write

    def write(self, rows):
        sizes.append(len(rows))
        return real(self, rows)

    monkeypatch.setattr(export_mod.CsvWriter, "write", write)
    export(filled, tmp_path / "c", "csv", chunk=2, tables=["records"])
    assert sizes == [2, 2, 2]


def test_unknown_format_is_refused(filled, tmp_path):
    with pytest.raises(ExportError, match="unknown export format 'xlsx'"):
        export(filled, tmp_path, "xlsx")
