"""The team's blind annotations of real articles (corpus/annotations/real/): well-formed facts that
join with the texts in ../shared/real/articles.jsonl, and the extractor's score on them kept from
falling. The annotation files hold no article text; the texts are joined at test time."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import REPO, SHARED
from extract.evaluate import evaluate, join_texts, load_jsonl
from extract.types import ENTITY_TYPES, GRADES, OPINIONS, RANK_SCOPES, ZONES

ANNOTATIONS = REPO / "corpus" / "annotations" / "real"
TEXTS = SHARED / "real" / "articles.jsonl"
BATCHES = sorted(ANNOTATIONS.glob("batch_*.jsonl"))
REGION_CODES = {line.split(",", 1)[0] for line in (REPO / "models" / "regions.csv").read_text().splitlines()[1:]}

# Floors for the extractor on all batches together: the score reached after the fixes, less a
# small margin, so a change that loses real-article accuracy fails here.
# (batches 01–13 after their fixes and 14–16 as first seen: records 0.920, score 0.949, rank 0.866,
# zone 0.896, grade 0.952, officials 0.961, relevance 0.977; after fixes from batches 15–16: records
# 0.925, rank 0.892, zone 0.906)
FLOORS = {"entity_year": 0.915, "score": 0.94, "zone": 0.895, "grade": 0.94, "rank": 0.88, "officials": 0.95}


@pytest.fixture(scope="module")
def texts() -> Path:
    if not TEXTS.exists():
        pytest.skip(f"{TEXTS} not present (real article texts are kept outside the repo)")
    return TEXTS


def test_join_checks_the_text_hash(tmp_path):
    text = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023 kepada Pemkab Lebong."
    (tmp_path / "texts.jsonl").write_text(json.dumps({"id": "a1", "text": text}) + "\n", encoding="utf-8")
    good = {"a1": {"id": "a1", "text_sha256": hashlib.sha256(text.encode()).hexdigest(), "records": []}}
    assert join_texts(good, tmp_path / "texts.jsonl")["a1"]["text"] == text
    stale = {"a1": {"id": "a1", "text_sha256": "0" * 64, "records": []}}
    with pytest.raises(ValueError, match="does not match"):
        join_texts(stale, tmp_path / "texts.jsonl")
    with pytest.raises(ValueError, match="no text"):
        join_texts({"b2": {"id": "b2"}}, tmp_path / "texts.jsonl")


def _check_record(aid: str, r: dict, text: str) -> None:
    where = f"{aid}: {r.get('entity')} {r.get('year')}"
    assert r["entity_type"] in ENTITY_TYPES, where
    assert isinstance(r["year"], int) and 2014 <= r["year"] <= 2026, where
    assert any(r.get(f) is not None for f in ("score", "rank", "zone", "grade", "opinion")), where
    assert r.get("score") is None or isinstance(r["score"], (int, float)), where
    assert r.get("rank") is None or isinstance(r["rank"], int), where
    assert r.get("zone") in (None, *ZONES) and r.get("grade") in (None, *GRADES), where
    assert r.get("opinion") in (None, *OPINIONS) and r.get("rank_scope") in (None, *RANK_SCOPES), where
    if r["entity_type"] in ("provinsi", "kabupaten", "kota"):
        assert r.get("region_code") in REGION_CODES, where
    for start, end in r.get("evidence") or []:
        assert 0 <= start < end <= len(text), where


@pytest.mark.parametrize("batch", BATCHES, ids=[b.stem for b in BATCHES])
def test_batch_is_well_formed_facts(batch, texts):
    rows = [json.loads(line) for line in batch.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows and len({r["id"] for r in rows}) == len(rows)
    joined = join_texts({r["id"]: r for r in rows}, texts)
    for row in rows:
        assert "text" not in row, f"{row['id']}: annotation files keep facts only"
        text = joined[row["id"]]["text"]
        if not row["relevant"]:
            assert row["records"] == [], row["id"]
        for rec in row["records"]:
            _check_record(row["id"], rec, text)
        for off in row["officials"]:
            assert off["name"] and off["title"], row["id"]
            for start, end in off.get("evidence") or []:
                assert 0 <= start < end <= len(text), row["id"]


def test_extractor_keeps_its_score_on_the_real_annotations(texts, tmp_path):
    if not BATCHES:
        pytest.skip("no annotation batches")
    gold = tmp_path / "gold.jsonl"
    with open(gold, "w", encoding="utf-8") as fh:
        for batch in BATCHES:
            fh.write(batch.read_text(encoding="utf-8"))
    assert load_jsonl(gold)
    ev = evaluate(gold, texts_path=texts)
    got = {k: ev.results[k]["f1"] for k in FLOORS}
    assert all(got[k] >= FLOORS[k] for k in FLOORS), got
    assert ev.results["relevance_accuracy"] >= 0.965, ev.results["relevance_accuracy"]
