"""Adapters: where the audit's typed inputs come from.

- `claims_from_corpus(db_url)`: every stored record with its article URL and evidence sentence
  (via the corpus API, `corpus.store.Corpus`).
- `claims_from_extraction(results, articles)`: `kepatuhan extract` output (JSONL) plus the
  articles it ran on (JSONL with id/text/url), for users without a database.
- `official_from_corpus(db_url)` / `import_official(file, db_url)`: the official table in the DB.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator

from extract.types import RECORD_FIELDS

from .evidence import guess_spans, parse_trends, sentence_around
from .official import OfficialParse, official_from_dicts, official_rows_as_dicts, read_official
from .types import OfficialResult, Problem, ReportedClaim


def _get(obj: Any, *names: str):
    for n in names:
        v = obj.get(n) if isinstance(obj, dict) else getattr(obj, n, None)
        if v is not None:
            return v
    return None


def claim_from_record(
    rec: Any,
    text: str | None,
    url: str | None,
    outlet: str | None = None,
    article_id: str | None = None,
    evidence_text: str | None = None,
    cluster: Any = None,
) -> ReportedClaim:
    """One stored/extracted record -> a ReportedClaim with its evidence sentence.

    The sentence comes from the article text around the record's evidence spans; without the
    text, the stored evidence text is used as it is.
    """
    spans = [tuple(s) for s in (_get(rec, "evidence") or []) if isinstance(s, (list, tuple)) and len(s) == 2]
    values = {f: _get(rec, f) for f in RECORD_FIELDS}
    if text and not spans:  # an extractor that gave no spans: find where the record is stated
        spans = guess_spans(
            text, str(values["entity"]), values["score"], values["rank"], values["zone"], values["grade"]
        )
    if text:
        sentence, rel = sentence_around(text, spans)
    else:
        sentence, rel = (evidence_text or ""), []
    return ReportedClaim(
        entity=str(values["entity"]),
        entity_type=values["entity_type"] or "",
        year=int(values["year"]),
        region_code=values["region_code"],
        province=values["province"],
        parent=values["parent"],
        score=float(values["score"]) if values["score"] is not None else None,
        rank=int(values["rank"]) if values["rank"] is not None else None,
        rank_scope=values["rank_scope"],
        zone=values["zone"],
        grade=values["grade"],
        opinion=values["opinion"],
        url=url,
        outlet=outlet,
        article_id=str(article_id) if article_id is not None else None,
        cluster=str(cluster) if cluster is not None else None,
        evidence=sentence,
        highlight=rel,
        trends=parse_trends(sentence),
    )


def claims_from_extraction(
    results_path: str | Path, articles_path: str | Path | None = None, problems: list[Problem] | None = None
) -> list[ReportedClaim]:
    """Claims from `kepatuhan extract` output and (optionally) the articles JSONL it read."""
    problems = problems if problems is not None else []
    articles: dict[str, dict] = {}
    if articles_path:
        for _line_no, obj in _jsonl(articles_path, problems):
            if "id" in obj:
                articles[str(obj["id"])] = obj
    claims: list[ReportedClaim] = []
    for line_no, obj in _jsonl(results_path, problems):
        art = articles.get(str(obj.get("id")), {})
        for i, rec in enumerate(obj.get("records") or []):
            try:
                claims.append(
                    claim_from_record(
                        rec,
                        _read_text(art),
                        obj.get("url") or art.get("url"),
                        outlet=art.get("site"),
                        article_id=obj.get("id"),
                    )
                )
            except (TypeError, ValueError, KeyError) as exc:
                problems.append(Problem(str(results_path), line_no, "error", f"record {i} unusable: {exc}"))
    return claims


def _read_text(art: Any) -> str | None:
    """The text a record's evidence offsets index: headline and body, as extraction read them."""
    from clean.types import with_headline

    text = _get(art, "text")
    return with_headline(text, _get(art, "title")) if isinstance(text, str) and text else text


def _jsonl(path: str | Path, problems: list[Problem]) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(Problem(str(path), n, "error", f"not JSON ({exc.msg}); line skipped"))
                continue
            if isinstance(obj, dict):
                yield n, obj
            else:
                problems.append(Problem(str(path), n, "error", "not a JSON object; line skipped"))


# -- corpus ----------------------------------------------------------------------------------


def open_corpus(db_url: str | None):
    from corpus.store import Corpus

    return Corpus.open(db_url)


def _close(corpus) -> None:
    close = getattr(corpus, "close", None)
    if callable(close):
        close()


def claims_from_corpus(db_url: str | None = None, problems: list[Problem] | None = None) -> list[ReportedClaim]:
    """Every stored record, with the sentence around its evidence taken from the article text.

    Records are grouped by article first, then the articles are streamed once and only the
    texts of articles that carry records are used (memory bounded by the records, not the corpus).
    """
    corpus = open_corpus(db_url)
    try:
        by_article: dict[Any, list[dict]] = defaultdict(list)
        for row in corpus.iter_records():
            by_article[_get(row, "article_id")].append(row)
        claims: list[ReportedClaim] = []
        if by_article:
            for art in corpus.iter_articles(with_text=True):
                rows = by_article.pop(_get(art, "article_id", "id"), None)
                if rows:
                    claims += _claims_from_rows(
                        rows, problems, text=_read_text(art), url=_get(art, "url", "canonical_url")
                    )
        for rows in by_article.values():  # records whose article text is not available
            claims += _claims_from_rows(rows, problems)
        return claims
    finally:
        _close(corpus)


def _claims_from_rows(
    rows: Iterable[Any], problems: list[Problem] | None = None, text: str | None = None, url: str | None = None
) -> list[ReportedClaim]:
    """One broken record is reported (naming its id and article) and skipped, never fatal."""
    out = []
    for row in rows:
        try:
            out.append(
                claim_from_record(
                    row,
                    text or _get(row, "text", "article_text"),
                    _get(row, "article_url", "url", "canonical_url") or url,
                    outlet=_get(row, "site", "outlet", "site_name"),
                    article_id=_get(row, "article_id"),
                    evidence_text=_get(row, "evidence_text", "sentence"),
                    cluster=_get(row, "cluster_id"),
                )
            )
        except (TypeError, ValueError, KeyError) as exc:
            if problems is not None:
                where = _get(row, "article_url", "url") or url or f"article {_get(row, 'article_id')}"
                problems.append(
                    Problem(str(where), None, "error", f"record {_get(row, 'record_id', 'id')} skipped: {exc}")
                )
    return out


def official_from_corpus(db_url: str | None = None) -> list[OfficialResult]:
    corpus = open_corpus(db_url)
    try:
        return official_from_dicts(corpus.iter_official_results())
    finally:
        _close(corpus)


def official_source_key(file: str | Path) -> str:
    """How an imported table is known in the corpus: its resolved path and a content digest, so
    two files of the same name are two sources and a moved copy is recognised."""
    digest = hashlib.sha256(Path(file).read_bytes()).hexdigest()[:16]
    return f"{Path(file).resolve()} sha256:{digest}"


def _same_source(key: str, old: str, file_name: str) -> str | None:
    """Why the rows stored under `old` come from the table being imported as `key` (or None)."""
    path, _, digest = key.rpartition(" ")
    old_path, _, old_digest = old.rpartition(" ")
    if old == key:
        return None  # the very same file again: replaced quietly, as README promises
    if old_path == path:
        return "same path, content changed"
    if old_digest == digest:
        return "same content"
    if old == file_name:
        return "imported by file name only, before imports were keyed by path"
    return None


def import_official(file: str | Path, db_url: str | None = None) -> OfficialParse:
    """`kepatuhan official import FILE`: parse, then replace this table's earlier rows in the
    corpus: those imported from the same path or with the same content. `parsed.replaced`
    says which rows of another source that replaced."""
    parsed = read_official(file)
    if parsed.rows:
        key = official_source_key(file)
        corpus = open_corpus(db_url)
        try:
            stored = Counter(r["source_file"] for r in corpus.iter_official_results())
            others = {old: why for old in stored if (why := _same_source(key, old, Path(file).name))}
            corpus.replace_official_results(
                official_rows_as_dicts(parsed.rows), source_file=key, also_replace=list(others)
            )
        finally:
            _close(corpus)
        parsed.replaced = [
            f"replaces {stored[old]} rows imported from {old.rpartition(' ')[0] or old} ({why})"
            for old, why in others.items()
        ]
    return parsed
