"""`kepatuhan run` pieces that need no crawl: configuration, lock, alerts, webhook, fail-fast DB."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kepatuhan.alerts import check_alerts, post_webhook
from kepatuhan.config import ConfigError, load_config
from kepatuhan.fault_injection import parse as parse_fault
from kepatuhan.lock import LockBusy, PgAdvisoryLock, RunLock
from kepatuhan.run import EXIT_BUSY, EXIT_FAILED, run

REPO = Path(__file__).resolve().parents[1]
KEPATUHAN = [str(REPO / ".venv" / "bin" / "kepatuhan")]


# ------------------------------------------------------------------ configuration
def test_config_file_then_environment_overrides(tmp_path):
    f = tmp_path / "nightly.toml"
    f.write_text(
        """
[sources]
start_urls = ["https://rakyatbengkulu.com/", "https://bengkulutoday.com/"]
since = "2023-01-01"
[storage]
data_dir = "/var/lib/kepatuhan"
[alerts]
empty_runs = 3
fail_on_alert = true
""",
        encoding="utf-8",
    )
    env = {
        "KEPATUHAN_STORAGE_DB_URL": "postgresql://kep:rahasia@db.internal/kepatuhan",
        "KEPATUHAN_ALERTS_EMPTY_RUNS": "7",
        "KEPATUHAN_POLITENESS_OBEY_ROBOTS": "no",
        "KEPATUHAN_EXPORT_FORMATS": "csv, parquet",
    }
    cfg = load_config(f, env=env)
    cfg.validate()
    assert cfg.sources.start_urls == ["https://rakyatbengkulu.com/", "https://bengkulutoday.com/"]
    assert cfg.sources.since == "2023-01-01"
    assert cfg.alerts.empty_runs == 7 and cfg.alerts.fail_on_alert is True
    assert cfg.politeness.obey_robots is False
    assert cfg.export.formats == ["csv", "parquet"]
    assert cfg.db_url == "postgresql://kep:rahasia@db.internal/kepatuhan"
    assert cfg.lock_file == Path("/var/lib/kepatuhan/kepatuhan-run.lock")
    assert cfg.audit_dir == Path("/var/lib/kepatuhan/output/audit")
    # the password never reaches the stored run config
    assert "rahasia" not in json.dumps(cfg.to_dict())


def test_config_defaults_follow_the_corpus_variables(tmp_path):
    cfg = load_config(env={"KEPATUHAN_DATA_DIR": str(tmp_path), "KEPATUHAN_SOURCES_START_URLS": "https://a.id/"})
    assert cfg.db_url == f"sqlite:///{tmp_path / 'kepatuhan.sqlite'}"
    assert cfg.sources.start_urls == ["https://a.id/"]


@pytest.mark.parametrize(
    "text, needle",
    [
        ("[sources]\nstart_url = ['https://a.id/']\n", "unknown setting 'start_url' in [sources]"),
        ("[crawl]\nx = 1\n", "unknown section [crawl]"),
        ("[alerts]\nempty_runs = 'lima'\n", "[alerts] empty_runs: 'lima' is not a valid int"),
        ("[sources\n", "not valid TOML"),
    ],
)
def test_config_errors_name_the_file_and_setting(tmp_path, text, needle):
    f = tmp_path / "bad.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(f, env={})
    assert str(f) in str(e.value) and needle in str(e.value)


def test_config_env_errors_name_the_variable():
    with pytest.raises(ConfigError, match="environment variable KEPATUHAN_POLITENESS_DOWNLOAD_DELAY"):
        load_config(env={"KEPATUHAN_POLITENESS_DOWNLOAD_DELAY": "sebentar"})


def test_config_site_names_must_be_in_the_registry():
    from crawler.registry import load_sites

    known = sorted(load_sites())[0]
    load_config(env={"KEPATUHAN_SOURCES_SITES": known}).validate()
    with pytest.raises(ConfigError, match="koran-tak-ada not in the crawler's registry"):
        load_config(env={"KEPATUHAN_SOURCES_SITES": f"{known},koran-tak-ada"}).validate()


def test_config_sites_may_come_from_an_own_registry(tmp_path):
    own = tmp_path / "outlets.yaml"
    own.write_text("sites:\n  - name: warta-desa\n    url: https://wartadesa.example.id/\n", encoding="utf-8")
    load_config(env={"KEPATUHAN_SOURCES_SITES": "warta-desa", "KEPATUHAN_SOURCES_REGISTRY": str(own)}).validate()
    with pytest.raises(ConfigError, match="warta-desa not in the crawler's registry"):
        load_config(env={"KEPATUHAN_SOURCES_SITES": "warta-desa"}).validate()  # not in crawler/sites.yaml
    with pytest.raises(ConfigError, match=r"\[sources\] registry: .*tidak-ada.yaml"):
        load_config(
            env={
                "KEPATUHAN_SOURCES_SITES": "warta-desa",
                "KEPATUHAN_SOURCES_REGISTRY": str(tmp_path / "tidak-ada.yaml"),
            }
        ).validate()
    own.write_text("sites:\n  - name: rusak\n    url: ftp://x.id/\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="outlets.yaml: site #1"):
        load_config(env={"KEPATUHAN_SOURCES_ALL_SITES": "true", "KEPATUHAN_SOURCES_REGISTRY": str(own)}).validate()


def test_config_validate_requires_sources_and_http_urls(tmp_path):
    with pytest.raises(ConfigError, match="nothing to crawl"):
        load_config(env={}).validate()
    with pytest.raises(ConfigError, match="not an http"):
        load_config(env={"KEPATUHAN_SOURCES_START_URLS": "rakyatbengkulu.com"}).validate()


def test_fault_spec_is_checked():
    assert parse_fault("dbwrite:12") == ("dbwrite", 12)
    for bad in ("dbwrite", "crawl:3", "fetch:0", "fetch:x"):
        with pytest.raises(ValueError, match="KEPATUHAN_FAULT"):
            parse_fault(bad)


# ------------------------------------------------------------------ lock
HOLD = """
import sys, time
from kepatuhan.lock import RunLock
with RunLock(sys.argv[1]):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _holder(lock_path: Path, seconds: float) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(lock_path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "locked"
    return p


def test_lock_second_run_is_refused_with_the_holder_named(tmp_path):
    lock_path = tmp_path / "kepatuhan-run.lock"
    p = _holder(lock_path, 30)
    try:
        with pytest.raises(LockBusy) as e:
            RunLock(lock_path).acquire()
        assert f"pid {p.pid}" in str(e.value) and "--wait" in str(e.value)
    finally:
        p.kill()
        p.wait()
    # SIGKILL left no stale lock behind: the kernel released it
    with RunLock(lock_path):
        pass


def test_lock_wait_queues_behind_the_holder(tmp_path):
    lock_path = tmp_path / "kepatuhan-run.lock"
    p = _holder(lock_path, 1.0)
    t0 = time.monotonic()
    with RunLock(lock_path, wait=True, timeout_s=20):
        waited = time.monotonic() - t0
    p.wait()
    assert 0.3 < waited < 15


def test_pg_advisory_lock_excludes_a_second_session(pg_url):
    with PgAdvisoryLock(pg_url):
        with pytest.raises(LockBusy, match="advisory lock"):
            PgAdvisoryLock(pg_url).acquire()
    with PgAdvisoryLock(pg_url):  # released with its session
        pass


def test_cli_exits_5_when_another_run_holds_the_lock(tmp_path):
    data = tmp_path / "data"
    p = _holder(data / "kepatuhan-run.lock", 30)
    try:
        r = subprocess.run(
            KEPATUHAN + ["run", "--quiet", "--data-dir", str(data), "--start-url", "http://127.0.0.1:9/"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        p.kill()
        p.wait()
    assert r.returncode == EXIT_BUSY, r.stderr
    assert "holds the lock" in r.stderr and f"pid {p.pid}" in r.stderr


# ------------------------------------------------------------------ fail fast on the database
def test_unreachable_database_fails_fast_with_a_clear_message(tmp_path):
    cfg = load_config(
        env={},
        overrides={
            "sources": {"start_urls": ["http://127.0.0.1:9/"]},
            "storage": {"data_dir": str(tmp_path), "db_url": "postgresql://kepatuhan@127.0.0.1:1/kepatuhan"},
        },
    )
    t0 = time.monotonic()
    s = run(cfg)
    assert time.monotonic() - t0 < 15
    assert s.exit_code == EXIT_FAILED and s.status == "failed"
    assert "127.0.0.1:1" in s.errors[0] and "unreachable" in s.errors[0]
    log = [json.loads(x) for x in cfg.log_file.read_text().splitlines()]
    assert log[-1]["event"] == "run_end" and log[-1]["exit_code"] == EXIT_FAILED


# ------------------------------------------------------------------ alerts
def _site(new=0, pages=10, errors=0):
    return {"new_articles": new, "pages": pages, "errors": errors}


def test_alert_for_a_site_that_went_silent():
    history = [
        {"a.id": _site(0), "b.id": _site(0)},
        {"a.id": _site(0), "b.id": _site(0)},
        {"a.id": _site(4), "b.id": _site(0)},
    ]  # newest first; b.id never yielded
    alerts = check_alerts({"a.id": _site(0), "b.id": _site(0)}, history, empty_runs=3)
    assert [(a.site, a.kind) for a in alerts] == [("a.id", "silent")]
    assert "last 3 runs" in alerts[0].message
    # one run short of N: no alert yet
    assert check_alerts({"a.id": _site(0)}, history[:1] + history[2:], empty_runs=3) == []


def test_alert_for_an_error_rate_jump():
    history = [{"a.id": _site(1, pages=40, errors=1)}, {"a.id": _site(2, pages=38, errors=2)}]
    alerts = check_alerts({"a.id": _site(0, pages=5, errors=30)}, history, error_rate_min=0.3, error_rate_jump=0.2)
    assert [(a.site, a.kind) for a in alerts] == [("a.id", "error_rate")]
    # a site that always errs this much is not news
    steady = [{"a.id": _site(1, pages=5, errors=30)}] * 3
    assert check_alerts({"a.id": _site(0, pages=5, errors=30)}, steady) == []


class _Hook(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Hook.received.append((self.headers["Content-Type"], json.loads(body)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *a):
        pass


def test_webhook_posts_json_to_a_local_server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{srv.server_address[1]}/hook"
        assert post_webhook(url, {"status": "partial", "alerts": [{"site": "a.id"}]}) is None
        ctype, payload = _Hook.received[-1]
        assert ctype.startswith("application/json") and payload["alerts"][0]["site"] == "a.id"
    finally:
        srv.shutdown()
        srv.server_close()
    # a dead webhook is reported, not raised
    err = post_webhook(url, {"x": 1}, timeout_s=2)
    assert err and "webhook" in err


# ------------------------------------------------------------------ alerts through the run history
def test_run_history_raises_a_silent_site_alert_exit_3_and_posts_the_webhook(tmp_path):
    """The crawl stage is replaced by the counts a real crawl would report (the orchestration
    is what is tested here: history in the runs table, alert, exit code, webhook)."""
    from kepatuhan.run import EXIT_OK, EXIT_PARTIAL, SiteSummary

    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    _Hook.received.clear()
    cfg = load_config(
        env={},
        overrides={
            "sources": {"start_urls": ["http://koran.example.id/"]},
            "storage": {"data_dir": str(tmp_path)},
            "alerts": {
                "empty_runs": 3,
                "fail_on_alert": True,
                "webhook_url": f"http://127.0.0.1:{srv.server_address[1]}/hook",
            },
        },
    )
    yields = iter([6, 0, 0, 0])

    def crawl(cfg, progress=None):
        n = next(yields)
        return {
            "koran.example.id": SiteSummary(
                "koran.example.id", pages=12 + n, new_articles=n, relevant=n // 2, records=n
            )
        }, False

    try:
        codes = [run(cfg, crawl=crawl) for _ in range(4)]
    finally:
        srv.shutdown()
        srv.server_close()
    assert [s.exit_code for s in codes] == [EXIT_OK, EXIT_OK, EXIT_OK, EXIT_PARTIAL]
    assert [a.kind for a in codes[3].alerts] == ["silent"]
    assert codes[1].sites["koran.example.id"].nothing_new
    assert len(_Hook.received) == 4
    last = _Hook.received[-1][1]
    assert last["status"] == "partial" and last["alerts"][0]["site"] == "koran.example.id"
    assert last["sites"]["koran.example.id"]["nothing_new"] is True
    from corpus.store import Corpus

    with Corpus.open(cfg.db_url) as c:
        runs = c.recent_runs(kind="run")
    assert [r["status"] for r in runs] == ["partial", "ok", "ok", "ok"]
    assert runs[0]["report"]["alerts"][0]["kind"] == "silent"


@pytest.mark.parametrize(
    "sites, code, status",
    [
        ({"a.id": (30, 5, 0), "b.id": (0, 0, 4)}, 3, "partial"),  # one site unreachable
        ({"a.id": (0, 0, 3), "b.id": (0, 0, 4)}, 4, "failed"),  # none reachable
        ({"a.id": (30, 0, 1), "b.id": (12, 2, 0)}, 0, "ok"),  # a stray 404 is not a failure
    ],
)
def test_exit_code_follows_the_sites(tmp_path, sites, code, status):
    from kepatuhan.run import SiteSummary

    cfg = load_config(
        env={},
        overrides={"sources": {"start_urls": ["http://a.id/", "http://b.id/"]}, "storage": {"data_dir": str(tmp_path)}},
    )

    def crawl(cfg, progress=None):
        return {
            k: SiteSummary(k, pages=p, new_articles=n, errors=e, errors_by_kind={"connection_refused": e} if e else {})
            for k, (p, n, e) in sites.items()
        }, False

    s = run(cfg, crawl=crawl)
    assert (s.exit_code, s.status) == (code, status)
    if code:
        assert any("b.id" in e or "no site" in e for e in s.errors)


def test_run_with_wait_queues_behind_a_running_one(tmp_path):
    from kepatuhan.run import EXIT_OK, SiteSummary

    cfg = load_config(
        env={}, overrides={"sources": {"start_urls": ["http://a.id/"]}, "storage": {"data_dir": str(tmp_path)}}
    )
    holder = _holder(cfg.lock_file, 1.5)
    t0 = time.monotonic()
    s = run(cfg, wait=True, crawl=lambda cfg, progress=None: ({"a.id": SiteSummary("a.id", pages=3)}, False))
    holder.wait()
    assert s.exit_code == EXIT_OK and time.monotonic() - t0 > 0.8
    busy = _holder(cfg.lock_file, 30)
    try:
        s2 = run(cfg, crawl=lambda cfg, progress=None: ({}, False))
    finally:
        busy.kill()
        busy.wait()
    assert s2.exit_code == EXIT_BUSY and s2.status == "busy" and f"pid {busy.pid}" in s2.errors[0]


def test_cli_bad_config_exits_2_naming_file_and_section(tmp_path):
    bad = tmp_path / "nightly.toml"
    bad.write_text("[sources]\nstart_url = ['https://rakyatbengkulu.com/']\n", encoding="utf-8")
    r = subprocess.run(
        KEPATUHAN + ["run", "--config", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "300"},
    )
    assert r.returncode == 2
    assert str(bad) in r.stderr and "unknown setting 'start_url' in [sources]" in r.stderr


# ------------------------------------------------------------------ finding identity across runs
def test_finding_key_tells_findings_apart_by_their_audit_json_values():
    """The keys are built from what audit.json really holds (`Finding.to_dict()`): a finding whose
    reported or official value changed between two nights is a new finding."""
    from audit.types import Finding
    from kepatuhan.stages import finding_key as _finding_key

    def finding(reported, official):
        return Finding(
            kind="score_mismatch",
            severity="high",
            entity="Kabupaten Lebong",
            year=2023,
            field="score",
            reported_value=reported,
            official_value=official,
            message="skor berbeda",
            url="http://koran.example.id/a",
        ).to_dict()

    same = _finding_key(finding(84.22, 80.1))
    assert _finding_key(finding(84.22, 80.1)) == same
    assert _finding_key(finding(88.5, 80.1)) != same
    assert _finding_key(finding(84.22, 81.0)) != same
