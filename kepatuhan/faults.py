"""Fault injection for the kill-and-rerun tests: `KEPATUHAN_FAULT=stage:N` makes `kepatuhan run`
SIGKILL itself at the N-th event of that stage, the way a power cut or the OOM killer would.

    fetch:N    on the N-th HTTP response the crawler receives (before it is processed)
    extract:N  when the N-th article extraction starts
    dbwrite:N  before the N-th INSERT/UPDATE/DELETE statement (mid-transaction)
    export:N   when the N-th export file is opened for writing

The hooks wrap library entry points (Scrapy's Response, the `extract` package attribute,
SQLAlchemy's engine events, the `open` audit event) so the stages' own code carries no test
hooks. Nothing is installed unless the variable is set.
"""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

FAULT_ENV = "KEPATUHAN_FAULT"
STAGES = ("fetch", "extract", "dbwrite", "export")

_export_dir: list[Path] = []  # set by run.py while the export stage writes


def parse(spec: str) -> tuple[str, int]:
    stage, _, n = spec.partition(":")
    if stage not in STAGES or not n.isdigit() or int(n) < 1:
        raise ValueError(f"{FAULT_ENV}={spec!r}: expected one of {', '.join(s + ':N' for s in STAGES)} with N >= 1")
    return stage, int(n)


def die(reason: str) -> None:
    sys.stderr.write(f"kepatuhan: fault injection: SIGKILL at {reason}\n")
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


class _Counter:
    def __init__(self, stage: str, n: int):
        self.stage, self.n, self.count = stage, n, 0

    def tick(self, what: str = "") -> None:
        self.count += 1
        if self.count == self.n:
            die(f"{self.stage}:{self.n} {what}".strip())


def install_from_env(env: dict | None = None) -> str | None:
    spec = (env if env is not None else os.environ).get(FAULT_ENV)
    if not spec:
        return None
    stage, n = parse(spec)
    counter = _Counter(stage, n)
    {"fetch": _hook_fetch, "extract": _hook_extract, "dbwrite": _hook_dbwrite, "export": _hook_export}[stage](counter)
    return spec


def exporting(path: Path | None) -> None:
    """run.py marks the export stage (the directory it writes) so `export:N` counts only its files."""
    _export_dir.clear()
    if path is not None:
        _export_dir.append(Path(path).resolve())


def _hook_fetch(counter: _Counter) -> None:
    from scrapy.http import Response

    original = Response.__init__

    def __init__(self, url, *args, **kwargs):
        original(self, url, *args, **kwargs)
        if str(url).startswith("http") and not str(url).endswith("/robots.txt"):
            counter.tick(str(url))

    Response.__init__ = __init__


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
    def _before(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        verb = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else ""
        if verb in ("INSERT", "UPDATE", "DELETE"):
            counter.tick(statement.split("(")[0][:60])


def _hook_export(counter: _Counter) -> None:
    def hook(event: str, args: tuple) -> None:
        if event != "open" or not _export_dir or not args or not isinstance(args[0], (str, bytes, os.PathLike)):
            return
        mode, flags = args[1], args[2] if len(args) > 2 else 0
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or \
                  (mode is None and isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR))
        if not writing:
            return
        try:
            p = Path(os.fsdecode(args[0])).resolve()
        except (OSError, ValueError):
            return
        if _export_dir[0] in p.parents:
            counter.tick(p.name)

    sys.addaudithook(hook)
