"""Storing extractions at database speed: `store_many` writes a batch of articles in one
transaction with a handful of set-wise statements (corpus.bulk: executemany on SQLite, one
array per column on PostgreSQL), whatever the batch size.

Per batch: sites (cached ids), pages, articles (existing ones looked up by key at once; new
ones given their ids and duplicate clusters first, then inserted in one statement), duplicate
clusters (corpus.clusters: exact copies by one content-hash query, near copies from the
in-memory `NearIndex`, confirmed by the cleaner's shingle check), records and officials (one
insert each; one delete first for articles stored before), seen-URL fingerprints. The semantics
are those of storing the articles one by one: idempotent by article key, a newer extractor
version replaces an article's records, and a kill loses at most the uncommitted batch, which
the next run stores again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clean.types import Article
from corpus.batch_pending import ARTICLE_VALUES, BATCH_BYTES, IngestOutcome, Pending, _article_values, _pending
from corpus.batch_pending import article_key as article_key  # corpus.ingest's import
from corpus.bulk import any_of, insert_rows, is_postgresql, json_text, table_of, update_by_id
from corpus.clusters import assign_clusters
from corpus.convert import compress_html, jsonable_headers, naive_utc, utcnow
from corpus.crawl_state import CrawlStateStore
from corpus.derived import derived_counts, replace_derived
from corpus.models import ArticleRow, OfficialRow, Page, RecordRow, Site
from corpus.nearindex import NearIndex
from extract.types import ExtractionResult

# Articles per transaction at most (BATCH_BYTES caps a batch of long texts and pages sooner). On
# SQLite every random-order index (content hashes, records' entity keys) gets a page rewritten
# per new row once it outgrows a batch, and each commit writes those pages once: 2,000 articles
# per commit wrote about half the WAL volume of 500 at 100,000 articles.
BATCH = 2000


class BatchStore(CrawlStateStore):
    """`store_many`: the store path of Ingest (ingest_article, ingest_page, store_extraction)."""

    @property
    def extractor_version(self) -> str:  # Ingest's
        raise NotImplementedError

    def _entity_key(self, rec) -> str:  # Ingest's
        raise NotImplementedError

    def store_many(
        self,
        items: Iterable[tuple[Article, ExtractionResult, dict | None]],
        run_id: int | None = None,
        extractor_version: str | None = None,
        batch: int = BATCH,
    ) -> list[IngestOutcome]:
        """Store (article, extraction result, page or None) triples, `batch` per transaction;
        one IngestOutcome per triple, in order."""
        return list(self.store_iter(items, run_id, extractor_version, batch))

    def store_iter(
        self,
        items: Iterable[tuple[Article, ExtractionResult, dict | None]],
        run_id: int | None = None,
        extractor_version: str | None = None,
        batch: int = BATCH,
    ) -> Iterator[IngestOutcome]:
        """`store_many` as a generator: outcomes come a batch at a time (memory stays flat
        however many articles stream through)."""
        version = extractor_version or self.extractor_version
        chunk: list[Pending] = []
        keys: set[str] = set()
        held = 0
        for article, result, page in items:
            p = _pending(article, result, page)
            # an article twice in a batch: the second sees the first
            if p.key in keys or len(chunk) >= batch or held >= BATCH_BYTES:
                yield from self._store_batch(chunk, run_id, version)
                chunk, keys, held = [], set(), 0
            chunk.append(p)
            keys.add(p.key)
            held += p.size
        if chunk:
            yield from self._store_batch(chunk, run_id, version)

    def _store_batch(self, pend: list[Pending], run_id: int | None, version: str) -> list[IngestOutcome]:
        with self.session() as s:
            rel = [p for p in pend if p.result.relevant]
            self._store_irrelevant(s, [p for p in pend if not p.result.relevant])
            if rel:
                sites = self._site_ids_many(s, {p.site for p in rel if p.site})
                self._pages_many(s, [p for p in rel if p.page and p.page.get("url")], sites, run_id)
                self._articles_many(s, rel, sites, version)
                self._derived_many(s, [p for p in rel if p.write_derived], version)
                self._counts_of_unchanged(s, [p for p in rel if not p.write_derived])
            self.mark_seen_many(
                s,
                [
                    (
                        p.url,
                        p.article.canonical_url or None,
                        p.article.content_hash,
                        "relevant" if p.result.relevant else "irrelevant",
                        version,
                    )
                    for p in pend
                    if p.url
                ],
            )
        return [
            IngestOutcome(
                p.page_id,
                p.row_id,
                True,
                p.n_records,
                p.cluster if p.cluster != p.row_id else None,
                p.write_derived,
                outcome="relevant",
                n_officials=p.n_officials,
            )
            if p.result.relevant
            else IngestOutcome(None, None, False, 0, None, True, outcome="irrelevant")
            for p in pend
        ]

    def _store_irrelevant(self, s: Session, pend: list[Pending]) -> None:
        """An article stored earlier as relevant that now reads as irrelevant loses its claims."""
        if not pend:
            return
        ids = list(
            s.scalars(
                sa.select(ArticleRow.id).where(
                    any_of(s.connection(), ArticleRow.key, [p.key for p in pend]), ArticleRow.relevant.is_(True)
                )
            )
        )
        if ids:
            s.execute(sa.delete(RecordRow).where(any_of(s.connection(), RecordRow.article_id, ids)))
            s.execute(sa.delete(OfficialRow).where(any_of(s.connection(), OfficialRow.article_id, ids)))
            update_by_id(s.connection(), table_of(ArticleRow), [{"id": i, "relevant": False} for i in ids])

    def _site_ids_many(self, s: Session, names: set[str]) -> dict[str, int]:
        missing = [n for n in names if n not in self._site_ids]
        found = {n: self._site_ids[n] for n in names if n in self._site_ids}
        if missing:
            now = utcnow()
            s.execute(
                self._insert(Site).on_conflict_do_nothing(index_elements=[Site.name]),
                [{"name": n, "created_at": now} for n in missing],
            )
            new = dict(s.execute(sa.select(Site.name, Site.id).where(Site.name.in_(missing))).all())
            s.info.setdefault("new_sites", {}).update(new)  # cached once the transaction commits
            found.update(new)
        return found

    def _pages_many(self, s: Session, pend: list[Pending], sites: dict[str, int], run_id) -> None:
        if not pend:
            return
        by_url = {p.page["url"]: p for p in pend if p.page}
        existing = {
            r.url: r
            for r in s.execute(
                sa.select(Page.id, Page.url, Page.content_hash).where(any_of(s.connection(), Page.url, by_url))
            )
        }
        updates, inserts = [], []
        for url, p in by_url.items():
            page, art = p.page or {}, p.article
            values = dict(
                canonical_url=art.canonical_url,
                fetched_at=naive_utc(page.get("fetched_at")) or utcnow(),
                status=page.get("status"),
                headers=jsonable_headers(page.get("headers")),
                raw_html=compress_html(page["html"]),
                content_hash=art.content_hash,
                run_id=run_id,
            )
            row = existing.get(url)
            if row is None:
                inserts.append(dict(url=url, site_id=sites.get(p.site or ""), **values))
            elif row.content_hash != art.content_hash:  # the page changed: keep the newest
                updates.append(dict(values, id=row.id, headers=json_text(values["headers"])))
        if updates:
            update_by_id(s.connection(), table_of(Page), updates)
        if inserts:
            s.execute(self._insert(Page).on_conflict_do_nothing(index_elements=[Page.url]), inserts)
            existing.update(
                {
                    r.url: r
                    for r in s.execute(
                        sa.select(Page.id, Page.url, Page.content_hash).where(
                            any_of(s.connection(), Page.url, [v["url"] for v in inserts])
                        )
                    )
                }
            )
        for url, p in by_url.items():
            p.page_id = existing[url].id

    def _articles_many(self, s: Session, rel: list[Pending], sites: dict[str, int], version: str) -> None:
        """New articles get their ids first (one query), so that their clusters are known and
        written with them: one INSERT, no UPDATE after it."""
        conn = s.connection()
        existing = {
            r.key: r
            for r in s.execute(
                sa.select(
                    ArticleRow.id,
                    ArticleRow.key,
                    ArticleRow.content_hash,
                    ArticleRow.extractor_version,
                    ArticleRow.cluster_id,
                ).where(any_of(conn, ArticleRow.key, [p.key for p in rel]))
            )
        }
        changed, new = [], []
        for p in rel:
            row = existing.get(p.key)
            if row is None:
                new.append(p)
                continue
            p.row_id, p.cluster = row.id, row.cluster_id
            if row.content_hash != p.article.content_hash:
                p.content_new = p.write_derived = True
                changed.append(p)
            else:
                p.write_derived = row.extractor_version != version
        for p, row_id in zip(new, _new_article_ids(conn, len(new))):
            p.row_id, p.content_new, p.inserted, p.write_derived = row_id, True, True, True
        assign_clusters(s, self._near_index(s), [p for p in rel if p.content_new])
        table = table_of(ArticleRow)
        update_by_id(
            conn,
            table,
            [dict(zip(ARTICLE_VALUES, _article_values(p, sites)), id=p.row_id, cluster_id=p.cluster) for p in changed],
        )
        if new:
            now = utcnow()
            # born extracted: the derived rows are written in this same transaction
            rows = [(p.row_id, p.key, p.cluster, True, version, now, now, *_article_values(p, sites)) for p in new]
            stored = insert_rows(conn, table, ARTICLE_COLUMNS, rows, skip_conflicts_on="key")
            if stored is not None and len(stored) < len(new):  # another process stored some meanwhile
                _settle_raced(conn, [p for p in new if p.key not in stored], rel)
        for p in rel:
            if p.write_derived:
                p.n_records, p.n_officials = len(p.result.records), len(p.result.officials)

    def _near_index(self, s: Session) -> NearIndex:
        index = getattr(self, "_near", None)
        if index is None:
            index = self._near = NearIndex()
        index.refresh(s)
        return index

    def _derived_many(self, s: Session, pend: list[Pending], version: str) -> None:
        if not pend:
            return
        conn = s.connection()
        replace_derived(
            conn,
            [(p.row_id, p.article, p.result) for p in pend if p.row_id is not None],
            {p.row_id for p in pend if p.inserted and p.row_id is not None},  # inserted just now: none to delete yet
            version,
            self._entity_key_cached,
        )
        now = utcnow()
        update_by_id(
            conn,
            table_of(ArticleRow),
            [
                {"id": p.row_id, "relevant": True, "extractor_version": version, "extracted_at": now}
                for p in pend
                if not p.inserted
            ],
        )

    def _entity_key_cached(self, rec) -> str:
        cache = self.__dict__.setdefault("_entity_keys", {})
        sig = (rec.entity, rec.entity_type, rec.region_code, rec.parent)
        if sig not in cache:
            cache[sig] = self._entity_key(rec)
        return cache[sig]

    def _counts_of_unchanged(self, s: Session, pend: list[Pending]) -> None:
        counts = derived_counts(s.connection(), [p.row_id for p in pend if p.row_id is not None])
        for p in pend:
            p.n_records, p.n_officials = counts.get(p.row_id or 0, (0, 0))


def _new_article_ids(conn: sa.Connection, n: int) -> list[int]:
    """Ids for `n` new articles, ascending. PostgreSQL: drawn from the id sequence (another
    process never gets them). SQLite: after the largest id; the batch's transaction holds the
    write lock from its first statement, so no other writer comes between."""
    if not n:
        return []
    if is_postgresql(conn):
        return sorted(
            conn.exec_driver_sql(
                "SELECT nextval(pg_get_serial_sequence('articles', 'id')) FROM generate_series(1, %s)", (n,)
            ).scalars()
        )
    last = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM articles").scalar() or 0
    return list(range(last + 1, last + n + 1))


def _settle_raced(conn: sa.Connection, raced: list[Pending], rel: list[Pending]) -> None:
    """Articles another process stored between our look-up and our insert keep its row and its
    cluster (their claims are rewritten by this batch); a batch article that joined the cluster
    of one of them (by the id it was to have) moves to that cluster."""
    table = table_of(ArticleRow)
    rows = {
        r.key: r
        for r in conn.execute(
            sa.select(table.c.id, table.c.key, table.c.cluster_id).where(
                any_of(conn, table.c.key, [p.key for p in raced])
            )
        )
    }
    moved_to: dict[int | None, int] = {}
    for p in raced:
        row = rows[p.key]
        moved_to[p.row_id] = row.cluster_id or row.id
        p.row_id, p.cluster, p.inserted, p.content_new = row.id, row.cluster_id, False, False
    followers = [p for p in rel if p.inserted and p.cluster in moved_to]
    for p in followers:
        p.cluster = moved_to[p.cluster]
    update_by_id(conn, table, [{"id": p.row_id, "cluster_id": p.cluster} for p in followers])


ARTICLE_COLUMNS = (
    "id",
    "key",
    "cluster_id",
    "relevant",
    "extractor_version",
    "extracted_at",
    "ingested_at",
    *ARTICLE_VALUES,
)
