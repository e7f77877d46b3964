"""Write the audit: `audit.csv`, `audit.json` and a self-contained `report.html`.

The HTML needs no network: CSS and JS are inline, the charts are inline SVG (audit/charts.py,
matplotlib; also written as `charts/*.svg`), each entity's history a panel (audit/history.py). Every
piece of article text goes through `html.escape` (rendered as text, never as markup), only
http(s) URLs become links, and a Content-Security-Policy allows no script but the report's
own (by hash), so even a missed escape could not run injected code.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from fileio.csvsafe import SafeWriter
from fileio.outfile import output_file

from .charts import write_chart_files
from .checks import SEVERITY_ORDER
from .types import FINDING_KINDS, SEVERITIES, Finding

CSV_COLUMNS = ("kind", "severity", "entity", "entity_type", "region_code", "province", "year", "field",
               "reported_value", "official_value", "message", "url", "outlet", "evidence",
               "highlight_start", "highlight_end", "official_source")


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

def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def fmt_value(v) -> str:
    if isinstance(v, float):
        return f"{v:.2f}".replace(".", ",")
    return "" if v is None else str(v)


def highlighted(text: str, spans) -> str:
    """The evidence sentence, escaped, with the spans wrapped in <mark>."""
    text = text or ""
    spans = sorted((max(0, s), min(len(text), e)) for s, e in spans or [] if e > s)
    out, pos = [], 0
    for s, e in spans:
        if s < pos:
            s = pos
        if e <= s:
            continue
        out.append(esc(text[pos:s]))
        out.append(f"<mark>{esc(text[s:e])}</mark>")
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out)


def link(url: str | None, label: str | None = None) -> str:
    if not url:
        return ""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" rel="noopener noreferrer" target="_blank">{esc(label or url)}</a>'
    return esc(url)


def coverage_table(coverage: dict) -> str:
    years = sorted({y for _, y in coverage})
    provinces = sorted({p for p, _ in coverage}, key=lambda p: (p.startswith("("), p))
    if not coverage:
        return "<p>No reported records.</p>"
    peak = max(v["claims"] for v in coverage.values()) or 1
    head = "".join(f"<th>{y}</th>" for y in years)
    rows = []
    for p in provinces:
        cells = []
        for y in years:
            v = coverage.get((p, y))
            if not v:
                cells.append('<td class="cov0"></td>')
                continue
            alpha = 0.12 + 0.6 * v["claims"] / peak
            cells.append(f'<td style="background:rgba(33,110,180,{alpha:.2f})" '
                         f'title="{v["claims"]} records, {v["entities"]} entities, {v["official"]} with an official result">'
                         f'{v["claims"]}<small> / {v["entities"]} / {v["official"]}</small></td>')
        total = sum(coverage.get((p, y), {}).get("claims", 0) for y in years)
        rows.append(f"<tr><th>{esc(p)}</th>{''.join(cells)}<td>{total}</td></tr>")
    return (f'<table id="coverage" class="cov"><thead><tr><th>province</th>{head}<th>total</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>'
            '<p class="note">Each cell: records / distinct entities / entities with an official result.</p>')


CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fff}
header{background:#17324d;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;opacity:.85}main{padding:16px 24px;max-width:1500px}
section{margin:18px 0}h2{font-size:17px;border-bottom:1px solid #ddd;padding-bottom:4px}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:90px}
.card b{display:block;font-size:22px}.sev-high{color:#b00020}.sev-medium{color:#b35c00}.sev-low{color:#5b6b00}.sev-info{color:#456}
table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
#findings{width:100%;font-size:13px}#findings th{cursor:pointer;background:#f2f4f7;position:sticky;top:0;user-select:none}
#findings th[aria-sort=ascending]::after{content:" \\25B2"}#findings th[aria-sort=descending]::after{content:" \\25BC"}
#findings td.ev{max-width:520px}mark{background:#ffe066;padding:0 1px}
.filters{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:8px 0}
.filters label{font-size:13px}.chart-wrap{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start}
circle.pt.ok{fill:#2e7d32;fill-opacity:.75}circle.pt.bad{fill:#c62828;fill-opacity:.85;stroke:#fff}
.cov td,.cov th{font-size:12px;text-align:center}.cov tbody th{text-align:left}.cov small{opacity:.7}
.note{font-size:12px;color:#555}.legend dt{font-weight:600}.legend dd{margin:0 0 6px 12px}
svg.chart{max-width:100%;height:auto}.charts figure{margin:0 0 18px}.charts figcaption{font-size:12px;color:#555}
section.entity{display:none;border:2px solid #17324d;border-radius:6px;padding:8px 14px;margin:14px 0}
section.entity:target{display:block}section.entity h3{margin:4px 0}section.entity .close{font-size:12px;margin-left:12px}
section.entity ul{margin:0;padding-left:16px}
"""

JS = """
(function () {
  var table = document.getElementById('findings');
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var sev = document.getElementById('f-severity'), kind = document.getElementById('f-kind');
  var year = document.getElementById('f-year'), q = document.getElementById('f-text');
  var shown = document.getElementById('shown');
  function apply() {
    var needle = q.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var ok = (!sev.value || r.getAttribute('data-severity') === sev.value) &&
               (!kind.value || r.getAttribute('data-kind') === kind.value) &&
               (!year.value || r.getAttribute('data-year') === year.value) &&
               (!needle || r.textContent.toLowerCase().indexOf(needle) >= 0);
      r.hidden = !ok; if (ok) n++;
    });
    shown.textContent = String(n);
  }
  [sev, kind, year].forEach(function (el) { el.addEventListener('change', apply); });
  q.addEventListener('input', apply);
  function keyOf(r, i) {
    var c = r.cells[i], k = c.getAttribute('data-sort');
    return k !== null ? k : c.textContent.trim();
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
    th.addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { o.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      rows.sort(function (a, b) {
        var x = keyOf(a, i), y = keyOf(b, i), nx = parseFloat(x.replace(',', '.')), ny = parseFloat(y.replace(',', '.'));
        var c = (!isNaN(nx) && !isNaN(ny) && /^-?[0-9]/.test(x) && /^-?[0-9]/.test(y)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    });
  });
  apply();
  document.documentElement.setAttribute('data-ready', '1');
})();
"""


def _entity_cell(name: str, anchors: dict[str, str]) -> str:
    anchor = anchors.get(name)
    return f'<a href="#{esc(anchor)}">{esc(name)}</a>' if anchor else esc(name)


def _options(values, label) -> str:
    opts = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
    return f'<option value="">all {esc(label)}</option>{opts}'


def render_html(findings: list[Finding], summary: dict, pairs: list[dict], coverage: dict,
                title: str = "kepatuhan audit", charts: dict[str, str] | None = None, panels: str = "",
                anchors: dict[str, str] | None = None) -> str:
    """The report page; `charts` (name -> inline SVG), `panels` (entity histories) and `anchors`
    (entity name -> panel id, to link the table's entity cells) come from run_audit."""
    charts, anchors = charts or {}, anchors or {}
    by_sev = Counter(f.severity for f in findings)
    by_kind = Counter(f.kind for f in findings)
    rows = []
    for i, f in enumerate(findings):
        sev_rank = SEVERITY_ORDER.get(f.severity, 9)
        rows.append(
            f'<tr id="finding-{i}" data-severity="{esc(f.severity)}" data-kind="{esc(f.kind)}" data-year="{esc(f.year)}">'
            f'<td class="sev-{esc(f.severity)}" data-sort="{sev_rank}">{esc(f.severity)}</td>'
            f'<td>{esc(f.kind)}</td><td>{_entity_cell(f.entity, anchors)}</td><td>{esc(f.year)}</td>'
            f'<td>{esc(f.field)}</td>'
            f'<td>{esc(fmt_value(f.reported_value))}</td><td>{esc(fmt_value(f.official_value))}</td>'
            f'<td>{esc(f.message)}</td><td class="ev">{highlighted(f.evidence, f.highlight)}</td>'
            f'<td>{link(f.url, f.outlet or "article")}'
            f'{"<br>official: " + link(f.official_source, "source") if f.official_source else ""}</td></tr>')
    kinds_present = [k for k in FINDING_KINDS if by_kind.get(k)]
    cards = [f'<div class="card"><b id="n-findings">{len(findings)}</b>findings</div>']
    cards += [f'<div class="card sev-{s}"><b>{by_sev.get(s, 0)}</b>{s}</div>' for s in SEVERITIES]
    cards += [f'<div class="card"><b>{summary.get("n_claims", 0)}</b>reported records</div>',
              f'<div class="card"><b>{summary.get("n_official", 0)}</b>official rows</div>']
    kind_rows = "".join(f"<tr><td>{esc(k)}</td><td>{by_kind.get(k, 0)}</td><td>{esc(v)}</td></tr>"
                        for k, v in FINDING_KINDS.items())
    n_bad = sum(1 for p in pairs if not p["match"])
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    script_hash = base64.b64encode(hashlib.sha256(JS.encode("utf-8")).digest()).decode()
    csp = (f"default-src 'none'; script-src 'sha256-{script_hash}'; style-src 'unsafe-inline'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    years = sorted({f.year for f in findings})
    problems = summary.get("problems") or []
    problems_html = ("<section><h2>Input problems</h2><ul>" + "".join(f"<li>{esc(p)}</li>" for p in problems)
                     + "</ul></section>") if problems else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><style>{CSS}</style></head>
<body>
<header><h1>{esc(title)}: reported vs official compliance results</h1>
<p>Generated {generated} · official table: {esc(summary.get("official_source") or "none")}</p></header>
<main>
<section id="summary"><h2>Summary</h2><div class="cards">{"".join(cards)}</div>
<table class="kinds" style="margin-top:10px"><thead><tr><th>kind</th><th>findings</th><th>meaning</th></tr></thead>
<tbody>{kind_rows}</tbody></table></section>
{problems_html}
<section id="findings-section"><h2>Findings</h2>
<div class="filters">
<label>severity <select id="f-severity">{_options([s for s in SEVERITIES if by_sev.get(s)], "severities")}</select></label>
<label>kind <select id="f-kind">{_options(kinds_present, "kinds")}</select></label>
<label>year <select id="f-year">{_options(years, "years")}</select></label>
<label>search <input id="f-text" type="search" placeholder="entity, text, URL"></label>
<span><span id="shown">{len(findings)}</span> of {len(findings)} shown · click a column to sort</span></div>
<table id="findings"><thead><tr><th>severity</th><th>kind</th><th>entity</th><th>year</th><th>field</th>
<th>reported</th><th>official / expected</th><th>message</th><th>evidence</th><th>source</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
{'' if findings else '<p id="no-findings">No findings.</p>'}
</section>
<section id="chart-section" class="charts"><h2>Reported vs official scores</h2><figure>{charts.get("scores", "")}
<figcaption>{len(pairs)} reported scores with an official counterpart; <b>{n_bad}</b> off the diagonal (differ
beyond rounding), in red: click one for its finding. Shaded: that period's zone / grade bands.</figcaption></figure>
<h2>Score distribution per year</h2><figure>{charts.get("distribution", "")}
<figcaption>One point per entity and year (the value most sources report) on that year's bands; 2017–2019:
the second attested band system dotted.</figcaption></figure></section>
<section id="coverage-section" class="charts"><h2>Coverage by province and year</h2><figure>{charts.get("coverage", "")}
<figcaption>Share of each province's governments (province, kabupaten, kota) with at least one record.
</figcaption></figure>{coverage_table(coverage)}</section>
<section id="entities"><h2>Entity histories</h2><p class="note">Click an entity in the findings table.</p>
{panels}</section>
</main>
<script>{JS}</script>
</body></html>
"""


def write_report(findings: list[Finding], summary: dict, pairs: list[dict], coverage: dict, out_dir: Path,
                 charts: dict[str, str] | None = None, panels: str = "",
                 anchors: dict[str, str] | None = None) -> dict[str, Path]:
    """audit.csv, audit.json, report.html and charts/*.svg in `out_dir`. `findings` come sorted
    (Auditor.run's order), so row N of the table is finding N, which the chart links to."""
    out_dir = Path(out_dir)
    files = {"csv": out_dir / "audit.csv", "json": out_dir / "audit.json", "html": out_dir / "report.html"}
    findings = sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.year, f.entity, f.kind))
    dicts = [f.to_dict() for f in findings]
    write_csv(dicts, files["csv"])
    write_json({
        "summary": summary,
        "finding_kinds": FINDING_KINDS,
        "findings": dicts,
        "score_pairs": pairs,
        "coverage": [{"province": p, "year": y, **v} for (p, y), v in sorted(coverage.items(), key=lambda kv: (kv[0][0], kv[0][1]))],
    }, files["json"])
    page = render_html(findings, summary, pairs, coverage, charts=charts, panels=panels, anchors=anchors)
    _atomic_write(files["html"], lambda fh: fh.write(page))
    if charts:
        files.update({f"chart_{k}": v for k, v in write_chart_files(charts, out_dir / "charts").items()})
    return files
