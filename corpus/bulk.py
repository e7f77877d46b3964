"""Set-wise SQL for the store path: many rows per statement, on SQLite and on PostgreSQL.

SQLite runs in process, so the driver's own `executemany` of one short statement is as fast as
it gets. On PostgreSQL every statement is a round trip, and a statement that spells out one
placeholder per value (SQLAlchemy's multi-row VALUES, an `IN (...)` of 500 ids) is parsed anew
by the driver and planned anew by the server each time. There the rows travel as one array per
column instead: `INSERT ... SELECT * FROM unnest(%s::int[], %s::text[], ...)`, `UPDATE ... FROM
unnest(...)`, `= ANY(%s)`: one round trip and one short, cacheable statement per batch.

Values are given as the database stores them: JSON columns as JSON text (`json_text`), dates
and times as naive UTC datetimes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

_PG = postgresql.dialect()


def table_of(model) -> sa.Table:
    return cast(sa.Table, model.__table__)


def json_text(value: Any) -> str | None:
    """A value as SQLAlchemy's JSON type writes it (None stays SQL NULL: none_as_null)."""
    return None if value is None else json.dumps(value)


def is_postgresql(conn: sa.Connection) -> bool:
    return conn.dialect.name == "postgresql"


def any_of(conn: sa.Connection, column, values) -> sa.ColumnElement[bool]:
    """`column IN values`: on PostgreSQL `= ANY(array)`, one parameter whatever the count."""
    values = list(values)
    if is_postgresql(conn):
        return column == sa.any_(sa.bindparam(None, values, type_=postgresql.ARRAY(column.type)))
    return column.in_(values)


def _q(name: str) -> str:
    return f'"{name}"'


def _is_json(table: sa.Table, col: str) -> bool:
    return isinstance(table.c[col].type, sa.JSON)


def _pg_array(table: sa.Table, col: str) -> str:
    """The array type a column's values travel in (JSON as text, cast on the way in)."""
    if _is_json(table, col):
        return "text[]"
    return f"{table.c[col].type.compile(dialect=_PG)}[]"


def _unnest(table: sa.Table, cols: Sequence[str]) -> str:
    """`SELECT <cols> FROM unnest(%s::type[], ...) AS u(<cols>)`, JSON columns cast back."""
    picked = ", ".join(f"u.{_q(c)}" + ("::json" if _is_json(table, c) else "") for c in cols)
    arrays = ", ".join(f"%s::{_pg_array(table, c)}" for c in cols)
    return f"SELECT {picked} FROM unnest({arrays}) AS u({', '.join(map(_q, cols))})"


def _prepared(conn: sa.Connection, table: sa.Table, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> list:
    """The rows with the dialect's conversions applied where SQLAlchemy would apply them (SQLite:
    booleans as 0/1, datetimes as SQLAlchemy writes them). Numbers are given as Python numbers
    and JSON as JSON text, so those columns are passed as they are."""
    procs: list[tuple[int, Callable, dict]] = [
        (i, proc, {})
        for i, c in enumerate(cols)
        if not isinstance(table.c[c].type, (sa.JSON, sa.Integer, sa.Float))
        and (proc := table.c[c].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)) is not None
    ]
    if not procs:
        return list(rows)
    out = []
    for row in rows:
        values = list(row)
        for i, proc, seen in procs:  # a batch repeats its timestamps: each converted once
            v = values[i]
            if v is not None:
                values[i] = seen[v] if v in seen else seen.setdefault(v, proc(v))
        out.append(tuple(values))
    return out


def _arrays(rows: Sequence[Sequence[Any]], width: int) -> tuple[list[Any], ...]:
    """Rows as one list per column (the unnest parameters)."""
    return tuple(list(col) for col in zip(*rows)) if rows else tuple([] for _ in range(width))


def insert_rows(
    conn: sa.Connection,
    table: sa.Table,
    cols: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    skip_conflicts_on: str | None = None,
) -> set[Any] | None:
    """INSERT `rows` (tuples in `cols` order). With `skip_conflicts_on` (a unique column) a row
    whose value is already stored is skipped, and on PostgreSQL the values of the rows inserted
    are returned (a concurrent writer may have stored the others meanwhile); on SQLite the
    caller holds the write lock and has looked, and gets None."""
    if not rows:
        return set() if skip_conflicts_on and is_postgresql(conn) else None
    rows = _prepared(conn, table, cols, rows)
    names = ", ".join(map(_q, cols))
    conflict = f" ON CONFLICT ({_q(skip_conflicts_on)}) DO NOTHING" if skip_conflicts_on else ""
    if not is_postgresql(conn):
        marks = ", ".join("?" for _ in cols)
        conn.exec_driver_sql(f"INSERT INTO {_q(table.name)} ({names}) VALUES ({marks}){conflict}", rows)
        return None
    if not skip_conflicts_on:
        _copy(conn, table.name, cols, rows)
        return None
    staged = _stage(conn, table, cols, rows)
    returned = conn.exec_driver_sql(
        f"INSERT INTO {_q(table.name)} ({names}) SELECT {names} FROM {staged}{conflict} RETURNING {_q(skip_conflicts_on)}"
    )
    return {r[0] for r in returned}


def upsert_rows(
    conn: sa.Connection,
    table: sa.Table,
    cols: Sequence[str],
    rows: Sequence[Sequence[Any]],
    key: str,
    compare: Sequence[str],
    also_set: Sequence[str] = (),
) -> None:
    """INSERT rows; a row whose `key` is stored updates `compare` + `also_set` columns, and only
    when one of `compare` changed (writing the same thing again touches nothing). Keys must be
    distinct within `rows`."""
    if not rows:
        return
    rows = _prepared(conn, table, cols, rows)
    names = ", ".join(map(_q, cols))
    sets = ", ".join(f"{_q(c)} = excluded.{_q(c)}" for c in (*compare, *also_set))
    distinct = "IS DISTINCT FROM" if is_postgresql(conn) else "IS NOT"
    changed = " OR ".join(f"{_q(table.name)}.{_q(c)} {distinct} excluded.{_q(c)}" for c in compare)
    tail = f" ON CONFLICT ({_q(key)}) DO UPDATE SET {sets} WHERE {changed}"
    if is_postgresql(conn):
        staged = _stage(conn, table, cols, rows)
        conn.exec_driver_sql(f"INSERT INTO {_q(table.name)} ({names}) SELECT {names} FROM {staged}{tail}")
    else:
        marks = ", ".join("?" for _ in cols)
        conn.exec_driver_sql(f"INSERT INTO {_q(table.name)} ({names}) VALUES ({marks}){tail}", rows)


def _copy(conn: sa.Connection, table_name: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """PostgreSQL COPY of the rows into a table, in the connection's transaction."""
    driver = conn.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cur:
        with cur.copy(f"COPY {table_name} ({', '.join(map(_q, cols))}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def _stage(conn: sa.Connection, table: sa.Table, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """COPY the rows into this session's staging table for `table` and these columns (a
    temporary table of their types, emptied at commit and before each use) and return its name,
    for the statement that takes them from there."""
    names = ", ".join(map(_q, cols))
    digest = hashlib.blake2b(names.encode(), digest_size=4).hexdigest()
    stage = _q(f"kepatuhan_stage_{table.name}_{digest}")
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {stage} ON COMMIT DELETE ROWS "
        f"AS SELECT {names} FROM {_q(table.name)} WITH NO DATA"
    )
    conn.exec_driver_sql(f"DELETE FROM pg_temp.{stage}")  # rows of an earlier use in this transaction
    _copy(conn, f"pg_temp.{stage}", cols, rows)
    return f"pg_temp.{stage}"


def update_by_id(conn: sa.Connection, table: sa.Table, rows: list[dict]) -> None:
    """UPDATE table SET <the rows' other keys> WHERE id = row["id"]: one statement per set of
    keys (PostgreSQL: `UPDATE ... FROM unnest(...)`; SQLite: executemany). JSON as JSON text."""
    by_cols: dict[tuple[str, ...], list[dict]] = {}
    for r in rows:
        by_cols.setdefault(tuple(sorted(k for k in r if k != "id")), []).append(r)
    for cols, group in by_cols.items():
        values = _prepared(conn, table, ("id", *cols), [tuple(r[c] for c in ("id", *cols)) for r in group])
        if is_postgresql(conn):
            sets = ", ".join(f"{_q(c)} = v.{_q(c)}" for c in cols)
            conn.exec_driver_sql(
                f"UPDATE {_q(table.name)} SET {sets} FROM ({_unnest(table, ('id', *cols))}) AS v "
                f"WHERE {_q(table.name)}.id = v.id",
                _arrays(values, len(cols) + 1),
            )
        else:
            sets = ", ".join(f"{_q(c)} = ?" for c in cols)
            conn.exec_driver_sql(f"UPDATE {_q(table.name)} SET {sets} WHERE id = ?", [(*v[1:], v[0]) for v in values])
