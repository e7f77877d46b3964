"""A score told unchanged over the years listed with it: "Selama penilaian tahun 2022 dan 2023 nilai
Dinas X tidak berubah di angka 79" is that score for both years (otherwise one score for several
years is a misreading, records/years.py). Knowledge: models/values.yaml `unchanged_score_words`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.components.common.knowledge import read_yaml
from models import MODELS_DIR


@lru_cache(maxsize=1)
def _unchanged() -> re.Pattern[str] | None:
    words = read_yaml(MODELS_DIR / "values.yaml").get("unchanged_score_words", [])
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])", re.IGNORECASE) if alt else None


def told_unchanged(text: str, sentence: tuple[int, int]) -> bool:
    """Does the sentence say the score stayed the same over its years?"""
    pat = _unchanged()
    return pat is not None and pat.search(text, sentence[0], sentence[1]) is not None
