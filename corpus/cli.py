"""`kepatuhan ingest | reextract | consolidate | export | stats`: thin faces over
corpus.ingest_files.ingest, Corpus.reextract, Corpus.consolidate, corpus.export.export and
corpus.stats.stats. Every command takes `--db URL` (or $KEPATUHAN_DB); the default is the SQLite
file in the data directory ($KEPATUHAN_DATA_DIR, default ./kepatuhan-data/kepatuhan.sqlite).
Heavy imports happen inside the commands.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import List, Optional

import typer

DB_HELP = (
    "Database URL, e.g. sqlite:///corpus.sqlite or postgresql://user@host/db (default: $KEPATUHAN_DB, "
    "else kepatuhan.sqlite in $KEPATUHAN_DATA_DIR, default ./kepatuhan-data)."
)
EXIT_ERRORS = 1  # some inputs failed (the rest was stored)
EXIT_FATAL = 2  # nothing could be done (database or output unusable)


def _open(db: str | None, **kw):
    from rich.console import Console

    from corpus.db import CorpusError
    from corpus.store import Corpus

    try:
        return Corpus.open(db, **kw)
    except CorpusError as exc:
        Console(stderr=True).print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_FATAL) from None


def _database_errors(command):
    """A database failing mid-command (read-only, damaged, full) is one line and exit 2."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        import sqlalchemy as sa
        from rich.console import Console

        from corpus.config import resolve_db_url
        from corpus.db import _reason, describe

        try:
            return command(*args, **kwargs)
        except sa.exc.SQLAlchemyError as exc:
            reason = _reason(exc)
            hint = " (export it as it is with --no-consolidate)" if "readonly" in reason else ""
            Console(stderr=True).print(
                f"error: the corpus database {describe(resolve_db_url(kwargs.get('db')))}: {reason}{hint}",
                style="red",
                highlight=False,
                markup=False,
                soft_wrap=True,
            )
            raise typer.Exit(EXIT_FATAL) from None

    return wrapper


def _finish_quietly(corpus, run_id: int, status: str, error: str) -> None:
    try:
        corpus.finish_run(run_id, status, errors={"stopped": 1}, report={"errors": [error]})
    except Exception:  # noqa: BLE001 - the database may be the problem; the next run marks the row
        pass


app = typer.Typer()


@app.command("ingest")
@_database_errors
def ingest(
    files: List[Path] = typer.Argument(..., help='JSONL files (lines with "text" or "html") or WARC files.'),
    db: Optional[str] = typer.Option(None, "--db", envvar="KEPATUHAN_DB", help=DB_HELP),
    consolidate: bool = typer.Option(
        True, "--consolidate/--no-consolidate", help="Rebuild the consolidated dataset afterwards."
    ),
) -> None:
    """Load your own articles or web archives through clean -> extract -> store."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from corpus.db import CorpusError
    from corpus.ingest_files import count_inputs
    from corpus.ingest_files import ingest as ingest_files

    from fileio.inputs import InputError, check_inputs, line_printer

    err = Console(stderr=True)
    try:
        check_inputs(files)
    except InputError as exc:
        err.print(f"error: {exc}", style="red", highlight=False, soft_wrap=True, markup=False)
        raise typer.Exit(EXIT_FATAL) from None
    corpus = _open(db)
    run_id = None
    try:
        run_id = corpus.start_run("ingest", {"files": [str(f) for f in files]})
        with Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=False,
            disable=not err.is_terminal,
        ) as bar:
            task = bar.add_task("ingest", total=count_inputs(files))
            report = ingest_files(
                corpus,
                files,
                run_id=run_id,
                progress=lambda k: bar.advance(task, k),
                on_error=line_printer(bar.console),
            )
        status = "ok" if not report.errors else ("partial" if report.counts["items"] > len(report.errors) else "failed")
        corpus.finish_run(
            run_id, status, counts=report.counts, errors=report.error_kinds, report={"errors": report.errors[:1000]}
        )
        if consolidate:
            corpus.consolidate()
    except BaseException as exc:
        # the run row must not stay `running`: interrupted by a signal, failed by anything else
        if run_id is not None:
            _finish_quietly(
                corpus,
                run_id,
                "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed",
                f"{type(exc).__name__}: {exc}",
            )
        if isinstance(exc, CorpusError):
            err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(EXIT_FATAL) from None
        raise
    finally:
        corpus.close()
    c = report.counts
    typer.echo(
        f"{c['items']} inputs: {c['relevant']} relevant ({c['duplicates']} duplicates), "
        f"{c['irrelevant']} irrelevant, {c['unchanged']} unchanged, {c['records']} new records, "
        f"{c['errors']} errors (run {run_id})"
    )
    if not c["items"]:
        err.print("error: no articles in the input (empty)", highlight=False, soft_wrap=True, markup=False)
        raise typer.Exit(EXIT_FATAL)
    if report.errors:
        raise typer.Exit(EXIT_FATAL if len(report.errors) >= c["items"] else EXIT_ERRORS)


@app.command("reextract")
@_database_errors
def reextract(
    db: Optional[str] = typer.Option(None, "--db", envvar="KEPATUHAN_DB", help=DB_HELP),
    force: bool = typer.Option(
        False, "--force", help="Re-extract every article, not only those extracted by an older extractor version."
    ),
) -> None:
    """Rerun extraction over stored articles (after the rules improve) without refetching."""
    from rich.console import Console
    from rich.progress import Progress

    corpus = _open(db)
    try:
        run_id = corpus.start_run("reextract", {"force": force, "extractor_version": corpus.extractor_version})
        with Progress(console=Console(stderr=True)) as bar:
            task = bar.add_task("re-extracting", total=None)
            counts = corpus.reextract(force=force, progress=lambda k: bar.advance(task, k))
        n = corpus.consolidate()
        corpus.finish_run(
            run_id,
            "ok" if not counts.errors else "partial",
            counts={
                "articles": counts.articles,
                "changed": counts.changed,
                "records": counts.records,
                "dataset_rows": n,
            },
            errors=counts.errors,
        )
    finally:
        corpus.close()
    typer.echo(
        f"re-extracted {counts.articles} articles with extractor {corpus.extractor_version}: "
        f"{counts.changed} changed, {counts.records} records, {sum(counts.errors.values())} errors; "
        f"dataset: {n} entity-years"
    )
    if counts.errors:
        raise typer.Exit(EXIT_ERRORS)


@app.command("consolidate")
@_database_errors
def consolidate(db: Optional[str] = typer.Option(None, "--db", envvar="KEPATUHAN_DB", help=DB_HELP)) -> None:
    """Rebuild the consolidated dataset: one row per entity and assessment year."""
    corpus = _open(db)
    try:
        n = corpus.consolidate()
    finally:
        corpus.close()
    typer.echo(f"dataset: {n} entity-years")


@app.command("export")
@_database_errors
def export(
    out: Path = typer.Option(..., "--out", help="Output directory."),
    fmt: str = typer.Option("csv", "--format", help="csv, jsonl or parquet."),
    with_text: bool = typer.Option(False, "--with-text", help="Include the article text in articles.*"),
    db: Optional[str] = typer.Option(None, "--db", envvar="KEPATUHAN_DB", help=DB_HELP),
    consolidate: bool = typer.Option(
        True, "--consolidate/--no-consolidate", help="Rebuild the consolidated dataset first."
    ),
) -> None:
    """Export records, officials, articles and the dataset, with datapackage.json and DATASET.md."""
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from corpus.db import CorpusError
    from corpus.export import ExportError
    from corpus.export import export as export_corpus

    err = Console(stderr=True)
    corpus = _open(db)
    try:
        if consolidate:
            corpus.consolidate()
        with Progress(console=err, transient=True) as bar:
            tasks: dict[str, TaskID] = {}

            def progress(table: str, k: int) -> None:
                if table not in tasks:
                    tasks[table] = bar.add_task(f"exporting {table}", total=None)
                bar.advance(tasks[table], k)

            result = export_corpus(corpus, out, fmt=fmt, with_text=with_text, progress=progress)
    except (ExportError, CorpusError) as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_FATAL) from None
    finally:
        corpus.close()
    for table, n in result.counts.items():
        typer.echo(f"{result.files[table]}: {n} rows")
    typer.echo(f"{result.files['datapackage.json']}, {result.files['DATASET.md']}")


@app.command("stats")
@_database_errors
def stats(db: Optional[str] = typer.Option(None, "--db", envvar="KEPATUHAN_DB", help=DB_HELP)) -> None:
    """Coverage at a glance: counts, entity-years by province and year, recent runs."""
    from rich.table import Table

    from corpus.stats import stats as corpus_stats

    corpus = _open(db)
    try:
        st = corpus_stats(corpus)
    finally:
        corpus.close()
    from fileio.terminal import console as wide_console

    con = wide_console()
    t = st.tables
    lo, hi = st.published_range
    con.print(
        f"[bold]{t['articles']}[/] articles ({st.relevant_articles} relevant) from {st.sites} sites, "
        f"published {lo or '?'} – {hi or '?'}; {t['records']} records, {t['officials']} officials; "
        f"[bold]{t['dataset']}[/] entity-years ({st.multi_source} multi-source, "
        f"{st.conflicts} with conflicts); {t['seen_urls']} URLs seen; {t['official_results']} official rows"
    )
    if st.coverage:
        cov = Table(title="entity-years by province and assessment year")
        cov.add_column("province")
        for y in st.years:
            cov.add_column(str(y), justify="right")
        cov.add_column("total", justify="right", style="bold")
        for prov, per in st.coverage.items():
            cov.add_row(prov, *[str(per.get(y, "")) for y in st.years], str(sum(per.values())))
        con.print(cov)
    else:
        con.print("no consolidated rows yet (run `kepatuhan consolidate`)")
    if st.last_runs:
        runs = Table(title="recent runs")
        for col in ("id", "kind", "status", "started", "counts"):
            runs.add_column(col)
        for r in st.last_runs:
            counts = ", ".join(f"{k} {v}" for k, v in list(r["counts"].items())[:6])
            runs.add_row(str(r["id"]), r["kind"], r["status"], str(r["started_at"]), counts)
        con.print(runs)
