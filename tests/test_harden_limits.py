"""The page-size limit of the cleaner is documented and never silent (issue 13, defect 5).

A page whose markup (without scripts and styles) is over 1,000,000 characters is cut there; the
text after the cut is not read. Whoever cleans it (`clean`, `extract`, `ingest`) is told which
page was cut.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from clean.page import CUT_NOTE, MAX_CLEAN_CHARS, clean_page

REPO = Path(__file__).resolve().parents[1]
KEPATUHAN = str(REPO / ".venv" / "bin" / "kepatuhan")

COMMENT = (
    "<div class='komentar'><p>Warga Desa Sumber Rejo menulis: jalan menuju puskesmas pembantu masih rusak "
    "dan berlubang sejak musim hujan tahun lalu, mohon segera diperbaiki oleh dinas terkait.</p></div>\n"
)
OMBUDSMAN = (
    "<p>Sementara itu, Pemerintah Kabupaten Seluma meraih nilai 91,25 dalam Penilaian Kepatuhan "
    "Penyelenggaraan Pelayanan Publik oleh Ombudsman RI tahun 2024 dan masuk zona hijau.</p>"
)


def huge_page() -> str:
    """About 2.2 MB: an article, 10,000 reader comments, and the Ombudsman paragraph last."""
    head = (
        "<html lang='id'><head><meta charset='utf-8'><title>Jalan Rusak di Seluma</title></head><body><article>"
        "<h1>Jalan Rusak di Seluma</h1><p>TAIS - Warga mengeluhkan jalan rusak menuju puskesmas pembantu.</p>"
    )
    page = head + COMMENT * 11_100 + OMBUDSMAN + "</article></body></html>"
    assert len(page) > 2 * MAX_CLEAN_CHARS
    return page


def test_clean_page_notes_the_cut():
    art = clean_page(huge_page(), url="https://seluma.example.id/berita/jalan-rusak")
    cut = [w for w in art.warnings if w.startswith(CUT_NOTE)]
    assert cut and f"{MAX_CLEAN_CHARS:,}" in cut[0]
    assert "91,25" not in art.text  # the documented behaviour: nothing after the limit is read


def _pages(tmp_path: Path) -> Path:
    src = tmp_path / "pages.jsonl"
    lines = [
        {
            "id": "kecil",
            "url": "https://seluma.example.id/berita/kecil",
            "html": "<html><body><article><h1>Seluma</h1>" + OMBUDSMAN + "</article></body></html>",
        },
        {"id": "besar", "url": "https://seluma.example.id/berita/jalan-rusak", "html": huge_page()},
    ]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return src


def test_clean_and_extract_warn_naming_the_cut_page(tmp_path):
    src = _pages(tmp_path)
    for command in ("clean", "extract"):
        proc = subprocess.run(
            [KEPATUHAN, command, str(src), "-o", str(tmp_path / f"{command}.jsonl")],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
        cut = [line for line in proc.stderr.splitlines() if CUT_NOTE in line]
        assert len(cut) == 1, proc.stderr
        assert f"{src}:2" in cut[0] and "besar" in cut[0], cut


def test_ingest_warns_naming_the_cut_page(tmp_path):
    src = _pages(tmp_path)
    proc = subprocess.run(
        [KEPATUHAN, "ingest", str(src), "--db", f"sqlite:///{tmp_path / 'c.sqlite'}"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout + proc.stderr
    cut = [line for line in out.splitlines() if CUT_NOTE in line]
    assert len(cut) == 1 and f"{src}:2" in cut[0], out
