"""Helpers shared by the extraction phenomenon tests."""

from __future__ import annotations

from extract.pipeline import extract_article


def recs(text, **kw):
    """The records extracted from `text`, keyed by (entity, year)."""
    return {(r.entity, r.year): r for r in extract_article(text, **kw).records}
