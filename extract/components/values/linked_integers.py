"""Whole numbers told as a score through a link word: "Nilai Kabupaten X pada tahun 2022 adalah 61 (zona
kuning)", "skor akhirnya yakni 95, masuk zona hijau". A whole number is a score only right after a score
noun (models/values.yaml `integer_score_before`); here the noun stands earlier in the clause and one of
the links right before the number ties it to it, or such a link told the decimal score of a series' earlier
item. The number must close its clause (a comma, a bracket, "atau", "dan" or the sentence's end follow it),
so a count the link introduces ("nilai diberikan kepada daerah yang dinilai, yaitu 24 kabupaten") stays no
score.

Knowledge: models/values.yaml `split_decimal_before_scored` (the links), `integer_linked_score_nouns`.
"""

from __future__ import annotations

import re

from extract.components.common.knowledge import any_word, words_alt

_CLOSES = re.compile(r"(?i)\s*(?:[,;:()]|\.(?!\d)|atau(?![\w])|dan(?![\w])|$)")


class LinkedIntegers:
    def __init__(self, v: dict):
        links, nouns = v.get("split_decimal_before_scored", []), v.get("integer_linked_score_nouns", [])
        # the noun, then up to 60 characters of its clause holding no decimal number, then the link
        self.linked = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(nouns)})(?![\w])(?:(?!\d[.,]\d)[^.,;!?\n]){{0,60}}?"
                rf"(?<![\w])(?:{words_alt(links)})\s*$"
            )
            if links and nouns
            else None
        )
        # "nilai minimal adalah 81": a bound or a target told between them (or a place, a count before the
        # noun: "Peringkat nilai X adalah 5"), nobody's score
        self.not_held = any_word(v.get("integer_linked_not_between", []))
        # ... or a series whose earlier item the same kind of link told as a decimal score ("... pada tahun 2021
        # adalah 63,4 (zona kuning), pada tahun 2022 adalah 61 (zona kuning)")
        self.series = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(links)})\s+\d{{1,3}}[.,]\d{{1,2}}(?!\d)(?:(?!\d[.,]\d)[^.!?\n]){{0,80}}?"
                rf"(?<![\w])(?:{words_alt(links)})\s*$"
            )
            if links
            else None
        )

    def score_at(self, text: str, s: int, e: int) -> bool:
        """Is the whole number at text[s:e] a score told through a link word?"""
        return _CLOSES.match(text, e) is not None and any(self._held(p, text, s) for p in (self.linked, self.series))

    def _held(self, told: re.Pattern[str] | None, text: str, s: int) -> bool:
        m = None if told is None else told.search(text, max(0, s - 120), s)
        # (the words just before the noun too: "Peringkat nilai X adalah 5" is a place)
        return m is not None and not (
            self.not_held is not None and self.not_held.search(text, max(0, m.start() - 20), m.end())
        )
