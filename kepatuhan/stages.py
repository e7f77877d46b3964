"""The stages of `kepatuhan run` (crawl, audit, export) and what they need: the database check,
the crawl's Scrapy settings, output directories swapped in whole, the crawl's progress."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kepatuhan import fault_injection
from kepatuhan.config import RunConfig
from kepatuhan.signals import SIGNALS
from kepatuhan.summary import SiteSummary

DB_CONNECT_TIMEOUT_S = 5


def check_database(db_url: str) -> None:
    """Fail fast (seconds, not minutes) with a clear message when the database is unreachable."""
    import sqlalchemy as sa

    from corpus.config import check_db_url, resolve_db_url
    from corpus.db import CorpusError, describe

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
        reason = (
            str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            if str(getattr(exc, "orig", exc)).strip()
            else type(exc).__name__
        )
        raise CorpusError(f"the corpus database {describe(url)} is unreachable: {reason}") from None
    finally:
        engine.dispose()


def site_summaries_from_report(report: Any) -> dict[str, SiteSummary]:
    """The crawler's CrawlReport (per-site counters) -> our per-site summary."""
    out: dict[str, SiteSummary] = {}
    for name, s in (getattr(report, "sites", None) or {}).items():
        by_kind = dict(getattr(s, "errors", {}) or {})
        out[name] = SiteSummary(
            site=name,
            pages=int(s.fetched),
            new_articles=int(s.new),
            relevant=int(s.relevant),
            records=int(s.records),
            errors=sum(by_kind.values()),
            errors_by_kind=by_kind,
        )
    return out


def crawl_settings(cfg: RunConfig) -> dict[str, Any]:
    """Scrapy settings for the crawl child from the [politeness] section (and fault injection)."""
    p = cfg.politeness
    st: dict[str, Any] = {
        "DOWNLOAD_DELAY": p.download_delay,
        "RANDOMIZE_DOWNLOAD_DELAY": p.download_delay > 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": p.concurrency_per_domain,
        "AUTOTHROTTLE_ENABLED": p.autothrottle,
        "ROBOTSTXT_OBEY": p.obey_robots,
        "DOWNLOAD_TIMEOUT": p.timeout_s,
    }
    if p.download_delay == 0 and not p.autothrottle:
        st["RETRY_BACKOFF_BASE"] = 0.1  # local sites: no reason to back off for seconds
    if p.contact:
        st["USER_AGENT"] = f"kepatuhan/0.1 (research crawler for Ombudsman RI compliance-assessment news; +{p.contact})"
    if fault_injection.crawl_side():
        import crawler.settings as crawler_settings

        st["EXTENSIONS"] = json.dumps({**crawler_settings.EXTENSIONS, "kepatuhan.fault_injection.CrawlFaults": 0})
    return st


def crawl_stage(cfg: RunConfig, progress: Callable[[dict], None] | None = None) -> tuple[dict[str, SiteSummary], bool]:
    """Run the crawler (fetch, clean, relevance, extract, store: in its own child process) over
    the configured sources. Returns the per-site summaries and whether a signal stopped it.
    (`progress` is unused here: the child's progress is read from the corpus by run().)"""
    from crawler.crawl import crawl  # imported here: the crawler pulls in Scrapy

    s = cfg.sources
    log_file = cfg.data_dir / "logs" / "crawl.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    report = crawl(
        start_urls=list(s.start_urls),
        sites=list(s.sites),
        all_sites=s.all_sites,
        db=cfg.db_url,
        since=s.since or None,
        redis=cfg.distributed.redis_url or None,
        polite=True,
        settings=crawl_settings(cfg),
        log_file=str(log_file),
        registry=s.registry or None,
        stop_deadline=lambda: SIGNALS.kill_at,
    )
    sites = site_summaries_from_report(report)
    reason = getattr(report, "reason", "")
    interrupted = reason == "shutdown"
    if reason not in ("finished", "shutdown") and not SIGNALS.received:
        raise RuntimeError(
            f"the crawl ended with reason {reason!r} (exit status {getattr(report, 'returncode', None)}); "
            f"see {log_file}"
        )
    return sites, interrupted or bool(SIGNALS.received)


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


def clean_stale_tmp(output_dir: Path) -> None:
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
    keys = sorted({finding_key(f) for f in findings if isinstance(f, dict)})
    return {
        "findings": int(getattr(summary, "n_findings", len(findings))),
        "finding_keys": keys,
        "by_kind": dict(getattr(summary, "by_kind", {}) or {}),
        "report": str(cfg.audit_dir / "report.html"),
        "dir": str(cfg.audit_dir),
    }


def finding_key(f: dict) -> str:
    """A stable identity for a finding across runs (so the summary can say which are new)."""
    parts = [str(f.get(k)) for k in ("kind", "entity", "year", "field", "reported_value", "official_value", "url")]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def export_stage(cfg: RunConfig, corpus) -> dict[str, Any]:
    from corpus.export import export

    with _swap_dir(cfg.export_dir) as tmp:
        fault_injection.exporting(tmp)
        try:
            for fmt in cfg.export.formats:
                export(corpus, tmp if len(cfg.export.formats) == 1 else tmp / fmt, fmt=fmt)
        finally:
            fault_injection.exporting(None)
        files = sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*") if p.is_file())
    return {"dir": str(cfg.export_dir), "files": files}


class CorpusWatcher:
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
