"""Lists of entities in one sentence (helpers of ClaimOrder, extract/components/records/order.py): the run a
list ends with, the tail between two items, members that hold only scores of their own."""

from __future__ import annotations

import re

from extract.components.common.mentions import EntityMention, Value

from extract.components.common.knowledge import words_alt


class ListRuns:
    """The separators of a list's members, read from models/values.yaml (`inline_score_verbs`,
    `inline_score_nouns`, `label_clause_sequels`) when the record assembler loads."""

    def __init__(self, v: dict) -> None:
        # between two members of a list, possibly after the first member's bracketed value ("Bantul (91,20),
        # Sleman") ... or after its score written inline ("Banyuasin mendapat nilai 80,03 dan Empat Lawang 77,31
        # di zona kuning")
        self.sep = re.compile(
            rf"^\s*(?:\([^()]{{1,40}}\)|(?:(?:{words_alt(v['inline_score_verbs'])})\s+)?"
            rf"(?:(?:{words_alt(v['inline_score_nouns'])})\s+)?"
            # ... and its rank in brackets after it ("Buleleng dengan nilai 88,35 (peringkat 34), Jembrana")
            r"\d{1,3}[.,]\d{1,2}(?:\s*\([^()]{1,40}\))?)?"
            # a member's own year ("Kabupaten A (TTS) pada tahun 2016, dan Provinsi B ...")
            r"(?:\s*(?:pada|di)\s+(?:tahun\s+)?(?:19|20)\d\d)?"
            # (a full stop the sentence splitter kept inside a list of governments: "Pemkab A. Pemkot B, ...";
            # a slash between two: "Kabupaten A/Kabupaten B")
            r"[\s,/]*(?:\.[ \t]+)?(?:(?:dan|serta|&)\s+)?(?:(?:Pemerintah|Pemda)(?:\s+\w+)?\s+)?$",
            re.IGNORECASE,
        )
        # "Kota X masuk di zona kuning dengan nilai (75,77), Y (54,03), Z (58,39) dan W (63,14)": the first one's
        # label and score, then the others with their scores only, who share the label ("X masuk zona hijau
        # dengan nilai A dan Y dengan nilai B", "..., lalu Y dengan nilai B": DECISIONS.md "Labels")
        then = rf"(?:dan|serta|{words_alt(v.get('label_clause_sequels', []) or ['lalu'])})"
        self.scored_label_tail = re.compile(
            rf"[^.;:]*?(?:nilai|skor)\s*\(?\d{{1,3}}[.,]\d{{1,2}}\)?(?:\s*,\s*(?:{then}\s+)?|\s+{then}\s+)",
            re.IGNORECASE,
        )

    def last_run(self, text: str, ents: list[EntityMention]) -> list[EntityMention]:
        """The entities of the list that ends with the last of `ents` ("A, B dan C")."""
        run = ents[-1:]
        for prev in reversed(ents[:-1]):
            if not self.sep.match(text[prev.end : run[0].start]):
                break
            run.insert(0, prev)
        return run


def _scores_only(run: list[EntityMention], own: dict[int, list[Value]]) -> bool:
    """Does every member of the run hold a score of its own and nothing else?"""
    return all(own.get(id(e)) and all(v.kind == "score" for v in own[id(e)]) for e in run)


LIST_TAIL = re.compile(r"(?i)^[^.;:]{0,80}?(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)$")
