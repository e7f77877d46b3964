"""Sources that disagree: two or more reported values for one field of one entity-year, each
counted once per source (copies of one press release are one source). Scores that are the same
published number, or one the other rounded, agree. Zones that differ only because the outlets
printed different attested band systems (2017–2019) are a `band_system_difference`, not a
disagreement (audit/band_systems.py)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from .band_systems import band_system_finding, band_system_fits
from .entity_years import EntityYear, Keyed, claim_value, scores_agree
from .evidence import written_decimals
from .findings import fmt_value, make_finding
from corpus.scheme import CATEGORY_FIELDS, ScoringScheme, YearScheme
from .types import Finding


def disagreement_findings(
    table: dict[tuple[str, int], EntityYear], scheme: ScoringScheme | None = None
) -> list[Finding]:
    """A finding for each claim whose value is not its entity-year's majority (every value when none
    has one); with `scheme`, values explained by different attested band systems are shown as such."""
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
            out += _field_findings(ey, fname, scope, pairs, scheme)
    return out


def _field_findings(
    ey: EntityYear, fname: str, scope: str | None, pairs: list[tuple[Any, Keyed]], scheme: ScoringScheme | None
) -> list[Finding]:
    # a value counts once per source: copies of one press release (same duplicate cluster) are
    # one source, however many outlets syndicated it
    sources: dict = defaultdict(set)
    for v, k in pairs:
        sources[v].add(k.claim.cluster or k.claim.url or id(k))
    values = Counter({v: len(srcs) for v, srcs in sources.items()})
    dec = {v: written_decimals(k.claim.evidence, v) for v, k in pairs} if fname == "score" else {}
    if len(values) < 2 or (
        fname == "score" and all(scores_agree(a, b, dec[a], dec[b]) for a in values for b in values)
    ):
        return []
    fits = band_system_fits(ey, fname, pairs, scheme) if scheme and fname in CATEGORY_FIELDS else {}
    systems_of: dict[object, list[YearScheme]] = defaultdict(list)
    for v, k in pairs:
        systems_of[v] += [s for s in fits.get(id(k), ()) if s not in systems_of[v]]
    (top, n), (_, n2) = values.most_common(2)
    majority = top if n > n2 else None
    out: list[Finding] = []
    for v, k in pairs:
        if id(k) in fits:
            others = {ov: (cnt, systems_of[ov]) for ov, cnt in values.items() if ov != v}
            out.append(band_system_finding(k, fname, v, fits[id(k)], others))
            continue
        if majority is not None and (
            v == majority or (fname == "score" and scores_agree(v, majority, dec[v], dec[majority]))
        ):
            continue
        others_n = [(ov, cnt) for ov, cnt in values.items() if ov != v]
        same_article = any(
            o.claim.url == k.claim.url and o is not k and claim_value(o.claim, fname) != v for _, o in pairs
        )
        text = ", ".join(f"{fmt_value(ov)} ({cnt} source{'s' if cnt > 1 else ''})" for ov, cnt in others_n)
        where = "the same article also says" if same_article else "other sources say"
        official = majority if majority is not None else " / ".join(fmt_value(ov) for ov, _ in others_n)
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
