"""What `kepatuhan run` shows on a terminal: stage progress (rich) and the run summary table."""

from __future__ import annotations

from typing import Any


class NullReporter:
    """No output (`--quiet`, cron, library use)."""

    wants_progress = False

    def stage(self, name: str) -> None:
        pass

    def crawl_progress(self, info: dict) -> None:
        pass

    def close(self) -> None:
        pass


class RichReporter(NullReporter):
    """A spinner per stage and live corpus counts during the crawl."""

    wants_progress = True

    def __init__(self, console):
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.console = console
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            TextColumn("{task.fields[info]}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self.task = None
        self.progress.start()

    def stage(self, name: str) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=1, total=1)
            self.progress.stop_task(self.task)
        self.task = self.progress.add_task(name, total=None, info="")

    def crawl_progress(self, info: dict) -> None:
        if self.task is not None and isinstance(info, dict):
            text = "  ".join(f"{k}={v}" for k, v in info.items() if isinstance(v, (int, float, str)))
            self.progress.update(self.task, info=text)

    def close(self) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=1, total=1)
        self.progress.stop()


def print_summary(summary, console, labels: dict[str, str] | None = None) -> None:
    """The per-site table and the closing lines; `labels` names sites (host:port -> outlet)."""
    from rich.table import Table

    t = Table(
        title=f"kepatuhan run {summary.run_id if summary.run_id is not None else ''} - {summary.status}",
        title_justify="left",
    )
    for col in ("site", "pages", "new articles", "relevant", "records", "errors", ""):
        t.add_column(col, justify="left" if col in ("site", "") else "right", no_wrap=col != "")
    for s in summary.sites.values():
        note = "nothing new" if s.nothing_new and not s.failed else ("FAILED" if s.failed else "")
        if s.errors_by_kind:
            note += (" " if note else "") + ", ".join(f"{k}:{v}" for k, v in sorted(s.errors_by_kind.items()))
        name = f"{labels[s.site]} ({s.site})" if labels and s.site in labels else s.site
        t.add_row(name, str(s.pages), str(s.new_articles), str(s.relevant), str(s.records), str(s.errors), note)
    if summary.sites:
        tot = summary.totals
        t.add_row(
            "[bold]total", *(f"[bold]{tot[k]}" for k in ("pages", "new_articles", "relevant", "records", "errors")), ""
        )
        console.print(t)
    lines: list[str] = []
    if summary.dataset_rows is not None:
        lines.append(f"dataset: {summary.dataset_rows} consolidated rows (entity, year) in {summary.db}")
    if summary.audit:
        lines.append(
            f"audit: {summary.audit.get('findings', 0)} findings, {summary.audit.get('new_findings', 0)} new "
            f"- report {summary.audit.get('report')}"
        )
    if summary.exports:
        lines.append(f"exports: {summary.exports.get('dir')} ({len(summary.exports.get('files', []))} files)")
    from rich.markup import escape

    for a in summary.alerts:
        lines.append(f"[yellow]ALERT[/yellow] {escape(a.message)}")
    for e in summary.errors:
        lines.append(f"[red]error[/red] {escape(e)}")
    lines.append(
        f"status {summary.status}, exit code {summary.exit_code}, {summary.elapsed_s:.1f}s; log {summary.log_file}"
    )
    for line in lines:
        console.print(line, highlight=False, soft_wrap=True)


def summary_line(summary) -> str:
    """One plain line (for `--quiet` when something went wrong, and for cron mails)."""
    tot = summary.totals
    run = f"kepatuhan run {summary.run_id}" if summary.run_id is not None else "kepatuhan run"
    parts: list[Any] = [
        f"{run}: {summary.status} (exit {summary.exit_code})",
        f"{tot['pages']} pages, {tot['new_articles']} new articles, {tot['records']} records, {tot['errors']} errors",
    ]
    parts += [a.message for a in summary.alerts]
    parts += summary.errors
    return "; ".join(str(p) for p in parts)
