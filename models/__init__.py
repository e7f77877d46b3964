"""Knowledge as data: gazetteers, patterns and pipeline assets.

`MODELS_DIR` is where the files are and `read_list` reads the plain list files among them; the
code that turns the knowledge into rules lives in the stages (clean/, extract/, gazetteer/).
"""

from __future__ import annotations

from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent


def read_list(path: str | Path) -> list[str]:
    """The entries of a list file: one a line, stripped; blank lines and '#' comments skipped."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out
