"""The demo's outputs (exports and audit) with what differs from one run to the next taken out,
so that two runs of the same code compare equal and a change of behaviour does not.

What differs between runs of the same code: the order articles are crawled in (and with it every
database id and the order of rows), the time of the run, the data directory, and the mirror's
ports when the usual ones are taken. Ids are dropped (a record is known by its article's URL,
entity and year; a duplicate cluster by the smallest URL in it), rows are sorted, and times,
paths and ports are masked. The HTML report and its charts draw the same audit.json and are
left out.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path

IDS = {"article_id", "record_id", "official_id", "record_ids"}
RUN_FIELDS = {"ingested_at", "created", "out_dir"}
PORT = re.compile(r"127\.0\.0\.1:\d+")
GENERATED = re.compile(r"^Generated \S+ by kepatuhan from `[^`]*`", re.MULTILINE)
CITED_ON = re.compile(r"generated \d{4}-\d{2}-\d{2} with kepatuhan")  # the citation's date is the run's


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        if path.suffix == ".csv":
            return list(csv.DictReader(fh))
        return [json.loads(line) for line in fh if line.strip()]


def _clusters(articles: list[dict]) -> dict[str, str]:
    """cluster id -> the smallest canonical URL among its articles."""
    out: dict[str, str] = {}
    for a in articles:
        cid, url = str(a.get("cluster_id")), str(a.get("canonical_url") or a.get("url"))
        out[cid] = min(out.get(cid, url), url)
    return out


def _table(rows: list[dict], clusters: dict[str, str]) -> str:
    lines = []
    for row in rows:
        row = {k: v for k, v in row.items() if k not in IDS and k not in RUN_FIELDS}
        if "cluster_id" in row:
            row["cluster_id"] = clusters.get(str(row["cluster_id"]), row["cluster_id"])
        lines.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
    return PORT.sub("127.0.0.1:PORT", "\n".join(sorted(lines)) + "\n")


def _json(value) -> str:
    """A JSON document with run fields dropped and every list of objects sorted."""

    def clean(v):
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items() if k not in RUN_FIELDS}
        if isinstance(v, list):
            items = [clean(x) for x in v]
            if all(isinstance(x, dict) for x in items):
                items.sort(key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))
            return items
        return v

    return PORT.sub("127.0.0.1:PORT", json.dumps(clean(value), sort_keys=True, ensure_ascii=False, indent=1))


def normalised_outputs(output_dir: Path) -> dict[str, str]:
    """Relative path -> normalised text, for every export and audit file the demo writes."""
    out: dict[str, str] = {}
    exports = output_dir / "exports"
    for fmt_dir in sorted(p for p in exports.iterdir() if p.is_dir()):
        ext = fmt_dir.name  # csv | jsonl
        clusters = _clusters(_rows(fmt_dir / f"articles.{ext}"))
        for path in sorted(fmt_dir.iterdir()):
            rel = str(path.relative_to(output_dir))
            if path.suffix == f".{ext}":
                out[rel] = _table(_rows(path), clusters)
            elif path.suffix == ".json":
                out[rel] = _json(json.loads(path.read_text(encoding="utf-8")))
            elif path.suffix == ".md":
                text = GENERATED.sub("Generated", path.read_text(encoding="utf-8"))
                out[rel] = PORT.sub("127.0.0.1:PORT", CITED_ON.sub("generated DATE with kepatuhan", text))
    audit = output_dir / "audit"
    out["audit/audit.json"] = _json(json.loads((audit / "audit.json").read_text(encoding="utf-8")))
    out["audit/audit.csv"] = _table(_rows(audit / "audit.csv"), {})
    return out


def digests(output_dir: Path) -> dict[str, str]:
    return {
        rel: hashlib.sha256(text.encode("utf-8")).hexdigest() for rel, text in normalised_outputs(output_dir).items()
    }
