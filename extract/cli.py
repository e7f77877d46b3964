"""`kepatuhan extract` and `kepatuhan evaluate`: thin faces over extract.batch_extract / extract.evaluate.

Importing this module is cheap: spaCy and the pipeline load inside the commands.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


app = typer.Typer()


def _err_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@app.command("extract")
def extract(
    input: str = typer.Argument(
        ..., help="Articles, JSONL: {id, text, url?, published?} or {id, html, url?, headers?}; '-' = stdin."
    ),
    output: str = typer.Option(
        "-", "-o", "--output", help="Results JSONL (RECORDS.md shape), one line per input line; '-' = stdout."
    ),
    max_chars: int = typer.Option(2_000_000, "--max-chars", help="Refuse texts longer than this (characters)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Extract compliance records and officials from articles.

    Every input line gives one output line, in order. A line that cannot be extracted gets
    {"id", "relevant": false, "records": [], "officials": [], "error"} and a message on
    stderr naming FILE:LINE and the id. Exit code: 0 all fine, 1 some articles failed,
    2 bad usage or nothing could be extracted.
    """
    from rich.markup import escape

    from extract.batch_extract import count_lines, extract_jsonl

    from fileio.inputs import InputError, check_inputs, line_printer

    err = _err_console()
    try:
        check_inputs([input])
    except InputError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None
    if output != "-" and Path(output).resolve() == (Path(input).resolve() if input != "-" else None):
        err.print("[red]error:[/] output would overwrite the input")
        raise typer.Exit(EXIT_USAGE)
    show_bar = not quiet and err.is_terminal
    problems: list[str] = []

    show = line_printer(err, "warning: ")

    def report(msg: str) -> None:
        problems.append(msg)
        show(msg)

    try:
        if show_bar:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            total = count_lines(Path(input)) if input != "-" else None
            with Progress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=err,
                transient=True,
            ) as bar:
                task = bar.add_task("extract", total=total)
                summary = extract_jsonl(
                    input, output, max_chars=max_chars, on_problem=report, on_progress=lambda k: bar.advance(task, k)
                )
        else:
            summary = extract_jsonl(input, output, max_chars=max_chars, on_problem=report)
    except (OSError, RuntimeError) as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None
    if summary.total == 0:
        err.print(f"[red]error:[/] {escape(summary.source)}: no articles in the input (empty)", soft_wrap=True)
    if not quiet:
        err.print(
            f"{summary.source}: {summary.total} articles, {summary.ok} extracted "
            f"({summary.relevant} relevant, {summary.records} records), {summary.failed} failed",
            soft_wrap=True,
        )
    raise typer.Exit(summary.exit_code)


@app.command("evaluate")
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSONL annotated as RECORDS.md (e.g. the dev set gold/dev.jsonl)."),
    pred: Optional[Path] = typer.Option(
        None, "--pred", help="Predictions JSONL; default: run extraction on the gold texts."
    ),
    errors: bool = typer.Option(False, "--errors", help="List every missed/extra record and official and wrong field."),
    json_out: Optional[Path] = typer.Option(
        None, "--json", help="Also write the numbers as JSON (same keys as the reference scorer)."
    ),
    texts: Optional[Path] = typer.Option(
        None,
        "--texts",
        help="Article texts (JSONL: id, text, url) for a facts-only gold file; each text must match the gold's text_sha256.",
    ),
) -> None:
    """Per-field precision/recall/F1 against a gold file, scored as the reference scorer does."""
    import json

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from extract.evaluate import evaluate as run_evaluation

    err = _err_console()
    for p in [gold] + ([pred] if pred else []) + ([texts] if texts else []):
        if not p.is_file():
            err.print(f"[red]error:[/] file not found: {escape(str(p))}", soft_wrap=True)
            raise typer.Exit(EXIT_USAGE)
    try:
        ev = run_evaluation(gold, pred, texts)
    except ValueError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None
    out = Console(highlight=False, soft_wrap=True)
    table = Table(title=f"{gold.name} vs {pred.name if pred else 'fresh extraction'}")
    for col in ("measure", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "measure" else "right")
    for k, v in ev.counts.items():
        p_, r_, f_ = v.f1()
        table.add_row(k, f"{p_:.3f}", f"{r_:.3f}", f"{f_:.3f}", str(v.tp), str(v.fp), str(v.fn))
    out.print(table)
    out.print(
        f"relevance accuracy {ev.results['relevance_accuracy']:.3f}   "
        f"title overlap {ev.results['title_overlap']:.3f}   missing ids {ev.results['missing_ids']}"
    )
    if errors:
        for line in ev.errors:
            out.print(line, markup=False)
    out.print(ev.summary_line(), markup=False)
    if json_out:
        from fileio.outfile import write_text

        write_text(json_out, json.dumps(ev.results, indent=1))
    sys.stdout.flush()
