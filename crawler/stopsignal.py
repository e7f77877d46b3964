"""One stop request is one stop request, however many copies of the signal arrive.

`timeout`, `kill -- -PGID`, systemd's default KillMode and a terminal's Ctrl-C signal a whole
process group: the crawl child gets SIGTERM/SIGINT from the kernel, and `kepatuhan run` passes the
one it got on as well (it must: a `kill PID` aimed at it alone reaches nobody else). Scrapy reads a
second signal as "stop now, uncleanly", and that unclean stop can hang. This extension wraps
Scrapy's handlers so that copies arriving within DUPLICATE_WINDOW_S of the first are ignored;
a deliberate second Ctrl-C later still forces the stop as Scrapy documents.

It also ties the crawl to its parent (`kepatuhan run` / `kepatuhan crawl`): when the parent dies
(kill -9, OOM) the kernel sends SIGTERM (PR_SET_PDEATHSIG) and the crawl stops cleanly; a watch
thread that needs no signal handler exits the process if it is still there ORPHAN_GRACE_S after
the parent went. An orphaned crawl would hold no run lock, so the next run would crawl beside it.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import threading
import time
from typing import Callable

logger = logging.getLogger(__name__)

DUPLICATE_WINDOW_S = 3.0
ORPHAN_GRACE_S = 5.0  # an orphan has nobody to report to; its writes are kill-safe, so a short clean try is enough
ORPHAN_POLL_S = 0.5  # how soon a lost parent is noticed; a getppid() call twice a second costs nothing
SIGNALS = (signal.SIGTERM, signal.SIGINT)
PR_SET_PDEATHSIG = 1


def die_with_parent() -> int:
    """SIGTERM to this process when its parent dies (Linux); returns the parent's pid."""
    ppid = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the parent's own signal handling still covers SIGTERM and Ctrl-C
    if os.getppid() != ppid:  # the parent died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)
    return ppid


def bound_orphaned_stop(
    parent: int, stop_requested: Callable[[], bool], grace_s: float = ORPHAN_GRACE_S, poll_s: float = ORPHAN_POLL_S
) -> None:
    """Wait until `parent` is no longer this process's parent, then make sure the process ends.

    PR_SET_PDEATHSIG only asks for the clean stop, through Python's signal handler, and that handler
    runs when the main thread gets to it: a main thread busy for long, or a SIGTERM blocked by a
    signal mask the crawl inherited, and the stop never starts. This loop needs no signal: it sees
    the new parent itself, asks for the clean stop if no stop request was handled yet, and exits the
    process ORPHAN_GRACE_S later if that stop has not ended it. Nothing is logged on the way out:
    a main thread stuck holding the log handler's lock would keep us from reaching os._exit.
    """
    while os.getppid() == parent:
        time.sleep(poll_s)
    if not stop_requested():
        # a copy of the kernel's SIGTERM; if the handler does run it now, the guard drops the duplicate
        os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(grace_s)
    os._exit(3)


def watch_parent(parent: int, stop_requested: Callable[[], bool]) -> threading.Thread:
    """bound_orphaned_stop in a daemon thread (never the reason the process stays)."""
    thread = threading.Thread(
        target=bound_orphaned_stop, args=(parent, stop_requested), name="orphan-watch", daemon=True
    )
    thread.start()
    return thread


class DuplicateSignalGuard:
    def __init__(self, window_s: float = DUPLICATE_WINDOW_S):
        self.window_s = window_s
        self.first_at: float | None = None
        self.ignored = 0
        self._scrapy: dict[int, object] = {}

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals
        from twisted.internet import reactor

        ext = cls(crawler.settings.getfloat("KEPATUHAN_DUPLICATE_SIGNAL_WINDOW", DUPLICATE_WINDOW_S))
        watch_parent(die_with_parent(), ext.stop_requested)
        # Scrapy installs its handlers in an "after startup" trigger; wrap them on the next turn
        if reactor.running:
            reactor.callLater(0, ext.wrap)
        else:
            reactor.addSystemEventTrigger("after", "startup", lambda: reactor.callLater(0, ext.wrap))
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def stop_requested(self) -> bool:
        """Whether a stop signal has reached our handler (read by the orphan watch)."""
        return self.first_at is not None

    def spider_closed(self, spider) -> None:
        if self.ignored:
            logger.info("ignored %d duplicate stop signal(s) (the process group's and the parent's copy)", self.ignored)

    def wrap(self) -> None:
        for sig in SIGNALS:
            current = signal.getsignal(sig)
            if current != self.handle:
                self._scrapy[sig] = current
                signal.signal(sig, self.handle)

    def handle(self, signum, frame) -> None:
        now = time.monotonic()
        if self.first_at is not None and now - self.first_at < self.window_s:
            self.ignored += 1  # a copy of the stop request already being honoured (no logging in a handler)
            return
        if self.first_at is None:
            self.first_at = now  # a later deliberate stop keeps the first time: stop_requested stays true
        # Scrapy's handler swaps in its "second signal: stop uncleanly" handler. Installed, a copy arriving
        # while this call runs (nested in it, whichever thread the kernel picked) would reach that one: while
        # Scrapy's handler runs, what it installs for these signals is recorded behind ours instead.
        real_signal = signal.signal

        def keep_ours(sig, handler):
            if sig in SIGNALS:
                self._scrapy[sig] = handler
                return self.handle
            return real_signal(sig, handler)

        signal.signal = keep_ours
        try:
            inner = self._scrapy.get(signum)
            if callable(inner):
                inner(signum, frame)
            elif inner == signal.SIG_DFL:
                real_signal(signum, signal.SIG_DFL)
                signal.raise_signal(signum)
        finally:
            signal.signal = real_signal
        self.wrap()
