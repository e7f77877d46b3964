"""A province's police or land office (Polda, Kanwil) named only as where its stations are, or beside their
result: "Polres A dan Polres B dari Polda X masuk zona merah", "seluruh Polres di Polda X meraih zona hijau",
"Polda X membawa seluruh Polres jajarannya masuk zona hijau", "Polda X mendapat zona hijau semua", and beside
the national result ("Polda X menyebut secara nasional kepolisian meraih nilai 80"): the values are the
stations' or the nation's, so the Polda is no subject of them, nor a weak stand-in. A Polda gets a record only
where its own result is stated; an average over all its stations is its own (DECISIONS.md, Entities), so a
clause with an average word keeps it.

Knowledge: models/units.yaml `province_office_heads`, `local_office_heads` and `province_office_more_kinds` (the
stations' kinds),
`province_office_links`, `province_office_collectives`, `province_office_all_after`, `national_body_words`;
models/values.yaml `cardinals`, `average_words`.
"""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention

# the stretch of a clause read before or after the office
_CLAUSE = r"[^.;:!?\n]"


class ProvinceOffices:
    def __init__(self, u: dict, v: dict) -> None:
        heads = u.get("province_office_heads", [])
        kinds = words_alt(
            [h.lower() for h in u.get("local_office_heads", []) + u.get("province_office_more_kinds", [])]
        )
        links = words_alt(u.get("province_office_links", []))
        self.heads = tuple(h + " " for h in heads)
        # "Polres A dan Polres B dari Polda X", "seluruh Polres di Polda X", "10 Polres se-Polda X"
        self.stations_before = (
            re.compile(
                rf"(?i)(?<![\w])(?:{kinds})\w*(?![\w]){_CLAUSE}{{0,80}}?(?<![\w])(?:{links})"
                rf"(?:[ \t]+(?:{links}))*(?:[ \t]+|-)$"
            )
            if heads and kinds and links
            else None
        )
        many = words_alt(list(v.get("cardinals", {})) + u.get("province_office_collectives", []))
        own = words_alt(u.get("province_office_own_words", []) or ["jajaran"])
        national = words_alt(u.get("national_body_words", []) or ["Polri"])
        # "Polda X membawa seluruh Polres jajarannya masuk ...", "Polda X masih ada dua Polres yang ...",
        # "Polda X menyebut secara nasional kepolisian meraih ...": others named before the value
        self.others_after = re.compile(
            rf"(?i)^{_CLAUSE}{{0,80}}?(?<![\w])(?P<o>(?:\d+|{many})[ \t]+(?:{kinds}|{own})\w*(?![\w])"
            rf"|(?:{kinds})\w*[ \t]+(?:{own})\w*|(?:{national})(?![\w]))"
        )
        self.stations_named = re.compile(
            rf"(?i)(?<![\w])(?:(?:\d+|{many})[ \t]+(?:{kinds})[\w/-]*|(?:{kinds})[\w/-]*[ \t]+(?:{own})\w*"
            rf"|(?:{national}))(?![\w])"
        )
        joins = words_alt(u.get("province_office_joined", []) or ["dan"])
        self.joined = re.compile(rf"(?i)(?<![\w])(?:{joins})(?![\w])")
        values = words_alt(u.get("province_office_value_words", []) or ["zona", "nilai"])
        self.value_word = re.compile(rf"(?i)(?<![\w])(?:{values})")
        # "Polda X mendapat zona hijau semua": the label held by all its stations
        all_after = words_alt(u.get("province_office_all_after", []) or ["semua"])
        self.label_all = re.compile(
            rf"(?i)^{_CLAUSE}{{0,60}}?(?<![\w])(?:{values})\w*[ \t]+\w+,?[ \t]+(?:{all_after})(?![\w])"
        )
        self.average = re.compile(rf"(?i)(?<![\w])(?:{words_alt(v.get('average_words', []) or ['rata-rata'])})(?![\w])")

    def stations_hold(self, text: str, e: EntityMention, start: int, end: int) -> bool:
        """Whether a sentence (start, end) carrying on with the province office `e` tells its stations' or the
        nation's values ("Kapolda X menyebut, empat dari 12 Polres jajaran masuk zona merah"): not e's."""
        if e.entity_type != "unit" or not e.name.startswith(self.heads):
            return False
        return bool(self.stations_named.search(text, start, end))

    def mark(self, text: str, ents: list[EntityMention]) -> None:
        """Province offices named only as the place of their stations' or the nation's values."""
        if self.stations_before is None:
            return
        for e in ents:
            if not (e.subject or e.weak) or e.entity_type != "unit" or not e.name.startswith(self.heads):
                continue
            before = re.search(rf"{_CLAUSE}*$", text[max(0, e.start - 160) : e.start])
            clause_before = before.group() if before else ""
            if self.average.search(clause_before):
                continue  # "rata-rata nilai Polres jajaran se-Polda X": the Polda's own average
            if self.stations_before.search(clause_before) or self._others_named(text, e.end):
                e.subject = e.weak = False

    def _others_named(self, text: str, end: int) -> bool:
        """Its stations or the national body named after it before the value, or the label said of all."""
        after = text[end : end + 160]
        if self.label_all.match(after):
            return True
        m = self.others_after.match(after)
        if m is None:
            return False
        if self.joined.search(after, 0, m.start("o")):
            return False  # "Polda X beserta seluruh Polres jajarannya meraih ...": the Polda holds it too
        value = self.value_word.search(after)
        return value is None or m.end() <= value.start()
