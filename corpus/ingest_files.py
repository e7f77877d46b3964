"""`kepatuhan ingest FILE…`: articles a user brings, through the same clean -> extract -> store
path as crawled pages.

Inputs (read by fileio.inputs, the reader every command shares; `.gz` allowed):
- `.jsonl` / `.ndjson`: one object per line, `{"text": …}` (already clean) or `{"html": …}`
  (a page: cleaned first), plus optional `id`, `url`, `published`, `title`, `site`;
- an `.html` file, or a directory of them: each page cleaned, its id the file name;
- `.warc` / `.warc.gz` / `.arc(.gz)` (warcio): every HTTP `response` record with an HTML body
  is ingested as a fetched page (URL, status, headers and date from the archive).

A bad line or record is reported as `FILE:LINE: reason` (WARC: `FILE@OFFSET`) and the batch
goes on; re-ingesting the same file changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.batch import BATCH, IngestOutcome
from corpus.batch_pending import BATCH_BYTES, input_size
from corpus.db import CorpusError
from corpus.ingest import IngestError

if TYPE_CHECKING:
    from corpus.store import Corpus


@dataclass
class InputItem:
    where: str  # "file:line" or "file@offset"
    article: dict[str, Any] | None = None  # for ingest_article
    page: dict[str, Any] | None = None  # for ingest_page
    error: str | None = None  # the input itself is unreadable


@dataclass
class IngestReport:
    counts: dict[str, int] = field(
        default_factory=lambda: {
            "items": 0,
            "relevant": 0,
            "irrelevant": 0,
            "unchanged": 0,
            "duplicates": 0,
            "records": 0,
            "errors": 0,
        }
    )
    errors: list[str] = field(default_factory=list)  # "file:line: reason"
    error_kinds: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # "file:line: warning: ..." (a page cut at the size limit)


def iter_inputs(path: Path) -> Iterator[InputItem]:
    """The items of one input path, read by the one input reader (fileio.inputs): JSONL
    (.gz too), an .html file, a directory of them, or a WARC/ARC archive."""
    from fileio.inputs import read_items

    if not path.exists():
        yield InputItem(str(path), error="no such file")
        return
    for item in read_items(path):
        if item.error or item.obj is None:
            yield InputItem(item.where, error=item.error or "no data")
        elif "status" in item.obj:  # an archive record: a fetched page
            yield InputItem(item.where, page=item.obj)
        elif not any(isinstance(item.obj.get(k), (str, bytes)) and item.obj[k].strip() for k in ("text", "html")):
            yield InputItem(item.where, error='needs a non-empty "text" or "html" field')
        else:
            problem = _field_problem(item.obj)
            yield InputItem(item.where, error=problem) if problem else InputItem(item.where, article=item.obj)


def _field_problem(obj: dict) -> str | None:
    """Optional fields of the wrong type, said before they reach the database."""
    for key in ("id", "url", "published", "title", "site"):
        v = obj.get(key)
        if v is not None and not isinstance(v, str) and not (key == "id" and isinstance(v, int)):
            return f"`{key}` must be a string, got {type(v).__name__} ({json.dumps(v)[:40]})"
    if obj.get("headers") is not None and not isinstance(obj["headers"], dict):
        return f"`headers` must be an object, got {type(obj['headers']).__name__}"
    return None


def ingest(
    corpus: "Corpus",
    paths: Sequence[str | Path],
    run_id: int | None = None,
    progress: Callable[[int], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest every article/page of `paths`, a batch at a time; errors are collected, never
    fatal to the batch. A page cut at the cleaner's size limit is reported through `on_error` as
    `FILE:LINE: warning: page cut ...` without counting as an error."""
    from clean.page import CUT_NOTE

    report = IngestReport()
    c = report.counts

    def fail(where: str, msg: str, kind: str) -> None:
        line = f"{where}: {msg}"
        report.errors.append(line)
        report.error_kinds[kind] = report.error_kinds.get(kind, 0) + 1
        c["errors"] += 1
        if on_error:
            on_error(line)

    def count(item: InputItem, out) -> None:
        if isinstance(out, IngestError):
            fail(item.where, str(out), "extraction" if "extraction" in str(out) else "cleaning")
        elif isinstance(out, Exception):
            fail(item.where, f"{type(out).__name__}: {out}", type(out).__name__)
        else:
            key = out.outcome if out.outcome in c else "errors"
            c[key] += 1
            c["records"] += out.n_records if out.new else 0
            c["duplicates"] += out.duplicate_of is not None
            for note in out.warnings:
                if note.startswith(CUT_NOTE):
                    report.warnings.append(f"{item.where}: warning: {note}")
                    if on_error:
                        on_error(report.warnings[-1])

    chunk: list[InputItem] = []
    held = [0]  # text and HTML the chunk holds

    def flush() -> None:
        for item, out in zip(chunk, _ingest_chunk(corpus, chunk, run_id)):
            count(item, out)
        if progress:
            progress(len(chunk))
        chunk.clear()
        held[0] = 0

    for path in map(Path, paths):
        for item in iter_inputs(path):
            c["items"] += 1
            if item.error:
                fail(item.where, item.error, "bad_input")
                if progress:
                    progress(1)
                continue
            chunk.append(item)
            held[0] += input_size(item.article) + input_size(item.page)
            if len(chunk) >= BATCH or held[0] >= BATCH_BYTES:
                flush()
    if chunk:
        flush()
    return report


def _ingest_chunk(corpus: "Corpus", chunk: list[InputItem], run_id: int | None) -> list:
    """One outcome (or the exception that stopped it) per item: the chunk in one batch, or item
    by item when the batch as a whole fails, so the failure is pinned on its line."""

    def kind_data(item: InputItem) -> tuple[str, dict]:
        if item.page is not None:
            p = item.page
            return "page", dict(
                url=p["url"], html=p["html"], status=p["status"], headers=p["headers"], fetched_at=p["fetched_at"]
            )
        assert item.article is not None  # an input item is a page, an article or an error
        return "article", item.article

    try:
        return list(corpus.ingest_many(map(kind_data, chunk), run_id=run_id, batch=len(chunk)))
    except Exception as exc:  # find the item that cannot be stored, unless the database itself fails
        if _database_failure(exc):
            raise
        if len(chunk) == 1:
            return [exc]
    out: list[IngestOutcome | IngestError | Exception] = []
    for item in chunk:
        try:
            out += list(corpus.ingest_many([kind_data(item)], run_id=run_id))
        except Exception as exc:  # name the line, keep going
            if _database_failure(exc):
                raise
            out.append(exc)
    return out


def _database_failure(exc: Exception) -> bool:
    """The database is unusable (locked, damaged, unreachable, full): stop, nothing to gain by
    going on. A row one item cannot store (IntegrityError) is that item's error."""
    import sqlalchemy as sa

    return isinstance(exc, CorpusError) or (
        isinstance(exc, sa.exc.SQLAlchemyError) and not isinstance(exc, sa.exc.IntegrityError)
    )


def count_inputs(paths: Sequence[str | Path]) -> int | None:
    """Number of items of the inputs (for a progress bar); None when an archive is among them."""
    from fileio.inputs import count_items

    return count_items(paths)
