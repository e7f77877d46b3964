"""A multi-page article is crawled as one article with the text of every page: the demo
mirror's three-page Portal Jateng article gives all the records the team annotated for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kepatuhan.mirror import route_key, serve_site

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpus" / "demo_sites"
SITE = DEMO / "site" / "portaljateng"
FIRST = "/berita.php?id=24021"


def expected_records() -> set[tuple]:
    for line in (DEMO / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        if e["path"] == FIRST:
            return {(r["entity"], r["year"], r["score"]) for r in e["records"]}
    raise AssertionError(f"{FIRST} not in expected.jsonl")


def test_joined_pages_clean_to_the_whole_article():
    from crawler.pagination import join_pages
    from clean.page import clean_page

    routes = json.loads((SITE / "routes.json").read_text(encoding="utf-8"))
    origin = "http://127.0.0.1:8765"
    parts = []
    for path in (FIRST, "/berita.php?hal=2&id=24021", "/berita.php?hal=3&id=24021"):
        html = (SITE / routes[path]).read_text(encoding="utf-8").replace("{{ORIGIN}}", origin)
        parts.append((origin + path, html))
    art = clean_page(join_pages(parts), url=parts[0][0])
    for page in parts:  # every page's paragraphs, each once
        for p in clean_page(page[1], url=page[0]).text.split("\n\n"):
            assert art.text.count(p) == 1, p[:80]
    first = clean_page(parts[0][1], url=parts[0][0])
    assert (art.title, art.published) == (first.title, first.published)
    for entity, _year, score in expected_records():
        assert f"{score:.2f}".replace(".", ",") in art.text, entity


@pytest.mark.slow
def test_crawl_of_the_demo_outlet_keeps_every_record_of_its_multi_page_article(tmp_path):
    from corpus.store import Corpus
    from crawler.crawl import crawl

    site = serve_site(SITE, "portaljateng")
    db = f"sqlite:///{tmp_path / 'c.sqlite'}"
    try:
        report = crawl(start_urls=[site.start_url], db=db, polite=False, timeout=240)
    finally:
        site.server.shutdown()
        site.server.server_close()
    assert report.reason == "finished", report
    with Corpus.open(db) as c:
        got = {
            (r["entity"], r["year"], r["score"]) for r in c.iter_records() if route_key(r["article_url"] or "") == FIRST
        }
    assert expected_records() <= got, sorted(expected_records() - got)
