"""The corpus store: one object the crawler, the CLI and `kepatuhan run` write through.

    from corpus.store import Corpus
    corpus = Corpus.open(db_url=None)            # --db / KEPATUHAN_DB / ./kepatuhan-data/kepatuhan.sqlite
    run_id = corpus.start_run("crawl", config={...})
    corpus.finish_run(run_id, "ok", counts={...}, errors={"timeout": 2}, report={site: {...}})
    corpus.recent_runs(kind="crawl", limit=10) -> list[dict]

    # crawler incremental state
    corpus.is_seen(url) -> bool                  # url or canonical url looked at before
    corpus.seen(url) -> SeenUrlInfo | None       # outcome, content hash, extractor version
    corpus.is_known_hash(content_hash) -> bool
    corpus.mark_seen(url, canonical_url=None, content_hash=None, outcome="irrelevant")
    corpus.get_validators(url) -> Validators | None    # etag, last_modified, status
    corpus.set_validators(url, etag=None, last_modified=None, status=None)

    # clean -> extract -> store (idempotent)
    corpus.ingest_page(url, html, status=200, headers=None, fetched_at=None, site=None, run_id=None)
        -> IngestOutcome(page_id, article_id, relevant, n_records, duplicate_of, new)
    corpus.ingest_article({"id", "text" | "html", "url", "published", "title", "site"}) -> IngestOutcome
    corpus.store_extraction(article, result, page=None, run_id=None) -> IngestOutcome  # already extracted
        (evidence offsets index article.extraction_text(): headline, blank line, body)
    corpus.store_many([(article, result, page), ...]) -> list[IngestOutcome]   # one transaction per 500
    corpus.ingest_many([("article", {...}) | ("page", {...}), ...]) -> iterator of IngestOutcome | IngestError
    corpus.reextract(force=False) -> ReextractCounts       # over stored text, no refetch
    corpus.consolidate() -> int                            # rows in the `dataset` table

    # reading
    corpus.iter_records() / iter_officials() / iter_articles(with_text=False) / iter_dataset()
    corpus.replace_official_results(rows, source_file) -> int ; corpus.iter_official_results()
    corpus.table_counts() -> dict[str, int]

The parts, one job each: corpus.base (engines, transactions), corpus.runs (run bookkeeping),
corpus.crawl_state (seen URLs, validators, the crawl's batched writes), corpus.ingest (clean ->
extract -> store, re-extraction; idempotent), corpus.batch (the store path, set-wise per batch),
corpus.nearindex (near-copy candidates by date window), corpus.clusters (fingerprints),
corpus.official (official results), corpus.reading (streaming reads), corpus.consolidate (the
`dataset` table).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

import corpus.db as dbmod
from corpus.config import resolve_db_url
from corpus.consolidate import consolidate
from corpus.ingest import Ingest, IngestError, IngestOutcome, ReextractCounts
from corpus.official import OfficialStore
from corpus.runs import RunBook

__all__ = ["Corpus", "IngestError", "IngestOutcome", "ReextractCounts"]


class Corpus(RunBook, Ingest, OfficialStore):
    """The corpus database: everything the pipeline stored, and the consolidated dataset.

    Open it with `Corpus.open(db_url)` (None: $KEPATUHAN_DB, else the SQLite file in the data
    directory; "postgresql://…" for a shared server); use it in a `with` block or `.close()` it.
    Writing (idempotent: storing the same article again changes nothing):
    `ingest_article({"id", "text" | "html", "url", "published", "title", "site"})` cleans (for
    html), extracts and stores one article; `ingest_page(url, html, ...)` does the same for a
    fetched page; `store_extraction(article, result)` stores an extraction you already have.
    `consolidate()` rebuilds the `dataset` table (one row per entity and assessment year).
    Reading, streamed in chunks (rows are dicts with the columns of `corpus.columns.TABLES`):
    `iter_records()`, `iter_officials()`, `iter_articles(with_text=False)`, `iter_dataset()`,
    `iter_official_results()`; `table_counts()`. The full list is in this module's docstring.

    >>> with Corpus.open("sqlite:///contoh.sqlite") as corpus:        # doctest: +SKIP
    ...     corpus.ingest_article({"id": "a1", "text": teks, "published": "2024-01-20"})
    ...     corpus.consolidate()
    ...     rows = list(corpus.iter_dataset())
    """

    """The corpus database. Use `Corpus.open(db_url)`; close with `.close()` or `with`."""

    @classmethod
    def open(
        cls,
        db_url: str | None = None,
        *,
        migrate: bool = True,
        timeout_s: float | None = None,
        cleaner: Callable | None = None,
        extractor: Callable | None = None,
        extractor_version: str | None = None,
    ) -> "Corpus":
        """Open (creating and migrating as needed) the corpus at `db_url`.

        Raises CorpusError with a message naming the database when it is corrupt, locked past
        the timeout, from a newer kepatuhan, or unreachable."""
        url = resolve_db_url(db_url)
        engine = dbmod.make_engine(url, immediate=True, timeout_s=timeout_s)
        reader = (
            dbmod.make_engine(url, immediate=False, timeout_s=timeout_s) if engine.dialect.name == "sqlite" else engine
        )
        try:
            if migrate:
                dbmod.upgrade(engine, reader=reader)
        except dbmod.CorpusError:
            engine.dispose()
            reader.dispose()
            raise
        except sa.exc.SQLAlchemyError as exc:
            engine.dispose()
            reader.dispose()
            raise dbmod.CorpusError(
                f"cannot open the corpus database {dbmod.describe(url)}: {dbmod._reason(exc)}"
            ) from exc
        return cls(url, engine, reader, cleaner, extractor, extractor_version)

    def consolidate(self) -> int:
        """Rebuild the `dataset` table (corpus.consolidate); returns its row count."""
        return consolidate(self.engine)
