"""Coverage at a glance: what `kepatuhan stats` prints and `DATASET.md` reports.

All numbers are SQL aggregates, so this stays fast on a large corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from corpus.models import ArticleRow, DatasetRow, RecordRow, Run, Site

if TYPE_CHECKING:
    from corpus.store import Corpus

NO_PROVINCE = "(nasional / tanpa provinsi)"


@dataclass
class Stats:
    tables: dict[str, int]
    relevant_articles: int
    sites: int
    published_range: tuple[str | None, str | None]
    years: list[int]
    coverage: dict[str, dict[int, int]]  # province -> year -> dataset rows
    conflicts: int
    multi_source: int
    extractor_versions: dict[str, int]  # version -> records
    entity_types: dict[str, int]  # entity_type -> dataset rows
    last_runs: list[dict] = field(default_factory=list)


def stats(corpus: "Corpus") -> Stats:
    """Counts and coverage of the corpus (the consolidated table: run `consolidate` first)."""
    with Session(corpus.reader) as s:
        cov: dict[str, dict[int, int]] = {}
        for prov, year, n in s.execute(
            sa.select(DatasetRow.province, DatasetRow.year, sa.func.count()).group_by(
                DatasetRow.province, DatasetRow.year
            )
        ):
            cov.setdefault(prov or NO_PROVINCE, {})[year] = n
        years = sorted({y for per in cov.values() for y in per})
        lo, hi = s.execute(
            sa.select(sa.func.min(ArticleRow.published), sa.func.max(ArticleRow.published)).where(
                ArticleRow.relevant.is_(True)
            )
        ).one()
        out = Stats(
            tables=corpus.table_counts(),
            relevant_articles=s.scalar(
                sa.select(sa.func.count()).select_from(ArticleRow).where(ArticleRow.relevant.is_(True))
            )
            or 0,
            sites=s.scalar(sa.select(sa.func.count()).select_from(Site)) or 0,
            published_range=(lo, hi),
            years=years,
            coverage=dict(sorted(cov.items(), key=lambda kv: (kv[0] == NO_PROVINCE, kv[0]))),
            conflicts=s.scalar(sa.select(sa.func.count()).select_from(DatasetRow).where(DatasetRow.conflict.is_(True)))
            or 0,
            multi_source=s.scalar(sa.select(sa.func.count()).select_from(DatasetRow).where(DatasetRow.n_sources > 1))
            or 0,
            extractor_versions={
                v or "?": n
                for v, n in s.execute(
                    sa.select(RecordRow.extractor_version, sa.func.count()).group_by(RecordRow.extractor_version)
                )
            },
            entity_types={
                t or "?": n
                for t, n in s.execute(
                    sa.select(DatasetRow.entity_type, sa.func.count()).group_by(DatasetRow.entity_type)
                )
            },
        )
        out.last_runs = [
            {
                "id": r.id,
                "kind": r.kind,
                "status": r.status,
                "started_at": r.started_at,
                "finished_at": r.finished_at,
                "counts": r.counts or {},
            }
            for r in s.scalars(sa.select(Run).order_by(Run.id.desc()).limit(5))
        ]
    return out
