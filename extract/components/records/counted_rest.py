"""Labels said of "N of the M" just listed, less the ones named as exceptions: after a list of 19
governments, "18 dari 19 pemerintah daerah meraih kategori A (kualitas tertinggi), sementara
Kabupaten X masuk kategori B" gives the 18 listed others grade A and that opinion (RECORDS.md
"Groups": a group defined by exception gives the remaining named members its attributes).

Read only when both counts agree with the text: M distinct governments of the group's kind named
before the sentence, and M - N of them named after the exception word. Knowledge:
models/values.yaml `cardinals`, `counted_rest_nouns` (the group nouns), `counted_rest_exception`.
"""

from __future__ import annotations

import re

from extract.components.records.claims import Claim
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention, Value
from extract.types import CATEGORICAL
from gazetteer import REGIONAL_TYPES

REST = 4  # as weak as a label said of every member (claim_all.py): anything said of one of them wins


class CountedRest:
    def __init__(self, v: dict):
        nums = words_alt(v.get("cardinals", {}))
        nouns, exc = v.get("counted_rest_nouns", []), v.get("counted_rest_exception", [])
        self.cardinals = {k.lower(): n for k, n in v.get("cardinals", {}).items()}
        self.of_re = (
            re.compile(
                rf"(?i)(?<![\w,.])(?P<n>\d{{1,3}}|{nums})\s+dari\s+(?P<m>\d{{1,3}}|{nums})\s+"
                rf"(?P<noun>{words_alt(nouns)})(?![\w/])"
            )
            if nouns and exc
            else None
        )
        self.exception = re.compile(rf"(?i)(?<![\w])(?:{words_alt(exc)})(?![\w])") if exc else None

    def _num(self, s: str) -> int:
        return int(s) if s.isdigit() else self.cardinals.get(re.sub(r"\s+", " ", s.lower()), 0)

    def claims(
        self, text: str, sents: list[tuple[int, int]], values: list[Value], subjects: list[EntityMention]
    ) -> list[Claim]:
        if self.of_re is None or self.exception is None or " dari " not in text:
            return []  # cheap gate: the pattern needs "N dari M"
        out: list[Claim] = []
        for m in self.of_re.finditer(text):
            sent = next(((a, b) for a, b in sents if a <= m.start() < b), None)
            exc = self.exception.search(text, m.end(), sent[1]) if sent else None
            if sent is None or exc is None:
                continue
            n, total = self._num(m.group("n")), self._num(m.group("m"))
            labels = [v for v in values if m.end() <= v.start < exc.start() and v.kind in CATEGORICAL]
            excepted = {e.code for e in subjects if exc.end() <= e.start < sent[1] and e.entity_type in REGIONAL_TYPES}
            if not labels or not 0 < n < total or len(excepted) != total - n:
                continue
            listed: dict[str | None, EntityMention] = {}
            for e in subjects:
                if e.start < sent[0] and e.entity_type in REGIONAL_TYPES:
                    listed.setdefault(e.code, e)
            if len(listed) != total and m.group("noun").lower() != "provinsi":
                # the province the governments lie in is often named too ("Kota Padang, Sumatera Barat")
                listed = {c: e for c, e in listed.items() if e.entity_type != "provinsi"}
            if len(listed) != total or not excepted <= set(listed):
                continue  # the counts must be the text's own list, the exceptions among them
            out.extend(Claim(e, v, REST, sent) for code, e in listed.items() if code not in excepted for v in labels)
        return out
