"""Typed values extraction produces: Article (clean.types) -> extract -> ExtractionResult.

The shapes of `Record`, `Official` and `ExtractionResult.to_dict()` are the record contract
(spec RECORDS.md v1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

ENTITY_TYPES = ("provinsi", "kabupaten", "kota", "kementerian", "lembaga", "unit")
ZONES = ("hijau", "kuning", "merah")
GRADES = ("A", "B", "C", "D", "E")
OPINIONS = (
    "kualitas tertinggi",
    "kualitas tinggi",
    "kualitas sedang",
    "kualitas rendah",
    "kualitas terendah",
    "kepatuhan tinggi",
    "kepatuhan sedang",
    "kepatuhan rendah",
)
RANK_SCOPES = ("provinsi", "nasional")
# the record fields that are labels rather than numbers: a list or a group can share them
CATEGORICAL = ("zone", "grade", "opinion")
# a record's fields in the contract's order (RECORDS.md), evidence aside
RECORD_FIELDS = (
    "entity",
    "entity_type",
    "region_code",
    "province",
    "parent",
    "year",
    "score",
    "rank",
    "rank_scope",
    "zone",
    "grade",
    "opinion",
)


@dataclass
class Record:
    """One claim: entity E got score/rank/zone/grade/opinion X in assessment year Y."""

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
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {**{f: getattr(self, f) for f in RECORD_FIELDS}, "evidence": [list(s) for s in self.evidence]}


@dataclass
class Official:
    """A named person with the office the text gives them."""

    name: str
    title: str
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "evidence": [list(s) for s in self.evidence]}


@dataclass
class ExtractionResult:
    """What extraction says about one article (one output line of `kepatuhan extract`)."""

    id: str
    relevant: bool
    records: list[Record] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "relevant": self.relevant,
            "records": [r.to_dict() for r in self.records],
            "officials": [o.to_dict() for o in self.officials],
        }
