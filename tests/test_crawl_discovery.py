"""Every discovery channel of a zero-config crawl, each shown to find what only it can reach.

On top of the ordinary WordPress- and Blogger-style test sites, one relevant article is planted
where a single channel leads to it and nothing else links it: a plain sitemap named by the
sitemap index, a Google News sitemap named only in robots.txt, the RSS feed, WordPress site
search (`/?s=`), a Blogger label page and the Atom feed found through `<link rel="alternate">`.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
import sqlalchemy as sa

from crawler.crawl import crawl
from crawler.urls import normalise_url
from sites import Resource, SiteServer, build_blogger, build_wordpress
from sites.server import ORIGIN
from sites.styles import _mark, article_html
from sites.text import relevant_article

FAST = {"DOWNLOAD_TIMEOUT": 1.5, "RETRY_TIMES": 1, "RETRY_BACKOFF_BASE": 0.05}


def plant(site, i: int, path_of) -> tuple[str, object]:
    """A relevant article served at path_of(article) but linked from nowhere yet."""
    a = relevant_article(i)
    path = path_of(a)
    site.routes[path] = Resource(article_html(a, path))
    _mark(site, a, path)
    return path, a


def link(path: str, title: str) -> str:
    return f'<li><a href="{path}">{title}</a></li>'


def wordpress_with_hidden_articles():
    site = build_wordpress(6, 4, 14, offset=1000)
    wp_path = lambda a: f"/{a.date[:4]}/{a.date[5:7]}/{a.date[8:]}/{a.slug}/"  # noqa: E731 - a one-line URL shape
    hidden = {}

    path, a = plant(site, 1101, wp_path)
    hidden["sitemap"] = path
    sm = site.routes["/post-sitemap2.xml"]
    sm.body = sm.body.replace("</urlset>", f"<url><loc>{ORIGIN}{path}</loc><lastmod>{a.date}</lastmod></url></urlset>")

    path, a = plant(site, 1102, wp_path)
    hidden["news_sitemap"] = path
    site.routes["/news-sitemap.xml"] = Resource(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<url><loc>{ORIGIN}{path}</loc><news:news><news:publication_date>{a.date}T10:00:00+07:00"
        f"</news:publication_date><news:title>{a.title}</news:title></news:news></url></urlset>",
        ctype="application/xml",
    )
    site.routes["/robots.txt"].body += f"Sitemap: {ORIGIN}/news-sitemap.xml\n"

    path, a = plant(site, 1103, wp_path)
    hidden["feed"] = path
    feed = site.routes["/feed/"]
    feed.body = feed.body.replace(
        "<channel><title>Berita</title>",
        f"<channel><title>Berita</title><item><title>{a.title}</title><link>{ORIGIN}{path}</link></item>",
    )

    path, a = plant(site, 1104, wp_path)
    hidden["search"] = path
    search = dict(site.dynamic)["/?s="]

    def search_with_hidden(key: str):
        res = search(key)
        words = dict(parse_qsl(urlsplit(key).query)).get("s", "").lower()
        if "ombudsman" in words:
            res.body = res.body.replace("<ul>", "<ul>" + link(hidden["search"], a.title), 1)
        return res

    site.dynamic.insert(0, ("/?s=", search_with_hidden))
    return site, hidden


def blogger_with_hidden_articles():
    site = build_blogger(5, 3, 12, offset=1200)
    bl_path = lambda a: f"/{a.date[:4]}/{a.date[5:7]}/{a.slug[:40].rstrip('-')}.html"  # noqa: E731 - a one-line URL shape
    hidden = {}

    path, a = plant(site, 1301, bl_path)
    hidden["label"] = path
    label = site.routes["/search/label/Ombudsman"]
    label.body = label.body.replace("<ul>", "<ul>" + link(path, a.title), 1)

    path, a = plant(site, 1302, bl_path)
    hidden["atom_feed"] = path
    feed = site.routes["/feeds/posts/default"]
    feed.body = feed.body.replace(
        "<title>Kabar</title>",
        f"<title>Kabar</title><entry><title>{a.title}</title>"
        f'<link rel="alternate" href="{ORIGIN}{path}"/>'
        f"<published>{a.date}T08:00:00+07:00</published></entry>",
    )
    return site, hidden


@pytest.mark.slow
def test_each_discovery_channel_finds_what_only_it_can_reach(sqlite_url):
    (wp, wp_hidden), (bl, bl_hidden) = wordpress_with_hidden_articles(), blogger_with_hidden_articles()
    servers = [SiteServer(wp).start(), SiteServer(bl).start()]
    try:
        report = crawl(start_urls=[s.url for s in servers], db=sqlite_url, polite=False, settings=FAST)
        assert report.reason == "finished", report.to_dict()
        eng = sa.create_engine(sqlite_url)
        with eng.connect() as c:
            with_records = {
                r[0] for r in c.execute(sa.text("SELECT a.url FROM articles a JOIN records r ON r.article_id = a.id"))
            }
        eng.dispose()
        for (site, hidden), srv in zip(((wp, wp_hidden), (bl, bl_hidden)), servers):
            missed = {
                channel: path for channel, path in hidden.items() if normalise_url(srv.url_of(path)) not in with_records
            }
            assert not missed, f"{site.name}: not found through {sorted(missed)}"
            found = {p for p in site.relevant if normalise_url(srv.url_of(p)) in with_records}
            assert found == site.relevant, sorted(site.relevant - found)
        wp_srv, bl_srv = servers
        assert wp_srv.hits["/news-sitemap.xml"] == 1 and wp_srv.hits["/sitemap_index.xml"] == 1
        assert any(k.startswith("/?s=") for k in wp_srv.hits), "WordPress site search was not used"
        assert bl_srv.hits["/feeds/posts/default"] >= 1
        # Blogger's robots.txt forbids /search?q=: site search is not asked there
        assert not any(k.startswith("/search?q=") for k in bl_srv.hits)
    finally:
        for s in servers:
            s.stop()


@pytest.mark.slow
def test_an_article_under_two_urls_is_stored_once_and_not_fetched_again(sqlite_url):
    """Outlets serve one article under several URLs (mobile /m/ copies, tracking parameters);
    the canonical link makes them one article, and the next crawl asks for neither again."""
    from sites import build_portal

    site = build_portal(3, 1, 4, offset=1400)
    main = sorted(site.relevant)[0]
    mobile = "/m" + main
    site.routes[mobile] = Resource(site.routes[main].body)  # same page, canonical -> the main URL
    home = site.routes["/"]
    home.body = home.body.replace(
        "<ul>", "<ul>" + link(mobile, "Versi mobile") + link(main + "?utm_source=wa&utm_medium=share", "Bagikan"), 1
    )
    with SiteServer(site) as srv:
        assert crawl(start_urls=[srv.url], db=sqlite_url, polite=False, settings=FAST).reason == "finished"
        eng = sa.create_engine(sqlite_url)
        with eng.connect() as c:
            urls = [r[0] for r in c.execute(sa.text("SELECT url FROM articles"))]
        eng.dispose()
        assert len(urls) == len(set(urls)) == len(site.relevant), urls
        assert normalise_url(srv.url_of(main)) in urls
        assert srv.hits[main] == 1  # the tracking-parameter copy is the same URL once normalised

        srv.hits.clear()
        assert crawl(start_urls=[srv.url], db=sqlite_url, polite=False, settings=FAST).reason == "finished"
        assert srv.hits[main] == 0 and srv.hits[mobile] == 0, dict(srv.hits)
