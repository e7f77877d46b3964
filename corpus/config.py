"""Where the corpus lives: the data directory and the database URL.

Resolution order for the database URL: an explicit `--db URL` / `db_url=` argument, then the
environment variable `KEPATUHAN_DB`, then an SQLite file `kepatuhan.sqlite` in the data
directory (`KEPATUHAN_DATA_DIR`, default `./kepatuhan-data`).
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DATA_DIR = "kepatuhan-data"
DEFAULT_DB_FILE = "kepatuhan.sqlite"
# How long a writer waits for another process's write lock before giving up (SQLite).
DEFAULT_BUSY_TIMEOUT_S = 60.0
BACKENDS = ("sqlite", "postgresql")
# SQLite writer connection. A batch of 2,000 articles dirties a page of every random-order index
# (content hashes, entity keys) per insert once those indexes outgrow the batch: with the
# default 2 MB page cache the pages spill and are read back within the transaction. 16 MB holds
# a batch's dirty pages at 100,000 articles (~12 MB) and stays a fixed ceiling however large the
# file (32 MB was no faster there and lifted the writer's peak memory by 17 MB).
WRITER_CACHE_KIB = 16 * 1024
# Pages the WAL may hold before a commit copies them into the database file (default 1,000).
# An index page rewritten by many batches is copied (and synced) once per checkpoint, not once
# per 1,000 pages; the WAL file grows to ~40 MB at most.
WAL_AUTOCHECKPOINT_PAGES = 10_000


def busy_timeout_s() -> float:
    """KEPATUHAN_DB_TIMEOUT (seconds), else DEFAULT_BUSY_TIMEOUT_S; ValueError names the variable."""
    raw = os.environ.get("KEPATUHAN_DB_TIMEOUT", "").strip()
    if not raw:
        return DEFAULT_BUSY_TIMEOUT_S  # read at call time: tests shorten it
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise ValueError(f"environment variable KEPATUHAN_DB_TIMEOUT: {raw!r} is not a number of seconds")
    return value


def check_db_url(url: str) -> str:
    """`url` when SQLAlchemy can parse it and it names a supported database; else ValueError
    with a one-line reason (the URL's password never appears in it)."""
    import sqlalchemy as sa

    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        raise ValueError(
            f"not a database URL: {url.split('@')[-1]!r} (expected sqlite:///FILE or postgresql://USER@HOST/DB)"
        ) from None
    backend = parsed.get_backend_name()
    if backend not in BACKENDS:
        raise ValueError(f"unsupported database {backend!r} (use sqlite:///FILE or postgresql://USER@HOST/DB)")
    return url


def data_dir() -> Path:
    return Path(os.environ.get("KEPATUHAN_DATA_DIR") or DEFAULT_DATA_DIR)


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / DEFAULT_DB_FILE}"


def resolve_db_url(db_url: str | None = None) -> str:
    """The database URL to use; `postgresql://` is mapped to the installed psycopg 3 driver."""
    url = db_url or os.environ.get("KEPATUHAN_DB") or default_db_url()
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return _absolute_sqlite(url)


def _absolute_sqlite(url: str) -> str:
    """A relative SQLite path means relative to where the user ran the command; pin it there, so a
    child process started in another directory (the crawl runs from the repo root) opens the same file."""
    if not url.startswith("sqlite:///") or url.startswith("sqlite:////"):
        return url
    path, sep, query = url[len("sqlite:///") :].partition("?")
    if not path or path == ":memory:" or path.startswith("file:"):
        return url
    return "sqlite:///" + str(Path(path).resolve()) + sep + query
