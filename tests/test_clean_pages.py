"""The fixture pages, charsets, bad input and the `kepatuhan clean` command."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from clean.page import CleanError, clean_page

REPO = Path(__file__).resolve().parents[1]
FIX = REPO / "corpus" / "fixtures" / "html"
PAGES = [json.loads(ln) for ln in (FIX / "expected.jsonl").read_text(encoding="utf-8").splitlines() if ln]
MOJIBAKE = re.compile("Ã.|â€|Â|\ufffd")
LEAD = (
    "Pemerintah Kabupaten Seluma menerima hasil penilaian kepatuhan pelayanan publik dari Ombudsman RI "
    "Perwakilan Bengkulu dengan nilai 79,40 dan masuk zona kuning untuk tahun penilaian 2024."
)
P2 = (
    "Bupati meminta semua kepala dinas menyusun rencana perbaikan “secepatnya” dan melaporkan kemajuannya "
    "setiap bulan kepada sekretaris daerah – termasuk soal pengaduan."
)


def f1(a: str, b: str) -> float:
    ta, tb = Counter(re.findall(r"\w+", a.lower())), Counter(re.findall(r"\w+", b.lower()))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def test_fixture_set_is_big_and_varied():
    assert len(PAGES) >= 40
    fams = {p["family"] for p in PAGES}
    for fam in (
        "wp_jnews",
        "wp_tagdiv",
        "blogger",
        "php_portal",
        "amp",
        "tribun_paged",
        "kompas_paged",
        "cp1252",
        "jsonld_only",
        "antara_style",
    ):
        assert fam in fams


@pytest.mark.parametrize("exp", PAGES, ids=lambda e: e["file"])
def test_fixture_page(exp):
    art = clean_page((FIX / exp["file"]).read_bytes(), url=exp["url"], headers=exp["headers"])
    assert f1(exp["text"], art.text) >= 0.98
    assert art.title == exp["title"]
    assert art.published == exp["published"]
    assert art.author == exp["author"]
    assert art.dateline == exp["dateline"]
    assert art.captions == exp["captions"]
    assert not MOJIBAKE.search(art.text)
    assert art.language == "id"
    assert art.content_hash and len(art.simhash) == 16


def _page(meta=""):
    return f"<html><head>{meta}<title>Seluma di Zona Kuning</title></head><body><h1>Seluma Masuk Zona Kuning Pelayanan</h1><p>{LEAD}</p><p>{P2}</p></body></html>"


@pytest.mark.parametrize(
    "encoding,meta,headers",
    [
        ("cp1252", '<meta charset="windows-1252">', None),
        ("cp1252", "", {"Content-Type": "text/html; charset=windows-1252"}),
        ("cp1252", "", None),  # nothing declared: detection
        (
            "utf-8",
            '<meta charset="iso-8859-1">',
            {"content-type": "text/html; charset=ISO-8859-1"},
        ),  # wrong declaration
        ("utf-8", "", None),
        ("utf-16", "", None),  # BOM
        ("cp1252", "", {"Content-Type": "text/html; charset=utf-8"}),  # claims UTF-8, is not
        ("cp1252", '<meta charset="gb2312">', None),  # claims a charset that does not fit
    ],
)
def test_charsets_never_give_mojibake(encoding, meta, headers):
    art = clean_page(_page(meta).encode(encoding), headers=headers)
    assert P2 in art.text and LEAD in art.text
    assert not MOJIBAKE.search(art.text)


def test_undeclared_windows_1252_accents_survive():
    text = _page().replace("secepatnya", "secepatnya di kafé Cendrawasih").encode("cp1252")
    assert "kafé Cendrawasih" in clean_page(text).text


def test_already_decoded_mojibake_is_repaired():
    broken = _page().encode("utf-8").decode("cp1252", errors="replace")
    art = clean_page(broken)
    assert "“secepatnya”" in art.text and not MOJIBAKE.search(art.text)
    assert any("mojibake" in w for w in art.warnings)


@pytest.mark.parametrize(
    "data,reason",
    [
        ("", "empty"),
        (b"   \n ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "binary"),
        (bytes((i * 37) % 256 for i in range(4000)), "binary"),
        ("<html><head><title>x</title></head><body><div class='menu'>Beranda</div></body></html>", "no article text"),
    ],
)
def test_pages_without_an_article_give_a_clear_error(data, reason):
    with pytest.raises(CleanError, match=reason):
        clean_page(data)


def test_control_characters_and_lone_surrogates_never_reach_the_text():
    art = clean_page(f"<html><body><p>{LEAD} \x0b\x1b\ud800\x7f</p><p>{P2}</p></body></html>")
    assert LEAD in art.text and not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]", art.text)
    json.dumps(art.to_dict(), ensure_ascii=False).encode("utf-8")


def test_wrong_type_is_a_clean_error():
    with pytest.raises(CleanError, match="str or bytes"):
        clean_page(12345)


def test_truncated_page_gives_best_effort_text():
    html = (FIX / PAGES[0]["file"]).read_text(encoding="utf-8")
    cut = html[: html.index(PAGES[0]["text"].split("\n\n")[2][:40])]
    art = clean_page(cut, url=PAGES[0]["url"])
    assert PAGES[0]["text"].split("\n\n")[1] in art.text


def test_malformed_and_deeply_nested_markup():
    malformed = f"<html><body><p>{LEAD}<b><i></p><p>{P2}</b></i></td></tr></table><div><p>"
    art = clean_page(malformed)
    assert LEAD in art.text and P2 in art.text
    deep = (
        "<html><body>" + "<div><span>" * 3000 + f"<p>{LEAD}</p><p>{P2}</p>" + "</span></div>" * 3000 + "</body></html>"
    )
    art = clean_page(deep)
    assert LEAD in art.text and any("nested" in w for w in art.warnings)


@pytest.mark.slow
def test_twenty_megabyte_page_is_cleaned_in_bounded_time():
    import time

    exp = PAGES[0]
    html = (FIX / exp["file"]).read_text(encoding="utf-8")
    script = "<script>var data = '" + "x" * 10_000_000 + "';</script>"
    image = '<img src="data:image/png;base64,' + "iVBORw0KGgo" * 500_000 + '">'
    filler = (
        "<div class='komentar'>" + "<p>Komentar pembaca tentang berita ini yang sangat panjang.</p>" * 80_000 + "</div>"
    )
    big = html.replace("<body", script + "<body", 1).replace("</body>", image + filler + "</body>")
    assert len(big) > 20_000_000
    t = time.perf_counter()
    art = clean_page(big.encode("utf-8"), url=exp["url"])
    assert time.perf_counter() - t < 60
    assert f1(exp["text"], art.text) >= 0.9
    assert any("cut" in w for w in art.warnings)


def _run_cli(args, stdin=None):
    exe = REPO / ".venv" / "bin" / "kepatuhan"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", "from kepatuhan.cli import app; app()"]
    return subprocess.run(cmd + list(args), input=stdin, capture_output=True, text=True, cwd=REPO, timeout=300)


def test_cli_clean_file_to_file_with_bad_lines(tmp_path):
    src = tmp_path / "pages.jsonl"
    good = PAGES[:3]
    lines = [
        json.dumps({"id": f"ok{i}", "html": (FIX / e["file"]).read_bytes().decode("utf-8", "replace"), "url": e["url"]})
        for i, e in enumerate(good)
        if not e["family"].startswith("cp1252")
    ]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"id": "kosong", "html": ""}))
    lines.append(json.dumps({"id": "biner", "html": "\x00\x01\x02" * 200}))
    lines.append(json.dumps({"html": "<p>tanpa id</p>"}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "articles.jsonl"
    res = _run_cli(["clean", str(src), "-o", str(out)])
    assert res.returncode == 1, res.stderr
    assert f"{src}:2: not valid JSON" in res.stderr
    assert "(id kosong): missing or empty `html`" in res.stderr
    assert "(id biner): binary content" in res.stderr
    assert "missing `id`" in res.stderr
    rows = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f"ok{i}" for i in range(len(rows))] and len(rows) == 3
    for r in rows:
        assert set(r) >= {
            "id",
            "url",
            "canonical_url",
            "site",
            "title",
            "published",
            "modified",
            "author",
            "text",
            "language",
            "captions",
            "content_hash",
            "simhash",
        }
    assert rows[0]["title"] == good[0]["title"] and rows[0]["published"] == good[0]["published"]
    assert not (tmp_path / "articles.jsonl.part").exists()


def test_cli_clean_stdin_to_stdout_all_good():
    e = PAGES[0]
    line = json.dumps({"id": "a1", "html": (FIX / e["file"]).read_text(encoding="utf-8"), "url": e["url"]})
    res = _run_cli(["clean", "-", "-o", "-", "-q"], stdin=line + "\n")
    assert res.returncode == 0, res.stderr
    row = json.loads(res.stdout)
    assert row["id"] == "a1" and f1(e["text"], row["text"]) >= 0.98


def test_cli_clean_missing_input_file(tmp_path):
    res = _run_cli(["clean", str(tmp_path / "nope.jsonl")])
    assert res.returncode == 2 and "not found" in res.stderr
