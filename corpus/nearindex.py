"""Near-copy candidates from memory: every clustered article's simhash by publication day.

The cleaner calls two texts near copies within 10 bits of simhash distance, which needs 11
bands of ~6 bits for a band index; a 6-bit band matches a sixtieth of all articles, so a band
query reads a share of the whole corpus for every new article. Copies of a story appear within
days of each other, so the index keeps (day, id, simhash) as numpy arrays sorted by
day and compares a new article's simhash with the ±30 days around it (two binary searches, one
vectorised XOR/popcount): the cost follows the articles of those days, not the size of the
corpus. 24 bytes per article; brought up to date with one `id > last seen` query per batch.
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
    """Simhashes sorted by publication day (numpy arrays), plus the rows added since the last
    merge; a window is two binary searches and one vectorised XOR/popcount."""

    MERGE_AT = 4096  # pending rows merged into the sorted arrays at this count

    def __init__(self):
        empty = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0, dtype=np.uint64))
        self.days, self.ids, self.sims = empty  # sorted by day; undated (-1) first
        self.p_days, self.p_ids, self.p_sims = empty  # pending, unsorted
        self.last_id = 0

    def __len__(self) -> int:
        return len(self.ids) + len(self.p_ids)

    def refresh(self, s) -> None:
        """Take in the articles stored since the last call (by this or another process)."""
        rows = s.execute(
            sa.select(ArticleRow.id, ArticleRow.simhash, ArticleRow.published)
            .where(ArticleRow.id > self.last_id, ArticleRow.cluster_id.is_not(None), ArticleRow.simhash.is_not(None))
            .order_by(ArticleRow.id)
        ).all()
        if rows:
            self.add((r.id, int(r.simhash, 16), day_of(r.published)) for r in rows)
            self.last_id = max(self.last_id, rows[-1].id)

    def add(self, rows) -> None:
        """(id, simhash int, day) rows."""
        rows = list(rows)
        if not rows:
            return
        self.p_ids = np.concatenate([self.p_ids, np.array([r[0] for r in rows], dtype=np.int64)])
        self.p_sims = np.concatenate([self.p_sims, np.array([r[1] for r in rows], dtype=np.uint64)])
        self.p_days = np.concatenate([self.p_days, np.array([r[2] for r in rows], dtype=np.int64)])
        if len(self.p_ids) >= self.MERGE_AT:
            days = np.concatenate([self.days, self.p_days])
            order = np.argsort(days, kind="stable")
            self.days = days[order]
            self.ids = np.concatenate([self.ids, self.p_ids])[order]
            self.sims = np.concatenate([self.sims, self.p_sims])[order]
            self.p_days, self.p_ids, self.p_sims = self.p_days[:0], self.p_ids[:0], self.p_sims[:0]

    def candidates(self, sim: int, day: int, max_distance: int, exclude: int | None = None) -> list[int]:
        """Ids within `max_distance` bits of `sim` published within the window around `day`
        (undated articles are compared with every day, as every day with them), by id."""
        h = np.uint64(sim)
        w = NEAR_COPY_WINDOW.days
        if day == UNDATED:
            parts = [(0, len(self.days))]
            pending = None
        else:
            n_undated = int(self.days.searchsorted(0))
            lo, hi = int(self.days.searchsorted(day - w)), int(self.days.searchsorted(day + w, "right"))
            parts = [(0, n_undated), (lo, hi)]
            pending = (self.p_days == UNDATED) | (np.abs(self.p_days - day) <= w)
        found: list[int] = []
        for a, b in parts:  # ndarray methods and ufuncs: this runs once per stored article
            if b > a:
                hit = (np.bitwise_count(self.sims[a:b] ^ h) <= max_distance).nonzero()[0]
                if len(hit):
                    found += self.ids[a:b][hit].tolist()
        if len(self.p_ids):
            near = np.bitwise_count(self.p_sims ^ h) <= max_distance
            found += self.p_ids[near if pending is None else near & pending].tolist()
        return sorted(i for i in found if i != exclude)
