"""Plain typed inputs and outputs of the audit core (no database needed to build or test them).

- `ReportedClaim`: one record as a news article reported it, with the article URL and the
  evidence sentence (spans relative to that sentence).
- `OfficialResult`: one row of the official table (Ombudsman RI's published result).
- `Finding`: one discrepancy, with severity, reported and official value, URL and evidence.
"""

from __future__ import annotations

import dataclasses
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

Span = tuple[int, int]

SEVERITIES = ("high", "medium", "low", "info")

# kind -> one-line explanation (shown in the report legend and the README).
FINDING_KINDS = {
    "score_mismatch": "reported score differs from the official score (beyond rounding)",
    "rank_mismatch": "reported rank differs from the official rank",
    "zone_mismatch": "reported zone differs from the official zone",
    "grade_mismatch": "reported grade differs from the official grade",
    "opinion_mismatch": "reported opinion differs from the official opinion",
    "entity_not_official": "entity not in the official table for that year",
    "year_not_official": "no official results for that year (or no assessment was held)",
    "scheme_contradiction": "stated zone/grade/opinion contradicts the stated score or each other under that year's scheme",
    "rank_contradiction": "claimed rank contradicted by the scores of other entities of the same scope and year",
    "trend_contradiction": "a 'naik/turun dari X' claim contradicts the previous year's record",
    "outlet_disagreement": "outlets (or one article) report different values for the same entity and year",
    "band_system_difference": "outlets print different zones for the same (or a near) score, each under one of "
    "the band systems attested for that year (2017–2019): not an error of either outlet",
}


@dataclass
class TrendClaim:
    """ "naik dari 78,50" / "turun dari peringkat 3": a claim about the previous assessment."""

    direction: str | None  # "naik" | "turun" | None (only "dari X menjadi Y")
    metric: str  # "score" | "rank" | "zone"
    previous: float | str  # a zone for metric "zone"
    span: Span  # within the claim's evidence sentence
    new_value: float | str | None = None  # "... menjadi Y"
    previous_year: int | None = None  # "dari 95,08 pada penilaian tahun 2023": the year written with it


@dataclass
class ReportedClaim:
    entity: str
    entity_type: str
    year: int
    region_code: str | None = None
    province: str | None = None
    parent: str | None = None
    score: float | None = None
    rank: int | None = None
    rank_scope: str | None = None
    zone: str | None = None
    grade: str | None = None
    opinion: str | None = None
    url: str | None = None
    outlet: str | None = None
    article_id: str | None = None
    cluster: str | None = None  # duplicate cluster of the article (syndicated copies share one)
    evidence: str = ""  # the sentence(s) carrying the claim
    highlight: list[Span] = field(default_factory=list)  # the record's evidence spans within `evidence`
    trends: list[TrendClaim] = field(default_factory=list)


@dataclass
class OfficialResult:
    year: int
    entity: str
    entity_type: str | None = None
    region_code: str | None = None
    score: float | None = None
    zone: str | None = None
    grade: str | None = None
    opinion: str | None = None
    rank_national: int | None = None
    rank_provincial: int | None = None
    source: str | None = None
    line: int | None = None  # line in the file it came from (for messages)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("line")
        return d


@dataclass
class Finding:
    kind: str
    severity: str
    entity: str
    year: int
    field: str | None
    reported_value: Any
    official_value: Any
    message: str
    url: str | None = None
    evidence: str = ""
    highlight: list[Span] = dataclasses.field(default_factory=list)  # (`field` is a column here)
    entity_type: str | None = None
    region_code: str | None = None
    province: str | None = None
    outlet: str | None = None
    official_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {name: getattr(self, name) for name in _FINDING_FIELDS}  # (asdict deep-copies: slow at scale)
        d["highlight"] = [list(s) for s in self.highlight]
        return d


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))


@dataclass
class Problem:
    """A message about an input file, always naming the file and (when known) the line."""

    file: str
    line: int | None
    level: str  # "error" (row or file not imported) | "warning" (imported with a change)
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.level}: {self.message}"


@dataclass
class AuditSummary:
    n_claims: int
    n_official: int
    n_findings: int
    by_kind: dict[str, int]
    by_severity: dict[str, int]
    out_dir: Path | None = None
    files: dict[str, Path] = field(default_factory=dict)
    official_source: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_claims": self.n_claims,
            "n_official": self.n_official,
            "n_findings": self.n_findings,
            "by_kind": self.by_kind,
            "by_severity": self.by_severity,
            "out_dir": str(self.out_dir) if self.out_dir else None,
            "files": {k: str(v) for k, v in self.files.items()},
            "official_source": self.official_source,
            "problems": [str(p) for p in self.problems],
        }
