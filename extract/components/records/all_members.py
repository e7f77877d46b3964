"""Labels said of every government of a province: "Pemprov Jambi beserta seluruh atau 11
pemerintah kabupaten kota di Provinsi Jambi sukses meraih zona hijau", "semua kabupaten/kota se-Bali meraih
zona hijau". The zone/grade/opinion of such a sentence reaches every kabupaten/kota of that province
the article names anywhere, at the weakest priority (anything said of one of them wins).
Knowledge: models/values.yaml `all_members_words`, `all_members_nouns`, `all_members_not_after`."""

from __future__ import annotations

import re

from extract.components.records.claims import Claim
from extract.components.common.casefold import lowered
from extract.components.common.knowledge import any_word, words_alt
from extract.components.common.needles import may_match
from extract.components.common.mentions import EntityMention, Value
from extract.types import CATEGORICAL

ALL = 4  # weaker than OWN, PREFIX, GROUP, SHARED and CARRY (extract/components/records/claims.py)
LOCATED = re.compile(r"(?i)(?<![\w])(?:di|se-?|dari)\s*$")
OPENING_PLACE = re.compile(r"(?i)^\W*(?:[a-z]+\s+)?(?:di|se-?)\s*$")  # "Khusus di ", "Untuk se-", "Di "
PLACE_GAP = re.compile(r"(?i)^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?!yang\b)[a-z]+\s+){0,3}$")  # ", ", " tahun ini "
# the group said to hold the province's own government too ("baik provinsi maupun kabupaten/kota")
WITH_PROVINCE = re.compile(
    r"(?i)(?<![\w])(?:baik\s+)?(?:pemerintah\s+)?provinsi\s+(?:maupun|dan|serta)\s+(?:pemerintah\s+)?kab"
)


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
        alone = v.get("all_members_alone", [])
        self.alone_re = any_word(alone)
        wish = v.get("all_members_wish_words", [])
        self.wish = any_word(wish)

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
            here = [e for e in ents if ss <= e.start < se]
            m = self.all_re.search(text, ss, se) or self.province_wide(text, ss, se, here)
            if not m or (
                self.not_after is not None and self.not_after.search(text, max(ss, m.start() - 20), m.start())
            ):
                continue
            vals = [v for v in values if ss <= v.start < se and v.kind in CATEGORICAL and v.start > m.start()]
            provinces = {e.province for e in here if e.entity_type == "provinsi" and e.province}
            if not here and self._unplaced_claim(text, m, se):
                provinces = self._scored_provinces(sents, values, subjects)
            if not vals or len(provinces) != 1 or any(e.entity_type in ("kabupaten", "kota") for e in here):
                continue  # members named in the sentence itself are handled as a list
            # between the group and its label only the group's place ("... di Provinsi Aceh berhasil masuk")
            if any(
                m.end() <= e.start < vals[0].start and not LOCATED.search(text, max(0, e.start - 12), e.start)
                for e in here
            ):
                continue
            province = provinces.pop()
            noun = (m.groupdict().get("noun") or "").lower()
            kinds = {"kabupaten"} if noun == "kabupaten" else {"kota"} if noun == "kota" else {"kabupaten", "kota"}
            members = {e.code: e for e in subjects if e.entity_type in kinds and e.province == province}
            if WITH_PROVINCE.search(text, m.start(), vals[0].start):
                # "semua daerah baik provinsi maupun kabupaten/kota": the province's own government too
                own = next((e for e in ents if e.entity_type == "provinsi" and e.province == province), None)
                if own is not None:
                    members[own.code] = own
            out.extend(Claim(e, v, ALL, (ss, se)) for e in members.values() for v in vals)
        return out

    def province_wide(self, text: str, ss: int, se: int, here: list[EntityMention]) -> re.Match | None:
        """ "Khusus di Provinsi Jambi, semuanya telah masuk zona hijau": a bare "semuanya" after a
        province given as the place, in a sentence naming no kabupaten/kota, is every government of it."""
        if self.alone_re is None or any(e.entity_type in ("kabupaten", "kota") for e in here):
            return None
        if not may_match(self.alone_re, lowered(text), ss, se):
            return None  # none of its words in the sentence (needles.py)
        m = self.alone_re.search(text, ss, se)
        # the place opens the sentence ("Khusus di Provinsi X, semuanya"), not a group's noun before it
        # ("13 kantor pertanahan di Provinsi X semuanya ...")
        placed = m is not None and any(
            e.entity_type == "provinsi"
            and e.end <= m.start()
            and OPENING_PLACE.match(text[ss : e.start])
            and PLACE_GAP.match(text[e.end : m.start()])
            for e in here
        )
        return m if placed else None

    def _unplaced_claim(self, text: str, m: re.Match, se: int) -> bool:
        """ "Menurut penilaian itu, semua pemerintah daerah sudah berada di zona hijau" with no place in the
        sentence: the governments of the article, when every kabupaten/kota it names lies in one province.
        Not a group placed elsewhere ("semua pemda di Indonesia") nor a wish ("agar semua pemda ...")."""
        if self.wish is None or self.wish.search(text, max(0, m.start() - 80), se):
            return False
        return not re.match(r"\s*(?:di|se-?|dari|yang)\b", text[m.end() : m.end() + 6], re.IGNORECASE)

    @staticmethod
    def _scored_provinces(sents: list[tuple[int, int]], values: list[Value], subjects: list[EntityMention]) -> set:
        """The provinces of the kabupaten/kota given a score in the article (at least two of them): a
        place named only in a dateline or a venue is not of the governments assessed."""
        scored_sents = {
            next((i for i, (ss, se) in enumerate(sents) if ss <= v.start < se), -1) for v in values if v.kind == "score"
        }
        scored = {
            e.code: e.province
            for e in subjects
            if e.entity_type in ("kabupaten", "kota")
            and e.province
            and any(sents[i][0] <= e.start < sents[i][1] for i in scored_sents)
        }
        return set(scored.values()) if len(scored) >= 2 else set()
