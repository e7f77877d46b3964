"""The SELECTs behind `iter_*` and the exports: one flat row per record / official / article /
dataset row, with the provenance columns a researcher needs (article URL, site, dates)."""

from __future__ import annotations

import sqlalchemy as sa

from corpus.models import ArticleRow, DatasetRow, OfficialRow, RecordRow, Site


def _j(col, raw: bool):
    """A JSON column, as Python values, or as its JSON text (exports: no decode/re-encode)."""
    return sa.cast(col, sa.Text).label(col.key) if raw else col


def records_query(raw_json: bool = False):
    a, r = ArticleRow, RecordRow
    return (
        sa.select(
            r.id.label("record_id"),
            r.article_id,
            a.cluster_id,
            a.url.label("article_url"),
            Site.name.label("site"),
            a.published,
            r.entity,
            r.entity_type,
            r.entity_key,
            r.region_code,
            r.province,
            r.parent,
            r.year,
            r.score,
            r.rank,
            r.rank_scope,
            r.zone,
            r.grade,
            r.opinion,
            _j(r.evidence, raw_json),
            r.evidence_text,
            r.extractor_version,
        )
        .join(a, a.id == r.article_id)
        .outerjoin(Site, Site.id == a.site_id)
        .order_by(r.id)
    )


def officials_query(raw_json: bool = False):
    a, o = ArticleRow, OfficialRow
    return (
        sa.select(
            o.id.label("official_id"),
            o.article_id,
            a.url.label("article_url"),
            Site.name.label("site"),
            a.published,
            o.name,
            o.title,
            _j(o.evidence, raw_json),
            o.evidence_text,
            o.extractor_version,
        )
        .join(a, a.id == o.article_id)
        .outerjoin(Site, Site.id == a.site_id)
        .order_by(o.id)
    )


def articles_query(with_text: bool = False, raw_json: bool = False):
    a = ArticleRow
    n_rec = sa.select(sa.func.count()).where(RecordRow.article_id == a.id).correlate(a).scalar_subquery()
    cols = [
        a.id.label("article_id"),
        a.source_id,
        a.url,
        a.canonical_url,
        Site.name.label("site"),
        a.title,
        a.published,
        a.author,
        a.content_hash,
        a.simhash,
        a.cluster_id,
        a.relevant,
        a.extractor_version,
        a.ingested_at,
        n_rec.label("n_records"),
    ]
    if with_text:
        cols.append(a.text)
    return sa.select(*cols).outerjoin(Site, Site.id == a.site_id).order_by(a.id)


def dataset_query(raw_json: bool = False):
    d = DatasetRow
    cols = [_j(c, raw_json) if isinstance(c.type, sa.JSON) else c for c in d.__table__.columns]
    return sa.select(*cols).order_by(d.year, d.entity_key)
