"""Labels of the ones named after "selain" at a sentence's head: "Selain Kota X, tahun ini Kabupaten A dan
Kabupaten B juga meraih zona hijau", "Selain Kota X, dua daerah lain yang masuk zona hijau adalah A dan B"
give X the zone (grade, opinion) the rest of the sentence gives the others, the "juga"/"lain" of that rest
saying X holds it too (RECORDS.md "Groups"). One named there with a label of its own in that clause ("Selain
X yang masih kuning, A dan B sudah hijau") keeps its own, and so does the whole sentence when its rest gives
the others two different labels of one kind.

Knowledge: models/values.yaml `besides_before` (the words for "besides"), `besides_also_words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.common.casefold import lowered
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention
from extract.components.common.needles import may_match
from extract.components.records.claims import SHARED, Claim
from extract.types import CATEGORICAL
from gazetteer import REGIONAL_TYPES

# between "selain" and its first government, and between two of them
_JOINED = re.compile(r"(?i)\s*(?:,\s*|(?:dan|serta)\s+)?(?:dan\s+)?")


class BesidesHeads:
    def __init__(self, v: dict):
        bes, also = v.get("besides_before", []), v.get("besides_also_words", [])
        # at the sentence's head, after a short opener set off by a comma ("Sementara itu, selain ...") or after
        # one or two words ("Namun selain ...")
        self.head = (
            re.compile(
                rf"(?i)[\s\"“(]*(?:[^,.;\n]{{0,30}},\s*|(?:\w+\s+){{1,2}})?(?P<w>{words_alt(bes)})\s+(?-i:(?=[A-Z]))"
            )
            if bes
            else None
        )
        self.also = re.compile(rf"(?i)(?<![\w])(?:{words_alt(also)})(?![\w])") if also else None

    @staticmethod
    def _listed(text: str, at: int, ents: list[EntityMention]) -> list[EntityMention]:
        """The governments named right after "selain", one after another ("Kota X, Kabupaten Y dan Z"); none
        named after another word ("Selain bantuan bagi Kota X, ...": not the one the others are set beside)."""
        out = []
        for e in ents:
            if e.entity_type not in REGIONAL_TYPES or not _JOINED.fullmatch(text, at, e.start):
                break
            out.append(e)
            at = e.end
        return out

    def claims(
        self,
        text: str,
        sents: list[tuple[int, int]],
        claims: list[Claim],
        subjects: list[EntityMention],
        key: Callable[[EntityMention], tuple],
    ) -> list[Claim]:
        if self.head is None or self.also is None or not may_match(self.head, lowered(text)):
            return []  # none of `besides_before` is in the text (needles.py)
        out: list[Claim] = []
        for a, b in sents:
            m = self.head.match(text, a, b)
            if m is None:
                continue
            if any(a <= e.start < m.start("w") for e in subjects):
                continue  # "Kota X selain ...": the sentence's subject is named before it
            comma = text.find(",", m.end(), b)
            if comma < 0 or self.also.search(text, comma, b) is None:
                continue
            named = self._listed(text, m.end(), [e for e in subjects if m.end() <= e.start < comma])
            own = [c for c in claims if c.sentence == (a, b)]
            told = {key(c.entity) for c in own if c.value.start < comma}  # "Selain X yang masih kuning": its own
            rest = [c for c in own if c.value.kind in CATEGORICAL and c.value.start > comma and not c.value.prior]
            rest = [c for c in rest if c.entity.start > comma]
            kinds: dict[str, set] = {}
            for c in rest:
                kinds.setdefault(c.value.kind, set()).add(c.value.value)
            if not rest or any(len(vs) > 1 for vs in kinds.values()):
                continue
            labels = list({id(c.value): c.value for c in rest}.values())
            for e in named:
                if key(e) in told:
                    continue
                had = {c.value.kind for c in own if key(c.entity) == key(e)}
                out.extend(Claim(e, v, SHARED, (a, b)) for v in labels if v.kind not in had)
        return out
