"""The normalisation behind the demo-output digests (tests/demo_outputs.py): two runs that differ
only in crawl order, ids, times, paths and ports give the same digests; a changed value does not."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from demo_outputs import digests

ARTICLES = [
    {"url": "http://127.0.0.1:{port}/2024/12/kaur-zona-hijau.html", "title": "Kaur Raih Zona Hijau"},
    {"url": "http://127.0.0.1:{port}/2024/12/seluma-nilai-91.html", "title": "Seluma Dapat Nilai 91,25"},
    {"url": "http://127.0.0.1:{port}/2024/12/seluma-salinan.html", "title": "Seluma Dapat Nilai 91,25"},
]
RECORDS = [
    {"article": 0, "entity": "Kabupaten Kaur", "year": 2024, "zone": "hijau", "score": None},
    {"article": 1, "entity": "Kabupaten Seluma", "year": 2024, "zone": "hijau", "score": 91.25},
    {"article": 2, "entity": "Kabupaten Seluma", "year": 2024, "zone": "hijau", "score": 91.25},
]


def write_run(out: Path, order: list[int], port: int, when: str, score: float = 91.25) -> Path:
    """An output directory as the demo writes it, articles stored in `order` (ids follow it);
    articles 1 and 2 are copies of one story (one cluster)."""
    ids = {a: i + 1 for i, a in enumerate(order)}
    cluster = {0: ids[0], 1: min(ids[1], ids[2]), 2: min(ids[1], ids[2])}
    articles = [
        {
            "article_id": ids[a],
            "url": ARTICLES[a]["url"].format(port=port),
            "canonical_url": ARTICLES[a]["url"].format(port=port),
            "title": ARTICLES[a]["title"],
            "cluster_id": cluster[a],
            "ingested_at": when,
        }
        for a in order
    ]
    records = [
        {
            "record_id": n + 1,
            "article_id": ids[r["article"]],
            "cluster_id": cluster[r["article"]],
            "article_url": ARTICLES[r["article"]]["url"].format(port=port),
            "entity": r["entity"],
            "year": r["year"],
            "zone": r["zone"],
            "score": score if r["score"] is not None else None,
        }
        for n, r in enumerate(sorted(RECORDS, key=lambda r: ids[r["article"]]))
    ]
    for ext in ("csv", "jsonl"):
        d = out / "exports" / ext
        d.mkdir(parents=True)
        for name, rows in (("articles", articles), ("records", records)):
            with open(d / f"{name}.{ext}", "w", encoding="utf-8", newline="") as fh:
                if ext == "csv":
                    w = csv.DictWriter(fh, fieldnames=list(rows[0]))
                    w.writeheader()
                    w.writerows(rows)
                else:
                    fh.writelines(json.dumps(r) + "\n" for r in rows)
        (d / "datapackage.json").write_text(json.dumps({"created": when, "resources": [{"name": "records"}]}))
        (d / "DATASET.md").write_text(f"# Dataset\n\nGenerated {when} by kepatuhan from `sqlite:///{out}/k.sqlite`.\n")
    audit = out / "audit"
    audit.mkdir()
    finding = {"kind": "entity_not_official", "entity": "Kabupaten Kaur", "url": ARTICLES[0]["url"].format(port=port)}
    (audit / "audit.json").write_text(json.dumps({"summary": {"out_dir": str(audit)}, "findings": [finding]}))
    with open(audit / "audit.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(finding))
        w.writeheader()
        w.writerow(finding)
    return out


def test_runs_that_differ_only_in_order_ids_times_paths_and_ports_have_the_same_digests(tmp_path):
    a = digests(write_run(tmp_path / "a", [0, 1, 2], 18701, "2026-12-01T01:00:00"))
    b = digests(write_run(tmp_path / "b", [2, 0, 1], 41234, "2026-12-02T03:30:00"))
    assert a == b
    assert set(a) == {
        f"exports/{ext}/{name}"
        for ext in ("csv", "jsonl")
        for name in (f"articles.{ext}", f"records.{ext}", "datapackage.json", "DATASET.md")
    } | {"audit/audit.json", "audit/audit.csv"}


def test_a_changed_value_changes_the_digest_of_its_files_only(tmp_path):
    a = digests(write_run(tmp_path / "a", [0, 1, 2], 18701, "2026-12-01T01:00:00"))
    b = digests(write_run(tmp_path / "b", [0, 1, 2], 18701, "2026-12-01T01:00:00", score=91.52))
    assert sorted(k for k in a if a[k] != b[k]) == ["exports/csv/records.csv", "exports/jsonl/records.jsonl"]
