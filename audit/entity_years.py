"""What the checks compare: one entity-year's official row and reported claims, and when two
scores are the same published number."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from corpus.scheme import SCORE_EPS
from .types import OfficialResult, ReportedClaim


@dataclass
class Keyed:
    claim: ReportedClaim
    key: str
    province: str | None
    etype: str | None


@dataclass
class EntityYear:
    """What is known about one entity in one year: official row and the reported majority."""

    key: str
    year: int
    etype: str | None = None
    province_code: str | None = None
    name: str = ""
    official: OfficialResult | None = None
    claims: list[Keyed] = field(default_factory=list)

    def majority(self, fname: str, scope: str | None = None):
        vals = [
            claim_value(k.claim, fname)
            for k in self.claims
            if claim_value(k.claim, fname) is not None and (fname != "rank" or k.claim.rank_scope == scope)
        ]
        if not vals:
            return None
        (top, n), *rest = Counter(vals).most_common()
        return top if not rest or rest[0][1] < n else None

    def best_score(self) -> float | None:
        if self.official and self.official.score is not None:
            return self.official.score
        return self.majority("score")


def claim_value(claim: ReportedClaim, fname: str):
    v = getattr(claim, fname)
    return round(float(v), 2) if fname == "score" and v is not None else v


def is_rounding(value: float, exact: float, decimals: int | None = None) -> bool:
    """True when `value` is `exact` rounded or truncated to the decimals the text used
    ("95,1" for 95,12). `decimals` None (unknown) allows 0 or 1; 2 allows none."""
    for n in (0, 1) if decimals is None else (decimals,) if decimals < 2 else ():
        if abs(round(exact, n) - value) < 1e-6 or abs(math.floor(exact * 10**n + 1e-9) / 10**n - value) < 1e-6:
            return True
    return False


def scores_agree(a: float, b: float, dec_a: int | None = None, dec_b: int | None = None) -> bool:
    return abs(a - b) <= SCORE_EPS or is_rounding(a, b, dec_a) or is_rounding(b, a, dec_b)


def score_gap_severity(reported: float, official: float, decimals: int | None = None) -> str | None:
    """None when equal as published (two decimals) or when the reported value is the official
    one rounded to the decimals the text used ("nilai 95,1" for 95,12); else "medium"
    (< 1 point) or "high"."""
    if abs(reported - official) <= SCORE_EPS or is_rounding(reported, official, decimals):
        return None
    return "high" if abs(reported - official) >= 1 else "medium"
