"""Run bookkeeping: every crawl, ingest and `kepatuhan run` is a row in `runs` (kind, status,
start and end, counts, errors by kind, the per-site report). A row left `running` by a process
of this host that is gone is marked `interrupted` when the next run starts (corpus.liveness)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

import corpus.db as dbmod
import corpus.liveness as liveness
from corpus.base import StoreBase
from corpus.convert import utcnow
from corpus.models import Run


class RunBook(StoreBase):
    def start_run(self, kind: str, config: dict | None = None) -> int:
        self.mark_dead_runs()
        with self.session() as s:
            run = Run(
                kind=kind,
                status="running",
                started_at=utcnow(),
                config=config or {},
                report={"owner": liveness.owner()},
            )
            s.add(run)
            s.flush()
            return run.id

    def finish_run(
        self,
        run_id: int,
        status: str,
        counts: dict | None = None,
        errors: dict | None = None,
        report: dict | None = None,
    ) -> None:
        with self.session() as s:
            run = s.get(Run, run_id)
            if run is None:
                raise KeyError(f"no run {run_id} in {dbmod.describe(self.url)}")
            run.status, run.finished_at = status, utcnow()
            run.counts, run.errors, run.report = counts or {}, errors or {}, report or {}

    def mark_dead_runs(self) -> list[int]:
        """Runs left `running` by a process of this host that is gone -> `interrupted`."""
        with Session(self.reader) as s:
            stale = [
                r.id
                for r in s.scalars(sa.select(Run).where(Run.status == "running"))
                if liveness.is_dead((r.report or {}).get("owner"))
            ]
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


def _run_dict(run: Run) -> dict:
    return {
        "id": run.id,
        "kind": run.kind,
        "status": run.status,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "config": run.config,
        "counts": run.counts,
        "errors": run.errors,
        "report": run.report,
    }
