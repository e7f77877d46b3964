"""`kepatuhan crawl --registry FILE --all-sites`: the console command over a user's own registry of
two local outlets, one of them large enough to be crawled with `follow: only`.

Checks what an operator relies on: every registered site is crawled and reported, keyword links
go first, `follow: only` never fetches an off-topic article, and site owners see who is crawling
(the User-Agent carries the contact the operator set).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

from crawler.urls import normalise_url
from sites import SiteServer, build_portal

REPO = Path(__file__).resolve().parents[1]
KEPATUHAN = (
    [str(REPO / ".venv/bin/kepatuhan")]
    if (REPO / ".venv/bin/kepatuhan").exists()
    else [sys.executable, "-c", "from kepatuhan.cli import main; main()"]
)


@pytest.mark.slow
def test_all_sites_of_an_own_registry_from_the_command_line(tmp_path):
    small = build_portal(5, 2, 20, offset=880)  # every article fetched, keyword links first
    large = build_portal(4, 3, 30, offset=900)  # follow: only: keyword links only
    with SiteServer(small) as s1, SiteServer(large) as s2:
        registry = tmp_path / "outlets.yaml"
        registry.write_text(
            yaml.safe_dump(
                {
                    "sites": [
                        {"name": "kecil", "url": s1.url, "politeness": {"download_delay": 0, "concurrency": 1}},
                        {
                            "name": "besar",
                            "url": s2.url,
                            "follow": "only",
                            "politeness": {"download_delay": 0, "concurrency": 4},
                        },
                    ]
                }
            ),
            encoding="utf-8",
        )
        db = f"sqlite:///{tmp_path / 'corpus.sqlite'}"
        env = {**os.environ, "KEPATUHAN_CONTACT": "mailto:peneliti@kampus.ac.id", "COLUMNS": "200"}
        out = subprocess.run(
            KEPATUHAN + ["crawl", "--registry", str(registry), "--all-sites", "--db", db],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert out.returncode == 0, out.stderr[-3000:]
        assert "kecil" in out.stdout and "besar" in out.stdout, out.stdout

        eng = sa.create_engine(db)
        with eng.connect() as c:
            stored = {
                r[0] for r in c.execute(sa.text("SELECT a.url FROM articles a JOIN records r ON r.article_id = a.id"))
            }
            report = json.loads(
                c.execute(sa.text("SELECT report FROM runs WHERE kind = 'crawl' ORDER BY id DESC")).scalar()
            )
        eng.dispose()
        for site, srv in ((small, s1), (large, s2)):
            assert {p for p in site.relevant if normalise_url(srv.url_of(p)) in stored} == site.relevant

        # follow: only — not one ordinary news article of the large outlet was asked for
        news = {p for p in large.irrelevant if p not in large.relevant and "ombudsman" not in p}
        assert news and not [p for p in news if s2.hits.get(p)], sorted(p for p in news if s2.hits.get(p))
        assert report["sites"]["besar"]["skipped_offtopic"] >= len(news)
        # the small outlet is crawled whole, but articles whose link names the topic come first
        order = [k for _t0, _t1, k in sorted(s1.timeline) if k.startswith("/berita/") and "?" not in k]
        assert set(order) >= small.irrelevant, "every article of a `prioritise` site is fetched"
        rel_pos = [order.index(p) for p in small.relevant]
        news_pos = [order.index(p) for p in small.irrelevant if "ombudsman" not in p]
        assert max(rel_pos) < statistics.median(news_pos), (rel_pos, news_pos)

        for srv in (s1, s2):
            assert set(srv.agents) == {next(iter(srv.agents))}
            agent = next(iter(srv.agents))
            assert agent.startswith("kepatuhan/") and "mailto:peneliti@kampus.ac.id" in agent, agent


def test_a_registry_site_reaches_the_spider_whole(tmp_path):
    """sites.yaml entry -> Site -> the spider's JSON argument -> SiteConf: hosts, entry points
    and patterns survive the trip (the one serial form of a site is Site.to_dict)."""
    from crawler.registry import load_sites
    from crawler.siteconf import SiteConf

    reg = tmp_path / "sites.yaml"
    reg.write_text(
        yaml.safe_dump(
            {
                "sites": [
                    {
                        "name": "bengkuluekspres",
                        "url": "https://bengkuluekspress.disway.id/",
                        "start_urls": ["https://bengkuluekspress.disway.id/kategori/pemerintahan"],
                        "feeds": ["https://bengkuluekspress.disway.id/feed"],
                        "aliases": ["www.bengkuluekspress.disway.id"],
                        "article_patterns": [r"/read/\d+/"],
                        "platform": "wordpress",
                        "follow": "only",
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    site = load_sites(reg)["bengkuluekspres"]
    conf = SiteConf.from_args(json.loads(json.dumps(site.to_dict())))
    assert conf.name == "bengkuluekspres" and conf.platform == "wordpress" and conf.follow == "only"
    assert conf.netlocs == {"bengkuluekspress.disway.id", "www.bengkuluekspress.disway.id"}
    assert conf.start_urls == ["https://bengkuluekspress.disway.id/kategori/pemerintahan"]
    assert conf.feeds == ["https://bengkuluekspress.disway.id/feed"]
    assert conf.article_patterns[0].search("https://bengkuluekspress.disway.id/read/123/pemkab-raih-zona-hijau")
