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

import hashlib
import json
import os
import shutil
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from kepatuhan import faults
from kepatuhan.alerts import Alert, check_alerts, post_webhook
from kepatuhan.config import RunConfig
from kepatuhan.lock import LockBusy, PgAdvisoryLock, RunLock
from kepatuhan.runlog import RunLog

EXIT_OK, EXIT_CONFIG, EXIT_PARTIAL, EXIT_FAILED, EXIT_BUSY = 0, 2, 3, 4, 5
DB_CONNECT_TIMEOUT_S = 5
STOP_GRACE_S = 30.0      # a crawl asked to stop is killed after this long (requests in flight, DB writes)
DUPLICATE_WINDOW_S = 3.0  # copies of one stop request (group + forwarded) arrive within this window


class Interrupted(Exception):
    """SIGTERM or SIGINT arrived: stop after the current step."""


@dataclass
class SiteSummary:
    site: str
    pages: int = 0          # pages fetched (including entry pages and 304s)
    new_articles: int = 0   # articles stored for the first time
    relevant: int = 0       # of them, relevant to the topic
    records: int = 0        # records extracted from the new relevant articles
    errors: int = 0
    errors_by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def nothing_new(self) -> bool:
        return self.new_articles == 0

    @property
    def unreachable(self) -> bool:
        """Nothing answered at all (connection refused, timeouts, DNS)."""
        return self.errors > 0 and self.pages == 0

    @property
    def robots_unknown(self) -> bool:
        """robots.txt answered 5xx/429 or not at all: its rules are unknown, so nothing of the
        site was fetched (RFC 9309); the site answered, but this run learnt nothing from it."""
        return self.errors_by_kind.get("robots_unreachable", 0) > 0 and self.new_articles == 0

    @property
    def failed(self) -> bool:
        return self.unreachable or self.robots_unknown

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["nothing_new"] = self.nothing_new
        return d


@dataclass
class RunSummary:
    status: str = "running"            # ok / partial / failed / interrupted / busy
    exit_code: int = EXIT_OK
    run_id: int | None = None
    started_at: str = ""
    finished_at: str = ""
    elapsed_s: float = 0.0
    db: str = ""
    sites: dict[str, SiteSummary] = field(default_factory=dict)
    stages: dict[str, str] = field(default_factory=dict)   # stage -> ok / failed: msg / skipped
    dataset_rows: int | None = None
    audit: dict[str, Any] = field(default_factory=dict)     # findings, new_findings, report path
    exports: dict[str, Any] = field(default_factory=dict)   # dir and files
    alerts: list[Alert] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    log_file: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status, "exit_code": self.exit_code, "run_id": self.run_id,
            "started_at": self.started_at, "finished_at": self.finished_at, "elapsed_s": round(self.elapsed_s, 2),
            "db": self.db, "sites": {k: v.to_dict() for k, v in self.sites.items()}, "stages": self.stages,
            "dataset_rows": self.dataset_rows, "audit": self.audit, "exports": self.exports,
            "alerts": [a.to_dict() for a in self.alerts], "errors": self.errors, "log_file": self.log_file,
        }

    @property
    def totals(self) -> dict[str, int]:
        keys = ("pages", "new_articles", "relevant", "records", "errors")
        return {k: sum(getattr(s, k) for s in self.sites.values()) for k in keys}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ------------------------------------------------------------------------------ the stages
def check_database(db_url: str) -> None:
    """Fail fast (seconds, not minutes) with a clear message when the database is unreachable."""
    import sqlalchemy as sa

    from corpus.config import resolve_db_url
    from corpus.db import CorpusError, describe

    from corpus.config import check_db_url

    url = resolve_db_url(db_url)
    try:
        check_db_url(url)
    except ValueError as exc:
        raise CorpusError(str(exc)) from None
    if sa.make_url(url).get_backend_name() == "sqlite":
        return  # a file: Corpus.open reports a bad path, a directory or corruption itself
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool, connect_args={"connect_timeout": DB_CONNECT_TIMEOUT_S})
    try:
        with engine.connect() as c:
            c.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(getattr(exc, "orig", exc)).strip() else type(exc).__name__
        raise CorpusError(f"the corpus database {describe(url)} is unreachable: {reason}") from None
    finally:
        engine.dispose()


def site_summaries_from_report(report: Any) -> dict[str, SiteSummary]:
    """The crawler's CrawlReport (per-site counters) -> our per-site summary."""
    out: dict[str, SiteSummary] = {}
    for name, s in (getattr(report, "sites", None) or {}).items():
        by_kind = dict(getattr(s, "errors", {}) or {})
        out[name] = SiteSummary(site=name, pages=int(s.fetched), new_articles=int(s.new), relevant=int(s.relevant),
                                records=int(s.records), errors=sum(by_kind.values()), errors_by_kind=by_kind)
    return out


def crawl_settings(cfg: RunConfig) -> dict[str, Any]:
    """Scrapy settings for the crawl child from the [politeness] section (and fault injection)."""
    p = cfg.politeness
    st: dict[str, Any] = {
        "DOWNLOAD_DELAY": p.download_delay, "RANDOMIZE_DOWNLOAD_DELAY": p.download_delay > 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": p.concurrency_per_domain, "AUTOTHROTTLE_ENABLED": p.autothrottle,
        "ROBOTSTXT_OBEY": p.obey_robots, "DOWNLOAD_TIMEOUT": p.timeout_s,
    }
    if p.download_delay == 0 and not p.autothrottle:
        st["RETRY_BACKOFF_BASE"] = 0.1  # local sites: no reason to back off for seconds
    if p.contact:
        st["USER_AGENT"] = ("kepatuhan/0.1 (research crawler for Ombudsman RI compliance-assessment news; "
                            f"+{p.contact})")
    if faults.crawl_side():
        import crawler.settings as crawler_settings

        st["EXTENSIONS"] = json.dumps({**crawler_settings.EXTENSIONS, "kepatuhan.faults.CrawlFaults": 0})
    return st


def crawl_stage(cfg: RunConfig, progress: Callable[[dict], None] | None = None) -> tuple[dict[str, SiteSummary], bool]:
    """Run the crawler (fetch, clean, relevance, extract, store: in its own child process) over
    the configured sources. Returns the per-site summaries and whether a signal stopped it.
    (`progress` is unused here: the child's progress is read from the corpus by run().)"""
    from crawler.run import crawl  # imported here: the crawler pulls in Scrapy

    s = cfg.sources
    log_file = cfg.data_dir / "logs" / "crawl.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    report = crawl(start_urls=list(s.start_urls), sites=list(s.sites), all_sites=s.all_sites, db=cfg.db_url,
                   since=s.since or None, redis=cfg.distributed.redis_url or None, polite=True,
                   settings=crawl_settings(cfg), log_file=str(log_file), registry=s.registry or None,
                   stop_deadline=lambda: _SIGNALS.kill_at)
    sites = site_summaries_from_report(report)
    reason = getattr(report, "reason", "")
    interrupted = reason == "shutdown"
    if reason not in ("finished", "shutdown") and not _SIGNALS.received:
        raise RuntimeError(f"the crawl ended with reason {reason!r} (exit status {getattr(report, 'returncode', None)}); "
                           f"see {log_file}")
    return sites, interrupted or bool(_SIGNALS.received)


MANIFEST = ".kepatuhan-output"  # the entries of an output directory that a run wrote


@contextmanager
def _swap_dir(final: Path):
    """Write into a temporary sibling directory, then swap it in whole: readers (and a rerun after
    a kill) never see a half-written output directory under the final name. Entries of the old
    directory that a run did not write (a user's notes, scripts) are hard-linked into the new
    one before the swap, so they survive it; no moment of the swap holds them only in a
    directory that a later run would clean up."""
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.parent / f".{final.name}.tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    yield tmp
    ours = sorted(p.name for p in tmp.iterdir())
    (tmp / MANIFEST).write_text("\n".join(ours) + "\n", encoding="utf-8")
    if final.is_dir():
        _keep_foreign_entries(final, tmp, set(ours))
    old = final.parent / f".{final.name}.old-{os.getpid()}"
    if final.exists():
        os.replace(final, old)
    os.replace(tmp, final)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def _keep_foreign_entries(final: Path, tmp: Path, ours_now: set[str]) -> None:
    """Hard-link into `tmp` what `final` holds that no run wrote (per its manifest; without one,
    whatever this run did not write)."""
    manifest = final / MANIFEST
    ours_before = set(manifest.read_text(encoding="utf-8").split()) if manifest.is_file() else set()
    for entry in final.iterdir():
        name = entry.name
        if name == MANIFEST or name in ours_now or name in ours_before:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, tmp / name, symlinks=True, copy_function=os.link)
        else:
            os.link(entry, tmp / name, follow_symlinks=False)


def _clean_stale_tmp(output_dir: Path) -> None:
    """Leftovers of killed runs (their pids are gone; we hold the lock)."""
    if not output_dir.is_dir():
        return
    for p in output_dir.iterdir():
        if p.name.startswith(".") and (".tmp-" in p.name or ".old-" in p.name):
            shutil.rmtree(p, ignore_errors=True)


def audit_stage(cfg: RunConfig) -> dict[str, Any]:
    from audit import run_audit

    with _swap_dir(cfg.audit_dir) as tmp:
        summary = run_audit(db_url=cfg.db_url, official_file=cfg.audit.official_file or None, out_dir=tmp)
        findings = []
        audit_json = tmp / "audit.json"
        if audit_json.is_file():
            data = json.loads(audit_json.read_text(encoding="utf-8"))
            findings = data.get("findings", data) if isinstance(data, dict) else data
    keys = sorted({_finding_key(f) for f in findings if isinstance(f, dict)})
    return {"findings": int(getattr(summary, "n_findings", len(findings))), "finding_keys": keys,
            "by_kind": dict(getattr(summary, "by_kind", {}) or {}),
            "report": str(cfg.audit_dir / "report.html"), "dir": str(cfg.audit_dir)}


def _finding_key(f: dict) -> str:
    """A stable identity for a finding across runs (so the summary can say which are new)."""
    parts = [str(f.get(k)) for k in ("kind", "entity", "year", "field", "reported_value", "official_value", "url")]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def export_stage(cfg: RunConfig, corpus) -> dict[str, Any]:
    from corpus.export import export

    with _swap_dir(cfg.export_dir) as tmp:
        faults.exporting(tmp)
        try:
            for fmt in cfg.export.formats:
                export(corpus, tmp if len(cfg.export.formats) == 1 else tmp / fmt, fmt=fmt)
        finally:
            faults.exporting(None)
        files = sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*") if p.is_file())
    return {"dir": str(cfg.export_dir), "files": files}


# ------------------------------------------------------------------------------ the run
class _Signals:
    """SIGTERM/SIGINT: stop cleanly. Between stages the handler raises Interrupted; while the
    crawl child runs, the signal is passed on to it (a `kill PID` reaches only us; when the whole
    group was signalled the child drops our copy, see crawler.stopsignal) and the child gets
    STOP_GRACE_S to stop before it is killed; a second request later kills it at once."""

    def __init__(self):
        self.received: int | None = None
        self.in_crawl = False
        self.kill_at: float | None = None   # when the crawl child is killed (monotonic); None: not stopping
        self._first_at: float | None = None
        self._old: dict[int, Any] = {}

    def install(self) -> None:
        self.received, self.in_crawl, self.kill_at, self._first_at = None, False, None, None
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in (signal.SIGTERM, signal.SIGINT):
            self._old[sig] = signal.signal(sig, self._handle)

    def _handle(self, signum, frame) -> None:  # noqa: ANN001
        self.received = signum
        if self.in_crawl:
            now = time.monotonic()
            if self._first_at is None:
                self._first_at, self.kill_at = now, now + STOP_GRACE_S
                _signal_children(signum)
            elif now - self._first_at > DUPLICATE_WINDOW_S:
                self.kill_at = now  # asked again: stop waiting for a clean stop
            return
        raise Interrupted(signal.Signals(signum).name)

    def restore(self) -> None:
        for sig, h in self._old.items():
            signal.signal(sig, h)
        self._old.clear()

    def check(self) -> None:
        if self.received is not None:
            raise Interrupted(signal.Signals(self.received).name)


_SIGNALS = _Signals()


class _CorpusWatcher:
    """The crawl runs in a child process; its progress shows in the corpus. Poll the counts
    (read-only, WAL readers never block the crawl's writes) for the terminal's progress line."""

    def __init__(self, corpus, callback: Callable[[dict], None], every_s: float = 1.0):
        self._stop = threading.Event()
        self._corpus, self._callback, self._every = corpus, callback, every_s
        self._base = self._counts()
        self._thread = threading.Thread(target=self._loop, name="kepatuhan-progress", daemon=True)
        self._thread.start()

    def _counts(self) -> dict[str, int]:
        try:
            c = self._corpus.table_counts()
        except Exception:  # noqa: BLE001 - progress is cosmetic
            return {}
        return {"urls judged": c.get("seen_urls", 0), "articles": c.get("articles", 0), "records": c.get("records", 0)}

    def _loop(self) -> None:
        while not self._stop.wait(self._every):
            now = self._counts()
            if now:
                self._callback({k: f"+{now[k] - self._base.get(k, 0)}" for k in now})

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def _signal_children(signum: int) -> None:
    """Send `signum` to our direct children (the crawl's Scrapy process), found through /proc."""
    me = os.getpid()
    for d in Path("/proc").glob("[0-9]*"):
        try:
            stat = (d / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == me:
                os.kill(int(d.name), signum)
        except (OSError, ValueError, IndexError):
            continue


def run(cfg: RunConfig, *, wait: bool = False, wait_timeout_s: float | None = None,
        reporter: Any = None, crawl: Callable[..., tuple[dict[str, SiteSummary], bool]] | None = None) -> RunSummary:
    """Run the whole pipeline once. Never raises for operational problems: they end up in the
    returned summary (status, exit_code, errors). `reporter` gets progress callbacks (the CLI
    passes a rich one); `crawl` replaces the crawl stage (tests of the orchestration alone)."""
    from kepatuhan.report import NullReporter

    reporter = reporter or NullReporter()
    t0 = time.monotonic()
    summary = RunSummary(started_at=_now(), db=_describe(cfg.db_url), log_file=str(cfg.log_file))
    log = RunLog(cfg.log_file)
    log.event("run_start", config=cfg.to_dict())
    sigs = _SIGNALS
    sigs.install()
    lock = pg_lock = corpus = None
    try:
        faults.install_from_env()
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
            from crawler.run import ServiceUnreachable, check_redis

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
        _clean_stale_tmp(cfg.output_dir)

        # 1. crawl -> clean -> extract -> store
        reporter.stage("crawl")
        try:
            sigs.in_crawl = True
            watcher = _CorpusWatcher(corpus, reporter.crawl_progress) if reporter.wants_progress else None
            try:
                sites, interrupted = (crawl or crawl_stage)(cfg, progress=reporter.crawl_progress)
            finally:
                sigs.in_crawl = False
                if watcher is not None:
                    watcher.stop()
            summary.sites = sites
            summary.stages["crawl"] = "interrupted" if interrupted else "ok"
            log.event("crawl_done", sites={k: v.to_dict() for k, v in sites.items()})
            if interrupted:
                raise Interrupted("crawl stopped by a signal")
        except Interrupted:
            raise
        except Exception as exc:  # noqa: BLE001 - one stage failing must not lose the others
            _stage_failed(summary, "crawl", exc, log)
        sigs.check()

        # 2. consolidate
        reporter.stage("consolidate")
        try:
            summary.dataset_rows = corpus.consolidate()
            summary.stages["consolidate"] = "ok"
            log.event("consolidate_done", rows=summary.dataset_rows)
        except Interrupted:
            raise
        except Exception as exc:  # noqa: BLE001
            _stage_failed(summary, "consolidate", exc, log)
        sigs.check()

        # 3. audit
        reporter.stage("audit")
        try:
            summary.audit = audit_stage(cfg)
            previous = set(_last_finding_keys(history))
            new = [k for k in summary.audit["finding_keys"] if k not in previous]
            summary.audit["new_findings"] = len(new) if history else summary.audit["findings"]
            summary.stages["audit"] = "ok"
            log.event("audit_done", findings=summary.audit["findings"], new_findings=summary.audit["new_findings"])
        except Interrupted:
            raise
        except Exception as exc:  # noqa: BLE001
            _stage_failed(summary, "audit", exc, log)
        sigs.check()

        # 4. export
        reporter.stage("export")
        try:
            summary.exports = export_stage(cfg, corpus)
            summary.stages["export"] = "ok"
            log.event("export_done", **summary.exports)
        except Interrupted:
            raise
        except Exception as exc:  # noqa: BLE001
            _stage_failed(summary, "export", exc, log)

        # 5. alerts and the verdict
        a = cfg.alerts
        summary.alerts = check_alerts({k: v.to_dict() for k, v in summary.sites.items()},
                                      [h.get("sites", {}) for h in history], a.empty_runs, a.error_rate_min,
                                      a.error_rate_jump)
        for al in summary.alerts:
            log.event("alert", level="warning", **al.to_dict())
        status, code = _verdict(summary, cfg)
        return _finish(summary, status, code, corpus, cfg, log, t0)
    except Interrupted as exc:
        summary.errors.append(f"interrupted ({exc}): remaining stages skipped; the next run resumes")
        for st in ("crawl", "consolidate", "audit", "export"):
            summary.stages.setdefault(st, "skipped")
        return _finish(summary, "interrupted", EXIT_PARTIAL, corpus, cfg, log, t0)
    finally:
        sigs.restore()
        if pg_lock is not None:
            pg_lock.release()
        if corpus is not None:
            corpus.close()
        if lock is not None:
            lock.release()
        log.close()


def _describe(url: str) -> str:
    try:
        from corpus.db import describe

        return describe(url)
    except Exception:  # noqa: BLE001
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
    failed_sites = [s.site + (" (robots.txt unavailable: nothing fetched)" if s.robots_unknown else "")
                    for s in sites if s.failed]
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
            corpus.finish_run(r["id"], "interrupted", counts=r.get("counts"), errors=r.get("errors"),
                              report=r.get("report"))
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
            corpus.finish_run(summary.run_id, status, counts=summary.totals,
                              errors={s.site: s.errors for s in summary.sites.values() if s.errors}, report=payload)
        except Exception as exc:  # noqa: BLE001 - the summary is still printed and logged
            summary.errors.append(f"could not store the run summary: {exc}")
    if cfg.alerts.webhook_url:
        err = post_webhook(cfg.alerts.webhook_url, _webhook_payload(payload), cfg.alerts.webhook_timeout_s)
        if err:
            summary.errors.append(err)
            log.event("webhook_failed", level="warning", error=err)
    log.event("run_end", status=status, exit_code=code, summary={k: v for k, v in payload.items() if k != "audit"},
              findings=summary.audit.get("findings"), new_findings=summary.audit.get("new_findings"))
    return summary


def _webhook_payload(payload: dict) -> dict:
    p = dict(payload)
    p["audit"] = {k: v for k, v in (payload.get("audit") or {}).items() if k != "finding_keys"}
    return {"source": "kepatuhan run", **p}
