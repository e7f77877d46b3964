"""Three site styles a crawler meets in Indonesian regional news, plus a fault-ridden portal.

- build_wordpress: /YYYY/MM/DD/slug/ posts, /page/N/ and /category/X/ and /tag/X/ listings,
  /feed/ RSS, /?s= search, robots.txt -> /sitemap_index.xml -> post sitemaps.
- build_blogger: /YYYY/MM/slug.html posts, /search/label/X, /search?q=, /search?updated-max=
  paging, Atom feed at /feeds/posts/default (found through <link rel=alternate>), no sitemap.
- build_portal: /berita/ID/slug articles (one split over ?page=2 and ?page=3), /indeks?page=N and
  /kanal/X?page=N listings, no sitemap, no feed.
- build_faulty: a portal with every fault: 500s, timeouts, connection resets, a redirect loop,
  robots disallow, gzip bodies, wrong charset, a 50 MB page, an infinite calendar, endless query
  parameters, session ids, an endless chain of linked pages, and links to another 127.0.0.1 port.
"""

from __future__ import annotations

import html as H
from urllib.parse import parse_qsl, urlsplit

from .server import ORIGIN, Resource, Site
from .text import Art, mix

PER_PAGE = 10


def page(title: str, body: str, *, head: str = "", og: str = "website") -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{H.escape(title)}</title>'
        f'<meta property="og:type" content="{og}">{head}</head><body>'
        f'<header><nav><a href="/">Beranda</a> <a href="/tentang-kami">Tentang Kami</a></nav></header>'
        f"{body}<footer><p>&copy; Redaksi. Semua hak dilindungi.</p></footer></body></html>"
    )


def article_html(a: Art, url_path: str, *, extra_head: str = "", pager: str = "", related: str = "", paras=None) -> str:
    paras = a.body if paras is None else paras
    body = "".join(f"<p>{H.escape(p)}</p>" for p in paras)
    head = (
        f'<link rel="canonical" href="{ORIGIN}{url_path}">'
        f'<meta property="article:published_time" content="{a.date}T09:00:00+07:00">{extra_head}'
    )
    return page(
        a.title,
        f'<main><article><h1>{H.escape(a.title)}</h1><time datetime="{a.date}">{a.date}</time>'
        f"{body}{pager}</article>{related}</main>",
        head=head,
        og="article",
    )


def listing_html(
    title: str, items: list[tuple[str, str]], prev: str | None, nxt: str | None, head: str = "", extra: str = ""
) -> str:
    lis = "".join(f'<li><a href="{p}">{H.escape(t)}</a></li>' for p, t in items)
    nav = (f'<a rel="prev" href="{prev}">Sebelumnya</a> ' if prev else "") + (
        f'<a rel="next" href="{nxt}">Berikutnya</a>' if nxt else ""
    )
    return page(
        title, f'<main><h1>{H.escape(title)}</h1><ul>{lis}</ul><div class="pager">{nav}</div>{extra}</main>', head=head
    )


def _chunks(items, n):
    return [items[i : i + n] for i in range(0, len(items), n)] or [[]]


def _mark(site: Site, a: Art, path: str):
    (site.relevant if a.relevant else site.irrelevant).add(path)


# ------------------------------------------------------------------------------------ WordPress
def build_wordpress(n_rel=30, n_look=30, n_news=70, offset=0, extra: list[Art] = ()) -> Site:
    arts = sorted([*mix(n_rel, n_look, n_news, offset), *extra], key=lambda a: (a.date, a.slug), reverse=True)
    site = Site({}, name="wordpress")
    gen = (
        '<meta name="generator" content="WordPress 6.4"><link rel="alternate" type="application/rss+xml" href="/feed/">'
        '<link rel="stylesheet" href="/wp-content/themes/berita/style.css">'
    )
    paths = {}
    for a in arts:
        y, m, d = a.date.split("-")
        paths[a.slug] = f"/{y}/{m}/{d}/{a.slug}/"
    for a in arts:
        p = paths[a.slug]
        _mark(site, a, p)
        site.routes[p] = Resource(article_html(a, p, extra_head=gen))
    items = [(paths[a.slug], a.title) for a in arts]
    pages = _chunks(items, PER_PAGE)
    for i, chunk in enumerate(pages, 1):
        path = "/" if i == 1 else f"/page/{i}/"
        prev = None if i == 1 else ("/" if i == 2 else f"/page/{i - 1}/")
        nxt = f"/page/{i + 1}/" if i < len(pages) else None
        cats = (
            '<aside><a href="/category/pemerintahan/">Pemerintahan</a> <a href="/category/daerah/">Daerah</a>'
            ' <a href="/tag/ombudsman/">Ombudsman</a></aside>'
        )
        site.routes[path] = Resource(listing_html("Berita Terkini", chunk, prev, nxt, gen, cats))
    for cat in ("pemerintahan", "daerah"):
        chunk_items = [(paths[a.slug], a.title) for a in arts if a.category == cat]
        cp = _chunks(chunk_items, PER_PAGE)
        for i, chunk in enumerate(cp, 1):
            path = f"/category/{cat}/" + ("" if i == 1 else f"page/{i}/")
            nxt = f"/category/{cat}/page/{i + 1}/" if i < len(cp) else None
            site.routes[path] = Resource(listing_html(cat.title(), chunk, None, nxt, gen))
    tag_items = [(paths[a.slug], a.title) for a in arts if "ombudsman" in " ".join(a.body).lower()]
    site.routes["/tag/ombudsman/"] = Resource(listing_html("Ombudsman", tag_items[:PER_PAGE], None, None, gen))
    feed_items = "".join(
        f"<item><title>{H.escape(a.title)}</title><link>{ORIGIN}{paths[a.slug]}</link>"
        f"<pubDate>{a.date}</pubDate></item>"
        for a in arts[:10]
    )
    site.routes["/feed/"] = Resource(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Berita</title>{feed_items}</channel></rss>',
        ctype="application/rss+xml; charset=utf-8",
    )
    half = len(arts) // 2
    lastmods = {}
    for n, part in ((1, arts[:half]), (2, arts[half:])):
        urls = "".join(f"<url><loc>{ORIGIN}{paths[a.slug]}</loc><lastmod>{a.date}</lastmod></url>" for a in part)
        lastmods[n] = max(a.date for a in part)
        site.routes[f"/post-sitemap{n}.xml"] = Resource(
            f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
            ctype="application/xml",
        )
    site.routes["/sitemap_index.xml"] = Resource(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{ORIGIN}/post-sitemap1.xml</loc><lastmod>{lastmods[1]}</lastmod></sitemap>"
        f"<sitemap><loc>{ORIGIN}/post-sitemap2.xml</loc><lastmod>{lastmods[2]}</lastmod></sitemap>"
        "</sitemapindex>",
        ctype="application/xml",
    )
    site.routes["/robots.txt"] = Resource(
        f"User-agent: *\nDisallow: /wp-admin/\nSitemap: {ORIGIN}/sitemap_index.xml\n", ctype="text/plain"
    )
    site.routes["/tentang-kami"] = Resource(page("Tentang Kami", "<p>Media siber lokal.</p>", head=gen))

    def search(key: str):
        q = dict(parse_qsl(urlsplit(key).query)).get("s", "").lower().split()
        hits = [
            (paths[a.slug], a.title) for a in arts if q and all(w in (a.title + " ".join(a.body)).lower() for w in q)
        ]
        return Resource(listing_html("Hasil pencarian", hits[:50], None, None, gen))

    site.dynamic.append(("/?s=", search))
    return site


# -------------------------------------------------------------------------------------- Blogger
def build_blogger(n_rel=25, n_look=20, n_news=40, offset=200) -> Site:
    arts = mix(n_rel, n_look, n_news, offset)
    site = Site({}, name="blogger")
    gen = (
        '<meta content="blogger" name="generator"><link rel="alternate" type="application/atom+xml" '
        'href="/feeds/posts/default"><link href="https://www.blogger.com/static/v1/widgets/css.css" rel="stylesheet">'
    )
    paths = {a.slug: f"/{a.date[:4]}/{a.date[5:7]}/{a.slug[:40].rstrip('-')}.html" for a in arts}
    labels = {
        "Ombudsman": [a for a in arts if "ombudsman" in " ".join(a.body).lower()],
        "Daerah": [a for a in arts if a.category == "daerah"],
        "Pemerintahan": [a for a in arts if a.category == "pemerintahan"],
    }
    side = "<aside>" + "".join(f'<a href="/search/label/{k}">{k}</a> ' for k in labels) + "</aside>"
    for a in arts:
        p = paths[a.slug]
        _mark(site, a, p)
        site.routes[p] = Resource(article_html(a, p, extra_head=gen, related=side))
    ordered = [(paths[a.slug], a.title, a.date) for a in arts]
    chunks = _chunks(ordered, 8)
    for i, chunk in enumerate(chunks):
        path = "/" if i == 0 else f"/search?updated-max={chunks[i - 1][-1][2]}T00:00:00%2B07:00&max-results=8"
        nxt = f"/search?updated-max={chunk[-1][2]}T00:00:00%2B07:00&max-results=8" if i + 1 < len(chunks) else None
        from .server import route_key

        site.routes[route_key(path)] = Resource(
            listing_html("Kabar Terbaru", [(p, t) for p, t, _ in chunk], None, nxt, gen, side)
        )
    for lbl, la in labels.items():
        site.routes[f"/search/label/{lbl}"] = Resource(
            listing_html(lbl, [(paths[a.slug], a.title) for a in la], None, None, gen)
        )
    entries = "".join(
        f'<entry><title>{H.escape(a.title)}</title><link rel="alternate" href="{ORIGIN}{paths[a.slug]}"/>'
        f"<published>{a.date}T08:00:00+07:00</published></entry>"
        for a in arts[:25]
    )
    site.routes["/feeds/posts/default"] = Resource(
        f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar</title>{entries}</feed>',
        ctype="application/atom+xml",
    )
    site.routes["/robots.txt"] = Resource(
        "User-agent: *\nDisallow: /search\nAllow: /search/label/\nAllow: /search?updated-max\n", ctype="text/plain"
    )

    def search(key: str):
        q = dict(parse_qsl(urlsplit(key).query)).get("q", "").lower().split()
        hits = [
            (paths[a.slug], a.title) for a in arts if q and all(w in (a.title + " ".join(a.body)).lower() for w in q)
        ]
        return Resource(listing_html("Hasil", hits, None, None, gen))

    site.dynamic.append(("/search?q=", search))
    return site


# --------------------------------------------------------------------------------------- portal
def _portal(arts, site: Site, first_id: int = 1000):
    paths = {a.slug: f"/berita/{first_id + i}/{a.slug}" for i, a in enumerate(arts)}
    multi = next(a for a in arts if a.relevant)
    for a in arts:
        p = paths[a.slug]
        _mark(site, a, p)
        if a is multi:
            paras = a.body
            parts = [paras[:1], paras[1:3], paras[3:]]
            for n, chunk in enumerate(parts, 1):
                pager = (
                    '<div class="halaman">'
                    + "".join(f'<a href="{p}?page={k}">{k}</a> ' for k in range(1, 4) if k != n)
                    + "</div>"
                )
                key = p if n == 1 else f"{p}?page={n}"
                site.routes[key] = Resource(article_html(a, p, pager=pager, paras=chunk))
        else:
            related = (
                "<aside><h3>Baca Juga</h3>"
                + "".join(f'<a href="{paths[b.slug]}">{H.escape(b.title)}</a> ' for b in arts[:3])
                + "</aside>"
            )
            site.routes[p] = Resource(article_html(a, p, related=related))
    items = [(paths[a.slug], a.title) for a in arts]
    pages = _chunks(items, PER_PAGE)
    menu = (
        '<nav><a href="/indeks?page=1">Indeks</a> <a href="/kanal/pemerintahan?page=1">Pemerintahan</a> '
        '<a href="/kanal/daerah?page=1">Daerah</a></nav>'
    )
    site.routes["/"] = Resource(listing_html("Portal Berita", items[:PER_PAGE], None, "/indeks?page=2", extra=menu))
    for i, chunk in enumerate(pages, 1):
        site.routes[f"/indeks?page={i}"] = Resource(
            listing_html(
                "Indeks Berita",
                chunk,
                f"/indeks?page={i - 1}" if i > 1 else None,
                f"/indeks?page={i + 1}" if i < len(pages) else None,
            )
        )
    for cat in ("pemerintahan", "daerah"):
        cp = _chunks([(paths[a.slug], a.title) for a in arts if a.category == cat], PER_PAGE)
        for i, chunk in enumerate(cp, 1):
            site.routes[f"/kanal/{cat}?page={i}"] = Resource(
                listing_html(cat.title(), chunk, None, f"/kanal/{cat}?page={i + 1}" if i < len(cp) else None)
            )
    site.routes["/robots.txt"] = Resource("User-agent: *\nDisallow: /admin/\n", ctype="text/plain")
    return paths


def build_portal(n_rel=25, n_look=20, n_news=45, offset=400) -> Site:
    site = Site({}, name="portal")
    _portal(mix(n_rel, n_look, n_news, offset), site)
    return site


def build_faulty(decoy_origin: str, n_rel=12, n_look=6, n_news=12, offset=600) -> Site:
    """A portal in which some article links lead to faults; the other articles must still be found."""
    site = Site({}, name="faulty")
    arts = mix(n_rel, n_look, n_news, offset)
    _portal(arts, site)
    faults = [
        ("/berita/9001/pemkab-raih-zona-hijau-ombudsman-error", Resource("<h1>Internal Server Error</h1>", status=500)),
        ("/berita/9002/ombudsman-nilai-kepatuhan-lambat", Resource(page("lambat", "<p>x</p>"), delay=4.0)),
        ("/berita/9003/ombudsman-kepatuhan-putus", Resource(fault="reset")),
        ("/berita/9004/ombudsman-laporan-besar-sekali", Resource(fault="huge")),
        ("/pindah-a", Resource(status=302, headers={"Location": "/pindah-b"})),
        ("/pindah-b", Resource(status=302, headers={"Location": "/pindah-a"})),
        ("/admin/berita/9005/ombudsman-rahasia-redaksi", Resource(page("rahasia", "<p>ombudsman</p>"))),
        ("/keluar", Resource(status=302, headers={"Location": decoy_origin + "/dari-redirect"})),
    ]
    for path, res in faults:
        site.routes[path] = res
    # gzip and wrong-charset bodies on two ordinary relevant articles
    rel_paths = sorted(site.relevant)
    site.routes[rel_paths[1]].fault = "gzip"
    r = site.routes[rel_paths[2]]
    r.body = (
        r.body.encode("utf-8").decode("utf-8").encode("cp1252", errors="replace") if isinstance(r.body, str) else r.body
    )
    r.ctype = "text/html; charset=utf-8"  # declared utf-8, bytes are cp1252 (curly quotes)
    links = (
        "".join(f'<a href="{p}">{p}</a> ' for p, _ in faults if p != "/pindah-b")
        + f'<a href="{decoy_origin}/rahasia">port lain</a> <a href="/agenda?bulan=2024-01">Agenda</a> '
        '<a href="/arsip?f=1">Arsip</a> <a href="/indeks?page=1&PHPSESSID=abc123">Indeks</a> '
        '<a href="/lorong/1">Lorong</a>'
    )
    home = site.routes["/"]
    home.body = home.body.replace("</main>", f'<div class="lain">{links}</div></main>')

    def calendar(key: str):
        q = dict(parse_qsl(urlsplit(key).query))
        y, m = map(int, q.get("bulan", "2024-01").split("-"))
        prev_m = f"{y - (m == 1)}-{12 if m == 1 else m - 1:02d}"
        next_m = f"{y + (m == 12)}-{1 if m == 12 else m + 1:02d}"
        return Resource(
            page("Agenda", f'<a href="/agenda?bulan={prev_m}">&lt;</a> <a href="/agenda?bulan={next_m}">&gt;</a>')
        )

    def archive(key: str):
        q = parse_qsl(urlsplit(key).query)
        n = len(q)
        nxt = "&".join(f"{k}={v}" for k, v in q) + f"&f{n}={n}"
        return Resource(page("Arsip", f'<a href="/arsip?{nxt}">lebih lanjut</a>'))

    def corridor(key: str):  # an endless chain of ordinary pages, each linking the next
        n = int(key.rsplit("/", 1)[1] or 0)
        return Resource(page(f"Lorong {n}", f'<a href="/lorong/{n + 1}">terus</a>'))

    site.dynamic += [("/agenda", calendar), ("/arsip", archive), ("/lorong/", corridor)]
    site.irrelevant |= set()
    return site
