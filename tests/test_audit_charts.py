"""The report's charts: drawn offline, written as charts/*.svg, rendered by headless Chromium with
no console error and no network request, on the demo's annotated records and on a synthetic
corpus of 500 entities x 4 years."""

from __future__ import annotations

import json
import random
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from audit.official import read_official
from audit.audit import BUNDLED_OFFICIAL, run_audit
from audit.source import claim_from_record
from audit.types import OfficialResult, ReportedClaim

try:  # the region index moves to the gazetteer package
    from gazetteer import RegionIndex
except ImportError:  # pragma: no cover
    from audit.entities import RegionIndex

REPO = Path(__file__).resolve().parents[1]
DEMO_EXPECTED = REPO / "corpus" / "demo_sites" / "expected.jsonl"
YEARS = (2019, 2022, 2023, 2024)
OUTLETS = ("rakyatbengkulu.example", "kabarsumbar.example", "portaljateng.example")

sys.path.insert(0, str(Path(__file__).parent))


def demo_claims() -> list[ReportedClaim]:
    """The team's annotation of every demo article, as the audit reads records."""
    claims = []
    for line in DEMO_EXPECTED.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        url = f"http://127.0.0.1:8765{art['path']}"
        text = art["title"] + "."
        for rec in art.get("records") or []:
            rec = {k: v for k, v in rec.items() if k != "aliases"}
            claims.append(claim_from_record(rec, text, url, outlet=art["outlet"], article_id=art["id"]))
    return claims


def synthetic(n_entities: int = 500, seed: int = 11) -> tuple[list[ReportedClaim], list[OfficialResult]]:
    """500 kabupaten/kota x 4 assessment years: an official score each, one to three outlets
    reporting it, one report in ten off by 0,5-6 points, some with a zone."""
    rng = random.Random(seed)
    regions = [r for r in RegionIndex.load().by_code.values() if r.level in ("kabupaten", "kota")][:n_entities]
    claims, official = [], []
    for year in YEARS:
        for r in regions:
            score = round(rng.uniform(45, 99), 2)
            official.append(
                OfficialResult(
                    year=year,
                    entity=r.name,
                    entity_type=r.level,
                    region_code=r.code,
                    score=score,
                    source=f"https://ombudsman.example/{year}",
                )
            )
            for j in range(rng.randint(1, 3)):
                reported = score if rng.random() > 0.1 else round(score - rng.uniform(0.5, 6), 2)
                zone = (
                    ("hijau" if reported >= 81 else "kuning" if reported >= 51 else "merah")
                    if year < 2022 and rng.random() < 0.5
                    else None
                )
                text = (
                    f"Pemerintah {r.name} meraih nilai {reported:.2f}".replace(".", ",")
                    + f" pada penilaian kepatuhan {year}."
                )
                claims.append(
                    ReportedClaim(
                        entity=r.name,
                        entity_type=r.level,
                        year=year,
                        region_code=r.code,
                        score=reported,
                        zone=zone,
                        outlet=OUTLETS[j],
                        url=f"https://{OUTLETS[j]}/{year}/{r.code}",
                        evidence=text,
                    )
                )
    return claims, official


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    official = read_official(BUNDLED_OFFICIAL).rows
    return run_audit(claims=demo_claims(), official=official, out_dir=tmp_path_factory.mktemp("demo") / "audit")


@pytest.fixture(scope="module")
def big_report(tmp_path_factory):
    claims, official = synthetic()
    t0 = time.perf_counter()
    summary = run_audit(claims=claims, official=official, out_dir=tmp_path_factory.mktemp("big") / "audit")
    summary.seconds = time.perf_counter() - t0
    return summary


def test_chart_files_are_standalone_svg(demo_report, big_report):
    for report in (demo_report, big_report):
        for name in ("scores", "coverage", "distribution"):
            path = report.files[f"chart_{name}"]
            assert path.parent.name == "charts" and path.suffix == ".svg"
            root = ET.parse(path).getroot()
            assert root.tag == "{http://www.w3.org/2000/svg}svg" and float(root.get("width").rstrip("pt")) > 300
            body = path.read_text(encoding="utf-8")
            assert "<script" not in body and "<image" not in body  # nothing runs, nothing is fetched


def test_big_report_stays_light(big_report):
    page = big_report.files["html"].read_text(encoding="utf-8")
    assert page.count('<section class="entity"') == 500
    assert page.count('xlink:href="#finding-') >= 150  # one report in ten is off: linked points
    assert len(page) < 12_000_000 and big_report.seconds < 60, (len(page), big_report.seconds)


@pytest.fixture(scope="module")
def browser():
    from test_audit_browser import ARGS, CHROMIUM

    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (Debian package 'chromium'; `make browser` installs it as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def _open(browser, report):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, offline=True)
    page = context.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(report.files["html"].resolve().as_uri())
    page.wait_for_selector("html[data-ready='1']", timeout=60_000)
    return context, page, errors, requests


@pytest.mark.browser
@pytest.mark.parametrize("which", ["demo_report", "big_report"])
def test_charts_render_in_chromium(which, browser, request):
    from test_audit_browser import assert_charts_rendered

    report = request.getfixturevalue(which)
    context, page, errors, requests = _open(browser, report)
    assert_charts_rendered(page)
    n_pairs = len(json.loads(report.files["json"].read_text(encoding="utf-8"))["score_pairs"])
    drawn = page.locator("#chart-scores g[id^='points-'] use").count()
    assert drawn == n_pairs > 0, (drawn, n_pairs)  # one marker per (entity, year, outlet) pair
    if which == "big_report":
        assert n_pairs > 3000
        # the coverage chart names every province; the distribution has one column per year
        assert page.locator("#chart-coverage text", has_text="Papua Barat Daya").count() == 1
        assert all(page.locator("#chart-distribution text", has_text=str(y)).count() >= 1 for y in YEARS)
    # an entity's history opens from the findings table
    page.locator("#findings tbody tr a[href^='#entity-']").first.click()
    panel = page.locator("section.entity:target")
    assert panel.is_visible() and panel.locator("svg.history circle").count() >= 1
    assert not errors, errors
    assert requests == [report.files["html"].resolve().as_uri()], requests
    context.close()
