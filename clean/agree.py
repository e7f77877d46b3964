"""Choosing the body per page by agreement between extractors.

trafilatura's fast (recall-leaning) pass is right on most pages; on the others it keeps page
furniture the precision pass would drop, or the precision pass cuts real text. A third,
independent extractor (the readability algorithm trafilatura ships) settles it: where the
fast pass and readability agree, both are trusted and nothing more runs; where they do not,
the precision pass runs too and the candidate closer to readability wins. Agreement is the
overlap of word 4-gram shingles (the measure article-extraction benchmarks score with).
"""

from __future__ import annotations

import re
from collections import Counter
from copy import deepcopy

_WORD = re.compile(r"\w+")
SHINGLE = 4
# Shingle F1 at or above which two extractions are taken to be the same text.
AGREE = 0.9


def shingles(text: str, n: int = SHINGLE) -> Counter:
    words = _WORD.findall((text or "").lower())
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1))) if words else Counter()


def similarity(a: str, b: str) -> float:
    """Shingle F1 between two texts (0 when either is empty)."""
    sa, sb = shingles(a), shingles(b)
    common = sum((sa & sb).values())
    total = sum(sa.values()) + sum(sb.values())
    return 2 * common / total if total else 0.0


def readability_text(tree) -> str:
    """The readability algorithm's main text of a parsed page (tree left untouched)."""
    import lxml.html
    from trafilatura.readability_lxml import Document

    try:
        summary = Document(deepcopy(tree), min_text_length=25).summary()
        root = lxml.html.fromstring(summary) if summary.strip() else None
    except Exception:  # noqa: BLE001 - an independent opinion only: its failure leaves the first pass in charge
        return ""
    if root is None:
        return ""
    paras = (" ".join(t.split()) for t in root.itertext())
    return "\n".join(p for p in paras if p)
