"""An office's name cut by the end of the excerpt ("3. Kantor Pertanahan Kota Tan"): kept only where the
regions component completed its place (extract/components/regions/cut_off.py: exactly one kabupaten/kota of the
list's province opens with the cut word, "Kota Tan" -> Kota Tanjung Pinang) and the office took that region's
name; any other unit whose name ends in a level word and a word that names no region, at the very end of the
text, is cut off and holds no record (which office it was is not known)."""

from __future__ import annotations

import re

from extract.components.common.mentions import EntityMention

_LEVEL_TAIL = re.compile(r"(?:^|\s)(?:Kabupaten|Kota)\s+\S+$")
_END = re.compile(r"[ \t]*(?:…|\.{3})?\s*\Z")


def without_cut_names(text: str, regions: list[EntityMention], units: list[EntityMention]) -> list[EntityMention]:
    """`units` less the one cut off at the end of `text` whose place no region (as the regions component
    found them, before any became an office) names (see the module)."""
    if not units:
        return units
    last = max(units, key=lambda u: u.end)
    if not _END.match(text, last.end) or not _LEVEL_TAIL.search(last.name):
        return units
    if any(r.start < last.end and last.start < r.end for r in regions):
        return units  # the place is a region's (completed when cut)
    return [u for u in units if u is not last]
