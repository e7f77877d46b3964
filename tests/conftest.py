"""Shared test fixtures: paths to ../shared, and the real PostgreSQL / Redis services.

Services are used for real. A test that needs one skips with a clear reason only when the
service is not reachable on this machine.
"""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD_DEV = SHARED / "gold" / "dev.jsonl"
SEEDS = SHARED / "seeds"
SCORER = SHARED / "tools" / "score.py"

PG_ADMIN_URL = os.environ.get("KEPATUHAN_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("KEPATUHAN_TEST_REDIS", "redis://127.0.0.1:6379/0")


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not present (the read-only shared folder beside the repo)")
    return SHARED


@pytest.fixture(scope="session")
def gold_dev(shared_dir) -> Path:
    if not GOLD_DEV.exists():
        pytest.skip(f"{GOLD_DEV} not present")
    return GOLD_DEV


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database for one test, dropped afterwards.

    Each test gets its own database so concurrent test runs never see each other's rows.
    """
    if not _port_open("127.0.0.1", 5432):
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")
    import sqlalchemy as sa

    name = f"kep_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with admin.connect() as c:
            c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'corpus.sqlite'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Run a storage test on both backends: SQLite and the real PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'corpus.sqlite'}"
    else:
        yield request.getfixturevalue("pg_url")


@pytest.fixture
def redis_url():
    """The real Redis, on a key prefix of its own (callers should use `redis_prefix`)."""
    if not _port_open("127.0.0.1", 6379):
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    return REDIS_URL


@pytest.fixture
def redis_prefix(redis_url):
    import redis

    prefix = f"kep_test:{uuid.uuid4().hex[:10]}"
    yield prefix
    r = redis.Redis.from_url(redis_url)
    for key in r.scan_iter(f"{prefix}*"):
        r.delete(key)


@pytest.fixture(scope="module")
def mirror_site():
    """The first outlet of the bundled offline mirror, served on 127.0.0.1 for one test module."""
    from kepatuhan.mirror import MIRROR_DIR, serve_site

    site_dir = sorted(d for d in MIRROR_DIR.iterdir() if (d / "routes.json").is_file())[0]
    site = serve_site(site_dir)
    yield site
    site.server.shutdown()
    site.server.server_close()
