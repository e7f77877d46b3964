"""`kepatuhan browse`: a thin face over kepatuhan.browse (the corpus and its audit findings in
Datasette). It lives above corpus and audit because it serves both. Heavy imports happen inside
the command."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from corpus.cli import DB_HELP, EXIT_FATAL

app = typer.Typer()


@app.command("browse")
def browse(
    db: Optional[str] = typer.Option(None, "--db", envvar="KEPATUHAN_DB", help=DB_HELP),
    port: int = typer.Option(8001, "--port", help="Port to serve on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0: every one)."),
    work_dir: Optional[Path] = typer.Option(
        None,
        "--work-dir",
        help="Where the audit findings (and, for PostgreSQL, the SQLite copy) go; default a temporary directory.",
    ),
) -> None:
    """Open the corpus in Datasette: tables with descriptions, facets, canned queries, audit findings."""
    import shutil
    import tempfile

    from rich.console import Console

    from kepatuhan.browse import prepare, serve
    from corpus.db import CorpusError

    err = Console(stderr=True)
    where = work_dir or Path(tempfile.mkdtemp(prefix="kepatuhan-browse-"))
    tmp = None if work_dir else where  # (removed at the end)
    try:
        try:
            files = prepare(db, where)
        except CorpusError as exc:
            err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(EXIT_FATAL) from None
        note = " (a copy of the PostgreSQL corpus)" if files.copied else ""
        err.print(
            f"serving {files.corpus}{note} on http://{host}:{port}/  (audit report: "
            f"http://{host}:{port}/audit-report/report.html); Ctrl-C stops",
            highlight=False,
            soft_wrap=True,
        )
        serve(files, host=host, port=port)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
