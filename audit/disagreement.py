"""Sources that disagree: two or more reported values for one field of one entity-year, each
counted once per source (copies of one press release are one source). Scores that are the same
published number, or one the other rounded, agree.

A zone (or opinion) disagreement in a year with more than one attested band system
(2017–2019: 0–50/51–80/81–100 and 0–55/56–88/89–110) where each outlet's value is what one of
those systems gives the score, and no one system gives them all, is the outlets printing
different bands for the same result: it is shown as such (`band_systems_differ`, low)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from .entity_years import EntityYear, claim_value, scores_agree
from .evidence import written_decimals
from .findings import fmt_value, make_finding
from .scheme import CATEGORY_FIELDS, ScoringScheme, YearScheme
from .types import Finding


def disagreement_findings(
    table: dict[tuple[str, int], EntityYear], scheme: ScoringScheme | None = None
) -> list[Finding]:
    """A finding for each claim whose value is not its entity-year's majority (every value when none has one)."""
    out: list[Finding] = []
    for ey in table.values():
        if len(ey.claims) < 2:
            continue
        groups: list[tuple[str, str | None]] = [(f, None) for f in ("score", *CATEGORY_FIELDS)]
        groups += [("rank", s) for s in ("nasional", "provinsi")]
        for fname, scope in groups:
            pairs = [
                (claim_value(k.claim, fname), k)
                for k in ey.claims
                if claim_value(k.claim, fname) is not None and (fname != "rank" or k.claim.rank_scope == scope)
            ]
            # a value counts once per source: copies of one press release (same duplicate
            # cluster) are one source, however many outlets syndicated it
            sources: dict = defaultdict(set)
            for v, k in pairs:
                sources[v].add(k.claim.cluster or k.claim.url or id(k))
            values = Counter({v: len(srcs) for v, srcs in sources.items()})
            dec = {v: written_decimals(k.claim.evidence, v) for v, k in pairs} if fname == "score" else {}
            if len(values) < 2 or (
                fname == "score" and all(scores_agree(a, b, dec[a], dec[b]) for a in values for b in values)
            ):
                continue
            (top, n), (_, n2) = values.most_common(2)
            majority = top if n > n2 else None
            bands = _band_systems(ey, fname, pairs, scheme)
            for v, k in pairs:
                if majority is not None and (
                    v == majority or (fname == "score" and scores_agree(v, majority, dec[v], dec[majority]))
                ):
                    continue
                others = [(ov, cnt) for ov, cnt in values.items() if ov != v]
                same_article = any(
                    o.claim.url == k.claim.url and o is not k and claim_value(o.claim, fname) != v for _, o in pairs
                )
                text = ", ".join(f"{fmt_value(ov)} ({cnt} source{'s' if cnt > 1 else ''})" for ov, cnt in others)
                where = "the same article also says" if same_article else "other sources say"
                official = majority if majority is not None else " / ".join(fmt_value(ov) for ov, _ in others)
                if bands:
                    out.append(make_finding(k, "band_systems_differ", "low", fname, v, official, f"{text}{bands}"))
                    continue
                out.append(
                    make_finding(
                        k,
                        "outlet_disagreement",
                        "medium",
                        fname,
                        v,
                        official,
                        f"{fname}{' ' + scope if scope else ''} {fmt_value(v)}; {where} {text}",
                    )
                )
    return out


def _band_systems(ey: EntityYear, fname: str, pairs: list, scheme: ScoringScheme | None) -> str:
    """When the claims' values of a band field differ only as the year's attested band systems
    do (each value is what some system gives that claim's score, no one system gives them all):
    the message's note naming the systems; else ""."""
    ys = scheme.for_year(ey.year) if scheme and fname in CATEGORY_FIELDS else None
    if ys is None or not ys.known or not ys.alternatives:
        return ""
    systems = [s for s in ys.systems_for(ey.etype) if fname in s.fields]
    fits: dict[str, set[int]] = {}
    for v, k in pairs:
        score = k.claim.score if k.claim.score is not None else ey.best_score()
        if score is None:
            return ""
        fitting = {i for i, s in enumerate(systems) if s.expected(fname, score) == v}
        if not fitting:
            return ""
        fits.setdefault(v, set()).update(fitting)
    if len(systems) < 2 or set.intersection(*fits.values()):
        return ""
    per_value = "; ".join(
        f"{fmt_value(v)} under the {' or '.join(_label(systems[i]) for i in sorted(idx))} bands"
        for v, idx in fits.items()
    )
    return (
        f" — the outlets printed different band systems for the same result ({per_value}; both attested for {ey.year})"
    )


def _label(system: YearScheme) -> str:
    """ "0–50/51–80/81–100": a band system as articles print it."""
    return "/".join(f"{b.min:g}–{math.floor(b.max):g}" for b in sorted(system.bands, key=lambda b: b.min))
