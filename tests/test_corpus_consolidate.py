"""Consolidation: several outlets reporting one entity-year (one disagreeing, one a syndicated
copy) become one dataset row with the right n_sources and conflict flags."""

from __future__ import annotations

from corpus.consolidate import consolidate_group, vote
from test_corpus_data import article_items
from test_corpus_store import open_corpus


def test_outlets_reporting_one_entity_year_become_one_row(db_url):
    with open_corpus(db_url) as corpus:
        for item in article_items():
            corpus.ingest_article(item)
        assert corpus.consolidate() == 3
        rows = {(r["entity_key"], r["year"]): r for r in corpus.iter_dataset()}

    lebong = rows[("R:17.07", 2023)]  # "Kabupaten Lebong" (3 articles) and "Pemkab Lebong" (1) are one entity
    assert lebong["entity"] == "Kabupaten Lebong" and lebong["region_code"] == "17.07"
    assert lebong["province"] == "Bengkulu" and lebong["entity_type"] == "kabupaten"
    assert lebong["n_articles"] == 4
    assert lebong["n_sources"] == 3  # the syndicated copy of the release counts once
    assert lebong["score"] == 92.0  # backed by 2 sources against 1
    assert lebong["score_conflict"] is True and lebong["conflict"] is True
    assert lebong["conflicts"] == {"score": {"92.00": 2, "90.20": 1}}
    assert lebong["zone"] == "hijau" and lebong["zone_conflict"] is False
    assert lebong["rank"] == 3 and lebong["rank_conflict"] is False  # only the release states a rank
    assert lebong["first_seen"] == "2024-01-10" and lebong["last_seen"] == "2024-02-05"
    assert len(lebong["source_urls"]) == 4 and "https://suaralebong.net/dprd-lebong-90-20" in lebong["source_urls"]
    assert len(lebong["record_ids"]) == 4

    prov = rows[("R:17", 2024)]
    assert prov["entity"] == "Provinsi Bengkulu" and prov["n_sources"] == 1 and prov["conflict"] is False
    assert prov["opinion"] == "kualitas tinggi" and prov["score"] == 88.3
    assert rows[("R:17", 2023)]["score"] == 84.22  # an earlier year in the same article: its own row


def test_consolidation_is_idempotent_and_follows_reextraction(db_url):
    with open_corpus(db_url) as corpus:
        for item in article_items():
            corpus.ingest_article(item)
        corpus.consolidate()
        first = list(corpus.iter_dataset())
        corpus.consolidate()
        assert list(corpus.iter_dataset()) == first


def test_vote_counts_sources_not_articles_and_breaks_ties_by_first_seen():
    # cluster 1 repeats 90.2 in three copies; clusters 2 and 3 say 92.0: two sources beat one
    winner, tally = vote([(90.2, 1, 0), (90.2, 1, 1), (90.2, 1, 2), (92.0, 2, 3), (92.0, 3, 4)])
    assert winner == 92.0 and tally == {90.2: 1, 92.0: 2}
    winner, tally = vote([("kuning", 5, 1), ("hijau", 6, 0)])  # a tie: the value seen first
    assert winner == "hijau"
    assert vote([(None, 1, 0)]) == (None, {})


def test_units_keep_their_parent_and_names_are_folded():
    rows = [
        dict(
            record_id=i,
            entity=name,
            entity_type="unit",
            region_code=None,
            province="Bengkulu",
            parent="Kota Bengkulu",
            score=score,
            rank=None,
            rank_scope=None,
            zone="hijau",
            grade=None,
            opinion=None,
            article_id=i,
            source=i,
            url=f"https://o{i}.id/a",
            seen=f"2024-03-0{i}",
        )
        for i, (name, score) in enumerate(
            [
                ("Dinas Kependudukan dan Pencatatan Sipil", 95.1),
                ("Dinas Kependudukan dan Pencatatan Sipil", 95.10),
                ("Dinas Kependudukan dan Pencatatan Sipil ", 95.1),
            ],
            1,
        )
    ]
    row = consolidate_group("U:R:17.71|dinas kependudukan pencatatan sipil", 2023, rows)
    assert row["n_sources"] == 3 and row["conflict"] is False and row["score"] == 95.1
    assert row["parent"] == "Kota Bengkulu" and row["entity"] == "Dinas Kependudukan dan Pencatatan Sipil"
