"""The writers of `kepatuhan export` (corpus/export.py): one per format, each taking rows in
chunks, converting each column's values to what the format holds (JSON text, ISO dates, Arrow
types), and able to abort, leaving nothing the export would publish."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fileio.csvsafe import SafeWriter

from corpus.columns import Column

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
    if t == "datetime":  # an empty cell for "" as for a date
        return lambda v: dt.isoformat() if (dt := _to_datetime(v)) else ""
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
        return lambda v: dt.isoformat() if (dt := _to_datetime(v)) else None
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
