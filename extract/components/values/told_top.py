"""First places told without a place number (a mixin of Values' rank finders, extract/components/values/ranks.py):

- "X dengan nilai tertinggi 88,10 kemudian disusul Y": the highest where a ranking goes on from it (the "disusul"
  then gives Y the next place, neighbour_ranks.py);
- "ada 4 OPD dan 2 Puskesmas ..., tertinggi adalah X": the highest of one government's units named before it
  in the sentence (rank 1, scope null, DECISIONS.md "Ranks");
- "X sebagai OPD dengan nilai tertinggi di Kota Y": a unit best within its own government (scope null);
- "yang nomor 1 itu X": first place said with a number and no rank word;
- "yang tertinggi dari seluruh kabupaten (di Jawa Timur)": first of the whole field (national unless a
  province is named);
- "X kalah satu level dari Y", "X satu tingkat di bawah Y": Y is one place above the place told of X.

Knowledge: models/values.yaml (`own_unit_nouns`, `field_count_nouns`, `rank_next_words`, `rank_then_words`,
`best_subject_links`, `best_in_links`, `told_top_*`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.common.casefold import lowered, scan
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value

_SENT_END = re.compile(r"[.!?](?=\s|$)|\n")
_SCORE = r"\d{1,3}(?:[.,]\d{1,2})?"


def _sentence(text: str, s: int) -> int:
    return max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1


class ToldTopRanks:
    # what the rest of Values gives this part (values/ranks.py, values/component.py)
    provincial: re.Pattern[str]
    national: re.Pattern[str]
    _num: Callable[[str], int | None]

    def _load_told_top(self, v: dict) -> None:
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        units = words_alt(v.get("own_unit_nouns", []) + v.get("told_top_unit_nouns", []))
        # a name the text writes, its level word perhaps in lower case ("kota Ambon"); the capital checked as one
        # (the patterns below ignore case: "tertinggi adalah sebesar 90" names no one)
        cap = r"(?-i:[A-Z])"
        name = rf"(?={cap}|(?:{words_alt(v.get('told_top_name_heads', []) or ['kota'])})\s+{cap})"
        self.units_named = re.compile(rf"(?<![\w])(?:{units})(?![\w])(?!\s+(?-i:[A-Z]))", I)
        nxt, then = words_alt(v["rank_next_words"]), words_alt(v["rank_then_words"])
        links = words_alt(v["best_subject_links"])
        # "dengan nilai tertinggi (yakni) 88,10(,) (kemudian) disusul": a ranking going on from the highest
        # ("dengan penilaian tertinggi, yakni 90,1 dan disusul kemudian oleh Y")
        self.best_then = re.compile(
            rf"(?<![\w])dengan\s+(?P<a>(?:nilai|skor|penilaian)\s+(?:tertinggi|terbaik))\s*(?:,?\s*(?:{links})\s+)?{_SCORE}"
            rf"\s*,?\s*(?:dan\s+)?(?:(?:{then})\s+)?(?:{nxt})(?![\w])",
            I,
        )
        # ", tertinggi adalah X", "skor tertinggi adalah X": the highest opening a clause, its holder after it
        self.best_is = re.compile(
            rf"(?:^|(?<=[,;:])\s*|(?<=[.!?]\s))(?P<a>(?:(?:nilai|skor)\s+)?(?:tertinggi|terbaik))\s+"
            rf"(?:{links})\s+(?:oleh\s+)?{name}",
            I | re.MULTILINE,
        )
        # "sebagai OPD dengan nilai tertinggi di Kota X": the best of one government's own units
        govs = words_alt(v.get("told_top_governments", []) or ["pemerintah"])
        gov = rf"(?:(?:lingkungan|lingkup)\s+)?(?:{govs})\s"
        self.unit_best_in = re.compile(
            rf"(?<![\w])(?:{words_alt(v['best_in_links'])})\s+(?P<a>(?:{units})\s+(?:dengan\s+)?[^.,;:!?\n\d]{{0,40}}?"
            rf"(?:tertinggi|terbaik))\s+(?:di|se-?)\s*{gov}",
            I,
        )
        # "yang nomor 1 itu X", "nomor satu adalah X"
        self.number_one = re.compile(
            rf"(?:^|(?<=[.,;:!?\"“]\s)|(?<=[\"“])|(?<=\n))(?:(?:{words_alt(v['best_subject_openers'])})\s+)?"
            rf"(?P<a>(?:yang\s+)?nomor\s+(?:1|satu))\s+"
            rf"(?:itu\s+|(?:itu\s+)?(?:{links})\s+)(?:oleh\s+)?{name}",
            I | re.MULTILINE,
        )
        # "yang tertinggi dari seluruh kabupaten", "yang terbaik di antara semua kabupaten/kota di Jawa Timur"
        fields = words_alt(v["field_count_nouns"])
        self.best_of_all = re.compile(
            # ... and "Samarinda skor tertingginya dari sejumlah kabupaten yang ada di Kaltim": the holder's best score
            rf"(?<![\w])(?P<a>(?:yang|nilai|skor)\s+(?:tertinggi|terbaik)(?:nya)?)\s+(?:dari|di\s+antara|diantara|antara)"
            rf"\s+(?:seluruh|semua|sejumlah)"
            rf"\s+(?:pemerintah\s+)?(?:{fields})(?![\w])",
            I,
        )
        self.place_after = re.compile(
            r"(?:\s+yang\s+\w+)?\s+(?:di|se-?)\s*(?:(?:provinsi|wilayah)\s+)?(?!Indonesia)[A-Z]"
        )
        # "meraih predikat terbaik se-Jawa Timur": the best predicate or award of a province's (or the country's) set
        # ("predikat tertinggi" is a level of the graded scale, held by many: no place)
        nouns = words_alt(v.get("told_top_best_nouns", []) or ["predikat"])
        verbs = words_alt(v["best_score_verbs"] + v.get("told_top_best_verbs", []))
        place = rf"(?:se-?\s?|di\s+(?:provinsi\s+)?|tingkat\s+)(?P<place>{cap}[\w-]*|provinsi|nasional)"
        self.best_noun_in = re.compile(rf"(?<![\w])(?:{verbs})\s+(?P<a>(?:{nouns})\s+terbaik)\s+{place}", I)
        # "Pemkab Jombang Terbaik Se-Jatim": a title-case headline's superlative right after the name
        # (not the award's own words: "Predikat Pelayanan Publik Terbaik di Maluku Utara" names where it was given)
        self.best_headline = re.compile(r"(?<=[A-Za-z] )(?P<a>Terbaik)\s+(?:Se-?\s?)(?P<place>[A-Z][\w-]*)")
        self.headline_not_after = re.compile(
            rf"(?i)(?<![\w])(?:{words_alt(v.get('told_top_headline_not_after', []) or ['publik'])})\s+$"
        )
        # "nilai yang diperoleh 99,25 tertinggi untuk kategori Pemerintah Kota seluruh Indonesia": the best of a
        # national category, the country written after it
        self.best_category_national = re.compile(
            rf"(?:(?<![\w.,]){_SCORE}\s*,?\s+|(?<![\w])(?:nilai|skor)\s+)(?P<a>(?:tertinggi|terbaik))\s+"
            r"(?:(?:untuk|dalam|pada)\s+)?(?:kategori|klaster)\s+(?:pemerintah\s+)?(?:provinsi|kabupaten|kota|pemkab|pemkot)"
            r"\s+(?:di\s+)?(?:seluruh\s+|se-?\s?)(?:indonesia|nusantara)(?![\w])",
            I,
        )
        # "kalah satu level dari Y", "satu tingkat di bawah Y" (or "di atas Y": Y one place below)
        steps = words_alt(v.get("told_top_steps", []) or ["tingkat"])
        behind = words_alt(v.get("told_top_behind_words", []) or ["kalah"])
        self.one_step = re.compile(
            rf"(?<![\w])(?:(?:{behind})\s+)?satu\s+(?:{steps})\s+(?P<dir>dari|di\s*bawah|di\s*belakang|di\s*atas)\s+{name}",
            I,
        )

    def told_top_ranks(self, text: str) -> list[Value]:
        low = lowered(text) or text.lower()  # (the article's lower-cased copy, made once: casefold.py)
        if "tertinggi" not in low and "terbaik" not in low and "nomor" not in low:
            return []
        out = []
        for m in scan(self.best_then, text):
            start = _sentence(text, m.start())
            scope = None if self.units_named.search(text, start, m.start()) else self._frame(text, start, m.start())
            out.append(Value("rank", 1, m.start("a"), m.end("a"), scope=scope))
        for m in scan(self.best_is, text):
            start = _sentence(text, m.start())
            if self.units_named.search(text, start, m.start()):
                out.append(Value("rank", 1, m.start("a"), m.end(), scope=None, forward=True))
        for m in scan(self.unit_best_in, text):
            out.append(Value("rank", 1, m.start("a"), m.end("a"), scope=None))
        for m in scan(self.number_one, text):
            start = _sentence(text, m.start())
            out.append(Value("rank", 1, m.start("a"), m.end(), scope=self._frame(text, start, m.start()), forward=True))
        for rx in (self.best_noun_in, self.best_headline):
            for m in scan(rx, text):
                if rx is self.best_headline and self.headline_not_after.search(text, max(0, m.start() - 30), m.start()):
                    continue
                scope = "nasional" if m.group("place").lower() in ("indonesia", "nasional") else "provinsi"
                out.append(Value("rank", 1, m.start("a"), m.end("a"), scope=scope))
        for m in scan(self.best_category_national, text):
            out.append(Value("rank", 1, m.start("a"), m.end("a"), scope="nasional"))
        for m in scan(self.best_of_all, text):
            place = self.place_after.match(text, m.end())
            scope = "provinsi" if place or self.provincial.match(text, m.end() + 1) else "nasional"
            out.append(Value("rank", 1, m.start("a"), m.end(), scope=scope))
        return out

    def _frame(self, text: str, start: int, end: int) -> str | None:
        """The field framed earlier in the sentence: a province named ("6 pemda di Provinsi Lampung"), or the
        whole country."""
        if self.national.search(text, start, end):
            return "nasional"
        return "provinsi" if self.provincial.search(text, start, end) else None

    def one_step_ranks(self, text: str, ranks: list[Value]) -> list[Value]:
        """ "Polres A ... kalah satu level dari Polres B": B is one place above the place told of A earlier (the
        last place given in a sentence that names A, the name read from the start of this sentence)."""
        if "satu" not in (lowered(text) or text.lower()):
            return []
        out = []
        for m in scan(self.one_step, text):
            start = _sentence(text, m.start())
            subject = re.match(r"\s*((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)", text[start : m.start()])
            if subject is None:
                continue
            name = subject.group(1)
            told = [
                r
                for r in ranks
                if isinstance(r.value, int)
                and r.end <= m.start()
                and not r.forward
                and name in text[_sentence(text, r.start) : self._sentence_end(text, r.end)]
            ]
            if not told:
                continue
            last = max(told, key=lambda r: r.start)
            held = last.value if isinstance(last.value, int) else 0
            place = held - 1 if "atas" not in m.group("dir").lower() else held + 1
            if held and place >= 1:
                out.append(Value("rank", place, m.start(), m.end(), scope=last.scope, forward=True))
        return out

    @staticmethod
    def _sentence_end(text: str, e: int) -> int:
        stop = _SENT_END.search(text, e)
        return stop.start() if stop else len(text)
