"""`kepatuhan clean`: a thin face over clean.batch_clean.clean_jsonl (importing this is cheap)."""

from __future__ import annotations

from pathlib import Path

import typer

EXIT_USAGE = 2


app = typer.Typer()


@app.command("clean")
def clean(
    input: str = typer.Argument(..., help="Pages, JSONL: {id, html, url?, headers?}; '-' = stdin."),
    output: str = typer.Option("-", "-o", "--output", help="Articles JSONL; '-' = stdout."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Clean raw HTML pages into articles (body text, title, dates, author, captions, hashes).

    One output line per page that holds an article, in input order. A page that cannot be
    cleaned is reported on stderr as FILE:LINE (id) with the reason, and the batch goes on.
    Exit code: 0 all pages cleaned, 1 some failed, 2 bad usage or none could be cleaned.
    """
    from rich.console import Console
    from rich.markup import escape

    from clean.batch_clean import clean_jsonl

    err = Console(stderr=True, highlight=False)
    from fileio.inputs import InputError, check_inputs, count_items, line_printer

    try:
        check_inputs([input])
    except InputError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None
    if output != "-" and input != "-" and Path(output).resolve() == Path(input).resolve():
        err.print("[red]error:[/] output would overwrite the input")
        raise typer.Exit(EXIT_USAGE)

    report = line_printer(err, "warning: ")

    try:
        if not quiet and err.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            total = count_items([input])
            with Progress(
                TextColumn("cleaning"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=err,
                transient=True,
            ) as bar:
                task = bar.add_task("clean", total=total)
                summary = clean_jsonl(input, output, on_problem=report, on_progress=lambda k: bar.advance(task, k))
        else:
            summary = clean_jsonl(input, output, on_problem=report)
    except OSError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None
    if summary.total == 0:
        err.print(f"[red]error:[/] {escape(summary.source)}: no pages in the input (empty)", soft_wrap=True)
    if not quiet:
        err.print(
            f"{summary.source}: {summary.total} pages, {summary.ok} cleaned, {summary.failed} failed",
            markup=False,
            soft_wrap=True,
        )
    raise typer.Exit(summary.exit_code)
