"""Trend claims checked against the previous assessment: "naik dari 78,50", "turun dari
peringkat 3", "naik dari zona kuning". The previous value stated must be the one on record
for that year, and the direction must be the one the two values show."""

from __future__ import annotations

from .entity_years import EntityYear, Keyed, score_gap_severity
from .evidence import written_decimals
from .findings import fmt_value, make_finding
from corpus.scheme import SCORE_EPS, ScoringScheme
from .types import Finding, TrendClaim

ZONE_ORDER = {"merah": 0, "kuning": 1, "hijau": 2}


def trend_findings(k: Keyed, table: dict[tuple[str, int], EntityYear], scheme: ScoringScheme) -> list[Finding]:
    """The findings on the trends a claim states (none when the previous year has no record)."""
    c = k.claim
    if not c.trends:
        return []
    default_year = scheme.previous_year(c.year)
    out: list[Finding] = []
    for t in c.trends:
        # the year written with the previous value wins ("naik dari 95,08 pada penilaian tahun 2023");
        # a stated year not before the claim's own means the phrase is not about its previous assessment
        if t.previous_year is not None and t.previous_year >= c.year:
            continue
        prev_year = t.previous_year or default_year
        prev = table.get((k.key, prev_year)) if prev_year else None
        if not prev_year or prev is None or (prev.official is None and not prev.claims):
            continue  # no record of that year: nothing to compare with
        if t.metric == "score":
            f = _score_trend(k, t, prev, prev_year)
        elif t.metric == "zone":
            f = _zone_trend(k, t, prev, prev_year)
        else:
            f = _rank_trend(k, t, prev, prev_year)
        if f is not None:
            out.append(f)
    return out


def _score_trend(k: Keyed, t: TrendClaim, prev: EntityYear, prev_year: int) -> Finding | None:
    c = k.claim
    p = prev.best_score()
    if p is None:
        return None
    previous = float(t.previous)  # a score trend's values are numbers (audit/evidence.py)
    sev = score_gap_severity(previous, p, written_decimals(c.evidence[t.span[0] : t.span[1]], previous))
    if sev:
        return _trend(
            k,
            t,
            "previous_score",
            sev,
            previous,
            p,
            f"says the {prev_year} score was {fmt_value(previous)}; the {prev_year} record says {fmt_value(p)}",
        )
    cur = c.score if c.score is not None else (None if t.new_value is None else float(t.new_value))
    if (
        cur is not None
        and t.direction
        and ((t.direction == "naik" and cur < p - SCORE_EPS) or (t.direction == "turun" and cur > p + SCORE_EPS))
    ):
        return _trend(
            k,
            t,
            "trend",
            "medium",
            f"{t.direction} ({fmt_value(p)} -> {fmt_value(cur)})",
            f"{fmt_value(p)} -> {fmt_value(cur)}",
            f"says the score went {t.direction}, but {fmt_value(p)} ({prev_year}) -> {fmt_value(cur)} ({c.year})",
        )
    return None


def _zone_trend(k: Keyed, t: TrendClaim, prev: EntityYear, prev_year: int) -> Finding | None:
    c = k.claim
    p = prev.official.zone if prev.official and prev.official.zone else prev.majority("zone")
    if p is None:
        return None
    if t.previous != p:
        return _trend(
            k,
            t,
            "previous_zone",
            "medium",
            t.previous,
            p,
            f"says the {prev_year} zone was {t.previous!r}; the {prev_year} record says {p!r}",
        )
    cur = c.zone or t.new_value
    if (
        cur in ZONE_ORDER
        and t.direction
        and (
            (t.direction == "naik" and ZONE_ORDER[cur] < ZONE_ORDER[p])
            or (t.direction == "turun" and ZONE_ORDER[cur] > ZONE_ORDER[p])
        )
    ):
        return _trend(
            k,
            t,
            "trend",
            "medium",
            f"{t.direction} ({p} -> {cur})",
            f"{p} -> {cur}",
            f"says the zone went {t.direction}, but it went {p} -> {cur}",
        )
    return None


def _rank_trend(k: Keyed, t: TrendClaim, prev: EntityYear, prev_year: int) -> Finding | None:
    c = k.claim
    ranks = previous_ranks(prev, c.rank_scope)
    if not ranks:
        return None
    previous = float(t.previous)  # a rank trend's values are numbers (audit/evidence.py)
    if int(previous) not in ranks:
        return _trend(
            k,
            t,
            "previous_rank",
            "medium",
            int(previous),
            " / ".join(map(str, sorted(ranks))),
            f"says the {prev_year} rank was {int(previous)}; the {prev_year} "
            f"record says {' / '.join(map(str, sorted(ranks)))}",
        )
    cur = c.rank if c.rank is not None else (int(t.new_value) if t.new_value else None)
    if (
        cur is not None
        and t.direction
        and ((t.direction == "naik" and cur > previous) or (t.direction == "turun" and cur < previous))
    ):
        return _trend(
            k,
            t,
            "trend",
            "medium",
            f"{t.direction} ({int(previous)} -> {cur})",
            f"{int(previous)} -> {cur}",
            f"says the rank went {t.direction}, but it went {int(previous)} -> {cur}",
        )
    return None


def previous_ranks(prev: EntityYear, scope: str | None) -> set[int]:
    """The ranks on record for an entity-year in a scope (any scope when None): official, else reported."""
    ranks: set[int] = set()
    o = prev.official
    if o is not None:
        if scope in (None, "nasional") and o.rank_national is not None:
            ranks.add(o.rank_national)
        if scope in (None, "provinsi") and o.rank_provincial is not None:
            ranks.add(o.rank_provincial)
    if not ranks:
        ranks = {
            k.claim.rank
            for k in prev.claims
            if k.claim.rank is not None and (scope is None or k.claim.rank_scope in (None, scope))
        }
    return ranks


def _trend(k: Keyed, t: TrendClaim, fname, severity, reported, official, message) -> Finding:
    f = make_finding(k, "trend_contradiction", severity, fname, reported, official, message)
    f.highlight = [t.span]
    return f
