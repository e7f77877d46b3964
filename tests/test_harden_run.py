"""`kepatuhan run` and friends against hostile conditions (issue 13, defects 7 to 10).

Real runs over the bundled mirror and a local hostile server; the databases and Redis are real
(Redis on a port nothing listens on, for the unreachable case).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from sites.server import Resource, Site, SiteServer

REPO = Path(__file__).resolve().parents[1]
KEPATUHAN = str(REPO / ".venv" / "bin" / "kepatuhan")
pytestmark = pytest.mark.slow


@pytest.fixture
def robots_503_site():
    """A site whose robots.txt answers 503: its rules are unknown, so nothing of it may be fetched."""
    home = "<html><body><a href='/berita/1'>Berita</a></body></html>"
    site = Site(
        {
            "/robots.txt": Resource("Service Unavailable", ctype="text/plain", status=503),
            "/": Resource(home),
            "/berita/1": Resource("<html><body><p>isi</p></body></html>"),
        }
    )
    with SiteServer(site) as srv:
        yield srv


def config(tmp: Path, urls: list[str], **sections) -> Path:
    lines = [
        "[sources]",
        f"start_urls = {json.dumps(urls)}",
        "[storage]",
        f"data_dir = {json.dumps(str(tmp / 'data'))}",
        "[politeness]",
        "download_delay = 0.0",
        "autothrottle = false",
        "concurrency_per_domain = 4",
        "timeout_s = 10",
    ]
    for name, values in sections.items():
        lines.append(f"[{name}]")
        lines += [f"{k} = {json.dumps(v)}" for k, v in values.items()]
    cfg = tmp / "kepatuhan.toml"
    cfg.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return cfg


def run(cfg: Path, *extra: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [KEPATUHAN, "run", "--config", str(cfg), *extra], capture_output=True, text=True, timeout=timeout
    )


def test_run_replaces_only_its_own_files_in_the_output_dirs(mirror_site, tmp_path):
    cfg = config(tmp_path, [mirror_site.start_url])
    first = run(cfg, "--quiet")
    assert first.returncode == 0, first.stderr
    out = tmp_path / "data" / "output"
    (out / "exports" / "catatan-saya.txt").write_text("catatan peneliti\n", encoding="utf-8")
    (out / "audit" / "analisis").mkdir()
    (out / "audit" / "analisis" / "grafik.py").write_text("print('grafik')\n", encoding="utf-8")
    report_before = (out / "audit" / "report.html").stat().st_mtime_ns
    second = run(cfg, "--quiet")
    assert second.returncode == 0, second.stderr
    assert (out / "exports" / "catatan-saya.txt").read_text(encoding="utf-8") == "catatan peneliti\n"
    assert (out / "audit" / "analisis" / "grafik.py").is_file()
    assert (out / "audit" / "report.html").stat().st_mtime_ns != report_before  # ours was replaced
    assert (out / "exports" / "csv" / "datapackage.json").is_file()
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


def test_robots_503_makes_the_site_failed_and_the_run_partial(mirror_site, robots_503_site, tmp_path):
    cfg = config(tmp_path, [mirror_site.start_url, robots_503_site.url_of("/")])
    res = run(cfg, "--quiet")
    assert res.returncode == 3, (res.returncode, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert "sites that failed" in lines[0] and robots_503_site.url_of("/").split("//")[1].rstrip("/") in lines[0]
    assert robots_503_site.hits["/berita/1"] == 0  # unknown rules: nothing fetched


def test_redis_unreachable_is_said_at_once_with_exit_4(mirror_site, tmp_path):
    url = "redis://127.0.0.1:1/0"
    cfg = config(tmp_path, [mirror_site.start_url], distributed={"redis_url": url})
    t0 = time.monotonic()
    res = run(cfg, "--quiet", timeout=60)
    assert res.returncode == 4, (res.returncode, res.stderr)
    assert time.monotonic() - t0 < 20
    assert "Redis at 127.0.0.1:1/0 unreachable: connection refused" in res.stderr, res.stderr
    assert "killed" not in res.stderr and "rerun" not in res.stderr
    crawl = subprocess.run(
        [
            KEPATUHAN,
            "crawl",
            "--start-url",
            mirror_site.start_url,
            "--redis",
            url,
            "--db",
            f"sqlite:///{tmp_path / 'c.sqlite'}",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert crawl.returncode == 4, crawl.stderr
    assert "Redis at 127.0.0.1:1/0 unreachable: connection refused" in " ".join(crawl.stderr.split())
    assert "rerun" not in crawl.stderr


def _runs(db: str) -> list[tuple[str, str]]:
    from corpus.store import Corpus

    with Corpus.open(db) as c:
        return [(r["kind"], r["status"]) for r in reversed(c.recent_runs())]


def test_runs_left_running_are_marked_by_the_next_run(tmp_path):
    db = f"sqlite:///{tmp_path / 'c.sqlite'}"
    # stopped by an input error: a directory given as input
    (tmp_path / "folder").mkdir()
    res = subprocess.run(
        [KEPATUHAN, "ingest", str(tmp_path / "folder"), "--db", db], capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in res.stderr
    assert ("ingest", "running") not in _runs(db)
    # killed mid-way: the next ingest marks it interrupted
    text = (
        "Pemerintah Kabupaten Seluma meraih nilai 91,25 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan "
        "Publik oleh Ombudsman RI tahun 2024. "
    )
    big = tmp_path / "banyak.jsonl"
    big.write_text(
        "".join(json.dumps({"id": f"a{i}", "text": text * 3 + f"Berita nomor {i}."}) + "\n" for i in range(20000)),
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [KEPATUHAN, "ingest", str(big), "--db", db], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while ("ingest", "running") not in _runs(db) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert ("ingest", "running") in _runs(db)
    small = tmp_path / "satu.jsonl"
    small.write_text(json.dumps({"id": "s1", "text": text}) + "\n", encoding="utf-8")
    res = subprocess.run([KEPATUHAN, "ingest", str(small), "--db", db], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    runs = _runs(db)
    assert ("ingest", "interrupted") in runs and ("ingest", "running") not in runs, runs
