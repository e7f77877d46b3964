"""Near-copy candidates from memory: every clustered article's simhash by publication day.

The cleaner calls two texts near copies within 10 bits of simhash distance, which needs 11
bands of ~6 bits for a band index; a 6-bit band matches a sixtieth of all articles, so a band
query reads a share of the whole corpus for every new article. Copies of a story appear within
days of each other, so the index keeps (id, simhash) per day as numpy arrays and
compares a new article's simhash with the ±30 days around it in one vectorised XOR/popcount per
day: the cost follows the articles of those days, not the size of the corpus. About 16 bytes
per article; brought up to date with one `id > last seen` query per stored batch.
"""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import sqlalchemy as sa

from corpus.models import ArticleRow

NEAR_COPY_WINDOW = timedelta(days=30)  # syndicated copies of a release are published within this
UNDATED = -1


def day_of(published: str | None) -> int:
    """The date ordinal of an ISO date ("2024-01-20..."), UNDATED when absent or unreadable."""
    try:
        return date.fromisoformat(str(published)[:10]).toordinal() if published else UNDATED
    except ValueError:
        return UNDATED


class NearIndex:
    def __init__(self):
        self.days: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # day -> ids, simhashes
        self.last_id = 0

    def refresh(self, s) -> None:
        """Take in the articles stored since the last call (by this or another process)."""
        rows = s.execute(sa.select(ArticleRow.id, ArticleRow.simhash, ArticleRow.published)
                         .where(ArticleRow.id > self.last_id, ArticleRow.cluster_id.is_not(None),
                                ArticleRow.simhash.is_not(None))
                         .order_by(ArticleRow.id)).all()
        if rows:
            self.add((r.id, int(r.simhash, 16), day_of(r.published)) for r in rows)
            self.last_id = max(self.last_id, rows[-1].id)

    def add(self, rows) -> None:
        """(id, simhash int, day) rows."""
        by_day: dict[int, list] = {}
        for row in rows:
            by_day.setdefault(row[2], []).append(row)
        for day, rs in by_day.items():
            ids = np.array([r[0] for r in rs], dtype=np.int64)
            sims = np.array([r[1] for r in rs], dtype=np.uint64)
            if day in self.days:
                old_ids, old_sims = self.days[day]
                ids, sims = np.concatenate([old_ids, ids]), np.concatenate([old_sims, sims])
            self.days[day] = (ids, sims)

    def candidates(self, sim: int, day: int, max_distance: int, exclude: int | None = None) -> list[int]:
        """Ids within `max_distance` bits of `sim` published within the window around `day`
        (undated articles are compared with every day, as every day with them), by id."""
        if day == UNDATED:
            days = list(self.days)
        else:
            w = NEAR_COPY_WINDOW.days
            days = [d for d in range(day - w, day + w + 1) if d in self.days] + \
                ([UNDATED] if UNDATED in self.days else [])
        h = np.uint64(sim)
        found: list[int] = []
        for d in days:
            ids, sims = self.days[d]
            hit = np.bitwise_count(np.bitwise_xor(sims, h)) <= max_distance
            if hit.any():
                found += ids[hit].tolist()
        return sorted(i for i in found if i != exclude)
