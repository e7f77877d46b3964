"""Outlets that print different bands for the same result.

For 2017–2019 two band systems are attested (models/scoring_scheme.yaml: 0–50/51–80/81–100 and
0–55/56–88/89–110). One outlet writing "85,00, zona hijau" and another "85,00, zona kuning" then
report the same result, each under one of the systems: neither outlet is wrong, and calling it
an outlet disagreement would send a researcher looking for an error that is not there.

The test, for one field of one entity-year: the sources' scores are the same or near (under a
point apart, what the score check calls a medium gap); each value in question fits an attested
system that may apply to the entity's kind, at its source's score (or, for a source that gives
no score, at the score the others agree on); and no single system fits them all (otherwise the
values differ because the scores do, not because of the bands). A value that fits no system is
left to the ordinary disagreement and scheme checks.
"""

from __future__ import annotations

from typing import Any

from corpus.scheme import ScoringScheme, YearScheme, agreed_score
from corpus.scheme import band_system_fits as scheme_fits

from .entity_years import EntityYear, Keyed, claim_value
from .findings import fmt_value, make_finding
from .types import Finding


def reference_score(ey: EntityYear) -> float | None:
    """The score the sources agree on (the most often reported; the official one when no source
    gives a score), or None when the reported scores are a point or more apart."""
    scores = [s for k in ey.claims if (s := claim_value(k.claim, "score")) is not None]
    return agreed_score(scores, ey.official.score if ey.official else None)


def band_system_fits(
    ey: EntityYear, fname: str, pairs: list[tuple[Any, Keyed]], scheme: ScoringScheme
) -> dict[int, list[YearScheme]]:
    """id(keyed claim) -> the attested systems its value fits, for the claims of `pairs` (value,
    claim) whose differing values are explained by different band systems; {} when they are not
    (the test itself, shared with consolidation: corpus.scheme.band_system_fits)."""
    claims = [(value, claim_value(k.claim, "score")) for value, k in pairs]
    fits = scheme_fits(scheme.for_year(ey.year), ey.etype, fname, claims, reference_score(ey))
    if fits is None:
        return {}
    return {id(k): fitting for (_, k), fitting in zip(pairs, fits) if fitting}


def band_system_finding(
    k: Keyed, fname: str, value, fitting: list[YearScheme], others: dict[object, tuple[int, list[YearScheme]]]
) -> Finding:
    """The finding for one source of a band-system difference: its value and system, and the other
    sources' values with theirs. `others`: value -> (number of sources, systems it fits)."""
    c = k.claim
    score = claim_value(c, "score")
    at = f" at {fmt_value(score)}" if score is not None else " (the score other sources give)"
    said = "; ".join(
        f"{fmt_value(ov)} ({n} source{'s' if n > 1 else ''}, "
        f"{_labels(systems) + ' bands' if systems else 'no attested band system'})"
        for ov, (n, systems) in others.items()
    )
    return make_finding(
        k,
        "band_system_difference",
        "info",
        fname,
        value,
        " / ".join(fmt_value(ov) for ov in others),
        f"{fname} {fmt_value(value)}{at} fits the {_labels(fitting)} bands; other sources say {said}. "
        f"Each system was attested for {c.year}: the outlets printed different bands for the same result",
    )


def _labels(systems: list[YearScheme]) -> str:
    return " or ".join(s.label for s in systems)
