"""How a check turns a claim it doubts into a `Finding`: the claim's facts, the value in
question, and the span of the evidence to highlight."""

from __future__ import annotations

from .entity_years import Keyed
from .evidence import locate
from .types import Finding


def fmt_value(v) -> str:
    """A value as an Indonesian text writes it ("92,50")."""
    if isinstance(v, float):
        return f"{v:.2f}".replace(".", ",")
    return str(v)


def make_finding(
    k: Keyed,
    kind: str,
    severity: str,
    fname: str | None,
    reported,
    official,
    message: str,
    span_field: str | None = None,
    span_value=None,
    official_source: str | None = None,
) -> Finding:
    c = k.claim
    span = locate(c.evidence, span_field or fname, reported if span_value is None else span_value)
    return Finding(
        kind=kind,
        severity=severity,
        entity=c.entity,
        year=c.year,
        field=fname,
        reported_value=reported,
        official_value=official,
        message=message,
        url=c.url,
        evidence=c.evidence,
        highlight=[span] if span else list(c.highlight),
        entity_type=k.etype,
        region_code=k.key[2:] if k.key.startswith("R:") else c.region_code,
        province=k.province,
        outlet=c.outlet,
        official_source=official_source,
    )
