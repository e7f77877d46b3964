"""Ranks of a list written in one sentence and said to be in order (a mixin of Values,
extract/components/values/component.py): "posisi lima besarnya secara berurutan adalah Provinsi A dengan nilai
99,10, B 96,20, C 94,00, D 90,12 dan E 88,40" gives A to E the places 1 to 5.

Order alone is no rank (RECORDS.md "Ranks"); here the sentence both speaks of a ranking and says its
list follows it in order. Knowledge: models/values.yaml `ranking_in_order` (the "in order" words).
"""

from __future__ import annotations

import re

from extract.components.common.casefold import scan
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value
from extract.components.values.ranks import _LIST_RANKED, _LIST_REVERSE
from extract.components.values.neighbour_ranks import _NAME_SEP, _NEXT_SEP

# what may stand between the "in order" words and the first member
_INTRO = re.compile(
    r"(?i)\s*(?:(?:adalah|yaitu|yakni|ialah|sebagai\s+berikut|(?:ditempati|diraih)(?:\s+oleh)?)\s*:?|:)\s*(?=[A-Z])"
)
_END = re.compile(r"[.!?](?:\s|$)|\n|$")
MAX_MEMBERS = 10
# after a member's short form in brackets: "Kementerian Luar Negeri (Kemlu), Kementerian Agama"
_BRACKET_SEP = re.compile(r"(?<=[A-Za-z]\))\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)(?=[A-Z])")
# a field of ministries, agencies or provinces ("pada kategori Kementerian", "untuk lingkup provinsi")
_NATIONAL_FIELD = re.compile(r"(?i)(?<![\w])(?:kementerian|lembaga|k/l|provinsi|nasional)(?![\w])(?!\s+[A-Z])")


class OrderedRanks:
    num_words: dict[str, int]

    def _load_ordered(self, v: dict) -> None:
        cues = v.get("ranking_in_order", [])
        # "tiga tahun berturut-turut" counts years, not places
        self.in_order = re.compile(rf"(?i)(?<![\w])(?<!tahun\s)(?:{words_alt(cues)})(?![\w-])") if cues else None
        self.top_count = re.compile(rf"(?i)(?<![\w])(\d{{1,2}}|{words_alt(self.num_words)})\s+besar")
        # "tiga peringkat tertinggi ... ditempati oleh A, B dan C": a counted top list
        heads, best = words_alt(v.get("best_of_places", [])), words_alt(v.get("top_list_best", v.get("rank_after", [])))
        intro = words_alt(v.get("top_list_intro", ["ditempati", "diraih", "diduduki"]))
        self.top_places = (
            re.compile(
                rf"(?i)(?<![\w])(\d{{1,2}}|{words_alt(self.num_words)})\s+(?:{heads})\s+(?:{best})(?![\w])"
                rf"(?P<field>[^.;:!?\n]{{0,60}}?),?\s+(?:{intro})\s+(?:oleh\s+)?:?\s*(?=[A-Z])"
            )
            if heads and best
            else None
        )

    def ordered_ranks(self, text: str) -> list[Value]:
        if self.in_order is None or "urut" not in text and "turut" not in text:
            return self.top_places_ranks(text)  # cheap gate: every cue word holds one of these
        out: list[Value] = []
        for m in self.in_order.finditer(text):
            intro = _INTRO.match(text, m.end())
            if intro is None:
                continue
            sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            head = text[sent_start : m.start()]
            if not _LIST_RANKED.search(head) or _LIST_REVERSE.search(head):
                continue  # a ranking must be spoken of, and from the top
            stop = _END.search(text, intro.end())
            end = stop.start() if stop else len(text)
            seps = sorted({s.end() for rx in (_NEXT_SEP, _NAME_SEP) for s in rx.finditer(text, intro.end(), end)})
            starts = [intro.end(), *seps]
            count = self.top_count.search(head)
            n = None
            if count:
                n = int(count.group(1)) if count.group(1).isdigit() else self.num_words.get(count.group(1).lower())
            if not 2 <= len(starts) <= MAX_MEMBERS or (n is not None and n != len(starts)):
                continue  # a count that disagrees with the members: not read as places
            out.extend(Value("rank", k, p, p) for k, p in enumerate(starts, start=1))
        return out + self.top_places_ranks(text)

    def top_places_ranks(self, text: str) -> list[Value]:
        """ "tiga peringkat tertinggi ... ditempati oleh A, B dan C": the national top list in order gives 1 to 3
        (DECISIONS.md "Ranks"); a list the excerpt cuts off after its first member still gives it the top place.
        Ministries, agencies and provinces are ranked against the whole country."""
        if self.top_places is None or not any(w in text for w in ("tertinggi", "terbaik", "teratas")):
            return []  # cheap gate: the "best" words
        out: list[Value] = []
        for m in scan(self.top_places, text):  # (tried only where a match can begin: casefold.scan)
            n = int(m.group(1)) if m.group(1).isdigit() else self.num_words.get(m.group(1).lower())
            stop = _END.search(text, m.end())
            end = stop.start() if stop else len(text)
            seps = sorted(
                {s.end() for rx in (_NEXT_SEP, _NAME_SEP, _BRACKET_SEP) for s in rx.finditer(text, m.end(), end)}
            )
            starts = [m.end(), *seps]
            if n is None or not 2 <= n <= MAX_MEMBERS or len(starts) > n:
                continue
            scope = "nasional" if _NATIONAL_FIELD.search(m.group("field")) else None
            out.extend(Value("rank", k, p, p, scope=scope) for k, p in enumerate(starts, start=1))
        return out
