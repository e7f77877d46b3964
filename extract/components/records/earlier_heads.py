"""The earlier state of a list heading that tells a change: "Pemda yang turun dari zona hijau ke zona
kuning yaitu A, B", or "Dari kepatuhan tinggi atau hijau menjadi kepatuhan sedang atau zona kuning."
followed by "Pemda yang mengalami penurunan zonasi ke zona kuning yaitu A, B": each one listed held
the earlier state in the previous assessment (the claim's year comes from `Value.prior`).

Knowledge: models/values.yaml `zone_change_verbs` (the words of a change before "ke"/"menjadi").
"""

from __future__ import annotations

import re

from extract.components.records.walk import _Sentence, _Walk
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value
from extract.types import CATEGORICAL

_NEAR = 40  # the longest stretch between the earlier state and the heading label of one change
_BACK = 2  # how many sentences back the change may be told


class EarlierHeads:
    """Finds the earlier states a change heading hands to the entities it lists."""

    def __init__(self, v: dict) -> None:
        verbs = v.get("zone_change_verbs", [])
        # "mengalami penurunan zonasi ke zona kuning", "yang turun menjadi": a change into the heading label
        self.into = (
            re.compile(rf"(?i)(?<![\w])(?:{words_alt(verbs)})(?:\s+\w+){{0,2}}\s+(?:ke|menjadi|jadi)\s+$")
            if verbs
            else None
        )

    def earlier(self, w: _Walk, s: _Sentence, it: Value) -> list[Value]:
        """The earlier states that go with heading label `it` of sentence `s`."""
        if it.prior or it.kind not in CATEGORICAL:
            return []
        own = [v for v in s.vals if v.prior and v.kind in CATEGORICAL and v.end <= it.start < v.end + _NEAR]
        if own:
            return own
        if self.into is None or not self.into.search(w.text, max(0, it.start - 60), it.start):
            return []
        # the change told just before (a comment may stand between) by a sentence naming no one, into the
        # same state
        if w.unnamed is None or not s.index - _BACK <= w.unnamed[0] < s.index:
            return []
        told = w.unnamed[1]
        if not any(not v.prior and v.kind == it.kind and v.value == it.value for v in told):
            return []
        return [v for v in told if v.prior]
