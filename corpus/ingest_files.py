"""`kepatuhan ingest FILE…`: articles a user brings, through the same clean -> extract -> store
path as crawled pages.

Inputs (by extension; `.gz` allowed):
- `.jsonl` / `.ndjson`: one object per line, `{"text": …}` (already clean) or `{"html": …}`
  (a page: cleaned first), plus optional `id`, `url`, `published`, `title`, `site`;
- `.warc` / `.warc.gz` / `.arc(.gz)` (warcio): every HTTP `response` record with an HTML body
  is ingested as a fetched page (URL, status, headers and date from the archive).

A bad line or record is reported as `FILE:LINE: reason` (WARC: `FILE@OFFSET`) and the batch
goes on; re-ingesting the same file changes nothing.
"""
from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.batch import BATCH
from corpus.db import CorpusError
from corpus.ingest import IngestError

if TYPE_CHECKING:
    from corpus.store import Corpus

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


@dataclass
class InputItem:
    where: str  # "file:line" or "file@offset"
    article: dict[str, Any] | None = None  # for ingest_article
    page: dict[str, Any] | None = None  # for ingest_page
    error: str | None = None  # the input itself is unreadable


@dataclass
class IngestReport:
    counts: dict[str, int] = field(default_factory=lambda: {"items": 0, "relevant": 0, "irrelevant": 0,
                                                            "unchanged": 0, "duplicates": 0, "records": 0,
                                                            "errors": 0})
    errors: list[str] = field(default_factory=list)  # "file:line: reason"
    error_kinds: dict[str, int] = field(default_factory=dict)


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def iter_jsonl(path: Path) -> Iterator[InputItem]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            where = f"{path}:{lineno}"
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputItem(where, error=f"invalid JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(obj, dict):
                yield InputItem(where, error=f"expected a JSON object, got {type(obj).__name__}")
                continue
            if not (isinstance(obj.get("text"), str) and obj["text"].strip()) and \
                    not (isinstance(obj.get("html"), str) and obj["html"].strip()):
                yield InputItem(where, error="needs a non-empty \"text\" or \"html\" field")
                continue
            yield InputItem(where, article=obj)


def iter_warc(path: Path) -> Iterator[InputItem]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        it = ArchiveIterator(fh, arc2warc=True)
        try:
            for rec in it:
                if rec.rec_type != "response":
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                try:
                    body = rec.content_stream().read()
                except Exception as exc:  # noqa: BLE001 - a damaged record, not a damaged batch
                    yield InputItem(f"{path}@{it.get_record_offset()}", error=f"{url}: unreadable record body: {exc}")
                    continue
                where = f"{path}@{it.get_record_offset()}"  # (reading the offset consumes the record)
                status = int(rec.http_headers.get_statuscode() or 200)
                headers = dict(rec.http_headers.headers)
                date = rec.rec_headers.get_header("WARC-Date")
                fetched = None
                if date:
                    try:
                        fetched = datetime.fromisoformat(date.replace("Z", "+00:00"))
                    except ValueError:
                        fetched = None
                yield InputItem(where, page={"url": url, "html": body, "status": status,
                                             "headers": headers, "fetched_at": fetched})
        except Exception as exc:  # noqa: BLE001 - a truncated archive: keep what was read
            yield InputItem(f"{path}@{it.get_record_offset() if hasattr(it, 'get_record_offset') else '?'}",
                            error=f"archive unreadable from here on: {type(exc).__name__}: {exc}")


def iter_inputs(path: Path) -> Iterator[InputItem]:
    if not path.exists():
        yield InputItem(str(path), error="no such file")
        return
    yield from (iter_warc(path) if is_warc(path) else iter_jsonl(path))


def ingest(corpus: "Corpus", paths: list[str | Path], run_id: int | None = None,
           progress: Callable[[int], None] | None = None,
           on_error: Callable[[str], None] | None = None) -> IngestReport:
    """Ingest every article/page of `paths`; errors are collected, never fatal to the batch."""
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

    chunk: list[InputItem] = []

    def flush() -> None:
        for item, out in zip(chunk, _ingest_chunk(corpus, chunk, run_id)):
            count(item, out)
        if progress:
            progress(len(chunk))
        chunk.clear()

    for path in map(Path, paths):
        for item in iter_inputs(path):
            c["items"] += 1
            if item.error:
                fail(item.where, item.error, "bad_input")
                if progress:
                    progress(1)
                continue
            chunk.append(item)
            if len(chunk) >= BATCH:
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
            return "page", dict(url=p["url"], html=p["html"], status=p["status"], headers=p["headers"],
                                fetched_at=p["fetched_at"])
        return "article", item.article

    try:
        return list(corpus.ingest_many(map(kind_data, chunk), run_id=run_id, batch=len(chunk)))
    except CorpusError:  # the database itself is unusable: stop, nothing to gain by going on
        raise
    except Exception as exc:  # noqa: BLE001 - find the item that cannot be stored
        if len(chunk) == 1:
            return [exc]
    out = []
    for item in chunk:
        try:
            out += list(corpus.ingest_many([kind_data(item)], run_id=run_id))
        except CorpusError:
            raise
        except Exception as exc:  # noqa: BLE001 - name the line, keep going
            out.append(exc)
    return out


def count_inputs(paths: list[str | Path]) -> int | None:
    """Number of lines of the JSONL inputs (for a progress bar); None when a WARC is among them."""
    total = 0
    for p in map(Path, paths):
        if not p.exists():
            continue
        if is_warc(p):
            return None
        opener = gzip.open if p.suffix == ".gz" else open
        with opener(p, "rb") as fh:
            total += sum(1 for line in fh if line.strip())
    return total
