"""Labels said of all the governments assessed, named in the next sentence: "Dari lima pemda yang
dinilai tahun ini, seluruhnya meraih predikat Kualitas Sedang. Kelima pemda itu ialah A, B, C, D,
dan E." gives A to E the label (RECORDS.md "Groups": an attribute stated for a group
holds for each member named). Read only when the next sentence names exactly as many governments as
counted, and the counting sentence names none. Knowledge: models/values.yaml `cardinals`,
`counted_rest_nouns` (the group nouns), `all_assessed_words`.
"""

from __future__ import annotations

import re

from extract.components.records.counted_rest import REST
from extract.components.records.claims import Claim
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention, Value
from extract.types import CATEGORICAL
from gazetteer import REGIONAL_TYPES


# the next sentence names others ("A dan B belum dinilai", "selain A ...")
NOT_OF_THEM = re.compile(r"(?i)(?<![\w])(?:tidak|belum|bukan|kecuali|selain|lain|lainnya)(?![\w])")


class AllAssessed:
    def __init__(self, v: dict):
        nums = words_alt(v.get("cardinals", {}))
        nouns, alls = v.get("counted_rest_nouns", []), v.get("all_assessed_words", [])
        self.cardinals = {k.lower(): n for k, n in v.get("cardinals", {}).items()}
        self.all_re = (
            re.compile(
                rf"(?i)(?<![\w,.])(?P<n>\d{{1,2}}|{nums})\s+(?:{words_alt(nouns)})\s+yang\s+"
                rf"(?:dinilai|disurvei|disurvey)\s*,?\s*(?:{words_alt(alls)})(?![\w])"
            )
            if nouns and alls
            else None
        )

    def claims(
        self, text: str, sents: list[tuple[int, int]], values: list[Value], subjects: list[EntityMention]
    ) -> list[Claim]:
        if self.all_re is None or "yang dinilai" not in text and "yang disurve" not in text:
            return []  # cheap gate: the pattern needs one of these
        out: list[Claim] = []
        for m in self.all_re.finditer(text):
            k = next((i for i, (a, b) in enumerate(sents) if a <= m.start() < b), None)
            if k is None or k + 1 >= len(sents):
                continue
            (ss, se), (ns, ne) = sents[k], sents[k + 1]
            n = int(m.group("n")) if m.group("n").isdigit() else self.cardinals.get(m.group("n").lower(), 0)
            labels = [v for v in values if m.end() <= v.start < se and v.kind in CATEGORICAL]
            if not labels or any(ss <= e.start < se and e.entity_type in REGIONAL_TYPES for e in subjects):
                continue
            if NOT_OF_THEM.search(text, ns, ne):
                continue  # "Sementara A dan B tidak dinilai": others, left out
            named: dict[str | None, EntityMention] = {}
            for e in subjects:
                if ns <= e.start < ne and e.entity_type in REGIONAL_TYPES:
                    named.setdefault(e.code, e)
            if len(named) != n:
                continue  # the next sentence must name the counted governments, all of them
            out.extend(Claim(e, v, REST, (ss, se)) for e in named.values() for v in labels)
        return out
