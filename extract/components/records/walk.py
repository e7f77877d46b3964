"""What the record assembler carries while it reads an article (extract/components/records/component.py):
the article's state from sentence to sentence, one sentence's mentions, and the walk over them
in text order."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from extract.components.records.claims import Claim, _Group, _Listed, _search, _Sorted
from extract.components.common.mentions import EntityMention, GroupMarker, Value
from extract.components.common.needles import may_match


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
