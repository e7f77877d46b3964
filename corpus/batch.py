"""Storing extractions at database speed: `store_many` writes a batch of articles in one
transaction with a handful of set-wise statements (executemany inserts, `IN (...)` lookups,
bulk updates by primary key), whatever the batch size.

Per batch: sites (cached ids), pages, articles (existing ones looked up by key at once; new
ones inserted in one statement), duplicate clusters (exact copies by one content-hash query,
near copies from the in-memory `NearIndex`, confirmed by the cleaner's shingle check),
records and officials (one delete and one insert each), seen-URL fingerprints. The semantics
are those of storing the articles one by one: idempotent by article key, a newer extractor
version replaces an article's records, and a kill loses at most the uncommitted batch, which
the next run stores again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clean import dedup
from clean.types import Article
from corpus.batch_pending import (
    BatchSims,
    IngestOutcome,
    Pending,
    _article_values,
    _pending,
    _same_story,
    _within_window,
)
from corpus.batch_pending import article_key as article_key  # corpus.ingest's import
from corpus.batch_rows import OFFICIAL_COLUMNS, RECORD_COLUMNS, _insert_rows, _spans_json, _table, _update_by_id
from corpus.convert import compress_html, evidence_text, jsonable_headers, naive_utc, utcnow
from corpus.crawl_state import CrawlStateStore
from corpus.models import ArticleRow, OfficialRow, Page, RecordRow, Site
from corpus.nearindex import NearIndex
from extract.types import ExtractionResult

BATCH = 500


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
        for article, result, page in items:
            p = _pending(article, result, page)
            if p.key in keys or len(chunk) >= batch:  # an article twice in a batch: the second sees the first
                yield from self._store_batch(chunk, run_id, version)
                chunk, keys = [], set()
            chunk.append(p)
            keys.add(p.key)
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
                sa.select(ArticleRow.id).where(ArticleRow.key.in_([p.key for p in pend]), ArticleRow.relevant.is_(True))
            )
        )
        if ids:
            s.execute(sa.delete(RecordRow).where(RecordRow.article_id.in_(ids)))
            s.execute(sa.delete(OfficialRow).where(OfficialRow.article_id.in_(ids)))
            _update_by_id(s, ArticleRow, [{"id": i, "relevant": False} for i in ids])

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
            for r in s.execute(sa.select(Page.id, Page.url, Page.content_hash).where(Page.url.in_(list(by_url))))
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
                updates.append(dict(id=row.id, **values))
        if updates:
            _update_by_id(s, Page, updates)
        if inserts:
            s.execute(self._insert(Page).on_conflict_do_nothing(index_elements=[Page.url]), inserts)
            existing.update(
                {
                    r.url: r
                    for r in s.execute(
                        sa.select(Page.id, Page.url, Page.content_hash).where(Page.url.in_([v["url"] for v in inserts]))
                    )
                }
            )
        for url, p in by_url.items():
            p.page_id = existing[url].id

    def _articles_many(self, s: Session, rel: list[Pending], sites: dict[str, int], version: str) -> None:
        existing = {
            r.key: r
            for r in s.execute(
                sa.select(
                    ArticleRow.id,
                    ArticleRow.key,
                    ArticleRow.content_hash,
                    ArticleRow.extractor_version,
                    ArticleRow.cluster_id,
                ).where(ArticleRow.key.in_([p.key for p in rel]))
            )
        }
        updates, inserts = [], []
        for p in rel:
            values = _article_values(p, sites)
            row = existing.get(p.key)
            if row is None:
                inserts.append((p, values))
                continue
            p.row_id, p.cluster = row.id, row.cluster_id
            if row.content_hash != p.article.content_hash:
                p.content_new = p.write_derived = True
                updates.append(dict(id=row.id, **values))
            else:
                p.write_derived = row.extractor_version != version
        if updates:
            _update_by_id(s, ArticleRow, updates)
        if inserts:
            now = utcnow()
            # born extracted: the derived rows are written in this same transaction
            table = _table(ArticleRow)
            stmt = (
                self._insert(table)
                .on_conflict_do_nothing(index_elements=[table.c.key])
                .returning(table.c.id, table.c.key)
            )
            ids = dict(
                (k, i)
                for i, k in s.connection()
                .execute(
                    stmt,
                    [
                        dict(
                            key=p.key, ingested_at=now, relevant=True, extractor_version=version, extracted_at=now, **v
                        )
                        for p, v in inserts
                    ],
                )
                .all()
            )
            raced = {p.key for p, _ in inserts if p.key not in ids}  # another process stored it meanwhile
            if raced:
                ids.update(
                    (k, i)
                    for i, k in s.execute(sa.select(ArticleRow.id, ArticleRow.key).where(ArticleRow.key.in_(raced)))
                )
            for p, _ in inserts:  # a raced article keeps the other process's cluster; its claims are rewritten
                p.row_id, p.write_derived = ids[p.key], True
                p.content_new = p.inserted = p.key not in raced
        self._assign_clusters(s, [p for p in rel if p.content_new])
        for p in rel:
            if p.write_derived:
                p.n_records, p.n_officials = len(p.result.records), len(p.result.officials)

    def _assign_clusters(self, s: Session, pend: list[Pending]) -> None:
        """Each new or changed article joins the cluster of its earliest exact copy, else of a
        confirmed near copy (stored, or earlier in this batch), else starts its own."""
        if not pend:
            return
        index = self._near_index(s)
        exact: dict[str, list[tuple[int, int]]] = {}
        for r in s.execute(
            sa.select(ArticleRow.content_hash, ArticleRow.id, ArticleRow.cluster_id)
            .where(
                ArticleRow.content_hash.in_({p.article.content_hash for p in pend}), ArticleRow.cluster_id.is_not(None)
            )
            .order_by(ArticleRow.id)
        ):
            exact.setdefault(r.content_hash, []).append((r.id, r.cluster_id))
        local, local_hash = BatchSims(), dict[str, int]()
        for p in pend:
            h = p.article.content_hash or ""
            found = next((c for i, c in exact.get(h, ()) if i != p.row_id), None)
            if found is None:
                found = local_hash.get(h)
            if found is None and p.sim is not None:
                found = self._near_cluster(s, index, p, local)
            p.cluster = found or p.row_id
            if p.cluster is not None:
                local_hash.setdefault(h, p.cluster)
            local.add(p)
        own = [p.row_id for p in pend if p.cluster == p.row_id]  # most articles start their own cluster
        if own:
            table = _table(ArticleRow)
            s.connection().execute(table.update().where(table.c.id.in_(own)).values(cluster_id=table.c.id))
        _update_by_id(s, ArticleRow, [{"id": p.row_id, "cluster_id": p.cluster} for p in pend if p.cluster != p.row_id])

    def _near_cluster(self, s: Session, index: NearIndex, p: Pending, local: "BatchSims") -> int | None:
        assert p.sim is not None  # called for articles with a simhash only
        window = index.candidates(p.sim, p.day, dedup.NEAR_DISTANCE, exclude=p.row_id)
        for cid in window:  # a near simhash alone never merges two stories: the shingle check confirms
            other = s.execute(sa.select(ArticleRow.text, ArticleRow.cluster_id).where(ArticleRow.id == cid)).first()
            if other is not None and other.cluster_id is not None and _same_story(p.article, other.text):
                return other.cluster_id
        for q in local.near(p.sim):
            if _within_window(p.day, q.day) and _same_story(p.article, q.article.text):
                return q.cluster
        return None

    def _near_index(self, s: Session) -> NearIndex:
        index = getattr(self, "_near", None)
        if index is None:
            index = self._near = NearIndex()
        index.refresh(s)
        return index

    def _derived_many(self, s: Session, pend: list[Pending], version: str) -> None:
        if not pend:
            return
        ids = [p.row_id for p in pend]
        s.execute(sa.delete(RecordRow).where(RecordRow.article_id.in_(ids)))
        s.execute(sa.delete(OfficialRow).where(OfficialRow.article_id.in_(ids)))
        now = utcnow()
        recs, offs = [], []
        for p in pend:
            text, aid = p.article.extraction_text(), p.row_id  # evidence offsets index headline + body
            recs += [
                (
                    aid,
                    i,
                    r.entity,
                    r.entity_type,
                    self._entity_key_cached(r),
                    r.region_code,
                    r.province,
                    r.parent,
                    int(r.year),
                    None if r.score is None else float(r.score),
                    None if r.rank is None else int(r.rank),
                    r.rank_scope,
                    r.zone,
                    r.grade,
                    r.opinion,
                    _spans_json(r.evidence),
                    evidence_text(text, r.evidence),
                    version,
                )
                for i, r in enumerate(p.result.records)
            ]
            offs += [
                (aid, i, o.name, o.title, _spans_json(o.evidence), evidence_text(text, o.evidence), version)
                for i, o in enumerate(p.result.officials)
            ]
        if recs:
            _insert_rows(s, RecordRow, RECORD_COLUMNS, recs)
        if offs:
            _insert_rows(s, OfficialRow, OFFICIAL_COLUMNS, offs)
        _update_by_id(
            s,
            ArticleRow,
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
        if not pend:
            return
        ids = [p.row_id for p in pend]
        n_rec = dict(
            s.execute(
                sa.select(RecordRow.article_id, sa.func.count())
                .where(RecordRow.article_id.in_(ids))
                .group_by(RecordRow.article_id)
            ).all()
        )
        n_off = dict(
            s.execute(
                sa.select(OfficialRow.article_id, sa.func.count())
                .where(OfficialRow.article_id.in_(ids))
                .group_by(OfficialRow.article_id)
            ).all()
        )
        for p in pend:
            p.n_records, p.n_officials = n_rec.get(p.row_id or 0, 0), n_off.get(p.row_id or 0, 0)
