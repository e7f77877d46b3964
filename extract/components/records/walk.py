"""What the record assembler carries while it reads an article (extract/components/records/component.py):
the article's state from sentence to sentence, one sentence's mentions, and the walk over them
in text order."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from extract.components.records.claims import Claim, _Group, _Listed, _search, _Sorted, _within
from extract.components.common.mentions import EntityMention, GroupMarker, Value
from extract.components.common.needles import live, may_match


@dataclass
class _Walk:
    """The article's text and mentions, the claims so far, and what one sentence leaves for the next."""

    text: str
    low: str | None  # the lower-cased text when exact (extract/components/common/casefold.py)
    sents: list[tuple[int, int]]
    subjects: _Sorted
    values: _Sorted
    groups: _Sorted
    weak_ents: _Sorted
    claims: list[Claim] = field(default_factory=list)
    active: _Group | None = None  # pending group
    seen: list[_Group] = field(default_factory=list)  # groups opened, for a count referring back (recalled_groups.py)
    last_subjects: list[EntityMention] = field(default_factory=list)
    last_subject_sent: int = -10
    recent: list[EntityMention] = field(default_factory=list)  # distinct subjects in order, for "Ketiganya"
    heading: list[Value] = field(default_factory=list)  # zone/grade/opinion of a list heading ("... masuk zona merah:")
    listed: _Listed | None = None  # the entities named since the last group phrase
    unnamed: tuple | None = None  # (sentence, labels) of a sentence about a group it does not name
    category: tuple | None = (
        None  # (sentence, labels) of a ranked category's heading ("Dalam kategori Pemkot dengan zona hijau ...")
    )


@dataclass
class _Sentence:
    """One sentence: its index and span, its text, and the mentions in it."""

    index: int
    start: int
    end: int
    text: str
    low: str | None
    ents: list[EntityMention]
    vals: list[Value]
    groups: list[GroupMarker]
    doc_low: str | None = None  # the whole article lower-cased (when exact), for needles.may_match

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def may_hold(self, pattern: re.Pattern) -> bool:
        """False only when the pattern cannot match in the sentence (none of its words is in it)."""
        return may_match(pattern, self.doc_low, self.start, self.end)

    def found(self, pattern: re.Pattern):
        """The pattern's first match in the sentence (on its lower-cased text when exact)."""
        if not self.may_hold(pattern):
            return None  # none of the pattern's words is in the sentence (extract/components/common/needles.py)
        return _search(pattern, self.text, self.low)

    def found_any(self, patterns: tuple[re.Pattern, ...]) -> bool:
        """Does any of the patterns match in the sentence? (only those that may match somewhere in the
        article are asked: needles.live, worked out once per article)"""
        return any(self.found(p) for p in live(patterns, self.doc_low))


@dataclass
class _Order:
    """The walk over one sentence's mentions in text order."""

    current: EntityMention | None = None
    collecting: bool = False
    prefix: list[Value] = field(default_factory=list)
    first_entity: bool = True
    ranked_in_order: list = field(default_factory=list)  # entities given the listed ranks so far
    last_group: GroupMarker | None = None
    field_of: EntityMention | None = None  # ranked within the group this sentence describes
    own: dict[int, list[Value]] = field(default_factory=lambda: defaultdict(list))
    forward: dict[int, list[Value]] = field(default_factory=dict)
    score_first: set[int] = field(default_factory=set)  # scores told before their names (records/score_first.py)
    also: EntityMention | None = None  # "baik X maupun 22 kabupaten/kota lain ...": X holds the group's labels too
    named: list[EntityMention] = field(default_factory=list)  # "A, B dan C, ketiganya masuk ...": the ones counted back
    inline_heads: dict[str, Value] = field(default_factory=dict)  # "Zona Hijau: A (90,10), B; Zona Kuning: C"
    inline_earlier: list[Value] = field(default_factory=list)  # the earlier state of a heading's change


_EVERYONE = re.compile(r"(?i)(?<![\w])(?:semua|seluruh|seluruhnya|semuanya)(?![\w])")


def weak_subjects(w: _Walk, s: _Sentence, opener: re.Pattern[str] | None) -> list[EntityMention]:
    """The governments a sentence naming no subject names as an office or a place. For a series of years
    (a sentence opened by a year) naming none: the place the sentence before names, when it names no
    subject and states nothing ("Penilaian pelayanan publik di Provinsi X mengalami peningkatan. Pada 2021,
    nilainya ..."), else the article's only government so far, when it was the last subject named ("Pj Sekda
    Kabupaten X ... . "Pada tahun 2022, tingkat kepatuhan masih kuning ..."")."""
    here = _within(w.weak_ents, s.start, s.end)
    if here or opener is None or not s.index or not opener.match(s.text):
        return here
    if _EVERYONE.search(s.text):
        return []  # "Pada tahun 2022 semua pemda masuk zona hijau": everyone's, not one subject's
    a, b = w.sents[s.index - 1]
    if not _within(w.subjects, a, b) and not _within(w.values, a, b) and (place := _within(w.weak_ents, a, b)):
        # (not where the sentence ends: "Ombudsman membuka sosialisasi ... di Bengkulu." is a venue)
        return [] if not w.text[place[-1].end : b].strip(" .,;\"'”’") else place
    # (its own units may have been named too: "Pemkab X membina Dinas Sosial ...")
    before = _within(w.subjects, 0, s.start)
    governments = {(e.name, e.entity_type) for e in before if e.entity_type != "unit"}
    return before[-1:] if len(governments) == 1 and before[-1].entity_type != "unit" else []


def named_again(w: _Walk, s: _Sentence, key) -> bool:
    """Does a sentence naming no subject name the one last subject again as a place or an office ("Kami
    bersyukur pelayanan publik di Kabupaten X semakin baik"), within the reach of a carry?"""
    if len(w.last_subjects) != 1 or s.index - w.last_subject_sent > 2:
        return False
    return any(key(e) == key(w.last_subjects[0]) for e in _within(w.weak_ents, s.start, s.end))
