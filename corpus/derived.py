"""An article's derived rows (records and officials) written and counted set-wise, a batch of
articles per statement (corpus.bulk)."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence

import sqlalchemy as sa

from clean.types import Article
from corpus.bulk import any_of, insert_rows, table_of
from corpus.convert import evidence_text
from corpus.models import OfficialRow, RecordRow
from extract.types import ExtractionResult

RECORD_COLUMNS = (
    "article_id",
    "seq",
    "entity",
    "entity_type",
    "entity_key",
    "region_code",
    "province",
    "parent",
    "year",
    "score",
    "rank",
    "rank_scope",
    "zone",
    "grade",
    "opinion",
    "evidence",
    "evidence_text",
    "extractor_version",
)
OFFICIAL_COLUMNS = ("article_id", "seq", "name", "title", "evidence", "evidence_text", "extractor_version")


def replace_derived(
    conn: sa.Connection,
    items: Sequence[tuple[int, Article, ExtractionResult]],
    fresh: Collection[int],
    version: str,
    entity_key: Callable,
) -> None:
    """Replace the records and officials of (article id, article, result) items: one delete per
    table for the articles not in `fresh` (those inserted in this transaction have none), one
    insert per table. Evidence offsets index the article's extraction text (headline + body)."""
    stored = [aid for aid, _, _ in items if aid not in fresh]
    if stored:
        conn.execute(sa.delete(RecordRow).where(any_of(conn, RecordRow.article_id, stored)))
        conn.execute(sa.delete(OfficialRow).where(any_of(conn, OfficialRow.article_id, stored)))
    recs: list[tuple] = []
    offs: list[tuple] = []
    for aid, article, result in items:
        text = article.extraction_text()
        recs += [
            (
                aid,
                i,
                r.entity,
                r.entity_type,
                entity_key(r),
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
                spans_json(r.evidence),
                evidence_text(text, r.evidence),
                version,
            )
            for i, r in enumerate(result.records)
        ]
        offs += [
            (aid, i, o.name, o.title, spans_json(o.evidence), evidence_text(text, o.evidence), version)
            for i, o in enumerate(result.officials)
        ]
    insert_rows(conn, table_of(RecordRow), RECORD_COLUMNS, recs)
    insert_rows(conn, table_of(OfficialRow), OFFICIAL_COLUMNS, offs)


def derived_counts(conn: sa.Connection, ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """(records, officials) stored per article id (articles with neither are left out)."""
    if not ids:
        return {}
    counts: dict[int, list[int]] = {}
    for k, article_id in enumerate((RecordRow.article_id, OfficialRow.article_id)):
        q = sa.select(article_id, sa.func.count()).where(any_of(conn, article_id, ids)).group_by(article_id)
        for aid, n in conn.execute(q):
            counts.setdefault(aid, [0, 0])[k] = n
    return {aid: (n[0], n[1]) for aid, n in counts.items()}


def spans_json(spans) -> str | None:
    """Evidence spans as JSON text, written as SQLAlchemy's JSON type writes them ("[[0, 20]]"):
    exports copy the stored text as it is."""
    if spans is None:
        return None
    try:
        if len(spans) == 1:  # the common case, without the join
            ((a, b),) = spans
            return f"[[{int(a)}, {int(b)}]]"
        return "[" + ", ".join(f"[{int(a)}, {int(b)}]" for a, b in spans) + "]"
    except (TypeError, ValueError):
        return json.dumps([list(sp) for sp in spans])
