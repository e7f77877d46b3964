"""Corpus benchmark: export of 1,000,000 synthetic records (peak memory, rows/s) and the store's
ingest rate (records/s), each against a baseline measured in the same run.

- export: `kepatuhan`'s exporter (CSV and Parquet, streamed from SQLite) vs a plain
  `csv.writer` writing the same rows from a Python generator (no database). Peak memory is
  the VmHWM (/proc) of a child process doing only that job; target < 500 MB.
- ingest: `Corpus.store_many` (idempotent upserts, duplicate clusters, entity keys, one
  transaction per batch of up to 2,000 articles) vs plain `sqlite3` executemany of the same records,
  one transaction per article. Extraction itself is not timed (its own benchmark does that).

Size: KEPATUHAN_BENCH_RECORDS (default 1,000,000) records in articles of 10 records.
"""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

N_RECORDS = int(os.environ.get("KEPATUHAN_BENCH_RECORDS", "1000000"))
PER_ARTICLE = 10
N_INGEST_ARTICLES = int(os.environ.get("KEPATUHAN_BENCH_INGEST_ARTICLES", "1500"))
MEMORY_TARGET_MB = 500
REPO = Path(__file__).resolve().parents[1]


def _regions() -> list[tuple[str, str, str]]:
    from gazetteer import read_regions

    return [(r.code, r.name, r.level) for r in read_regions()]


def _synthetic_records(n: int, seed: int = 7):
    """(article_index, seq, entity, entity_type, code, year, score, rank, zone) tuples."""
    rnd = random.Random(seed)
    regions = _regions()
    for i in range(n):
        code, name, level = regions[rnd.randrange(len(regions))]
        score = round(rnd.uniform(40, 100), 2)
        zone = "hijau" if score >= 88 else ("kuning" if score >= 51 else "merah")
        yield (
            i // PER_ARTICLE,
            i % PER_ARTICLE,
            name,
            level,
            code,
            2015 + rnd.randrange(10),
            score,
            rnd.randrange(1, 40),
            zone,
        )


_WORDS = (
    "ombudsman pelayanan publik kepatuhan nilai zona hijau kuning merah bupati wali kota gubernur "
    "penghargaan standar maklumat dinas kantor warga laporan pengaduan perbaikan opini kualitas tahun "
    "peringkat provinsi kabupaten daerah sekretaris kepala perwakilan rapat evaluasi capaian"
).split()


def _text(a: int) -> str:
    """A distinct synthetic article (different stories must not look like copies of each other)."""
    rnd = random.Random(a)
    return f"Artikel sintetis {a}. " + " ".join(rnd.choice(_WORDS) for _ in range(60)) + "."


# -- children (each measured for its own peak RSS) ---------------------------------------------


def child_fill(db_url: str, n: int) -> None:
    """Load n synthetic records straight into the schema with DB-API executemany (setup only:
    the ingest path is measured separately, in `bench_corpus_ingest`)."""
    from corpus.store import Corpus

    corpus = Corpus.open(db_url, extractor_version="bench")
    art_sql = (
        "INSERT INTO articles (id, key, url, site_id, published, text, content_hash, cluster_id, relevant, "
        "extractor_version, ingested_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, 1, 'bench', '2024-01-01 00:00:00')"
    )
    rec_sql = (
        "INSERT INTO records (article_id, seq, entity, entity_type, entity_key, region_code, year, score, "
        "rank, rank_scope, zone, evidence, evidence_text, extractor_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'provinsi', ?, '[[10,40]]', ?, 'bench')"
    )
    with corpus.engine.begin() as c:
        c.exec_driver_sql("INSERT INTO sites (id, name, created_at) VALUES (1, 'bench.example', '2024-01-01 00:00:00')")
        arts, recs = [], []
        for a, seq, name, level, code, year, score, rank, zone in _synthetic_records(n):
            if seq == 0:
                arts.append(
                    (
                        a + 1,
                        f"url:https://bench.example/{a}",
                        f"https://bench.example/{a}",
                        f"{2016 + a % 9}-0{1 + a % 9}-1{a % 10}",
                        _text(a),
                        f"{a:040x}",
                        a + 1,
                    )
                )
            recs.append((a + 1, seq, name, level, f"R:{code}", code, year, score, rank, zone, f"meraih nilai {score}"))
            if len(recs) >= 50000:
                c.exec_driver_sql(art_sql, arts)
                c.exec_driver_sql(rec_sql, recs)
                arts, recs = [], []
        if recs:
            c.exec_driver_sql(art_sql, arts)
            c.exec_driver_sql(rec_sql, recs)
    corpus.close()


def child_export(db_url: str, out: str, fmt: str) -> None:
    from corpus.export import export
    from corpus.store import Corpus

    corpus = Corpus.open(db_url)
    res = export(corpus, out, fmt, tables=["records"])
    print(json.dumps(res.counts))


def child_baseline_csv(out: str, n: int) -> None:
    """The floor: the same rows written by csv.writer from memory, no database."""
    header = [
        "record_id",
        "article_id",
        "entity",
        "entity_type",
        "entity_key",
        "region_code",
        "year",
        "score",
        "rank",
        "rank_scope",
        "zone",
        "evidence",
        "evidence_text",
        "extractor_version",
    ]
    with open(Path(out) / "records.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for i, (a, _seq, name, level, code, year, score, rank, zone) in enumerate(_synthetic_records(n), 1):
            w.writerow(
                [
                    i,
                    a + 1,
                    name,
                    level,
                    f"R:{code}",
                    code,
                    year,
                    score,
                    rank,
                    "provinsi",
                    zone,
                    "[[10,40]]",
                    f"meraih nilai {score}",
                    "bench",
                ]
            )


def child_consolidate(db_url: str) -> None:
    from corpus.store import Corpus

    corpus = Corpus.open(db_url)
    print(json.dumps({"dataset": corpus.consolidate()}))


def _measure(*args: str) -> tuple[float, float, str]:
    """(seconds, the child's own peak RSS in MB, its other output) of one job in a fresh process."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    dt = time.perf_counter() - t0
    if proc.returncode:
        raise RuntimeError(f"child {args[0]} failed: {proc.stderr[-2000:]}")
    lines = proc.stdout.strip().splitlines()
    peak = json.loads(lines[-1])["peak_rss_mb"]
    return dt, peak, "\n".join(lines[:-1])


# -- ingest rate (in process) ------------------------------------------------------------------


def bench_ingest(tmp: Path, repeat: int = 3) -> tuple[float, float, float, float]:
    """(records/s through the store path, records/s plain sqlite3), by wall time and then by
    CPU time, each the fastest of `repeat` interleaved passes into fresh database files."""
    recs = list(_synthetic_records(N_INGEST_ARTICLES * PER_ARTICLE, seed=11))
    by_article: dict[int, list] = {}
    for r in recs:
        by_article.setdefault(r[0], []).append(r)
    ours = plain = ours_cpu = plain_cpu = 0.0
    for i in range(repeat):
        wall, cpu = _ingest_store(tmp / f"ingest-{i}.sqlite", by_article)
        ours, ours_cpu = max(ours, len(recs) / wall), max(ours_cpu, len(recs) / cpu)
        wall, cpu = _ingest_plain(tmp / f"plain-{i}.sqlite", by_article)
        plain, plain_cpu = max(plain, len(recs) / wall), max(plain_cpu, len(recs) / cpu)
    return ours, plain, ours_cpu, plain_cpu


def _ingest_store(path: Path, by_article: dict[int, list]) -> tuple[float, float]:
    """Seconds (wall, CPU) to store the articles through Corpus.store_many (the path of `kepatuhan ingest`).
    The inputs are built first, as clean and extract hand them over: Articles with their
    fingerprints (the cleaner computes them), ExtractionResults with their records."""
    from clean.types import Article
    from corpus.clusters import fingerprint
    from corpus.store import Corpus
    from extract.types import ExtractionResult, Record

    items = []
    for a, rows in by_article.items():
        text = _text(a)
        content_hash, simhash = fingerprint(text)
        art = Article(
            id=str(a),
            text=text,
            url=f"https://bench.example/i/{a}",
            published="2024-01-10",
            content_hash=content_hash,
            simhash=simhash,
        )
        items.append(
            (
                art,
                ExtractionResult(
                    id=str(a),
                    relevant=True,
                    records=[
                        Record(
                            entity=name,
                            entity_type=level,
                            region_code=code,
                            year=year,
                            score=score,
                            rank=rank,
                            rank_scope="provinsi",
                            zone=zone,
                            evidence=[(0, 20)],
                        )
                        for _a, _s, name, level, code, year, score, rank, zone in rows
                    ],
                ),
                None,
            )
        )
    corpus = Corpus.open(f"sqlite:///{path}", extractor_version="bench")
    # warm-up, not timed: one article of its own loads what a process loads once (the region
    # gazetteer for entity keys, ~0.2 s), which is no part of the rate at which rows are stored
    warm = Article(id="warm", text=_text(10**9), url="https://bench.example/warm", published="2024-01-10")
    corpus.store_many([(warm, ExtractionResult(id="warm", relevant=True, records=[items[0][1].records[0]]), None)])
    t0, c0 = time.perf_counter(), time.process_time()
    corpus.store_many(items)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    corpus.close()
    return dt, cpu


def _ingest_plain(path: Path, by_article: dict[int, list]) -> tuple[float, float]:
    """Seconds (wall, CPU) for plain sqlite3: one transaction and one executemany per article."""
    import sqlite3

    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, url TEXT UNIQUE, text TEXT)")
    con.execute(
        "CREATE TABLE records (id INTEGER PRIMARY KEY, article_id INT, seq INT, entity TEXT, "
        "entity_type TEXT, region_code TEXT, year INT, score REAL, rank INT, zone TEXT, evidence TEXT)"
    )
    texts = {a: _text(a) for a in by_article}
    t0, c0 = time.perf_counter(), time.process_time()
    for a, rows in by_article.items():
        con.execute("BEGIN IMMEDIATE")
        cur = con.execute("INSERT INTO articles (url, text) VALUES (?, ?)", (f"https://bench.example/i/{a}", texts[a]))
        aid = cur.lastrowid
        con.executemany(
            "INSERT INTO records (article_id, seq, entity, entity_type, region_code, year, score, rank, "
            "zone, evidence) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (aid, s, name, level, code, year, score, rank, zone, "[[0,20]]")
                for _a, s, name, level, code, year, score, rank, zone in rows
            ],
        )
        con.execute("COMMIT")
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    con.close()
    return dt, cpu


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="kepatuhan-bench-corpus-"))
    db_url = f"sqlite:///{tmp / 'bench.sqlite'}"
    print(f"corpus benchmark: {N_RECORDS:,} synthetic records in {tmp}", flush=True)

    dt, rss, _ = _measure("fill", db_url, str(N_RECORDS))
    print(
        f"  bulk load (setup)          {dt:8.1f} s   {N_RECORDS / dt:>10,.0f} records/s   peak {rss:6.0f} MB",
        flush=True,
    )

    base_dir = tmp / "baseline"
    base_dir.mkdir()
    b_dt, b_rss, _ = _measure("baseline", str(base_dir), str(N_RECORDS))
    print(
        f"  baseline csv.writer        {b_dt:8.1f} s   {N_RECORDS / b_dt:>10,.0f} rows/s      peak {b_rss:6.0f} MB",
        flush=True,
    )
    failed = False
    for fmt in ("csv", "parquet"):
        out = tmp / f"export-{fmt}"
        e_dt, e_rss, e_out = _measure("export", db_url, str(out), fmt)
        n = json.loads(e_out.splitlines()[-1])["records"]
        assert n == N_RECORDS, (n, N_RECORDS)
        ok = e_rss < MEMORY_TARGET_MB
        failed |= not ok
        print(
            f"  export {fmt:<8}            {e_dt:8.1f} s   {n / e_dt:>10,.0f} rows/s      peak {e_rss:6.0f} MB "
            f"({'<' if ok else '>='} {MEMORY_TARGET_MB} MB target) = {b_dt / e_dt:.2f}x baseline speed, "
            f"{(out / f'records.{fmt}').stat().st_size / 1e6:,.0f} MB file",
            flush=True,
        )

    c_dt, c_rss, c_out = _measure("consolidate", db_url)
    rows = json.loads(c_out.splitlines()[-1])["dataset"]
    print(
        f"  consolidate                {c_dt:8.1f} s   {N_RECORDS / c_dt:>10,.0f} records/s   peak {c_rss:6.0f} MB "
        f"-> {rows:,} entity-years",
        flush=True,
    )

    ours, plain, ours_cpu, plain_cpu = bench_ingest(tmp)
    print(
        f"  ingest (store path)        {ours:10,.0f} records/s vs plain sqlite3 {plain:,.0f} records/s "
        f"= {ours / plain:.2f}x (target >= 0.3x); by CPU time {ours_cpu:,.0f} vs {plain_cpu:,.0f} = "
        f"{ours_cpu / plain_cpu:.2f}x  ({N_INGEST_ARTICLES} articles x {PER_ARTICLE} records, no NLP, fastest of 3, "
        "after a warm-up article)",
        flush=True,
    )

    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


def _child_main(argv: list[str]) -> None:
    from benchmarks.procmem import own_hwm_mb

    job, *args = argv
    if job == "fill":
        child_fill(args[0], int(args[1]))
    elif job == "export":
        child_export(*args)
    elif job == "baseline":
        child_baseline_csv(args[0], int(args[1]))
    elif job == "consolidate":
        child_consolidate(args[0])
    # the kernel's high-water mark of this process since its exec; ru_maxrss would also count
    # the pages of the benchmark parent it was forked from
    print(json.dumps({"peak_rss_mb": own_hwm_mb()}))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child_main(sys.argv[2:])
    else:
        sys.exit(main())
