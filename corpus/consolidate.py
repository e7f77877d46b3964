"""Consolidation: many articles' claims -> one `dataset` row per (entity, year).

Entities meet through `entity_key` (computed at ingest by `gazetteer.entity_key`):
"R:<region code>" for provinces, kabupaten and kota ("Pemkab Lebong" and "Kabupaten Lebong"
are both R:17.07), "N:<normalised name>" for ministries and agencies, "U:<parent>|<name>" for
service units.

A *source* is a duplicate cluster, not an article: a press release syndicated by five outlets
is one source. For each field the value backed by most sources wins (ties: the value seen
first); a field where sources back different values is flagged (`<field>_conflict`) and the
competing values with their source counts go to `conflicts`.

Records are streamed in (entity_key, year) order and rows written in batches, so memory stays
bounded however large the corpus.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from corpus.models import ArticleRow, DatasetRow, RecordRow
from gazetteer import RegionIndex

CLAIM_FIELDS = ("score", "rank", "zone", "grade", "opinion")
DESCRIPTIVE_FIELDS = ("entity", "entity_type", "region_code", "province", "parent", "rank_scope")
BATCH = 1000


def _norm(field: str, value: Any) -> Any:
    if value is None or value == "":
        return None
    if field == "score":
        return round(float(value), 2)
    if isinstance(value, str):
        return value.strip()
    return value


def vote(claims: list[tuple[Any, int, int]]) -> tuple[Any, dict[Any, int]]:
    """claims: (value, source, order seen). -> (winner, {value: n distinct sources})."""
    sources: dict[Any, set[int]] = {}
    first: dict[Any, int] = {}
    for value, source, order in claims:
        if value is None:
            continue
        sources.setdefault(value, set()).add(source)
        first[value] = min(first.get(value, order), order)
    if not sources:
        return None, {}
    tally = {v: len(s) for v, s in sources.items()}
    winner = min(tally, key=lambda v: (-tally[v], first[v]))
    return winner, tally


def consolidate_group(entity_key: str, year: int, rows: list[dict], regions=None) -> dict:
    """One dataset row from the records of one entity-year (rows as from `_source_rows`)."""
    out: dict[str, Any] = {"entity_key": entity_key, "year": year}
    conflicts: dict[str, dict[str, int]] = {}
    for f in DESCRIPTIVE_FIELDS + CLAIM_FIELDS:
        winner, tally = vote([(_norm(f, r[f]), r["source"], i) for i, r in enumerate(rows)])
        out[f] = winner
        if f in CLAIM_FIELDS:
            out[f"{f}_conflict"] = len(tally) > 1
            if len(tally) > 1:
                conflicts[f] = {_label(v): n for v, n in sorted(tally.items(), key=lambda kv: (-kv[1], str(kv[0])))}
    if entity_key.startswith("R:") and regions is not None:
        region = regions.get(entity_key[2:])
        if region is not None:  # the gazetteer's name and province, whatever the outlets wrote
            out["region_code"], out["entity"] = region.code, region.name
            out["entity_type"], out["province"] = region.level, region.province
    out["conflict"] = any(out[f"{f}_conflict"] for f in CLAIM_FIELDS)
    out["conflicts"] = conflicts or None
    out["n_sources"] = len({r["source"] for r in rows})
    out["n_articles"] = len({r["article_id"] for r in rows})
    out["n_records"] = len(rows)
    seen = sorted(d for d in (r["seen"] for r in rows) if d)
    out["first_seen"], out["last_seen"] = (seen[0], seen[-1]) if seen else (None, None)
    out["source_urls"] = sorted({r["url"] for r in rows if r["url"]})
    out["record_ids"] = sorted(r["record_id"] for r in rows)
    return out


def _label(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def _source_rows():
    a, r = ArticleRow, RecordRow
    return (
        sa.select(
            r.id.label("record_id"),
            r.entity_key,
            r.year,
            r.entity,
            r.entity_type,
            r.region_code,
            r.province,
            r.parent,
            r.score,
            r.rank,
            r.rank_scope,
            r.zone,
            r.grade,
            r.opinion,
            a.id.label("article_id"),
            sa.func.coalesce(a.cluster_id, a.id).label("source"),
            a.url,
            a.published,
            a.ingested_at,
        )
        .join(a, a.id == r.article_id)
        .where(a.relevant.is_(True))
        # undated articles last on every backend (SQLite sorts NULL first, PostgreSQL last)
        .order_by(r.entity_key, r.year, sa.case((a.published.is_(None), 1), else_=0), a.published, r.id)
    )


def iter_consolidated(rows_iter, regions=None):
    """Group an (entity_key, year)-ordered stream of source rows into dataset rows."""
    group: list[dict] = []
    current = None
    for row in rows_iter:
        row = dict(row)
        row["seen"] = row["published"] or (row["ingested_at"].date().isoformat() if row["ingested_at"] else None)
        k = (row["entity_key"], row["year"])
        if current is not None and k != current:
            yield consolidate_group(current[0], current[1], group, regions)
            group = []
        current = k
        group.append(row)
    if group:
        yield consolidate_group(current[0], current[1], group, regions)


def consolidate(engine: sa.Engine) -> int:
    """Rebuild the `dataset` table from the stored records (through the corpus's writer
    engine). Returns its row count."""
    regions = RegionIndex.load()
    n = 0
    with engine.connect() as conn:
        with conn.begin():
            if conn.dialect.name == "postgresql":  # one rebuild at a time (SQLite: BEGIN IMMEDIATE does it)
                conn.exec_driver_sql("LOCK TABLE dataset IN SHARE ROW EXCLUSIVE MODE")
            conn.execute(sa.delete(DatasetRow))
            stream = conn.execute(_source_rows(), execution_options={"yield_per": BATCH, "stream_results": True})
            batch: list[dict] = []
            for drow in iter_consolidated(stream.mappings(), regions):
                batch.append(drow)
                if len(batch) >= BATCH:
                    conn.execute(sa.insert(DatasetRow), batch)
                    n += len(batch)
                    batch = []
            if batch:
                conn.execute(sa.insert(DatasetRow), batch)
                n += len(batch)
    return n
