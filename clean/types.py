"""The cleaner's output type: `Article`, what clean produces and what extraction consumes."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Article:
    """A cleaned news article (the cleaner's output; extraction's input)."""

    id: str
    text: str
    url: str | None = None
    canonical_url: str | None = None
    site: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    modified: str | None = None
    author: str | None = None
    language: str | None = None
    captions: list[str] = field(default_factory=list)
    dateline: str | None = None
    content_hash: str | None = None
    simhash: str | None = None  # 64-bit, hex
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
