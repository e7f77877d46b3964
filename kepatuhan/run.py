"""`kepatuhan run`: the nightly pipeline from one configuration.

    crawl (fetch -> clean -> relevance -> extract -> store, inside the crawler's item pipeline)
      -> consolidate -> audit -> export

    from kepatuhan.config import load_config
    from kepatuhan.run import run
    summary = run(load_config("kepatuhan.toml"))      # RunSummary; summary.exit_code for cron

What makes it safe to schedule:
- one run at a time (kepatuhan.lock: fcntl lock file in the data dir, plus a PostgreSQL advisory
  lock when the corpus is on PostgreSQL); the second run exits with code 5, or waits (`wait=True`);
- every stage writes idempotently (the corpus dedups pages, articles and records; exports and the
  audit report are written to a temporary directory and swapped in whole), so a run killed at any
  moment and started again ends with the same dataset as an uninterrupted one; a run left
  "running" by a killed process is marked "interrupted" by the next one;
- SIGTERM / Ctrl-C stop the crawl cleanly, skip the remaining stages and still store and print
  the summary (status "interrupted");
- an unreachable database fails in seconds with a message naming it (exit 4).

Exit codes (EXIT_*): 0 ok; 2 bad configuration; 3 partial failure (a site failed, a stage
failed, the run was interrupted, or an alert fired with `fail_on_alert`); 4 total failure
(database unreachable, no site reachable, or the crawl stage could not run at all); 5 another
run holds the lock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from kepatuhan import fault_injection
from kepatuhan.alerts import check_alerts, post_webhook
from kepatuhan.config import RunConfig
from kepatuhan.lock import LockBusy, PgAdvisoryLock, RunLock
from kepatuhan.runlog import RunLog
from kepatuhan.signals import SIGNALS, Interrupted
from kepatuhan.stages import CorpusWatcher, audit_stage, check_database, clean_stale_tmp, crawl_stage, export_stage
from kepatuhan.summary import EXIT_BUSY, EXIT_CONFIG, EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, RunSummary, SiteSummary

__all__ = ["EXIT_BUSY", "EXIT_CONFIG", "EXIT_FAILED", "EXIT_OK", "EXIT_PARTIAL", "RunSummary", "SiteSummary", "run"]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def run(
    cfg: RunConfig,
    *,
    wait: bool = False,
    wait_timeout_s: float | None = None,
    reporter: Any = None,
    crawl: Callable[..., tuple[dict[str, SiteSummary], bool]] | None = None,
) -> RunSummary:
    """Run the whole pipeline once. Never raises for operational problems: they end up in the
    returned summary (status, exit_code, errors). `reporter` gets progress callbacks (the CLI
    passes a rich one); `crawl` replaces the crawl stage (tests of the orchestration alone)."""
    from kepatuhan.console import NullReporter

    reporter = reporter or NullReporter()
    t0 = time.monotonic()
    summary = RunSummary(started_at=_now(), db=_describe(cfg.db_url), log_file=str(cfg.log_file))
    log = RunLog(cfg.log_file)
    log.event("run_start", config=cfg.to_dict())
    SIGNALS.install()
    lock = pg_lock = corpus = None
    try:
        fault_injection.install_from_env()
        try:
            lock = RunLock(cfg.lock_file, wait=wait, timeout_s=wait_timeout_s).acquire()
        except LockBusy as exc:
            return _end(summary, "busy", EXIT_BUSY, str(exc), log, t0)

        from corpus.db import CorpusError
        from corpus.store import Corpus

        try:
            check_database(cfg.db_url)
            corpus = Corpus.open(cfg.db_url)
        except CorpusError as exc:
            return _end(summary, "failed", EXIT_FAILED, str(exc), log, t0)
        if cfg.distributed.redis_url:
            from crawler.crawl import ServiceUnreachable, check_redis

            try:
                check_redis(cfg.distributed.redis_url)
            except ServiceUnreachable as exc:
                return _end(summary, "failed", EXIT_FAILED, str(exc), log, t0)
        if corpus.dialect == "postgresql":
            try:
                pg_lock = PgAdvisoryLock(cfg.db_url, wait=wait, timeout_s=wait_timeout_s).acquire()
            except LockBusy as exc:
                return _end(summary, "busy", EXIT_BUSY, str(exc), log, t0)

        history = _mark_interrupted_and_history(corpus, log)
        summary.run_id = log.run_id = corpus.start_run("run", config=cfg.to_dict())
        log.event("run_started", run_id=summary.run_id, db=summary.db)
        clean_stale_tmp(cfg.output_dir)
        _run_stages(cfg, summary, corpus, log, reporter, crawl, history)
        _check_alerts(cfg, summary, history, log)
        status, code = _verdict(summary, cfg)
        return _finish(summary, status, code, corpus, cfg, log, t0)
    except Interrupted as exc:
        summary.errors.append(f"interrupted ({exc}): remaining stages skipped; the next run resumes")
        for st in ("crawl", "consolidate", "audit", "export"):
            summary.stages.setdefault(st, "skipped")
        return _finish(summary, "interrupted", EXIT_PARTIAL, corpus, cfg, log, t0)
    finally:
        SIGNALS.restore()
        if pg_lock is not None:
            pg_lock.release()
        if corpus is not None:
            corpus.close()
        if lock is not None:
            lock.release()
        log.close()


def _run_stages(cfg: RunConfig, summary: RunSummary, corpus, log: RunLog, reporter: Any, crawl, history) -> None:
    """crawl -> consolidate -> audit -> export. A stage that fails is recorded and the next one
    still runs; a stop request ends the run between two stages."""
    stages: list[tuple[str, Callable[[], None]]] = [
        ("crawl", lambda: _crawl(cfg, summary, corpus, log, reporter, crawl)),
        ("consolidate", lambda: _consolidate(summary, corpus, log)),
        ("audit", lambda: _audit(cfg, summary, log, history)),
        ("export", lambda: _export(cfg, summary, corpus, log)),
    ]
    for name, step in stages:
        reporter.stage(name)
        try:
            step()
        except Interrupted:
            raise
        except Exception as exc:  # noqa: BLE001 - one stage failing must not lose the others
            _stage_failed(summary, name, exc, log)
        if name != "export":
            SIGNALS.check()


def _crawl(cfg: RunConfig, summary: RunSummary, corpus, log: RunLog, reporter: Any, crawl) -> None:
    """fetch -> clean -> extract -> store, in the crawler's child process."""
    SIGNALS.in_crawl = True
    watcher = CorpusWatcher(corpus, reporter.crawl_progress) if reporter.wants_progress else None
    try:
        sites, interrupted = (crawl or crawl_stage)(cfg, progress=reporter.crawl_progress)
    finally:
        SIGNALS.in_crawl = False
        if watcher is not None:
            watcher.stop()
    summary.sites = sites
    summary.stages["crawl"] = "interrupted" if interrupted else "ok"
    log.event("crawl_done", sites={k: v.to_dict() for k, v in sites.items()})
    if interrupted:
        raise Interrupted("crawl stopped by a signal")


def _consolidate(summary: RunSummary, corpus, log: RunLog) -> None:
    summary.dataset_rows = corpus.consolidate()
    summary.stages["consolidate"] = "ok"
    log.event("consolidate_done", rows=summary.dataset_rows)


def _audit(cfg: RunConfig, summary: RunSummary, log: RunLog, history: list[dict]) -> None:
    summary.audit = audit_stage(cfg)
    previous = set(_last_finding_keys(history))
    new = [k for k in summary.audit["finding_keys"] if k not in previous]
    summary.audit["new_findings"] = len(new) if history else summary.audit["findings"]
    summary.stages["audit"] = "ok"
    log.event("audit_done", findings=summary.audit["findings"], new_findings=summary.audit["new_findings"])


def _export(cfg: RunConfig, summary: RunSummary, corpus, log: RunLog) -> None:
    summary.exports = export_stage(cfg, corpus)
    summary.stages["export"] = "ok"
    log.event("export_done", **summary.exports)


def _check_alerts(cfg: RunConfig, summary: RunSummary, history: list[dict], log: RunLog) -> None:
    a = cfg.alerts
    summary.alerts = check_alerts(
        {k: v.to_dict() for k, v in summary.sites.items()},
        [h.get("sites", {}) for h in history],
        a.empty_runs,
        a.error_rate_min,
        a.error_rate_jump,
    )
    for al in summary.alerts:
        log.event("alert", level="warning", **al.to_dict())


def _describe(url: str) -> str:
    try:
        from corpus.db import describe

        return describe(url)
    except Exception:  # noqa: BLE001 - the URL as given is description enough
        return url


def _stage_failed(summary: RunSummary, stage: str, exc: BaseException, log: RunLog) -> None:
    msg = f"{stage} failed: {type(exc).__name__}: {exc}"
    summary.stages[stage] = "failed"
    summary.errors.append(msg)
    log.event("stage_failed", level="error", stage=stage, error=msg)


def _verdict(summary: RunSummary, cfg: RunConfig) -> tuple[str, int]:
    sites = list(summary.sites.values())
    if summary.stages.get("crawl") == "failed" and not sites:
        return "failed", EXIT_FAILED
    if sites and all(s.unreachable for s in sites):
        summary.errors.append("no site could be reached")
        return "failed", EXIT_FAILED
    failed_sites = [
        s.site + (" (robots.txt unavailable: nothing fetched)" if s.robots_unknown else "") for s in sites if s.failed
    ]
    if failed_sites:
        summary.errors.append(f"sites that failed: {', '.join(failed_sites)}")
    if failed_sites or any(v == "failed" for v in summary.stages.values()):
        return "partial", EXIT_PARTIAL
    if summary.alerts and cfg.alerts.fail_on_alert:
        return "partial", EXIT_PARTIAL
    return "ok", EXIT_OK


def _mark_interrupted_and_history(corpus, log: RunLog) -> list[dict]:
    """Runs left 'running' are dead (we hold the lock): mark them interrupted. Returns the
    summaries of earlier finished runs, newest first (the alerts' history)."""
    history = []
    for r in corpus.recent_runs(kind="run", limit=50):
        if r["status"] == "running":
            corpus.finish_run(
                r["id"], "interrupted", counts=r.get("counts"), errors=r.get("errors"), report=r.get("report")
            )
            log.event("stale_run_marked", level="warning", stale_run_id=r["id"])
        elif r.get("report"):
            history.append(r["report"])
    return history


def _last_finding_keys(history: list[dict]) -> list[str]:
    for h in history:
        keys = (h.get("audit") or {}).get("finding_keys")
        if keys is not None:
            return keys
    return []


def _end(summary: RunSummary, status: str, code: int, message: str, log: RunLog, t0: float) -> RunSummary:
    summary.status, summary.exit_code = status, code
    summary.errors.append(message)
    summary.finished_at, summary.elapsed_s = _now(), time.monotonic() - t0
    log.event("run_end", level="error", status=status, exit_code=code, error=message)
    return summary


def _finish(summary: RunSummary, status: str, code: int, corpus, cfg: RunConfig, log: RunLog, t0: float) -> RunSummary:
    summary.status, summary.exit_code = status, code
    summary.finished_at, summary.elapsed_s = _now(), time.monotonic() - t0
    payload = summary.to_dict()
    if corpus is not None and summary.run_id is not None:
        try:
            corpus.finish_run(
                summary.run_id,
                status,
                counts=summary.totals,
                errors={s.site: s.errors for s in summary.sites.values() if s.errors},
                report=payload,
            )
        except Exception as exc:  # noqa: BLE001 - the summary is still printed and logged
            summary.errors.append(f"could not store the run summary: {exc}")
    if cfg.alerts.webhook_url:
        err = post_webhook(cfg.alerts.webhook_url, _webhook_payload(payload), cfg.alerts.webhook_timeout_s)
        if err:
            summary.errors.append(err)
            log.event("webhook_failed", level="warning", error=err)
    log.event(
        "run_end",
        status=status,
        exit_code=code,
        summary={k: v for k, v in payload.items() if k != "audit"},
        findings=summary.audit.get("findings"),
        new_findings=summary.audit.get("new_findings"),
    )
    return summary


def _webhook_payload(payload: dict) -> dict:
    p = dict(payload)
    p["audit"] = {k: v for k, v in (payload.get("audit") or {}).items() if k != "finding_keys"}
    return {"source": "kepatuhan run", **p}
