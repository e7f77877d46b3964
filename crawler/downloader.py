"""A Scrapy Downloader whose per-site queues hand out the most urgent request first.

Scrapy's scheduler pops requests by priority, but the engine moves up to CONCURRENT_REQUESTS of
them at once into the downloader, where each site's slot keeps them in a FIFO deque until its
delay and concurrency allow the next one. On a polite crawl (2 connections, 1 s apart) that
window of 32 requests is served in arrival order, so a keyword link found on page 2 waits behind
30 ordinary articles from page 1. Here the slot's queue is a heap on `Request.priority` (FIFO
among equals), so "relevant first" holds inside the window too. Wired by DOWNLOADER in settings.
"""

from __future__ import annotations

import heapq
import itertools

from scrapy.core.downloader import Downloader


class SlotPriorityQueue:
    """The (request, deferred) queue of one download slot: the deque methods the Downloader uses
    (append, popleft, len, truth, iteration), highest priority out first."""

    def __init__(self, items=()):
        self._heap: list = []
        self._order = itertools.count()
        for item in items:
            self.append(item)

    def append(self, item) -> None:
        heapq.heappush(self._heap, (-item[0].priority, next(self._order), item))

    def popleft(self):
        return heapq.heappop(self._heap)[2]

    def __len__(self) -> int:
        return len(self._heap)

    def __bool__(self) -> bool:
        return bool(self._heap)

    def __iter__(self):
        return (entry[2] for entry in sorted(self._heap))


class PriorityDownloader(Downloader):
    def _get_slot(self, request, spider=None):
        key, slot = super()._get_slot(request)
        if not isinstance(slot.queue, SlotPriorityQueue):
            slot.queue = SlotPriorityQueue(slot.queue)
        return key, slot
