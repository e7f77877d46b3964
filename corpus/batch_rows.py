"""The set-wise statements of the batch store (corpus/batch.py): one driver executemany per
insert, updates by primary key grouped by the columns they set, and evidence spans as the JSON
text SQLAlchemy would write."""

from __future__ import annotations

import json
from typing import cast

import sqlalchemy as sa
from sqlalchemy.orm import Session


RECORD_COLUMNS = (
    "article_id",
    "seq",
    "entity",
    "entity_type",
    "entity_key",
    "region_code",
    "province",
    "parent",
    "year",
    "score",
    "rank",
    "rank_scope",
    "zone",
    "grade",
    "opinion",
    "evidence",
    "evidence_text",
    "extractor_version",
)
OFFICIAL_COLUMNS = ("article_id", "seq", "name", "title", "evidence", "evidence_text", "extractor_version")


def _insert_rows(s: Session, model, cols: tuple[str, ...], rows: list[tuple]) -> None:
    """INSERT the rows (tuples in `cols` order; JSON columns already as JSON text) in one driver
    executemany. SQLAlchemy's own executemany spends more time processing each row's parameters
    than the database takes to store it."""
    conn = s.connection()
    table = _table(model)
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    cast = "::json" if conn.dialect.name == "postgresql" else ""
    values = ", ".join(mark + (cast if isinstance(table.c[c].type, sa.JSON) else "") for c in cols)
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({values})", rows)


def _spans_json(spans) -> str | None:
    """Evidence spans as JSON text, written as SQLAlchemy's JSON type writes them ("[[0, 20]]"):
    exports copy the stored text as it is."""
    if spans is None:
        return None
    try:
        return "[" + ", ".join(f"[{int(a)}, {int(b)}]" for a, b in spans) + "]"
    except (TypeError, ValueError):
        return json.dumps([list(sp) for sp in spans])


def _table(model) -> sa.Table:
    return cast(sa.Table, model.__table__)


def _update_by_id(s: Session, model, rows: list[dict]) -> None:
    """UPDATE model SET <the rows' other keys> WHERE id = :id, as one executemany per key set."""
    if not rows:
        return
    by_cols: dict[tuple, list[dict]] = {}
    for r in rows:
        by_cols.setdefault(tuple(sorted(k for k in r if k != "id")), []).append(r)
    table = _table(model)
    for cols, group in by_cols.items():
        stmt = table.update().where(table.c.id == sa.bindparam("_id")).values({c: sa.bindparam(c) for c in cols})
        s.connection().execute(stmt, [{"_id": r["id"], **{c: r[c] for c in cols}} for r in group])
