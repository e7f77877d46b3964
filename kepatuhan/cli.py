"""The `kepatuhan` console command.

Every command is a thin face over a Python function of the same name in its stage's package
(sqlite-utils style). Each stage package owns a `cli.py` with a module-level Typer `app`; this
file only merges them, so stages can grow their commands without touching each other.
Importing the stage CLIs is cheap: heavy imports happen inside the commands.
"""

from __future__ import annotations

import typer
from typer.core import TyperGroup

from audit.cli import app as audit_app
from clean.cli import app as clean_app
from corpus.cli import app as corpus_app
from crawler.cli import app as crawler_app
from extract.cli import app as extract_app
from kepatuhan.browse_cli import app as browse_app
from kepatuhan.run_cli import app as run_app


def _hide_flag_types(cmd, ctx):
    """A flag takes no value, yet typer's rich help writes its type after it ("--quiet <bool>"): an
    empty metavar shows nothing there. For the command, its help option and every subcommand."""
    for param in [*cmd.params, cmd.get_help_option(ctx)]:
        if param is not None and getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    for sub in getattr(cmd, "commands", {}).values():
        _hide_flag_types(sub, ctx)
    return cmd


class KepatuhanGroup(TyperGroup):
    """The top-level group; its commands and their help as typer builds them, flags without a type."""

    def get_command(self, ctx, cmd_name):
        cmd = super().get_command(ctx, cmd_name)
        return None if cmd is None else _hide_flag_types(cmd, ctx)

    def format_help(self, ctx, formatter):
        _hide_flag_types(self, ctx)
        super().format_help(ctx, formatter)


app = typer.Typer(
    cls=KepatuhanGroup,
    name="kepatuhan",
    help="Indonesian news -> Ombudsman RI compliance-assessment dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)

# Order is the data flow: crawl -> clean -> extract -> store/consolidate -> export/audit -> run.
for _stage in (crawler_app, clean_app, extract_app, corpus_app, audit_app, browse_app, run_app):
    app.add_typer(_stage)


def main() -> None:  # pragma: no cover - console entry point
    app()
