"""A state reached after an earlier one told of the same subject in one sentence: "Kabupaten X yang tahun lalu
berada di zona merah mengalami peningkatan dan menempati zona kuning". The year written for the earlier state
dates that state only; the state reached after a change word is the reported one (a part of StatedYears,
records/stated_years.py). Knowledge: models/values.yaml `state_reached_cues`."""

from __future__ import annotations

import re

from extract.components.common.mentions import Value, YearMention

# one claim as the sentence's other values are remembered: (start, end, kind, where its entity is named)
Owned = tuple[int, int, str, int]


def owned_values(claims) -> list[Owned]:
    """The claims' values told as a state of their own (not the "from" side of a change: "tahun lalu meningkat
    dari 75,10 menjadi 82,50" dates the change reached), with the place their entity is named (the `clauses`
    cache of ClaimYears)."""
    return [(c.value.start, c.value.end, c.value.kind, c.entity.start) for c in claims if not c.value.prior]


def dates_an_earlier_state(
    text: str, y: YearMention, v: Value, owner: int | None, owned: list[Owned], cue: re.Pattern[str] | None
) -> bool:
    """The year `y`, before `v`, dates another value of v's kind of the same entity mention, and a change word
    stands between that value and `v`: `v` is the state reached, not the year's."""
    if cue is None or owner is None or y.end > v.start:
        return False
    return any(
        kind == v.kind and who == owner and y.end <= start and end <= v.start and cue.search(text, end, v.start)
        for start, end, kind, who in owned
    )
