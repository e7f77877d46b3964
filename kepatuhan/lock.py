"""One `kepatuhan run` at a time: an fcntl lock file in the data directory, and for PostgreSQL
also a session advisory lock (two machines sharing one database exclude each other too).

The kernel drops an fcntl lock when its process dies, even by SIGKILL, so a killed run never
leaves a stale lock behind; the pid and start time written into the file are only for the
message the second run prints.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

# "kepatuhan" as a 63-bit number: the advisory-lock key every kepatuhan run uses
PG_LOCK_KEY = int.from_bytes(b"kepatuha", "big") >> 1


class LockBusy(RuntimeError):
    """Another run holds the lock; the message says which."""


class RunLock:
    """`with RunLock(path, wait=False):` - raise LockBusy at once, or wait (up to `timeout_s`)."""

    def __init__(self, path: str | Path, wait: bool = False, timeout_s: float | None = None, poll_s: float = 0.2):
        self.path = Path(path)
        self.wait = wait
        self.timeout_s = timeout_s
        self.poll_s = poll_s
        self._fd: int | None = None

    def holder(self) -> str:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return "another kepatuhan run"
        return f"another kepatuhan run (pid {info.get('pid', '?')}, started {info.get('started', '?')})"

    def acquire(self) -> "RunLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = None if self.timeout_s is None else time.monotonic() + self.timeout_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not self.wait or (deadline is not None and time.monotonic() >= deadline):
                    os.close(fd)
                    raise LockBusy(
                        f"{self.holder()} holds the lock {self.path}; "
                        "this run stops here (use --wait to queue behind it)"
                    ) from None
                time.sleep(self.poll_s)
        os.ftruncate(fd, 0)
        os.write(
            fd,
            json.dumps(
                {"pid": os.getpid(), "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}
            ).encode(),
        )
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            try:
                os.ftruncate(self._fd, 0)
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


class PgAdvisoryLock:
    """A PostgreSQL session advisory lock held on its own connection for the whole run."""

    def __init__(self, db_url: str, wait: bool = False, timeout_s: float | None = None, poll_s: float = 0.5):
        self.db_url = db_url
        self.wait = wait
        self.timeout_s = timeout_s
        self.poll_s = poll_s
        self._engine: Engine | None = None
        self._conn: Connection | None = None

    def acquire(self) -> "PgAdvisoryLock":
        import sqlalchemy as sa

        from corpus.config import resolve_db_url

        engine = self._engine = sa.create_engine(
            resolve_db_url(self.db_url), poolclass=sa.pool.NullPool, connect_args={"connect_timeout": 5}
        )
        conn = self._conn = engine.connect()
        deadline = None if self.timeout_s is None else time.monotonic() + self.timeout_s
        while True:
            got = conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": PG_LOCK_KEY}).scalar()
            conn.commit()
            if got:
                return self
            if not self.wait or (deadline is not None and time.monotonic() >= deadline):
                self.release()
                raise LockBusy(
                    "another kepatuhan run holds the PostgreSQL advisory lock on this database "
                    "(perhaps on another machine); this run stops here (use --wait to queue behind it)"
                )
            time.sleep(self.poll_s)

    def release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()  # closing the session releases its advisory locks
            finally:
                self._conn = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> "PgAdvisoryLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
