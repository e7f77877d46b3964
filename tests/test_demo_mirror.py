"""The bundled offline mirror: generated files in sync with their source, annotations that
follow the record contract, and a server that behaves like the sites it imitates."""

from __future__ import annotations

import filecmp
import importlib.util
import json
import sys
import urllib.request

import pytest

from extract.types import ENTITY_TYPES, GRADES, OPINIONS, RANK_SCOPES, ZONES
from kepatuhan.mirror import MIRROR_DIR, Mirror

DEMO = MIRROR_DIR.parent
EXPECTED = DEMO / "expected.jsonl"


def _load_build():
    spec = importlib.util.spec_from_file_location("demo_build", DEMO / "build.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def mirror():
    with Mirror() as m:
        yield m


def _get(url: str, headers: dict | None = None):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, ""


def test_committed_mirror_is_what_build_py_generates(tmp_path):
    build = _load_build()
    lines = build.build(tmp_path / "site", tmp_path / "expected.jsonl")
    cmp = filecmp.dircmp(tmp_path / "site", MIRROR_DIR)

    def diff(c):
        out = c.left_only + c.right_only + c.diff_files
        for sub in c.subdirs.values():
            out += diff(sub)
        return out

    assert diff(cmp) == [], "run `python corpus/demo_sites/build.py` and commit the result"
    assert (tmp_path / "expected.jsonl").read_text(encoding="utf-8") == EXPECTED.read_text(encoding="utf-8")
    assert len(lines) >= 55 and len({x["outlet"] for x in lines}) == 3


def test_annotations_follow_the_record_contract():
    lines = [json.loads(x) for x in EXPECTED.read_text(encoding="utf-8").splitlines()]
    relevant = [x for x in lines if x["relevant"]]
    assert len(relevant) >= 25 and len(lines) - len(relevant) >= 20  # distractors and ordinary news
    assert len({x["path"] for x in lines}) == len(lines)
    for x in lines:
        if not x["relevant"]:
            assert x["records"] == [], x["id"]
        for r in x["records"]:
            assert r["entity_type"] in ENTITY_TYPES and isinstance(r["year"], int), (x["id"], r)
            assert any(r.get(k) is not None for k in ("score", "rank", "zone", "grade", "opinion")), (x["id"], r)
            assert r["zone"] in (None, *ZONES) and r["grade"] in (None, *GRADES), (x["id"], r)
            assert r["opinion"] in (None, *OPINIONS) and r["rank_scope"] in (None, *RANK_SCOPES), (x["id"], r)
            if r["entity_type"] in ("provinsi", "kabupaten", "kota"):
                assert r["region_code"] and r["province"], (x["id"], r)
            if r["entity_type"] == "unit":
                assert r["parent"] and r["province"], (x["id"], r)
            if r["score"] is not None:
                # every annotated score is written in the article the Indonesian way
                assert f"{r['score']:.2f}".replace(".", ",") in x["text"], (x["id"], r["score"])
        for o in x["officials"]:
            assert o["name"] in x["text"] or any(a in x["text"] for a in o["aliases"]), (x["id"], o)
    # the kinds of claims the demo exists to show
    recs = [r for x in lines for r in x["records"]]
    assert {r["entity_type"] for r in recs} >= {"provinsi", "kabupaten", "kota", "kementerian", "lembaga", "unit"}
    assert {r["rank_scope"] for r in recs} >= {"provinsi", "nasional"}
    assert len({r["year"] for r in recs}) >= 3
    assert any(len(x["pages"]) >= 3 for x in lines)  # the multi-page article


def test_each_outlet_is_served_like_its_kind_of_site(mirror):
    wp, blog, php = (mirror.sites[k] for k in ("wartarafflesia", "ranahminang", "portaljateng"))
    # WordPress: robots.txt -> sitemap index -> post sitemap with absolute URLs on our port; RSS feed
    _, _, robots = _get(wp.origin + "/robots.txt")
    assert f"Sitemap: {wp.origin}/sitemap_index.xml" in robots
    _, _, index = _get(wp.origin + "/sitemap_index.xml")
    assert f"<loc>{wp.origin}/post-sitemap.xml</loc>" in index
    _, _, posts = _get(wp.origin + "/post-sitemap.xml")
    assert posts.count("<url>") == 20 and "{{ORIGIN}}" not in posts
    status, headers, home = _get(wp.origin + "/")
    assert status == 200 and 'type="application/rss+xml"' in home and "/page/2/" in home
    _, _, search = _get(wp.origin + "/?s=ombudsman")
    assert "kaur-juara-kepatuhan" in search
    # Blogger: label and search pages, Atom feed, sitemap pages
    _, _, label = _get(blog.origin + "/search/label/Pemerintahan")
    assert "Menampilkan postingan dengan label" in label
    _, _, feed = _get(blog.origin + "/feeds/posts/default")
    assert feed.startswith("<?xml") and "<entry>" in feed
    assert _get(blog.origin + "/sitemap.xml?page=2")[0] == 200
    # PHP portal: ?page=N listings (query order does not matter), a three-page article
    assert _get(php.origin + "/index.php?page=2")[0] == 200
    assert _get(php.origin + "/kategori.php?page=1&k=daerah")[0] in (200, 404)
    _, _, p1 = _get(php.origin + "/berita.php?id=24021")
    assert 'rel="next"' in p1 and "Halaman:" in p1
    assert (
        _get(php.origin + "/berita.php?hal=3&id=24021")[0] == _get(php.origin + "/berita.php?id=24021&hal=3")[0] == 200
    )
    assert _get(php.origin + "/tidak-ada")[0] == 404


def test_conditional_get_answers_304(mirror):
    site = mirror.sites["wartarafflesia"]
    status, headers, _ = _get(site.origin + "/feed/")
    assert status == 200 and headers["ETag"]
    status, _, body = _get(site.origin + "/feed/", {"If-None-Match": headers["ETag"]})
    assert status == 304 and body == ""
    assert ("/feed/", 304) in site.requests
