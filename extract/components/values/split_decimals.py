"""Scores typed with a space after the decimal comma ("nilai 86, 65", "(99, 23)", "Polres Agam dengan 26, 79"),
a mixin of Values (extract/components/values/component.py). Knowledge: models/values.yaml
(`split_decimal_before`, `split_decimal_before_scored`, `split_decimal_score_nouns`)."""

from __future__ import annotations

import re

from extract.components.common.casefold import scan
from extract.components.common.mentions import Value
from extract.components.years.page_dates import MONTHS

# (the not-after test behind the first digit, not before it: `re` then skips from digit to digit, the same matches)
_SPLIT_DECIMAL = re.compile(r"(?<![\w.,])(\d{1,2}), (\d{2})(?![\d.,]\d)")
# a split decimal as one more member of a run of scores: a score, its separator, then a name
_SPLIT_IN_RUN = re.compile(r"(?<![\w.,])\d{1,3},\d{2}\s*(?:[,;.]|dan|serta)\s+(?:[A-Z][\w.-]*\s+){1,4}$")
# "yakni 12, 15 dan 20": a third number after the pair makes a list of integers
_SPLIT_LIST_GOES_ON = re.compile(r"\s*(?:,|dan|serta|-|–)\s*\d")


# a score-like number (0-100 with decimals) said earlier in the same sentence
_EARLIER_SCORE = re.compile(r"(?<![\w.,])(\d{1,3})[.,](\d{1,2})(?![\w.,]*\d)")


def passes_scale_top(text: str, s: int) -> bool:
    """Would the number at s, read as a rise, take a lower score said earlier in its sentence past the
    scale's top ("dari tahun sebelumnya 91,07 ... ada peningkatan yakni 92,64")? Then it is the new
    score, not the difference."""
    m = re.match(r"(\d{1,3})(?:[.,](\d{1,2}))?", text[s:])
    if not m:
        return False
    val = float(f"{m.group(1)}.{m.group(2) or 0}")
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    olds = [float(f"{a}.{b}") for a, b in _EARLIER_SCORE.findall(text[start:s])]
    return any(0 < old < val and old + val > 100 for old in olds)


class SplitDecimals:
    # what the rest of Values gives this part (component.py loads them)
    split_before: re.Pattern
    split_scored: re.Pattern | None
    score_not_after: re.Pattern
    score_not_before: re.Pattern

    def _difference(self, text: str, s: int) -> bool:
        raise NotImplementedError

    def _split_decimals(self, text: str, out: list[Value]) -> list[Value]:
        """ "nilai 86, 65", "2018 (99, 23)": a comma typed with a space. After a score word, or once the page
        types its decimals so ("skor 23, 11 ... disusul Polres Agam dengan 26, 79"), or as one more member of a
        run of scores ("Polres A 85,33. Polres B 82, 57 dan Polres C 80,94")."""
        pairs = [m for m in scan(_SPLIT_DECIMAL, text) if float(f"{m.group(1)}.{m.group(2)}") <= 100]
        if not pairs:
            return out
        cued = {m.start() for m in pairs if self._split_cued(text, m)}
        for m in pairs:
            s = m.start()
            if s not in cued and not (
                (cued or _SPLIT_IN_RUN.search(text, max(0, s - 60), s))
                and not _SPLIT_LIST_GOES_ON.match(text, m.end())
                and not self.score_not_after.search(text, max(0, s - 15), s)
                and not self.score_not_before.match(text[m.end() : m.end() + 40])
            ):
                continue
            if not self._difference(text, s):
                # "nilai 88, 45" is not the integer score 88
                out = [v for v in out if v.start != s]
                out.append(Value("score", float(f"{m.group(1)}.{m.group(2)}"), s, m.end()))
        return out

    def _split_cued(self, text: str, m: re.Match) -> bool:
        """A split decimal after a score word ("nilai 86, 65", "(99, 23)") or a sentence's "yakni" (_split_scored)."""
        return bool(self.split_before.search(text, max(0, m.start() - 25), m.start()) or self._split_scored(text, m))

    def _split_scored(self, text: str, m: re.Match) -> bool:
        """ "Hasil ini naik dibanding tahun lalu yakni 71, 38": a split decimal after "yakni" in
        a sentence that speaks of a score, and no further number after the pair (not a list "12, 15 dan 20")."""
        after = text[m.end() : m.end() + 14]
        if self.split_scored is None or re.match(rf"(?i)\s*(?:(?:,|dan|serta|-|–)\s*\d|(?:{MONTHS})\b)", after):
            return False
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 160, 0)
        return bool(self.split_scored.search(text[start : m.start()]))
