"""Per-site politeness from the registry, and robots.txt that cannot be read.

Each crawl runs in a child process exactly as `kepatuhan crawl --site NAME --registry FILE`
runs it, against a real local HTTP server that records when every request started and ended.
"""

from __future__ import annotations

import statistics

import pytest
import yaml

from crawler.crawl import crawl
from crawler.urls import normalise_url
from sites import Resource, SiteServer, build_portal

FAST = {"DOWNLOAD_TIMEOUT": 1.5, "RETRY_TIMES": 1, "RETRY_BACKOFF_BASE": 0.05}


def registry_for(tmp_path, srv, **politeness):
    """A one-site registry file naming the local server `lokal`, with this politeness."""
    path = tmp_path / f"sites-{len(list(tmp_path.glob('sites-*.yaml')))}.yaml"
    path.write_text(
        yaml.safe_dump({"sites": [{"name": "lokal", "url": srv.url, "politeness": politeness}]}), encoding="utf-8"
    )
    return path


def found(site, srv, db_url) -> set[str]:
    import sqlalchemy as sa

    eng = sa.create_engine(db_url)
    with eng.connect() as c:
        stored = {
            r[0] for r in c.execute(sa.text("SELECT a.url FROM articles a JOIN records r ON r.article_id = a.id"))
        }
    eng.dispose()
    return {p for p in site.relevant if normalise_url(srv.url_of(p)) in stored}


@pytest.mark.slow
def test_registry_delay_and_concurrency_shape_the_requests(tmp_path):
    site = build_portal(4, 2, 6, offset=820)
    with SiteServer(site) as srv:
        # polite (the default): the registry asks for 0.3 s between requests, one at a time
        reg = registry_for(tmp_path, srv, download_delay=0.3, concurrency=1)
        report = crawl(sites=["lokal"], registry=reg, db=f"sqlite:///{tmp_path / 'a.sqlite'}", settings=FAST)
        assert report.reason == "finished", report.to_dict()
        assert found(site, srv, f"sqlite:///{tmp_path / 'a.sqlite'}") == site.relevant
        gaps = srv.start_gaps()
        assert len(gaps) >= 15
        assert srv.max_in_flight() == 1
        # Scrapy randomises each wait to 0.5-1.5x the delay; AutoThrottle may only lengthen it
        assert min(gaps) >= 0.3 * 0.5 - 0.02, sorted(gaps)[:5]
        assert statistics.median(gaps) >= 0.25, statistics.median(gaps)

        # the same site registered with no delay and 8 connections: the registry's numbers win over
        # the global floor (DOWNLOAD_DELAY = 1 s) that stock AutoThrottle would impose
        srv.timeline.clear()
        reg = registry_for(tmp_path, srv, download_delay=0.0, concurrency=8)
        report = crawl(sites=["lokal"], registry=reg, db=f"sqlite:///{tmp_path / 'b.sqlite'}", settings=FAST)
        assert report.reason == "finished", report.to_dict()
        assert found(site, srv, f"sqlite:///{tmp_path / 'b.sqlite'}") == site.relevant
        assert statistics.median(srv.start_gaps()) < 0.1, sorted(srv.start_gaps())


@pytest.mark.slow
def test_registry_can_waive_robots_txt_for_one_site(tmp_path):
    site = build_portal(3, 1, 2, offset=870)
    site.routes["/robots.txt"] = Resource("User-agent: *\nDisallow: /berita/\n", ctype="text/plain")
    with SiteServer(site) as srv:
        reg = registry_for(tmp_path, srv, download_delay=0.0, concurrency=4)
        report = crawl(sites=["lokal"], registry=reg, db=f"sqlite:///{tmp_path / 'a.sqlite'}", settings=FAST)
        assert report.reason == "finished"
        assert not [k for k in srv.hits if k.startswith("/berita/")], dict(srv.hits)
        assert report.sites["lokal"].errors.get("robots_disallowed", 0) >= len(site.relevant)

        srv.hits.clear()
        reg = registry_for(tmp_path, srv, download_delay=0.0, concurrency=4, obey_robots=False)
        report = crawl(sites=["lokal"], registry=reg, db=f"sqlite:///{tmp_path / 'b.sqlite'}", settings=FAST)
        assert report.reason == "finished"
        assert found(site, srv, f"sqlite:///{tmp_path / 'b.sqlite'}") == site.relevant
        assert "robots_disallowed" not in report.sites["lokal"].errors


@pytest.mark.slow
def test_unreadable_robots_txt_is_counted_and_the_site_left_alone(sqlite_url):
    """RFC 9309: 5xx or no answer means the rules are unknown, so nothing is fetched (and the
    failure is counted); 404 means there are no rules."""
    broken = build_portal(2, 1, 2, offset=840)
    broken.routes["/robots.txt"] = Resource("<h1>Service Unavailable</h1>", status=503)
    hanging = build_portal(2, 1, 2, offset=850)
    hanging.routes["/robots.txt"] = Resource("User-agent: *\nDisallow:\n", ctype="text/plain", delay=4.0)
    missing = build_portal(2, 1, 2, offset=860)
    del missing.routes["/robots.txt"]
    servers = [SiteServer(s).start() for s in (broken, hanging, missing)]
    try:
        report = crawl(start_urls=[s.url for s in servers], db=sqlite_url, polite=False, settings=FAST)
        assert report.reason == "finished", report.to_dict()
        errs = {name: s.errors for name, s in report.sites.items()}
        b, h, m = (f"127.0.0.1:{s.port}" for s in servers)

        assert errs[b].get("robots_txt_http_503") == 1, errs[b]
        assert errs[b].get("robots_unreachable", 0) >= 1, errs[b]
        assert set(servers[0].hits) == {"/robots.txt"}, dict(servers[0].hits)  # asked (and retried), nothing else

        assert errs[h].get("robots_txt_timeout") == 1, errs[h]
        assert not [k for k in servers[1].hits if k != "/robots.txt"], dict(servers[1].hits)

        assert not [k for k in errs[m] if k.startswith("robots")], errs[m]
        assert found(missing, servers[2], sqlite_url) == missing.relevant
    finally:
        for s in servers:
            s.stop()
