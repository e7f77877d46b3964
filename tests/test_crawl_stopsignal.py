"""The crawl child's DuplicateSignalGuard: copies of one stop request never reach Scrapy's
"second signal: stop uncleanly" handler, even when a copy lands while the first is being handled."""

from __future__ import annotations

import os
import signal

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
