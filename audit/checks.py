"""The audit core: reported claims (+ optionally the official table) -> findings.

Pure functions over the typed inputs of `audit.types`; no database, no files. `audit_claims`
runs every check; each `check_*` is usable (and tested) on its own.

Severity: high = a published number or category is wrong or cannot exist; medium = a
contradiction that needs a look; low = explainable (rounding, an unconfirmed cut-off, a scope
the text does not state); info = not covered by the official table.
"""

from __future__ import annotations

from collections import defaultdict

from gazetteer import RegionIndex, entity_key

from .disagreement import disagreement_findings
from .entity_years import EntityYear, Keyed, score_gap_severity
from .evidence import written_decimals
from .findings import fmt_value, make_finding
from corpus.scheme import CATEGORY_FIELDS, SCORE_EPS, ScoringScheme, YearScheme
from .trend_checks import trend_findings
from .types import Finding, OfficialResult, ReportedClaim

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}


class Auditor:
    """Holds the indexes one audit run needs; `run()` returns every finding."""

    def __init__(
        self,
        claims: list[ReportedClaim],
        official: list[OfficialResult] | None = None,
        scheme: ScoringScheme | None = None,
        regions: RegionIndex | None = None,
    ):
        self.scheme = scheme or ScoringScheme.load()
        self.regions = regions or RegionIndex.load()
        self.official = official
        self.keyed = [self._key(c) for c in _dedupe(claims)]
        self.table: dict[tuple[str, int], EntityYear] = {}
        for k in self.keyed:
            self._ey(k.key, k.claim.year, k.etype, k.claim.entity).claims.append(k)
        self.official_years: set[int] = set()
        for row in official or []:
            key = entity_key(row.entity, row.entity_type, row.region_code, None, self.regions)
            ey = self._ey(key, row.year, row.entity_type, row.entity)
            ey.official = ey.official or row
            self.official_years.add(row.year)

    # -- indexes ---------------------------------------------------------------------------
    def _key(self, c: ReportedClaim) -> Keyed:
        key = entity_key(c.entity, c.entity_type, c.region_code, c.parent, self.regions)
        code = key[2:] if key.startswith("R:") else None
        region = self.regions.get(code)
        etype = region.level if region else c.entity_type
        if code is None and c.parent:  # a service unit lies in its parent government's province
            pkey = entity_key(c.parent, None, None, None, self.regions)
            code = pkey[2:] if pkey.startswith("R:") else None
        province = c.province or self.regions.province_of(code)
        return Keyed(c, key, province, etype)

    def _ey(self, key: str, year: int, etype: str | None, name: str) -> EntityYear:
        ey = self.table.get((key, year))
        if ey is None:
            code = key[2:] if key.startswith("R:") else None
            region = self.regions.get(code)
            ey = EntityYear(
                key=key,
                year=year,
                etype=region.level if region else etype,
                province_code=region.province_code if region else None,
                name=region.name if region else name,
            )
            self.table[(key, year)] = ey
        return ey

    def finding(
        self,
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
        return make_finding(
            k, kind, severity, fname, reported, official, message, span_field, span_value, official_source
        )

    # -- checks ----------------------------------------------------------------------------
    def check_official(self, k: Keyed) -> list[Finding]:
        if self.official is None:
            return []
        c = k.claim
        if not self.scheme.assessed(c.year):
            return []  # reported by check_scheme: that year had no assessment at all
        if c.year not in self.official_years:
            return [
                self.finding(
                    k,
                    "year_not_official",
                    "info",
                    "year",
                    c.year,
                    None,
                    f"the official table has no results for {c.year}",
                    span_field="year",
                )
            ]
        row = self.table[(k.key, c.year)].official
        if row is None and k.key.startswith("U:"):  # official tables name units without their parent
            ey = self.table.get(("U:|" + k.key.split("|", 1)[1], c.year))
            row = ey.official if ey else None
        if row is None:
            return [
                self.finding(
                    k,
                    "entity_not_official",
                    "info",
                    "entity",
                    c.entity,
                    None,
                    f"{c.entity} is not in the official table for {c.year}",
                    span_field="entity",
                )
            ]
        out: list[Finding] = []
        src = row.source
        if c.score is not None and row.score is not None:
            sev = score_gap_severity(c.score, row.score, written_decimals(c.evidence, c.score))
            if sev:
                out.append(
                    self.finding(
                        k,
                        "score_mismatch",
                        sev,
                        "score",
                        c.score,
                        row.score,
                        f"reported score {fmt_value(c.score)}, official {fmt_value(row.score)}",
                        official_source=src,
                    )
                )
        for fname in CATEGORY_FIELDS:
            rv, ov = getattr(c, fname), getattr(row, fname)
            if rv is not None and ov is not None and rv != ov:
                out.append(
                    self.finding(
                        k,
                        f"{fname}_mismatch",
                        "high",
                        fname,
                        rv,
                        ov,
                        f"reported {fname} {rv!r}, official {ov!r}",
                        official_source=src,
                    )
                )
        if c.rank is not None:
            out += self._rank_vs_official(k, row)
        return out

    def _rank_vs_official(self, k: Keyed, row: OfficialResult) -> list[Finding]:
        c = k.claim
        if c.rank is None:  # (checked by the caller)
            return []
        known = {"nasional": row.rank_national, "provinsi": row.rank_provincial}
        official: int | str | None
        if c.rank_scope in known:
            official = known[c.rank_scope]
            if official is None or official == c.rank:
                return []
            scope_note = f" ({c.rank_scope})"
            severity = "high" if c.rank < official else "medium"
        else:
            available = [v for v in known.values() if v is not None]
            if not available or c.rank in available:
                return []
            official = available[0] if len(available) == 1 else " / ".join(map(str, available))
            scope_note = " (the text does not say national or provincial)"
            severity = "low"
        return [
            self.finding(
                k,
                "rank_mismatch",
                severity,
                "rank",
                c.rank,
                official,
                f"reported rank {c.rank}, official {official}{scope_note}",
                official_source=row.source,
            )
        ]

    def check_scheme(self, k: Keyed) -> list[Finding]:
        c = k.claim
        if not self.scheme.assessed(c.year):
            ys = self.scheme.for_year(c.year)
            return [
                self.finding(
                    k,
                    "year_not_official",
                    "high",
                    "year",
                    c.year,
                    None,
                    (ys.note if ys and ys.note else f"no assessment was held in {c.year}"),
                    span_field="year",
                )
            ]
        ys = self.scheme.for_year(c.year)
        if ys is None or not ys.known:
            return []
        out: list[Finding] = []
        stated = {f: getattr(c, f) for f in CATEGORY_FIELDS if getattr(c, f) is not None}
        systems = ys.systems_for(k.etype)
        for fname, value in stated.items():
            known = set().union(*(s.values(fname) for s in systems if fname in s.fields))
            if value not in known:
                out.append(
                    self.finding(
                        k,
                        "scheme_contradiction",
                        "low",
                        fname,
                        value,
                        None,
                        f"{fname} {value!r} is not part of the {c.year} scheme ({', '.join(sorted(known)) or 'none'})",
                    )
                )
                continue
            if c.score is not None:
                out += self._score_vs_category(k, systems, len(ys.alternatives) + 1, fname, value)
        if c.score is None and len(stated) > 1:
            out += self._cross_field(k, ys, stated)
        return out

    def _score_vs_category(
        self, k: Keyed, systems: list[YearScheme], n_attested: int, fname: str, value: str
    ) -> list[Finding]:
        """A contradiction only when every band system that may apply to this entity says so."""
        c = k.claim
        if c.score is None:  # (checked by the caller)
            return []
        score = c.score
        expected = [(s, s.expected(fname, score)) for s in systems if fname in s.fields]
        if not expected or any(e is None or e == value for _, e in expected):
            return []
        low = any(s.value_plausible_at_boundary(fname, value, score) for s, _ in expected)
        why = " at a cut-off not confirmed for this year" if low else ""
        if n_attested > 1:
            which = "every band system" if len(systems) == n_attested else f"the {systems[0].name} bands"
            why += f" ({which} attested for {'a ' + k.etype if k.etype else 'it'} in {c.year})"
        implied = "/".join(sorted({e for _, e in expected if e is not None}))
        return [
            self.finding(
                k,
                "scheme_contradiction",
                "low" if low else "medium",
                fname,
                value,
                implied,
                f"score {fmt_value(c.score)} means {fname} {implied!r} in {c.year}, the text says {value!r}{why}",
            )
        ]

    def _cross_field(self, k: Keyed, ys: YearScheme, stated: dict[str, str]) -> list[Finding]:
        names = [f for f in stated if f in ys.fields and stated[f] in ys.values(f)]
        if len(names) < 2:
            return []
        common = set(ys.bands)
        for f in names:
            common &= set(ys.bands_with(f, stated[f]))
        if common:
            return []
        a, b = names[0], names[1]
        implied = {ys.bands_with(a, stated[a])[0].get(b)}
        return [
            self.finding(
                k,
                "scheme_contradiction",
                "medium",
                b,
                stated[b],
                "/".join(sorted(x for x in implied if x)),
                f"{a} {stated[a]!r} and {b} {stated[b]!r} cannot go together in {k.claim.year}",
            )
        ]

    def check_rank(self, k: Keyed) -> list[Finding]:
        c = k.claim
        if c.rank is None or c.rank_scope not in ("provinsi", "nasional"):
            return []
        me = self.table[(k.key, c.year)]
        own = c.score if c.score is not None else me.best_score()
        if own is None:
            return []
        if c.rank_scope == "provinsi":
            if me.etype not in ("kabupaten", "kota") or not me.province_code:
                return []
            # peers of the same kind only: reporters rank "5 kabupaten terbaik" and "3 kota" apart,
            # and a kota scoring higher never contradicts a kabupaten's first place among kabupaten
            group: tuple = (c.year, "provinsi", me.province_code, me.etype)
        else:
            if not me.etype or k.key.startswith("U:"):
                return []
            group = (c.year, "nasional", me.etype)
        # peers sorted by score, highest first: only the head can be higher than `own`
        higher = []
        for score, name, key in self._peers().get(group, ()):
            if score <= own + SCORE_EPS:
                break
            if key != k.key:
                higher.append((score, name))
        if len(higher) < c.rank:
            return []
        names = ", ".join(f"{n} {fmt_value(s)}" for s, n in higher[:5]) + (" …" if len(higher) > 5 else "")
        scope = "se-provinsi" if c.rank_scope == "provinsi" else "nasional"
        return [
            self.finding(
                k,
                "rank_contradiction",
                "medium",
                "rank",
                c.rank,
                f">= {len(higher) + 1}",
                f"claimed rank {c.rank} ({scope}) with score {fmt_value(own)}, but {len(higher)} "
                f"{'entity' if len(higher) == 1 else 'entities'} of that scope scored higher in "
                f"{c.year}: {names}",
            )
        ]

    def _peers(self) -> dict[tuple, list[tuple[float, str, str]]]:
        """(year, "provinsi", province code, type) / (year, "nasional", type) -> (score, name, key), best first."""
        if getattr(self, "_peer_index", None) is None:
            index: dict[tuple, list[tuple[float, str, str]]] = defaultdict(list)
            for (key, year), ey in self.table.items():
                score = ey.best_score()
                if score is None or key.startswith("U:"):
                    continue
                if ey.etype in ("kabupaten", "kota") and ey.province_code:
                    index[(year, "provinsi", ey.province_code, ey.etype)].append((score, ey.name, key))
                if ey.etype:
                    index[(year, "nasional", ey.etype)].append((score, ey.name, key))
            for v in index.values():
                v.sort(key=lambda t: -t[0])
            self._peer_index = dict(index)
        return self._peer_index

    def check_trend(self, k: Keyed) -> list[Finding]:
        return trend_findings(k, self.table, self.scheme)

    def check_disagreement(self) -> list[Finding]:
        return disagreement_findings(self.table, self.scheme)

    def run(self) -> list[Finding]:
        findings: list[Finding] = []
        for k in self.keyed:
            findings += self.check_scheme(k)
            findings += self.check_official(k)
            findings += self.check_rank(k)
            findings += self.check_trend(k)
        findings += self.check_disagreement()
        findings.sort(key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.year, f.entity, f.kind, f.url or ""))
        return findings

    # -- views for the report --------------------------------------------------------------
    def score_pairs(self) -> list[dict]:
        """(reported, official) score pairs for the chart."""
        out = []
        for k in self.keyed:
            row = self.table[(k.key, k.claim.year)].official
            if k.claim.score is not None and row is not None and row.score is not None:
                out.append(
                    {
                        "entity": k.claim.entity,
                        "year": k.claim.year,
                        "reported": k.claim.score,
                        "official": row.score,
                        "url": k.claim.url,
                        "match": score_gap_severity(
                            k.claim.score, row.score, written_decimals(k.claim.evidence, k.claim.score)
                        )
                        is None,
                    }
                )
        return out

    def coverage(self) -> dict:
        """Claims and distinct entities per province and year, and how many have an official row."""
        cells: dict[tuple[str, int], dict] = defaultdict(lambda: {"claims": 0, "entities": set(), "official": set()})
        for k in self.keyed:
            prov = k.province or ("(nasional)" if k.etype in ("kementerian", "lembaga") else "(tidak diketahui)")
            cell = cells[(prov, k.claim.year)]
            cell["claims"] += 1
            cell["entities"].add(k.key)
            if self.table[(k.key, k.claim.year)].official is not None:
                cell["official"].add(k.key)
        return {
            key: {"claims": v["claims"], "entities": len(v["entities"]), "official": len(v["official"])}
            for key, v in cells.items()
        }


def _dedupe(claims: list[ReportedClaim]) -> list[ReportedClaim]:
    """The same record of the same article stored twice counts once."""
    seen, out = set(), []
    for c in claims:
        sig = (c.url, c.article_id, c.entity, c.year, c.score, c.rank, c.rank_scope, c.zone, c.grade, c.opinion)
        if sig not in seen:
            seen.add(sig)
            out.append(c)
    return out


def audit_claims(
    claims: list[ReportedClaim],
    official: list[OfficialResult] | None = None,
    scheme: ScoringScheme | None = None,
    regions: RegionIndex | None = None,
) -> list[Finding]:
    """Every finding for these claims (and this official table, when given)."""
    return Auditor(claims, official, scheme, regions).run()
