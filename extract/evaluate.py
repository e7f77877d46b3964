"""Scoring extraction against a gold file, exactly as the reference scorer does.

This is a port of the project's reference scorer (spec RECORDS.md, "Scoring"): the same
normalisation of entity names and person names, the same matching of records (entity and
year; aliases accepted) and officials (name; aliases accepted), the same per-field counts and
the same error lines, so `kepatuhan evaluate` prints the numbers the reference scorer prints.
A test runs the reference scorer on the same files and compares.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

LEVEL = [
    (r"\b(pemerintah\s+provinsi|pemprov|prov\.?|provinsi)\b", "provinsi"),
    (r"\b(pemerintah\s+kabupaten|pemkab|kab\.?|kabupaten)\b", "kabupaten"),
    (r"\b(pemerintah\s+kota|pemkot|kota)\b", "kota"),
]
DEGREES = {
    "ir",
    "h",
    "hj",
    "dr",
    "drs",
    "dra",
    "prof",
    "s",
    "sp",
    "msi",
    "mt",
    "mia",
    "ssos",
    "se",
    "sh",
    "mh",
    "mm",
    "msc",
    "phd",
    "st",
    "skm",
    "mkes",
    "spd",
    "mpd",
    "ak",
    "ssi",
    "sstp",
    "map",
    "mpa",
    "kh",
    "ap",
    "ipu",
    "cpa",
    "mkn",
    "dt",
    "drg",
    "ners",
    "sked",
    "spog",
    "mars",
    "skom",
    "mkom",
    "sag",
    "mag",
}
FIELDS = ["score", "rank", "zone", "grade", "opinion"]
MEASURES = ["entity_year"] + FIELDS + ["officials", "relevant"]


def fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def norm_entity(s: str | None) -> str:
    s = (s or "").lower()
    for pat, rep in LEVEL:
        s = re.sub(pat, rep, s)
    return fold(s)


def norm_name(s: str | None) -> str:
    return " ".join(t for t in fold((s or "").replace(".", " ")).split() if t not in DEGREES)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def f1(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def same(field_name: str, a: Any, b: Any) -> bool:
    if field_name == "score":
        try:
            return abs(float(a) - float(b)) < 0.005
        except (TypeError, ValueError):
            return False
    if field_name == "rank":
        try:
            return int(a) == int(b)
        except (TypeError, ValueError):
            return False
    return fold(str(a)) == fold(str(b))


@dataclass
class Evaluation:
    """Counts per measure, the derived numbers (the reference scorer's JSON) and error lines."""

    counts: dict[str, PRF]
    results: dict[str, Any]
    errors: list[str] = field(default_factory=list)

    def summary_line(self) -> str:
        r = self.results
        return (
            f"summary: records_f1={r['entity_year']['f1']:.3f} score_f1={r['score']['f1']:.3f} "
            f"rank_f1={r['rank']['f1']:.3f} zone_f1={r['zone']['f1']:.3f} grade_f1={r['grade']['f1']:.3f} "
            f"officials_f1={r['officials']['f1']:.3f} relevance_acc={r['relevance_accuracy']:.3f} "
            f"title_overlap={r['title_overlap']:.3f} missing={r['missing_ids']}"
        )

    def table_lines(self) -> list[str]:
        """The reference scorer's plain table."""
        lines = [f"{'measure':<12} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
        for k, v in self.counts.items():
            p_, r_, f_ = v.f1()
            lines.append(f"{k:<12} {p_:6.3f} {r_:6.3f} {f_:6.3f}   {v.tp}/{v.fp}/{v.fn}")
        return lines


def load_jsonl(path: str | Path) -> dict[str, dict[str, Any]]:
    """id -> object; a later line with the same id replaces an earlier one (as the reference scorer)."""
    out: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    o = json.loads(line)
                except ValueError as exc:
                    raise ValueError(f"{path}:{n}: not valid JSON ({exc})") from exc
                if not isinstance(o, dict) or "id" not in o:
                    raise ValueError(f"{path}:{n}: expected a JSON object with an `id`")
                out[str(o["id"])] = o
    return out


def score(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> Evaluation:
    """Compare predictions with gold (both id -> RECORDS.md object)."""
    m = {k: PRF() for k in MEASURES}
    title_overlap: list[float] = []
    correct_rel = 0
    errors: list[str] = []
    for gid, g in gold.items():
        p = pred.get(gid, {"records": [], "officials": [], "relevant": False})
        correct_rel += _score_relevance(g, p, m)
        pairs = _pair_records(gid, g, p, m, errors)
        _score_fields(gid, pairs, m, errors)
        _score_officials(gid, g, p, m, errors, title_overlap)
    missing = [k for k in gold if k not in pred]
    res: dict[str, Any] = {}
    for k, v in m.items():
        p_, r_, f_ = v.f1()
        res[k] = {"p": round(p_, 4), "r": round(r_, 4), "f1": round(f_, 4), "tp": v.tp, "fp": v.fp, "fn": v.fn}
    res["relevance_accuracy"] = round(correct_rel / max(1, len(gold)), 4)
    res["title_overlap"] = round(sum(title_overlap) / max(1, len(title_overlap)), 4)
    res["missing_ids"] = len(missing)
    return Evaluation(counts=m, results=res, errors=errors)


def _score_relevance(g: dict[str, Any], p: dict[str, Any], m: dict[str, PRF]) -> bool:
    """Count the article's relevance; True when prediction and gold agree."""
    gr, pr = bool(g.get("relevant")), bool(p.get("relevant"))
    if gr and pr:
        m["relevant"].tp += 1
    elif pr:
        m["relevant"].fp += 1
    elif gr:
        m["relevant"].fn += 1
    return gr == pr


def _pair_records(
    gid: str, g: dict[str, Any], p: dict[str, Any], m: dict[str, PRF], errors: list[str]
) -> list[tuple[dict | None, dict | None]]:
    """(gold, predicted) record pairs, matched on (normalised entity or an alias, year); each gold
    record once; an unmatched record is paired with None."""
    gkeys: dict[tuple[str, Any], tuple[dict, set[str]]] = {}
    for r in g.get("records", []):
        names = [r["entity"]] + list(r.get("aliases") or [])
        gkeys[(norm_entity(r["entity"]), r.get("year"))] = (r, {norm_entity(n) for n in names})
    used: set = set()
    pairs: list[tuple[dict | None, dict | None]] = []
    for r in p.get("records", []) or []:
        ne, yr = norm_entity(r.get("entity")), r.get("year")
        hit = None
        for k, (_, g_names) in gkeys.items():
            if k not in used and k[1] == yr and ne in g_names:
                hit = k
                break
        if hit:
            used.add(hit)
            pairs.append((gkeys[hit][0], r))
            m["entity_year"].tp += 1
        else:
            pairs.append((None, r))
            m["entity_year"].fp += 1
            errors.append(f"{gid}: extra record {r.get('entity')} {yr} score={r.get('score')}")
    for k, (gr_, _) in gkeys.items():
        if k not in used:
            pairs.append((gr_, None))
            m["entity_year"].fn += 1
            errors.append(f"{gid}: missed record {gr_['entity']} {gr_.get('year')} score={gr_.get('score')}")
    return pairs


def _score_fields(gid: str, pairs: list[tuple[dict | None, dict | None]], m: dict[str, PRF], errors: list[str]) -> None:
    """Count each field of the record pairs (a field of an unmatched record counts against it)."""
    for gr_, pr_ in pairs:
        for f in FIELDS:
            gv = gr_.get(f) if gr_ else None
            pv = pr_.get(f) if pr_ else None
            if gv is None and pv is None:
                continue
            if gv is not None and pv is not None and same(f, gv, pv):
                m[f].tp += 1
            else:
                if pv is not None:
                    m[f].fp += 1
                if gv is not None:
                    m[f].fn += 1
                if gr_ and pr_:
                    errors.append(f"{gid}: {gr_['entity']} {gr_.get('year')} {f}: gold={gv} pred={pv}")


def _score_officials(
    gid: str, g: dict[str, Any], p: dict[str, Any], m: dict[str, PRF], errors: list[str], title_overlap: list[float]
) -> None:
    """Officials matched on normalised name (or an alias); the title compared by token overlap."""
    gofs = [(o, {norm_name(n) for n in [o["name"]] + list(o.get("aliases") or [])}) for o in g.get("officials", [])]
    matched: set[int] = set()
    for o in p.get("officials", []) or []:
        n = norm_name(o.get("name"))
        hit = next((i for i, (_, names) in enumerate(gofs) if i not in matched and n in names), None)
        if hit is None:
            m["officials"].fp += 1
            errors.append(f"{gid}: extra official {o.get('name')!r}")
        else:
            matched.add(hit)
            m["officials"].tp += 1
            a, b = set(fold(gofs[hit][0].get("title")).split()), set(fold(o.get("title")).split())
            title_overlap.append(len(a & b) / len(a | b) if a | b else 1.0)
    for i, (go, _) in enumerate(gofs):
        if i not in matched:
            m["officials"].fn += 1
            errors.append(f"{gid}: missed official {go['name']!r}")


def predict(gold: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Run extraction over the gold file's articles (its texts; gold answers are not looked at)."""
    from extract.batch_extract import InputLine, check_text, extract_lines

    items = []
    for n, (gid, g) in enumerate(gold.items(), 1):
        problem = check_text(g.get("text"))
        art = None if problem else {"id": gid, "text": g["text"], "url": g.get("url"), "published": g.get("published")}
        items.append(InputLine(n, gid, article=art, error=problem))
    # one article that fails to extract is scored as an empty prediction, not a crash
    return {it.id: out for it, out in extract_lines(items)}


def join_texts(gold: dict[str, dict[str, Any]], texts_path: str | Path) -> dict[str, dict[str, Any]]:
    """Give facts-only annotations (id, `text_sha256`, records, officials) their article texts.

    Annotations of third-party articles are kept without the text; the texts live in a separate
    JSONL (id, text, url). Each text must hash to the annotation's `text_sha256`, so an annotation
    is never scored against another version of its article.
    """
    texts = load_jsonl(texts_path)
    joined: dict[str, dict[str, Any]] = {}
    for gid, g in gold.items():
        src = texts.get(gid)
        if src is None or not isinstance(src.get("text"), str):
            raise ValueError(f"{texts_path}: no text for annotated article {gid!r}")
        digest = hashlib.sha256(src["text"].encode("utf-8")).hexdigest()
        if g.get("text_sha256") and g["text_sha256"] != digest:
            raise ValueError(f"{texts_path}: text of {gid!r} does not match the annotation's text_sha256")
        joined[gid] = {
            **g,
            "text": src["text"],
            "url": g.get("url") or src.get("url"),
            "published": g.get("published") or src.get("published"),
        }
    return joined


def evaluate(
    gold_path: str | Path, pred_path: str | Path | None = None, texts_path: str | Path | None = None
) -> Evaluation:
    """Score `pred_path` (or a fresh extraction of the gold texts) against `gold_path`.

    `texts_path` joins facts-only annotations with their article texts (see `join_texts`).
    """
    gold = load_jsonl(gold_path)
    if not gold:  # nothing to score would read as a perfect F1
        raise ValueError(f"{gold_path}: no annotated articles (empty gold file)")
    if texts_path:
        gold = join_texts(gold, texts_path)
    pred = load_jsonl(pred_path) if pred_path else predict(gold)
    return score(gold, pred)


def write_predictions(preds: Iterable[dict[str, Any]], path: str | Path) -> None:
    from fileio.outfile import output_file

    with output_file(path) as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
