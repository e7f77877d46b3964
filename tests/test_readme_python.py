"""The README's "Use from Python / pandas" examples run as written, and do what they say."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
SECTION = "## Use from Python / pandas"


def python_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_readme_python_examples_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KEPATUHAN_DB", raising=False)
    monkeypatch.setenv("KEPATUHAN_DATA_DIR", str(tmp_path / "data"))
    blocks = python_blocks()
    assert len(blocks) == 2
    ns: dict = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for block in blocks:
            exec(compile(block, f"{README}:{SECTION}", "exec"), ns)
    printed = out.getvalue()

    # the cleaner kept the article, not the page furniture
    art = ns["article"]
    assert art.title == "Lebong Raih Zona Hijau" and art.published == "2024-01-20" and art.dateline == "LEBONG"
    assert "Baca juga" not in art.text and "Beranda" not in art.text
    # extraction: both governments, their values, evidence inside the text
    recs = {r.entity: r for r in ns["result"].records}
    assert recs["Kabupaten Lebong"].score == 92.0 and recs["Kabupaten Lebong"].zone == "hijau"
    assert recs["Kabupaten Lebong"].opinion == "kualitas tertinggi" and recs["Kabupaten Lebong"].year == 2023
    assert recs["Kabupaten Kaur"].score == 70.0 and recs["Kabupaten Kaur"].zone == "kuning"
    assert "Kabupaten Lebong 2023 92.0 hijau" in printed
    # the corpus as DataFrames
    dataset = ns["dataset"]
    assert set(dataset["entity"]) == {"Kabupaten Lebong", "Kabupaten Kaur"}
    assert dataset.set_index("entity").loc["Kabupaten Kaur", "score"] == 70.0
    assert len(ns["records"]) == 2 and ns["records"]["evidence_text"].str.contains("92,00").any()
    # the audit of what was stored: its files, and the findings table as a DataFrame
    summary = ns["summary"]
    assert summary.files["html"].is_file() and (tmp_path / "audit-out" / "charts" / "scores.svg").is_file()
    assert len(ns["findings"]) == summary.n_findings
