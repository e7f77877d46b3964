"""A regular (non-editable) wheel carries every file the product reads at run time: the demo
mirror (pages, sitemaps, feeds), fixtures, models/*, corpus migrations."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("kepatuhan", "clean", "extract", "crawler", "corpus", "audit", "models", "gazetteer")


@pytest.mark.slow
def test_wheel_contains_every_tracked_file_of_the_packages(tmp_path):
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs the git checkout to list the tracked files")
    tracked = subprocess.run(
        ["git", "ls-files", "--", *PACKAGES], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    # build from a copy of the tracked tree: no stale build/ directory can fill the gaps
    src = tmp_path / "src"
    for rel in tracked + ["pyproject.toml", "README.md"]:
        if (REPO / rel).is_file():
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / rel, src / rel)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path / "whl"),
            str(src),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "whl").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {rel for rel in tracked if (REPO / rel).is_file()}
    missing = sorted(expected - names)
    assert not missing, f"{len(missing)} files missing from the wheel, e.g. {missing[:5]}"
    assert any(n.endswith("sitemap_index.xml") for n in names)
