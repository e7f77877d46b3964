"""The public article-extraction-benchmark (181 real pages, mostly English news), read from
../shared/bench/aeb and scored with the benchmark's own `evaluate.py` (shingle precision,
recall and F1, averaged over pages). Used by bench_clean.py and by tests/test_clean_aeb.py.

It is data beside the repository, not part of it: everything here returns None / skips when
the folder is absent.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from functools import lru_cache
from pathlib import Path

AEB = Path(__file__).resolve().parents[2] / "shared" / "bench" / "aeb"


def available(root: Path = AEB) -> bool:
    return (root / "ground-truth.json").is_file() and (root / "evaluate.py").is_file()


@lru_cache(maxsize=2)
def ground_truth(root: Path = AEB) -> dict[str, dict]:
    return json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))


def load_pages(root: Path = AEB) -> list[dict]:
    """[{id, url, html (str: the pages are UTF-8, read as aeb_score.py reads them)}]"""
    gt = ground_truth(root)
    return [
        {
            "id": key,
            "url": gt[key].get("url"),
            "html": gzip.open(root / "html" / f"{key}.html.gz").read().decode("utf-8", "replace"),
        }
        for key in gt
    ]


@lru_cache(maxsize=2)
def _scorer(root: Path = AEB):
    spec = importlib.util.spec_from_file_location("aeb_evaluate", root / "evaluate.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the scorer {root / 'evaluate.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(texts: dict[str, str], root: Path = AEB, n_bootstrap: int = 0) -> dict[str, float]:
    """The benchmark's F1 / precision / recall / accuracy for {page id: extracted text}."""
    gt = ground_truth(root)
    prediction = {key: {"articleBody": texts.get(key) or ""} for key in gt}
    metrics = _scorer(root).evaluate(gt, prediction, n_bootstrap)
    return {k: metrics[k] for k in ("f1", "precision", "recall", "accuracy")}
