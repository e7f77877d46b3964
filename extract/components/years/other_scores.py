"""A sentence about another score, for the years component: "Indeks kepuasan masyarakat saat ini mencapai
87,5" names another score (IKM) and not the assessment, so its number is no result of the assessment's and
does not make "tahun lalu" elsewhere count from the article's own results (component.py `relative_base`).
Knowledge: models/relevance.yaml `sentence_lookalike` (other scores), `assessor` and `assessment` (the
assessment's own names)."""

from __future__ import annotations

import re


class OtherScores:
    def __init__(self, rel: dict) -> None:
        other, own = rel.get("sentence_lookalike", []), rel.get("assessor", []) + rel.get("assessment", [])
        self.other = re.compile("|".join(f"(?:{p})" for p in other), re.IGNORECASE) if other else None
        self.own = re.compile("|".join(f"(?:{p})" for p in own), re.IGNORECASE) if own else None

    def only(self, sentence: str) -> bool:
        """The sentence names another score and not the assessment."""
        return (
            self.other is not None
            and self.other.search(sentence) is not None
            and not (self.own is not None and self.own.search(sentence))
        )
