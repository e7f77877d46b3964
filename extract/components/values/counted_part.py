"""A counted part of a counted total: "empat dari 12 Polres", "3 di antara 10 puskesmas".

The total alone ("dari 12 Polres") is the field assessed, no group; with a count before it the part is a
group of that many units, so the values after it belong to members named later, never to the place named
before (models/values.yaml `cardinals`, `counted_part_not_after`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import GroupMarker


@lru_cache(maxsize=4)
def _part_re(cardinals: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?:(?P<w>[\w-]+)\s+)?(?<![\w-])(?P<n>\d{{1,3}}|{words_alt(list(cardinals))})\s+"
        r"(?:dari|di\s+antara|diantara|antara)(?:\s+(?:total|jumlah|sejumlah|keseluruhan))?\s*$"
    )


def counted_part(v: dict, text: str, total: re.Match[str], spans: list[tuple[int, int]]) -> list[GroupMarker]:
    """The part counted before the total `total` (a group_re match), as a group; [] when there is none."""
    cardinals = v.get("cardinals", {})
    m = _part_re(tuple(cardinals)).search(text, max(0, total.start() - 40), total.start())
    if (
        m is None
        or any(a <= m.start("n") < b for a, b in spans)
        or text[max(0, m.start("n") - 3) : m.start("n")] == "ke-"
    ):
        return []  # "peringkat 4 dari 12 kabupaten": a rank's number, not a part
    if (m.group("w") or "").lower() in v.get("counted_part_not_after", []):
        return []
    word = m.group("n").lower()
    count = int(word) if word.isdigit() else cardinals.get(re.sub(r"\s+", " ", word))
    noun = re.sub(r"\s+", " ", total.group("noun").lower())
    return [GroupMarker(m.start(), total.end(), count, noun=noun)]
