"""The cleaner's output type: `Article`, what clean produces and what extraction consumes."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

_MARKUP = re.compile(r"^[#\s]+")


def with_headline(text: str, title: str | None) -> str:
    """The text extraction reads: the headline, a blank line, then the body, as an article's
    plain text is written (records and the year are often stated only in the headline). The
    body alone when there is no headline or the body already opens with it (texts that carry
    their headline, "# JUDUL" included). Evidence offsets of extracted records index this."""
    head = " ".join((title or "").split())
    if not head:
        return text
    opening = " ".join(_MARKUP.sub("", text or "")[: len(head) + 40].split())
    if opening.lower().startswith(head.lower()):
        return text
    return f"{head}\n\n{text}"


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

    def extraction_text(self) -> str:
        """Headline and body, as extraction reads them (see `with_headline`)."""
        return with_headline(self.text, self.title)
