"""Ingest scaling: synthetic extracted articles (3 records each, published over ten years)
stored through `Corpus.store_many` into a fresh SQLite file and a fresh PostgreSQL database, at
10,000 and 100,000 articles. Each run is a child process: its seconds and its own VmHWM.

Targets: 10x the articles within 12x the time (the store path does not slow down as the corpus
grows), PostgreSQL within 1.5x SQLite's time, memory flat. `--sizes 2000,20000` for a quick run.

Then the whole `kepatuhan ingest` (clean text lines -> extract -> store) of a JSONL file of
generated regional news (benchmarks/synthetic_news.py, 1% Ombudsman results) against
`kepatuhan extract` of the same file: target within 3x. `--jsonl N` lines (default 20,000).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PG_ADMIN = os.environ.get("KEPATUHAN_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SIZES = (10_000, 100_000)
RECORDS = 3
WORDS = (
    "ombudsman pelayanan publik kepatuhan nilai zona hijau kuning merah bupati wali kota gubernur "
    "penghargaan standar maklumat dinas kantor warga laporan pengaduan perbaikan opini kualitas tahun "
    "peringkat provinsi kabupaten daerah sekretaris kepala perwakilan rapat evaluasi capaian"
).split()


def items(n: int, seed: int = 5, first: int = 0):
    """(Article, ExtractionResult, None) triples as clean and extract hand them over."""
    from clean.types import Article
    from corpus.clusters import fingerprint
    from extract.types import ExtractionResult, Record
    from gazetteer import read_regions

    regions = [r for r in read_regions() if r.level in ("kabupaten", "kota")]
    start = date(2015, 1, 1)
    for i in range(first, first + n):
        rnd = random.Random(seed * 1_000_003 + i)
        text = f"Berita {i}. " + " ".join(rnd.choice(WORDS) for _ in range(80)) + "."
        h, sim = fingerprint(text)
        day = start + timedelta(days=rnd.randrange(3650))
        art = Article(
            id=str(i),
            text=text,
            url=f"https://arsip.example/{i}",
            published=day.isoformat(),
            content_hash=h,
            simhash=sim,
        )
        recs = []
        for j in range(RECORDS):
            r = regions[rnd.randrange(len(regions))]
            recs.append(
                Record(
                    entity=r.name,
                    entity_type=r.level,
                    region_code=r.code,
                    year=day.year - 1,
                    score=round(rnd.uniform(40, 100), 2),
                    evidence=[(0, 10 + j)],
                )
            )
        yield art, ExtractionResult(id=str(i), relevant=True, records=recs), None


RESULT = (
    "{CITY} - Ombudsman RI Perwakilan {prov} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan "
    "Pelayanan Publik tahun {year} kepada pemerintah daerah. {entity} meraih nilai {score} dan masuk "
    "zona hijau dengan opini kualitas tertinggi. Kepala Perwakilan Ombudsman menyebut capaian itu hasil "
    "pembenahan standar pelayanan di seluruh perangkat daerah."
)


def jsonl_file(path: Path, n: int, relevant_share: float = 0.01) -> None:
    from benchmarks.synthetic_news import generate
    from gazetteer import read_regions

    rnd = random.Random(3)
    regions = [r for r in read_regions() if r.level in ("kabupaten", "kota")]
    with open(path, "w", encoding="utf-8") as fh:
        for i, text in enumerate(generate(n)):
            if rnd.random() < relevant_share:
                r = regions[rnd.randrange(len(regions))]
                text = RESULT.format(
                    CITY=r.name.split(" ", 1)[1].upper(),
                    prov=r.province,
                    year=2024,
                    entity=r.name,
                    score=f"{rnd.randint(88, 99)},{rnd.randint(10, 99)}",
                )
            fh.write(
                json.dumps(
                    {"id": f"n{i}", "url": f"https://berita.example/{i}", "published": "2024-12-10", "text": text},
                    ensure_ascii=False,
                )
                + "\n"
            )


def bench_jsonl(tmp: Path, n: int) -> bool:
    from benchmarks.procmem import run_sampled

    src = tmp / "news.jsonl"
    jsonl_file(src, n)
    kep = (
        [str(REPO / ".venv" / "bin" / "kepatuhan")]
        if (REPO / ".venv" / "bin" / "kepatuhan").exists()
        else [sys.executable, "-c", "from kepatuhan.cli import main; main()"]
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    ext = run_sampled([*kep, "extract", str(src), "-o", str(tmp / "out.jsonl")], env=env)
    ing = run_sampled([*kep, "ingest", str(src), "--db", f"sqlite:///{tmp}/jsonl.sqlite", "--no-consolidate"], env=env)
    ratio = ing["seconds"] / ext["seconds"]
    for name, r in (("kepatuhan extract", ext), ("kepatuhan ingest", ing)):
        print(
            f"  {name:<18}{n:>9,} lines  {r['seconds']:8.1f} s  {r['cpu_s']:6.1f} s CPU  peak {r['peak_mb']:5.0f} MB"
            + ("" if r["rc"] in (0, 1) else f"  (exit {r['rc']}: {r['stderr'][-300:]})")
        )
    print(f"  ingest / extract: {ratio:.2f}x the time, {ing['cpu_s'] / ext['cpu_s']:.2f}x the CPU (target <= 3x)")
    return ratio <= 3


def child(db_url: str, n: int) -> None:
    from benchmarks.procmem import own_hwm_mb
    from corpus.store import Corpus

    # the inputs are streamed (memory stays that of the store path); the time to make them,
    # measured in a pass of its own, is taken off
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in items(n):
        pass
    make, make_cpu = time.perf_counter() - t0, time.process_time() - c0
    corpus = Corpus.open(db_url, extractor_version="bench")
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in corpus.store_iter(items(n)):
        pass
    dt, cpu = time.perf_counter() - t0 - make, time.process_time() - c0 - make_cpu
    n_rec = corpus.table_counts()["records"]
    corpus.close()
    print(json.dumps({"seconds": dt, "cpu": cpu, "records": n_rec, "hwm_mb": own_hwm_mb()}))


def _pg_database():
    import sqlalchemy as sa

    name = f"kep_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - no server: SQLite only
        print(f"  (PostgreSQL skipped: {type(exc).__name__})")
        return None, None
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name

    def drop():
        with admin.connect() as c:
            c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


def run(db_url: str, n: int) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", db_url, str(n)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    if proc.returncode:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m benchmarks ingest")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--jsonl", type=int, default=20_000, help="lines of the JSONL ingest run (0: skip)")
    args = ap.parse_known_args(sys.argv[1:] if argv is None else argv)[0]
    sizes = [int(x) for x in args.sizes.split(",")]
    results: dict[tuple[str, int], dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            results[("sqlite", n)] = run(f"sqlite:///{tmp}/ingest-{n}.sqlite", n)
            url, drop = _pg_database()
            if url:
                try:
                    results[("postgresql", n)] = run(url, n)
                finally:
                    drop()
    failed = False
    for (db, n), r in results.items():
        print(
            f"  {db:<11}{n:>9,} articles  {r['seconds']:8.1f} s ({r['cpu']:6.1f} s CPU of this process)  "
            f"{n / r['seconds']:>7,.0f} articles/s  {r['records'] / r['seconds']:>8,.0f} records/s  "
            f"VmHWM {r['hwm_mb']:5.0f} MB"
        )
    lo, hi = sizes[0], sizes[-1]
    for db in ("sqlite", "postgresql"):
        if (db, lo) in results and (db, hi) in results and hi > lo:
            growth = results[(db, hi)]["seconds"] / results[(db, lo)]["seconds"]
            cpu_growth = results[(db, hi)]["cpu"] / results[(db, lo)]["cpu"]
            limit = 1.2 * hi / lo
            failed |= growth > limit
            print(
                f"  {db}: {hi // lo}x the articles in {growth:.1f}x the time, {cpu_growth:.1f}x the CPU "
                f"(target <= {limit:.0f}x); memory {results[(db, lo)]['hwm_mb']:.0f} -> "
                f"{results[(db, hi)]['hwm_mb']:.0f} MB"
            )
    if ("postgresql", hi) in results:
        ratio = results[("postgresql", hi)]["seconds"] / results[("sqlite", hi)]["seconds"]
        failed |= ratio > 1.5
        print(f"  PostgreSQL / SQLite time at {hi:,}: {ratio:.2f}x (target <= 1.5x)")
    if args.jsonl:
        with tempfile.TemporaryDirectory() as tmp:
            failed |= not bench_jsonl(Path(tmp), args.jsonl)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(main())
