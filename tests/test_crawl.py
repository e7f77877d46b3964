"""Crawler tests against real local HTTP sites (tests/sites), a real corpus database and Redis.

Crawls run in child processes exactly as `kepatuhan crawl` runs them, politeness off, short
timeouts. The sites are small but realistic: WordPress-, Blogger- and portal-style outlets with
relevant Ombudsman compliance articles, look-alikes and ordinary news, all team-written.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest
import sqlalchemy as sa

from crawler.discovery import parse_feed, parse_sitemap, sitemaps_from_robots
from crawler.registry import RegistryError, load_sites
from crawler.crawl import REPO, crawl, crawl_command
from crawler.urls import classify_url, normalise_url, trap_reason
from sites import SiteServer, build_blogger, build_faulty, build_portal, build_wordpress

FAST = {"DOWNLOAD_TIMEOUT": 1.5, "RETRY_TIMES": 1, "RETRY_BACKOFF_BASE": 0.05}


def stored_urls(db_url: str) -> dict[str, int]:
    """URL -> number of records, for every page the corpus stored."""
    eng = sa.create_engine(db_url)
    with eng.connect() as c:
        rows = c.execute(
            sa.text(
                "SELECT p.url, COUNT(r.id) FROM pages p LEFT JOIN articles a ON a.page_id = p.id "
                "LEFT JOIN records r ON r.article_id = a.id GROUP BY p.url"
            )
        ).all()
    eng.dispose()
    return {u: n for u, n in rows}


def corpus_snapshot(db_url: str):
    eng = sa.create_engine(db_url)
    with eng.connect() as c:
        pages = sorted(r[0] for r in c.execute(sa.text("SELECT url FROM pages")))
        seen = sorted(tuple(r) for r in c.execute(sa.text("SELECT url, outcome FROM seen_urls")))
        recs = sorted(
            tuple(r)
            for r in c.execute(
                sa.text("SELECT a.url, r.entity, r.year, r.score FROM records r JOIN articles a ON a.id = r.article_id")
            )
        )
    eng.dispose()
    return pages, seen, recs


# ----------------------------------------------------------------------------- pure functions
def test_normalise_and_traps():
    assert normalise_url("HTTP://Berita.ID:80/a;jsessionid=1?utm_source=fb&b=2&a=1#x") == "http://berita.id/a?a=1&b=2"
    assert normalise_url("http://x.id/?PHPSESSID=ab&page=2") == "http://x.id/?page=2"
    assert trap_reason("http://x.id/agenda?bulan=2024-01") == "calendar"
    assert trap_reason("http://x.id/arsip?a=1&b=2&c=3&d=4&e=5") == "too_many_params"
    assert trap_reason("http://x.id/a/b/a/b/a/b") == "repeated_segments"
    assert trap_reason("http://x.id/berita/" + "sangat-panjang-" * 20) == "url_too_long"
    assert trap_reason("http://x.id/" + "/".join(f"d{i}" for i in range(12))) == "path_too_deep"
    assert trap_reason("http://x.id/2024/12/13/pemkab-lebong-raih-zona-hijau/") is None
    assert classify_url("http://x.id/2024/12/13/pemkab-lebong-raih-zona-hijau/") == "article"
    assert classify_url("http://x.id/2024/05/pemkot-raih-nilai.html") == "article"
    assert classify_url("http://x.id/read/12345/pemprov-bengkulu-raih-penghargaan") == "article"
    assert classify_url("http://x.id/search/label/Ombudsman") == "listing"
    assert classify_url("http://x.id/indeks?page=3") == "listing"


def test_sitemap_feed_robots_parsing():
    kind, links = parse_sitemap(
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
        b"<loc>https://x.id/post-sitemap.xml</loc></sitemap></sitemapindex>"
    )
    assert kind == "index" and links[0].url == "https://x.id/post-sitemap.xml"
    kind, links = parse_sitemap(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        b"<url><loc>https://x.id/a</loc><news:news><news:publication_date>2024-12-13T10:00:00+07:00</news:publication_date>"
        b"<news:title>Ombudsman Serahkan Opini</news:title></news:news></url></urlset>"
    )
    assert kind == "urlset" and links[0].date == "2024-12-13" and "Ombudsman" in links[0].text
    items = parse_feed(
        b"<rss><channel><item><title>Pemkab Raih Zona Hijau</title><link>https://x.id/b</link>"
        b"<pubDate>Fri, 13 Dec 2024 10:00:00 +0700</pubDate></item></channel></rss>",
        "https://x.id/",
    )
    assert items[0].url == "https://x.id/b" and items[0].date == "2024-12-13"
    assert sitemaps_from_robots("User-agent: *\nSitemap: /sitemap_index.xml\n", "https://x.id/robots.txt") == [
        "https://x.id/sitemap_index.xml"
    ]


def test_registry_ships_seed_outlets_and_rejects_bad_entries(tmp_path):
    sites = load_sites()
    assert len(sites) >= 30
    hosts = " ".join(s.url + " " + " ".join(s.aliases) for s in sites.values())
    for outlet in ("rakyatbengkulu", "bengkulutoday.com", "pantau.com", "koranradar.id", "pedomanbengkulu.com"):
        assert outlet in hosts
    bad = tmp_path / "sites.yaml"
    bad.write_text("sites:\n  - name: x\n    url: ftp://x.id/\n")
    with pytest.raises(RegistryError, match="sites.yaml.*site #1"):
        load_sites(bad)
    with pytest.raises(ValueError, match="unknown site 'nope'"):
        crawl_command(sites=["nope"])


# ------------------------------------------------------------------------------- crawling
@pytest.mark.slow
def test_zero_config_three_styles_then_incremental(sqlite_url):
    sites = [build_wordpress(), build_blogger(), build_portal()]
    servers = [SiteServer(s).start() for s in sites]
    try:
        report = crawl(start_urls=[s.url for s in servers], db=sqlite_url, polite=False, settings=FAST)
        assert report.reason == "finished", report.to_dict()
        stored = stored_urls(sqlite_url)
        first_hits = 0
        for site, srv in zip(sites, servers):
            found = [p for p in site.relevant if stored.get(normalise_url(srv.url_of(p)), 0) > 0]
            assert len(found) >= 0.98 * len(site.relevant), (site.name, sorted(set(site.relevant) - set(found)))
            hits = srv.article_hits(site.relevant | site.irrelevant)
            assert max(hits.values()) == 1, (site.name, [p for p, n in hits.items() if n > 1])
            assert srv.hits.get("/robots.txt") == 1, site.name  # obeyed and read for sitemaps: one fetch
            rep = report.sites[f"127.0.0.1:{srv.port}"]
            assert rep.relevant >= len(found) and rep.records >= len(found)
            first_hits += sum(srv.hits.values())
            srv.hits.clear()
        report2 = crawl(start_urls=[s.url for s in servers], db=sqlite_url, polite=False, settings=FAST)
        second_hits = sum(sum(srv.hits.values()) for srv in servers)
        assert report2.reason == "finished"
        assert second_hits <= 0.05 * first_hits, (second_hits, first_hits, [dict(s.hits) for s in servers])
        assert report2.total("new") == 0 and report2.total("articles") == 0
        for srv in servers:  # only entry pages were asked for again
            assert all(not k.startswith(("/20", "/berita/")) for k in srv.hits), dict(srv.hits)
    finally:
        for srv in servers:
            srv.stop()


@pytest.mark.slow
def test_faults_survived_and_counted(sqlite_url):
    decoy = SiteServer(build_portal(2, 0, 2, offset=900)).start()
    site = build_faulty(decoy.origin)
    srv = SiteServer(site).start()
    try:
        report = crawl(
            start_urls=[srv.url], db=sqlite_url, polite=False, settings={**FAST, "DOWNLOAD_MAXSIZE": 5 * 1024 * 1024}
        )
        assert report.reason == "finished"
        errors = report.sites[f"127.0.0.1:{srv.port}"].errors
        for kind in (
            "http_500",
            "timeout",
            "connection_reset",
            "too_large",
            "redirect_loop",
            "robots_disallowed",
            "offsite",
            "trap_calendar",
            "trap_too_many_params",
            "wrong_charset",
            "trap_too_many_hops",
        ):
            assert errors.get(kind, 0) >= 1, (kind, sorted(errors.items()))
        assert sum(decoy.hits.values()) == 0, dict(decoy.hits)  # another port of 127.0.0.1 is another site
        assert srv.hits.get("/admin/berita/9005/ombudsman-rahasia-redaksi", 0) == 0  # robots.txt obeyed
        assert sum(n for k, n in srv.hits.items() if k.startswith("/agenda")) <= 1
        assert 1 <= sum(n for k, n in srv.hits.items() if k.startswith("/lorong/")) <= 6  # TRAP_MAX_HOPS
        stored = stored_urls(sqlite_url)
        found = [p for p in site.relevant if stored.get(normalise_url(srv.url_of(p)), 0) > 0]
        assert len(found) >= 0.98 * len(site.relevant), sorted(set(site.relevant) - set(found))
    finally:
        srv.stop()
        decoy.stop()


@pytest.fixture(scope="module")
def portal_with_reference(tmp_path_factory):
    """One portal site and the corpus an uninterrupted crawl of it produces (shared by the
    interruption tests: each must end with exactly this corpus)."""
    site = build_portal(12, 8, 30, offset=700)
    srv = SiteServer(site).start()
    ref = f"sqlite:///{tmp_path_factory.mktemp('ref') / 'ref.sqlite'}"
    assert crawl(start_urls=[srv.url], db=ref, polite=False, settings=FAST).reason == "finished"
    yield site, srv, corpus_snapshot(ref)
    srv.stop()


def wait_until_seen(db: str, proc: subprocess.Popen, n_seen: int, timeout: float = 60) -> int:
    """Wait (while `proc` runs) until the corpus at `db` knows `n_seen` URLs; returns how many it knows."""
    deadline = time.monotonic() + timeout
    eng = sa.create_engine(db)
    n = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None and n < n_seen:
            time.sleep(0.1)
            try:
                with eng.connect() as c:
                    n = c.execute(sa.text("SELECT COUNT(*) FROM seen_urls")).scalar()
            except sa.exc.OperationalError:
                continue  # the schema is not there yet
    finally:
        eng.dispose()
    return n


def _start_and_kill9_after(srv, db: str, n_seen: int, jobdir: str | None = None, **redis) -> int:
    """Start a slow crawl of `srv` into `db` and kill -9 it once the corpus knows `n_seen` URLs;
    returns how many it knew at the kill."""
    cmd = crawl_command(
        start_urls=[srv.url],
        db=db,
        polite=False,
        jobdir=jobdir,
        **redis,
        settings={
            **FAST,
            "CONCURRENT_REQUESTS": 1,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
            "DOWNLOAD_DELAY": 0.15,  # slow enough to be killed mid-way
            # small fingerprint batches: seen_urls shows progress, and a
            # kill still loses unflushed ones (those pages are refetched)
            "KEPATUHAN_SEEN_BATCH": 5,
        },
    )
    proc = subprocess.Popen(
        cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(REPO)}
    )
    n = wait_until_seen(db, proc, n_seen)
    assert proc.poll() is None, "crawl finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return n


@pytest.mark.slow
@pytest.mark.parametrize(
    "kill_points,with_jobdir",
    [((1,), False), ((8,), False), ((30,), False), ((5, 20), False), ((8,), True), ((5, 20), True)],
    ids=["early", "mid", "late", "twice", "jobdir-mid", "jobdir-twice"],
)
def test_kill9_then_rerun_equals_uninterrupted(tmp_path, portal_with_reference, kill_points, with_jobdir):
    """kill -9, then the same command again (with its --jobdir, when it had one)."""
    site, srv, reference = portal_with_reference
    db = f"sqlite:///{tmp_path / 'killed.sqlite'}"
    jobdir = str(tmp_path / "job") if with_jobdir else None
    for point in kill_points:  # killed, started again, killed again ...
        n = _start_and_kill9_after(srv, db, point, jobdir)
        assert point <= n < len(site.relevant | site.irrelevant)
    report = crawl(start_urls=[srv.url], db=db, polite=False, settings=FAST, jobdir=jobdir)
    assert report.reason == "finished"
    assert corpus_snapshot(db) == reference


@pytest.mark.slow
@pytest.mark.redis
@pytest.mark.parametrize("kill_points", [(8,), (5, 20)], ids=["once", "twice"])
def test_kill9_of_a_redis_crawl_then_rerun_equals_uninterrupted(
    tmp_path, portal_with_reference, redis_url, redis_prefix, kill_points
):
    """The shared frontier forgets nothing either: requests the killed process had taken from the
    Redis queue are not lost when the same command runs again (at once: well within the dead
    process's heartbeat)."""
    site, srv, reference = portal_with_reference
    db = f"sqlite:///{tmp_path / 'killed.sqlite'}"
    for point in kill_points:
        n = _start_and_kill9_after(srv, db, point, redis=redis_url, redis_key=redis_prefix)
        assert point <= n < len(site.relevant | site.irrelevant)
    report = crawl(start_urls=[srv.url], db=db, polite=False, settings=FAST, redis=redis_url, redis_key=redis_prefix)
    assert report.reason == "finished"
    assert corpus_snapshot(db) == reference


@pytest.mark.slow
@pytest.mark.redis
def test_two_processes_share_one_redis_frontier(pg_url, redis_url, redis_prefix):
    site = build_portal(8, 6, 30, offset=800)
    for res in site.routes.values():
        res.delay = 0.25  # a slow site, so that the second process joins while there is work left
    srv = SiteServer(site).start()
    try:
        db = pg_url  # machines that share a frontier share a PostgreSQL corpus
        procs = []
        for _ in range(2):
            cmd = crawl_command(
                start_urls=[srv.url],
                db=db,
                polite=False,
                redis=redis_url,
                redis_key=redis_prefix,
                # a process takes from the shared queue only what it can fetch now
                settings={
                    **FAST,
                    "CONCURRENT_REQUESTS": 2,
                    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
                    "LOG_LEVEL": "WARNING",
                },
            )
            procs.append(
                subprocess.Popen(
                    cmd,
                    cwd=REPO,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    text=True,
                    env={**os.environ, "PYTHONPATH": str(REPO)},
                )
            )
        for p in procs:
            assert p.wait(timeout=120) == 0, p.stderr.read()[-3000:]
        # no URL at all twice, robots.txt included (the processes share one copy through Redis)
        twice = {k: n for k, n in srv.hits.items() if n > 1}
        assert not twice, twice
        assert srv.hits.get("/robots.txt") == 1
        stored = stored_urls(db)
        found = [p for p in site.relevant if stored.get(normalise_url(srv.url_of(p)), 0) > 0]
        assert len(found) >= 0.98 * len(site.relevant)
        eng = sa.create_engine(db)
        with eng.connect() as c:
            runs = c.execute(sa.text("SELECT report FROM runs WHERE kind = 'crawl'")).all()
        eng.dispose()
        assert len(runs) == 2  # both processes reported
        import json

        fetched = [
            sum(v["fetched"] for v in (json.loads(r[0]) if isinstance(r[0], str) else r[0])["sites"].values())
            for r in runs
        ]
        assert all(n > 0 for n in fetched), fetched  # and both fetched a share of the site
    finally:
        srv.stop()


@pytest.mark.slow
def test_nightly_run_fetches_only_what_is_new(sqlite_url):
    site = build_wordpress(12, 8, 30, offset=300)
    srv = SiteServer(site).start()
    try:
        assert crawl(start_urls=[srv.url], db=sqlite_url, polite=False, settings=FAST).reason == "finished"
        first = sum(srv.hits.values())
        old_articles = site.relevant | site.irrelevant
        # the next day: one more relevant article on top of the site (listings, feed and sitemaps change)
        from dataclasses import replace

        from sites.text import relevant_article

        fresh = replace(relevant_article(999), date="2025-06-30", slug="pemkab-kaur-raih-opini-kualitas-tinggi-999")
        srv.site = build_wordpress(12, 8, 30, offset=300, extra=[fresh])
        new = srv.site.relevant - site.relevant
        assert len(new) == 1
        srv.hits.clear()
        report = crawl(start_urls=[srv.url], db=sqlite_url, polite=False, settings=FAST)
        assert report.reason == "finished"
        assert stored_urls(sqlite_url).get(normalise_url(srv.url_of(next(iter(new)))), 0) > 0
        assert not [p for p in old_articles if srv.hits.get(p)], "an article already judged was fetched again"
        rep = report.sites[f"127.0.0.1:{srv.port}"]
        assert rep.articles == 1 and rep.relevant == 1
        assert sum(srv.hits.values()) <= 0.25 * first, (sum(srv.hits.values()), first, dict(srv.hits))
    finally:
        srv.stop()


def test_scrapy_project_lists_the_spider():
    out = subprocess.run(
        [os.sys.executable, "-m", "scrapy", "list"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "news" in out.stdout.split()


def test_cli_rejects_unknown_site_and_bad_since():
    from typer.testing import CliRunner

    from kepatuhan.cli import app

    r = CliRunner().invoke(app, ["crawl", "--site", "tidak-ada", "--db", "sqlite:///:memory:"])
    assert r.exit_code == 2 and "unknown site 'tidak-ada'" in r.output
    r = CliRunner().invoke(app, ["crawl", "--start-url", "http://x.id/", "--since", "13/12/2024"])
    assert r.exit_code != 0 and "YYYY-MM-DD" in r.output


@pytest.mark.slow
def test_pause_with_sigint_and_resume_from_jobdir(tmp_path, portal_with_reference):
    site, srv, reference = portal_with_reference
    db, jobdir = f"sqlite:///{tmp_path / 'paused.sqlite'}", str(tmp_path / "job")
    cmd = crawl_command(
        start_urls=[srv.url],
        db=db,
        polite=False,
        jobdir=jobdir,
        settings={**FAST, "CONCURRENT_REQUESTS": 1, "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "KEPATUHAN_SEEN_BATCH": 5},
    )
    proc = subprocess.Popen(
        cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(REPO)}
    )
    wait_until_seen(db, proc, 8)
    proc.send_signal(signal.SIGINT)  # Ctrl-C: Scrapy stops cleanly and keeps its queue in JOBDIR
    assert proc.wait(timeout=60) == 0
    assert os.path.isdir(jobdir) and os.listdir(jobdir)
    before = sum(srv.hits.values())
    report = crawl(start_urls=[srv.url], db=db, polite=False, jobdir=jobdir, settings=FAST)
    assert report.reason == "finished"
    assert corpus_snapshot(db) == reference
    assert not os.path.exists(jobdir)  # a finished job leaves nothing to mute the next crawl
    assert before > 0


@pytest.mark.slow
def test_since_bounds_a_backfill(sqlite_url):
    """`--since DATE`: articles dated before it are not stored; every relevant one from that date on is."""
    import re

    site = build_wordpress(12, 8, 30, offset=700)
    dated = {p: m.group(1).replace("/", "-") for p in site.relevant if (m := re.search(r"/(\d{4}/\d{2}/\d{2})/", p))}
    assert len(dated) == len(site.relevant)
    days = sorted(dated.values())
    since = days[len(days) // 2]
    newer = {p for p, d in dated.items() if d >= since}
    older = set(dated) - newer
    assert newer and older
    srv = SiteServer(site).start()
    try:
        report = crawl(start_urls=[srv.url], db=sqlite_url, since=since, polite=False, settings=FAST)
        assert report.reason == "finished", report.to_dict()
        stored = {p for p in site.relevant if stored_urls(sqlite_url).get(normalise_url(srv.url_of(p)), 0) > 0}
        assert stored == newer, (sorted(stored - newer), sorted(newer - stored))
    finally:
        srv.stop()


@pytest.mark.slow
def test_ctrl_c_on_the_console_command_pauses_cleanly_and_the_same_command_resumes(tmp_path, portal_with_reference):
    """A terminal's Ctrl-C reaches the foreground job's process group: `kepatuhan crawl` passes it
    once to its crawl child, waits for the clean stop, says how to continue, and the job dir is
    resumed (not started over) by the same command. Meanwhile it shows live progress."""
    import sys

    site, srv, reference = portal_with_reference
    db, jobdir = f"sqlite:///{tmp_path / 'c.sqlite'}", str(tmp_path / "job")
    exe = (
        [str(REPO / ".venv/bin/kepatuhan")]
        if (REPO / ".venv/bin/kepatuhan").exists()
        else [sys.executable, "-c", "from kepatuhan.cli import main; main()"]
    )
    registry = tmp_path / "sites.yaml"  # polite, but quick: 0.1 s between requests, one at a time
    registry.write_text(
        f"sites:\n  - name: lokal\n    url: {srv.url}\n    politeness: {{download_delay: 0.1, concurrency: 1}}\n",
        encoding="utf-8",
    )
    cmd = exe + ["crawl", "--registry", str(registry), "--site", "lokal", "--db", db, "--jobdir", jobdir]
    # as a shell runs a foreground job: its own process group, which Ctrl-C signals as a whole
    proc = subprocess.Popen(
        cmd + ["--log-file", str(tmp_path / "crawl.log")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    wait_until_seen(db, proc, 8)
    assert proc.poll() is None, "crawl finished before Ctrl-C"
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=90)
    assert proc.returncode == 1, err[-2000:]
    assert "did not finish (shutdown" in err and "rerun the same command" in err, err[-2000:]
    assert "pages fetched" in err  # the live progress line
    assert os.listdir(jobdir) and not os.path.exists(os.path.join(jobdir, "kepatuhan-running"))
    log = (tmp_path / "crawl.log").read_text(errors="replace")
    assert log.count("Received SIGINT") == 1, "the child must see one Ctrl-C, not two"

    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert corpus_snapshot(db) == reference
    assert not os.path.exists(jobdir)
