"""Tell Indonesian from English text by frequent-word counts (word lists in models/cleaning/)."""

from __future__ import annotations

import re

from clean.data import stopwords


def detect_language(text: str) -> str | None:
    """ "id", "en" or None (too little text to tell)."""
    words = re.findall(r"[a-z]+", text[:5000].lower())
    if len(words) < 8:
        return None
    id_hits = sum(w in stopwords("id") for w in words)
    en_hits = sum(w in stopwords("en") for w in words)
    if max(id_hits, en_hits) < 0.03 * len(words):
        return None
    return "id" if id_hits >= en_hits else "en"
