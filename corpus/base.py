"""What every part of the corpus store stands on: the two engines, write transactions, and
the dialect's upsert. `corpus.store.Corpus` combines the parts built on it (runs, crawl state,
ingest, official results, reading)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Self

import sqlalchemy as sa
from sqlalchemy.orm import Session

import corpus.db as dbmod
from gazetteer import RegionIndex


class StoreBase:
    def __init__(
        self,
        url: str,
        engine: sa.Engine,
        reader: sa.Engine,
        cleaner: Callable | None = None,
        extractor: Callable | None = None,
        extractor_version: str | None = None,
    ):
        self.url = url
        self.engine = engine  # writer: BEGIN IMMEDIATE on SQLite
        self.reader = reader  # readers never hold the write lock (long exports)
        self._cleaner = cleaner
        self._extractor = extractor
        self._extractor_version = extractor_version
        self._regions: RegionIndex | None = None
        self._site_ids: dict[str, int] = {}

    def close(self) -> None:
        self.engine.dispose()
        if self.reader is not self.engine:
            self.reader.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction (committed on success, rolled back on error)."""
        try:
            with Session(self.engine, expire_on_commit=False) as s:
                with s.begin():
                    yield s
                self._site_ids.update(s.info.get("new_sites", {}))
        except sa.exc.OperationalError as exc:
            raise dbmod.CorpusError(f"{dbmod.describe(self.url)}: {dbmod._reason(exc)}") from exc

    def _insert(self, table):
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert(table)
