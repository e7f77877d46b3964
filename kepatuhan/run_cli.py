"""`kepatuhan run` and `kepatuhan demo`: thin faces over `kepatuhan.run.run` and `kepatuhan.demo.demo`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


app = typer.Typer()


@app.command("run")
def run(
    config: Optional[Path] = typer.Option(
        None, "--config", "-c", help="TOML configuration file (see README 'Nightly operation')."
    ),
    wait: bool = typer.Option(
        False, "--wait", help="If another run holds the lock, wait for it instead of exiting with code 5."
    ),
    wait_timeout: Optional[float] = typer.Option(
        None, "--wait-timeout", help="Give up waiting after this many seconds."
    ),
    quiet: bool = typer.Option(
        False,
        "--quiet",
        "-q",
        help="No progress and no table: one line, and only when something went wrong (for cron).",
    ),
    start_url: list[str] = typer.Option(
        [], "--start-url", help="Add a site to crawl with zero configuration (repeatable)."
    ),
    db: Optional[str] = typer.Option(None, "--db", help="Corpus database URL (overrides the config and KEPATUHAN_DB)."),
    data_dir: Optional[Path] = typer.Option(
        None, "--data-dir", help="Data directory: lock, logs, default database and outputs."
    ),
    json_out: bool = typer.Option(False, "--json", help="Print the run summary as JSON."),
) -> None:
    """Crawl -> clean -> extract -> store -> consolidate -> audit -> export, from one config.

    Exit codes: 0 ok, 2 bad configuration, 3 partial failure (or an alert with fail_on_alert),
    4 total failure (e.g. database unreachable), 5 another run holds the lock.
    """
    import json
    import sys

    from rich.console import Console

    from kepatuhan.config import ConfigError, load_config
    from kepatuhan.console import NullReporter, RichReporter, print_summary, summary_line
    from kepatuhan.run import EXIT_CONFIG, EXIT_OK, run as run_pipeline

    from fileio.terminal import console as wide_console

    console = wide_console()
    overrides: dict = {"storage": {}}
    if db:
        overrides["storage"]["db_url"] = db
    if data_dir:
        overrides["storage"]["data_dir"] = str(data_dir)
    try:
        cfg = load_config(config, overrides=overrides)
        if start_url:
            cfg.sources.start_urls = list(cfg.sources.start_urls) + list(start_url)
        cfg.validate()
    except ConfigError as exc:
        from rich.markup import escape

        Console(stderr=True).print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_CONFIG) from None

    reporter = RichReporter(console) if (console.is_terminal and not quiet and not json_out) else NullReporter()
    try:
        summary = run_pipeline(cfg, wait=wait, wait_timeout_s=wait_timeout, reporter=reporter)
    finally:
        reporter.close()
    if json_out:
        print(json.dumps(summary.to_dict(), default=str, ensure_ascii=False, indent=1))
    elif quiet:
        if summary.exit_code != EXIT_OK or summary.alerts:
            print(summary_line(summary), file=sys.stderr)
    else:
        print_summary(summary, console)
    raise typer.Exit(summary.exit_code)


@app.command("demo")
def demo(
    data_dir: Path = typer.Option(
        Path("kepatuhan-data/demo"), "--data-dir", help="Where the demo's database and outputs go."
    ),
    keep: bool = typer.Option(
        False, "--keep", help="Keep the previous demo data (a second run shows the incremental crawl)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the final table and paths."),
) -> None:
    """Serve the bundled offline news mirror on 127.0.0.1 and run the whole pipeline on it."""
    from kepatuhan.demo import demo as run_demo

    raise typer.Exit(run_demo(data_dir=data_dir, fresh=not keep, quiet=quiet))
