"""Write the audit: `audit.csv`, `audit.json` and a self-contained `report.html`.

The HTML needs no network: CSS and JS are inline, the charts are inline SVG (audit/charts.py,
matplotlib; also written as `charts/*.svg`), each entity's history a panel (audit/history.py). The
page is rendered from Jinja2 templates with autoescaping on, so article text is always text, never
markup; only http(s) URLs become links, and a Content-Security-Policy allows no script but the
report's own (by hash), so even markup that slipped through could not run injected code.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import Counter
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from fileio.csvsafe import SafeWriter
from fileio.outfile import output_file

from .charts import write_chart_files
from .checks import SEVERITY_ORDER
from .types import FINDING_KINDS, SEVERITIES, Finding

CSV_COLUMNS = (
    "kind",
    "severity",
    "entity",
    "entity_type",
    "region_code",
    "province",
    "year",
    "field",
    "reported_value",
    "official_value",
    "message",
    "url",
    "outlet",
    "evidence",
    "highlight_start",
    "highlight_end",
    "official_source",
)


def _atomic_write(path: Path, write) -> None:
    """Complete or not at all: no half-written file looks complete (fileio.outfile)."""
    with output_file(path, "w", encoding="utf-8", newline="") as fh:
        write(fh)


def write_csv(findings: list[dict], path: Path) -> None:
    """One finding per row (dicts as `Finding.to_dict()` gives them); the first highlight span
    as two integer columns so a spreadsheet can use them."""

    def write(fh):
        w = SafeWriter(fh)  # a cell a spreadsheet would run as a formula is neutralised (OWASP)
        w.writerow(CSV_COLUMNS)
        for d in findings:
            d = dict(d)
            hl = d["highlight"][0] if d.get("highlight") else (None, None)
            d["highlight_start"], d["highlight_end"] = hl
            w.writerow(["" if d.get(c) is None else d.get(c) for c in CSV_COLUMNS])

    _atomic_write(path, write)


def write_json(payload: dict, path: Path) -> None:
    _atomic_write(path, lambda fh: json.dump(payload, fh, ensure_ascii=False, indent=1, default=str))


# -- HTML ----------------------------------------------------------------------------------
# The page is Jinja2 templates (audit/templates/, autoescaped: every value is text unless marked
# otherwise) with its CSS and JS as files (audit/static/). Only what this package generates itself
# is inserted as markup: the chart SVGs, the entity panels, the stylesheet and the script.


def fmt_value(v) -> str:
    if isinstance(v, float):
        return f"{v:.2f}".replace(".", ",")
    return "" if v is None else str(v)


def highlight_segments(text: str | None, spans) -> list[tuple[str, bool]]:
    """The evidence sentence as (text, highlighted?) pieces, overlapping spans merged."""
    text = text or ""
    spans = sorted((max(0, s), min(len(text), e)) for s, e in spans or [] if e > s)
    out, pos = [], 0
    for s, e in spans:
        s = max(s, pos)
        if e <= s:
            continue
        out += [(text[pos:s], False), (text[s:e], True)]
        pos = e
    out.append((text[pos:], False))
    return [(t, marked) for t, marked in out if t or marked]


def is_web_url(url) -> bool:
    """Only http(s) URLs become links (a javascript: or data: URL is shown as text)."""
    return str(url).lower().startswith(("http://", "https://"))


def coverage_rows(coverage: dict) -> dict:
    """Years, and per province the cells (None: no record) with their shade and the total."""
    years = sorted({y for _, y in coverage})
    provinces = sorted({p for p, _ in coverage}, key=lambda p: (p.startswith("("), p))
    peak = max((v["claims"] for v in coverage.values()), default=0) or 1
    rows = []
    for p in provinces:
        cells = [dict(v, alpha=0.12 + 0.6 * v["claims"] / peak) if (v := coverage.get((p, y))) else None for y in years]
        rows.append(
            {"province": p, "cells": cells, "total": sum(coverage.get((p, y), {}).get("claims", 0) for y in years)}
        )
    return {"years": years, "rows": rows}


def _static(name: str) -> str:
    return (resources.files("audit") / "static" / name).read_text(encoding="utf-8")


def _as_text(value) -> Markup:
    """Every `{{ value }}` of the templates: markup this package made stays markup, anything else
    is escaped as html.escape does (quotes too), and None prints as nothing."""
    if hasattr(value, "__html__"):
        return Markup(value)
    return Markup(html.escape("" if value is None else str(value), quote=True))


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("audit", "templates"), autoescape=True, keep_trailing_newline=True, finalize=_as_text
    )
    env.filters["value"] = fmt_value
    env.filters["marked"] = highlight_segments
    env.tests["web_url"] = is_web_url
    return env


def render_html(
    findings: list[Finding],
    summary: dict,
    pairs: list[dict],
    coverage: dict,
    title: str = "kepatuhan audit",
    charts: dict[str, str] | None = None,
    panels: str = "",
    anchors: dict[str, str] | None = None,
) -> str:
    """The report page; `charts` (name -> inline SVG), `panels` (entity histories) and `anchors`
    (entity name -> panel id, to link the table's entity cells) come from run_audit."""
    by_sev = Counter(f.severity for f in findings)
    by_kind = Counter(f.kind for f in findings)
    js = _static("report.js")
    script_hash = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode()
    csp = (
        f"default-src 'none'; script-src 'sha256-{script_hash}'; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return (
        _env()
        .get_template("report.html")
        .render(
            title=title,
            csp=csp,
            css=Markup(_static("report.css")),
            js=Markup(js),
            generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            summary=summary,
            problems=summary.get("problems") or [],
            findings=findings,
            severities=SEVERITIES,
            severity_order=SEVERITY_ORDER,
            finding_kinds=FINDING_KINDS,
            by_severity=by_sev,
            by_kind=by_kind,
            severities_present=[s for s in SEVERITIES if by_sev.get(s)],
            kinds_present=[k for k in FINDING_KINDS if by_kind.get(k)],
            years=sorted({f.year for f in findings}),
            anchors=anchors or {},
            pairs=pairs,
            n_off_diagonal=sum(1 for p in pairs if not p["match"]),
            charts={k: Markup(v) for k, v in (charts or {}).items()},
            panels=Markup(panels),
            coverage=coverage_rows(coverage),
        )
    )


def write_report(
    findings: list[Finding],
    summary: dict,
    pairs: list[dict],
    coverage: dict,
    out_dir: Path,
    charts: dict[str, str] | None = None,
    panels: str = "",
    anchors: dict[str, str] | None = None,
) -> dict[str, Path]:
    """audit.csv, audit.json, report.html and charts/*.svg in `out_dir`. `findings` come sorted
    (Auditor.run's order), so row N of the table is finding N, which the chart links to."""
    out_dir = Path(out_dir)
    files = {"csv": out_dir / "audit.csv", "json": out_dir / "audit.json", "html": out_dir / "report.html"}
    findings = sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.year, f.entity, f.kind))
    dicts = [f.to_dict() for f in findings]
    write_csv(dicts, files["csv"])
    write_json(
        {
            "summary": summary,
            "finding_kinds": FINDING_KINDS,
            "findings": dicts,
            "score_pairs": pairs,
            "coverage": [
                {"province": p, "year": y, **v}
                for (p, y), v in sorted(coverage.items(), key=lambda kv: (kv[0][0], kv[0][1]))
            ],
        },
        files["json"],
    )
    page = render_html(findings, summary, pairs, coverage, charts=charts, panels=panels, anchors=anchors)
    _atomic_write(files["html"], lambda fh: fh.write(page))
    if charts:
        files.update({f"chart_{k}": v for k, v in write_chart_files(charts, out_dir / "charts").items()})
    return files
