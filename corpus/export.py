"""`kepatuhan export`: records, officials, articles and the consolidated dataset as CSV, JSON
lines or Parquet, with a Frictionless `datapackage.json` and a `DATASET.md` card.

Streaming: rows come from the database in chunks (server-side cursor on PostgreSQL) and go
straight to the writer (Parquet: one row group per chunk), so memory does not grow with the
corpus. Atomic (fileio.outfile.PendingFile): every file is written under a hidden temporary
name, fsync'ed, and renamed only when all of them are complete, `datapackage.json` last; on any
error (disk full, permission) the temporary files are removed and an ExportError says which file failed. A directory with a
`datapackage.json` therefore always holds a complete export.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fileio.csvsafe import SafeWriter
from fileio.outfile import PendingFile

from corpus.columns import TABLE_DESCRIPTIONS, Column, arrow_schema, columns

if TYPE_CHECKING:
    from corpus.store import Corpus

FORMATS = ("csv", "jsonl", "parquet")
TABLE_NAMES = ("records", "officials", "articles", "dataset")
PRIMARY_KEYS = {
    "records": ["record_id"],
    "officials": ["official_id"],
    "articles": ["article_id"],
    "dataset": ["entity_key", "year"],
}
CHUNK = 20_000


class ExportError(RuntimeError):
    """The export could not be completed; no partial file was left behind."""


@dataclass
class ExportResult:
    out_dir: Path
    fmt: str
    files: dict[str, Path] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


# -- value conversion --------------------------------------------------------------------------


def _json_text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, str):  # already JSON text (some drivers hand JSON back undecoded)
        return v
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def _to_date(v: Any) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _to_datetime(v: Any) -> datetime | None:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.replace(tzinfo=None, microsecond=0)
    return datetime.fromisoformat(str(v)).replace(tzinfo=None, microsecond=0)


def _csv_converter(col: Column) -> Callable[[Any], Any] | None:
    """Value -> CSV cell for one column (None: the value is written as it is)."""
    t = col.type
    if t in ("array", "object"):
        return _json_text
    if t == "boolean":
        return lambda v: "true" if v else "false"
    if t == "date":
        return lambda v: d.isoformat() if (d := _to_date(v)) else ""
    if t == "datetime":
        return lambda v: _to_datetime(v).isoformat()
    if t == "number":
        return lambda v: repr(float(v))
    return None


def _json_converter(col: Column) -> Callable[[Any], Any] | None:
    t = col.type
    if t in ("array", "object"):
        return lambda v: json.loads(v) if isinstance(v, str) else v
    if t == "date":
        return lambda v: d.isoformat() if (d := _to_date(v)) else None
    if t == "datetime":
        return lambda v: _to_datetime(v).isoformat()
    if t == "boolean":
        return bool
    if t == "number":
        return float
    return None


def _arrow_converter(col: Column) -> Callable[[Any], Any] | None:
    t = col.type
    if t in ("array", "object"):
        return _json_text
    if t == "date":
        return _to_date
    if t == "datetime":
        return _to_datetime
    if t == "boolean":
        return bool
    if t == "number":
        return float
    if t == "integer":
        return int
    return None


def _convert(rows: list[tuple], convs: list) -> Iterator[list]:
    """Apply per-column converters (None values stay None)."""
    for r in rows:
        yield [v if (v is None or f is None) else f(v) for v, f in zip(r, convs)]


# -- writers: each takes chunks of tuples in column order ---------------------------------------


class CsvWriter:
    def __init__(self, path: Path, cols: list[Column]):
        self.cols = cols
        self.convs = [_csv_converter(c) for c in cols]
        self.fh = open(path, "w", encoding="utf-8", newline="")
        self.w = SafeWriter(self.fh)  # spreadsheet formulas neutralised (OWASP); JSONL/Parquet stay exact
        self.w.writerow([c.name for c in cols])

    def write(self, rows: list[tuple]) -> None:
        self.w.writerows(_convert(rows, self.convs))  # csv writes None as ""

    def close(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()

    def abort(self) -> None:
        self.fh.close()


class JsonlWriter:
    def __init__(self, path: Path, cols: list[Column]):
        self.names = [c.name for c in cols]
        self.convs = [_json_converter(c) for c in cols]
        self.fh = open(path, "w", encoding="utf-8")

    def write(self, rows: list[tuple]) -> None:
        names = self.names
        self.fh.write(
            "".join(json.dumps(dict(zip(names, r)), ensure_ascii=False) + "\n" for r in _convert(rows, self.convs))
        )

    def close(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()

    def abort(self) -> None:
        self.fh.close()


class ParquetWriter:
    def __init__(self, path: Path, cols: list[Column], schema):
        import pyarrow.parquet as pq

        self.cols, self.schema = cols, schema
        self.convs = [_arrow_converter(c) for c in cols]
        self.w = pq.ParquetWriter(str(path), schema, compression="zstd")

    def write(self, rows: list[tuple]) -> None:
        import pyarrow as pa

        arrays = []
        for i, (c, f) in enumerate(zip(self.cols, self.convs)):
            vals = [r[i] for r in rows]
            if f is not None:
                vals = [None if v is None else f(v) for v in vals]
            arrays.append(pa.array(vals, type=self.schema.field(c.name).type))
        self.w.write_table(pa.Table.from_arrays(arrays, schema=self.schema))

    def close(self) -> None:
        self.w.close()

    def abort(self) -> None:
        try:
            self.w.close()
        except Exception:  # noqa: BLE001 - the file is being discarded anyway
            pass


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
                (lambda k, t=table: progress(t, k)) if progress else None,
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


def datapackage(result: ExportResult, with_text: bool, corpus: "Corpus | None" = None) -> dict:
    media = {"csv": "text/csv", "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet"}
    resources = []
    for table, path in result.files.items():
        if table not in TABLE_NAMES:
            continue
        fields = []
        for c in columns(table, with_text):
            f: dict[str, Any] = {"name": c.name, "type": c.type, "description": c.description}
            if c.enum:
                f["constraints"] = {"enum": list(c.enum)}
            fields.append(f)
        res: dict[str, Any] = {
            "name": table,
            "path": path.name,
            "format": result.fmt,
            "mediatype": media[result.fmt],
            "description": TABLE_DESCRIPTIONS[table],
            "schema": {"fields": fields, "primaryKey": PRIMARY_KEYS[table]},
        }
        if result.fmt != "parquet":
            res["encoding"] = "utf-8"
        # "": an empty CSV cell; "nan": how readers going through pandas (frictionless's parquet
        # plugin among them) see a null integer
        res["schema"]["missingValues"] = ["", "nan"] if result.fmt == "parquet" else [""]
        resources.append(res)
    return {
        "name": "kepatuhan-ombudsman-compliance",
        "title": "Ombudsman RI public-service compliance assessments as reported in Indonesian news",
        "description": "Records extracted by kepatuhan from news articles about the Ombudsman RI "
        "'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik', with provenance, and a "
        "consolidated table (one row per entity and assessment year). See DATASET.md.",
        "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "version": _extractor_versions_label(corpus),
        "resources": resources,
    }


def _extractor_versions_label(corpus) -> str:
    if corpus is None:
        return "unknown"
    from corpus.stats import stats as _stats  # noqa: F401 - keep the import light elsewhere
    import sqlalchemy as sa
    from sqlalchemy.orm import Session

    from corpus.models import RecordRow

    with Session(corpus.reader) as s:
        versions = sorted(v for v in s.scalars(sa.select(RecordRow.extractor_version).distinct()) if v)
    return "+".join(versions) or corpus.extractor_version


def dataset_card(corpus: "Corpus", st, result: ExportResult, with_text: bool) -> str:
    from corpus.db import describe

    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    lines = [
        "# Ombudsman RI compliance assessments in Indonesian news: dataset card",
        "",
        f"Generated {now} by kepatuhan from `{describe(corpus.url)}`; format `{result.fmt}`"
        f"{' (with article text)' if with_text else ''}.",
        "",
        "## Contents",
        "",
        "| file | rows | what |",
        "|---|---:|---|",
    ]
    for table, n in result.counts.items():
        lines.append(f"| `{table}.{result.fmt}` | {n:,} | {TABLE_DESCRIPTIONS[table]} |")
    lo, hi = st.published_range
    lines += [
        "",
        f"{st.relevant_articles:,} relevant articles from {st.sites:,} sites, published {lo or '?'} to "
        f"{hi or '?'}; {st.tables.get('dataset', 0):,} entity-years, of which {st.multi_source:,} are "
        f"reported by more than one independent source and {st.conflicts:,} have sources that disagree.",
        "",
        "Extractor versions (records): "
        + (", ".join(f"`{v}` ({n:,})" for v, n in sorted(st.extractor_versions.items())) or "none")
        + ".",
        "",
        "## Coverage by province and assessment year (entity-years)",
        "",
    ]
    if st.coverage:
        years = st.years
        lines.append("| province | " + " | ".join(str(y) for y in years) + " | total |")
        lines.append("|---|" + "---:|" * (len(years) + 1))
        for prov, per in st.coverage.items():
            lines.append(f"| {prov} | " + " | ".join(str(per.get(y, "")) for y in years) + f" | {sum(per.values())} |")
    else:
        lines.append("(no consolidated rows yet: run `kepatuhan consolidate`)")
    lines += [
        "",
        "By entity type: " + (", ".join(f"{t} {n}" for t, n in sorted(st.entity_types.items())) or "none") + ".",
        "",
        "## Method",
        "",
        "Articles are crawled from Indonesian news sites (or brought by the user), cleaned (boilerplate "
        "removed, metadata read), and judged relevant when they report on the Ombudsman RI compliance "
        "assessment. From relevant articles a rule-based extractor (spaCy rules, regular expressions and "
        'a gazetteer of all Indonesian regions) reads each claim "entity E got score/rank/zone/grade/'
        'opinion X in assessment year Y" with character spans of its evidence, and the officials named. '
        "Exact and near-duplicate copies of one press release are grouped into a duplicate cluster. "
        "Consolidation groups claims by entity (region code for governments, normalised name for "
        "ministries, agencies and units) and year; each field takes the value most independent sources "
        "(clusters) report, and disagreements are kept in `conflicts`.",
        "",
        "Column types and descriptions: `datapackage.json` (Frictionless Data Package).",
        "",
        "## Known limits",
        "",
        "- Values are what the press reported, not the official Ombudsman tables; use `kepatuhan audit` to "
        "compare with official results. Government press releases may round, omit or misstate values.",
        "- Extraction is rule-based: claims phrased unusually can be missed or misread; every record links "
        "to its evidence text so it can be checked.",
        "- Coverage follows the crawled outlets: regions whose media were not crawled are under-represented.",
        "- `n_sources` counts duplicate clusters; copies rewritten heavily may count as separate sources.",
        "- Publication dates come from page metadata and may be missing.",
        "",
        "## How to cite",
        "",
        "kepatuhan contributors. *Ombudsman RI compliance assessments in Indonesian news* (dataset, "
        f"extractor {_extractor_versions_label(corpus)}), generated {now[:10]} with kepatuhan. "
        "Please also cite the Ombudsman Republik Indonesia as the assessing body and the outlets "
        "listed in `source_urls` / `article_url`.",
        "",
    ]
    return "\n".join(lines)
