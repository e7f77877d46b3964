"""The crawl child's DuplicateSignalGuard: copies of one stop request never reach Scrapy's
"second signal: stop uncleanly" handler, even when a copy lands while the first is being handled.
Its orphan watch: a crawl whose parent died ends within the grace, whatever its signal handler does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from crawler.stopsignal import DuplicateSignalGuard


@pytest.fixture
def sigterm_restored():
    old = signal.getsignal(signal.SIGTERM)
    yield
    signal.signal(signal.SIGTERM, old)


class FakeScrapy:
    """Scrapy's two-step handlers: the first stop swaps in the "kill" handler."""

    def __init__(self, copy_lands_inside: bool):
        self.calls: list[str] = []
        self.copy_lands_inside = copy_lands_inside

    def shutdown(self, signum, frame):
        self.calls.append("graceful")
        signal.signal(signum, self.kill)
        if self.copy_lands_inside:
            os.kill(os.getpid(), signum)  # the group's copy, arriving right after the swap
            sum(range(1000))  # bytecodes: a pending Python-level handler would run here

    def kill(self, signum, frame):
        self.calls.append("unclean")


@pytest.mark.parametrize("inside", [False, True])
def test_copies_of_one_stop_reach_scrapy_once(sigterm_restored, inside):
    scrapy = FakeScrapy(copy_lands_inside=inside)
    signal.signal(signal.SIGTERM, scrapy.shutdown)
    guard = DuplicateSignalGuard(window_s=3.0)
    guard.wrap()
    os.kill(os.getpid(), signal.SIGTERM)
    os.kill(os.getpid(), signal.SIGTERM)
    assert scrapy.calls == ["graceful"]
    assert guard.ignored >= 1
    assert signal.getsignal(signal.SIGTERM) == guard.handle


def test_a_deliberate_second_stop_after_the_window_forces_it(sigterm_restored):
    scrapy = FakeScrapy(copy_lands_inside=False)
    signal.signal(signal.SIGTERM, scrapy.shutdown)
    guard = DuplicateSignalGuard(window_s=0.0)
    guard.wrap()
    os.kill(os.getpid(), signal.SIGTERM)
    os.kill(os.getpid(), signal.SIGTERM)
    assert scrapy.calls == ["graceful", "unclean"]


ORPHAN = """
import os, signal, sys, threading, time
from crawler.stopsignal import bound_orphaned_stop
mode = sys.argv[1]
if mode == "sigterm blocked":  # a signal mask inherited from whoever started us: the handler never runs
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
signal.signal(signal.SIGTERM, lambda s, f: print("term", flush=True))  # a clean stop that never ends
threading.Thread(
    target=bound_orphaned_stop,
    args=(os.getppid(), lambda: mode == "stop already requested"),
    kwargs={"grace_s": 1.0, "poll_s": 0.1},
    daemon=True,
).start()
print(os.getpid(), flush=True)
time.sleep(30)  # without the watch: the test's read waits this long, then fails
"""

STARTER = "import subprocess, sys; subprocess.run([sys.executable, '-c', sys.argv[1], sys.argv[2]])"


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"  # ended, waiting for init to reap it
    except FileNotFoundError:
        return True


@pytest.mark.parametrize(
    ("mode", "said"),
    [
        ("sigterm blocked", []),  # no handler ever runs: only the watch thread can end it
        ("handler runs", ["term"]),  # the watch asks for the clean stop; it hangs, the bound ends it
        ("stop already requested", []),  # the stop was asked for: no second copy that Scrapy could take as "force"
    ],
)
def test_an_orphaned_crawl_ends_within_the_grace_whatever_its_signal_handler_does(mode, said):
    """The parent (here a stand-in for `kepatuhan run`) is killed with -9; the orphan's watch thread
    sees the new parent and ends the process once the grace is over, signal handler or not."""
    starter = subprocess.Popen([sys.executable, "-c", STARTER, ORPHAN, mode], stdout=subprocess.PIPE, text=True)
    assert starter.stdout is not None
    orphan = int(starter.stdout.readline())
    os.kill(starter.pid, signal.SIGKILL)
    starter.wait()
    t0 = time.monotonic()
    out = starter.stdout.read()  # end of file: the orphan, the pipe's last writer, is gone
    took = time.monotonic() - t0
    deadline = time.monotonic() + 5
    while not _gone(orphan) and time.monotonic() < deadline:
        time.sleep(0.05)
    if not _gone(orphan):
        os.kill(orphan, signal.SIGKILL)
    assert _gone(orphan) and out.split() == said
    assert 0.9 < took < 4.0, took
