"""Places told by bare ordinals, without any rank word in the text: "... adalah, pertama Kabupaten
A dengan nilai 84,00 ... Kedua Kota B dengan nilai 83,18 ... Dan ketiga Kabupaten C dengan nilai
81,68". Ordinals are often a plain enumeration; they are read as places only when they run from
"pertama" in order over at least `MIN_RUN` holders and each holder's score is lower than the one
before it (the order of the scores is the order of the places).
"""

from __future__ import annotations

import re
from typing import Callable

from extract.components.common.casefold import scan
from extract.components.common.mentions import Value

MIN_RUN = 3
_GAP = 400  # the longest stretch between two ordinals of one run
_SCORE = re.compile(r"(?<![\w.,])(\d{1,3})[.,](\d{1,2})(?![\d])")


def _first_score(text: str, start: int, end: int) -> float | None:
    m = _SCORE.search(text, start, end)
    return float(f"{m.group(1)}.{m.group(2)}") if m else None


def _runs(matches: list[tuple[int, re.Match]]) -> list[list[tuple[int, re.Match]]]:
    """Runs of ordinals 1, 2, 3, ... in text order, each close to the one before."""
    runs: list[list[tuple[int, re.Match]]] = []
    for n, m in matches:
        if runs and n == runs[-1][-1][0] + 1 and m.start() - runs[-1][-1][1].end() <= _GAP:
            runs[-1].append((n, m))
        elif n == 1:
            runs.append([(n, m)])
    return runs


def ordinal_run_ranks(
    enum_re: re.Pattern[str], opens: re.Pattern[str], num: Callable[[str], int | None], text: str
) -> list[Value]:
    """Rank values on the ordinals of a run whose holders' scores fall in its order; `opens` is what may
    stand right before an ordinal of the run (a sentence's start, a comma, "dan", a list's "yakni")."""
    found = []
    for m in scan(enum_re, text):  # enum_re.finditer(text), tried only where an ordinal can begin (casefold.py)
        n = num(m.group("n"))
        if n and opens.search(text[max(0, m.start() - 16) : m.start()]) or m.start() == 0:
            found.append((n or 0, m))
    out: list[Value] = []
    for run in _runs(found):
        if len(run) < MIN_RUN:
            continue
        ends = [m.start() for _, m in run[1:]] + [min(len(text), run[-1][1].end() + 200)]
        scores = [_first_score(text, m.end(), end) for (_, m), end in zip(run, ends)]
        if any(s is None for s in scores) or any(b >= a for a, b in zip(scores, scores[1:])):  # type: ignore[operator]
            continue
        out.extend(Value("rank", n, m.start(), m.end()) for n, m in run)
    return out
