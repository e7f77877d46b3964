"""The winner of an award category (a mixin of Values, extract/components/values/component.py): "Kategori
kepatuhan tertinggi Pemerintah Kota diterima Pemkot Madiun", "Kepatuhan tertinggi kementerian
diterima oleh Kementerian Agama", "Predikat kepatuhan tertinggi diraih oleh Kabupaten
Ciamis", "nominasi nilai Kepatuhan Tertinggi diraih oleh Pemkab Pemalang": the one named right after
is first in that field (DECISIONS.md "Ranks": the winner among nominees). A top shared by several
("... diraih oleh Kabupaten A dan Kota B") ranks no one. The scope: national for provinces, ministries
and agencies, else what the sentence or the one before says (a national word or count, a province).

Knowledge: models/values.yaml (`award_top_heads`, `award_top_verbs`, `scope_national`,
`national_total_min`)."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value

_NATIONAL_FIELDS = ("provinsi", "kementerian", "lembaga")
_SHARED = re.compile(r"[^,;.!?\n]*?\s(?:dan|serta)\s+(?-i:[A-Z])")  # "A dan B", not "A, dan kategori ..."
_PROVINCIAL = re.compile(r"(?<![\w])(?:se-?\s?(?:provinsi\s+)?(?-i:[A-Z])|tingkat\s+provinsi|di\s+provinsi\s)", re.I)
_COUNT = re.compile(r"(?<![\d,.])(\d{2,3})\s+(?:pemerintah|pemkab|pemkot|pemprov|kabupaten|kota)", re.IGNORECASE)


class AwardTopRanks:
    v: dict
    national: re.Pattern[str]

    def _load_award_top(self, v: dict) -> None:
        heads, verbs = v.get("award_top_heads", []), v.get("award_top_verbs", [])
        self.award_top = (
            re.compile(
                rf"(?<![\w])(?:(?:{words_alt(heads)})\s+)?kepatuhan\s+(?:tertinggi|terbaik)"
                r"(?:\s+(?:untuk\s+)?(?:(?:kategori|tingkat|klaster)\s+)?(?:pemerintah\s+)?"
                r"(?P<field>provinsi|kabupaten|kota|kementerian|lembaga))?"
                rf"\s+(?:{words_alt(verbs)})(?:\s+oleh)?\s+(?=(?-i:[A-Z]))",
                re.IGNORECASE,
            )
            if heads and verbs
            else None
        )
        # "..., serta untuk kategori lembaga negara diraih oleh LKPP": a later category of the same
        # paragraph names its winner without repeating "kepatuhan tertinggi"
        tails = words_alt(v.get("award_field_tails", []) or ["negara"])
        self.award_next = (
            re.compile(
                r"(?<![\w])(?:untuk\s+)?kategori\s+(?:pemerintah\s+)?"
                rf"(?P<field>provinsi|kabupaten|kota|kementerian|lembaga)(?:\s+(?:{tails}))?"
                rf"\s+(?:{words_alt(verbs)})(?:\s+oleh)?\s+(?=(?-i:[A-Z]))",
                re.IGNORECASE,
            )
            if verbs
            else None
        )

    def award_top_ranks(self, text: str) -> list[Value]:
        if self.award_top is None or "kepatuhan" not in text.lower():
            return []
        out = []
        for m in self.award_top.finditer(text):
            if _SHARED.match(text, m.end()):
                continue
            field = (m.group("field") or "").lower()
            scope = self._award_scope(text, m, field)
            out.append(Value("rank", 1, m.start(), m.end(), scope=scope, forward=True))
            out.extend(self._award_next(text, m.end(), scope))
        return out

    def _award_next(self, text: str, start: int, scope: str | None) -> list[Value]:
        """The winners of the categories named after a winner, up to the paragraph's end."""
        if self.award_next is None:
            return []
        stop = text.find("\n", start)
        end = len(text) if stop < 0 else stop
        out = []
        for m in self.award_next.finditer(text, start, end):
            if _SHARED.match(text, m.end()):
                continue
            field = m.group("field").lower()
            out.append(
                Value(
                    "rank",
                    1,
                    m.start(),
                    m.end(),
                    scope="nasional" if field in _NATIONAL_FIELDS else scope,
                    forward=True,
                )
            )
        return out

    def _award_scope(self, text: str, m: re.Match[str], field: str) -> str | None:
        if field in _NATIONAL_FIELDS:
            return "nasional"
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        before = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)  # and the sentence before
        stop = re.search(r"[.!?](?=\s)|\n", text[m.end() :])
        end = m.end() + stop.start() if stop else len(text)
        counts = [int(c.group(1)) for c in _COUNT.finditer(text, before, end)]
        if self.national.search(text, before, end) or counts and max(counts) >= self.v["national_total_min"]:
            return "nasional"
        return "provinsi" if _PROVINCIAL.search(text, before, end) else None
