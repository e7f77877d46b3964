"""The per-year scoring scheme (models/scoring_scheme.yaml) as objects the checks can ask.

`ScoringScheme.load().for_year(2023).expected("zone", 88.3)` -> "hijau". The knowledge (bands,
years without an assessment, uncertain cut-offs) lives in the YAML; this module is only logic.
The audit's checks and consolidation (which must not call two outlets' bands a conflict when
each printed an attested system: `band_system_fits`) both read the scheme through it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from models import MODELS_DIR

SCHEME_FILE = MODELS_DIR / "scoring_scheme.yaml"
# the label fields of a record; a scheme that lists none grades all three
CATEGORY_FIELDS = ("zone", "grade", "opinion")
# Two scores closer than this are the same published number (they carry two decimals).
SCORE_EPS = 0.005
# Scores at least this far apart are a disagreement about the score itself, whatever the bands
# (the audit's score check's line between a medium and a high gap).
NEAR_SCORE = 1.0


@dataclass(frozen=True)
class Band:
    min: float
    max: float
    zone: str | None = None
    grade: str | None = None
    opinion: str | None = None

    def get(self, name: str) -> str | None:
        return getattr(self, name)


@dataclass
class YearScheme:
    year: int
    assessed: bool = True
    name: str | None = None
    fields: tuple[str, ...] = ()
    bands: list[Band] = field(default_factory=list)  # highest first
    uncertain_boundaries: tuple[float, ...] = ()
    note: str = ""
    kinds: tuple[str, ...] = ()  # entity kinds this system was attested for; () = any
    alternatives: list["YearScheme"] = field(default_factory=list)  # other systems attested that year

    def systems_for(self, kind: str | None) -> list["YearScheme"]:
        """The band systems that may apply to an entity of this kind: those attested for it, or
        every system when none was (or the kind is unknown)."""
        systems = [self, *self.alternatives]
        fitting = [s for s in systems if kind and kind in s.kinds]
        return fitting or systems

    @property
    def label(self) -> str:
        """The bands as outlets print them, lowest first: "0–50/51–80/81–100" (a band's upper
        bound is written without its ",99")."""
        return "/".join(f"{b.min:g}–{int(b.max + 1e-9):d}" for b in reversed(self.bands))

    @property
    def known(self) -> bool:
        """True when this year's bands are known (a consistency check is possible)."""
        return self.assessed and bool(self.bands)

    def band_for(self, score: float) -> Band | None:
        for band in self.bands:
            if score >= band.min - 1e-9:
                return band
        return None

    def expected(self, field_name: str, score: float) -> str | None:
        band = self.band_for(score)
        return band.get(field_name) if band else None

    def values(self, field_name: str) -> set[str]:
        return {v for b in self.bands if (v := b.get(field_name))}

    def bands_with(self, field_name: str, value: str) -> list[Band]:
        return [b for b in self.bands if b.get(field_name) == value]

    def at_uncertain_boundary(self, score: float) -> bool:
        return any(abs(score - b) <= SCORE_EPS for b in self.uncertain_boundaries)

    def value_plausible_at_boundary(self, field_name: str, value: str, score: float) -> bool:
        """At an unconfirmed cut-off the band just below may also have applied."""
        if not self.at_uncertain_boundary(score):
            return False
        below = self.band_for(score - 0.01)
        return below is not None and below.get(field_name) == value


@dataclass
class ScoringScheme:
    years: dict[int, YearScheme]

    @classmethod
    def load(cls, path: str | Path | None = None) -> "ScoringScheme":
        return _load(str(path or SCHEME_FILE))

    def for_year(self, year: int) -> YearScheme | None:
        return self.years.get(year)

    def assessed(self, year: int) -> bool:
        ys = self.years.get(year)
        return ys.assessed if ys else True

    def previous_year(self, year: int) -> int | None:
        """The last assessment year before `year` (2021 -> 2019: there was none in 2020)."""
        earlier = [y for y, s in self.years.items() if y < year and s.assessed]
        if earlier:
            return max(earlier)
        return year - 1 if year - 1 not in self.years else None


def agreed_score(scores: Sequence[float], fallback: float | None = None) -> float | None:
    """The score sources agree on: the most often reported (the lower of a tie), `fallback` when
    none gives one, None when the scores are NEAR_SCORE or more apart."""
    if not scores:
        return fallback
    if max(scores) - min(scores) >= NEAR_SCORE:
        return None
    return max(set(scores), key=lambda s: (scores.count(s), -s))


def band_system_fits(
    ys: YearScheme | None, kind: str | None, fname: str, claims: Sequence[tuple[Any, float | None]], ref: float | None
) -> list[list[YearScheme]] | None:
    """Whether differing values of one field of one entity-year are explained by different
    attested band systems. `claims`: (value, the source's own score or None); `ref`: the score
    the sources agree on (`agreed_score`), used for a source that gives none. Per claim, the
    systems that may apply to the entity's kind and give its value at its score ([] for a value
    no system gives); None when no single band system explains the values, or when a single
    one explains them all (then they differ because the scores do), or the year has one system."""
    if ys is None or not ys.known or not ys.alternatives or ref is None:
        return None
    systems = [s for s in ys.systems_for(kind) if fname in s.fields]
    fits: list[list[YearScheme]] = []
    scored: list[tuple[float, Any]] = []
    for value, own in claims:
        score = ref if own is None else own
        fitting = [s for s in systems if s.expected(fname, score) == value]
        fits.append(fitting)
        if fitting:
            scored.append((score, value))
    if len({v for _, v in scored}) < 2 or any(all(s.expected(fname, sc) == v for sc, v in scored) for s in systems):
        return None
    return fits


@lru_cache(maxsize=4)
def _load(path: str) -> ScoringScheme:
    import yaml

    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    schemes = data.get("schemes") or {}
    years: dict[int, YearScheme] = {}
    for year, spec in (data.get("years") or {}).items():
        spec = spec or {}
        ys = _year_scheme(int(year), spec, schemes, path)
        ys.alternatives = [_year_scheme(int(year), alt, schemes, path) for alt in spec.get("alternatives") or ()]
        years[int(year)] = ys
    return ScoringScheme(years=years)


def _year_scheme(year: int, spec: dict, schemes: dict, path: str) -> YearScheme:
    name = spec.get("scheme")
    bands: list[Band] = []
    fields: tuple[str, ...] = ()
    if name:
        if name not in schemes:
            raise ValueError(f"{path}: year {year} names unknown scheme {name!r}")
        fields = tuple(schemes[name].get("fields") or CATEGORY_FIELDS)
        bands = sorted(
            (
                Band(
                    min=float(b["min"]),
                    max=float(b["max"]),
                    zone=b.get("zone"),
                    grade=b.get("grade"),
                    opinion=b.get("opinion"),
                )
                for b in schemes[name]["bands"]
            ),
            key=lambda b: -b.min,
        )
    return YearScheme(
        year=year,
        assessed=bool(spec.get("assessed", True)),
        name=name,
        fields=fields,
        bands=bands,
        uncertain_boundaries=tuple(float(x) for x in spec.get("uncertain_boundaries") or ()),
        note=str(spec.get("note") or ""),
        kinds=tuple(spec.get("kinds") or ()),
    )
