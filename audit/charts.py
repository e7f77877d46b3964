"""The audit's charts as SVG, drawn offline with matplotlib (no JavaScript, nothing fetched).

    charts = draw_charts(chart_data(auditor, findings))   # {"scores": "<svg …>", "coverage": …, "distribution": …}

- scores: reported vs official score, one point per (entity, year, outlet); the diagonal; the
  scheme's zone / grade bands shaded (one panel per band system); points with a finding in red,
  each a link to its row (`#finding-N`) with the entity in its tooltip;
- coverage: provinces x assessment years, each cell the share of the province's governments
  (the province, its kabupaten and kota) with at least one record;
- distribution: each year's scores (box and jittered points) on that year's bands, the other
  band system of 2017-2019 dashed.
The report inlines them; `write_chart_files` writes them as `charts/*.svg`.
"""

from __future__ import annotations

import io
import random
import re
from collections import defaultdict
from html import escape
from pathlib import Path

from corpus.scheme import ScoringScheme, YearScheme

ZONE_COLORS = {"hijau": "#2e7d32", "kuning": "#f2b600", "merah": "#c62828"}
GRADE_COLORS = {"A": "#1b5e20", "B": "#7cb342", "C": "#f2b600", "D": "#ef6c00", "E": "#b71c1c"}
OK_COLOR, BAD_COLOR = "#1f5f99", "#d50000"
CHART_NAMES = ("scores", "coverage", "distribution")


def band_color(band) -> str:
    return GRADE_COLORS.get(band.grade) or ZONE_COLORS.get(band.zone) or "#999999"


def band_label(band) -> str:
    return band.grade or band.zone or ""


def chart_data(auditor, findings) -> dict:
    """What the charts need, from an `audit.checks.Auditor` and its (sorted) findings."""
    anchor: dict[tuple, int] = {}
    for i, f in enumerate(findings):
        if f.field == "score" and f.reported_value is not None:
            anchor.setdefault((f.entity, f.year, f.url, round(float(f.reported_value), 2)), i)
    pairs = []
    for p in auditor.score_pairs():
        idx = anchor.get((p["entity"], p["year"], p["url"], round(float(p["reported"]), 2)))
        pairs.append({**p, "finding": idx, "flagged": idx is not None or not p["match"]})
    governments: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    for r in auditor.regions.by_code.values():
        governments[r.province_code] += 1
        if r.level == "provinsi":
            names[r.code] = r.province
    covered: dict[tuple[str, int], set] = defaultdict(set)
    scores: dict[int, list[float]] = defaultdict(list)
    for (key, year), ey in auditor.table.items():
        if not ey.claims:
            continue
        if key.startswith("R:") and ey.province_code:
            covered[(ey.province_code, year)].add(key)
        s = ey.majority("score")
        if s is None:
            vals = [k.claim.score for k in ey.claims if k.claim.score is not None]
            s = vals[0] if vals else None
        if s is not None:
            scores[year].append(float(s))
    return {
        "pairs": pairs,
        "governments": dict(governments),
        "province_names": names,
        "covered": {k: len(v) for k, v in covered.items()},
        "scores": dict(scores),
        "scheme": auditor.scheme,
    }


# -- drawing ----------------------------------------------------------------------------------


def _figure(width: float, height: float):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=72)
    return fig


def _svg(fig, name: str) -> str:
    import matplotlib

    buf = io.StringIO()
    # a per-chart salt keeps the generated ids of several inline SVGs apart; text stays text
    with matplotlib.rc_context({"svg.hashsalt": f"kepatuhan-{name}", "svg.fonttype": "none"}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    return svg.replace("<svg ", f'<svg id="chart-{name}" class="chart" role="img" ', 1)


def _scheme_groups(pairs: list[dict], scheme: ScoringScheme) -> list[tuple[YearScheme | None, list[dict]]]:
    groups: dict[str | None, list[dict]] = defaultdict(list)
    first: dict[str | None, YearScheme | None] = {}
    for p in pairs:
        ys = scheme.for_year(p["year"])
        name = ys.name if ys and ys.known else None
        groups[name].append(p)
        first.setdefault(name, ys if ys and ys.known else None)
    order = sorted(groups, key=lambda n: min(p["year"] for p in groups[n]))
    return [(first[n], groups[n]) for n in order]


def draw_scores(pairs: list[dict], scheme: ScoringScheme) -> str:
    groups = _scheme_groups(pairs, scheme) or [(None, [])]
    fig = _figure(5.2 * len(groups), 5.2)
    axes = fig.subplots(1, len(groups), squeeze=False)[0]
    values = [v for p in pairs for v in (p["reported"], p["official"])]
    lo = max(0.0, (min(values) // 10) * 10) if values else 0.0
    hi = 110.0 if values and max(values) > 100 else 100.0
    for n, (ax, (ys, group)) in enumerate(zip(axes, groups)):
        for band in ys.bands if ys else []:
            color = band_color(band)
            ax.axvspan(band.min, band.max, color=color, alpha=0.07, lw=0)
            ax.axhspan(band.min, band.max, color=color, alpha=0.07, lw=0)
            if band.max >= lo and band.min < hi:
                ax.text(
                    lo + 0.3, max(band.min, lo) + 0.3, band_label(band), color=color, fontsize=9, va="bottom", ha="left"
                )
        ax.plot([lo, hi], [lo, hi], ls="--", lw=1, color="#666")
        ok = [p for p in group if not p["flagged"]]
        bad = [p for p in group if p["flagged"]]
        alpha = 0.6 if len(ok) < 1000 else 0.3
        ax.scatter(
            [p["official"] for p in ok],
            [p["reported"] for p in ok],
            s=14,
            color=OK_COLOR,
            alpha=alpha,
            lw=0,
            label="as official",
        ).set_gid(f"points-ok-{n}")
        if bad:
            pts = ax.scatter(
                [p["official"] for p in bad],
                [p["reported"] for p in bad],
                s=30,
                color=BAD_COLOR,
                edgecolors="white",
                linewidths=0.6,
                label="finding",
                zorder=3,
            )
            pts.set_urls([f"#finding-{p['finding']}" if p["finding"] is not None else None for p in bad])
            pts.set_gid(f"points-finding-{n}")
        years = sorted({p["year"] for p in group})
        ax.set_title(
            f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "no data"), fontsize=11
        )
        ax.set_xlim(lo, hi)
        ax.set_ylim(lo, hi)
        ax.set_aspect("equal")
        ax.set_xlabel("official score")
        ax.grid(alpha=0.25, lw=0.5)
        if not group:
            ax.text(
                (lo + hi) / 2, (lo + hi) / 2, "no reported score has an official counterpart", ha="center", fontsize=10
            )
    axes[0].set_ylabel("reported score")
    axes[0].legend(loc="upper left", fontsize=8, frameon=False)
    fig.tight_layout()
    return _add_point_titles(_svg(fig, "scores"), pairs)


def _add_point_titles(svg: str, pairs: list[dict]) -> str:
    """Give each linked point a tooltip: entity, year, reported and official score."""
    titles = {}
    for p in pairs:
        if p["finding"] is not None:
            titles[f"#finding-{p['finding']}"] = (
                f"{p['entity']} {p['year']}: reported {p['reported']:.2f}, official {p['official']:.2f}"
            ).replace(".", ",")

    def add(m: re.Match) -> str:
        title = titles.get(m.group(2))
        return m.group(0) + (f"<title>{escape(title)}</title>" if title else "")

    # matplotlib opens every link in a new window; these are rows of the same page
    svg = re.sub(r'(<a xlink:href="#[^"]+") target="_blank"', r"\1", svg)
    return re.sub(r'(<a xlink:href="([^"]+)"[^>]*>)', add, svg)


def draw_coverage(data: dict) -> str:
    import numpy as np

    covered, govs, names = data["covered"], data["governments"], data["province_names"]
    years = sorted({y for _, y in covered}) or sorted(data["scores"]) or [0]
    provinces = sorted(govs, key=lambda c: float(c) if c.replace(".", "").isdigit() else 1e9)
    grid = (
        np.array([[covered.get((p, y), 0) / govs[p] for y in years] for p in provinces])
        if provinces
        else np.zeros((1, len(years)))
    )
    fig = _figure(2.6 + 0.75 * len(years), 1.2 + 0.23 * len(provinces))
    ax = fig.add_subplot()
    # vector cells and a stepped colour bar: the SVG holds no raster image
    im = ax.pcolormesh(grid, cmap="Blues", vmin=0, vmax=1, edgecolors="white", linewidth=0.5)
    ax.set_xticks([j + 0.5 for j in range(len(years))], [str(y) for y in years])
    ax.set_yticks([i + 0.5 for i in range(len(provinces))], [names.get(p, p) for p in provinces], fontsize=8)
    ax.invert_yaxis()
    ax.xaxis.tick_top()
    for i, p in enumerate(provinces):
        for j, y in enumerate(years):
            n = covered.get((p, y), 0)
            if n:
                ax.text(
                    j + 0.5,
                    i + 0.5,
                    f"{n}/{govs[p]}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if grid[i, j] > 0.55 else "#123",
                )
    fig.colorbar(
        im, ax=ax, fraction=0.04, pad=0.02, boundaries=np.linspace(0, 1, 11), label="share of governments with a record"
    )
    fig.tight_layout()
    return _svg(fig, "coverage")


def draw_distribution(scores: dict[int, list[float]], scheme: ScoringScheme, seed: int = 3) -> str:
    years = sorted(scores)
    fig = _figure(max(5.0, 1.3 + 1.25 * len(years)), 5.0)
    ax = fig.add_subplot()
    rng = random.Random(seed)
    for i, y in enumerate(years):
        ys = scheme.for_year(y)
        for band in ys.bands if ys and ys.known else []:
            ax.fill_between(
                [i - 0.45, i + 0.45],
                band.min,
                min(band.max, 100) if band.max <= 100 else band.max,
                color=band_color(band),
                alpha=0.16,
                lw=0,
            )
            ax.text(
                i - 0.43,
                min(band.max, 100) - 1,
                band_label(band),
                fontsize=7,
                color=band_color(band),
                va="top",
                ha="left",
            )
        for alt in ys.alternatives if ys else []:
            for band in alt.bands[:-1]:
                ax.plot([i - 0.45, i + 0.45], [band.min, band.min], ls=":", lw=1, color=band_color(band))
        vals = scores[y]
        ax.scatter(
            [i + rng.uniform(-0.3, 0.3) for _ in vals],
            vals,
            s=7,
            color="#123",
            alpha=0.5 if len(vals) < 300 else 0.25,
            lw=0,
        )
    if years:
        ax.boxplot(
            [scores[y] for y in years],
            positions=range(len(years)),
            widths=0.5,
            showfliers=False,
            medianprops={"color": "#000"},
            boxprops={"color": "#333"},
            whiskerprops={"color": "#333"},
        )
    ax.set_xticks(range(len(years)), [f"{y}\n(n={len(scores[y])})" for y in years])
    ax.set_xlim(-0.6, len(years) - 0.3 if years else 0.6)
    ax.set_ylim(0, 100)
    ax.set_ylabel("score (one point per entity and year)")
    ax.grid(axis="y", alpha=0.25, lw=0.5)
    fig.tight_layout()
    return _svg(fig, "distribution")


def draw_charts(data: dict) -> dict[str, str]:
    return {
        "scores": draw_scores(data["pairs"], data["scheme"]),
        "coverage": draw_coverage(data),
        "distribution": draw_distribution(data["scores"], data["scheme"]),
    }


def write_chart_files(charts: dict[str, str], out_dir: Path) -> dict[str, Path]:
    """charts/<name>.svg: standalone files of the same drawings."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    for name, svg in charts.items():
        files[name] = out_dir / f"{name}.svg"
        files[name].write_text('<?xml version="1.0" encoding="utf-8"?>\n' + svg, encoding="utf-8")
    return files
