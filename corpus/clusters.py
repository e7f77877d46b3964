"""Duplicate clusters: syndicated copies of one story are one source. An exact copy shares the
content hash; a near copy is found by simhash within a date window (corpus.nearindex) and
confirmed by the cleaner's shingle check (clean.dedup), so a near simhash alone never merges two
stories. Clusters are assigned as articles are stored (corpus.batch)."""

from __future__ import annotations

from clean import dedup


def fingerprint(text: str) -> tuple[str, str]:
    """(content hash, simhash hex) of article text."""
    h, sim = dedup.fingerprint(text)
    return h, f"{sim:016x}"


def simhash_int(simhash: str | int | None) -> int | None:
    if simhash is None or simhash == "":
        return None
    return int(simhash, 16) if isinstance(simhash, str) else int(simhash)
