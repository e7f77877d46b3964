"""SQLAlchemy 2.x models of the corpus: what was fetched, what it said, and when.

    sites ─< pages ─< articles ─< records / officials       (provenance chain)
    runs                                                     (one row per crawl/ingest/run)
    seen_urls, entry_pages                                   (the crawler's incremental state)
    official_results                                         (Ombudsman's published tables)
    dataset                                                  (consolidated: one row per entity-year)

The schema is created and upgraded only by the Alembic migrations in `corpus/migrations`;
these classes must match the newest revision.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON as JSONType,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
    literal_column,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# a Python None is stored as SQL NULL, not as the JSON text 'null'
JSON = JSONType(none_as_null=True)


class Base(DeclarativeBase):
    pass


class Site(Base):
    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)  # usually the host name
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Page(Base):
    """A fetched page kept for reproducibility (relevant pages only); raw HTML zlib-compressed."""

    __tablename__ = "pages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    canonical_url: Mapped[str | None] = mapped_column(Text, index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"), index=True)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[int | None] = mapped_column(Integer)
    headers: Mapped[dict | None] = mapped_column(JSON)
    raw_html: Mapped[bytes | None] = mapped_column(LargeBinary)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    run_id: Mapped[int | None] = mapped_column(Integer)


class ArticleRow(Base):
    """The cleaner's output for one page (or one article a user brought), plus extraction state."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  # "url:<url>" or "sha:<content hash>"
    source_id: Mapped[str | None] = mapped_column(Text)  # the id the input gave it
    page_id: Mapped[int | None] = mapped_column(ForeignKey("pages.id"), index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32))
    modified: Mapped[str | None] = mapped_column(String(32))
    author: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    dateline: Mapped[str | None] = mapped_column(Text)
    captions: Mapped[list | None] = mapped_column(JSON)
    warnings: Mapped[list | None] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))  # indexed by its prefix (hash_prefix)
    simhash: Mapped[str | None] = mapped_column(String(16))
    cluster_id: Mapped[int | None] = mapped_column(Integer, index=True)  # id of the cluster's first article
    relevant: Mapped[bool | None] = mapped_column(Boolean)
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    extracted_at: Mapped[datetime | None] = mapped_column(DateTime)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)


def hash_prefix(column):
    """`substr(column, 1, 16)`, the expression `ix_articles_hash_prefix` indexes. Its bounds are
    written as literals: SQLite uses an expression index only for that very expression, and
    bound parameters would not be it."""
    return func.substr(column, literal_column("1"), literal_column("16"), type_=String)


Index("ix_articles_hash_prefix", hash_prefix(ArticleRow.content_hash))


class RecordRow(Base):
    __tablename__ = "records"
    __table_args__ = (UniqueConstraint("article_id", "seq"),)  # no (entity_key, year) index (revision 0009)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(Text)
    entity_type: Mapped[str | None] = mapped_column(String(32))
    entity_key: Mapped[str] = mapped_column(Text)
    region_code: Mapped[str | None] = mapped_column(String(16))
    province: Mapped[str | None] = mapped_column(Text)
    parent: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int] = mapped_column(Integer)
    score: Mapped[float | None] = mapped_column(Float)
    rank: Mapped[int | None] = mapped_column(Integer)
    rank_scope: Mapped[str | None] = mapped_column(String(16))
    zone: Mapped[str | None] = mapped_column(String(16))
    grade: Mapped[str | None] = mapped_column(String(4))
    opinion: Mapped[str | None] = mapped_column(String(32))
    evidence: Mapped[list | None] = mapped_column(JSON)
    evidence_text: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str | None] = mapped_column(String(32))


class OfficialRow(Base):
    __tablename__ = "officials"
    __table_args__ = (UniqueConstraint("article_id", "seq"),)  # also the index of look-ups by article
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list | None] = mapped_column(JSON)
    evidence_text: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str | None] = mapped_column(String(32))


class Run(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))  # running / ok / partial / failed / interrupted
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    config: Mapped[dict | None] = mapped_column(JSON)
    counts: Mapped[dict | None] = mapped_column(JSON)
    errors: Mapped[dict | None] = mapped_column(JSON)  # error kind -> count
    report: Mapped[dict | None] = mapped_column(JSON)  # per-site report


# --- revision 0002: the crawler's incremental state, official results, the dataset ------------


class SeenUrl(Base):
    """Every URL the pipeline has looked at, so nothing is fetched (or judged) twice."""

    __tablename__ = "seen_urls"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    canonical_url: Mapped[str | None] = mapped_column(Text, index=True)
    content_hash: Mapped[str | None] = mapped_column(String(64))  # no index (revision 0006)
    outcome: Mapped[str] = mapped_column(String(16))  # relevant / irrelevant / error
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class EntryPage(Base):
    """Validators of an entry page (home, listing, feed, sitemap) for conditional GET."""

    __tablename__ = "entry_pages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_status: Mapped[int | None] = mapped_column(Integer)
    checked_at: Mapped[datetime] = mapped_column(DateTime)


class OfficialResult(Base):
    __tablename__ = "official_results"
    __table_args__ = (Index("ix_official_year_key", "year", "entity_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(Text)
    entity_type: Mapped[str | None] = mapped_column(String(32))
    entity_key: Mapped[str | None] = mapped_column(Text)
    region_code: Mapped[str | None] = mapped_column(String(16))
    score: Mapped[float | None] = mapped_column(Float)
    zone: Mapped[str | None] = mapped_column(String(16))
    grade: Mapped[str | None] = mapped_column(String(4))
    opinion: Mapped[str | None] = mapped_column(String(32))
    rank_national: Mapped[int | None] = mapped_column(Integer)
    rank_provincial: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str | None] = mapped_column(Text, index=True)


class DatasetRow(Base):
    """Consolidated: one row per (entity, year), rebuilt by `consolidate()`."""

    __tablename__ = "dataset"
    entity_key: Mapped[str] = mapped_column(Text, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(Text)
    entity_type: Mapped[str | None] = mapped_column(String(32))
    region_code: Mapped[str | None] = mapped_column(String(16))
    province: Mapped[str | None] = mapped_column(Text)
    parent: Mapped[str | None] = mapped_column(Text)
    score: Mapped[float | None] = mapped_column(Float)
    rank: Mapped[int | None] = mapped_column(Integer)
    rank_scope: Mapped[str | None] = mapped_column(String(16))
    zone: Mapped[str | None] = mapped_column(String(16))
    grade: Mapped[str | None] = mapped_column(String(4))
    opinion: Mapped[str | None] = mapped_column(String(32))
    n_sources: Mapped[int] = mapped_column(Integer)  # distinct duplicate clusters
    n_articles: Mapped[int] = mapped_column(Integer)
    n_records: Mapped[int] = mapped_column(Integer)
    conflict: Mapped[bool] = mapped_column(Boolean)
    score_conflict: Mapped[bool] = mapped_column(Boolean)
    rank_conflict: Mapped[bool] = mapped_column(Boolean)
    zone_conflict: Mapped[bool] = mapped_column(Boolean)
    grade_conflict: Mapped[bool] = mapped_column(Boolean)
    opinion_conflict: Mapped[bool] = mapped_column(Boolean)
    conflicts: Mapped[dict | None] = mapped_column(JSON)  # field -> {value: n_sources}
    # field -> {value: {"n_sources": n, "bands": [system label]}}: values that differ only by the
    # attested band system each source printed (not a conflict; revision 0007)
    band_systems: Mapped[dict | None] = mapped_column(JSON)
    first_seen: Mapped[str | None] = mapped_column(String(32))
    last_seen: Mapped[str | None] = mapped_column(String(32))
    source_urls: Mapped[list | None] = mapped_column(JSON)
    record_ids: Mapped[list | None] = mapped_column(JSON)
