"""`kepatuhan crawl`: a thin face over `crawler.crawl.crawl` (heavy imports inside the command)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Optional

import typer


app = typer.Typer()


@app.command("crawl")
def crawl_cmd(
    start_url: Optional[list[str]] = typer.Option(
        None, "--start-url", help="Any news site, zero configuration (repeatable)."
    ),
    site: Optional[list[str]] = typer.Option(None, "--site", help="A site NAME from crawler/sites.yaml (repeatable)."),
    all_sites: bool = typer.Option(False, "--all-sites", help="Every site in crawler/sites.yaml."),
    registry: Optional[str] = typer.Option(
        None, "--registry", help="Another site registry file (same format as crawler/sites.yaml)."
    ),
    db: Optional[str] = typer.Option(None, "--db", envvar="KEPATUHAN_DB", help="Corpus database URL."),
    since: Optional[str] = typer.Option(None, "--since", help="Backfill bound: skip articles dated before YYYY-MM-DD."),
    redis: Optional[str] = typer.Option(
        None, "--redis", help="redis://host:port/db: share one frontier between processes."
    ),
    redis_key: str = typer.Option("kepatuhan", "--redis-key", help="Key prefix of the shared frontier."),
    jobdir: Optional[str] = typer.Option(None, "--jobdir", help="Pause/resume state directory (Scrapy JOBDIR)."),
    impolite: bool = typer.Option(False, "--no-politeness", help="No delays or AutoThrottle (local test sites only)."),
    log_file: Optional[str] = typer.Option(None, "--log-file", help="Write Scrapy's log here."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Scrapy's log."),
) -> None:
    """Crawl news sites for Ombudsman compliance articles into the corpus; prints a per-site report."""
    import datetime as dt

    from rich.console import Console
    from rich.markup import escape

    from crawler.crawl import ServiceUnreachable, crawl

    console = Console(stderr=True)
    if since:
        try:
            dt.date.fromisoformat(since)
        except ValueError:
            raise typer.BadParameter(f"--since must be YYYY-MM-DD, got {since!r}") from None
    try:
        with console.status("crawling…") as status:
            report = crawl(
                start_urls=start_url or (),
                sites=site or (),
                all_sites=all_sites,
                db=db,
                since=since,
                redis=redis,
                redis_key=redis_key,
                jobdir=jobdir,
                polite=not impolite,
                quiet=not verbose,
                log_file=log_file,
                registry=registry,
                progress=_progress_display(console, status),
                forward_signals=True,
            )
    except ValueError as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2) from None
    except ServiceUnreachable as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(4) from None
    from fileio.terminal import console as wide_console

    report.render(wide_console())
    if report.reason != "finished":
        console.print(
            f"[yellow]crawl did not finish ({report.reason}, exit {report.returncode}); "
            f"rerun the same command to continue[/yellow]"
        )
        raise typer.Exit(1)


def _progress_display(console, status) -> Callable[[Any], None]:
    """Shows the crawl's counts so far: on the status line in a terminal, a line every 30 s in a log file."""
    last_line = [-1e9]

    def show(so_far) -> None:
        line = (
            f"crawling… {so_far.total('fetched'):,} pages fetched, "
            f"{so_far.total('articles'):,} articles judged, {so_far.total('relevant'):,} relevant, "
            f"{so_far.total('records'):,} records, {sum(so_far.errors().values()):,} errors "
            f"({so_far.elapsed_s:.0f} s)"
        )
        if console.is_terminal:
            status.update(line)
        elif so_far.elapsed_s - last_line[0] >= 30:  # a log file: a line now and then
            last_line[0] = so_far.elapsed_s
            console.print(line, soft_wrap=True)

    return show
