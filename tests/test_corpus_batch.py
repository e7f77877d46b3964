"""The batched store path (corpus/batch.py, corpus/nearindex.py): a batch stores what storing
the articles one by one stores, copies inside one batch are clustered, and the work per batch
does not grow with the corpus: the same number of SQL statements, and near-copy candidates only
from the publication-date window."""

from __future__ import annotations

import random
from datetime import date, timedelta

import sqlalchemy as sa

from clean.types import Article
from corpus.clusters import fingerprint
from corpus.nearindex import NearIndex, day_of
from extract.types import ExtractionResult, Record
from test_corpus_data import _RELEASE, article_items
from test_corpus_store import open_corpus

WORDS = (
    "pelayanan publik kepatuhan ombudsman nilai zona hijau kuning merah bupati wali kota gubernur "
    "penghargaan standar maklumat dinas kantor warga laporan pengaduan perbaikan opini kualitas tahun "
    "peringkat provinsi kabupaten daerah sekretaris kepala perwakilan rapat evaluasi capaian"
).split()


def story(i: int) -> str:
    rnd = random.Random(i)
    return f"Berita daerah nomor {i}. " + " ".join(rnd.choice(WORDS) for _ in range(70)) + "."


def extracted(i: int, day: date, text: str | None = None) -> tuple[Article, ExtractionResult, None]:
    text = text or story(i)
    h, sim = fingerprint(text)
    art = Article(
        id=f"b{i}", text=text, url=f"https://kabar.example/{i}", published=day.isoformat(), content_hash=h, simhash=sim
    )
    rec = Record(
        entity="Kabupaten Lebong",
        entity_type="kabupaten",
        region_code="17.07",
        year=2023,
        score=90.0 + (i % 10) / 10,
        evidence=[(0, 12)],
    )
    return art, ExtractionResult(id=art.id, relevant=True, records=[rec]), None


def _rows(corpus, sql: str) -> list[tuple]:
    with corpus.reader.connect() as c:
        return [tuple(r) for r in c.execute(sa.text(sql))]


def test_one_batch_stores_what_one_by_one_stores(db_url, tmp_path):
    """The fixture corpus (a syndicated release, an independent report, a disagreeing outlet,
    an irrelevant look-alike) through ingest_many in one batch and through one-by-one calls."""
    items = [("article", it) for it in article_items()]
    with open_corpus(db_url) as corpus:
        outs = list(corpus.ingest_many(items))
        batch_rows = _rows(corpus, "SELECT key, cluster_id, relevant FROM articles ORDER BY id")
        batch_recs = _rows(
            corpus,
            "SELECT a.key, r.seq, r.entity_key, r.year, r.score, r.evidence_text "
            "FROM records r JOIN articles a ON a.id = r.article_id ORDER BY a.key, r.seq",
        )
        again = list(corpus.ingest_many(items))
    single_url = f"sqlite:///{tmp_path / 'single.sqlite'}"
    with open_corpus(single_url) as corpus:
        singles = [corpus.ingest_article(it) for _, it in items]
        single_rows = _rows(corpus, "SELECT key, cluster_id, relevant FROM articles ORDER BY id")
        single_recs = _rows(
            corpus,
            "SELECT a.key, r.seq, r.entity_key, r.year, r.score, r.evidence_text "
            "FROM records r JOIN articles a ON a.id = r.article_id ORDER BY a.key, r.seq",
        )
    assert batch_rows == single_rows and batch_recs == single_recs
    assert [(o.relevant, o.n_records, o.duplicate_of is not None) for o in outs] == [
        (o.relevant, o.n_records, o.duplicate_of is not None) for o in singles
    ]
    assert sum(o.duplicate_of is not None for o in outs) == 1  # the syndicated copy of the release
    assert all(o.outcome == "unchanged" and not o.new for o in again)


def test_copies_inside_one_batch_join_one_cluster(db_url):
    day = date(2024, 1, 20)
    release = "Kabupaten Lebong kembali meraih zona hijau. " + _RELEASE
    items = [
        extracted(0, day, "LEBONG - " + release),
        extracted(1, day + timedelta(days=2), "BENGKULU, KORANSELUMA.COM - " + release + " (rls)"),
        extracted(2, day + timedelta(days=1), "LEBONG - " + release),  # exact copy (same normalised text)
        extracted(3, day + timedelta(days=45), "ARSIP - " + release),  # too late to be a copy
        extracted(4, day),
    ]
    with open_corpus(db_url) as corpus:
        outs = corpus.store_many(items)
        again = corpus.store_many(items)
    first = outs[0].article_id
    assert outs[0].duplicate_of is None
    assert outs[1].duplicate_of == first and outs[2].duplicate_of == first
    assert outs[3].duplicate_of is None and outs[4].duplicate_of is None
    assert not any(o.new for o in again) and [o.duplicate_of for o in again] == [o.duplicate_of for o in outs]


def test_the_same_article_twice_in_one_batch_is_stored_once(db_url):
    art, res, _ = extracted(7, date(2024, 2, 1))
    with open_corpus(db_url) as corpus:
        outs = corpus.store_many([(art, res, None), (art, res, None)])
        assert outs[0].new and not outs[1].new and outs[0].article_id == outs[1].article_id
        assert corpus.table_counts()["records"] == 1


def test_exact_copies_are_found_by_the_hash_prefix_and_confirmed_by_the_full_hash(db_url):
    """A later batch's exact copy joins the stored article's cluster; an article whose content
    hash only shares its first 16 digits with a stored one (a different story) stays apart."""
    day = date(2024, 4, 2)
    first = extracted(10, day)
    copy = extracted(11, day + timedelta(days=200), story(10))  # same text, another URL, outside the window
    other = extracted(12, day + timedelta(days=1))
    other[0].content_hash = first[0].content_hash[:16] + "0" * 48
    assert other[0].content_hash != first[0].content_hash
    with open_corpus(db_url) as corpus:
        (stored,) = corpus.store_many([first])
        outs = corpus.store_many([copy, other])
        assert outs[0].duplicate_of == stored.article_id and outs[1].duplicate_of is None
        assert corpus.is_known_hash(first[0].content_hash) and not corpus.is_known_hash("0" * 64)


def test_the_hash_prefix_look_up_uses_its_index(sqlite_url):
    """SQLite uses an expression index only for the very expression: the look-up must spell the
    prefix as the index does (literal bounds), or every batch would scan the articles."""
    from corpus.models import ArticleRow, hash_prefix

    with open_corpus(sqlite_url) as corpus, corpus.reader.connect() as c:
        q = sa.select(ArticleRow.id).where(hash_prefix(ArticleRow.content_hash) == "0123456789abcdef")
        compiled = q.compile(c)  # as it runs: bound parameters where SQLAlchemy puts them
        params = tuple(compiled.params[k] for k in compiled.positiontup or ())
        plan = c.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params)
        assert "USING INDEX ix_articles_hash_prefix" in " ".join(str(r[-1]) for r in plan)


def count_statements(engine, fn) -> int:
    stmts: list[str] = []

    def listener(conn, cursor, statement, *rest):
        stmts.append(statement)

    sa.event.listen(engine, "before_cursor_execute", listener)
    try:
        fn()
    finally:
        sa.event.remove(engine, "before_cursor_execute", listener)
    return len(stmts)


def test_statements_per_batch_do_not_grow_with_the_corpus(sqlite_url):
    """A batch of 50 costs the same SQL statements into a corpus of 50 articles as into one of
    1,000: set-wise look-ups and executemany, not one query per article, stored or new."""
    day = date(2024, 3, 1)

    def batch(lo: int, hi: int):
        return [extracted(i, day + timedelta(days=i % 20)) for i in range(lo, hi)]

    with open_corpus(sqlite_url) as corpus:
        corpus.store_many(batch(0, 50))
        small = count_statements(corpus.engine, lambda: corpus.store_many(batch(50, 100)))
        corpus.store_many(batch(100, 1000))
        large = count_statements(corpus.engine, lambda: corpus.store_many(batch(1000, 1050)))
        assert corpus.table_counts()["articles"] == 1050
    assert small == large <= 20, (small, large)


def test_near_index_looks_only_inside_the_date_window():
    index = NearIndex()
    base = day_of("2024-01-20")
    sim = 0x0F0F_0F0F_0F0F_0F0F
    near = sim ^ 0b111  # 3 bits away
    index.add(
        [
            (1, near, base - 10),
            (2, near, base + 30),
            (3, near, base + 31),
            (4, near, -1),
            (5, sim ^ ((1 << 11) - 1), base),
        ]
    )  # 11 bits away: not a copy
    index.add((100 + i, random.Random(i).getrandbits(64), base - 400 - i) for i in range(5000))  # old news
    assert index.candidates(sim, base, 10) == [1, 2, 4]
    assert index.candidates(sim, -1, 10) == [1, 2, 3, 4]  # an undated article is compared with every day
    assert day_of(None) == -1 and day_of("tanggal") == -1 and day_of("2024-01-20T08:00:00+07:00") == base


def test_an_article_another_writer_stores_meanwhile_keeps_its_row_and_its_copies_follow(pg_url):
    """PostgreSQL lets two writers store at once. The other writer stores the release after this
    batch looked its key up and before the batch inserts it: the batch keeps the other writer's
    row (rewriting its claims), and the batch's own copy of the release, clustered with it
    before the insert, moves to that row's cluster."""
    day = date(2024, 4, 2)
    release = "Kabupaten Lebong kembali meraih zona hijau. " + _RELEASE
    items = [
        extracted(0, day, "LEBONG - " + release),
        extracted(1, day + timedelta(days=1), "BENGKULU, KORANSELUMA.COM - " + release + " (rls)"),
        extracted(2, day),
    ]
    with open_corpus(pg_url) as corpus, open_corpus(pg_url) as other:
        # the site is known before: a new site row of this batch would make the other writer
        # wait for this one, which waits for it
        corpus.store_many([extracted(3, day - timedelta(days=400))])
        raced: list[int] = []

        def other_writer_first(conn, cursor, statement, *rest):
            if statement.startswith('INSERT INTO "articles"') and "kepatuhan_stage" in statement and not raced:
                raced.append(other.store_many([items[0]])[0].article_id)

        sa.event.listen(corpus.engine, "before_cursor_execute", other_writer_first)
        outs = corpus.store_many(items)
        sa.event.remove(corpus.engine, "before_cursor_execute", other_writer_first)
        rows = _rows(corpus, "SELECT id, key, cluster_id FROM articles ORDER BY id")
        n_records = corpus.table_counts()["records"]
        again = corpus.store_many(items)
    assert raced and outs[0].article_id == raced[0] and outs[0].duplicate_of is None
    assert outs[1].duplicate_of == raced[0] and outs[2].duplicate_of is None
    clusters = {k.rsplit("/", 1)[1]: (i, c) for i, k, c in rows}
    assert len(rows) == 4 and clusters["0"] == (raced[0], raced[0]) and clusters["1"][1] == raced[0]
    assert all(i == c for k, (i, c) in clusters.items() if k != "1")
    assert n_records == 4 and not any(o.new for o in again)


def test_long_texts_make_smaller_batches_and_short_ones_fill_a_batch(sqlite_url, monkeypatch):
    """A batch ends at BATCH articles or once it holds BATCH_BYTES of text and HTML, whichever
    comes first: memory per batch stays bounded by long pages, short ones still share one commit."""
    import corpus.batch as batch_mod

    day = date(2024, 4, 1)
    short = [extracted(i, day) for i in range(6)]
    long_text = [extracted(100 + i, day, story(100 + i) + " Lanjutan" * 200) for i in range(6)]
    sizes: list[int] = []
    real = batch_mod.BatchStore._store_batch

    def spy(self, pend, *args):
        sizes.append(len(pend))
        return real(self, pend, *args)

    monkeypatch.setattr(batch_mod.BatchStore, "_store_batch", spy)
    monkeypatch.setattr(batch_mod, "BATCH_BYTES", 4000)
    with open_corpus(sqlite_url) as corpus:
        corpus.store_many(short)
        assert sizes == [6]
        sizes.clear()
        corpus.store_many(long_text)
        assert max(sizes) < 6 and sum(sizes) == 6, sizes
        assert corpus.table_counts()["articles"] == 12
