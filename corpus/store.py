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
    corpus.reextract(force=False) -> ReextractCounts       # over stored text, no refetch
    corpus.consolidate() -> int                            # rows in the `dataset` table

    # reading
    corpus.iter_records() / iter_officials() / iter_articles(with_text=False) / iter_dataset()
    corpus.replace_official_results(rows, source_file) -> int ; corpus.iter_official_results()
    corpus.table_counts() -> dict[str, int]

Idempotence: pages are unique by URL, articles by canonical URL (or content hash when there is
no URL), records/officials by (article, position). Storing the same thing again changes
nothing; a newer extractor version replaces an article's records and officials and records the
version that produced them. Syndicated copies are grouped in a duplicate cluster (exact content
hash, or near copy by the cleaner's simhash rule confirmed by shingle overlap) so
consolidation counts them as one source.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clean.types import Article
from corpus import db as dbmod
from corpus import liveness
from corpus.config import resolve_db_url
from corpus.models import (ArticleBand, ArticleRow, DatasetRow, EntryPage, OfficialResult, OfficialRow, Page,
                           RecordRow, Run, SeenUrl, Site)
from extract.types import ExtractionResult

OUTCOMES = ("relevant", "irrelevant", "error")
_WS = re.compile(r"\s+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
NEAR_COPY_WINDOW = timedelta(days=30)  # syndicated copies of a release are published within this


class IngestError(RuntimeError):
    """One input could not be ingested; the message names it (URL, file:line or id)."""


@dataclass
class IngestOutcome:
    page_id: int | None
    article_id: int | None
    relevant: bool
    n_records: int
    duplicate_of: int | None  # first article of the duplicate cluster, when this one is a copy
    new: bool  # False when nothing changed (already stored, same content, same extractor)
    outcome: str = "relevant"  # relevant / irrelevant / error / unchanged
    n_officials: int = 0


@dataclass
class SeenUrlInfo:
    url: str
    canonical_url: str | None
    content_hash: str | None
    outcome: str
    extractor_version: str | None


@dataclass
class Validators:
    etag: str | None
    last_modified: str | None
    status: int | None


@dataclass
class ReextractCounts:
    articles: int = 0
    changed: int = 0
    records: int = 0
    errors: dict[str, int] = field(default_factory=dict)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def compress_html(html: str | bytes) -> bytes:
    data = html.encode("utf-8") if isinstance(html, str) else html
    return zlib.compress(data, 6)


def decompress_html(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8", errors="replace")


def fingerprint(text: str) -> tuple[str, str | None]:
    """(content hash, simhash hex) of article text, from the cleaner's dedup module."""
    try:
        from clean import dedup
    except ImportError:  # the cleaner's module not installed: exact duplicates only
        norm = _WS.sub(" ", text).strip().lower()
        return hashlib.sha256(norm.encode("utf-8")).hexdigest(), None
    return dedup.content_hash(text), dedup.simhash(text)


def _simhash_int(simhash: str | int | None) -> int | None:
    if simhash is None or simhash == "":
        return None
    return int(simhash, 16) if isinstance(simhash, str) else int(simhash)


def _takes_title(extractor) -> bool:
    """Whether an extractor accepts `title=` (the project's does; a user-supplied one may not)."""
    import inspect

    try:
        params = inspect.signature(extractor).parameters
    except (TypeError, ValueError):
        return False
    return "title" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def _bands(sim: int | None) -> list[str]:
    if sim is None:
        return []
    from clean import dedup
    return dedup.simhash_bands(sim)


def site_of(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else (host or None)


def evidence_text(text: str, spans: Iterable[Iterable[int]]) -> str | None:
    parts = []
    for span in spans or ():
        s, e = list(span)[:2]
        if 0 <= s < e <= len(text):
            parts.append(text[s:e].strip())
    return " … ".join(p for p in parts if p) or None


class Corpus:
    """The corpus database. Use `Corpus.open(db_url)`; close with `.close()` or `with`."""

    def __init__(self, url: str, engine: sa.Engine, reader: sa.Engine,
                 cleaner: Callable | None = None, extractor: Callable | None = None,
                 extractor_version: str | None = None):
        self.url = url
        self.engine = engine  # writer: BEGIN IMMEDIATE on SQLite
        self.reader = reader  # readers never hold the write lock (long exports)
        self._cleaner = cleaner
        self._extractor = extractor
        self._extractor_version = extractor_version
        self._regions = None
        self._site_ids: dict[str, int] = {}

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, db_url: str | None = None, *, migrate: bool = True, timeout_s: float | None = None,
             cleaner: Callable | None = None, extractor: Callable | None = None,
             extractor_version: str | None = None) -> "Corpus":
        """Open (creating and migrating as needed) the corpus at `db_url`.

        Raises CorpusError with a message naming the database when it is corrupt, locked past
        the timeout, from a newer kepatuhan, or unreachable."""
        url = resolve_db_url(db_url)
        engine = dbmod.make_engine(url, immediate=True, timeout_s=timeout_s)
        reader = dbmod.make_engine(url, immediate=False, timeout_s=timeout_s) \
            if engine.dialect.name == "sqlite" else engine
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
            raise dbmod.CorpusError(f"cannot open the corpus database {dbmod.describe(url)}: "
                                    f"{dbmod._reason(exc)}") from exc
        return cls(url, engine, reader, cleaner, extractor, extractor_version)

    def close(self) -> None:
        self.engine.dispose()
        if self.reader is not self.engine:
            self.reader.dispose()

    def __enter__(self) -> "Corpus":
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

    # -- the stages we call ---------------------------------------------------------------------
    @property
    def extractor_version(self) -> str:
        if self._extractor_version is None:
            from extract import EXTRACTOR_VERSION
            self._extractor_version = EXTRACTOR_VERSION
        return self._extractor_version

    def _clean(self, html: str, url: str | None, headers: dict | None) -> Article:
        if self._cleaner is None:
            from clean import clean_page
            self._cleaner = clean_page
        return self._cleaner(html, url=url, headers=headers)

    def _extract(self, article: Article) -> ExtractionResult:
        if self._extractor is None:
            from extract import extract_article
            self._extractor = extract_article
        kwargs = {"title": article.title} if article.title and _takes_title(self._extractor) else {}
        # the headline decides relevance too ("Ombudsman" often only there); records come from the text
        return self._extractor(article.text, url=article.url, published=article.published, id=article.id or "",
                               **kwargs)

    def _entity_key(self, rec) -> str:
        from audit.entities import RegionIndex, entity_key
        if self._regions is None:
            self._regions = RegionIndex.load()
        return entity_key(rec.entity, rec.entity_type, rec.region_code, rec.parent, self._regions)

    # -- runs -----------------------------------------------------------------------------------
    def start_run(self, kind: str, config: dict | None = None) -> int:
        self.mark_dead_runs()
        with self.session() as s:
            run = Run(kind=kind, status="running", started_at=utcnow(), config=config or {},
                      report={"owner": liveness.owner()})
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, status: str, counts: dict | None = None, errors: dict | None = None,
                   report: dict | None = None) -> None:
        with self.session() as s:
            run = s.get(Run, run_id)
            if run is None:
                raise KeyError(f"no run {run_id} in {dbmod.describe(self.url)}")
            run.status, run.finished_at = status, utcnow()
            run.counts, run.errors, run.report = counts or {}, errors or {}, report or {}

    def mark_dead_runs(self) -> list[int]:
        """Runs left `running` by a process of this host that is gone -> `interrupted`."""
        with Session(self.reader) as s:
            stale = [r.id for r in s.scalars(sa.select(Run).where(Run.status == "running"))
                     if liveness.is_dead((r.report or {}).get("owner"))]
        for run_id in stale:
            with self.session() as s:
                run = s.get(Run, run_id)
                if run is not None and run.status == "running":
                    run.status, run.finished_at = "interrupted", utcnow()
        return stale

    def get_run(self, run_id: int) -> dict | None:
        with Session(self.reader) as s:
            run = s.get(Run, run_id)
            return _run_dict(run) if run else None

    def recent_runs(self, kind: str | None = None, limit: int = 20) -> list[dict]:
        """Newest first."""
        q = sa.select(Run).order_by(Run.id.desc()).limit(limit)
        if kind:
            q = q.where(Run.kind == kind)
        with Session(self.reader) as s:
            return [_run_dict(r) for r in s.scalars(q)]

    # -- crawler state --------------------------------------------------------------------------
    def seen(self, url: str) -> SeenUrlInfo | None:
        """What we know of `url` (matched as URL or canonical URL), or None."""
        with Session(self.reader) as s:
            row = s.scalars(sa.select(SeenUrl).where(SeenUrl.url == url)).first() or \
                s.scalars(sa.select(SeenUrl).where(SeenUrl.canonical_url == url)).first()
            if row is None:
                return None
            return SeenUrlInfo(row.url, row.canonical_url, row.content_hash, row.outcome, row.extractor_version)

    def is_seen(self, url: str) -> bool:
        return self.seen(url) is not None

    def is_known_hash(self, content_hash: str) -> bool:
        with Session(self.reader) as s:
            return s.scalar(sa.select(sa.literal(1)).where(
                sa.or_(sa.exists().where(SeenUrl.content_hash == content_hash),
                       sa.exists().where(ArticleRow.content_hash == content_hash)))) is not None

    def mark_seen(self, url: str, canonical_url: str | None = None, content_hash: str | None = None,
                  outcome: str = "irrelevant", extractor_version: str | None = None) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}, not {outcome!r}")
        with self.session() as s:
            self._mark_seen(s, url, canonical_url, content_hash, outcome, extractor_version)

    def _mark_seen(self, s: Session, url, canonical_url, content_hash, outcome, extractor_version=None):
        self._mark_seen_many(s, [(url, canonical_url, content_hash, outcome, extractor_version)])

    def _mark_seen_many(self, s: Session, rows) -> None:
        """Upsert (url, canonical_url, content_hash, outcome, extractor_version) rows in one
        executemany; a URL given twice keeps its last row, as one upsert per row would."""
        now = utcnow()
        params = {url: dict(url=url, first_seen=now, updated_at=now, canonical_url=canonical_url,
                            content_hash=content_hash, outcome=outcome, extractor_version=extractor_version)
                  for url, canonical_url, content_hash, outcome, extractor_version in rows}
        if params:
            s.connection().execute(self._seen_upsert(), list(params.values()))

    def _seen_upsert(self):
        # built once per corpus with bound parameters: building and compiling it per row cost a
        # crawl more than the write itself
        stmt = getattr(self, "_seen_upsert_stmt", None)
        if stmt is None:
            ins = self._insert(SeenUrl.__table__)
            values = ("canonical_url", "content_hash", "outcome", "extractor_version")
            # touch the row only when something changed: re-marking the same thing is a no-op
            changed = sa.or_(*[SeenUrl.__table__.c[k].is_distinct_from(ins.excluded[k]) for k in values])
            stmt = self._seen_upsert_stmt = ins.on_conflict_do_update(
                index_elements=[SeenUrl.__table__.c.url],
                set_={**{k: ins.excluded[k] for k in values}, "updated_at": ins.excluded.updated_at},
                where=changed)
        return stmt

    def get_validators(self, url: str) -> Validators | None:
        with Session(self.reader) as s:
            row = s.scalars(sa.select(EntryPage).where(EntryPage.url == url)).first()
            return Validators(row.etag, row.last_modified, row.last_status) if row else None

    def set_validators(self, url: str, etag: str | None = None, last_modified: str | None = None,
                       status: int | None = None) -> None:
        with self.session() as s:
            stmt = self._insert(EntryPage).values(url=url, etag=etag, last_modified=last_modified,
                                                  last_status=status, checked_at=utcnow())
            s.execute(stmt.on_conflict_do_update(index_elements=[EntryPage.url], set_={
                "etag": stmt.excluded.etag, "last_modified": stmt.excluded.last_modified,
                "last_status": stmt.excluded.last_status, "checked_at": stmt.excluded.checked_at}))

    # -- ingest -----------------------------------------------------------------------------------
    def ingest_page(self, url: str, html: str | bytes, status: int = 200, headers: dict | None = None,
                    fetched_at: datetime | None = None, site: str | None = None,
                    run_id: int | None = None) -> IngestOutcome:
        """Clean -> extract -> store one fetched page. Relevant pages keep their raw HTML
        (compressed); irrelevant ones leave only a seen-URL fingerprint. Raises IngestError."""
        if status is not None and not (200 <= int(status) < 300):
            self.mark_seen(url, outcome="error")
            return IngestOutcome(None, None, False, 0, None, False, outcome="error")
        try:  # bytes go to the cleaner as they are: it detects the charset
            article = self._clean(html, url, headers)
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop a crawl
            raise IngestError(f"{url}: cleaning failed: {type(exc).__name__}: {exc}") from exc
        page = {"url": url, "html": html, "status": status, "headers": headers,
                "fetched_at": fetched_at, "site": site}
        return self._ingest(article, page=page, run_id=run_id)

    def ingest_article(self, item: dict[str, Any], run_id: int | None = None) -> IngestOutcome:
        """Ingest an article a user brought: {"text": ...} or {"html": ...}, plus optional
        "id", "url", "published", "title", "site"."""
        url = item.get("url") or None
        if item.get("html"):
            try:
                article = self._clean(item["html"], url, item.get("headers"))
            except Exception as exc:  # noqa: BLE001
                raise IngestError(f"{item.get('id') or url}: cleaning failed: {type(exc).__name__}: {exc}") from exc
            for k in ("published", "title", "site"):
                if item.get(k) and not getattr(article, k):
                    setattr(article, k, item[k])
            if item.get("id"):
                article.id = str(item["id"])
            page = {"url": url, "html": item["html"], "status": 200, "headers": item.get("headers"),
                    "fetched_at": None, "site": item.get("site")} if url else None
            return self._ingest(article, page=page, run_id=run_id)
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            raise IngestError(f"{item.get('id') or url or 'article'}: needs a non-empty 'text' or 'html'")
        article = Article(id=str(item.get("id") or ""), text=text, url=url,
                          canonical_url=item.get("canonical_url"), site=item.get("site") or site_of(url),
                          title=item.get("title"), published=item.get("published"))
        return self._ingest(article, page=None, run_id=run_id)

    def _ingest(self, article: Article, page: dict | None, run_id: int | None) -> IngestOutcome:
        if not article.content_hash:
            article.content_hash, sim = fingerprint(article.text or "")
            article.simhash = article.simhash or sim
        url = (page or {}).get("url") or article.url
        version = self.extractor_version
        # unchanged since last time (same text, same extractor): nothing to do, nothing to write
        if url:
            prior = self.seen(url)
            if prior and prior.content_hash == article.content_hash and prior.extractor_version == version \
                    and prior.outcome in ("relevant", "irrelevant"):
                return IngestOutcome(None, None, prior.outcome == "relevant", 0, None, False, outcome="unchanged")
        else:
            with Session(self.reader) as s:
                row = s.scalars(sa.select(ArticleRow).where(ArticleRow.key == _article_key(article))).first()
                if row is not None and row.content_hash == article.content_hash and row.extractor_version == version:
                    return IngestOutcome(row.page_id, row.id, bool(row.relevant), 0,
                                         row.cluster_id if row.cluster_id != row.id else None, False,
                                         outcome="unchanged")
        try:
            result = self._extract(article)
        except Exception as exc:  # noqa: BLE001
            raise IngestError(f"{url or article.id}: extraction failed: {type(exc).__name__}: {exc}") from exc
        return self.store_extraction(article, result, page=page, run_id=run_id)

    def store_extraction(self, article: Article, result: ExtractionResult, page: dict | None = None,
                         run_id: int | None = None, extractor_version: str | None = None) -> IngestOutcome:
        """Store an article and what extraction said about it, in one transaction."""
        version = extractor_version or self.extractor_version
        if not article.content_hash:
            article.content_hash, sim = fingerprint(article.text or "")
            article.simhash = article.simhash or sim
        url = (page or {}).get("url") or article.url
        canonical = article.canonical_url or None
        if not result.relevant:
            with self.session() as s:
                if url:
                    self._mark_seen(s, url, canonical, article.content_hash, "irrelevant", version)
                # an article stored earlier as relevant that now reads as irrelevant: drop its claims
                row = s.scalars(sa.select(ArticleRow).where(ArticleRow.key == _article_key(article))).first()
                if row is not None and row.relevant:
                    self._replace_derived(s, row, article.text, result, version)
                    row.relevant = False
            return IngestOutcome(None, None, False, 0, None, True, outcome="irrelevant")
        with self.session() as s:
            site_name = (page or {}).get("site") or article.site or site_of(url)
            site_id = self._site_id(s, site_name) if site_name else None
            page_id = self._upsert_page(s, page, article, site_id, run_id) if page and page.get("url") else None
            row, changed = self._upsert_article(s, article, page_id, site_id)
            if changed or row.extractor_version != version:
                self._replace_derived(s, row, article.text, result, version)
                row.relevant, row.extractor_version, row.extracted_at = True, version, utcnow()
                new = True
            else:
                new = False
            if url:
                self._mark_seen(s, url, canonical, article.content_hash, "relevant", version)
            if new:
                n_rec, n_off = len(result.records), len(result.officials)
            else:
                n_rec = s.scalar(sa.select(sa.func.count()).select_from(RecordRow).where(RecordRow.article_id == row.id))
                n_off = s.scalar(sa.select(sa.func.count()).select_from(OfficialRow)
                                 .where(OfficialRow.article_id == row.id))
            dup = row.cluster_id if row.cluster_id != row.id else None
            return IngestOutcome(page_id, row.id, True, n_rec, dup, new, outcome="relevant", n_officials=n_off)

    def _site_id(self, s: Session, name: str) -> int:
        if name in self._site_ids:  # sites are never deleted: an id once seen stays valid
            return self._site_ids[name]
        s.execute(self._insert(Site).values(name=name, created_at=utcnow()).on_conflict_do_nothing(
            index_elements=[Site.name]))
        site_id = s.scalar(sa.select(Site.id).where(Site.name == name))
        s.info.setdefault("new_sites", {})[name] = site_id  # cached once the transaction commits
        return site_id

    def _upsert_page(self, s: Session, page: dict, article: Article, site_id, run_id) -> int:
        url = page["url"]
        existing = s.scalars(sa.select(Page).where(Page.url == url)).first()
        if existing is not None:
            if existing.content_hash != article.content_hash:  # the page changed: keep the newest
                existing.raw_html = compress_html(page["html"])
                existing.content_hash = article.content_hash
                existing.fetched_at = _naive(page.get("fetched_at")) or utcnow()
                existing.status, existing.headers = page.get("status"), _jsonable_headers(page.get("headers"))
                existing.canonical_url, existing.run_id = article.canonical_url, run_id
            return existing.id
        s.execute(self._insert(Page).values(
            url=url, canonical_url=article.canonical_url, site_id=site_id,
            fetched_at=_naive(page.get("fetched_at")) or utcnow(), status=page.get("status"),
            headers=_jsonable_headers(page.get("headers")), raw_html=compress_html(page["html"]),
            content_hash=article.content_hash, run_id=run_id).on_conflict_do_nothing(index_elements=[Page.url]))
        return s.scalar(sa.select(Page.id).where(Page.url == url))

    def _upsert_article(self, s: Session, article: Article, page_id, site_id) -> tuple[ArticleRow, bool]:
        """(row, content changed?)."""
        key = _article_key(article)
        sim = _simhash_int(article.simhash)
        values = dict(source_id=article.id or None, page_id=page_id, site_id=site_id,
                      url=article.url, canonical_url=article.canonical_url, title=article.title,
                      published=iso_date(article.published), modified=article.modified, author=article.author,
                      language=article.language, dateline=article.dateline, captions=list(article.captions or []),
                      warnings=list(article.warnings or []), text=article.text, content_hash=article.content_hash,
                      simhash=(f"{sim:016x}" if sim is not None else None))
        row = s.scalars(sa.select(ArticleRow).where(ArticleRow.key == key)).first()
        if row is not None:
            if row.content_hash == article.content_hash:
                return row, False
            for k, v in values.items():
                setattr(row, k, v)
            row.cluster_id = self._find_cluster(s, article, sim, exclude=row.id) or row.id
            self._set_bands(s, row.id, sim)
            return row, True
        cluster = self._find_cluster(s, article, sim)
        inserted = s.execute(self._insert(ArticleRow).values(key=key, ingested_at=utcnow(), cluster_id=cluster,
                                                             **values)
                             .on_conflict_do_nothing(index_elements=[ArticleRow.key])
                             .returning(ArticleRow.id)).scalar()
        row = s.scalars(sa.select(ArticleRow).where(ArticleRow.key == key)).one()
        if inserted is None:  # another process stored it between our look and our insert
            return row, row.content_hash != article.content_hash
        if row.cluster_id is None:
            row.cluster_id = row.id
        self._set_bands(s, row.id, sim, replace=False)
        return row, True

    def _set_bands(self, s: Session, article_id: int, sim: int | None, replace: bool = True) -> None:
        if replace:
            s.execute(sa.delete(ArticleBand).where(ArticleBand.article_id == article_id))
        bands = _bands(sim)
        if bands:
            s.execute(sa.insert(ArticleBand), [{"article_id": article_id, "band": b} for b in bands])

    def _find_cluster(self, s: Session, article: Article, sim: int | None,
                      exclude: int | None = None) -> int | None:
        """The duplicate cluster `article` belongs to: an exact copy (same content hash), else a
        near copy by the cleaner's rule (simhash within its distance, confirmed by shingle overlap)."""
        q = sa.select(ArticleRow.cluster_id).where(ArticleRow.content_hash == article.content_hash,
                                                    ArticleRow.cluster_id.is_not(None))
        if exclude is not None:
            q = q.where(ArticleRow.id != exclude)
        found = s.scalar(q.order_by(ArticleRow.id).limit(1))
        if found is not None or sim is None:
            return found
        from clean import dedup
        bands = _bands(sim)
        published = iso_date(article.published)
        if published:
            # copies of a story appear within days of each other: look in a date window (and among
            # undated articles), probing each one's bands by primary key. A band alone matches
            # about a quarter of all articles, so a corpus-wide band search grows with the corpus.
            day = date.fromisoformat(published)
            lo, hi = (day - NEAR_COPY_WINDOW).isoformat(), (day + NEAR_COPY_WINDOW).isoformat()
            shares_band = sa.exists().where(ArticleBand.article_id == ArticleRow.id, ArticleBand.band.in_(bands))
            q = sa.select(ArticleRow.id, ArticleRow.simhash).where(
                sa.or_(ArticleRow.published.between(lo, hi), ArticleRow.published.is_(None)), shares_band)
        else:
            cand_ids = sa.select(ArticleBand.article_id).where(ArticleBand.band.in_(bands)).distinct()
            q = sa.select(ArticleRow.id, ArticleRow.simhash).where(ArticleRow.id.in_(cand_ids))
        cands = s.execute(q.where(ArticleRow.cluster_id.is_not(None))).all()
        near = sorted(k for k, _d in dedup.find_near_duplicates(sim, [(c.id, c.simhash) for c in cands
                                                                       if c.id != exclude]))
        # a near simhash alone never merges two stories: the cleaner's shingle check confirms it
        for cid in near:
            other = s.execute(sa.select(ArticleRow.text, ArticleRow.cluster_id).where(ArticleRow.id == cid)).one()
            if len(dedup.cluster([article, Article(id=str(cid), text=other.text)])) == 1:
                return other.cluster_id
        return None

    def _replace_derived(self, s: Session, row: ArticleRow, text: str, result: ExtractionResult,
                         version: str) -> None:
        s.execute(sa.delete(RecordRow).where(RecordRow.article_id == row.id))
        s.execute(sa.delete(OfficialRow).where(OfficialRow.article_id == row.id))
        if not result.relevant:
            return
        recs = [dict(article_id=row.id, seq=i, entity=r.entity, entity_type=r.entity_type,
                     entity_key=self._entity_key(r), region_code=r.region_code, province=r.province,
                     parent=r.parent, year=int(r.year), score=None if r.score is None else float(r.score),
                     rank=None if r.rank is None else int(r.rank), rank_scope=r.rank_scope, zone=r.zone,
                     grade=r.grade, opinion=r.opinion, evidence=[list(sp) for sp in r.evidence],
                     evidence_text=evidence_text(text, r.evidence), extractor_version=version)
                for i, r in enumerate(result.records)]
        offs = [dict(article_id=row.id, seq=i, name=o.name, title=o.title,
                     evidence=[list(sp) for sp in o.evidence], evidence_text=evidence_text(text, o.evidence),
                     extractor_version=version)
                for i, o in enumerate(result.officials)]
        if recs:
            s.execute(sa.insert(RecordRow), recs)
        if offs:
            s.execute(sa.insert(OfficialRow), offs)

    # -- re-extraction ----------------------------------------------------------------------------
    def reextract(self, force: bool = False, progress: Callable[[int], None] | None = None) -> ReextractCounts:
        """Rerun extraction over stored articles whose extractor version differs from the
        current one (all with `force`), replacing their records and officials. No refetch."""
        version = self.extractor_version
        counts = ReextractCounts()
        q = sa.select(ArticleRow.id).order_by(ArticleRow.id)
        if not force:
            q = q.where(ArticleRow.extractor_version.is_distinct_from(version))
        with Session(self.reader) as s:
            ids = list(s.scalars(q))
        for aid in ids:
            with Session(self.reader) as s:
                row = s.get(ArticleRow, aid)
                article = Article(id=row.source_id or str(row.id), text=row.text, url=row.url,
                                  canonical_url=row.canonical_url, title=row.title, published=row.published)
            counts.articles += 1
            try:
                result = self._extract(article)
            except Exception as exc:  # noqa: BLE001 - one article never stops the batch
                kind = type(exc).__name__
                counts.errors[kind] = counts.errors.get(kind, 0) + 1
                continue
            with self.session() as s:
                row = s.get(ArticleRow, aid)
                before = _derived_signature(s, aid)
                self._replace_derived(s, row, row.text, result, version)
                row.relevant, row.extractor_version, row.extracted_at = bool(result.relevant), version, utcnow()
                counts.changed += before != _derived_signature(s, aid)
                counts.records += len(result.records) if result.relevant else 0
            if progress:
                progress(1)
        return counts

    # -- consolidation ----------------------------------------------------------------------------
    def consolidate(self) -> int:
        from corpus.consolidate import consolidate
        return consolidate(self)

    # -- official results -------------------------------------------------------------------------
    def replace_official_results(self, rows: Iterable[dict | Any], source_file: str,
                                 also_replace: Iterable[str] = ()) -> int:
        """Replace every official row previously imported from `source_file` (and from the
        sources `also_replace`) by `rows` (dicts or objects with the official-results columns).
        Returns the number stored."""
        from audit.entities import RegionIndex, entity_key
        regions = RegionIndex.load()
        out = []
        for r in rows:
            d = r if isinstance(r, dict) else vars(r)
            key = d.get("entity_key") or entity_key(d["entity"], d.get("entity_type"), d.get("region_code"),
                                                    d.get("parent"), regions)
            out.append(dict(year=int(d["year"]), entity=d["entity"], entity_type=d.get("entity_type"),
                            entity_key=key,
                            region_code=d.get("region_code") or (key[2:] if key.startswith("R:") else None),
                            score=None if d.get("score") in (None, "") else float(d["score"]),
                            zone=d.get("zone") or None, grade=d.get("grade") or None,
                            opinion=d.get("opinion") or None,
                            rank_national=_int_or_none(d.get("rank_national")),
                            rank_provincial=_int_or_none(d.get("rank_provincial")),
                            source=d.get("source") or None, source_file=str(source_file)))
        with self.session() as s:
            s.execute(sa.delete(OfficialResult).where(
                OfficialResult.source_file.in_([str(source_file), *map(str, also_replace)])))
            if out:
                s.execute(sa.insert(OfficialResult), out)
        return len(out)

    def iter_official_results(self) -> Iterator[dict]:
        cols = [c for c in OfficialResult.__table__.columns if c.name != "id"]
        yield from self._stream(sa.select(*cols).order_by(OfficialResult.year, OfficialResult.entity_key,
                                                            OfficialResult.id))

    # -- reading ----------------------------------------------------------------------------------
    def _stream(self, stmt, chunk: int = 2000) -> Iterator[dict]:
        """Rows as dicts, fetched in chunks (server-side cursor on PostgreSQL): bounded memory."""
        with self.reader.connect() as conn:
            result = conn.execute(stmt, execution_options={"yield_per": chunk, "stream_results": True})
            for row in result.mappings():
                yield dict(row)

    def iter_records(self) -> Iterator[dict]:
        from corpus.queries import records_query
        yield from self._stream(records_query())

    def iter_officials(self) -> Iterator[dict]:
        from corpus.queries import officials_query
        yield from self._stream(officials_query())

    def iter_articles(self, with_text: bool = False) -> Iterator[dict]:
        from corpus.queries import articles_query
        yield from self._stream(articles_query(with_text))

    def iter_dataset(self) -> Iterator[dict]:
        from corpus.queries import dataset_query
        yield from self._stream(dataset_query())

    def page_html(self, url: str) -> str | None:
        """The stored raw HTML of a page (decompressed)."""
        with Session(self.reader) as s:
            return decompress_html(s.scalar(sa.select(Page.raw_html).where(Page.url == url)))

    def table_counts(self) -> dict[str, int]:
        tables = (Site, Page, ArticleRow, ArticleBand, RecordRow, OfficialRow, Run, SeenUrl, EntryPage, OfficialResult,
                  DatasetRow)
        with Session(self.reader) as s:
            return {t.__tablename__: s.scalar(sa.select(sa.func.count()).select_from(t)) for t in tables}


def iso_date(value) -> str | None:
    """"2024-12-13" from "2024-12-13", "2024-12-13T08:00:00+07:00" or a date; None otherwise
    (exports declare the column a date, so only real dates are kept)."""
    if value is None:
        return None
    s = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    m = _ISO_DATE.match(s)
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(0)).isoformat()
    except ValueError:
        return None


def _article_key(article: Article) -> str:
    url = article.canonical_url or article.url
    return f"url:{url}" if url else f"sha:{article.content_hash}"


def _derived_signature(s: Session, article_id: int) -> tuple:
    recs = s.execute(sa.select(RecordRow.entity_key, RecordRow.year, RecordRow.score, RecordRow.rank,
                               RecordRow.zone, RecordRow.grade, RecordRow.opinion)
                     .where(RecordRow.article_id == article_id).order_by(RecordRow.seq)).all()
    offs = s.execute(sa.select(OfficialRow.name, OfficialRow.title).where(OfficialRow.article_id == article_id)
                     .order_by(OfficialRow.seq)).all()
    return tuple(map(tuple, recs)), tuple(map(tuple, offs))


def _run_dict(run: Run) -> dict:
    return {"id": run.id, "kind": run.kind, "status": run.status, "started_at": run.started_at,
            "finished_at": run.finished_at, "config": run.config, "counts": run.counts,
            "errors": run.errors, "report": run.report}


def _jsonable_headers(headers) -> dict | None:
    if not headers:
        return None
    out = {}
    for k, v in dict(headers).items():
        k = k.decode("latin-1") if isinstance(k, bytes) else str(k)
        if isinstance(v, (list, tuple)):
            v = b", ".join(x if isinstance(x, bytes) else str(x).encode() for x in v)
        out[k] = v.decode("latin-1") if isinstance(v, bytes) else str(v)
    return out


def _naive(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    return dt


def _int_or_none(v) -> int | None:
    if v in (None, ""):
        return None
    return int(float(v))
