"""`crawl(...)`: the Python entry point of the crawl stage (used by `kepatuhan crawl` and `kepatuhan run`).

Scrapy's Twisted reactor cannot be restarted inside one process, so every crawl runs
`python -m scrapy crawl news` in a child process (from the repo root, where scrapy.cfg is)
and reads back the per-site report the CrawlReportExtension writes.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

from crawler.registry import load_sites
from crawler.crawl_report import CrawlReport
from crawler.stopsignal import DUPLICATE_WINDOW_S

REPO = Path(__file__).resolve().parents[1]

# Politeness off: for local test sites and benchmarks only.
IMPOLITE = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "RANDOMIZE_DOWNLOAD_DELAY": "False",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "CONCURRENT_REQUESTS": "32",
    "RETRY_BACKOFF_BASE": "0.1",
}


def politeness_settings(sites) -> dict[str, str]:
    """Scrapy settings that apply each registry site's own politeness: DOWNLOAD_SLOTS (delay and
    concurrency per host name; the AutoThrottle in crawler.extensions never goes below a slot's
    delay) and ROBOTSTXT_IGNORE_HOSTS for a site whose entry says `obey_robots: false`."""
    slots: dict[str, dict] = {}
    ignore_robots: list[str] = []
    for site in sites:
        for host in sorted(site.hostnames()):
            slots[host] = {"concurrency": site.politeness.concurrency, "delay": site.politeness.download_delay}
            if not site.politeness.obey_robots:
                ignore_robots.append(host)
    out = {}
    if slots:
        out["DOWNLOAD_SLOTS"] = json.dumps(slots)
    if ignore_robots:
        out["ROBOTSTXT_IGNORE_HOSTS"] = ",".join(ignore_robots)
    return out


class ServiceUnreachable(RuntimeError):
    """A service the crawl needs (the shared Redis frontier) does not answer: nothing was started."""


REDIS_CONNECT_TIMEOUT_S = 5


def describe_redis(url: str) -> str:
    """host:port/db of a Redis URL, without scheme or password (for messages)."""
    from urllib.parse import urlsplit

    p = urlsplit(url)
    db = p.path.strip("/") or "0"
    return f"{p.hostname or 'localhost'}:{p.port or 6379}/{db}"


def check_redis(url: str, timeout_s: float = REDIS_CONNECT_TIMEOUT_S) -> None:
    """Fail in seconds, with the reason, when the Redis of a distributed crawl is unreachable
    (the crawl child would otherwise die at start-up and look like a killed crawl)."""
    import socket
    from urllib.parse import urlsplit

    import redis

    where = describe_redis(url)
    p = urlsplit(url)
    try:
        with socket.create_connection((p.hostname or "localhost", p.port or 6379), timeout=timeout_s):
            pass
    except ConnectionRefusedError:
        raise ServiceUnreachable(f"Redis at {where} unreachable: connection refused") from None
    except socket.gaierror as exc:
        raise ServiceUnreachable(f"Redis at {where} unreachable: unknown host ({exc.strerror})") from None
    except TimeoutError:
        raise ServiceUnreachable(f"Redis at {where} unreachable: no answer within {timeout_s:g} s") from None
    except OSError as exc:
        raise ServiceUnreachable(f"Redis at {where} unreachable: {exc.strerror or exc}") from None
    try:
        redis.Redis.from_url(url, socket_connect_timeout=timeout_s, socket_timeout=timeout_s).ping()
    except (redis.RedisError, ValueError) as exc:
        raise ServiceUnreachable(f"Redis at {where} unusable: {exc}") from None


def crawl_command(
    *,
    start_urls=(),
    sites=(),
    all_sites=False,
    db: str | None = None,
    since: str | None = None,
    redis: str | None = None,
    redis_key: str = "kepatuhan",
    jobdir: str | None = None,
    polite: bool = True,
    settings: dict | None = None,
    report_file: str | None = None,
    registry: str | Path | None = None,
) -> list[str]:
    """The `scrapy crawl news ...` command line for these options."""
    registry_sites = load_sites(registry) if registry else load_sites()
    chosen: list[dict] = []
    if all_sites:
        chosen = [s.to_dict() for s in registry_sites.values()]
    for name in sites:
        if name not in registry_sites:
            raise ValueError(
                f"unknown site {name!r}: not in the registry ({registry or 'crawler/sites.yaml'}); "
                f"known: {', '.join(sorted(registry_sites))}"
            )
        chosen.append(registry_sites[name].to_dict())
    for url in start_urls:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"--start-url must be an http(s) URL, got {url!r}")
        chosen.append({"url": url})
    if not chosen:
        raise ValueError("nothing to crawl: give --start-url URL, --site NAME or --all-sites")
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "sites_json=" + json.dumps(chosen)]
    if since:
        cmd += ["-a", f"since={since}"]
    s: dict[str, str] = {}
    if db:
        s["KEPATUHAN_DB"] = db
    if report_file:
        s["KEPATUHAN_REPORT_FILE"] = report_file
    if jobdir:
        s["JOBDIR"] = jobdir
    if polite:
        by_name = {x.name: x for x in registry_sites.values()}
        s.update(politeness_settings(by_name[c["name"]] for c in chosen if c.get("name") in by_name))
    else:
        s.update(IMPOLITE)
    if redis:
        s.update(
            {
                "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
                "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
                "REDIS_URL": redis,
                "SCHEDULER_PERSIST": "True",
                "SCHEDULER_QUEUE_KEY": f"{redis_key}:%(spider)s:requests",
                "SCHEDULER_DUPEFILTER_KEY": f"{redis_key}:%(spider)s:dupefilter",
            }
        )
    s.update({k: str(v) for k, v in (settings or {}).items()})
    for k, v in s.items():
        cmd += ["-s", f"{k}={v}"]
    return cmd


def crawl(
    *,
    start_urls=(),
    sites=(),
    all_sites=False,
    db: str | None = None,
    since: str | None = None,
    redis: str | None = None,
    redis_key: str = "kepatuhan",
    jobdir: str | None = None,
    polite: bool = True,
    settings: dict | None = None,
    quiet: bool = True,
    log_file: str | None = None,
    timeout: float | None = None,
    registry: str | Path | None = None,
    progress: Callable[[CrawlReport], None] | None = None,
    forward_signals: bool = False,
    stop_deadline: Callable[[], float | None] | None = None,
) -> CrawlReport:
    """Crawl in a child process and return its per-site report (also stored with the run).

    `progress` is called with the report so far about once a second. With `forward_signals`
    (the console command), Ctrl-C / SIGTERM sent to this process are passed to the child, which
    stops cleanly (its job dir resumable); this process waits for it instead of dying first.
    A child killed from outside (or timing out) yields a report with reason "killed" and no
    sites; the corpus keeps everything stored so far and a rerun continues from there.
    `stop_deadline` (the caller's signal handling) returns None, or the monotonic time after
    which a child asked to stop is killed: a stop never waits without bound."""
    from corpus.config import resolve_db_url

    # the child runs from the repo root: every path the user gave relative to their own directory
    # (the SQLite file, the job dir, the log) is pinned to absolute here
    db = resolve_db_url(db)
    if redis:
        check_redis(redis)
    jobdir = os.path.abspath(jobdir) if jobdir else jobdir
    log_file = os.path.abspath(log_file) if log_file else log_file
    with tempfile.TemporaryDirectory(prefix="kepatuhan-crawl-") as tmp:
        report_file = os.path.join(tmp, "report.json")
        cmd = crawl_command(
            start_urls=start_urls,
            sites=sites,
            all_sites=all_sites,
            db=db,
            since=since,
            redis=redis,
            redis_key=redis_key,
            jobdir=jobdir,
            polite=polite,
            settings=settings,
            report_file=report_file,
            registry=registry,
        )
        t0 = time.monotonic()
        rc = _run_child(cmd, report_file, log_file, quiet, forward_signals, timeout, progress, stop_deadline)
        if os.path.exists(report_file):
            report = CrawlReport.read(report_file)
        else:
            report = CrawlReport(reason="killed")
        report.returncode = rc
        report.elapsed_s = time.monotonic() - t0
        if jobdir and report.reason == "finished":
            # the job is done: its saved queue and seen-requests must not mute the next crawl
            import shutil

            shutil.rmtree(jobdir, ignore_errors=True)
        return report


def _run_child(
    cmd: list[str],
    report_file: str,
    log_file: str | None,
    quiet: bool,
    forward_signals: bool,
    timeout: float | None,
    progress: Callable[[CrawlReport], None] | None,
    stop_deadline: Callable[[], float | None] | None,
) -> int:
    """Run the crawl's child process from the repo root until it ends; its return code."""
    env = {
        **os.environ,
        "SCRAPY_SETTINGS_MODULE": "crawler.settings",
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    log_fh = open(log_file, "ab") if log_file else None
    log = log_fh if log_fh is not None else (subprocess.DEVNULL if quiet else None)
    try:
        # forwarding: the child gets its own session, so a Ctrl-C in the terminal reaches it once
        # (through us), not twice (Scrapy takes a second SIGINT as "stop now, uncleanly")
        proc = subprocess.Popen(
            cmd,
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=log if log_file or quiet else None,
            start_new_session=forward_signals,
        )
        with _forwarding_signals(proc, forward_signals):
            rc = _wait(proc, timeout, report_file + ".progress", progress, stop_deadline=stop_deadline)
    finally:
        if log_fh is not None:
            log_fh.close()
    return rc


def _wait(
    proc: subprocess.Popen,
    timeout: float | None,
    progress_file: str,
    progress: Callable[[CrawlReport], None] | None,
    stop_deadline: Callable[[], float | None] | None = None,
) -> int:
    """Wait for the crawl child (killing it after `timeout` s, or once `stop_deadline()` has
    passed: exit status -9), passing each new progress snapshot it writes to `progress`."""
    deadline = time.monotonic() + timeout if timeout else None
    seen_mtime = 0.0
    while True:
        try:
            return proc.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            pass
        stop_at = stop_deadline() if stop_deadline else None
        if (deadline and time.monotonic() > deadline) or (stop_at is not None and time.monotonic() > stop_at):
            proc.kill()
            proc.wait()
            return -9
        if progress is not None:
            try:
                mtime = os.stat(progress_file).st_mtime
                if mtime != seen_mtime:
                    seen_mtime = mtime
                    progress(CrawlReport.read(progress_file))
            except (OSError, ValueError):
                pass  # not written yet, or being replaced


@contextlib.contextmanager
def _forwarding_signals(proc: subprocess.Popen, enabled: bool):
    """While the child runs, SIGINT/SIGTERM/SIGHUP to this process go to the child (Scrapy stops
    cleanly on the first, at once on the second) instead of killing this process and orphaning it."""
    if not enabled or threading.current_thread() is not threading.main_thread():
        yield
        return

    last_sent: dict[int, float] = {}

    def forward(signum, _frame):
        # `timeout` and `kill -- -PGID` reach this process twice (directly and through its group);
        # the child may not have wrapped Scrapy's handlers yet, so pass on one copy per stop request
        now = time.monotonic()
        if now - last_sent.get(signum, -DUPLICATE_WINDOW_S) < DUPLICATE_WINDOW_S:
            return
        last_sent[signum] = now
        if proc.poll() is None:
            proc.send_signal(signum)

    old = {sig: signal.signal(sig, forward) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
