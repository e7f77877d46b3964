"""Reading the corpus: records, officials, articles and the dataset streamed as flat dicts
(the SELECTs are in corpus.queries), a page's raw HTML, table counts."""

from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.orm import Session

from corpus.base import StoreBase
from corpus.convert import decompress_html
from corpus.models import (
    ArticleRow,
    DatasetRow,
    EntryPage,
    OfficialResult,
    OfficialRow,
    Page,
    RecordRow,
    Run,
    SeenUrl,
    Site,
)
from corpus.queries import articles_query, dataset_query, officials_query, records_query


class Reading(StoreBase):
    def _stream(self, stmt, chunk: int = 2000) -> Iterator[dict]:
        """Rows as dicts, fetched in chunks (server-side cursor on PostgreSQL): bounded memory."""
        with self.reader.connect() as conn:
            result = conn.execute(stmt, execution_options={"yield_per": chunk, "stream_results": True})
            for row in result.mappings():
                yield dict(row)

    def iter_records(self) -> Iterator[dict]:
        yield from self._stream(records_query())

    def iter_officials(self) -> Iterator[dict]:
        yield from self._stream(officials_query())

    def iter_articles(self, with_text: bool = False) -> Iterator[dict]:
        yield from self._stream(articles_query(with_text))

    def iter_dataset(self) -> Iterator[dict]:
        yield from self._stream(dataset_query())

    def page_html(self, url: str) -> str | None:
        """The stored raw HTML of a page (decompressed)."""
        with Session(self.reader) as s:
            return decompress_html(s.scalar(sa.select(Page.raw_html).where(Page.url == url)))

    def table_counts(self) -> dict[str, int]:
        tables = (Site, Page, ArticleRow, RecordRow, OfficialRow, Run, SeenUrl, EntryPage, OfficialResult, DatasetRow)
        with Session(self.reader) as s:
            return {t.__tablename__: s.scalar(sa.select(sa.func.count()).select_from(t)) or 0 for t in tables}
