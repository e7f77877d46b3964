"""The cleaner on real pages: the public article-extraction-benchmark (../shared/bench/aeb,
181 pages), scored with the benchmark's own evaluate.py, next to plain trafilatura in the same
run. Keeps the F1 from falling below what issue 12 asked for."""

from __future__ import annotations

import logging
import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO))  # benchmarks/ is a folder of the checkout, not an installed package
from benchmarks import aeb

from clean import CleanError, clean_page


@pytest.fixture(scope="module")
def aeb_pages(shared_dir):
    if not aeb.available():
        pytest.skip(f"{aeb.AEB} not present")
    return aeb.load_pages()


def _ours(page) -> str:
    try:
        return clean_page(page["html"], url=page["url"]).text
    except CleanError:
        return ""


@pytest.mark.slow
def test_aeb_f1_beats_plain_trafilatura_in_the_same_run(aeb_pages):
    import trafilatura

    logging.disable(logging.WARNING)
    try:
        ours = aeb.score({p["id"]: _ours(p) for p in aeb_pages})
        plain = aeb.score({p["id"]: trafilatura.extract(p["html"], url=p["url"]) or "" for p in aeb_pages})
    finally:
        logging.disable(logging.NOTSET)
    assert ours["f1"] >= 0.965, ours
    assert ours["recall"] >= 0.97, ours
    assert ours["f1"] >= plain["f1"] + 0.01, (ours, plain)
