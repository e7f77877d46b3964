"""Build the bundled offline news mirror from the article source data in `articles/*.yaml`.

    python corpus/demo_sites/build.py          # writes corpus/demo_sites/site/ and expected.jsonl

Three outlets, three site styles a crawler meets in Indonesian regional news:

- `wordpress` (Warta Rafflesia): `/YYYY/MM/DD/slug/` posts, `/page/N/` and `/category/X/` listings,
  `/feed/` RSS, `/?s=` search, robots.txt -> `/sitemap_index.xml` -> post and category sitemaps;
- `blogger` (Kabar Ranah Minang): `/YYYY/MM/slug.html` posts, `/search/label/X` and `/search?q=`
  pages, `/search?updated-max=` paging, an Atom feed at `/feeds/posts/default`, `/sitemap.xml`
  as an index of `/sitemap.xml?page=N`;
- `php` (Portal Jateng): `/berita.php?id=N` posts, `/index.php?page=N` and `/kategori.php?k=X&page=N`
  listings, no sitemap and no feed, one article split over `&hal=2`, `&hal=3`.

Each outlet directory gets a `routes.json` mapping request URLs (path plus sorted query) to files;
`kepatuhan.demo` serves it. Absolute URLs (sitemaps, feeds, robots.txt, canonical links) are written
as `{{ORIGIN}}` and filled in by the server with its own `http://127.0.0.1:PORT`.

`expected.jsonl` holds the team's annotation of every article in the record contract's shape
(spec RECORDS.md v1, as in the gold dev set: records with `aliases`, officials with `aliases`),
plus `outlet` and `path` so a test can find the article the pipeline stored.
"""

from __future__ import annotations

import html
import json
import shutil
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import yaml

from gazetteer import Region, read_regions

HERE = Path(__file__).resolve().parent
ARTICLES_DIR = HERE / "articles"
SITE_DIR = HERE / "site"
EXPECTED = HERE / "expected.jsonl"

PER_PAGE = 8
ORIGIN = "{{ORIGIN}}"
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def route_key(url: str) -> str:
    """Normalised route: path plus the query with its parameters sorted (what the server looks up)."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if not parts.query:
        return path
    return path + "?" + urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))


# ---------------------------------------------------------------- annotation shorthand -> contract
def load_regions() -> dict[str, Region]:
    return {r.name: r for r in read_regions()}


def expand_record(short: dict, regions: dict[str, Region]) -> dict:
    """`{e, y, s, r, rs, z, g, o, t, p, a}` -> a record of the contract (region facts from the gazetteer)."""
    entity = short["e"]
    etype = short.get("t")
    region_code = province = None
    parent = short.get("p")
    aliases = list(short.get("a") or [])
    if etype is None:
        row = regions.get(entity)
        if row is None:
            raise ValueError(f"unknown region {entity!r}: give t: (entity type) for non-regions")
        etype, region_code, province = row.level, row.code, row.province
        bare = entity.split(" ", 1)[1]
        aliases += {
            "provinsi": ["Pemprov " + bare],
            "kabupaten": ["Pemkab " + bare, "Kab. " + bare],
            "kota": ["Pemkot " + bare],
        }[etype]
    elif etype == "unit":
        row = regions.get(parent)
        if row is None:
            raise ValueError(f"unit {entity!r}: parent {parent!r} is not a region name")
        province = row.province
    return {
        "entity": entity,
        "entity_type": etype,
        "region_code": region_code,
        "province": province,
        "parent": parent,
        "year": short["y"],
        "score": short.get("s"),
        "rank": short.get("r"),
        "rank_scope": short.get("rs"),
        "zone": short.get("z"),
        "grade": short.get("g"),
        "opinion": short.get("o"),
        "aliases": aliases,
    }


def expand_official(short: list) -> dict:
    return {"name": short[0], "title": short[1], "aliases": list(short[2]) if len(short) > 2 else []}


# ---------------------------------------------------------------- articles
@dataclass
class Post:
    outlet: str
    index: int
    slug: str
    date: date
    category: str
    author: str
    title: str
    pages: list[str]
    expected: dict
    url: str = ""  # route of page 1, set by the outlet style
    page_urls: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"demo-{self.outlet}-{self.index:02d}"

    @property
    def text(self) -> str:
        return self.title + "\n\n" + "\n\n".join(p.strip() for p in self.pages)

    def paragraphs(self, page: int = 0) -> list[str]:
        return [" ".join(p.split()) for p in self.pages[page].strip().split("\n\n") if p.strip()]


def load_outlet(path: Path) -> tuple[dict, list[Post]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    outlet = data["outlet"]
    posts = []
    for i, a in enumerate(data["articles"], 1):
        pages = a.get("pages") or [a["body"]]
        posts.append(
            Post(outlet["key"], i, a["slug"], a["date"], a["category"], a["author"], a["title"], pages, a["expected"])
        )
    # newest first, as every listing shows them; stable on the source order
    posts.sort(key=lambda p: (p.date, -p.index), reverse=True)
    return outlet, posts


def tanggal(d: date) -> str:
    return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year}"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


class Site:
    """Collects files and routes for one outlet."""

    def __init__(self, outlet: dict):
        self.outlet = outlet
        self.root = SITE_DIR / outlet["key"]
        self.routes: dict[str, str] = {}
        self.static_urls = ("/redaksi/", "/pedoman-media-siber/")  # set per style

    def add(self, url: str, filename: str, content: str) -> None:
        key = route_key(url)
        if key in self.routes:
            raise ValueError(f"{self.outlet['key']}: route {key} defined twice")
        target = self.root / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        self.routes[key] = filename

    def finish(self) -> None:
        (self.root / "routes.json").write_text(
            json.dumps(self.routes, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


# ---------------------------------------------------------------- shared HTML pieces
def page(
    site: Site, title: str, head_extra: str, body: str, sidebar: list[Post], nav: list[tuple[str, str]], css_class: str
) -> str:
    o = site.outlet
    nav_html = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for u, t in nav)
    side = "".join(f'<li><a href="{esc(p.url)}">{esc(p.title)}</a></li>' for p in sidebar[:5])
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head_extra}
</head>
<body class="{css_class}">
<header class="site-header"><div class="brand"><a href="/">{esc(o["name"])}</a></div>
<div class="tagline">{esc(o["tagline"])}</div>
<nav class="menu"><ul>{nav_html}</ul></nav></header>
<div class="ads">Pasang iklan Anda di sini. Hubungi redaksi.</div>
<main id="main">
{body}
</main>
<aside class="sidebar"><h3>Berita Terpopuler</h3><ul>{side}</ul></aside>
<footer class="site-footer">&copy; {esc(o["name"])}. Seluruh hak cipta dilindungi. <a href="/">Beranda</a> |
<a href="{site.static_urls[0]}">Redaksi</a> | <a href="{site.static_urls[1]}">Pedoman Media Siber</a></footer>
</body>
</html>
"""


def listing_html(posts: list[Post]) -> str:
    items = []
    for p in posts:
        teaser = esc(p.paragraphs()[0][:160]) + "&hellip;"
        items.append(
            f'<article class="post-item"><h2 class="entry-title"><a href="{esc(p.url)}">{esc(p.title)}</a></h2>'
            f'<div class="meta">{tanggal(p.date)}</div><p>{teaser}</p></article>'
        )
    return "\n".join(items)


def static_pages(
    site: Site, sidebar: list[Post], nav, css: str, redaksi_url="/redaksi/", pedoman_url="/pedoman-media-siber/"
):
    o = site.outlet
    site.add(
        redaksi_url,
        "redaksi.html",
        page(
            site,
            f"Redaksi - {o['name']}",
            "",
            f"<h1>Redaksi</h1><p>{esc(o['name'])} diterbitkan oleh tim kecil jurnalis daerah. "
            "Pemimpin redaksi, redaktur pelaksana dan reporter dapat dihubungi melalui surel redaksi.</p>",
            sidebar,
            nav,
            css,
        ),
    )
    site.add(
        pedoman_url,
        "pedoman.html",
        page(
            site,
            f"Pedoman Media Siber - {o['name']}",
            "",
            "<h1>Pedoman Media Siber</h1><p>Kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers "
            "adalah hak asasi manusia. Redaksi wajib melakukan verifikasi atas setiap berita.</p>",
            sidebar,
            nav,
            css,
        ),
    )
    site.add(
        "/404",
        "404.html",
        page(site, "Halaman tidak ditemukan", "", "<h1>404</h1><p>Halaman tidak ditemukan.</p>", sidebar, nav, css),
    )


# ---------------------------------------------------------------- WordPress style
def build_wordpress(outlet: dict, posts: list[Post]) -> Site:
    site = Site(outlet)
    for p in posts:
        p.url = f"/{p.date:%Y/%m/%d}/{p.slug}/"
        p.page_urls = [p.url]
    cats = sorted({p.category for p in posts})
    nav = [("/", "Beranda")] + [(f"/category/{c}/", c.title()) for c in cats]
    css = "home blog wp-theme-rafflesia"
    feed_link = f'<link rel="alternate" type="application/rss+xml" title="{esc(outlet["name"])} &raquo; Feed" href="{ORIGIN}/feed/">'

    _wordpress_posts(site, outlet, posts, nav, css, feed_link)
    _wordpress_listings(site, outlet, posts, cats, nav, css, feed_link)
    _wordpress_feeds(site, outlet, posts, cats)
    static_pages(site, posts, nav, css)
    return site


def _wordpress_posts(site: Site, outlet: dict, posts: list[Post], nav: list, css: str, feed_link: str) -> None:
    """Each post's page, with its "Baca Juga" links to the same category."""
    for p in posts:
        paras = "\n".join(f"<p>{esc(x)}</p>" for x in p.paragraphs())
        head = (
            f'<link rel="canonical" href="{ORIGIN}{p.url}">\n{feed_link}\n'
            f'<meta property="og:title" content="{esc(p.title)}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="article:published_time" content="{p.date.isoformat()}T08:00:00+07:00">\n'
            f'<meta name="author" content="{esc(p.author)}">'
        )
        body = (
            f'<article class="post type-post status-publish category-{esc(p.category)}">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(p.title)}</h1>'
            f'<div class="entry-meta">Oleh <span class="author vcard">{esc(p.author)}</span> - '
            f'<time class="entry-date published" datetime="{p.date.isoformat()}T08:00:00+07:00">{tanggal(p.date)}</time>'
            f'</div></header>\n<div class="entry-content">\n{paras}\n</div>\n'
            f'<footer class="entry-footer">Kategori: <a href="/category/{esc(p.category)}/" rel="category tag">'
            f"{esc(p.category.title())}</a></footer></article>\n"
            f'<div class="related"><h3>Baca Juga</h3><ul>'
            + "".join(
                [
                    f'<li><a href="{esc(q.url)}">{esc(q.title)}</a></li>'
                    for q in posts
                    if q is not p and q.category == p.category
                ][:3]
            )
            + "</ul></div>"
        )
        site.add(
            p.url,
            f"posts/{p.slug}.html",
            page(site, f"{p.title} - {outlet['name']}", head, body, posts, nav, "single-post " + css),
        )


def _wordpress_listings(
    site: Site, outlet: dict, posts: list[Post], cats: list[str], nav: list, css: str, feed_link: str
) -> None:
    """The front page and the categories with their /page/N/ paging, and the `/?s=` searches."""

    def paged(base: str, items: list[Post], fname: str, heading: str):
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            url = base if n == 1 else f"{base}page/{n}/"
            links = []
            if n > 1:
                links.append(
                    f'<a class="prev page-numbers" href="{base if n == 2 else f"{base}page/{n - 1}/"}">&laquo; Sebelumnya</a>'
                )
            if n < len(chunks):
                links.append(f'<a class="next page-numbers" href="{base}page/{n + 1}/">Berikutnya &raquo;</a>')
            body = (
                f'<h1 class="page-title">{esc(heading)}</h1>\n{listing_html(chunk)}\n'
                f'<nav class="navigation pagination">{" ".join(links)}</nav>'
            )
            site.add(
                url, f"{fname}-{n}.html", page(site, f"{heading} - {outlet['name']}", feed_link, body, posts, nav, css)
            )

    paged("/", posts, "index", outlet["name"])
    for c in cats:
        paged(f"/category/{c}/", [p for p in posts if p.category == c], f"category-{c}", c.title())

    # search (WordPress `/?s=`): the topic's keywords a crawler is likely to try
    for q in ("ombudsman", "kepatuhan", "pelayanan publik"):
        hits = [p for p in posts if q in p.text.lower()]
        site.add(
            f"/?s={q}",
            f"search-{q.replace(' ', '-')}.html",
            page(
                site,
                f"Hasil pencarian: {q}",
                feed_link,
                f'<h1 class="page-title">Hasil pencarian untuk: {esc(q)}</h1>\n{listing_html(hits)}',
                posts,
                nav,
                css,
            ),
        )


def _wordpress_feeds(site: Site, outlet: dict, posts: list[Post], cats: list[str]) -> None:
    """The RSS feed, the sitemap index with its post and category sitemaps (Yoast style), robots.txt."""
    # feed: the ten newest posts, RSS 2.0
    items = "".join(
        f'<item><title>{esc(p.title)}</title><link>{ORIGIN}{p.url}</link><guid isPermaLink="true">{ORIGIN}{p.url}</guid>'
        f"<pubDate>{p.date:%a, %d %b %Y} 08:00:00 +0700</pubDate><category>{esc(p.category)}</category>"
        f"<description>{esc(p.paragraphs()[0][:200])}</description></item>\n"
        for p in posts[:10]
    )
    site.add(
        "/feed/",
        "feed.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{esc(outlet["name"])}</title><link>{ORIGIN}/</link>
<description>{esc(outlet["tagline"])}</description><language>id-ID</language>
{items}</channel></rss>
""",
    )
    # sitemap index -> post + category sitemaps (Yoast style)
    site.add(
        "/sitemap_index.xml",
        "sitemap_index.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{ORIGIN}/post-sitemap.xml</loc><lastmod>{posts[0].date.isoformat()}</lastmod></sitemap>
<sitemap><loc>{ORIGIN}/category-sitemap.xml</loc><lastmod>{posts[0].date.isoformat()}</lastmod></sitemap>
</sitemapindex>
""",
    )
    urls = "".join(f"<url><loc>{ORIGIN}{p.url}</loc><lastmod>{p.date.isoformat()}</lastmod></url>\n" for p in posts)
    site.add(
        "/post-sitemap.xml",
        "post-sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n',
    )
    curls = "".join(f"<url><loc>{ORIGIN}/category/{c}/</loc></url>\n" for c in cats)
    site.add(
        "/category-sitemap.xml",
        "category-sitemap.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{curls}</urlset>\n',
    )
    site.add(
        "/robots.txt",
        "robots.txt",
        f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {ORIGIN}/sitemap_index.xml\n",
    )


# ---------------------------------------------------------------- Blogger style
def build_blogger(outlet: dict, posts: list[Post]) -> Site:
    site = Site(outlet)
    site.static_urls = ("/p/redaksi.html", "/p/pedoman-media-siber.html")
    for p in posts:
        p.url = f"/{p.date:%Y/%m}/{p.slug}.html"
        p.page_urls = [p.url]
    labels = sorted({p.category for p in posts})
    nav = [("/", "Beranda")] + [(f"/search/label/{c}", c) for c in labels]
    css = "blogger version-1-3-3 body-fauxcolumns"
    feeds = (
        f'<link rel="alternate" type="application/atom+xml" title="{esc(outlet["name"])} - Atom" href="{ORIGIN}/feeds/posts/default">\n'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(outlet["name"])} - RSS" href="{ORIGIN}/feeds/posts/default?alt=rss">'
    )

    _blogger_posts(site, outlet, posts, nav, css, feeds)
    _blogger_listings(site, outlet, posts, labels, nav, css, feeds)
    _blogger_feeds(site, outlet, posts)
    static_pages(site, posts, nav, css, *site.static_urls)
    return site


def _blogger_posts(site: Site, outlet: dict, posts: list[Post], nav: list, css: str, feeds: str) -> None:
    """Each post's page, its body lines separated by <br>."""
    for p in posts:
        paras = "<br />\n".join(esc(x) + "<br />" for x in p.paragraphs())  # Blogger bodies are <br>-separated
        head = (
            f'<link rel="canonical" href="{ORIGIN}{p.url}">\n{feeds}\n'
            f'<meta property="og:title" content="{esc(p.title)}">\n<meta property="og:url" content="{ORIGIN}{p.url}">'
        )
        body = (
            f'<div class="post hentry uncustomized-post-template" itemscope itemtype="http://schema.org/BlogPosting">'
            f'<h3 class="post-title entry-title" itemprop="name">{esc(p.title)}</h3>'
            f'<div class="post-header"><span class="post-author vcard">Diposting oleh <span class="fn">{esc(p.author)}</span></span> '
            f'<abbr class="published" itemprop="datePublished" title="{p.date.isoformat()}T09:00:00+07:00">{tanggal(p.date)}</abbr></div>\n'
            f'<div class="post-body entry-content" itemprop="articleBody">\n{paras}\n</div>\n'
            f'<div class="post-footer"><span class="post-labels">Label: <a href="/search/label/{esc(p.category)}" rel="tag">{esc(p.category)}</a></span>'
            f'<div class="post-share-buttons">Bagikan ke WhatsApp | Facebook | X</div></div></div>\n'
            f'<div class="comments"><h4>Tidak ada komentar:</h4><p>Posting Komentar</p></div>'
        )
        site.add(
            p.url, f"posts/{p.slug}.html", page(site, f"{p.title} | {outlet['name']}", head, body, posts, nav, css)
        )


def _blogger_listings(
    site: Site, outlet: dict, posts: list[Post], labels: list[str], nav: list, css: str, feeds: str
) -> None:
    """The front page with "Postingan Lama" paging, the label pages and the `/search?q=` searches."""
    # home + "Postingan Lama" paging with updated-max, the way Blogger pages its front page
    chunks = [posts[i : i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]
    for n, chunk in enumerate(chunks):
        url = (
            "/"
            if n == 0
            else f"/search?updated-max={chunks[n - 1][-1].date.isoformat()}T09:00:00&max-results={PER_PAGE}"
        )
        older = (
            (
                f'<a class="blog-pager-older-link" href="/search?updated-max={chunk[-1].date.isoformat()}T09:00:00&amp;max-results={PER_PAGE}">'
                "Postingan Lama</a>"
            )
            if n + 1 < len(chunks)
            else ""
        )
        site.add(
            url,
            f"home-{n + 1}.html",
            page(
                site,
                outlet["name"],
                feeds,
                f'{listing_html(chunk)}\n<div id="blog-pager">{older}</div>',
                posts,
                nav,
                css,
            ),
        )
    for c in labels:
        hits = [p for p in posts if p.category == c]
        site.add(
            f"/search/label/{c}",
            f"label-{c}.html",
            page(
                site,
                f"{outlet['name']}: {c}",
                feeds,
                f'<div class="status-msg-body">Menampilkan postingan dengan label <b>{esc(c)}</b>.</div>\n{listing_html(hits)}',
                posts,
                nav,
                css,
            ),
        )
    for q in ("ombudsman", "kepatuhan", "pelayanan publik"):
        hits = [p for p in posts if q in p.text.lower()]
        site.add(
            f"/search?q={q}",
            f"search-{q.replace(' ', '-')}.html",
            page(
                site,
                f"{outlet['name']}: Hasil penelusuran {q}",
                feeds,
                f'<div class="status-msg-body">Menampilkan postingan yang cocok dengan penelusuran <b>{esc(q)}</b>.</div>\n{listing_html(hits)}',
                posts,
                nav,
                css,
            ),
        )


def _blogger_feeds(site: Site, outlet: dict, posts: list[Post]) -> None:
    """The Atom and RSS feeds, the two-part sitemap, robots.txt."""
    entries = "".join(
        f"<entry><id>tag:blogger.com,1999:post-{p.index}</id><published>{p.date.isoformat()}T09:00:00+07:00</published>"
        f"<updated>{p.date.isoformat()}T09:00:00+07:00</updated><title>{esc(p.title)}</title>"
        f'<link rel="alternate" type="text/html" href="{ORIGIN}{p.url}" title="{esc(p.title)}"/>'
        f'<category term="{esc(p.category)}"/><author><name>{esc(p.author)}</name></author></entry>\n'
        for p in posts[:10]
    )
    site.add(
        "/feeds/posts/default",
        "feed-atom.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>tag:blogger.com,1999:blog-ranahminang</id>
<title>{esc(outlet["name"])}</title><link rel="alternate" type="text/html" href="{ORIGIN}/"/>
<updated>{posts[0].date.isoformat()}T09:00:00+07:00</updated>
{entries}</feed>
""",
    )
    rss_items = "".join(
        f"<item><title>{esc(p.title)}</title><link>{ORIGIN}{p.url}</link><pubDate>{p.date:%a, %d %b %Y} 09:00:00 +0700</pubDate></item>\n"
        for p in posts[:10]
    )
    site.add(
        "/feeds/posts/default?alt=rss",
        "feed-rss.xml",
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{esc(outlet["name"])}</title>'
        f"<link>{ORIGIN}/</link>\n{rss_items}</channel></rss>\n",
    )
    half = (len(posts) + 1) // 2
    site.add(
        "/sitemap.xml",
        "sitemap.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{ORIGIN}/sitemap.xml?page=1</loc></sitemap>
<sitemap><loc>{ORIGIN}/sitemap.xml?page=2</loc></sitemap>
</sitemapindex>
""",
    )
    for n, part in enumerate((posts[:half], posts[half:]), 1):
        urls = "".join(
            f"<url><loc>{ORIGIN}{p.url}</loc><lastmod>{p.date.isoformat()}T09:00:00Z</lastmod></url>\n" for p in part
        )
        site.add(
            f"/sitemap.xml?page={n}",
            f"sitemap-{n}.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n',
        )
    site.add(
        "/robots.txt",
        "robots.txt",
        f"User-agent: Mediapartners-Google\nDisallow:\n\nUser-agent: *\nDisallow: /b\nAllow: /\n\nSitemap: {ORIGIN}/sitemap.xml\n",
    )


# ---------------------------------------------------------------- custom PHP portal style
def build_php(outlet: dict, posts: list[Post]) -> Site:
    site = Site(outlet)
    site.static_urls = ("/redaksi.php", "/pedoman.php")
    for n, p in enumerate(sorted(posts, key=lambda p: (p.date, p.index)), 1):
        news_id = 24000 + n * 7
        p.url = f"/berita.php?id={news_id}"
        p.page_urls = [p.url] + [f"/berita.php?id={news_id}&hal={k}" for k in range(2, len(p.pages) + 1)]
    cats = sorted({p.category for p in posts})
    nav = [("/", "Home")] + [(f"/kategori.php?k={c}", c.title()) for c in cats]
    css = "portal"

    for p in posts:
        for k, url in enumerate(p.page_urls):
            paras = "\n".join(f"<p>{esc(x)}</p>" for x in p.paragraphs(k))
            pager = ""
            if len(p.page_urls) > 1:
                links = " ".join(
                    f'<a href="{esc(u)}">{i}</a>' if i - 1 != k else f"<b>{i}</b>" for i, u in enumerate(p.page_urls, 1)
                )
                nxt = (
                    f' <a rel="next" class="next" href="{esc(p.page_urls[k + 1])}">Selanjutnya &rsaquo;</a>'
                    if k + 1 < len(p.page_urls)
                    else ""
                )
                pager = f'<div class="halaman">Halaman: {links}{nxt}</div>'
            title = p.title if k == 0 else f"{p.title} (Halaman {k + 1})"
            head = (
                f'<link rel="canonical" href="{ORIGIN}{url}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{esc(title)}">'
            )
            if k + 1 < len(p.page_urls):
                head += f'\n<link rel="next" href="{ORIGIN}{p.page_urls[k + 1]}">'
            if k > 0:
                head += f'\n<link rel="prev" href="{ORIGIN}{p.page_urls[k - 1]}">'
            body = (
                f'<div class="detail-berita"><div class="kanal">{esc(p.category.upper())}</div>'
                f'<h1 class="judul">{esc(title)}</h1>'
                f'<div class="tanggal">{tanggal(p.date)} - 10:15 WIB</div><div class="penulis">Penulis: {esc(p.author)}</div>\n'
                f'<div class="isi-berita">\n{paras}\n</div>\n{pager}\n'
                f'<div class="tag">Tag: {esc(p.category)}</div></div>'
            )
            site.add(
                url,
                f"berita/{p.slug}-{k + 1}.html",
                page(site, f"{title} | {outlet['name']}", head, body, posts, nav, css),
            )

    def paged(base: str, items: list[Post], fname: str, heading: str):
        chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        sep = "&" if "?" in base else "?"
        for n, chunk in enumerate(chunks, 1):
            url = base if n == 1 else f"{base}{sep}page={n}"
            nums = " ".join(
                f'<a href="{esc(base if i == 1 else f"{base}{sep}page={i}")}">{i}</a>'
                for i in range(1, len(chunks) + 1)
            )
            nxt = f' <a href="{esc(f"{base}{sep}page={n + 1}")}">Next &raquo;</a>' if n < len(chunks) else ""
            body = f'<h2 class="judul-kanal">{esc(heading)}</h2>\n{listing_html(chunk)}\n<div class="paging">{nums}{nxt}</div>'
            site.add(url, f"{fname}-{n}.html", page(site, f"{heading} | {outlet['name']}", "", body, posts, nav, css))

    paged("/index.php", posts, "index", "Berita Terbaru")
    site.routes["/"] = site.routes["/index.php"]  # the front page is the first listing page
    for c in cats:
        paged(f"/kategori.php?k={c}", [p for p in posts if p.category == c], f"kategori-{c}", c.title())
    site.add("/robots.txt", "robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /cari.php\n")
    static_pages(site, posts, nav, css, *site.static_urls)
    return site


STYLES = {"wordpress": build_wordpress, "blogger": build_blogger, "php": build_php}


def build(out_dir: Path | None = None, expected_path: Path | None = None) -> list[dict]:
    """Write the mirror and `expected.jsonl` (by default in place); return the expected lines."""
    global SITE_DIR
    if out_dir is not None:
        SITE_DIR = out_dir
    expected_path = expected_path or EXPECTED
    regions = load_regions()
    if SITE_DIR.exists():
        shutil.rmtree(SITE_DIR)
    expected = []
    outlets = []
    for path in sorted(ARTICLES_DIR.glob("*.yaml")):
        outlet, posts = load_outlet(path)
        site = STYLES[outlet["style"]](outlet, posts)
        site.finish()
        outlets.append({"key": outlet["key"], "name": outlet["name"], "style": outlet["style"], "articles": len(posts)})
        for p in sorted(posts, key=lambda p: p.index):
            exp = p.expected
            try:
                recs = [expand_record(r, regions) for r in exp.get("records") or []]
            except ValueError as e:
                raise SystemExit(f"{path}: article {p.slug}: {e}") from None
            expected.append(
                {
                    "id": p.id,
                    "outlet": p.outlet,
                    "path": p.url,
                    "pages": p.page_urls,
                    "title": p.title,
                    "published": p.date.isoformat(),
                    "relevant": bool(exp["relevant"]),
                    "records": recs,
                    "officials": [expand_official(o) for o in exp.get("officials") or []],
                    "text": p.text,
                }
            )
    (SITE_DIR / "outlets.json").write_text(json.dumps(outlets, indent=1) + "\n", encoding="utf-8")
    with open(expected_path, "w", encoding="utf-8") as f:
        for line in expected:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    return expected


if __name__ == "__main__":
    lines = build(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    rel = sum(1 for x in lines if x["relevant"])
    print(f"{len(lines)} articles ({rel} relevant, {sum(len(x['records']) for x in lines)} records) -> {SITE_DIR}")
