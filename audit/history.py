"""One entity's history (score, zone/grade, rank per year, every source) as a report panel.

Each panel is a `<section class="entity" id="entity-…">` shown by the CSS `:target` rule when
a link in the findings table (or the chart) points at it: no script needed, and hundreds of
entities cost a small hand-written SVG each. All text is escaped; only http(s) URLs are links.
"""

from __future__ import annotations

import hashlib
import re
from html import escape

from .charts import band_color

W, H, PAD = 420, 170, 34


def entity_anchor(key: str) -> str:
    """A stable HTML id for an entity key ("R:17.07" -> "entity-r-17-07-…")."""
    slug = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")[:40]
    return f"entity-{slug}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:6]}"


def histories(auditor) -> dict[str, dict]:
    """entity key -> {name, anchor, years: {year: {score, zone, grade, ranks, official, sources}}}."""
    out: dict[str, dict] = {}
    for (key, year), ey in sorted(auditor.table.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        if not ey.claims:
            continue
        h = out.setdefault(key, {"name": ey.name, "anchor": entity_anchor(key), "years": {}})
        ranks = {k.claim.rank_scope or "?": k.claim.rank for k in ey.claims if k.claim.rank is not None}
        off = ey.official
        h["years"][year] = {
            "score": ey.majority("score"),
            "zone": ey.majority("zone"),
            "grade": ey.majority("grade"),
            "ranks": ranks,
            "official": off.score if off else None,
            "sources": [
                {
                    "outlet": k.claim.outlet,
                    "url": k.claim.url,
                    "score": k.claim.score,
                    "zone": k.claim.zone,
                    "grade": k.claim.grade,
                    "rank": k.claim.rank,
                    "rank_scope": k.claim.rank_scope,
                }
                for k in ey.claims
            ],
        }
    return out


def _num(v) -> str:
    return "" if v is None else (f"{v:.2f}".replace(".", ",") if isinstance(v, float) else str(v))


def history_svg(h: dict, scheme) -> str:
    years = sorted(h["years"])
    vals = [
        v
        for y in years
        for v in (h["years"][y]["official"], *(s["score"] for s in h["years"][y]["sources"]))
        if v is not None
    ]
    lo = max(0.0, (min(vals) // 10) * 10 - 10) if vals else 0.0
    inner = W - 2 * PAD - 40  # 20 px clear of the axis labels on each side
    step = inner / (len(years) - 1) if len(years) > 1 else 0

    def x(i):
        return PAD + 20 + (i * step if len(years) > 1 else inner / 2)

    def y(v):
        return H - PAD - (min(v, 100) - lo) / (100 - lo) * (H - 2 * PAD)

    parts = [
        f'<svg class="history" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" '
        f'height="{H}" role="img" aria-label="score per year">'
    ]
    for t in range(int(lo), 101, 10):
        parts.append(
            f'<line x1="{PAD}" x2="{W - PAD}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="#eee"/>'
            f'<text x="{PAD - 4}" y="{y(t) + 3:.1f}" font-size="9" text-anchor="end">{t}</text>'
        )
    pts = []
    for i, yr in enumerate(years):
        d = h["years"][yr]
        parts.append(f'<text x="{x(i):.1f}" y="{H - 8}" font-size="10" text-anchor="middle">{yr}</text>')
        if d["official"] is not None:
            parts.append(
                f'<rect x="{x(i) - 4:.1f}" y="{y(d["official"]) - 4:.1f}" width="8" height="8" fill="none" '
                f'stroke="#555"><title>official {_num(d["official"])}</title></rect>'
            )
        for v in sorted({s["score"] for s in d["sources"] if s["score"] is not None} - {d["score"]}):
            # a minority (or tied) value: a hollow point beside the line
            parts.append(
                f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3.5" fill="#fff" stroke="#c62828">'
                f"<title>{yr}: {_num(v)} (another source)</title></circle>"
            )
        if d["score"] is None:
            continue
        ys = scheme.for_year(yr)
        band = ys.band_for(d["score"]) if ys and ys.known else None
        color = band_color(band) if band else "#1f5f99"
        pts.append(f"{x(i):.1f},{y(d['score']):.1f}")
        label = " ".join(escape(str(v)) for v in (d["zone"], d["grade"]) if v)
        parts.append(
            f'<circle cx="{x(i):.1f}" cy="{y(d["score"]):.1f}" r="5" fill="{color}">'
            f"<title>{yr}: {_num(d['score'])} {label}</title></circle>"
            f'<text x="{x(i):.1f}" y="{y(d["score"]) - 9:.1f}" font-size="10" text-anchor="middle">'
            f"{_num(d['score'])}{(' ' + label) if label else ''}</text>"
        )
    if len(pts) > 1:
        parts.insert(1, f'<polyline points="{" ".join(pts)}" fill="none" stroke="#1f5f99" stroke-width="1.5"/>')
    parts.append("</svg>")
    return "".join(parts)


def _link(url, label) -> str:
    if url and str(url).lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" rel="noopener noreferrer" target="_blank">{escape(label or url)}</a>'
    return escape(label or url or "")


def history_panel(h: dict, scheme) -> str:
    rows = []
    for yr in sorted(h["years"]):
        d = h["years"][yr]
        ranks = ", ".join(f"{r} ({s})" for s, r in d["ranks"].items())
        sources = "".join(
            f"<li>{_link(s['url'], s['outlet'] or 'article')}: "
            + escape(" ".join(f"{k} {_num(s[k])}" for k in ("score", "zone", "grade", "rank") if s[k] is not None))
            + (f" ({escape(s['rank_scope'])})" if s["rank"] is not None and s["rank_scope"] else "")
            + "</li>"
            for s in d["sources"]
        )
        rows.append(
            f"<tr><td>{yr}</td><td>{_num(d['score'])}</td><td>{escape(d['zone'] or '')}</td>"
            f"<td>{escape(d['grade'] or '')}</td><td>{escape(ranks)}</td><td>{_num(d['official'])}</td>"
            f"<td><ul>{sources}</ul></td></tr>"
        )
    return (
        f'<section class="entity" id="{h["anchor"]}"><h3>{escape(h["name"])} <a class="close" '
        f'href="#findings-section">close</a></h3>{history_svg(h, scheme)}'
        "<table><thead><tr><th>year</th><th>score</th><th>zone</th><th>grade</th><th>rank</th>"
        f"<th>official</th><th>sources</th></tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def history_panels(hist: dict[str, dict], scheme) -> str:
    return "".join(history_panel(h, scheme) for h in hist.values())


def anchors_by_name(auditor) -> dict[str, str]:
    """Entity name as the claims (and so the findings) write it -> its panel's anchor."""
    out: dict[str, str] = {}
    for k in auditor.keyed:
        out.setdefault(k.claim.entity, entity_anchor(k.key))
    return out
