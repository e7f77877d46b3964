"""Alembic environment: migrations run on the connection `corpus.db.upgrade()` hands in."""

from __future__ import annotations

from alembic import context

from corpus.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic` on the command line gets here
    raise RuntimeError("run migrations through corpus.db.upgrade(engine) (done on Corpus.open)")

context.configure(
    connection=connection, target_metadata=Base.metadata, render_as_batch=True, transaction_per_migration=False
)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        # two processes opening a fresh database at once: one migrates, the other waits
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7240511)")
    context.run_migrations()
