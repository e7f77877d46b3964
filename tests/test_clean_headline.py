"""The headline goes to the extractor with the body: a page (HTML) gives the records of its
plain text, headline included, also when a record or its year is stated only in the headline."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from clean import clean_page
from clean.types import Article, with_headline
from conftest import REPO
from test_clean_devset import FAMILIES, _as_article, _templates

# The team's own writing: score, zone and year are stated only in the headline.
TITLE = "Pemkab Kaur Raih Zona Hijau Penilaian Kepatuhan Ombudsman 2024 dengan Nilai 91,20"
BODY = [
    "Pemerintah Kabupaten Kaur menerima piagam penghargaan dari Ombudsman RI Perwakilan Bengkulu dalam acara "
    "penyerahan hasil penilaian di Kota Bengkulu, Selasa pagi. Piagam diterima langsung oleh Bupati Kaur, Lismidianto.",
    "Menurut bupati, capaian itu buah kerja seluruh perangkat daerah yang sejak awal tahun membenahi standar "
    "pelayanan di kecamatan, puskesmas dan dinas kependudukan. Ia meminta capaian tersebut dipertahankan.",
    "Kepala Perwakilan Ombudsman Bengkulu mengingatkan bahwa pengelolaan pengaduan masih perlu diperbaiki.",
]
ARTICLE = {
    "title": TITLE,
    "date": "2024-12-10",
    "place": "BINTUHAN",
    "author": "Dewi Anggraini",
    "caption": "Bupati Kaur menerima piagam dari Kepala Perwakilan Ombudsman Bengkulu.",
    "paragraphs": BODY,
}


def test_with_headline_puts_the_headline_first_once():
    assert with_headline("Isi berita.", "Judul Berita") == "Judul Berita\n\nIsi berita."
    assert with_headline("Isi berita.", None) == "Isi berita."
    assert with_headline("Isi berita.", "  ") == "Isi berita."
    # a text that already opens with its headline (plain or "# " markdown) is left alone
    assert with_headline("# Judul  Berita\n\nIsi.", "Judul Berita") == "# Judul  Berita\n\nIsi."
    assert with_headline("JUDUL BERITA\nIsi.", "Judul Berita") == "JUDUL BERITA\nIsi."
    art = Article(id="a", text="Isi berita.", title="Judul Berita")
    assert art.extraction_text() == "Judul Berita\n\nIsi berita."


def _extract(lines: list[dict], tmp_path) -> dict[str, dict]:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    exe = REPO / ".venv" / "bin" / "kepatuhan"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", "from kepatuhan.cli import app; app()"]
    res = subprocess.run(
        cmd + ["extract", str(src), "-o", str(dst), "-q"], capture_output=True, text=True, cwd=REPO, timeout=600
    )
    assert res.returncode == 0, res.stderr[-2000:]
    return {o["id"]: o for o in map(json.loads, dst.read_text(encoding="utf-8").splitlines())}


def _facts(result: dict) -> list[tuple]:
    return sorted(
        (r["entity"], r["year"], r["score"], r["rank"], r["zone"], r["grade"], r["opinion"]) for r in result["records"]
    )


def test_a_record_stated_only_in_the_headline_is_found_on_the_page(tmp_path):
    tpl = _templates()
    lines = [
        {"id": "text", "text": TITLE + "\n\n" + "\n\n".join(BODY), "published": "2024-12-10"},
        {"id": "text+title", "text": "\n\n".join(BODY), "title": TITLE, "published": "2024-12-10"},
    ]
    pages = {}
    for fam in ("wp_jnews", "blogger", "php_portal", "amp", "jsonld_only"):
        ((html, exp),) = tpl.render(fam, ARTICLE)
        html = html.decode("utf-8") if isinstance(html, bytes) else html
        pages[fam] = (html, exp)
        lines.append({"id": fam, "html": html, "url": exp["url"], "headers": exp["headers"]})
    got = _extract(lines, tmp_path)
    want = [("Kabupaten Kaur", 2024, 91.2, None, "hijau", None, None)]
    assert _facts(got["text"]) == want
    for key, res in got.items():
        assert res["relevant"] and _facts(res) == want, key
    # evidence offsets index the headline and body as extraction read them
    for fam, (html, exp) in pages.items():
        art = clean_page(html, url=exp["url"], headers=exp["headers"])
        text = art.extraction_text()
        covered = " ".join(text[s:e] for r in got[fam]["records"] for s, e in r["evidence"])
        assert "91,20" in covered and "2024" in covered, (fam, covered)


@pytest.mark.slow
def test_dev_set_pages_give_the_records_of_their_texts(gold_dev, tmp_path):
    dev = [json.loads(line) for line in gold_dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    tpl = _templates()
    lines = []
    for i, g in enumerate(dev):
        art, _ = _as_article(g)
        ((html, exp),) = tpl.render(FAMILIES[i % len(FAMILIES)], art)
        lines.append({"id": f"text:{g['id']}", "text": g["text"], "url": g.get("url"), "published": str(art["date"])})
        lines.append(
            {
                "id": f"html:{g['id']}",
                "html": html.decode("utf-8") if isinstance(html, bytes) else html,
                "url": g.get("url") or exp["url"],
                "headers": exp["headers"],
            }
        )
    got = _extract(lines, tmp_path)
    differ = [
        g["id"]
        for g in dev
        if (got[f"text:{g['id']}"]["relevant"], _facts(got[f"text:{g['id']}"]))
        != (got[f"html:{g['id']}"]["relevant"], _facts(got[f"html:{g['id']}"]))
    ]
    assert sum(bool(got[f"text:{g['id']}"]["records"]) for g in dev) >= 30  # the comparison has records to compare
    assert not differ, differ
