"""Headlines written in capitals ("POLRES PAMEKASAN RAIH ZONA HIJAU") read as title case, so units are
found there as in the body: abbreviations stay in capitals ("RSUD", "BPN", "NTT"), small inner words go
to lower case. The text keeps its length, so offsets hold."""

from __future__ import annotations

import re

# a line of at least three words in capitals, nothing in lower case
_SHOUTING = re.compile(r"(?m)^[^a-z\n]*[A-Z]{2,}[^a-z\n]*(?:\s[A-Z][A-Z'’-]+){2,}[^a-z\n]*$")


class Headlines:
    """Turns the all-capital lines of a text into title case (see the module)."""

    def __init__(self, heads: list[str], agencies: dict, u: dict) -> None:
        self.keep_caps = {w for h in heads for w in h.split() if w.isupper()} | {
            w
            for forms in agencies.values()
            for f, _, _ in forms
            if not f.isupper() or " " not in f
            for w in f.split()
            if w.isupper()
        }  # "BPN", "PUPR" of "Kementerian PUPR"
        self.small_words = {w.upper() for w in u.get("inner_lower", []) + ["ke", "se"]}

    def unshout(self, text: str) -> str:
        """The text with its all-capital lines in title case, abbreviations kept; same length."""
        if not _SHOUTING.search(text):
            return text
        return _SHOUTING.sub(lambda m: re.sub(r"[A-Z][A-Z'’-]+", self._word_case, m.group()), text)

    def _word_case(self, m: re.Match) -> str:
        w = m.group()
        if w in self.keep_caps or len(w) <= 3 and w not in self.small_words:
            return w
        return w.lower() if w in self.small_words else w[0] + w[1:].lower()
