"""The years of the scoring scheme the record assembler needs (models/scoring_scheme.yaml): the pre-2022
labels and their zones, the years graded A-E with "kualitas" opinions, and the years without an assessment
(2020: "the year before" 2021 is 2019)."""

from __future__ import annotations

from pathlib import Path

from extract.components.common.knowledge import read_yaml


def read_scheme(data_dir: Path) -> tuple[dict[str, str], set[int], set[int]]:
    """(old label -> zone, graded years, years not assessed)."""
    scheme = read_yaml(data_dir / "scoring_scheme.yaml")
    years = scheme.get("years") or {}
    schemes = scheme.get("schemes") or {}
    old: dict = next((sc for sc in schemes.values() if "grade" not in sc.get("fields", [])), {})
    old_label_zone = {b["opinion"]: b["zone"] for b in old.get("bands", []) if b.get("opinion")}
    graded = {
        int(y)
        for y, d in years.items()
        if isinstance(d, dict) and "grade" in schemes.get(d.get("scheme") or "", {}).get("fields", [])
    }
    not_assessed = {int(y) for y, d in years.items() if isinstance(d, dict) and d.get("assessed") is False}
    return old_label_zone, graded, not_assessed
