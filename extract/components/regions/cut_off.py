"""A list member cut off by the end of an excerpt ("..., Nias, Serdangbedagai, Simalung"): the text's last word,
written as a list item (after a comma or "dan") with no full stop, that opens the name of exactly one kabupaten/kota
of the provinces the text names is that government (the annotations read it so, the cut form an alias; DECISIONS.md
keeps a cut-off person's name as written and says nothing of governments)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from gazetteer import Region

from extract.components.common.mentions import EntityMention

# the last word of the text, a list item: after a comma or "dan"/"serta", at least four letters, nothing after it
_LAST_ITEM = re.compile(r"(?:,|[ \t](?:dan|serta))[ \t]+(?P<w>[A-Z][a-z]{3,})[ \t]*\Z")


# ... or a place cut after its level word ("3. Kantor Pertanahan Kota Tan"): two letters are enough there, the
# level narrows the names it may open
_LAST_LEVELLED = re.compile(r"(?<![\w])(?P<lvl>Kabupaten|Kota)[ \t]+(?P<w>[A-Z][a-z]{1,})[ \t]*(?:…|\.{3})?[ \t]*\Z")


def _bare(name: str) -> str:
    return re.sub(r"^(?:Kabupaten|Kota)\s+", "", name).replace(" ", "").lower()


def cut_off_member(
    text: str, found: list[EntityMention], regions: Iterable[Region]
) -> tuple[int, int, list[str]] | None:
    """Where the cut-off member is and the one region code it opens, or None."""
    m = _LAST_ITEM.search(text) or _LAST_LEVELLED.search(text)
    if m is None or any(f.end > m.start("w") for f in found):
        return None
    provinces = {c.split(".")[0] for f in found for c in f.candidates}
    stem = m.group("w").lower()
    levels = ("kabupaten", "kota") if "lvl" not in m.re.groupindex else (m.group("lvl").lower(),)
    codes = [
        r.code
        for r in regions
        if r.level in levels
        and r.province_code in provinces
        and any(_bare(n).startswith(stem) and _bare(n) != stem for n in (r.name, *r.aliases))
    ]
    return (m.start("w"), m.end("w"), codes) if len(codes) == 1 else None
