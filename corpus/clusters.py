"""Duplicate clusters: syndicated copies of one story are one source. An exact copy shares the
content hash; a near copy is found by simhash bands within a date window and confirmed by the
cleaner's shingle check (clean.dedup), so a near simhash alone never merges two stories."""
from __future__ import annotations

from datetime import date, timedelta
from typing import cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clean import dedup
from clean.types import Article
from corpus.convert import iso_date
from corpus.models import ArticleBand, ArticleRow

NEAR_COPY_WINDOW = timedelta(days=30)  # syndicated copies of a release are published within this


def fingerprint(text: str) -> tuple[str, int]:
    """(content hash, simhash hex) of article text."""
    return dedup.content_hash(text), dedup.simhash(text)


def simhash_int(simhash: str | int | None) -> int | None:
    if simhash is None or simhash == "":
        return None
    return int(simhash, 16) if isinstance(simhash, str) else int(simhash)


def _bands(sim: int | None) -> list[str]:
    if sim is None:
        return []
    return dedup.simhash_bands(sim)


def set_bands(s: Session, article_id: int, sim: int | None, replace: bool = True) -> None:
    if replace:
        s.execute(sa.delete(ArticleBand).where(ArticleBand.article_id == article_id))
    bands = _bands(sim)
    if bands:
        s.execute(sa.insert(ArticleBand), [{"article_id": article_id, "band": b} for b in bands])


def find_cluster(s: Session, article: Article, sim: int | None,
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
    bands = _bands(sim)
    published = iso_date(article.published)
    if published:
        # copies of a story appear within days of each other: look in a date window (and among
        # undated articles), probing each one's bands by primary key. A band alone matches
        # about a quarter of all articles, so a corpus-wide band search grows with the corpus.
        day = date.fromisoformat(published)
        lo, hi = (day - NEAR_COPY_WINDOW).isoformat(), (day + NEAR_COPY_WINDOW).isoformat()
        shares_band = sa.exists().where(ArticleBand.article_id == ArticleRow.id, ArticleBand.band.in_(bands))
        near_q = sa.select(ArticleRow.id, ArticleRow.simhash).where(
            sa.or_(ArticleRow.published.between(lo, hi), ArticleRow.published.is_(None)), shares_band)
    else:
        cand_ids = sa.select(ArticleBand.article_id).where(ArticleBand.band.in_(bands)).distinct()
        near_q = sa.select(ArticleRow.id, ArticleRow.simhash).where(ArticleRow.id.in_(cand_ids))
    cands = s.execute(near_q.where(ArticleRow.cluster_id.is_not(None))).all()
    near = sorted(cast(int, k) for k, _d in dedup.find_near_duplicates(sim, [(c.id, c.simhash) for c in cands
                                                                   if c.id != exclude]))
    # a near simhash alone never merges two stories: the cleaner's shingle check confirms it
    for cid in near:
        other = s.execute(sa.select(ArticleRow.text, ArticleRow.cluster_id).where(ArticleRow.id == cid)).one()
        if len(dedup.cluster([article, Article(id=str(cid), text=other.text)])) == 1:
            return other.cluster_id
    return None
