"""A list that runs on past a sentence break (a mixin of RecordAssembler, extract/components/records/component.py):
"Daerah yang masuk zona kuning di antaranya Kota A, Kota B." then "Kabupaten C, Kabupaten D." or
"Serta Kabupaten E dan Kabupaten F." - a sentence of names only continues the list before it, whose
members share their labels."""

from __future__ import annotations

import re

from extract.components.records.claims import GROUP, Claim
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention
from extract.types import CATEGORICAL


def list_before(sents: list[tuple[int, int]], index: int, text: str) -> tuple[int, int]:
    """The sentence a list may run on from: the one before, passing over a page widget's short label
    between ("Bacaan Lainnya", "Baca Juga"; a line of up to three words without a number)."""
    i = index - 1
    while (
        i > 0
        and len(text[sents[i][0] : sents[i][1]].split()) <= 3
        and not re.search(r"\d", text[sents[i][0] : sents[i][1]])
    ):
        i -= 1
    return sents[i]


class ClaimContinued:
    list_continuers: re.Pattern | None = None
    list_successor: re.Pattern | None = None

    def _load_continuers(self, v: dict) -> None:
        words, successors = v.get("list_continuers", []), v.get("list_successors", [])
        prefixes = v.get("list_name_prefixes", []) + v.get("list_score_words", []) + v.get("inline_score_nouns", [])
        # a score after a name ("Kota D 79,41" or "(79,41)") is no word of another clause
        score = r"\(?\d{1,3}(?:[.,]\d{1,3})?\)?(?![\w])"
        # "..., Kabupaten Sumabwa Barat (74,08), ...": a name misspelt past recognition, opened by its level
        # word and written in capitals, is one more item of the list, not a clause of other words
        levels = v.get("enumeration_before_entity", [])
        unknown = rf"|(?<![\w])(?-i:(?:{words_alt(levels)})(?:\s+[A-Z][\w'-]*){{1,3}})(?![\w])" if levels else ""
        self.list_continuers = (
            re.compile(
                rf"(?i)(?:(?<![\w])(?:{words_alt(words + successors + prefixes)})(?![\w])|(?<![\w]){score}"
                rf"{unknown}|[\s,;.:•·-])*"
            )
            if words
            else None
        )
        # "Lalu Kantah A mendapatkan poin 89,89 serta Kantah B memperoleh penilaian sebesar 85,51": after an
        # opening succession word, the verbs that bring each one's score do not break the list either
        verbs, openers = v.get("list_score_verbs", []), v.get("list_openers", [])
        self.list_scored = (
            re.compile(
                rf"(?i)(?:(?<![\w])(?:{words_alt(words + successors + prefixes + verbs)})(?![\w])|(?<![\w]){score}"
                rf"{unknown}|[\s,;.:•·-])*"
            )
            if words and verbs
            else None
        )
        self.list_opener = re.compile(rf"(?i)\W*(?:{words_alt(openers)})(?![\w])") if openers else None
        # "X masuk zona merah dengan nilai 10,02. Disusul A (11,62), B (14,66), ...": the one named before
        # is followed by the list, which keeps its labels
        self.list_successor = re.compile(rf"(?i)\W*(?:{words_alt(successors)})(?![\w])") if successors else None

    def _names_only(self, text: str, ss: int, se: int, s_ents: list[EntityMention]) -> bool:
        """Does the sentence hold nothing but names, commas and list words ("serta", "dan")? After an
        opening succession word ("Lalu ..."), the verbs bringing each one's score count as list words."""
        if self.list_continuers is None or not s_ents:
            return False
        if self._names_between(self.list_continuers, text, ss, se, s_ents):
            return True
        opened = self.list_opener is not None and self.list_opener.match(text, ss) is not None
        return opened and self.list_scored is not None and self._names_between(self.list_scored, text, ss, se, s_ents)

    @staticmethod
    def _names_between(words: re.Pattern, text: str, ss: int, se: int, s_ents: list[EntityMention]) -> bool:
        pos = ss
        for e in sorted(s_ents, key=lambda e: e.start):
            if e.start < pos or words.fullmatch(text, pos, e.start) is None:
                return False
            pos = e.end
        return words.fullmatch(text, pos, se) is not None

    def _continued_list(
        self, claims: list[Claim], text: str, sent: tuple[int, int], prev: tuple[int, int], s_ents: list[EntityMention]
    ) -> list[Claim]:
        """The labels of the list the sentence before ended with, for each name in this one."""
        if not self._names_only(text, sent[0], sent[1], s_ents):
            return []
        before = [c for c in claims if c.sentence == prev and c.value.kind in CATEGORICAL]
        if not before:
            return []
        last = max(before, key=lambda c: c.entity.start).entity
        key = lambda e: (e.name, e.entity_type, e.parent)  # noqa: E731
        # (an earlier state told beside the present one is a label of its own: "dari hijau ke kuning yaitu A")
        labels = {(c.value.kind, c.value.prior): c.value for c in before if key(c.entity) == key(last)}
        # a list: another name of that sentence holds the same labels, or this one follows the last one named
        if not any(
            key(c.entity) != key(last) and labels.get((c.value.kind, c.value.prior)) is c.value for c in before
        ) and not (self.list_successor is not None and self.list_successor.match(text, sent[0])):
            return []
        return [Claim(e, v, GROUP, sent) for e in s_ents for v in labels.values()]
