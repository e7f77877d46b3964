"""The rank finders of the values component (a mixin of Values, extract/components/values/component.py):
ranks with their scope (national or provincial), ranks named by their neighbours (behind, above,
last, next), numbered lists, and the rank patterns it builds from models/values.yaml."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.common.casefold import from_starts, lowered, pick, scan, search_in
from extract.components.common.knowledge import words_alt
from extract.components.values.counted_heads import CountedHeads
from extract.components.values.from_bottom import counted_from_bottom
from extract.components.values.ordinal_run import ordinal_run_ranks
from extract.components.common.mentions import Value
from extract.components.values.neighbour_ranks import NeighbourRanks
from extract.components.values.told_top import ToldTopRanks

_LIST_ITEM = re.compile(r"(?m)^[ \t]*(\d{1,2})(?:[.)]|\)\.)[ \t]+(?=[A-Z])")  # "1.", "1)", "1)."
# the same list written on one line: "yakni 1. Kota Balikpapan (95,12), 2. Kabupaten Berau (93,40), ..."
# (written blank first, the lookbehinds after it: `re` then only tries them at blanks, not at every
# character; the same matches as "(?<=[,:;]|...)[ \t]+(\d{1,2})...")
_INLINE_ITEM = re.compile(
    r"[ \t](?:(?<=[,:;][ \t])|(?<=\byakni[ \t])|(?<=\byaitu[ \t])|(?<=\badalah[ \t])|(?<=\bialah[ \t])"
    r"|(?<=\bantara lain[ \t])|(?<=\d[ \t])|(?<=\d\)[ \t]))[ \t]*(\d{1,2})(?:[.)]|\)\.)[ \t]+(?=[A-Z])"
)
# a list is a ranking when its heading says so ("lima besar", "10 besar": the best N; but "dua kategori besar"
# are broad kinds, no ranking)
_LIST_RANKED = re.compile(
    r"(?i)\b(?:peringkat|pemeringkatan|urutan|ranking|rangking|tertinggi|terbaik|teratas|posisi"
    r"|(?:\d{1,2}|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+besar(?:nya)?)\b"
)
_HEAD_PROVINCIAL = re.compile(
    r"(?<![\w])(?:[Ss]e-\s?[A-Z]|[Ss]e-?[Pp]rovinsi|[Tt]ingkat [Pp]rovinsi|di [Pp]rovinsi [A-Z])"
)
_LIST_REVERSE = re.compile(r"(?i)\b(?:terendah|terbawah|terburuk)\b")
# a number that does not go on with a decimal, nor with one typed after a space ("tertinggi 29, 66")
_NO_DECIMAL = r"(?![\d,.]\d|, \d\d(?!\d))"
_NUM = re.compile(r"(?<![\w.,/:-])(\d{1,3})(?:([.,])(\d{1,2}))?(?![\w]|[.,/:]\d)")
# "dari 34 provinsi", "dari 416 kabupaten": the field a rank is counted in
_TOTAL_AFTER = re.compile(r"(?i)(?<![\w])dari\s+(\d{2,3})\s+(provinsi|kabupaten|kota|pemerintah|pemda|daerah)(?![\w])")
# "dari peringkat 35 pada 2022 naik menjadi peringkat 19 dari 416 kabupaten": the earlier place of a change, then the later
_CHANGED_TO = re.compile(r"(?i)[^.;:\n]{0,40}?(?<![\w])(?:menjadi|jadi|ke)\s*")
# "... di Indonesia", "... dari 22 provinsi di seluruh Indonesia": a first place in the whole country
_NATIONAL_AFTER = re.compile(
    r"(?i)(?:\s*(?:di|se-?)\s*(?:indonesia|nasional)|\s+dari\s+\d+\s+[\w/-]+\s+(?:di\s+)?(?:seluruh\s+)?indonesia)"
)

_PROVINCIAL_FRAME = re.compile(r"(?i)(?<![\w])(?:se-\s?(?!indonesia|nasional)\w+|tingkat provinsi|di provinsi\s+\w+)")

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def _rank_heads(v: dict) -> str:
    """The words before a place: "peringkat", "peringkat nasional 17", and "peringatan Nasional 317:415" (a
    misspelt head that is a common word of its own, read only before its scope)."""
    scoped = words_alt(v.get("rank_scope_words", []))
    heads = words_alt(v["rank_heads"] + v.get("rank_heads_counted", []))  # (counted_heads.py)
    if not scoped:
        return rf"(?:{heads})"
    heads = rf"(?:{heads})(?:\s+(?:{scoped}))?"
    if v.get("rank_heads_scoped_only"):
        heads = rf"(?:{heads}|(?:{words_alt(v['rank_heads_scoped_only'])})\s+(?:{scoped}))"
    if v.get("rank_heads_numbered_only"):  # "duduki tempat 127": a common word before a number only
        heads = rf"(?:{heads}|(?:{words_alt(v['rank_heads_numbered_only'])})(?=\s+\d{{1,3}}(?![\d,.]\d)))"
    return heads


class RankFinders(NeighbourRanks, ToldTopRanks):
    _low: tuple[str, str | None] | None = None  # (text, lowered(text)) of the text ranks() is reading
    ordered_ranks: Callable[[str], list[Value]]  # value_ordered.py
    unit_best_ranks: Callable[[str], list[Value]]  # value_unit_best.py
    best_more_ranks: Callable[[str], list[Value]]  # value_best_more.py
    best_score_ranks: Callable[[str], list[Value]]  # value_best_score.py
    _load_best_score: Callable[[dict], None]  # value_best_score.py
    award_top_ranks: Callable[[str], list[Value]]  # value_award_top.py
    then_ranks: Callable[[str, list[Value]], list[Value]]  # value_best_more.py
    succession_ranks: Callable[[str, list[Value]], list[Value]]  # value_succession.py
    behind_ranks: Callable[[str, list[Value]], list[Value]]  # value_succession.py
    # what the rest of Values gives this part (values.py, value_tables.py)
    v: dict
    num_words: dict[str, int]
    _num: Callable[[str], int | None]
    _dedupe: Callable[[list[Value]], list[Value]]
    _ranked_run: Callable[[str, list[tuple[int, int]]], list[Value]]
    bullet_ranks: Callable[[str], list[Value]]

    def _load_ranks(self, v: dict) -> None:
        """Ranks ("peringkat ke-3 dari 14", "tertinggi se-X"), ranks named by their neighbours, scope words."""
        self._load_rank_numbers(v)
        self._load_rank_topics(v)
        self.rank_first_re = re.compile(
            rf"(?<![\w])(?:{words_alt(v['rank_heads'])})\s+(?:{words_alt(v['rank_first_words'])})(?![\w])",
            re.IGNORECASE,
        )
        self._load_best_ranks(v)
        self._load_rank_successions(v)
        self._load_rank_fields(v)
        self._load_rank_words(v)
        self._load_told_top(v)

    def _load_rank_numbers(self, v: dict) -> None:
        """A place written with its number ("peringkat ke-3 dari 14", "urutan terbaik nomor 2"), more places after it."""
        nw = words_alt(self.num_words)
        ords = words_alt(v["ordinals"])
        nb = rf"(?:ke\s*-?\s*|(?:{words_alt(v.get('rank_number_before', []))})\s*)"
        self.rank_re = re.compile(
            rf"(?<![\w])(?:di\s?)?{_rank_heads(v)}\s+(?:{nb}|(?:{words_alt(v['rank_after'])})\s+{nb})?(?P<n>\d{{1,3}}(?![\d,.]\d)|{nw}|(?-i:{'|'.join(sorted(_ROMAN, key=len, reverse=True))}))(?![\w])"
            rf"(?P<tot>\s+(?:secara\s+nasional\s+)?dari\s+(?:total\s+)?(?P<total>\d{{1,3}})(?:\s+(?P<noun>kabupaten/kota|kabupaten|kota|provinsi|pemda|pemerintah daerah|daerah|kementerian/lembaga|kementerian|lembaga))?"
            rf"|:(?P<of>\d{{1,3}})(?![\d:]))?",  # "317:415": place 317 of 415
            re.I,
        )
        # a relative clause with a state after a group noun describes the group ("dari 9 pemkab/pemkot di Sulawesi
        # Selatan yang meraih zona hijau")
        self.described = re.compile(
            rf"(?:\s+(?:di|se-?)\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+yang\s+(?:juga\s+|sudah\s+|telah\s+)?"
            rf"(?:{words_alt(v.get('group_state_verbs', []))})(?![\w])"
        )
        self.rank_more = re.compile(
            rf"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)(?:ke\s*-?\s*)?(?P<n>\d{{1,2}}(?![\d,.]\d)|{ords})(?![\w])",
            re.I,
        )
        # "dari posisi kedelapan ke ketujuh": the place reached, its rank word left out
        self.rank_to = re.compile(rf"\s+(?:ke|menjadi)\s+(?P<n>\d{{1,3}}(?![\d,.]\d)|{ords})(?![\w])", re.I)
        self.rank_after_re = re.compile(
            # "tertinggi 96,30" is a score, not a rank: the number must not go on with a decimal (_NO_DECIMAL)
            rf"(?<![\w])(?:{words_alt(v['rank_after'])})\s+(?:ke\s*-?\s*)?(?P<n>\d{{1,2}}{_NO_DECIMAL}|{nw})(?![\w])",
            re.I,
        )

    def _load_rank_words(self, v: dict) -> None:
        """Words a rank never follows, ordinals listing places, ranking words, and national or provincial scope."""
        ords = words_alt(v["ordinals"])
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        self.rank_not_after = re.compile(rf"^\s*(?:{words_alt(v['rank_not_after'])})\b", I)
        self.counted = CountedHeads(v)  # "nomor 8 dari 416", never "UU Nomor 25"
        self.enum_re = re.compile(
            rf"(?<![\w])(?P<n>{ords})(?=\s*,|\s+(?:{words_alt([w for w in v['enumeration_after'] if w != ','])})\b"
            rf"|\s+(?-i:(?:{words_alt(v.get('enumeration_before_entity', []))})\s+[A-Z]))",
            I,
        )  # not "kedua Kabupaten tersebut"
        self.has_ranking = re.compile(rf"\b(?:{words_alt(v['rank_heads'])})\b", I)
        self.national = re.compile(rf"(?<![\w])(?:{words_alt(v['scope_national'])})(?![\w])", I)
        self.provincial = re.compile(
            # "se-Jateng", "se Jawa Tengah", never a word that starts with "se" ("setelah Kota X", "sebagai")
            r"(?<![\w])(?:se(?:-|\s)\s?(?:provinsi\s+)?[A-Z]\w+|tingkat provinsi|di provinsi\s+[A-Z]\w+|se-provinsi)",
            I,
        )

    def _load_best_ranks(self, v: dict) -> None:
        """First places written as "the best/highest in ...", with the field they top."""
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        # what may stand right before an ordinal of a run of places (value_ordinal_run.py)
        eo = words_alt(v.get("enumeration_openers", ["dan"]))
        self.enum_opens = re.compile(rf"(?:^|[.;:!?\n]\s*|(?<![\w])(?:{eo})\s+|,\s*)$", I)
        # "menjadi yang tertinggi di Maluku", "jadi Kabupaten dengan tingkat kepatuhan ... tertinggi di Provinsi NTB",
        # "dinobatkan sebagai kota dengan pelayanan publik terbaik se-Provinsi X": first in that field
        self.best_in_re = re.compile(
            rf"(?<![\w])(?:{words_alt(v.get('best_in_links', ['menjadi', 'sebagai', 'merupakan']))})\s+"
            rf"(?:yang\s+|(?:{words_alt(v.get('best_in_nouns', []) or ['daerah'])})\s+(?:dengan\s+)?[^.,;:!?\n\d]{{0,70}}?)?"
            r"(?:(?:tertinggi|terbaik|teratas)(?=\s+(?:di|se-?)\s*[A-Z])"
            # "sebagai daerah paling baik dari 34 provinsi di seluruh Indonesia": first of those counted
            r"|(?:tertinggi|terbaik|teratas|paling\s+(?:tinggi|baik))"
            rf"(?=\s+dari\s+\d{{1,3}}\s+(?:{words_alt(v.get('field_count_nouns', []) or ['kabupaten'])})(?![\w])))"
            # "menjadi pemimpin kualitas pelayanan publik bagi pemda se-Kaltim": the leader of that field
            rf"|(?<![\w])(?:{words_alt(v.get('best_in_links', ['menjadi', 'sebagai', 'merupakan']))})\s+"
            rf"(?:{words_alt(v.get('leader_words', []) or ['pemimpin'])})\s+(?:{words_alt(v.get('leader_fields', []) or ['kualitas'])})"
            r"(?![\w])[^.,;:!?\n\d]{0,70}?(?=(?<![\w])(?:di|se-?)\s*[A-Z])",
            I,
        )
        self._load_best_score(v)

    def _scope(self, text: str, s: int, e: int, total: int | None, noun: str | None) -> str | None:
        # provinces, ministries and agencies are only ever ranked against the whole country
        if noun and noun.lower() in ("provinsi", "kementerian", "lembaga", "kementerian/lembaga"):
            return "nasional"
        if total is not None and total >= self.v["national_total_min"]:
            return "nasional"
        low = self._low[1] if self._low is not None and self._low[0] is text else None
        window = re.split(r"[.,;]\s|\s(?:dan|serta)\s+(?=\w+\s+\d)", text[e : e + 50])[0]
        # "peringkat 6 seluruh Indonesia dan peringkat 3 se-Sumatera": a frame before "dan" is the first rank's
        back = re.split(r"[.,;]\s|\s(?:dan|serta)\s", text[max(0, s - 30) : s])[-1]
        # the same pieces of the lower-cased text, for the folded patterns (casefold.py)
        lwin = None if low is None else re.split(r"[.,;]\s|\s(?:dan|serta)\s+(?=\w+\s+\d)", low[e : e + 50])[0]
        lback = None if low is None else re.split(r"[.,;]\s|\s(?:dan|serta)\s", low[max(0, s - 30) : s])[-1]
        if search_in(self.national, window, lwin, 0, len(window)) or search_in(
            self.national, back, lback, 0, len(back)
        ):
            return "nasional"
        if search_in(self.provincial, window, lwin, 0, len(window)) or (total is not None and noun):
            return "provinsi"
        return None

    def _unscoped_in_sentence(self, text: str, ranks: list[Value]) -> None:
        """A rank with no scope beside it takes its sentence's national frame ("rangking pertama nasional
        ..., melampaui Kabupaten Y yang berada di posisi kedua"), unless a later rank of that sentence has
        its own scope: then the two are one holder's places in two fields ("posisi ketiga adalah X
        yang menempati posisi 322 secara nasional")."""
        for r in ranks:
            if r.scope is not None:
                continue
            nxt = min((o for o in ranks if o.start >= r.end), key=lambda o: o.start, default=None)
            if nxt is not None and nxt.scope and _CHANGED_TO.fullmatch(text, r.end, nxt.start):
                r.scope = nxt.scope  # a change of place within one field
                continue
            if nxt is not None and nxt.scope == "provinsi" and self.national.search(text, r.end, nxt.start):
                r.scope = "nasional"  # "peringkat 6 ... seluruh Indonesia dan peringkat 3 se-Sumatera"
                continue
            start, end, scope = self._sentence_scope(text, r.start, r.end)
            if scope and not any(o is not r and o.scope and r.start < o.start < end for o in ranks):
                r.scope = scope

    def _sentence_scope(self, text: str, s: int, e: int) -> tuple[int, int, str | None]:
        """Nothing beside the rank says its scope: a national total later in its sentence ("peringkat
        kedelapan dengan nilai 83,92 dari 34 provinsi") or a national frame of the whole sentence
        ("Untuk kategori pemerintah kota di Indonesia ..., Kota X menduduki posisi sembilan")."""
        start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), s - 200, 0)
        stop = re.search(r"[.!?](?=\s)|\n", text[e : e + 200])
        end = e + (stop.start() if stop else 200)
        sentence = text[start:end]
        if _PROVINCIAL_FRAME.search(sentence):
            return start, end, None
        tot = _TOTAL_AFTER.search(text, e, end)
        if tot and (tot.group(2).lower() == "provinsi" or int(tot.group(1)) >= self.v["national_total_min"]):
            return start, end, "nasional"
        return start, end, "nasional" if self.national.search(sentence) else None

    def _load_rank_topics(self, v: dict) -> None:
        # "substansi tertinggi kedua ditempati oleh ...": the second most complained-of field, not a place
        topics = words_alt(v.get("rank_not_topics", []) or ["substansi"])
        self.rank_topic_not = re.compile(rf"(?<![\w])(?:{topics})\s+\Z", re.IGNORECASE)

    def _topic_before(self, text: str, start: int) -> bool:
        return bool(self.rank_topic_not.search(text, max(0, start - 40), start))

    def ranks(self, text: str) -> list[Value]:
        low = lowered(text)
        self._low = (text, low)  # for _scope
        # the scans below read offsets and number words only: run on the lower-cased text when exact
        rank_after_re, rtext = pick(self.rank_after_re, text, low)
        best_in_re, btext = pick(self.best_in_re, text, low)
        rank_first_re, ftext = pick(self.rank_first_re, text, low)
        out = []
        for m in scan(self.rank_re, text):
            n = self._num(m.group("n"))
            if not n or self.rank_not_after.match(text[m.end("n") :]) or n > 600 or self.counted.uncounted(text, m):
                continue
            total = int(m.group("total") or m.group("of")) if m.group("total") or m.group("of") else None
            if total is not None and total < n:
                continue
            scope = self._scope(text, m.start(), m.end(), total, m.group("noun"))
            out.append(Value("rank", n, m.start(), m.end(), scope=scope))
            pos = m.end("n")
            # "Urutan pertama dan kedua masing-masing X dan Y", "peringkat 4, 5 dan 6 ditempati ..."
            while total is None and (more := self.rank_more.match(text, pos)) and self._num(more.group("n")):
                out.append(Value("rank", self._num(more.group("n")), more.start("n"), more.end("n"), scope=scope))
                pos = more.end()
            if text[max(0, m.start() - 5) : m.start()].lower() == "dari " and (to := self.rank_to.match(text, pos)):
                s, e = to.span("n")
                out.append(Value("rank", self._num(to.group("n")), s, e, scope=self._scope(text, s, e, None, None)))
        for m in from_starts(rank_after_re, rtext, low=low):
            n = self._num(m.group("n"))
            if n and not self.rank_not_after.match(text[m.end() :]) and not self._topic_before(text, m.start()):
                out.append(
                    Value("rank", n, m.start(), m.end(), scope=self._scope(text, m.start(), m.end(), None, None))
                )
        for m in from_starts(best_in_re, btext, low=low):  # "menjadi yang tertinggi di Maluku" -> first in the province
            scope = "nasional" if _NATIONAL_AFTER.match(text, m.end()) else "provinsi"
            out.append(Value("rank", 1, m.start(), m.end(), scope=scope))
        for m in from_starts(rank_first_re, ftext, low=low):
            out.append(Value("rank", 1, m.start(), m.end(), scope=self._scope(text, m.start(), m.end(), None, None)))
        if search_in(self.has_ranking, text, low, 0, len(text)):
            for m in scan(self.enum_re, text, fold=True):
                before = text[max(0, m.start() - 12) : m.start()]
                if re.search(r"(?:^|[.;:!?\n]\s*|(?<![\w])dan\s+|,\s*)$", before) or m.start() == 0:
                    out.append(Value("rank", self._num(m.group("n")), m.start(), m.end()))
        else:  # no rank word: ordinals are places only in a run whose scores fall (value_ordinal_run.py)
            out.extend(ordinal_run_ranks(self.enum_re, self.enum_opens, self._num, text))
        out.extend(self.best_score_ranks(text))
        out.extend(self.list_ranks(text))
        out.extend(self.ordered_ranks(text))
        out.extend(self.unit_best_ranks(text))
        out.extend(self.best_more_ranks(text))
        out.extend(self.award_top_ranks(text) + self.bullet_ranks(text))
        out.extend(self.last_ranks(text) + self.above_ranks(text) + self.told_top_ranks(text))
        # a rank phrase never runs over a line break ("kualitas tertinggi\n2. Kabupaten ..." is a list number)
        out = counted_from_bottom(text, out, self.rank_from_bottom_re, self.field_count_re, self._num)
        out = self._dedupe([v for v in out if "\n" not in text[v.start : v.end]])
        out = self._dedupe(out + self.one_step_ranks(text, out))
        self._unscoped_in_sentence(text, out)
        nxt = self.next_ranks(text, out)
        return self._dedupe(
            out + nxt + self.then_ranks(text, nxt) + self.succession_ranks(text, out) + self.behind_ranks(text, out)
        )

    def list_ranks(self, text: str) -> list[Value]:
        """A numbered list that is a ranking ("Berikut peringkatnya: 1. Kabupaten X 94,12 2. ..."):
        its numbers are ranks when the line before says so or the scores fall down the list.
        The value sits where the item's text starts, so it joins the entity named there."""
        items = sorted(
            {(int(m.group(1)), m.end()) for rx in (_LIST_ITEM, _INLINE_ITEM) for m in rx.finditer(text)},
            key=lambda it: it[1],
        )
        out: list[Value] = []
        run: list[tuple[int, int]] = []
        for it in items + [(0, len(text))]:
            if run and it[0] == run[-1][0] + 1 and it[1] - run[-1][1] < 300:
                run.append(it)
                continue
            if len(run) >= 2 and run[0][0] == 1:
                out.extend(self._ranked_run(text, run))
            run = [it] if it[0] == 1 else []
        return out
