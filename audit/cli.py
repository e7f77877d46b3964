"""`kepatuhan official import FILE` and `kepatuhan audit`: thin faces over audit.source.import_official
and audit.audit.run_audit. Heavy imports happen inside the commands."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

DB_HELP = "Database URL (default: $KEPATUHAN_DB, else the SQLite file in the data directory)."


app = typer.Typer()


official_app = typer.Typer(
    help="Official Ombudsman RI results (the table the audit compares against).", no_args_is_help=True
)


@official_app.command("import")
def official_import(
    file: Path = typer.Argument(..., help="Official-results CSV (see README: Auditing reported scores)."),
    db: Optional[str] = typer.Option(None, "--db", envvar="KEPATUHAN_DB", help=DB_HELP),
) -> None:
    """Import an official-results CSV into the corpus (replaces the rows of an earlier import of the
    same path or the same content, and says so)."""
    from rich.console import Console

    from .source import import_official

    from corpus.db import CorpusError

    console = Console(stderr=True)
    try:
        parsed = import_official(file, db)
    except (CorpusError, OSError) as exc:
        console.print(f"error: {exc}", style="red", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(2) from None
    for p in parsed.problems:
        # FILE:LINE messages are never wrapped (scripts and editors parse them) nor read as markup
        console.print(
            str(p), style="red" if p.level == "error" else "yellow", highlight=False, markup=False, soft_wrap=True
        )
    for note in parsed.replaced:
        console.print(f"{file}: {note}", style="yellow", highlight=False, markup=False, soft_wrap=True)
    console.print(
        f"imported {len(parsed.rows)} official rows from {file} "
        f"({len(parsed.errors)} errors, {len(parsed.warnings)} warnings)",
        markup=False,
        soft_wrap=True,
    )
    if not parsed.rows:  # unusable input, as in every command
        raise typer.Exit(2)


app.add_typer(official_app, name="official")


@app.command("audit")
def audit(
    out: Path = typer.Option(..., "--out", help="Directory for audit.csv, audit.json, report.html."),
    official: Optional[Path] = typer.Option(
        None,
        "--official",
        help="Official-results CSV (default: the table imported into the corpus, else the bundled sample).",
    ),
    db: Optional[str] = typer.Option(None, "--db", envvar="KEPATUHAN_DB", help=DB_HELP),
    records: Optional[Path] = typer.Option(
        None, "--records", help="Audit extraction output (JSONL) instead of the corpus."
    ),
    articles: Optional[Path] = typer.Option(
        None, "--articles", help="Articles JSONL the --records came from (for evidence sentences)."
    ),
) -> None:
    """Audit reported scores against the official results and the scoring scheme."""
    from rich.console import Console
    from rich.table import Table

    from corpus.db import CorpusError

    from .audit import OfficialFileError, run_audit

    from fileio.terminal import console as wide_console

    console = wide_console()
    try:
        with console.status("auditing…"):
            summary = run_audit(
                db_url=db, official_file=official, out_dir=out, records_file=records, articles_file=articles
            )
    except (CorpusError, OSError) as exc:  # the database, or the output directory (a full disk)
        Console(stderr=True).print(f"error: {exc}", style="red", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except OfficialFileError as exc:
        err = Console(stderr=True)
        for p in exc.problems:
            err.print(str(p), style="red", highlight=False, markup=False, soft_wrap=True)
        err.print(
            f"{exc.file}: no official result could be read; nothing written",
            style="red",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
        raise typer.Exit(2) from None
    for p in summary.problems:
        console.print(str(p), style="yellow", highlight=False, markup=False, soft_wrap=True)
    if summary.n_claims == 0:
        console.print(
            "[yellow]no reported records to audit: fill the corpus first (kepatuhan ingest / "
            "kepatuhan run) or pass --records[/]"
        )
    table = Table(
        title=f"{summary.n_findings} findings on {summary.n_claims} records "
        f"({summary.n_official} official rows: {summary.official_source})"
    )
    table.add_column("kind")
    table.add_column("findings", justify="right")
    for kind, n in sorted(summary.by_kind.items(), key=lambda kv: -kv[1]):
        table.add_row(kind, str(n))
    console.print(table)
    console.print("severity: " + ", ".join(f"{k} {v}" for k, v in summary.by_severity.items()))
    for name, path in summary.files.items():
        console.print(f"{name}: {path}", markup=False, highlight=False, soft_wrap=True)
