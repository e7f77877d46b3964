"""Members named in the clause of a year compared with: "Tahun ini enam daerah masuk zona hijau
ketimbang tahun lalu yang hanya dua daerah, yakni Pemprov A dan Kabupaten B": A and B are named of the
year compared with, so the label before it is theirs in that year (a year compared with is otherwise
never a value's own, extract/components/records/years.py). Knowledge: models/values.yaml
(`heading_introducers`)."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value, YearMention

# "dibandingkan tahun lalu", "ketimbang 2018": the year a result is compared with
COMPARED_YEAR = re.compile(r"(?i)(?:dibanding(?:kan)?|ketimbang|daripada)\s+(?:dengan\s+)?(?:pada\s+)?$")
# ... and "dibandingkan tahun 2018", whose clause may name that year's members
_COMPARED_WRITTEN = re.compile(
    r"(?i)(?:dibanding(?:kan)?|ketimbang|daripada)\s+(?:dengan\s+)?(?:pada\s+)?(?:tahun\s+)?$"
)


def compared_members_pattern(introducers: list[str]) -> re.Pattern[str]:
    """From the year up to the member: a clause of that year ("yang hanya dua daerah"), no sentence or
    clause break, except the commas of a list after its introducer ("yakni A, B dan C")."""
    intro = rf"(?:,?\s*(?:{words_alt(introducers)})(?![\w])[^;.!?]*)?" if introducers else ""
    return re.compile(rf"(?i)\s+yang\s[^,;.!?]*{intro}$")


def compared_members_year(
    clause: re.Pattern[str] | None, v: Value, text: str, in_sent: list[YearMention], owner: int | None
) -> YearMention | None:
    """The year compared with after the value `v` whose own clause names the claim's entity (at `owner`)."""
    if clause is None or owner is None or owner <= v.end:
        return None
    return next(
        (
            y
            for y in in_sent
            if v.end <= y.start < owner
            and _COMPARED_WRITTEN.search(text, max(0, y.start - 26), y.start)
            and clause.match(text, y.end, owner)
        ),
        None,
    )
