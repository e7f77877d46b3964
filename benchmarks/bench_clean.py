"""HTML cleaning benchmark: kepatuhan's cleaner against plain trafilatura and other peers.

Two tables, every cleaner measured in the same run:

1. Real pages: the public article-extraction-benchmark in ../shared/bench/aeb (181 pages,
   mostly English news; skipped when the folder is absent), scored with the benchmark's own
   evaluate.py (shingle precision / recall / F1 averaged over pages; benchmarks/aeb.py).
   "trafilatura" there is plain `trafilatura.extract(html, url=...)`.
2. The fixture pages in corpus/fixtures/html/ (team-written Indonesian texts in outlet-style
   templates, with their expected body, title and date): body-text token precision / recall /
   F1 (bag of lower-cased word tokens, micro-averaged over pages), title accuracy (exact after
   whitespace/case folding), date accuracy (ISO date equal; a page without a date counts as
   correct only when None is returned), pages per second, and failures. "trafilatura" there is
   `bare_extraction(..., with_metadata=True)`: the throughput baseline.

Peers missing from the environment are listed as such. trafilatura and jusText read the page
bytes themselves; newspaper4k, readability-lxml and goose3 need text and get the page decoded
by kepatuhan's charset detection (a head start).

Targets: AEB F1 >= 0.965 and >= plain trafilatura + 0.01, recall >= 0.97; fixtures
body F1 >= 0.98 and above every peer, title >= 0.95, date >= 0.98; throughput >= 0.8 x
trafilatura with metadata in the same run. `main()` returns 1 when one is missed.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[1] / "corpus" / "fixtures" / "html"
TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str | None) -> Counter:
    return Counter(TOKEN.findall((text or "").lower()))


def fold(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def load_pages(fixtures: Path = FIXTURES) -> list[dict]:
    pages = []
    for line in (fixtures / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            exp = json.loads(line)
            exp["bytes"] = (fixtures / exp["file"]).read_bytes()
            pages.append(exp)
    return pages


def _iso(value) -> str | None:
    if value is None:
        return None
    s = value.isoformat() if hasattr(value, "isoformat") else str(value)
    m = re.match(r"\d{4}-\d{2}-\d{2}", s)
    return m.group(0) if m else None


# ------------------------------------------------------------------ cleaners: page -> (text, title, date)


def run_kepatuhan(page):
    from clean.page import clean_page

    a = clean_page(page["bytes"], url=page["url"], headers=page.get("headers"))
    return a.text, a.title, a.published


def _decoded(page) -> str:
    from clean.decode import decode_html

    return decode_html(page["bytes"], page.get("headers"))[0]


def run_trafilatura_plain(page):
    import trafilatura

    return trafilatura.extract(page["bytes"], url=page["url"]), None, None


def run_trafilatura(page):
    import trafilatura

    doc = trafilatura.bare_extraction(page["bytes"], url=page["url"], with_metadata=True, include_comments=False)
    if doc is None:
        return "", None, None
    return doc.text, doc.title, doc.date


def run_newspaper(page):
    from newspaper import Article

    art = Article(page["url"], language=page.get("language", "id"), fetch_images=False)
    art.download(input_html=_decoded(page))
    art.parse()
    return art.text, art.title, _iso(art.publish_date)


def run_readability(page):
    import lxml.html
    from readability import Document

    doc = Document(_decoded(page))  # 0.8.x cannot take bytes
    summary = lxml.html.fromstring(doc.summary(html_partial=True))
    text = "\n".join(t.strip() for t in summary.itertext() if t.strip())
    return text, doc.short_title(), None


def run_justext(page):
    import justext

    paras = justext.justext(page["bytes"], justext.get_stoplist(page.get("stoplist", "Indonesian")))
    return "\n".join(p.text for p in paras if not p.is_boilerplate), None, None


def run_goose(page):
    g = _goose(page.get("language", "id"))
    art = g.extract(raw_html=_decoded(page), url=page["url"])
    return art.cleaned_text, art.title, _iso(art.publish_datetime_utc or art.publish_date)


_G: dict = {}


def _goose(language: str):
    if language not in _G:
        from goose3 import Configuration, Goose

        cfg = Configuration()
        cfg.enable_image_fetching = False
        cfg.target_language = language
        cfg.use_meta_language = False
        _G[language] = Goose(cfg)
    return _G[language]


CLEANERS = [
    ("kepatuhan", run_kepatuhan, None),
    ("trafilatura", run_trafilatura, "trafilatura"),
    ("newspaper4k", run_newspaper, "newspaper"),
    ("readability-lxml", run_readability, "readability"),
    ("jusText", run_justext, "justext"),
    ("goose3", run_goose, "goose3"),
]


def evaluate(fn, pages, repeat: int = 1) -> dict:
    """Run one cleaner over the pages; quality numbers plus pages per second."""
    tp = fp = fn_ = 0
    title_ok = date_ok = fails = 0
    errors = []
    outputs: list = []
    start = time.perf_counter()
    for _ in range(repeat):
        outputs = []
        for page in pages:
            try:
                outputs.append(fn(page))
            except Exception as exc:  # noqa: BLE001 - a peer failing on a page counts as an empty result
                outputs.append(("", None, None))
                errors.append(f"{page['file']}: {type(exc).__name__}: {exc}")
    elapsed = time.perf_counter() - start
    per_page = []
    for page, (text, title, date) in zip(pages, outputs):
        if not text:
            fails += 1
        exp, got = tokens(page["text"]), tokens(text)
        common = sum((exp & got).values())
        tp += common
        fp += sum(got.values()) - common
        fn_ += sum(exp.values()) - common
        title_ok += fold(title) == fold(page["title"])
        date_ok += _iso(date) == page["published"]
        per_page.append((page["file"], common, sum(got.values()), sum(exp.values()), _iso(date), page["published"]))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn_) if tp + fn_ else 0.0
    n = len(pages)
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "title_acc": title_ok / n,
        "date_acc": date_ok / n,
        "pages_per_s": n * repeat / elapsed if elapsed else 0.0,
        "failures": fails,
        "errors": errors,
        "per_page": per_page,
    }


def _available(cleaners=CLEANERS) -> list[tuple[str, Callable[..., Any]]]:
    import importlib.util

    return [(name, fn) for name, fn, module in cleaners if not module or importlib.util.find_spec(module)]


def _table(title: str, cols: tuple[str, ...], rows: list[tuple]) -> None:
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # pragma: no cover
        print(title, *rows, sep="\n")
        return
    table = Table(title=title)
    for col in cols:
        table.add_column(col, justify="left" if col == "cleaner" else "right")
    for row in rows:
        table.add_row(*row)
    Console(width=120).print(table)


AEB_CLEANERS = [("kepatuhan", run_kepatuhan, None), ("trafilatura", run_trafilatura_plain, "trafilatura")] + CLEANERS[
    2:
]


def aeb_section() -> dict[str, bool]:
    """Every cleaner over the AEB pages, scored by the benchmark's own evaluate.py."""
    from benchmarks import aeb

    if not aeb.available():
        print(f"AEB not present at {aeb.AEB}: real-page table skipped")
        return {}
    pages = [
        {"file": p["id"], "url": p["url"], "bytes": p["html"].encode("utf-8"), "stoplist": "English", "language": "en"}
        for p in aeb.load_pages()
    ]
    results = {}
    for name, fn in _available(AEB_CLEANERS):
        try:
            fn(pages[0])  # warm-up: imports, caches
        except Exception:  # noqa: BLE001 - a peer failing here is counted in the timed runs
            pass
        texts, start = {}, time.perf_counter()
        for page in pages:
            try:
                texts[page["file"]] = fn(page)[0] or ""
            except Exception:  # noqa: BLE001 - a cleaner failing on a page scores that page as empty
                texts[page["file"]] = ""
        elapsed = time.perf_counter() - start
        results[name] = aeb.score(texts) | {"pages_per_s": len(pages) / elapsed if elapsed else 0.0}
    _table(
        f"Real pages: article-extraction-benchmark, {len(pages)} pages, its own scorer",
        ("cleaner", "F1", "precision", "recall", "accuracy", "pages/s"),
        [
            (
                name,
                f"{r['f1']:.3f}",
                f"{r['precision']:.3f}",
                f"{r['recall']:.3f}",
                f"{r['accuracy']:.3f}",
                f"{r['pages_per_s']:.1f}",
            )
            for name, r in results.items()
        ],
    )
    ours, plain = results["kepatuhan"], results.get("trafilatura")
    return {
        "AEB F1 >= 0.965": ours["f1"] >= 0.965,
        "AEB F1 >= plain trafilatura + 0.01": plain is None or ours["f1"] >= plain["f1"] + 0.01,
        "AEB recall >= 0.97": ours["recall"] >= 0.97,
    }


def fixture_section(argv: list[str]) -> dict[str, bool]:
    pages = load_pages()
    available = []
    for name, fn in _available():
        try:
            fn(pages[0])  # warm-up: imports, caches
        except Exception:  # noqa: BLE001 - a peer failing here is counted in the timed runs
            pass
        available.append((name, fn))
    results = {}
    # The two cleaners whose speeds are compared run page by page in alternation, five rounds,
    # and each page counts with its fastest time: a load spike from another process on the
    # machine then hits neither, and both are measured under the same conditions.
    timed = [c for c in available if c[0] in ("kepatuhan", "trafilatura")]
    best = {name: [float("inf")] * len(pages) for name, _ in timed}
    for _round in range(5):
        for i, page in enumerate(pages):
            for name, fn in timed:
                t = time.perf_counter()
                try:
                    fn(page)
                except Exception:  # noqa: BLE001 - a failure costs the time it took, like a result
                    pass
                best[name][i] = min(best[name][i], time.perf_counter() - t)
    for name, fn in timed:
        results[name] = evaluate(fn, pages)
        results[name]["pages_per_s"] = len(pages) / sum(best[name])
    for name, fn in available:
        if name not in results:
            results[name] = evaluate(fn, pages)
    rows = []
    for name, _, _ in CLEANERS:
        res = results.get(name)
        rows.append(
            (name, "not installed", "", "", "", "", "", "")
            if res is None
            else (
                name,
                f"{res['precision']:.3f}",
                f"{res['recall']:.3f}",
                f"{res['f1']:.3f}",
                f"{res['title_acc']:.3f}",
                f"{res['date_acc']:.3f}",
                f"{res['pages_per_s']:.1f}",
                str(res["failures"]),
            )
        )
    _table(
        f"Team-written Indonesian fixtures: {len(pages)} pages (corpus/fixtures/html)",
        ("cleaner", "body P", "body R", "body F1", "title acc", "date acc", "pages/s", "empty"),
        rows,
    )

    ours, base = results["kepatuhan"], results.get("trafilatura")
    if "-v" in argv:
        for f, common, got, exp, d, ed in ours["per_page"]:
            if common != got or common != exp or d != ed:
                print(f"  {f}: common={common} got={got} expected={exp} date={d} expected_date={ed}")
        for e in ours["errors"]:
            print("  error:", e)
    peers_f1 = {n: r["f1"] for n, r in results.items() if n != "kepatuhan"}
    ratio = ours["pages_per_s"] / base["pages_per_s"] if base and base["pages_per_s"] else float("nan")
    print(f"throughput ratio kepatuhan/trafilatura (with metadata): {ratio:.2f}")
    return {
        "fixtures body F1 >= 0.98": ours["f1"] >= 0.98,
        "fixtures body F1 above every peer": all(ours["f1"] > f for f in peers_f1.values()),
        "fixtures title accuracy >= 0.95": ours["title_acc"] >= 0.95,
        "fixtures date accuracy >= 0.98": ours["date_acc"] >= 0.98,
        "throughput >= 0.8 x trafilatura": ratio >= 0.8,
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    import logging

    logging.disable(logging.WARNING)  # peers log every page they dislike
    checks = aeb_section() | fixture_section(argv)
    for k, ok in checks.items():
        print(f"  {'PASS' if ok else 'FAIL'}  {k}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
