"""The values told along with an earlier state opened by a cue word ("sebelumnya", "semula", "tadinya"):
"pengalaman sebelumnya yang berada pada zona merah, dengan nilai 53,32 dan mendapat predikat rendah" - the
score and the level joined to the earlier zone by "dengan"/"dan mendapat" are the same earlier state's, however
far the cue's own reach (years/earlier.py) ends. Knowledge: models/values.yaml `earlier_chain_links`,
`earlier_chain_verbs`, `earlier_chain_label_nouns` and `inline_score_nouns`."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value


def chain_pattern(v: dict) -> re.Pattern[str] | None:
    """The gap between two values of one earlier state: a comma, a joining word, at most one verb of getting and
    one value noun ("…, dengan nilai", "dan mendapat predikat")."""
    links, verbs, nouns = (
        v.get("earlier_chain_links", []),
        v.get("earlier_chain_verbs", []),
        v.get("inline_score_nouns", []) + v.get("earlier_chain_label_nouns", []),
    )
    if not links:
        return None
    verb = rf"(?:(?:{words_alt(verbs)})\s+)?" if verbs else ""
    noun = rf"(?:(?:{words_alt(nouns)})\s+)?" if nouns else ""
    return re.compile(rf"(?i)\s*,?\s*(?:{words_alt(links)})\s+{verb}{noun}")


def chain_earlier(text: str, vals: list[Value], opened: set[int], gap: re.Pattern[str] | None) -> None:
    """Mark prior each value joined (by `gap`) to one opened by an earlier cue (`opened`: ids), in order, so a
    chain of them carries the mark on; values of a kind already in the chain end it (another state's)."""
    if gap is None:
        return
    kinds: set[str] = set()
    for a, b in zip(vals, vals[1:]):
        if id(a) in opened:
            kinds = {a.kind}
        elif not (a.prior and kinds):
            kinds = set()
            continue
        if b.kind in kinds or gap.fullmatch(text, a.end, b.start) is None:
            kinds = set()
            continue
        b.prior = True
        kinds.add(b.kind)
