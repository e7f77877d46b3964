"""First places read from a superlative with the field it tops (a mixin of Values, extract/components/values.py;
the patterns are loaded in value_ranks.py): "nilai tertinggi dari 13 Kantah kabupaten/kota", "menempati posisi
tertinggi dari 17 kabupaten/kota se-Sultra" (first among the N counted, no scope among one government's own
units), "meraih nilai tertinggi se-Jabar", "predikat kepatuhan tertinggi kategori kabupaten diraih X", and "Di
tingkat provinsi, ... Jawa Tengah meraih nilai tertinggi" (the field named earlier in the sentence)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.casefold import scan
from extract.components.mentions import Value

# what a superlative tops, then a place: "(nilai tertinggi) kategori kepatuhan pelayanan publik di Maluku Utara"
_IN_PROVINCE = re.compile(
    r"(?:\s+(?:kategori\s+)?(?:indeks\s+)?kepatuhan(?:\s+(?:standar\s+)?pelayanan(?:\s+publik)?)?)?"
    r"\s+(?:se-?\s?|di\s+(?:provinsi\s+)?)(?!Indonesia\b|indonesia\b|tingkat\b|nasional\b)[A-Z]"
)

# the next places told right after a bare "nilai tertinggi": "... 95,94. Diikuti Y", "... dan Z urutan kedua"
_RANKING_GOES_ON = re.compile(
    r"(?i)(?:[.,;]\s*(?:lalu\s+|kemudian\s+)?(?:diikuti|disusul|menyusul)\b|(?<![\w])(?:urutan|peringkat|posisi)\s+"
    r"(?:kedua|ke-?\s?2)(?![\w]))"
)


class BestOfRanks:
    best_of_re: re.Pattern[str]
    best_score_re: re.Pattern[str] | None
    best_score_bare_re: re.Pattern[str] | None
    field_before: re.Pattern[str]
    provincial: re.Pattern[str]
    counted_nouns: set[str]
    own_unit_nouns: set[str]
    _scope: Callable[[str, int, int, int | None, str | None], str | None]

    def best_of_ranks(self, text: str) -> list[Value]:
        out = []
        for m in scan(self.best_of_re, text, fold=True):  # its noun is read lower-cased
            total = int(m.group("total"))
            if total > 1 and m.group("noun").lower() in self.counted_nouns:
                own_units = m.group("noun").lower() in self.own_unit_nouns
                scope = None if own_units else self._scope(text, m.start(), m.end(), total, m.group("noun"))
                out.append(Value("rank", 1, m.start(), m.end(), scope=scope))
        if self.best_score_re is not None:
            for m in scan(self.best_score_re, text, fold=True):
                g = "a" if m.group("a") else "b"
                scope = self._scope(text, m.start(g), m.end(g), None, None)
                if scope is None and _IN_PROVINCE.match(text, m.end(g)):
                    scope = "provinsi"  # "nilai tertinggi ... di Maluku Utara", "... se-Jabar"
                out.append(Value("rank", 1, m.start(g), m.end(g), scope=scope))
        if self.best_score_bare_re is not None:
            for m in scan(self.best_score_bare_re, text, fold=True):
                sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
                field = self.field_before.search(text, sent_start, m.start())
                if field:
                    scope = (
                        "provinsi"
                        if re.search(r"(?i)kabupaten|kota|daerah", field.group())
                        and self.provincial.search(text, sent_start, m.start())
                        else "nasional"
                    )
                    out.append(Value("rank", 1, m.start("a"), m.end("a"), scope=scope))
                elif _RANKING_GOES_ON.search(text, m.end(), m.end() + 250) and not self._own_units_before(
                    text, sent_start, m.start()
                ):
                    # "X memperoleh nilai tertinggi dengan skor 95,94. Diikuti Y ... dan Z urutan ketiga": a
                    # ranking told on among governments (not one government's units); among the governments of
                    # the province the article is about
                    scope = "provinsi" if self.provincial.search(text, 0, m.start()) else None
                    out.append(Value("rank", 1, m.start("a"), m.end("a"), scope=scope))
        return out

    def _own_units_before(self, text: str, start: int, end: int) -> bool:
        """ "Dinas Kesehatan mencatat nilai tertinggi ..., disusul Dinas Pendidikan": one government's units."""
        words = {w.lower() for w in re.findall(r"\w+", text[start:end])}
        return bool(words & self.own_unit_nouns)
