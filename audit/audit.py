"""`run_audit`: claims + official table -> findings -> audit.csv / audit.json / report.html.

This is the Python face of `kepatuhan audit` and what `kepatuhan run` calls.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .charts import chart_data, draw_charts
from .checks import Auditor
from .history import anchors_by_name, histories, history_panels
from .official import read_official
from .report import write_report
from .types import AuditSummary, OfficialResult, Problem, ReportedClaim

BUNDLED_OFFICIAL = Path(__file__).resolve().parents[1] / "corpus" / "official_scores.csv"


class OfficialFileError(ValueError):
    """The official-results file given yields no usable row; `problems` say why (file:line)."""

    def __init__(self, file, problems: list[Problem]):
        self.file, self.problems = str(file), problems
        detail = "; ".join(str(p) for p in problems if p.level == "error") or "no data rows"
        super().__init__(f"{file}: no official result could be read ({detail})")


def run_audit(
    db_url: str | None = None,
    official_file: str | Path | None = None,
    out_dir: str | Path = "audit-out",
    *,
    claims: list[ReportedClaim] | None = None,
    official: list[OfficialResult] | None = None,
    records_file: str | Path | None = None,
    articles_file: str | Path | None = None,
) -> AuditSummary:
    """Audit reported records against the official table and the scoring scheme.

    Claims come from `claims` if given, else from `records_file` (extraction JSONL, with
    `articles_file` for the evidence sentences), else from the corpus at `db_url`.
    The official table: `official` if given, else `official_file`, else the one imported into
    the corpus, else the bundled sample (corpus/official_scores.csv, partial).

    Writes to `out_dir` (created if needed): audit.csv (one finding per row), audit.json
    (summary, findings, chart data, coverage), report.html (self-contained, offline) and
    charts/*.svg.

    Returns:
        `AuditSummary`: n_claims, n_official, n_findings, by_kind, by_severity, files
        (name -> Path: "csv", "json", "html", "chart_scores", ...), official_source, problems
        (input problems, each naming its file and line).

    Raises:
        OfficialFileError: `official_file` yields no usable row (its problems are attached).
        corpus.db.CorpusError: the corpus database cannot be opened.

    >>> summary = run_audit("sqlite:///contoh.sqlite", out_dir="audit-out")    # doctest: +SKIP
    >>> summary.by_kind, summary.files["html"]                                  # doctest: +SKIP
    """
    problems: list[Problem] = []
    if claims is None:
        claims = _read_claims(db_url, records_file, articles_file, problems)
    official, official_source = _official_table(db_url, official_file, official, records_file, problems)

    auditor = Auditor(claims, official)
    findings = auditor.run()  # sorted: the report's row N is findings[N]
    summary = AuditSummary(
        n_claims=len(auditor.keyed),
        n_official=len(official or []),
        n_findings=len(findings),
        by_kind=dict(Counter(f.kind for f in findings)),
        by_severity=dict(Counter(f.severity for f in findings)),
        out_dir=Path(out_dir),
        official_source=official_source,
        problems=problems,
    )
    charts = draw_charts(chart_data(auditor, findings))
    hist = histories(auditor)
    summary.files = write_report(
        findings,
        summary.to_dict(),
        auditor.score_pairs(),
        auditor.coverage(),
        Path(out_dir),
        charts=charts,
        panels=history_panels(hist, auditor.scheme),
        anchors=anchors_by_name(auditor),
    )
    return summary


def _read_claims(
    db_url: str | None, records_file: str | Path | None, articles_file: str | Path | None, problems: list[Problem]
) -> list[ReportedClaim]:
    """The claims of an extraction file when one is given, else of the corpus."""
    if records_file is not None:
        from .source import claims_from_extraction

        return claims_from_extraction(records_file, articles_file, problems)
    from .source import claims_from_corpus

    return claims_from_corpus(db_url, problems)


def _official_table(
    db_url: str | None,
    official_file: str | Path | None,
    official: list[OfficialResult] | None,
    records_file: str | Path | None,
    problems: list[Problem],
) -> tuple[list[OfficialResult], str | None]:
    """The official rows to audit against and where they come from (see `run_audit`)."""
    official_source = "given rows" if official is not None else None
    if official is None and official_file is not None:
        parsed = read_official(official_file)
        if not parsed.rows:  # an unusable table would make every record look "not official"
            raise OfficialFileError(official_file, parsed.problems)
        problems += parsed.problems
        official, official_source = parsed.rows, str(official_file)
    if official is None and records_file is None:
        from .source import official_from_corpus

        official = official_from_corpus(db_url) or None
        official_source = "official results imported into the corpus" if official else None
    if official is None:
        parsed = read_official(BUNDLED_OFFICIAL)
        official, official_source = parsed.rows, f"bundled sample {BUNDLED_OFFICIAL.name} (partial)"
    return official, official_source
