"""kepatuhan_relevance: is the article about the Ombudsman RI compliance assessment?

Knowledge: models/relevance.yaml. `is_candidate(text)` is the cheap prefilter used before
tokenisation (ordinary news never reaches the pipeline); the component sets
`doc._.relevant`: the assessor (Ombudsman) and the assessment are both named, and
look-alike topics (Komisi Informasi, SAKIP, MCP KPK, RB, SPBE, IKM, BPK/WTP, complaint
handling) do not outnumber the assessment phrases.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.common.batch_words import caseless_pattern, candidates
from extract.components.common.needles import may_match
from extract.components.common.starts import search as search_from_starts
from extract.components.common.knowledge import doc_text, MODELS_DIR, DataComponent, read_yaml

if not Doc.has_extension("relevant"):
    Doc.set_extension("relevant", default=False)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _alt(pats: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)


def _count(pats: list[re.Pattern], text: str) -> int:
    """Occurrences of each phrase, counted separately (overlapping phrases all count). A phrase
    none of whose words is in the text is not searched (extract/components/common/needles.py)."""
    return sum(len(p.findall(text)) for p in pats if may_match(p, text))


# words sharing this many first characters are searched as one group (zona hijau/kuning/merah)
_GROUP_PREFIX = 4


def _prefix_groups(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(shared prefix, words) per group of candidate words with the same first characters: each
    plain substring search of a text costs about the same, so one search for "zona " stands in for
    three when the text has none of them (the same answer as searching every word)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:_GROUP_PREFIX], []).append(w)
    # a word alone is its own prefix (no second search)
    return tuple((os.path.commonprefix(ws), tuple(ws) if len(ws) > 1 else ()) for ws in groups.values())


class Relevance(DataComponent):
    files = ("relevance.yaml",)

    def load(self, data_dir: Path) -> None:
        r = read_yaml(data_dir / "relevance.yaml")
        self.candidate_words = tuple(w.lower() for w in r["candidate"])
        self.candidate_groups = _prefix_groups(self.candidate_words)
        self.candidate_pattern = caseless_pattern(self.candidate_words)  # for are_candidates
        self.assessor_re = _alt(r["assessor"])
        self.assessment_re = _alt(r["assessment"])
        self.lookalike_re = _alt(r["lookalike"])
        # matched on the lower-cased text: case-insensitive regexes are several times slower
        self.assessment_each = [re.compile(p.lower().replace("\\b", "\\b")) for p in r["assessment"]]
        self.lookalike_each = [re.compile(p.lower()) for p in r["lookalike"]]
        self.assessor_low = re.compile("|".join(f"(?:{p.lower()})" for p in r["assessor"]))
        strong = r.get("strong_sentence") or []
        self.strong_low = re.compile("|".join(f"(?:{p.lower()})" for p in strong)) if strong else None
        self.complaint_each = [re.compile(p.lower()) for p in r.get("complaint_count") or []]
        self.complaint_min = int(r.get("complaint_min") or 0)
        ranks = r.get("complaint_rank") or []
        self.complaint_rank = re.compile("|".join(f"(?:{p.lower()})" for p in ranks)) if ranks else None
        results = r.get("assessment_result") or []
        self.result_low = re.compile("|".join(f"(?:{p.lower()})" for p in results)) if results else None
        titles = r.get("assessment_title") or []
        self.title_low = re.compile("|".join(f"(?:{p.lower()})" for p in titles)) if titles else None

    def is_candidate(self, text: str) -> bool:
        low = text.lower()
        # a group's shared prefix is searched once: most texts lack it, and then none of its words is there
        # (a plain loop: this runs on every article, and a generator costs as much as a search)
        for prefix, words in self.candidate_groups:
            if prefix in low and (not words or any(w in low for w in words)):
                return True
        return False

    def are_candidates(self, texts: list[str]) -> list[bool]:
        """is_candidate of each text, a batch searched at once when it can be (batch_words.py)."""
        found = candidates(texts, self.candidate_pattern)
        return found if found is not None else [self.is_candidate(t) for t in texts]

    def is_relevant(self, text: str) -> bool:
        low = text.lower()
        # (the whole-text searches try the patterns only where a match can begin: starts.py)
        # (a title none of whose words is in the text is not searched: needles.py)
        if not search_from_starts(self.assessor_low, low) and not (
            self.title_low and may_match(self.title_low, low) and search_from_starts(self.title_low, low)
        ):
            return False
        n_assess = _count(self.assessment_each, low)
        if not n_assess:
            return False
        complaints = bool(self.complaint_min) and _count(self.complaint_each, low) >= self.complaint_min
        if complaints and (self.result_low is None or not search_from_starts(self.result_low, low)):
            return False  # complaint statistics that state no assessment result anywhere
        if _count(self.lookalike_each, low) <= n_assess:
            return True
        return self._states_a_result(low, complaints)

    def _states_a_result(self, low: str, complaints: bool = False) -> bool:
        """One sentence names the assessor and an assessment result ("zona hijau ... Ombudsman"); in
        complaint statistics, not one that ranks by the count ("di urutan teratas zona merah")."""
        if self.strong_low is None:
            return False
        for sent in _SENTENCE_END.split(low):
            if self._names_assessment(sent) and not self.lookalike_re.search(sent):
                if not (complaints and self.complaint_rank and self.complaint_rank.search(sent)):
                    return True
        return False

    def _names_assessment(self, sent: str) -> bool:
        """The sentence names the assessor and an assessment phrase, or the assessment by a title only
        Ombudsman RI uses and a result ("kategori A" with that title, e.g.
        "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik"; the title alone may be a passing mention)."""
        if self.strong_low is not None and self.strong_low.search(sent) and self.assessor_low.search(sent):
            return True
        titled = self.title_low is not None and self.title_low.search(sent)
        return bool(titled and self.result_low is not None and self.result_low.search(sent))

    def __call__(self, doc: Doc) -> Doc:
        known = doc.user_data.get("kepatuhan_relevant")  # set when extract_* already triaged the text
        doc._.relevant = known if known is not None else self.is_relevant(doc_text(doc))
        return doc


@Language.factory("kepatuhan_relevance", default_config={"data_dir": ""})
def make_relevance(nlp: Language, name: str, data_dir: str) -> Relevance:
    return Relevance(nlp, name, data_dir or None)


_default: Relevance | None = None


def is_candidate(text: str) -> bool:
    """The prefilter with the default knowledge (no spaCy pipeline needed)."""
    global _default
    if _default is None:
        _default = Relevance(None, "kepatuhan_relevance", str(MODELS_DIR))
    return _default.is_candidate(text)
