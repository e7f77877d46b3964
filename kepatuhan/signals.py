"""SIGTERM / SIGINT during `kepatuhan run`: stop cleanly between stages, pass the signal on to
the crawl child while it runs, and give it a grace period before it is killed."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

STOP_GRACE_S = 30.0  # a crawl asked to stop is killed after this long (requests in flight, DB writes)
DUPLICATE_WINDOW_S = 3.0  # copies of one stop request (group + forwarded) arrive within this window


class Interrupted(Exception):
    """SIGTERM or SIGINT arrived: stop after the current step."""


class _Signals:
    """SIGTERM/SIGINT: stop cleanly. Between stages the handler raises Interrupted; while the
    crawl child runs, the signal is passed on to it (a `kill PID` reaches only us; when the whole
    group was signalled the child drops our copy, see crawler.stopsignal) and the child gets
    STOP_GRACE_S to stop before it is killed; a second request later kills it at once."""

    def __init__(self):
        self.received: int | None = None
        self.in_crawl = False
        self.kill_at: float | None = None  # when the crawl child is killed (monotonic); None: not stopping
        self._first_at: float | None = None
        self._old: dict[int, Any] = {}

    def install(self) -> None:
        self.received, self.in_crawl, self.kill_at, self._first_at = None, False, None, None
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in (signal.SIGTERM, signal.SIGINT):
            self._old[sig] = signal.signal(sig, self._handle)

    def _handle(self, signum, frame) -> None:
        self.received = signum
        if self.in_crawl:
            now = time.monotonic()
            if self._first_at is None:
                self._first_at, self.kill_at = now, now + STOP_GRACE_S
                _signal_children(signum)
            elif now - self._first_at > DUPLICATE_WINDOW_S:
                self.kill_at = now  # asked again: stop waiting for a clean stop
            return
        raise Interrupted(signal.Signals(signum).name)

    def restore(self) -> None:
        for sig, h in self._old.items():
            signal.signal(sig, h)
        self._old.clear()

    def check(self) -> None:
        if self.received is not None:
            raise Interrupted(signal.Signals(self.received).name)


SIGNALS = _Signals()


def _signal_children(signum: int) -> None:
    """Send `signum` to our direct children (the crawl's Scrapy process), found through /proc."""
    me = os.getpid()
    for d in Path("/proc").glob("[0-9]*"):
        try:
            stat = (d / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == me:
                os.kill(int(d.name), signum)
        except (OSError, ValueError, IndexError):
            continue
