"""Fault injection for the kill-and-rerun tests: `KEPATUHAN_FAULT=stage:N` makes `kepatuhan run`
SIGKILL itself at the N-th event of that stage, the way a power cut or the OOM killer would.

    fetch:N    on the N-th HTTP response the crawler receives (before it is processed)
    extract:N  when the N-th article extraction starts
    dbwrite:N  before the N-th INSERT/UPDATE/DELETE (or PostgreSQL COPY) statement of the crawl
               (mid-transaction)
    export:N   when the N-th export file is opened for writing

The first three happen in the crawl's child process: run.py adds the Scrapy extension
`CrawlFaults` there, which kills the `kepatuhan run` parent and itself together. The hooks wrap
library entry points (Scrapy's response_received signal, the `extract` package attribute,
SQLAlchemy's engine events, the `open` audit event), so the stages' code carries no test hooks.
Nothing is installed unless the variable is set.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

FAULT_ENV = "KEPATUHAN_FAULT"
STAGES = ("fetch", "extract", "dbwrite", "export")

_export_dir: list[Path] = []  # set by run.py while the export stage writes


# stages that happen inside the crawl's child process (Scrapy): hooked there by CrawlFaults
CRAWL_SIDE = ("fetch", "extract", "dbwrite")


def parse(spec: str) -> tuple[str, int]:
    stage, _, n = spec.partition(":")
    if stage not in STAGES or not n.isdigit() or int(n) < 1:
        raise ValueError(f"{FAULT_ENV}={spec!r}: expected one of {', '.join(s + ':N' for s in STAGES)} with N >= 1")
    return stage, int(n)


def die(reason: str, with_parent: bool = False) -> None:
    """SIGKILL this process (and, in the crawl child, the `kepatuhan run` parent first: the whole
    run dies at once, as in a power cut)."""
    sys.stderr.write(f"kepatuhan: fault injection: SIGKILL at {reason}\n")
    sys.stderr.flush()
    if with_parent:
        os.kill(os.getppid(), signal.SIGKILL)
    os.kill(os.getpid(), signal.SIGKILL)


def crawl_side(env: dict | None = None) -> bool:
    """Whether the configured fault fires inside the crawl child."""
    spec = (env if env is not None else os.environ).get(FAULT_ENV)
    return bool(spec and parse(spec)[0] in CRAWL_SIDE)


class _Counter:
    def __init__(self, stage: str, n: int, with_parent: bool = False):
        self.stage, self.n, self.count, self.with_parent = stage, n, 0, with_parent

    def tick(self, what: str = "") -> None:
        self.count += 1
        if self.count == self.n:
            die(f"{self.stage}:{self.n} {what}".strip(), self.with_parent)


def install_from_env(env: dict | None = None) -> str | None:
    """In the `kepatuhan run` process: the stages that run there (export)."""
    spec = (env if env is not None else os.environ).get(FAULT_ENV)
    if not spec:
        return None
    stage, n = parse(spec)
    if stage == "export":
        _hook_export(_Counter(stage, n))
    return spec


class CrawlFaults:
    """Scrapy extension added to the crawl child's EXTENSIONS by run.py when KEPATUHAN_FAULT names
    a crawl-side stage: fetch (response_received), extract, dbwrite."""

    def __init__(self, crawler):
        stage, n = parse(os.environ[FAULT_ENV])
        counter = _Counter(stage, n, with_parent=True)
        if stage == "fetch":
            from scrapy import signals

            def on_response(response, request, spider):
                if not response.url.endswith("/robots.txt"):
                    counter.tick(response.url)

            self._on_response = on_response  # keep a strong reference (signals hold weak ones)
            crawler.signals.connect(on_response, signal=signals.response_received)
        elif stage == "extract":
            _hook_extract(counter)
        elif stage == "dbwrite":
            _hook_dbwrite(counter)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)


def exporting(path: Path | None) -> None:
    """run.py marks the export stage (the directory it writes) so `export:N` counts only its files."""
    _export_dir.clear()
    if path is not None:
        _export_dir.append(Path(path).resolve())


def _hook_extract(counter: _Counter) -> None:
    import extract
    import extract.pipeline as pipeline

    original = pipeline.extract_article

    def extract_article(*args, **kwargs):
        counter.tick("extraction")
        return original(*args, **kwargs)

    pipeline.extract_article = extract_article
    extract.extract_article = extract_article  # `from extract import extract_article` finds this first


def _hook_dbwrite(counter: _Counter) -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany):
        verb = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else ""
        if verb in ("INSERT", "UPDATE", "DELETE"):
            counter.tick(statement.split("(")[0][:60])

    try:  # PostgreSQL's bulk rows travel by COPY, on the driver's cursor: a write too
        import psycopg
    except ImportError:
        return
    copy = psycopg.Cursor.copy

    def counted_copy(self, statement, *args, **kwargs):
        counter.tick(str(statement)[:60])
        return copy(self, statement, *args, **kwargs)

    psycopg.Cursor.copy = counted_copy  # type: ignore[method-assign]


def _hook_export(counter: _Counter) -> None:
    def hook(event: str, args: tuple) -> None:
        if event != "open" or not _export_dir or not args or not isinstance(args[0], (str, bytes, os.PathLike)):
            return
        mode, flags = args[1], args[2] if len(args) > 2 else 0
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            mode is None and isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR)
        )
        if not writing:
            return
        try:
            p = Path(os.fsdecode(args[0])).resolve()
        except (OSError, ValueError):
            return
        if _export_dir[0] in p.parents:
            counter.tick(p.name)

    sys.addaudithook(hook)
