"""Consoles for the commands' tables and summaries.

Without a terminal (cron mail, a log file, a pipe) rich assumes 80 columns and cuts wide tables
(the per-site error breakdown first); there the width is generous instead, so nothing is lost.
"""

from __future__ import annotations

PLAIN_WIDTH = 240


def console(stderr: bool = False, **kw):
    from rich.console import Console

    c = Console(stderr=stderr, **kw)
    if c.is_terminal or "width" in kw:
        return c
    return Console(stderr=stderr, width=PLAIN_WIDTH, **kw)
