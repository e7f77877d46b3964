"""A rank in a name-first list ("Klaten peringkat ke-247, Wonogiri peringkat ke-227") belongs to the name
before it, not to the name after it, though a comma alone parts it from that next name."""

from __future__ import annotations

import re

from extract.components.common.mentions import EntityMention, Value
from extract.components.records.walk import _Sentence


def name_first_rank_run(text: str, s: _Sentence, it: Value, nxt: EntityMention, before: EntityMention) -> bool:
    """ "Klaten peringkat ke-247, Wonogiri peringkat ke-227": a rank parted from the next name by a comma
    alone, that name followed at once by its own rank, is a name-first list; the rank stays with the name before."""
    if text[it.end : nxt.start].strip() not in ("", ",") or not re.search(r"\d", text[it.start : it.end]):
        return False  # ranks a succession gives ("disusul A, lalu B") are no number written
    after = next((v for v in s.vals if v.start >= nxt.end), None)
    own = text[before.end : it.start] if before.end <= it.start else ","
    return (
        len(own) <= 25
        and not re.search(r"[,.;:]", own)  # the rank follows its own name at once, as the next one's does
        and after is not None
        and after.kind == "rank"
        and bool(re.search(r"\d", text[after.start : after.end]))
        and after.start - nxt.end <= 25
        and not any(nxt.end <= e.start < after.start for e in s.ents)
        and not re.search(r"[,.;:]", text[nxt.end : after.start])
    )
