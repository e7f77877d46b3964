"""Old labels the article itself pairs with their zone (used by extract/components/records/component.py): a
sentence naming nobody that says the governments holding a pre-2022 level are in its zone ("63 Pemda masuk
zona hijau dengan predikat kepatuhan tinggi", "yang meraih penghargaan ... memiliki kepatuhan tinggi ...
sehingga masuk dalam daftar zona hijau") gives that zone to the ones it names afterwards with the level
("Kota X termasuk pemda yang mendapat predikat kepatuhan tinggi", "12 kabupaten ... yang mendapatkan predikat
kepatuhan tinggi yaitu A, B, ..."). Only the scheme's own pairs count (models/scoring_scheme.yaml): a sentence
pairing a level with another zone pairs nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ZONE = re.compile(r"(?i)(?<![\w])zona\s+(hijau|kuning|merah)(?![\w])")
_LEVEL = re.compile(r"(?i)(?<![\w])kepatuhan\s+(tinggi|sedang|rendah)(?![\w])")
# "zona hijau dengan predikat kepatuhan tinggi": a level written right after its zone (a few words between)
_RIGHT_AFTER = 40
# a legend of the scheme ("nilai 81-100 zona hijau", "zona hijau artinya kepatuhan tinggi") pairs nothing for
# anyone: only a sentence telling results does (a count, a percentage or the holders of an award)
_RANGE = re.compile(r"\d\s*(?:-|–|s\.?d\.?|sampai)\s*\d")


class PairedLevels:
    """Each old level ("kepatuhan tinggi") an unnamed sentence (naming no subject) pairs with its zone, with where
    that sentence ends (the pairing holds for the ones named after it) and the kinds of government its counted
    group names ("10 kabupaten lainnya berada di zona merah atau tingkat kepatuhan rendah": no province's)."""

    def __init__(self, text: str, doc, ents: list, old_label_zone: dict[str, str], noun_types: dict) -> None:
        self.old_label_zone = old_label_zone
        self.pairs: dict[str, tuple[int, set | None]] = {}
        starts = sorted(e.start for e in ents if e.subject)
        groups = doc._.groups or []
        for a, b in doc._.sent_spans or []:
            seg = text[a:b]
            zones = [(m.start(), m.group(1).lower()) for m in _ZONE.finditer(seg)]
            levels = [(m.start(), f"kepatuhan {m.group(1).lower()}") for m in _LEVEL.finditer(seg)]
            if not zones or not levels or _RANGE.search(seg) or bisect_left(starts, a) < bisect_left(starts, b):
                continue
            nouns = [g.noun for g in groups if a <= g.start < b]
            kinds = set().union(*(noun_types.get(n or "") or set() for n in nouns)) or None
            kinds = None if any(not noun_types.get(n or "") for n in nouns) else kinds
            one = len({z for _, z in zones}) == 1 and len({lvl for _, lvl in levels}) == 1
            for at, lvl in levels:
                zone = old_label_zone.get(lvl)
                near = [z for zs, z in zones if zs < at <= zs + _RIGHT_AFTER]
                if zone is not None and (zone in near or one and zones[0][1] == zone) and lvl not in self.pairs:
                    self.pairs[lvl] = (b, kinds)

    def told(self, e, old_label) -> bool:
        """Was `old_label` (the level entity `e` holds) paired with its zone before it, for e's kind?"""
        pair = self.pairs.get(str(old_label.value))
        return pair is not None and pair[0] <= old_label.start and (pair[1] is None or e.entity_type in pair[1])
