"""Small cross-stage invariants: relative SQLite paths and the crawler's fast-path topic words."""

from pathlib import Path

import yaml

from corpus.config import resolve_db_url

REPO = Path(__file__).resolve().parents[1]


def test_relative_sqlite_url_is_pinned_to_the_callers_directory(tmp_path, monkeypatch):
    # the crawl runs in a child process started from the repo root: it must open the user's file
    monkeypatch.chdir(tmp_path)
    url = resolve_db_url("sqlite:///kepatuhan-data/demo/kepatuhan.sqlite")
    assert url == f"sqlite:///{tmp_path / 'kepatuhan-data/demo/kepatuhan.sqlite'}"
    assert resolve_db_url("sqlite:////var/lib/k.sqlite") == "sqlite:////var/lib/k.sqlite"
    assert resolve_db_url("sqlite:///:memory:") == "sqlite:///:memory:"


def test_default_database_follows_the_data_dir_absolutely(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KEPATUHAN_DB", raising=False)
    monkeypatch.setenv("KEPATUHAN_DATA_DIR", "mydata")
    assert resolve_db_url(None) == f"sqlite:///{tmp_path / 'mydata' / 'kepatuhan.sqlite'}"


def test_crawler_fast_path_lets_through_every_article_extraction_calls_relevant():
    """A page the crawler fingerprints unseen (no must-mention word) can never be relevant to the
    extractor: every way extraction recognises the assessment has a must-mention word in it."""
    topic = yaml.safe_load((REPO / "crawler" / "topic.yaml").read_text(encoding="utf-8"))
    relevance = yaml.safe_load((REPO / "models" / "relevance.yaml").read_text(encoding="utf-8"))
    must = [w.lower() for w in topic["must_mention"]]
    for phrase in relevance["assessment_title"]:
        assert any(w in phrase.lower() for w in must), phrase
    assert any(w in "ombudsman" for w in must)


def test_link_keywords_read_urls_with_digits_and_encoded_spaces():
    from crawler.registry import load_topic
    from crawler.urls import keyword_score

    kws = load_topic().link_keywords
    # '-', '_', '+', '/' and '%20' separate words; digits stay digits ("2023" once lost its 2 and 0)
    assert keyword_score("https://bengkuluekspress.id/berita/zona_hijau+2023", ("zona hijau 2023",)) == 1
    assert keyword_score("/search?q=penilaian%20kepatuhan%202024", ("penilaian kepatuhan 2024",)) == 1
    assert keyword_score("https://x.id/pemkab-kaur-raih-opini-kualitas-tertinggi", kws) == 1
    assert keyword_score("https://x.id/2020/02/harga-cabai-naik", kws) == 0
