"""Load the cleaning patterns kept as data in models/cleaning/ (read once, cached).

The files are meant to be edited by non-programmers; this module only turns them into the
Python structures and compiled regexes the cleaner needs.
"""

from __future__ import annotations

from functools import lru_cache

from models import MODELS_DIR, read_list

CLEANING_DIR = MODELS_DIR / "cleaning"


def _read_list(name: str) -> list[str]:
    return read_list(CLEANING_DIR / name)


@lru_cache(maxsize=None)
def line_patterns() -> dict[str, list[str]]:
    import yaml

    data = yaml.safe_load((CLEANING_DIR / "lines.yaml").read_text(encoding="utf-8"))
    return {k: [str(x).lower() for x in (v or [])] for k, v in data.items()}


@lru_cache(maxsize=None)
def junk_tokens() -> frozenset[str]:
    return frozenset(_read_list("junk_tokens.txt"))


@lru_cache(maxsize=None)
def prune_selectors() -> tuple[tuple[str, ...], ...]:
    """Each selector as its dash/underscore-separated parts: "baca-juga" -> ("baca", "juga")."""
    import re

    return tuple(tuple(p for p in re.split(r"[-_]", s.lower()) if p) for s in _read_list("prune_selectors.txt"))


@lru_cache(maxsize=None)
def date_words() -> dict:
    import yaml

    data = yaml.safe_load((CLEANING_DIR / "dates.yaml").read_text(encoding="utf-8"))
    months: dict[str, int] = {}
    for num, names in data["months"].items():
        for n in names or []:
            months[str(n).lower()] = int(num)
    return {
        "months": months,
        "days": [str(d).lower() for d in data["days"]],
        "timezones": [str(t) for t in data["timezones"]],
    }


@lru_cache(maxsize=None)
def stopwords(lang: str) -> frozenset[str]:
    return frozenset(_read_list(f"stopwords_{lang}.txt"))
