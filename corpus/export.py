"""`kepatuhan export`: records, officials, articles and the consolidated dataset as CSV, JSON
lines or Parquet, with a Frictionless `datapackage.json` and a `DATASET.md` card.

Streaming: rows come from the database in chunks (server-side cursor on PostgreSQL) and go
straight to the writer (Parquet: one row group per chunk), so memory does not grow with the
corpus. Atomic (fileio.outfile.PendingFile): every file is written under a hidden temporary
name, fsync'ed, and renamed only when all of them are complete, `datapackage.json` last; on any
error (disk full, permission) the temporary files are removed and an ExportError says which file failed. A directory with a
`datapackage.json` therefore always holds a complete export.

The writers of each format are in corpus/table_writers.py, the datapackage and the card in
corpus/datapackage.py.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from fileio.outfile import PendingFile

from corpus.columns import TABLE_NAMES, arrow_schema, columns
from corpus.datapackage import ExportResult, datapackage, dataset_card
from corpus.table_writers import CsvWriter, JsonlWriter, ParquetWriter

if TYPE_CHECKING:
    from corpus.store import Corpus

FORMATS = ("csv", "jsonl", "parquet")
CHUNK = 20_000


class ExportError(RuntimeError):
    """The export could not be completed; no partial file was left behind."""


def open_writer(fmt: str, path: Path, table: str, with_text: bool):
    cols = columns(table, with_text)
    if fmt == "csv":
        return CsvWriter(path, cols)
    if fmt == "jsonl":
        return JsonlWriter(path, cols)
    return ParquetWriter(path, cols, arrow_schema(table, with_text))


def write_table(
    rows: Iterable[tuple | dict],
    path: Path,
    fmt: str,
    table: str,
    with_text: bool = False,
    chunk: int = CHUNK,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Stream `rows` (tuples in the table's column order, or dicts) into `path` in chunks.
    Returns the row count."""
    names = [c.name for c in columns(table, with_text)]
    w = open_writer(fmt, path, table, with_text)
    n = 0
    try:
        buf: list[tuple] = []
        for r in rows:
            buf.append(tuple(r.get(k) for k in names) if isinstance(r, dict) else r)
            if len(buf) >= chunk:
                w.write(buf)
                n += len(buf)
                if progress:
                    progress(len(buf))
                buf = []
        if buf or (n == 0 and fmt == "parquet"):
            w.write(buf)
            n += len(buf)
            if progress and buf:
                progress(len(buf))
    except BaseException:
        w.abort()
        raise
    w.close()
    return n


# -- the export --------------------------------------------------------------------------------


def _check_out_dir(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the output directory {out_dir}: {exc.strerror or exc}") from exc
    if not out_dir.is_dir():
        raise ExportError(f"the output path {out_dir} exists and is not a directory")
    probe = out_dir / f".kepatuhan-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ExportError(f"cannot write to the output directory {out_dir}: {exc.strerror or exc}") from exc


def _iter_table(corpus: "Corpus", table: str, with_text: bool, chunk: int = CHUNK) -> Iterator[tuple]:
    """The table's rows as tuples in its column order, fetched `chunk` at a time (server-side
    cursor on PostgreSQL); JSON columns come as JSON text, never decoded."""
    import corpus.queries as queries

    stmt = {
        "records": lambda: queries.records_query(raw_json=True),
        "officials": lambda: queries.officials_query(raw_json=True),
        "articles": lambda: queries.articles_query(with_text, raw_json=True),
        "dataset": lambda: queries.dataset_query(raw_json=True),
    }[table]()
    names = [c.name for c in columns(table, with_text)]
    with corpus.reader.connect() as conn:
        result = conn.execute(stmt, execution_options={"yield_per": chunk, "stream_results": True})
        keys = list(result.keys())
        idx = [keys.index(n) for n in names]
        same = idx == list(range(len(keys)))
        for part in result.partitions():
            for row in part:
                yield tuple(row) if same else tuple(row[i] for i in idx)


def export(
    corpus: "Corpus",
    out_dir: str | Path,
    fmt: str = "csv",
    with_text: bool = False,
    tables: Iterable[str] = TABLE_NAMES,
    chunk: int = CHUNK,
    progress: Callable[[str, int], None] | None = None,
) -> ExportResult:
    """Export the corpus tables to `out_dir` in `fmt`, then `datapackage.json` and `DATASET.md`.

    Consolidate first (`corpus.consolidate()`) for an up-to-date `dataset` table."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    _check_out_dir(out)
    tables = list(tables)
    result = ExportResult(out, fmt)
    partials: list[PendingFile] = []

    def partial_for(name: str) -> Path:
        pending = PendingFile(out / name)
        partials.append(pending)
        return pending.write_path

    current = None
    try:
        for table in tables:
            name = f"{table}.{fmt}"
            current = out / name
            n = write_table(
                _iter_table(corpus, table, with_text, chunk),
                partial_for(name),
                fmt,
                table,
                with_text,
                chunk,
                None if progress is None else functools.partial(progress, table),
            )
            result.counts[table] = n
            result.files[table] = out / name
        from corpus.stats import stats

        st = stats(corpus)
        current = out / "DATASET.md"
        partial_for("DATASET.md").write_text(dataset_card(corpus, st, result, with_text), encoding="utf-8")
        current = out / "datapackage.json"
        partial_for("datapackage.json").write_text(
            json.dumps(datapackage(result, with_text, corpus), ensure_ascii=False, indent=2), encoding="utf-8"
        )
        for pending in partials:
            pending.finish_writing()  # on disk before any rename publishes it
    except BaseException as exc:
        for pending in partials:
            pending.discard()
        if isinstance(exc, OSError):
            raise ExportError(
                f"writing {current} failed: {exc.strerror or exc}; the export was abandoned and "
                f"its partial files removed"
            ) from exc
        raise
    # the datapackage goes last: its presence marks a complete export
    for pending in partials:
        pending.commit()
    result.files["DATASET.md"] = out / "DATASET.md"
    result.files["datapackage.json"] = out / "datapackage.json"
    return result
