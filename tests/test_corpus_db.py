"""The database under stress: concurrent writers, corrupt and locked files, schema upgrades from
an older revision and from a newer kepatuhan."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from corpus import db as dbmod
from corpus.db import CorpusError
from corpus.store import Corpus
from test_corpus_data import ARTICLES, article_items
from test_corpus_store import open_corpus

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent

# A writer process: waits for the start signal, then ingests the shared fixture articles (both
# writers store the same ones) and N articles of its own, through the public API.
WRITER = textwrap.dedent("""
    import sys, time, re
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from corpus.store import Corpus
    from extract.types import ExtractionResult, Record
    from test_corpus_data import annotated_extractor, article_items

    PAT = re.compile(r"Pemerintah (Kabupaten \\w+) meraih nilai (\\d+),(\\d+) pada Penilaian Kepatuhan tahun (\\d{{4}})")

    def extractor(text, url=None, published=None, id=""):
        m = PAT.search(text)
        if not m:
            return annotated_extractor(text, url, published, id)
        return ExtractionResult(id=id, relevant=True, records=[Record(
            entity=m.group(1), entity_type="kabupaten", year=int(m.group(4)),
            score=float(m.group(2) + "." + m.group(3)), evidence=[m.span()])])

    db, tag, go, n = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    while not go.exists():
        time.sleep(0.01)
    corpus = Corpus.open(db, extractor=extractor, extractor_version="t")
    run = corpus.start_run("ingest", {{"writer": tag}})
    items = article_items()
    for i in range(n):
        items.append({{"url": f"https://{{tag}}.id/berita/{{i}}", "text":
            f"Pemerintah Kabupaten Uji{{tag}}{{i}} meraih nilai {{60 + i}},{{i:02d}} pada Penilaian Kepatuhan tahun 2023. "
            f"Laporan penulis {{tag}} nomor {{i}} membahas {{' '.join(['hal'+str(i*j) for j in range(30)])}}."}})
    for k, item in enumerate(items):
        corpus.ingest_article(item, run_id=run)
        if k % 5 == 0:
            corpus.consolidate()
    corpus.finish_run(run, "ok", counts={{"items": len(items)}})
    print("done", tag)
""")


OWN = 15  # articles of its own per writer


def _run_writers(db_url: str, tmp_path: Path, own: int, n: int = 2) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(tests=str(TESTS)))
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), db_url, f"w{k}", str(go), str(own)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for k in range(n)
    ]
    time.sleep(0.5)  # let both import and wait at the start line
    go.write_text("go")
    for p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err[-3000:]
        assert out.startswith("done")


@pytest.mark.slow
def test_two_writer_processes_lose_nothing_and_duplicate_nothing(db_url, tmp_path):
    # the database is empty: both writers also race to create the schema (it must happen once)
    _run_writers(db_url, tmp_path, OWN)
    with open_corpus(db_url) as corpus:
        assert dbmod.current_revision(corpus.engine) == dbmod.head_revision()
        counts = corpus.table_counts()
        urls = {a["url"] for a in corpus.iter_articles()}
        assert counts["articles"] == 5 + 2 * OWN  # the shared five stored once
        assert counts["records"] == 6 + 2 * OWN
        assert counts["runs"] == 2 and all(r["status"] == "ok" for r in corpus.recent_runs())
        assert all(f"https://w{k}.id/berita/{i}" in urls for k in range(2) for i in range(OWN))
        assert {u for u, _p, _t in ARTICLES[:5]} <= urls
        corpus.consolidate()
        assert corpus.table_counts()["dataset"] == 3 + 2 * OWN
    if db_url.startswith("sqlite"):
        con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()


# Several processes open the same FRESH database at the same instant, round after round: each
# round a new SQLite file (or, on PostgreSQL, the schema dropped again), and all openers released
# together by a barrier. Every open must succeed and leave the newest schema, created once.
FIRST_OPEN = textwrap.dedent("""
    import json, multiprocessing as mp, sys
    import sqlalchemy as sa
    from corpus import db as dbmod
    from corpus.store import Corpus

    base, n, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    pg = base.startswith("postgresql")

    def url(r):
        return base if pg else f"sqlite:///{base}/pertama{r}.sqlite"

    def opener(start, out):
        for r in range(rounds):
            start.wait()
            try:
                with Corpus.open(url(r)) as corpus:
                    out.put((r, None if dbmod.current_revision(corpus.engine) == dbmod.head_revision()
                             else "opened below the newest revision"))
            except Exception as exc:  # noqa: BLE001 - reported to the test
                out.put((r, f"{type(exc).__name__}: {exc}"))

    if __name__ == "__main__":
        ctx = mp.get_context("fork")  # the openers inherit the imports: they reach the barrier at once
        start, out = ctx.Barrier(n + 1), ctx.Queue()
        procs = [ctx.Process(target=opener, args=(start, out)) for _ in range(n)]
        for p in procs:
            p.start()
        admin = sa.create_engine(base, isolation_level="AUTOCOMMIT") if pg else None
        failures = []
        for r in range(rounds):
            if pg and r:
                with admin.connect() as c:  # fresh again: no tables, no alembic_version
                    c.exec_driver_sql("DROP SCHEMA public CASCADE")
                    c.exec_driver_sql("CREATE SCHEMA public")
            start.wait()
            failures += [f"round {k}: {msg}" for k, msg in (out.get(timeout=120) for _ in procs) if msg]
        for p in procs:
            p.join(timeout=60)
        print(json.dumps(failures))
""")


def _first_opens(base: str, n: int, rounds: int) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", FIRST_OPEN, base, str(n), str(rounds)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def test_processes_opening_a_fresh_sqlite_file_at_once_all_succeed(tmp_path):
    # before the fix about one round in 25 failed (3 runs of this test in 4): "database is locked"
    # from the switch to WAL, or "table ... already exists" from a migration step another opener had
    # just committed. The WAL half alone is reproduced deterministically by the next test but one.
    assert _first_opens(str(tmp_path), 6, 25) == []
    for r in range(25):
        path = tmp_path / f"pertama{r}.sqlite"
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(dbmod.head_revision(),)]
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            con.close()


def test_processes_migrating_a_fresh_postgresql_database_at_once_all_succeed(pg_url):
    # safe through env.py's advisory lock: the openers queue there, the first migrates
    assert _first_opens(pg_url, 6, 10) == []
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as c:
            assert c.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [
                dbmod.head_revision()
            ]
    finally:
        engine.dispose()


def test_opening_a_fresh_file_waits_for_another_process_creating_it(tmp_path):
    # on a fresh (not yet WAL) file SQLite refuses the switch to WAL at once while another
    # connection holds the lock, busy timeout or not: the opener must wait like for any lock
    path = tmp_path / "baru.sqlite"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE catatan_lain (isi TEXT)")
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with open_corpus(f"sqlite:///{path}") as corpus:
            assert dbmod.current_revision(corpus.engine) == dbmod.head_revision()
            assert "catatan_lain" in sa.inspect(corpus.engine).get_table_names()  # the other's work kept
    finally:
        release.join()
        holder.close()


def test_corrupt_database_file_is_refused_with_a_clear_error_and_left_alone(tmp_path):
    path = tmp_path / "rusak.sqlite"
    garbage = b"ini bukan basis data SQLite, hanya teks biasa yang tersimpan di sini\n" * 200
    path.write_bytes(garbage)
    with pytest.raises(CorpusError) as info:
        Corpus.open(f"sqlite:///{path}")
    msg = str(info.value)
    assert str(path) in msg and "not a database" in msg and "corrupt" in msg
    assert path.read_bytes() == garbage  # nothing written over the user's file


def test_database_path_that_is_a_directory_is_refused(tmp_path):
    with pytest.raises(CorpusError, match="is a directory"):
        Corpus.open(f"sqlite:///{tmp_path}")


def test_locked_database_gives_a_clear_error_and_loses_nothing(tmp_path):
    path = tmp_path / "kunci.sqlite"
    url = f"sqlite:///{path}"
    with open_corpus(url) as corpus:
        corpus.ingest_article(article_items()[0])
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process holding the write lock
    try:
        corpus = Corpus.open(url, timeout_s=0.3, extractor_version="test-1")
        with pytest.raises(CorpusError) as info:
            corpus.start_run("ingest")
        assert "locked" in str(info.value) and str(path) in str(info.value)
        corpus.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_corpus(url) as corpus:  # the lock is gone: the data is intact and writes work again
        assert corpus.table_counts()["records"] == 1
        assert corpus.start_run("ingest") > 0


def test_upgrade_from_an_older_schema_keeps_the_data(db_url):
    engine = dbmod.make_engine(db_url)
    dbmod.upgrade(engine, "0001")  # a corpus written by the first release of kepatuhan
    with engine.begin() as c:
        c.execute(
            sa.text("INSERT INTO sites (id, name, created_at) VALUES (1, 'wartarejang.id', '2024-01-10 00:00:00')")
        )
        c.execute(
            sa.text(
                "INSERT INTO articles (id, key, url, site_id, published, text, content_hash, sim_b0, cluster_id, "
                "relevant, extractor_version, ingested_at) VALUES (1, 'url:https://wartarejang.id/a', "
                "'https://wartarejang.id/a', 1, '2024-01-10', :t, 'h1', 123, 1, :yes, '0.0.1', '2024-01-10 00:00:00')"
            ),
            {"t": ARTICLES[0][2], "yes": True},
        )
        c.execute(
            sa.text(
                "INSERT INTO records (id, article_id, seq, entity, entity_type, entity_key, region_code, year, score, "
                "zone, evidence, extractor_version) VALUES (1, 1, 0, 'Kabupaten Lebong', 'kabupaten', 'R:17.07', "
                "'17.07', 2023, 92.0, 'hijau', '[[10, 20]]', '0.0.1')"
            )
        )
    engine.dispose()

    with open_corpus(db_url) as corpus:  # opening upgrades to the newest revision
        engine = corpus.engine
        assert dbmod.current_revision(engine) == dbmod.head_revision()
        recs = list(corpus.iter_records())
        assert len(recs) == 1 and recs[0]["score"] == 92.0 and recs[0]["evidence"] == [[10, 20]]
        assert recs[0]["extractor_version"] == "0.0.1"
        cols = {c["name"] for c in sa.inspect(engine).get_columns("articles")}
        assert "sim_b0" not in cols
        assert corpus.consolidate() == 1  # and the new tables work on the old data
        assert corpus.reextract().articles == 1  # the old version's records are re-extracted
        assert next(corpus.iter_records())["extractor_version"] == "test-1"


def test_database_from_a_newer_kepatuhan_is_refused(db_url):
    with open_corpus(db_url) as corpus:
        corpus.ingest_article(article_items()[0])
        with corpus.engine.begin() as c:
            c.execute(sa.text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(CorpusError, match="revision '0099', unknown to this version"):
        Corpus.open(db_url)
    engine = dbmod.make_engine(db_url)
    with engine.connect() as c:
        assert c.execute(sa.text("SELECT count(*) FROM records")).scalar() == 1
    engine.dispose()


def test_unreachable_postgresql_fails_fast_with_the_url():
    t0 = time.monotonic()
    with pytest.raises(CorpusError, match="127.0.0.1:1/nowhere"):
        Corpus.open("postgresql://postgres@127.0.0.1:1/nowhere")
    assert time.monotonic() - t0 < 15


def test_a_migration_failing_half_way_changes_nothing(db_url, monkeypatch):
    import alembic.op

    engine = dbmod.make_engine(db_url)
    dbmod.upgrade(engine, "0002")
    with engine.begin() as c:
        c.execute(sa.text("INSERT INTO sites (id, name, created_at) VALUES (1, 'a.id', '2024-01-10 00:00:00')"))
    engine.dispose()

    def disk_trouble(*args, **kwargs):  # 0003 fails after it created a table and an index
        raise sa.exc.OperationalError("ALTER TABLE articles DROP COLUMN sim_b0", {}, Exception("disk I/O error"))

    monkeypatch.setattr(alembic.op, "drop_column", disk_trouble)
    with pytest.raises(CorpusError, match=r"from revision '0002' failed \(nothing was changed\): disk I/O error"):
        Corpus.open(db_url)
    monkeypatch.undo()

    engine = dbmod.make_engine(db_url)
    try:
        assert dbmod.current_revision(engine) == "0002"
        insp = sa.inspect(engine)
        assert "article_bands" not in insp.get_table_names()
        assert "sim_b0" in {c["name"] for c in insp.get_columns("articles")}
        with engine.connect() as c:
            assert c.execute(sa.text("SELECT name FROM sites")).scalars().all() == ["a.id"]
    finally:
        engine.dispose()
    with open_corpus(db_url) as corpus:  # and the next open (the trouble gone) completes the upgrade
        assert dbmod.current_revision(corpus.engine) == dbmod.head_revision()
