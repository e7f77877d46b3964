"""Labels said of every government of a province: "Pemerintah Aceh dan seluruh atau 23 pemerintah
kabupaten kota di Provinsi Aceh berhasil masuk zona hijau", "semua kabupaten/kota se-Bali meraih
zona hijau". The zone/grade/opinion of such a sentence reaches every kabupaten/kota of that province
the article names anywhere, at the weakest priority (anything said of one of them wins).
Knowledge: models/values.yaml `all_members_words`, `all_members_nouns`, `all_members_not_after`."""

from __future__ import annotations

import re

from extract.components.claims import Claim
from extract.components.knowledge import words_alt
from extract.components.mentions import EntityMention, Value
from extract.types import CATEGORICAL

ALL = 4  # weaker than OWN, PREFIX, GROUP, SHARED and CARRY (extract/components/claims.py)
LOCATED = re.compile(r"(?i)(?<![\w])(?:di|se-?|dari)\s*$")


class AllMembers:
    def __init__(self, v: dict):
        words, nouns = v.get("all_members_words", []), v.get("all_members_nouns", [])
        self.all_re = (
            re.compile(
                rf"(?<![\w])(?:{words_alt(words)})\s+(?:atau\s+\d{{1,3}}\s+)?(?P<noun>{words_alt(nouns)})(?![\w/])",
                re.IGNORECASE,
            )
            if words and nouns
            else None
        )
        neg = v.get("all_members_not_after", [])
        self.not_after = re.compile(rf"(?<![\w])(?:{words_alt(neg)})\s+$", re.IGNORECASE) if neg else None

    def claims(
        self,
        text: str,
        sents: list[tuple[int, int]],
        values: list[Value],
        ents: list[EntityMention],
        subjects: list[EntityMention],
    ) -> list[Claim]:
        """`ents`: every entity mention (a place after "se-" names the province too); `subjects`:
        the mentions that can hold values (the members)."""
        if self.all_re is None:
            return []
        out: list[Claim] = []
        for ss, se in sents:
            m = self.all_re.search(text, ss, se)
            if not m or (
                self.not_after is not None and self.not_after.search(text, max(ss, m.start() - 20), m.start())
            ):
                continue
            vals = [v for v in values if ss <= v.start < se and v.kind in CATEGORICAL and v.start > m.start()]
            here = [e for e in ents if ss <= e.start < se]
            provinces = {e.province for e in here if e.entity_type == "provinsi" and e.province}
            if not vals or len(provinces) != 1 or any(e.entity_type in ("kabupaten", "kota") for e in here):
                continue  # members named in the sentence itself are handled as a list
            # between the group and its label only the group's place ("... di Provinsi Aceh berhasil masuk")
            if any(
                m.end() <= e.start < vals[0].start and not LOCATED.search(text, max(0, e.start - 12), e.start)
                for e in here
            ):
                continue
            province = provinces.pop()
            kinds = (
                {"kabupaten"}
                if m.group("noun").lower() == "kabupaten"
                else {"kota"}
                if m.group("noun").lower() == "kota"
                else {"kabupaten", "kota"}
            )
            members = {e.code: e for e in subjects if e.entity_type in kinds and e.province == province}
            out.extend(Claim(e, v, ALL, (ss, se)) for e in members.values() for v in vals)
        return out
