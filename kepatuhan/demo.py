"""`kepatuhan demo` (what `make demo` runs): the whole pipeline on the bundled offline mirror.

Serves the three outlets of `corpus/demo_sites/site/` on 127.0.0.1 (kepatuhan.mirror), runs
`kepatuhan run` against them with zero site configuration (their start URLs only) into a demo
data directory, then prints the consolidated table and where the exports and the audit report
are. Nothing leaves the machine.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from kepatuhan.config import RunConfig, load_config
from kepatuhan.mirror import MIRROR_DIR, Mirror

# stable ports when free, so `kepatuhan demo --keep` finds the same sites again (else random)
DEMO_PORTS = (18701, 18702, 18703)


def demo_config(start_urls: list[str], data_dir: Path) -> RunConfig:
    """A run configuration for local sites: start URLs only, no politeness delay (our own server)."""
    return load_config(
        env={},
        overrides={
            "sources": {"start_urls": list(start_urls)},
            "storage": {"data_dir": str(data_dir)},
            "politeness": {"download_delay": 0.0, "concurrency_per_domain": 8, "autothrottle": False, "timeout_s": 10},
            "export": {"formats": ["csv", "jsonl"]},
        },
    )


def demo(
    data_dir: str | Path = "kepatuhan-data/demo",
    fresh: bool = True,
    quiet: bool = False,
    console=None,
    mirror_dir: Path = MIRROR_DIR,
) -> int:
    """Run the demo; returns the run's exit code."""
    from rich.console import Console

    from kepatuhan.console import NullReporter, RichReporter, print_summary
    from kepatuhan.run import run

    if console is None:
        console = Console()
        if not console.is_terminal:  # piped (make demo | tee): wide enough for the tables
            console = Console(width=max(console.width, 150))
    data_dir = Path(data_dir)
    if fresh and data_dir.exists():
        shutil.rmtree(data_dir)
    t0 = time.monotonic()
    with Mirror(mirror_dir, ports=DEMO_PORTS) as mirror:
        if not quiet:
            console.print("[bold]kepatuhan demo[/bold]: serving the bundled offline mirror on 127.0.0.1")
            for name, site in mirror.sites.items():
                console.print(f"  {name:<16} {site.start_url}")
        cfg = demo_config(mirror.start_urls, data_dir)
        labels = {site.origin.split("://", 1)[1]: name for name, site in mirror.sites.items()}
        reporter = RichReporter(console) if (console.is_terminal and not quiet) else NullReporter()
        try:
            summary = run(cfg, reporter=reporter)
        finally:
            reporter.close()
    if not quiet:
        print_summary(summary, console, labels)
    print_dataset(cfg.db_url, console)
    console.print(f"\n[bold]exports[/bold]      {cfg.export_dir}  (CSV and JSON lines, datapackage.json, DATASET.md)")
    console.print(
        f"[bold]audit report[/bold] {cfg.audit_dir / 'report.html'}  (open in a browser; audit.csv, audit.json)"
    )
    console.print(f"[bold]database[/bold]     {cfg.db_url}")
    console.print(f"demo finished in {time.monotonic() - t0:.1f}s, exit code {summary.exit_code}")
    return summary.exit_code


def print_dataset(db_url: str, console) -> int:
    """The consolidated table: one row per (entity, year)."""
    from rich.console import JustifyMethod
    from rich.table import Table

    from corpus.store import Corpus

    try:
        with Corpus.open(db_url) as corpus:
            rows = list(corpus.iter_dataset())
    except Exception as exc:  # noqa: BLE001 - the run summary already said what failed
        console.print(f"[red]cannot read the dataset:[/red] {exc}")
        return 0
    rows.sort(
        key=lambda r: (
            r.get("province") or "",
            r.get("entity_type") != "provinsi",
            r.get("entity") or "",
            r.get("year") or 0,
        )
    )
    t = Table(title=f"Consolidated dataset: {len(rows)} rows (entity, year)", title_justify="left")
    columns: tuple[tuple[str, JustifyMethod], ...] = (
        ("entity", "left"),
        ("province", "left"),
        ("year", "right"),
        ("score", "right"),
        ("rank", "right"),
        ("zone", "left"),
        ("grade", "left"),
        ("opinion", "left"),
        ("sources", "right"),
        ("conflict", "left"),
    )
    for col, just in columns:
        t.add_column(col, justify=just)

    def fmt(v):
        return "" if v is None else (f"{v:.2f}" if isinstance(v, float) else str(v))

    for r in rows:
        rank = fmt(r.get("rank")) + (f" ({r['rank_scope']})" if r.get("rank") and r.get("rank_scope") else "")
        conflicts = r.get("conflicts") or {}
        conflict = (
            ", ".join(f"{k}: {' / '.join(map(str, v))}" for k, v in conflicts.items()) if r.get("conflict") else ""
        )
        t.add_row(
            r.get("entity") or "",
            r.get("province") or "",
            fmt(r.get("year")),
            fmt(r.get("score")),
            rank,
            fmt(r.get("zone")),
            fmt(r.get("grade")),
            fmt(r.get("opinion")),
            fmt(r.get("n_sources")),
            f"[yellow]{conflict}[/yellow]" if conflict else "",
        )
    console.print(t)
    return len(rows)
