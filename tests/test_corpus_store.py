"""The corpus store on SQLite and on the real PostgreSQL: idempotent ingest, provenance, crawl
state, re-extraction, official results."""

from __future__ import annotations

import warnings
import zlib

import pytest
import sqlalchemy as sa

from corpus.store import Corpus, IngestError
from test_corpus_data import (
    _RELEASE,
    ARTICLE_A,
    ARTICLE_IRRELEVANT,
    ARTICLES,
    annotated_extractor,
    article_items,
    page_html,
)

DATA_TABLES = (
    "sites",
    "pages",
    "articles",
    "records",
    "officials",
    "seen_urls",
    "entry_pages",
    "official_results",
    "dataset",
)


def open_corpus(url: str, version: str = "test-1", extractor=annotated_extractor) -> Corpus:
    return Corpus.open(url, extractor=extractor, extractor_version=version)


def snapshot(corpus: Corpus) -> dict[str, list[tuple]]:
    """Every row of every data table (timestamps included), in key order."""
    out = {}
    with corpus.reader.connect() as conn:
        meta = sa.MetaData()
        with warnings.catch_warnings():  # the columns are what counts; an expression index is not reflected
            warnings.simplefilter("ignore", sa.exc.SAWarning)
            meta.reflect(conn, only=DATA_TABLES)
        for name in DATA_TABLES:
            t = meta.tables[name]
            pk = list(t.primary_key.columns) or list(t.columns)
            out[name] = [tuple(r) for r in conn.execute(sa.select(t).order_by(*pk))]
    return out


def ingest_all(corpus: Corpus) -> list:
    outs = []
    for i, (url, published, text) in enumerate(ARTICLES):
        if i % 2 == 0:  # half as fetched pages (cleaned here), half as articles a user brought
            outs.append(corpus.ingest_page(url, page_html(f"Berita {i}", text, url, published)))
        else:
            outs.append(corpus.ingest_article(article_items()[i]))
    return outs


def test_ingest_twice_leaves_every_table_unchanged(db_url):
    with open_corpus(db_url) as corpus:
        first = ingest_all(corpus)
        corpus.consolidate()
        before = snapshot(corpus)
        second = ingest_all(corpus)
        corpus.consolidate()
        after = snapshot(corpus)
    assert [o.relevant for o in first] == [True, True, True, True, True, False]
    assert all(o.new for o in first)
    assert not any(o.new for o in second)
    assert before == after
    assert len(before["articles"]) == 5 and len(before["records"]) == 6 and len(before["dataset"]) == 3


def test_relevant_page_keeps_compressed_html_irrelevant_leaves_only_a_fingerprint(db_url):
    url, published, text = ARTICLES[0]
    html = page_html("Lebong zona hijau", text, url, published)
    bad_url, bad_pub, bad_text = ARTICLES[5]
    with open_corpus(db_url) as corpus:
        out = corpus.ingest_page(url, html, headers={"Content-Type": "text/html; charset=utf-8"})
        irr = corpus.ingest_page(bad_url, page_html("Komisi Informasi", bad_text, bad_url, bad_pub))
        assert out.relevant and out.page_id and out.n_records == 1 and out.n_officials == 2
        assert corpus.page_html(url) == html
        with corpus.reader.connect() as conn:
            blob, status, headers = conn.execute(sa.text("SELECT raw_html, status, headers FROM pages")).one()
        assert zlib.decompress(blob).decode() == html and len(blob) < len(html.encode())
        assert status == 200
        # irrelevant: no page, no article, only the seen row with its fingerprint
        assert not irr.relevant and irr.page_id is None and irr.article_id is None
        seen = corpus.seen(bad_url)
        assert seen.outcome == "irrelevant" and seen.content_hash
        assert corpus.is_known_hash(seen.content_hash)
        counts = corpus.table_counts()
        assert counts["pages"] == 1 and counts["articles"] == 1
        rec = next(corpus.iter_records())
        assert rec["evidence_text"] == "nilai 92,00" and rec["entity_key"] == "R:17.07"
        assert rec["site"] == "wartarejang.id" and rec["published"] == "2024-01-10"


def test_error_status_is_remembered_without_storing_a_page(db_url):
    with open_corpus(db_url) as corpus:
        out = corpus.ingest_page("https://contoh.id/hilang", "<html>Not found</html>", status=404)
        assert out.outcome == "error" and not out.relevant
        assert corpus.seen("https://contoh.id/hilang").outcome == "error"
        assert corpus.table_counts()["pages"] == 0


def test_crawl_state_seen_urls_and_validators(db_url):
    with open_corpus(db_url) as corpus:
        assert not corpus.is_seen("https://a.id/berita/1")
        corpus.mark_seen(
            "https://a.id/berita/1?utm_source=fb",
            canonical_url="https://a.id/berita/1",
            content_hash="abc123",
            outcome="irrelevant",
        )
        assert corpus.is_seen("https://a.id/berita/1?utm_source=fb")
        assert corpus.is_seen("https://a.id/berita/1")  # found through its canonical URL
        assert corpus.seen("https://a.id/berita/1").outcome == "irrelevant"
        corpus.mark_seen("https://a.id/berita/1?utm_source=fb", "https://a.id/berita/1", "abc123", "relevant")
        assert corpus.seen("https://a.id/berita/1").outcome == "relevant"
        assert corpus.table_counts()["seen_urls"] == 1
        with pytest.raises(ValueError):
            corpus.mark_seen("https://a.id/x", outcome="maybe")

        assert corpus.get_validators("https://a.id/feed/") is None
        corpus.set_validators(
            "https://a.id/feed/", etag='W/"5f1"', last_modified="Mon, 22 Jan 2024 01:00:00 GMT", status=200
        )
        corpus.set_validators("https://a.id/feed/", etag='W/"5f2"', last_modified=None, status=304)
        v = corpus.get_validators("https://a.id/feed/")
        assert (v.etag, v.last_modified, v.status) == ('W/"5f2"', None, 304)


def test_runs_record_counts_errors_and_report(db_url):
    with open_corpus(db_url) as corpus:
        rid = corpus.start_run("crawl", {"sites": ["wartarejang.id"]})
        assert corpus.get_run(rid)["status"] == "running"
        corpus.finish_run(
            rid,
            "partial",
            counts={"fetched": 12, "relevant": 3},
            errors={"timeout": 2, "http_500": 1},
            report={"wartarejang.id": {"fetched": 12, "new": 3, "errors": {"timeout": 2}}},
        )
        run = corpus.recent_runs(kind="crawl")[0]
        assert run["id"] == rid and run["status"] == "partial" and run["finished_at"] is not None
        assert run["errors"] == {"timeout": 2, "http_500": 1}
        assert run["report"]["wartarejang.id"]["new"] == 3


def test_newer_extractor_version_replaces_derived_rows(db_url):
    with open_corpus(db_url, version="test-1") as corpus:
        for item in article_items()[:3]:
            corpus.ingest_article(item)
        assert {r["extractor_version"] for r in corpus.iter_records()} == {"test-1"}

    def better(text, url=None, published=None, id=""):  # "the rules improved": a rank is now read too
        res = annotated_extractor(text, url, published, id)
        for r in res.records:
            r.rank, r.rank_scope = 3, "provinsi"
        return res

    with open_corpus(db_url, version="test-2", extractor=better) as corpus:
        ids_before = {r["article_id"] for r in corpus.iter_records()}
        counts = corpus.reextract()
        recs = list(corpus.iter_records())
        # all three re-extracted; only the independent report (no rank before) changed
        assert counts.articles == 3 and counts.changed == 1 and not counts.errors
        assert len(recs) == 3 and {r["extractor_version"] for r in recs} == {"test-2"}
        assert all(r["rank"] == 3 for r in recs)
        assert {r["article_id"] for r in recs} == ids_before  # no refetch, same articles
        assert corpus.reextract().articles == 0  # everything is at the current version now
        assert {a["extractor_version"] for a in corpus.iter_articles()} == {"test-2"}


def test_ingesting_again_with_a_newer_extractor_reextracts(db_url):
    item = article_items()[0]
    with open_corpus(db_url, version="test-1") as corpus:
        assert corpus.ingest_article(item).new
        assert not corpus.ingest_article(item).new
    with open_corpus(db_url, version="test-2") as corpus:
        out = corpus.ingest_article(item)
        assert out.new and out.n_records == 1
        assert corpus.table_counts()["records"] == 1
        assert next(corpus.iter_records())["extractor_version"] == "test-2"


def test_syndicated_copy_joins_the_cluster_of_the_original(db_url):
    with open_corpus(db_url) as corpus:
        a, b, c = (corpus.ingest_article(item) for item in article_items()[:3])
        assert a.duplicate_of is None
        assert b.duplicate_of == a.article_id  # same release, other dateline and credit line
        assert c.duplicate_of is None  # an independent report of the same result


def test_bad_articles_raise_a_clear_error_naming_them(db_url):
    with open_corpus(db_url) as corpus:
        with pytest.raises(IngestError, match="fx-9"):
            corpus.ingest_article({"id": "fx-9", "text": "   "})

        def broken(text, url=None, published=None, id=""):
            raise RuntimeError("pola rusak")

        corpus._extractor = broken
        with pytest.raises(IngestError, match="https://x.id/1: extraction failed: RuntimeError: pola rusak"):
            corpus.ingest_article({"text": ARTICLE_A, "url": "https://x.id/1"})
        assert corpus.table_counts()["articles"] == 0


def test_official_results_are_replaced_per_source_file(db_url):
    rows = [
        {
            "year": 2023,
            "entity": "Kabupaten Lebong",
            "entity_type": "kabupaten",
            "score": 92.0,
            "zone": "hijau",
            "rank_provincial": 3,
            "source": "https://ombudsman.go.id/",
        },
        {"year": 2023, "entity": "Kementerian Luar Negeri", "entity_type": "kementerian", "score": 95.5},
    ]
    with open_corpus(db_url) as corpus:
        assert corpus.replace_official_results(rows, "hasil2023.csv") == 2
        assert corpus.replace_official_results(rows, "hasil2023.csv") == 2
        assert corpus.replace_official_results(rows[:1], "lain.csv") == 1
        got = list(corpus.iter_official_results())
        assert len(got) == 3
        lebong = [g for g in got if g["entity"] == "Kabupaten Lebong"]
        assert {g["entity_key"] for g in lebong} == {"R:17.07"} and lebong[0]["region_code"] == "17.07"
        assert lebong[0]["rank_provincial"] == 3
        kemlu = next(g for g in got if g["entity_type"] == "kementerian")
        assert kemlu["entity_key"].startswith("N:") and kemlu["region_code"] is None


def test_irrelevant_text_is_not_stored(db_url):
    with open_corpus(db_url) as corpus:
        out = corpus.ingest_article({"id": "x", "text": ARTICLE_IRRELEVANT})
        assert out.outcome == "irrelevant"
        assert corpus.table_counts()["articles"] == 0


def test_an_edited_page_replaces_the_stored_page_and_its_records(db_url):
    url = "https://bengkuluhariini.id/berita/lebong"
    first = page_html("Lebong", ARTICLES[2][2], url, "2024-01-12")
    edited = page_html("Lebong (ralat)", ARTICLES[3][2], url, "2024-01-12")  # the outlet rewrote the story
    with open_corpus(db_url) as corpus:
        corpus.ingest_page(url, first)
        out = corpus.ingest_page(url, edited)
        assert out.new and out.n_records == 1
        counts = corpus.table_counts()
        assert counts["pages"] == 1 and counts["articles"] == 1 and counts["records"] == 1
        assert corpus.page_html(url) == edited
        assert next(corpus.iter_records())["score"] == 90.2
        assert corpus.seen(url).content_hash == next(corpus.iter_articles())["content_hash"]


def test_near_copies_are_found_with_or_without_dates(db_url):
    items = article_items()
    with open_corpus(db_url) as corpus:
        a = corpus.ingest_article(items[0])
        undated = corpus.ingest_article({**items[1], "published": None})  # searched corpus-wide
        assert undated.duplicate_of == a.article_id
        later = corpus.ingest_article({**items[1], "url": "https://arsip.id/x", "published": "2026-06-01"})
        # 2.5 years later, outside the near-copy window: an exact copy is still found by content hash
        assert later.duplicate_of == a.article_id
        other = corpus.ingest_article({**items[2], "published": "2024-01-10"})
        assert other.duplicate_of is None


def test_copies_edited_by_another_outlet_cluster_by_the_cleaners_distance(db_url):
    """A second outlet runs the release with its own dateline, a few words changed and a credit
    line: SimHash several bits away (more than the 3 bits the store once used), still one story,
    under the one threshold the cleaner's dedup module defines."""
    from clean import dedup

    edited = (
        "BENGKULU, RAKYATBENGKULU.COM - "
        + _RELEASE.replace("kembali meraih", "kembali berhasil meraih")
        .replace("Ia berharap", "Kopli berharap")
        .replace("terus membenahi", "selama ini terus membenahi")
        + " (adv)"
    )
    assert 3 < dedup.hamming(dedup.simhash(ARTICLE_A), dedup.simhash(edited)) <= dedup.NEAR_DISTANCE
    with open_corpus(db_url) as corpus:
        a = corpus.ingest_article(article_items()[0])
        b = corpus.ingest_article(
            {
                "id": "rb-1",
                "url": "https://rakyatbengkulu.com/lebong-zona-hijau",
                "published": "2024-01-11",
                "text": edited,
            }
        )
        assert b.relevant and b.duplicate_of == a.article_id


def test_a_headline_naming_ombudsman_makes_the_page_relevant_also_on_reextract(db_url):
    """The real extractor gets the cleaned page's title: a body that never says "Ombudsman"
    under a headline that does is kept, at ingest and when re-extracted from the store."""
    from test_extract_cli import HEADLINE_ONLY_PAGE

    url = "https://kabarkaur.example/2024/12/kaur-zona-hijau"
    with Corpus.open(db_url, extractor_version="real-1") as corpus:
        out = corpus.ingest_page(url, HEADLINE_ONLY_PAGE)
        assert out.relevant and out.n_records == 1
    with Corpus.open(db_url, extractor_version="real-2") as corpus:
        counts = corpus.reextract()
        assert counts.articles == 1
        assert [(r["entity"], r["year"], r["score"], r["extractor_version"]) for r in corpus.iter_records()] == [
            ("Kabupaten Kaur", 2024, 95.57, "real-2")
        ]
