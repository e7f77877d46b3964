"""The one input reader of `clean`, `extract` and `ingest`.

    check_inputs(paths)                   # raises InputError (one line, exit 2) for unusable input
    for item in read_items(path):         # Item(where, line, obj | None, error | None)
        ...

What a path may be (the same for every command):
- JSONL, one object per line, optionally gzip-compressed (`.gz`); a UTF-8 BOM is ignored;
- a single HTML page (`.html`/`.htm`, or any file whose first character is `<`): one item
  `{"id": <file name without suffix>, "html": <bytes>, "url": null}`;
- a directory: every `.html`/`.htm` file in it (sorted, not recursive) as above;
- a WARC/ARC archive (`.warc`, `.warc.gz`, `.arc`, `.arc.gz`): every HTTP response with an HTML
  body, as `{"id": <URL>, "html", "url", "headers", "status", "fetched_at"}`;
- `-`: standard input (JSONL, or one HTML page).

Every problem of an item is one message naming FILE:LINE (FILE@OFFSET in an archive); the
command goes on with the next item. Exit codes, everywhere: 0 all items fine, 1 some failed,
2 unusable input or configuration (InputError, or not a single item usable).
"""

from __future__ import annotations

import gzip
import json
import sys
from io import BufferedIOBase
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
BOM = b"\xef\xbb\xbf"
MAX_LINE_CHARS = 50_000_000  # a line this long is refused before JSON parsing (memory)
EXIT_OK, EXIT_SOME_FAILED, EXIT_UNUSABLE = 0, 1, 2


class InputError(ValueError):
    """The input as a whole cannot be used (missing, unreadable, an empty directory)."""


@dataclass
class Item:
    where: str  # FILE:LINE, FILE (a page) or FILE@OFFSET (an archive record)
    line: int | None
    obj: dict[str, Any] | None = None
    error: str | None = None
    head: str = ""  # the start of a line that did not parse (its id may still be read)


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def is_html(path: Path) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return name.endswith(HTML_SUFFIXES)


def html_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.is_file() and is_html(p))


def check_inputs(paths: Iterable[str | Path]) -> None:
    """Raise InputError, naming the path, for input no command could read."""
    for raw in paths:
        if str(raw) == "-":
            continue
        p = Path(raw)
        if not p.exists():
            raise InputError(f"input file not found: {p}")
        if p.is_dir():
            if not html_files(p):
                raise InputError(
                    f"{p}: a directory without .html files (give a JSONL file, an .html file, "
                    "a WARC file or a directory of .html files)"
                )
            continue
        try:
            with open(p, "rb"):
                pass
        except OSError as exc:
            raise InputError(f"{p}: cannot be read: {exc.strerror or exc}") from None


def read_items(path: str | Path, max_line_chars: int = MAX_LINE_CHARS, limit_hint: str = "") -> Iterator[Item]:
    """Every item of one input path (see the module docstring)."""
    if str(path) == "-":
        yield from _stream_items(sys.stdin.buffer, "<stdin>", max_line_chars, limit_hint)
        return
    p = Path(path)
    if p.is_dir():
        for f in html_files(p):
            yield _page_item(f)
        return
    if is_warc(p):
        yield from warc_items(p)
        return
    if is_html(p):
        yield _page_item(p)
        return
    opener = gzip.open if p.suffix.lower() == ".gz" else open
    with opener(p, "rb") as fh:
        try:
            yield from _stream_items(fh, str(p), max_line_chars, limit_hint)
        except (OSError, EOFError) as exc:  # a damaged .gz: keep what was read
            yield Item(str(p), None, error=f"unreadable from here on: {exc}")


def _page_item(p: Path) -> Item:
    try:
        opener = gzip.open if p.suffix.lower() == ".gz" else open
        with opener(p, "rb") as fh:
            data = fh.read()
    except (OSError, EOFError) as exc:
        return Item(str(p), None, error=f"unreadable: {exc}")
    stem = p.name.split(".")[0] or p.name
    return Item(str(p), None, obj={"id": stem, "html": data.removeprefix(BOM), "url": None})


def _stream_items(
    fh: IO[bytes] | BufferedIOBase, name: str, max_line_chars: int, limit_hint: str = ""
) -> Iterator[Item]:
    first = fh.peek(64)[:64] if hasattr(fh, "peek") else b""
    if first.removeprefix(BOM).lstrip().startswith(b"<"):
        yield Item(
            name,
            None,
            obj={"id": Path(name).name.split(".")[0] or "page", "html": fh.read().removeprefix(BOM), "url": None},
        )
        return
    yield from jsonl_items(fh, name, max_line_chars, limit_hint)


def jsonl_items(
    lines: Iterable[bytes | str], name: str, max_line_chars: int = MAX_LINE_CHARS, limit_hint: str = ""
) -> Iterator[Item]:
    """Parse JSONL lines (bytes or str) into items; blank lines are skipped. `limit_hint` tells
    how to raise the line limit ("see --max-chars")."""
    for n, raw in enumerate(lines, 1):
        where = f"{name}:{n}"
        if isinstance(raw, bytes):
            if n == 1:
                raw = raw.removeprefix(BOM)
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Item(where, n, error=f"not UTF-8 text ({exc.reason} at byte {exc.start})")
                continue
        elif n == 1:
            raw = raw.removeprefix("\ufeff")
        if not raw.strip():
            continue
        if len(raw) > max_line_chars:
            hint = f"; {limit_hint}" if limit_hint else ""
            yield Item(
                where,
                n,
                error=f"line too large: {len(raw):,} characters (limit {max_line_chars:,}{hint})",
                head=raw[:300],
            )
            continue
        try:
            obj = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            hint = (
                "; this line is HTML: give the .html file itself (or a directory of them), not JSONL"
                if raw.lstrip().startswith("<")
                else ""
            )
            msg = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield Item(where, n, error=f"not valid JSON ({msg}){hint}", head=raw[:300])
            continue
        if not isinstance(obj, dict):
            yield Item(where, n, error=f"expected a JSON object, got {type(obj).__name__}")
            continue
        yield Item(where, n, obj=obj)


def warc_items(path: Path) -> Iterator[Item]:
    """Every HTTP response with an HTML body in a WARC/ARC file (warcio)."""
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
                    yield Item(f"{path}@{it.get_record_offset()}", None, error=f"{url}: unreadable record body: {exc}")
                    continue
                where = f"{path}@{it.get_record_offset()}"  # (reading the offset consumes the record)
                yield Item(
                    where,
                    None,
                    obj={
                        "id": url,
                        "url": url,
                        "html": body,
                        "status": int(rec.http_headers.get_statuscode() or 200),
                        "headers": dict(rec.http_headers.headers),
                        "fetched_at": _warc_date(rec.rec_headers.get_header("WARC-Date")),
                    },
                )
        except Exception as exc:  # noqa: BLE001 - a truncated archive: keep what was read
            yield Item(f"{path}@?", None, error=f"archive unreadable from here on: {type(exc).__name__}: {exc}")


def _warc_date(date: str | None) -> datetime | None:
    if not date:
        return None
    try:
        return datetime.fromisoformat(date.replace("Z", "+00:00"))
    except ValueError:
        return None


def count_items(paths: Iterable[str | Path]) -> int | None:
    """How many items the inputs hold (for a progress bar); None when unknown (stdin, archives)."""
    total = 0
    for raw in paths:
        p = Path(raw)
        if str(raw) == "-" or is_warc(p) or not p.exists():
            return None
        if p.is_dir():
            total += len(html_files(p))
        elif is_html(p):
            total += 1
        else:
            opener = gzip.open if p.suffix.lower() == ".gz" else open
            try:
                with opener(p, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except (OSError, EOFError):
                return None
    return total


def line_printer(console, prefix: str = "", style: str = "yellow"):
    """A callable printing one problem line: through rich on a terminal, plain and unwrapped
    otherwise (cron mail, a log file, a pipe: fast, and never cut at 80 columns)."""
    if console.is_terminal:
        return lambda msg: console.print(f"{prefix}{msg}", style=style, markup=False, highlight=False, soft_wrap=True)

    def plain(msg: str) -> None:
        sys.stderr.write(f"{prefix}{msg}\n")

    return plain
