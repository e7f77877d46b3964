"""Crawl throughput and memory: `kepatuhan crawl` vs a bare Scrapy spider on the same local site.

A generated portal of N_PAGES pages (listing pages of 20 links + articles, 1% of them relevant
Ombudsman compliance articles, the rest ordinary news) is served on 127.0.0.1. Both crawlers run
in child processes with the same settings on the command line (SAME: concurrency, no delay or
AutoThrottle, robots.txt obeyed, log level); each is measured for pages/s and peak memory: the
total RSS of the arm's process tree (`kepatuhan crawl` runs the crawl in a child), sampled from
/proc every 0.1 s, which also shows whether memory stays flat.

    python -m benchmarks crawl [--pages N]     # or: python benchmarks/bench_crawl.py [--pages N]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

from benchmarks.procmem import run_sampled  # noqa: E402

N_PAGES = int(os.environ.get("BENCH_CRAWL_PAGES", "20000"))
PER_LISTING = 20
CONCURRENCY = {"CONCURRENT_REQUESTS": "32", "CONCURRENT_REQUESTS_PER_DOMAIN": "32"}
# Given to both arms as -s NAME=VALUE (command-line priority: beats either project's settings).
SAME = {
    **CONCURRENCY,
    "DOWNLOAD_DELAY": "0",
    "RANDOMIZE_DOWNLOAD_DELAY": "False",
    "AUTOTHROTTLE_ENABLED": "False",
    "ROBOTSTXT_OBEY": "True",
    "COOKIES_ENABLED": "False",
    "TELNETCONSOLE_ENABLED": "False",
    "LOG_LEVEL": "WARNING",
}

BARE_SPIDER = """
import scrapy

class Bare(scrapy.Spider):
    name = "bare"

    def __init__(self, start_url=None, **kw):
        super().__init__(**kw)
        self.start_urls = [start_url]

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if url.startswith(self.start_urls[0]):
                yield scrapy.Request(url, callback=self.parse)
"""


def build_big_site(n_pages: int):

    from sites.server import Resource, Site
    from sites.styles import article_html, listing_html
    from sites.text import news_article, relevant_article

    n_articles = int(n_pages * PER_LISTING / (PER_LISTING + 1))
    n_listings = -(-n_articles // PER_LISTING)

    def art(i):
        return relevant_article(i) if i % 100 == 0 else news_article(i)

    def article(key: str):
        try:
            i = int(key.split("/")[2])
        except (IndexError, ValueError):
            return None
        if not 0 <= i < n_articles:
            return None
        a = art(i)
        return Resource(article_html(a, f"/berita/{i}/{a.slug}"))

    def listing(key: str):
        n = int(key.split("page=")[1]) if "page=" in key else 1
        if not 1 <= n <= n_listings:
            return None
        ids = range((n - 1) * PER_LISTING, min(n * PER_LISTING, n_articles))
        items = [(f"/berita/{i}/{art(i).slug}", art(i).title) for i in ids]
        pager = " ".join(f'<a href="/indeks?page={k}">{k}</a>' for k in range(n + 1, min(n + 11, n_listings + 1)))
        return Resource(
            listing_html(
                f"Indeks {n}",
                items,
                f"/indeks?page={n - 1}" if n > 1 else None,
                f"/indeks?page={n + 1}" if n < n_listings else None,
                extra=pager,
            )
        )

    site = Site({"/robots.txt": Resource("User-agent: *\nAllow: /\n", ctype="text/plain")}, name="big")
    site.routes["/"] = Resource(listing_html("Portal", [], None, "/indeks?page=1"))
    site.dynamic += [("/berita/", article), ("/indeks", listing)]
    return site, n_articles + n_listings + 1


def run_measured(cmd, env, cwd) -> dict:
    """Run a child; wall time, CPU, and memory sampled from /proc over its whole process tree
    (benchmarks/procmem.py: ru_maxrss would count this parent's pages at the fork)."""
    return run_sampled(cmd, env=env, cwd=cwd)


def main(argv=None) -> int:
    from sites.server import SiteServer

    from crawler.crawl import crawl_command

    import argparse

    ap = argparse.ArgumentParser(prog="python -m benchmarks crawl")
    ap.add_argument("--pages", type=int, default=N_PAGES, help=f"site size (default {N_PAGES}, env BENCH_CRAWL_PAGES)")
    n = ap.parse_known_args(sys.argv[1:] if argv is None else argv)[0].pages
    site, total = build_big_site(n)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    results = {}
    with tempfile.TemporaryDirectory() as tmp, SiteServer(site) as srv:
        spider = Path(tmp) / "bare.py"
        spider.write_text(BARE_SPIDER)
        bare_cmd = [sys.executable, "-m", "scrapy", "runspider", str(spider), "-a", f"start_url={srv.url}"] + [
            x for k, v in SAME.items() for x in ("-s", f"{k}={v}")
        ]
        srv.hits.clear()
        results["bare scrapy"] = run_measured(bare_cmd, env, tmp)
        results["bare scrapy"]["pages"] = sum(srv.hits.values())
        db = f"sqlite:///{tmp}/bench.sqlite"
        kep_cmd = crawl_command(start_urls=[srv.url], db=db, polite=False, settings=SAME)
        srv.hits.clear()
        results["kepatuhan crawl"] = run_measured(kep_cmd, env, REPO)
        results["kepatuhan crawl"]["pages"] = sum(srv.hits.values())
    print(
        f"site: {total} pages ({total - total // (PER_LISTING + 1)} articles, 1% relevant); both arms: "
        + " ".join(f"{k}={v}" for k, v in SAME.items())
    )
    print(
        f"{'crawler':<18}{'pages':>8}{'seconds':>9}{'pages/s':>9}{'CPU s':>8}{'peak MB':>9}{'HWM MB':>8}  "
        "tree RSS at 25% / 50% / 100% of time (MB)"
    )
    for name, r in results.items():
        s = r["samples"] or [(0, 0)]
        at = [s[min(len(s) - 1, int(len(s) * f))][1] for f in (0.25, 0.5, 0.999)]
        r["pages_per_s"] = r["pages"] / r["seconds"]
        print(
            f"{name:<18}{r['pages']:>8}{r['seconds']:>9.1f}{r['pages_per_s']:>9.1f}{r['cpu_s']:>8.1f}{r['peak_mb']:>9.0f}"
            f"{r['hwm_mb']:>8.0f}  "
            f"{at[0]:.0f} / {at[1]:.0f} / {at[2]:.0f}"
            + ("" if r["rc"] == 0 else f"  (exit {r['rc']}: {r['stderr'][-300:]})")
        )
    ratio = results["kepatuhan crawl"]["pages_per_s"] / results["bare scrapy"]["pages_per_s"]
    print(
        f"kepatuhan / bare pages/s: {ratio:.2f}x (target >= 0.8x); "
        f"peak memory ratio {results['kepatuhan crawl']['peak_mb'] / results['bare scrapy']['peak_mb']:.2f}x; "
        # CPU per page of the child (user + system): less sensitive than wall time to other load on the machine
        f"CPU s per page ratio {(results['kepatuhan crawl']['cpu_s'] / max(1, results['kepatuhan crawl']['pages'])) / (results['bare scrapy']['cpu_s'] / max(1, results['bare scrapy']['pages'])):.2f}x"
    )
    out = REPO / ".benchmarks"
    out.mkdir(exist_ok=True)
    (out / "crawl.json").write_text(
        json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "stderr"} for k, v in results.items()}, indent=1)
    )
    return 0 if all(r["rc"] == 0 for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
