"""Consolidation: many articles' claims -> one `dataset` row per (entity, year).

Entities meet through `entity_key` (computed at ingest by `gazetteer.entity_key`):
"R:<region code>" for provinces, kabupaten and kota ("Pemkab Lebong" and "Kabupaten Lebong"
are both R:17.07), "N:<normalised name>" for ministries and agencies, "U:<parent>|<name>" for
service units.

A *source* is a duplicate cluster, not an article: a press release syndicated by five outlets
is one source. For each field the value backed by most sources wins (ties: the value seen
first); a field where sources back different values is flagged (`<field>_conflict`) and the
competing values with their source counts go to `conflicts`. For 2017–2019 two band systems are
attested: zones (or opinions) that differ only because each source printed one of them, at the
same score, are no conflict and go to `band_systems` (the audit's band_system_difference; one
definition of the schemes, corpus.scheme).

Records are streamed in (entity_key, year) order and rows written in batches, so memory stays
bounded however large the corpus.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from corpus.models import ArticleRow, DatasetRow, RecordRow
from corpus.scheme import CATEGORY_FIELDS, ScoringScheme, agreed_score, band_system_fits
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


def consolidate_group(entity_key: str, year: int, rows: list[dict], regions=None, scheme=None) -> dict:
    """One dataset row from the records of one entity-year (rows as from `_source_rows`). With
    `scheme` (corpus.scheme.ScoringScheme), a category field whose values differ only by the
    attested band system each source printed goes to `band_systems`, not to the conflicts."""
    out: dict[str, Any] = {"entity_key": entity_key, "year": year}
    tallies = {}
    for f in DESCRIPTIVE_FIELDS + CLAIM_FIELDS:
        out[f], tallies[f] = vote([(_norm(f, r[f]), r["source"], i) for i, r in enumerate(rows)])
    if entity_key.startswith("R:") and regions is not None:
        region = regions.get(entity_key[2:])
        if region is not None:  # the gazetteer's name and province, whatever the outlets wrote
            out["region_code"], out["entity"] = region.code, region.name
            out["entity_type"], out["province"] = region.level, region.province
    conflicts: dict[str, dict[str, int]] = {}
    band_systems: dict[str, dict[str, dict]] = {}
    for f in CLAIM_FIELDS:
        tally = tallies[f]
        explained = _band_systems(year, out["entity_type"], f, rows, scheme) if len(tally) > 1 else None
        if explained:
            band_systems[f] = explained
        elif len(tally) > 1:
            conflicts[f] = {_label(v): n for v, n in sorted(tally.items(), key=lambda kv: (-kv[1], str(kv[0])))}
        out[f"{f}_conflict"] = f in conflicts
    out["conflict"] = bool(conflicts)
    out["conflicts"] = conflicts or None
    out["band_systems"] = band_systems or None
    out["n_sources"] = len({r["source"] for r in rows})
    out["n_articles"] = len({r["article_id"] for r in rows})
    out["n_records"] = len(rows)
    seen = sorted(d for d in (r["seen"] for r in rows) if d)
    out["first_seen"], out["last_seen"] = (seen[0], seen[-1]) if seen else (None, None)
    out["source_urls"] = sorted({r["url"] for r in rows if r["url"]})
    out["record_ids"] = sorted(r["record_id"] for r in rows)
    return out


def _band_systems(year: int, kind: str | None, f: str, rows: list[dict], scheme) -> dict[str, dict] | None:
    """{value: {"n_sources", "bands"}} when every source's value of category field `f` is the one
    an attested band system gives at its score (the others' agreed score when it gives none) and
    the values differ only because the systems do (corpus.scheme.band_system_fits); else None."""
    if scheme is None or f not in CATEGORY_FIELDS:
        return None
    given = [(v, r) for r in rows if (v := _norm(f, r[f])) is not None]
    ref = agreed_score([s for r in rows if (s := _norm("score", r["score"])) is not None])
    fits = band_system_fits(scheme.for_year(year), kind, f, [(v, _norm("score", r["score"])) for v, r in given], ref)
    if fits is None or not all(fits):  # a value no attested system gives stays a conflict
        return None
    out: dict[str, dict] = {}
    for (v, r), fitting in zip(given, fits):
        entry = out.setdefault(_label(v), {"sources": set(), "bands": []})
        entry["sources"].add(r["source"])
        entry["bands"] += [s.label for s in fitting if s.label not in entry["bands"]]
    return {v: {"n_sources": len(e["sources"]), "bands": e["bands"]} for v, e in sorted(out.items())}


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


def iter_consolidated(rows_iter, regions=None, scheme=None):
    """Group an (entity_key, year)-ordered stream of source rows into dataset rows."""
    group: list[dict] = []
    current = None
    for row in rows_iter:
        row = dict(row)
        row["seen"] = row["published"] or (row["ingested_at"].date().isoformat() if row["ingested_at"] else None)
        k = (row["entity_key"], row["year"])
        if current is not None and k != current:
            yield consolidate_group(current[0], current[1], group, regions, scheme)
            group = []
        current = k
        group.append(row)
    if group:
        yield consolidate_group(current[0], current[1], group, regions, scheme)


def consolidate(engine: sa.Engine) -> int:
    """Rebuild the `dataset` table from the stored records (through the corpus's writer
    engine). Returns its row count."""
    regions, scheme = RegionIndex.load(), ScoringScheme.load()
    n = 0
    with engine.connect() as conn:
        with conn.begin():
            if conn.dialect.name == "postgresql":  # one rebuild at a time (SQLite: BEGIN IMMEDIATE does it)
                conn.exec_driver_sql("LOCK TABLE dataset IN SHARE ROW EXCLUSIVE MODE")
            conn.execute(sa.delete(DatasetRow))
            stream = conn.execute(_source_rows(), execution_options={"yield_per": BATCH, "stream_results": True})
            batch: list[dict] = []
            for drow in iter_consolidated(stream.mappings(), regions, scheme):
                batch.append(drow)
                if len(batch) >= BATCH:
                    conn.execute(sa.insert(DatasetRow), batch)
                    n += len(batch)
                    batch = []
            if batch:
                conn.execute(sa.insert(DatasetRow), batch)
                n += len(batch)
    return n
