"""One stop request is one stop request, however many copies of the signal arrive.

`timeout`, `kill -- -PGID`, systemd's default KillMode and a terminal's Ctrl-C signal a whole
process group: the crawl child gets SIGTERM/SIGINT from the kernel, and `kepatuhan run` passes the
one it got on as well (it must: a `kill PID` aimed at it alone reaches nobody else). Scrapy reads a
second signal as "stop now, uncleanly", and that unclean stop can hang. This extension wraps
Scrapy's handlers so that copies arriving within DUPLICATE_WINDOW_S of the first are ignored;
a deliberate second Ctrl-C later still forces the stop as Scrapy documents.

It also ties the crawl to its parent (`kepatuhan run` / `kepatuhan crawl`): when the parent dies
(kill -9, OOM) the kernel sends SIGTERM (PR_SET_PDEATHSIG), the crawl stops cleanly, and if that
clean stop has not ended ORPHAN_GRACE_S later the process exits. An orphaned crawl would hold no
run lock, so the next run would crawl beside it.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import threading
import time

logger = logging.getLogger(__name__)

DUPLICATE_WINDOW_S = 3.0
ORPHAN_GRACE_S = 5.0  # an orphan has nobody to report to; its writes are kill-safe, so a short clean try is enough
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


class DuplicateSignalGuard:
    def __init__(self, window_s: float = DUPLICATE_WINDOW_S):
        self.window_s = window_s
        self.first_at: float | None = None
        self.ignored = 0
        self._scrapy: dict[int, object] = {}
        self.parent = os.getppid()

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals
        from twisted.internet import reactor

        ext = cls(crawler.settings.getfloat("KEPATUHAN_DUPLICATE_SIGNAL_WINDOW", DUPLICATE_WINDOW_S))
        ext.parent = die_with_parent()
        # Scrapy installs its handlers in an "after startup" trigger; wrap them on the next turn
        if reactor.running:
            reactor.callLater(0, ext.wrap)
        else:
            reactor.addSystemEventTrigger("after", "startup", lambda: reactor.callLater(0, ext.wrap))
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

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
        first = self.first_at is None
        self.first_at = now if first else self.first_at
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
            if first and os.getppid() != self.parent:
                # orphaned: nobody will escalate a stop that hangs, so bound it here
                watchdog = threading.Timer(ORPHAN_GRACE_S, os._exit, args=(3,))
                watchdog.daemon = True  # never the reason the process stays
                watchdog.start()
            inner = self._scrapy.get(signum)
            if callable(inner):
                inner(signum, frame)
            elif inner == signal.SIG_DFL:
                real_signal(signum, signal.SIG_DFL)
                signal.raise_signal(signum)
        finally:
            signal.signal = real_signal
        self.wrap()
