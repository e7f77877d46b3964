"""Duplicate clusters: syndicated copies of one story are one source. An exact copy shares the
content hash; a near copy is found by simhash within a date window (corpus.nearindex) and
confirmed by the cleaner's shingle check (clean.dedup), so a near simhash alone never merges two
stories. Clusters are assigned to a batch's new and changed articles before they are written
(`assign_clusters`, called by corpus.batch), with two queries per batch whatever its size."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import sqlalchemy as sa
from sqlalchemy.orm import Session

from clean import dedup
from clean.types import Article
from corpus.bulk import any_of
from corpus.models import ArticleRow, hash_prefix
from corpus.nearindex import NEAR_COPY_WINDOW, UNDATED, NearIndex


def fingerprint(text: str) -> tuple[str, str]:
    """(content hash, simhash hex) of article text."""
    h, sim = dedup.fingerprint(text)
    return h, f"{sim:016x}"


def simhash_int(simhash: str | int | None) -> int | None:
    if simhash is None or simhash == "":
        return None
    return int(simhash, 16) if isinstance(simhash, str) else int(simhash)


class Clusterable(Protocol):
    """What assigning a cluster needs of an article on its way into the database."""

    article: Article
    sim: int | None
    day: int
    row_id: int | None
    cluster: int | None


def assign_clusters(s: Session, index: NearIndex, pend: Sequence[Clusterable]) -> None:
    """Set `cluster` of each (Clusterable) article, in order: the cluster of its earliest stored
    exact copy, else of an exact copy earlier in the batch, else of a confirmed near copy (stored,
    or earlier in the batch), else its own id. Nothing is written: the caller stores `cluster`
    with the article. `index` holds the stored articles (not those of `pend`)."""
    if not pend:
        return
    conn = s.connection()
    exact: dict[str, list[tuple[int, int]]] = {}
    hashes = {p.article.content_hash for p in pend}
    for r in s.execute(  # by the indexed prefix; a stored hash that only shares the prefix is left out
        sa.select(ArticleRow.content_hash, ArticleRow.id, ArticleRow.cluster_id)
        .where(
            any_of(conn, hash_prefix(ArticleRow.content_hash), {(h or "")[:16] for h in hashes}),
            ArticleRow.cluster_id.is_not(None),
        )
        .order_by(ArticleRow.id)
    ):
        if r.content_hash in hashes:
            exact.setdefault(r.content_hash, []).append((r.id, r.cluster_id))
    near = _stored_near_copies(s, index, pend)
    local, local_hash = BatchSims(), dict[str, int]()
    for p in pend:
        h = p.article.content_hash or ""
        found = next((c for i, c in exact.get(h, ()) if i != p.row_id), None)
        if found is None:
            found = local_hash.get(h)
        if found is None and p.sim is not None:
            found = _near_cluster(p, near.get(id(p), ()), local)
        p.cluster = found or p.row_id
        if p.cluster is not None:
            local_hash.setdefault(h, p.cluster)
        local.add(p)


def _stored_near_copies(s: Session, index: NearIndex, pend: Sequence[Clusterable]) -> dict[int, list[tuple[str, int]]]:
    """Per article of `pend` (by id()), the (text, cluster) of the stored articles its simhash
    window names, in id order; their texts are read in one query. An article being changed in
    this batch is no candidate as stored (its new text is compared inside the batch)."""
    changing = {p.row_id for p in pend if p.row_id is not None}
    wanted = {
        id(p): [c for c in index.candidates(sim, p.day, dedup.NEAR_DISTANCE) if c not in changing]
        for p in pend
        if (sim := p.sim) is not None
    }
    ids = {c for cands in wanted.values() for c in cands}
    if not ids:
        return {}
    stored = {
        r.id: (r.text, r.cluster_id)
        for r in s.execute(
            sa.select(ArticleRow.id, ArticleRow.text, ArticleRow.cluster_id).where(
                any_of(s.connection(), ArticleRow.id, ids), ArticleRow.cluster_id.is_not(None)
            )
        )
    }
    return {k: [stored[c] for c in cands if c in stored] for k, cands in wanted.items()}


def _near_cluster(p: Clusterable, stored: Sequence[tuple[str, int]], local: "BatchSims") -> int | None:
    for text, cluster in stored:  # a near simhash alone never merges two stories: the shingle check confirms
        if _same_story(p.article, text):
            return cluster
    for q in local.near(p.sim or 0):
        if _within_window(p.day, q.day) and _same_story(p.article, q.article.text):
            return q.cluster
    return None


def _same_story(article: Article, other_text: str) -> bool:
    return len(dedup.cluster([article, Article(id="other", text=other_text)])) == 1


def _within_window(a: int, b: int) -> bool:
    return a == UNDATED or b == UNDATED or abs(a - b) <= NEAR_COPY_WINDOW.days


class BatchSims:
    """The simhashes of a batch's articles so far, for near copies inside the batch."""

    def __init__(self):
        self.items: list = []
        self.sims = np.zeros(64, dtype=np.uint64)  # the first len(items) are in use

    def add(self, p) -> None:
        if p.sim is not None:
            if len(self.items) == len(self.sims):
                self.sims = np.concatenate([self.sims, np.zeros_like(self.sims)])
            self.sims[len(self.items)] = p.sim
            self.items.append(p)

    def near(self, sim: int) -> list:
        used = self.sims[: len(self.items)]
        hit = np.bitwise_count(np.bitwise_xor(used, np.uint64(sim))) <= dedup.NEAR_DISTANCE
        return [self.items[i] for i in np.flatnonzero(hit)]
