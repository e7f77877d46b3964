"""The report in a real browser: Debian's headless chromium driven by Playwright, offline, from file://.

Checks the findings table and the chart render with no console errors, filtering and sorting
work, and crafted article text (<script>, "><img onerror=…>) shows as text and never runs.
A screenshot is saved to test-artifacts/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

pytestmark = pytest.mark.browser

SCRIPT = "<script>window.__pwned = 1</script>"
IMG = '"><img src=x onerror="window.__pwned = 2">'


def crafted_article() -> dict:
    text = (
        f"BENGKULU - Kabupaten Lebong meraih nilai 90,20 {SCRIPT} pada penilaian 2023 {IMG} "
        "menurut siaran pers pemerintah daerah."
    )
    i = text.index("nilai 90,20")
    return {
        "id": "xss",
        "url": "javascript:window.__pwned = 3",
        "text": text,
        "records": [
            {
                "entity": 'Kabupaten Lebong"><b>',
                "entity_type": "kabupaten",
                "region_code": "17.07",
                "year": 2023,
                "score": 90.2,
                "evidence": [[i, i + len("nilai 90,20")]],
            }
        ],
    }


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    sys.path.insert(0, str(Path(__file__).parent))
    from test_audit import CORPUS, OFFICIAL_CSV

    from audit.audit import run_audit
    from audit.source import claim_from_record

    tmp = tmp_path_factory.mktemp("report")
    off = tmp / "official.csv"
    off.write_text(OFFICIAL_CSV, encoding="utf-8")
    claims = [
        claim_from_record(r, a["text"], a["url"], outlet="berita-bengkulu.example <i>x</i>", article_id=a["id"])
        for a in [*CORPUS, crafted_article()]
        for r in a["records"]
    ]
    summary = run_audit(official_file=off, out_dir=tmp / "out", claims=claims)
    return summary


def test_report_escapes_article_text_statically(report):
    page = report.files["html"].read_text(encoding="utf-8")
    body = page.split("<body>", 1)[1]
    assert SCRIPT not in body and "<img" not in body and 'Lebong"><b>' not in body
    assert "Kabupaten Lebong&quot;&gt;&lt;b&gt;" in body and "<i>x</i>" not in body and "&lt;i&gt;x&lt;/i&gt;" in body
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in body
    assert "&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;" in body
    assert 'href="javascript:' not in page
    assert body.count("<script>") == 1  # the report's own, allowed by its hash in the CSP


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (Debian package 'chromium'; `make browser` installs it as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover
        pytest.skip("python package playwright not installed (test extra)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def assert_charts_rendered(page, min_width: int = 300) -> None:
    """The three charts are inline SVG, laid out at a readable size."""
    for name in ("scores", "distribution", "coverage"):
        chart = page.locator(f"#chart-{name}")
        assert chart.count() == 1, name
        box = chart.bounding_box()
        assert box and box["width"] >= min_width and box["height"] >= 200, (name, box)


def test_report_renders_in_chromium_offline(report, browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, offline=True)
    page = context.new_page()
    console_errors: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: console_errors.append(f"pageerror: {e}"))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(report.files["html"].resolve().as_uri())
    page.wait_for_selector("html[data-ready='1']", timeout=10_000)

    # findings table: every finding is a visible row
    rows = page.locator("#findings tbody tr")
    assert rows.count() == report.n_findings > 0
    assert page.locator("#shown").inner_text() == str(report.n_findings)
    assert rows.first.is_visible()

    # charts: reported vs official (points with a finding are links to their rows), distribution, coverage
    assert_charts_rendered(page)
    assert page.locator("#chart-scores use").count() >= 10
    bad = page.locator("#chart-scores a")
    assert bad.count() >= 3
    href = bad.last.get_attribute("xlink:href")  # the last drawn is on top where points overlap
    bad.last.click()
    assert page.evaluate("location.hash") == href and page.locator(href).count() == 1
    assert page.locator("#coverage tbody tr").count() >= 2

    # an entity's history: its panel opens from the findings table
    page.locator("#findings tbody tr a[href^='#entity-']", has_text="Kabupaten Kaur").first.click()
    panel = page.locator("section.entity:target")
    assert panel.is_visible() and "Kabupaten Kaur" in panel.locator("h3").inner_text()
    box = panel.locator("svg.history").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    assert panel.locator("tbody tr").count() >= 2  # 2023 and 2024
    assert panel.locator("a[href^='https://']").count() >= 2  # every source linked
    page.goto(report.files["html"].resolve().as_uri())
    page.wait_for_selector("html[data-ready='1']", timeout=10_000)

    # crafted text shows as text and did not run
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0 and page.locator("#findings b").count() == 0
    xss_row = page.locator("#findings tbody tr", has_text="window.__pwned = 1")
    assert xss_row.count() >= 1
    text = xss_row.first.inner_text()
    assert SCRIPT in text and IMG in text and 'Kabupaten Lebong"><b>' in text
    assert xss_row.first.locator("mark").first.inner_text() == "90,20"
    hrefs = [a.get_attribute("href") for a in xss_row.first.locator("a:not([href^='#entity-'])").all()]
    assert hrefs == ["https://ombudsman.example/2023"]  # the official source; the javascript: URL is not a link

    # filter by severity, then by free text; sort by year
    n_high = int(page.locator(".card.sev-high b").inner_text())
    page.select_option("#f-severity", "high")
    assert page.locator("#findings tbody tr:not([hidden])").count() == n_high
    assert page.locator("#shown").inner_text() == str(n_high)
    page.select_option("#f-severity", "")
    page.fill("#f-text", "Rejang Lebong")
    assert page.locator("#findings tbody tr:not([hidden])").count() == 1
    page.fill("#f-text", "")
    page.locator("#findings thead th", has_text="year").click()
    years = [int(y) for y in page.locator("#findings tbody tr td:nth-child(4)").all_inner_texts()]
    assert years == sorted(years)

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "audit-report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert not console_errors, console_errors
    assert requests == [report.files["html"].resolve().as_uri()] * 2, requests  # the page itself, nothing else
    context.close()
