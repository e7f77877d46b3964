"""Ranks named by their neighbours (a mixin of RankFinders, values/ranks.py): the places above one ('3 kabupaten
yang berada di atas X'), the last of a counted field, and places named one after another ('disusul', 'lalu',
'peringkat selanjutnya yakni'), with the field counted and the patterns they are read with from models/values.yaml."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast
from extract.components.common.casefold import scan
from extract.components.common.knowledge import any_word, words_alt
from extract.components.values.from_bottom import from_bottom_pattern
from extract.components.common.mentions import Value

# between the members of a list after "disusul": a score in brackets or after "nilai", then "," / "dan"
# between two names of an explicit list ("yakni Kota A, Kabupaten B, dan Kabupaten C")
_NAME_SEP = re.compile(r"(?<=[a-z])\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)(?=[A-Z])")
_NEXT_SEP = re.compile(r"(?:(?<=\d\))|(?<=\d))\s*(?:[,;]\s*(?:dan\s+|serta\s+)?|(?:dan|serta)\s+)(?=[A-Z])")


def _always(m: re.Match[str] | None) -> re.Match[str]:
    """The match of a pattern that always matches (it ends in "|$")."""
    return cast(re.Match[str], m)


class NeighbourRanks:
    # what the rest of Values gives this part (values.py)
    v: dict
    _num: Callable[[str], int | None]

    def _load_rank_successions(self, v: dict) -> None:
        """ "disusul", "lalu", "peringkat selanjutnya yakni", "terakhir": places named one after another."""
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        then, intro = words_alt(v.get("rank_then_words", [])), words_alt(v.get("heading_introducers", []))
        # "disusul (kemudian) oleh Y": a then-word may stand between the succession word and its holder
        self.rank_next_re = (
            re.compile(
                rf"(?<![\w])(?:{words_alt(v.get('rank_next_words', []))})(?:\s+(?:{then or '(?!)'}))?(?:\s+oleh)?(?![\w])",
                I,
            )
            if v.get("rank_next_words")
            else None
        )
        # "..., lalu Kabupaten Lebong 93,76": each succession word after "disusul" opens the next place
        self.rank_then_sep = re.compile(rf",?\s+(?:{then})\s+(?=[A-Z])") if then else None
        # "Peringkat selanjutnya yakni A, B dan C": an explicit list, its members need no scores between
        self.rank_next_intro = re.compile(rf"\s*(?:oleh\s+)?(?:(?:{intro})\s*:?|:)\s*(?=[A-Z])", I) if intro else None
        self.rank_then_open = re.compile(rf"\s*(?:(?:{then})\s*,?\s*)?", I) if then else None
        heads = words_alt(v.get("rank_list_heads", []))
        name = rf"(?:{heads})(?:\s+[A-Z][\w'-]*)+(?:\s*\([^()]{{1,20}}\))?" if heads else ""
        self.bare_run = (
            re.compile(
                rf"\s*(?:oleh\s+)?{name}(?:\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+){name})+\s*[.,;]?\s*"
            )
            if heads
            else None
        )
        last = v.get("rank_last_words", [])
        self.rank_last_re = any_word(last)
        self.rank_from_bottom_re = from_bottom_pattern(v)

    def _load_rank_fields(self, v: dict) -> None:
        """The field counted ("dari 14 kabupaten"), a count before a zone, and the ones above or behind a place."""
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        nums = words_alt(list(v["cardinals"]))
        self.field_count_re = re.compile(
            rf"(?<![\w])(?:{words_alt(v.get('field_count_before', ['dari']))})\s+"
            rf"(?P<n>\d{{1,3}}|{nums})\s+(?:{words_alt(v.get('field_count_nouns', ['kabupaten']))})(?![\w])",
            I,
        )
        # a count right before a zone ("3 Zona Hijau"), not a score ("nilai 90 zona hijau")
        self.zone_count = re.compile(rf"(?<![\w.,])(?<!nilai )(?<!skor )(?:\d{{1,2}}|{nums})\s+$", I)
        above = v.get("rank_above_words", [])
        self.above_re = (
            re.compile(
                rf"(?<![\w])(?P<n>\d{{1,2}}|{nums})\s+(?P<noun>{words_alt(v.get('field_count_nouns', ['kabupaten']) + ['pemprov', 'pemkab', 'pemkot'])})"
                rf"(?:\s+lain(?:nya)?)?(?:\s+yang(?:\s+berada)?)?\s+(?:{words_alt(above)})\s+(?=[A-Z])",
                I,
            )
            if above
            else None
        )

    def above_ranks(self, text: str) -> list[Value]:
        """ "Empat Pemprov lain di atas Pemprov Sumut": the one named after them is place N+1 (a value on
        the words before the name, so the name after them takes it)."""
        if self.above_re is None:
            return []
        out = []
        for m in scan(self.above_re, text, fold=True):
            n = self._num(m.group("n"))
            if n:
                scope = "nasional" if re.match(r"(?i)pemprov|provinsi", m.group("noun")) else None
                out.append(Value("rank", n + 1, m.start(), m.end(), scope=scope, forward=True))
        return out

    def last_ranks(self, text: str) -> list[Value]:
        """ "Kabupaten X diurutan paling buncit" is rank N when the text states once how many were
        assessed ("survei terhadap 6 kabupaten"); without a count it is no rank (DECISIONS.md)."""
        if self.rank_last_re is None:
            return []
        found = list(scan(self.rank_last_re, text, fold=True))
        if not found:
            return []
        # a rank's own total ("urutan 32 dari 34 provinsi") sizes that rank's field, not the last place's
        counts = {
            self._num(m.group("n"))
            for m in scan(self.field_count_re, text, fold=True)
            # (a year before the count is no rank: "Tahun 2025 terhadap delapan Polres")
            if not re.search(r"(?<!\d)\d{1,3}\s*$", text[max(0, m.start() - 6) : m.start()])
        } - {None}
        if len(counts) != 1:
            return []
        n = counts.pop()
        scope = "nasional" if n >= self.v["national_total_min"] else "provinsi"
        return [Value("rank", n, m.start(), m.end(), scope=scope) for m in found]

    def next_ranks(self, text: str, ranks: list[Value]) -> list[Value]:
        """ "Nilai tertinggi diraih X (93,54), disusul Kota Y": the place after the last rank named
        earlier in the same sentence (placed on "disusul", so it goes to the entity after it)."""
        if self.rank_next_re is None:
            return []
        out: list[Value] = []
        for m in scan(self.rank_next_re, text, fold=True):
            sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            # "... posisi pertama dengan nilai 96,14. Lalu disusul Y": a sentence opening with it follows
            # the place named last in the sentence before
            opens = self.rank_then_open is not None and self.rank_then_open.fullmatch(text, sent_start, m.start())
            reach = (
                max(text.rfind(". ", 0, sent_start - 1), text.rfind("\n", 0, sent_start - 1)) if opens else sent_start
            )
            # "X memimpin klasemen, Y membuntuti ..., disusul Z": each succession word goes on from the last
            # place given, one told by the succession word before it included
            prev = sorted((r for r in ranks + out if reach <= r.start and r.end <= m.start()), key=lambda r: r.start)
            # "disusul oleh Kabupaten Kampar di peringkat ke-84": a place of its own in the clause wins
            # ("disusul Kabupaten A dan Kabupaten B diposisi ketiga": the place after "dan" is B's, not A's)
            clause_end = (
                m.end() + _always(re.search(r"[,;.!?\n]|\s(?:dan|serta)\s|$", text[m.end() : m.end() + 120])).start()
            )
            if any(m.end() <= r.start < clause_end for r in ranks):
                continue
            if prev and isinstance(prev[-1].value, int):
                out.append(Value("rank", prev[-1].value + 1, m.start(), m.end(), scope=prev[-1].scope))
                # "disusul Pemkab A (95,10) dan Pemkab B (94,80)": the places after it, in order
                listed = self.rank_next_intro is not None and bool(self.rank_next_intro.match(text, m.end()))
                # "Urutan selanjutnya adalah A (nilai 90,33); B (nilai 89,96)": an explicit list may go on past ";"
                stop = _always(
                    re.search(r"[.!?\n](?:\s|$)|$" if listed else r"[.!?;\n](?:\s|$)|$", text[m.end() : m.end() + 300])
                )
                end = m.end() + stop.start()
                # the list ends where the next succession word opens its own place
                after = self.rank_next_re.search(text, m.end(), end)
                end = after.start() if after is not None else end
                # names split at "dan" only in a list of bare names: in "A (nilai 90,33); Kementerian Kelautan dan
                # Perikanan (nilai 89,96)" the scores part the members and "dan" is inside a name
                bare = listed and not _NEXT_SEP.search(text, m.end(), m.end() + stop.start())
                # "disusul Kabupaten A, dan Kabupaten B.": a run of bare names, each with its level word, to the end
                # (or to a succession word: "menyusul Kabupaten A, Kabupaten B lalu C di urutan 4")
                then_at = self.rank_then_sep.search(text, m.end(), end) if self.rank_then_sep is not None else None
                run_end = then_at.start() if then_at is not None else end
                bare = bare or bool(self.bare_run is not None and self.bare_run.fullmatch(text, m.end(), run_end))
                seps = [_NEXT_SEP, _NAME_SEP] if bare else [_NEXT_SEP]
                if self.rank_then_sep is not None:
                    seps.append(self.rank_then_sep)
                found = sorted(
                    {sm.start(): sm for rx in seps for sm in rx.finditer(text, m.end(), end)}.values(),
                    key=lambda sm: sm.start(),
                )
                for k, sep in enumerate(found, start=2):
                    out.append(Value("rank", prev[-1].value + k, sep.start(), sep.end(), scope=prev[-1].scope))
        return out
