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
DEFAULT_BUSY_TIMEOUT_S = float(os.environ.get("KEPATUHAN_DB_TIMEOUT", "60"))


def data_dir() -> Path:
    return Path(os.environ.get("KEPATUHAN_DATA_DIR") or DEFAULT_DATA_DIR)


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / DEFAULT_DB_FILE}"


def resolve_db_url(db_url: str | None = None) -> str:
    """The database URL to use; `postgresql://` is mapped to the installed psycopg 3 driver."""
    url = db_url or os.environ.get("KEPATUHAN_DB") or default_db_url()
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return _absolute_sqlite(url)


def _absolute_sqlite(url: str) -> str:
    """A relative SQLite path means relative to where the user ran the command; pin it there, so a
    child process started in another directory (the crawl runs from the repo root) opens the same file."""
    if not url.startswith("sqlite:///") or url.startswith("sqlite:////"):
        return url
    path, sep, query = url[len("sqlite:///"):].partition("?")
    if not path or path == ":memory:" or path.startswith("file:"):
        return url
    return "sqlite:///" + str(Path(path).resolve()) + sep + query
