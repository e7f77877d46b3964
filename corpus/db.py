"""Engines and schema migrations.

SQLite: WAL journal (readers never block the writer), a busy timeout, and every write
transaction opened with `BEGIN IMMEDIATE` so two processes queue for the write lock instead of
failing half-way with "database is locked"; the writer keeps a larger page cache and checkpoints
the WAL less often (corpus.config: bulk ingest writes pages of random-order indexes). PostgreSQL: plain psycopg 3. On open the schema is
upgraded to the newest Alembic revision (under a lock, so concurrent openers migrate once).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from corpus.config import WAL_AUTOCHECKPOINT_PAGES, WRITER_CACHE_KIB, busy_timeout_s, check_db_url, resolve_db_url

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class CorpusError(RuntimeError):
    """A problem with the corpus database a user can act on (message names the database)."""


def describe(url: str) -> str:
    """The URL without a password, for messages."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL is shown as given
        return url


def sqlite_path(url: str) -> Path | None:
    u = sa.make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def make_engine(url: str, *, immediate: bool = True, timeout_s: float | None = None) -> Engine:
    """An engine for `url`. For SQLite, `immediate=True` makes every transaction take the write
    lock at BEGIN (writer engine); `immediate=False` gives a reader engine."""
    url = resolve_db_url(url)
    try:
        check_db_url(url)
        timeout_s = busy_timeout_s() if timeout_s is None else timeout_s
    except ValueError as exc:
        raise CorpusError(str(exc)) from None
    if sa.make_url(url).get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})

    path = sqlite_path(url)
    if path is not None:
        if path.exists() and path.is_dir():
            raise CorpusError(f"{path} is a directory, not an SQLite database file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CorpusError(f"cannot create the data directory {path.parent}: {exc}") from exc
    engine = sa.create_engine(url, connect_args={"timeout": timeout_s, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised through every test
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (pysqlite's own is broken)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(timeout_s * 1000)}")
        # On a fresh file the switch to WAL needs an exclusive lock and SQLite reports "database
        # is locked" at once (busy_timeout does not cover it) while another process opens the
        # same file: wait for it like for any other lock.
        retry_while_busy(lambda: cur.execute("PRAGMA journal_mode = WAL"), timeout_s)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        if immediate:  # the writer: room for a batch's dirty pages, checkpoints less often
            cur.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
            cur.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def is_busy(exc: BaseException) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED: another connection holds a lock for now (transient)."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig)


def retry_while_busy(fn, timeout_s: float):
    """`fn()`, retried with a short backoff while SQLite reports busy/locked, for up to
    `timeout_s`; any other error, and the last busy one, is raised at once."""
    deadline = time.monotonic() + timeout_s
    pause = 0.005
    while True:
        try:
            return fn()
        except (sqlite3.OperationalError, sa.exc.OperationalError) as exc:
            if not is_busy(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(None)
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None, "corpus/migrations has no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head", reader: Engine | None = None) -> None:
    """Bring the schema to `revision` (default: newest). Safe to call from several processes.
    The revision is read through `reader` when given, so an up-to-date database opens even while
    another process holds the write lock."""
    from alembic import command
    from alembic.script import ScriptDirectory

    url = describe(str(engine.url))
    try:
        current = current_revision(reader or engine)
    except sa.exc.DatabaseError as exc:
        raise CorpusError(f"cannot open the corpus database {url}: {_reason(exc)}") from exc
    script = ScriptDirectory.from_config(_alembic_config(None))
    known = {s.revision for s in script.walk_revisions()}
    if current is not None and current not in known:
        raise CorpusError(
            f"the corpus database {url} has schema revision {current!r}, unknown to this version of "
            f"kepatuhan (newest known: {script.get_current_head()!r}); upgrade kepatuhan, or use another --db"
        )
    if revision == "head" and current == script.get_current_head():
        return
    try:
        with engine.connect() as conn:
            # One transaction around every step, begun before Alembic reads the revision: on
            # SQLite that BEGIN IMMEDIATE takes the write lock first, so a second process opening
            # a fresh file waits and then finds the schema done. (Left to itself Alembic commits
            # each SQLite step apart and re-runs a step another process did in between: "table
            # ... already exists".) On PostgreSQL env.py's advisory lock does the same job.
            conn.begin()
            command.upgrade(_alembic_config(conn), revision)
            conn.commit()
    except sa.exc.DatabaseError as exc:
        raise CorpusError(
            f"migrating the corpus database {url} from revision {current!r} failed "
            f"(nothing was changed): {_reason(exc)}"
        ) from exc


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    msg = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if isinstance(orig, sqlite3.DatabaseError) and "not a database" in msg:
        return f"{msg} (the file is corrupt or not an SQLite database)"
    if "locked" in msg:
        return f"{msg} (another process holds the write lock; try again, or raise KEPATUHAN_DB_TIMEOUT)"
    return msg
