"""The `kepatuhan` console command.

Every command is a thin face over a Python function of the same name in its stage's package
(sqlite-utils style). Each stage package owns a `cli.py` with `register(app)`; this file only
assembles them, so stages can grow their commands without touching each other.
"""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="kepatuhan",
    help="Indonesian news -> Ombudsman RI compliance-assessment dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)

# Order is the data flow: crawl -> clean -> extract -> store/consolidate -> export/audit -> run.
STAGE_CLIS = ("crawler.cli", "clean.cli", "extract.cli", "corpus.cli", "audit.cli", "kepatuhan.run_cli", "kepatuhan.browse_cli")

for _mod in STAGE_CLIS:
    try:
        importlib.import_module(_mod).register(app)
    except ModuleNotFoundError as exc:  # a stage not built yet must not break the others
        if exc.name != _mod:
            raise


def main() -> None:  # pragma: no cover - console entry point
    app()
