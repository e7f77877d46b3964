"""More first and last places (a mixin of Values, extract/components/values/component.py):

- an ordinal before "terbaik"/"tertinggi" with the field after it ("kedua terbaik di Provinsi Sumsel");
- "menjadi yang terbaik" with the field counted earlier in the sentence ("Dari 10 kabupaten/kota di
  Sumsel yang dinilai, Kota Palembang menjadi yang terbaik");
- first place said without a rank word ("menjadi nomor satu di Jawa Tengah", "memuncaki penilaian");
- the best among a national award category's nominees ("nilai tertinggi dari 3 (tiga) nominator");
- after a place given by "diikuti"/"disusul", each next sentence opening with "Lalu"/"Kemudian" that
  introduces one government alone is one place further ("Lalu Kabupaten Lebong dengan nilai 93,76.");
  one introducing a comma list of governments with scores ranks none (DECISIONS.md "Ranks");
- the lowest among a field counted in the same sentence ("Dari tujuh kabupaten di NTB, X ... paling
  rendah"): the last place, rank N (DECISIONS.md "Ranks": "Last of N" with N stated).

Knowledge: models/values.yaml (`ordinals`, `best_in_links`, `field_count_*`, `nominee_nouns`,
`rank_lowest_words`, `own_unit_nouns`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.common.casefold import scan
from extract.components.common.knowledge import any_word, words_alt
from extract.components.common.mentions import Value

_SCOPE_AFTER = re.compile(r"\s+(?:di|se-?)\s*(?P<place>[A-Z][\w-]*)")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# "diraih oleh A dan B", "diraih oleh A, B ...": the highest shared, named before any number
_SHARED = re.compile(r"[^.,;\d]*?(?:,\s*|\s+dan\s+)[A-Z]")
_DECIMAL = re.compile(r"(?<![\w.,])\d{1,3}[.,]\d{1,2}(?![\d])")


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    stop = _SENTENCE_END.search(text, e)
    return start, stop.start() if stop else len(text)


def _best_subject(v: dict, key: str = "best_subject_words") -> re.Pattern[str] | None:
    """ "the highest one" opening a clause, then the name: models/values.yaml `best_subject_*`. The name
    must be written as one (capital first): an unrecognised lower-case name would hand the place to the
    entity named before it."""
    words, openers = v.get(key, []), v.get("best_subject_openers", [])
    if not words or not openers:
        return None
    links = words_alt(v.get("best_subject_links", []) or ["adalah"])
    return re.compile(
        rf"(?:^|(?<=[.,;:\n])\s*|(?<![\w])(?:{words_alt(openers)})\s+)(?P<best>yang\s+(?:{words_alt(words)})(?:nya)?)"
        rf"(?:\s+(?:{links}))?\s*,?\s+(?!(?:di|se|dari|sejak|dalam|pada|dengan|selama|sepanjang|untuk|akan|juga|ini|itu)(?![\w-]))(?-i:(?=[A-Z]))",
        re.IGNORECASE | re.MULTILINE,
    )


class BestMoreRanks:
    v: dict
    national: re.Pattern[str]
    field_count_re: re.Pattern[str]  # value_ranks.py: "survei terhadap 6 kabupaten"
    described: re.Pattern[str]  # value_ranks.py: "... yang masuk zona kuning" after a group noun
    _num: Callable[[str], int | None]

    def _load_best_more(self, v: dict) -> None:
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        ords = words_alt(v["ordinals"])
        self.ordinal_best = re.compile(rf"(?<![\w])(?P<n>{ords})\s+(?:terbaik|tertinggi)(?=\s+(?:di|se-?)\s*[A-Z])", I)
        links = words_alt(v.get("best_in_links", ["menjadi"]))
        self.best_bare = re.compile(
            rf"(?<![\w])(?:{links})\s+yang\s+(?:terbaik|tertinggi)(?![\w])(?!\s+(?:di|se-?)\s*[A-Z])", I
        )
        named = v.get("best_named_links", [])
        self.best_named = (
            re.compile(
                rf"(?<![\w])(?:{words_alt(named)})\s+(?:yang\s+|(?:{words_alt(v.get('best_in_nouns', []) or ['daerah'])})\s+"
                rf"(?:dengan\s+)?[^.,;:!?\n\d]{{0,70}}?)(?:terbaik|tertinggi)(?![\w])(?!\s+(?:di|se-?)\s*[A-Z])",
                I,
            )
            if named
            else None
        )
        nums = words_alt(list(v["cardinals"]))
        self.field_counted = re.compile(
            rf"(?<![\w])(?:{words_alt(v.get('field_count_before', ['dari']))})\s+(?P<n>\d{{1,3}}|{nums})\s+"
            rf"(?:\(\s*\w+\s*\)\s+)?(?P<noun>{words_alt(v.get('field_count_nouns', ['kabupaten']) + v.get('own_unit_nouns', []))})(?![\w])",
            I,
        )
        self.own_units = {w.lower() for w in v.get("own_unit_nouns", [])}
        nominees = v.get("nominee_nouns", [])
        self.nominee_best = (
            re.compile(
                rf"(?<![\w])(?:nilai|skor)(?:\s+kepatuhan)?\s+(?:tertinggi|terbaik)\s+(?:dari|di\s+antara|diantara)\s+"
                rf"(?P<n>\d{{1,2}}|{nums})\s+(?:\(\s*\w+\s*\)\s+)?(?:{words_alt(nominees)})(?![\w])",
                I,
            )
            if nominees
            else None
        )
        alone = v.get("rank_first_alone", [])
        self.first_alone = any_word(alone)
        then = v.get("rank_then_words", [])
        self.then_open = re.compile(rf"\s*(?:{words_alt(then)})\s*,?\s+(?=[A-Z])", I) if then else None
        self.best_subject = _best_subject(v)
        # "dari OPD yang dinilai, tertinggi diraih oleh UPT Puskesmas X dengan nilai 97,59, kemudian Y 95,94":
        # the highest won by the one named after it (not "kualitas tertinggi diraih oleh ...": an opinion)
        won, best = v.get("best_won_links", []), v.get("best_subject_words", [])
        self.best_won = (
            re.compile(
                rf"(?<![\w])(?<!kualitas )(?<!kepatuhan )(?:{words_alt(best)})\s+(?:{words_alt(won)})\s+(?=[A-Z])", I
            )
            if won and best
            else None
        )
        self.then_comma = re.compile(rf",\s*(?:{words_alt(then)})\s*,?\s+(?=[A-Z])", I) if then else None
        self.lowest_subject = _best_subject(v, "lowest_subject_words")
        lowest = v.get("rank_lowest_words", [])
        self.lowest = any_word(lowest)

    def then_ranks(self, text: str, nexts: list[Value]) -> list[Value]:
        """The places after the last one a succession word gave, one per following sentence that opens
        with a then-word and names one government with its one score."""
        if self.then_open is None or not nexts:
            return []
        out: list[Value] = []
        last = max(nexts, key=lambda r: r.start)
        n, pos = last.value, last.end
        while isinstance(n, int):
            stop = _SENTENCE_END.search(text, pos)
            if stop is None:
                break
            start = stop.end()
            m = self.then_open.match(text, start)
            if m is None:
                break
            _, end = _sentence(text, m.end(), m.end())
            if len(_DECIMAL.findall(text, m.end(), end)) != 1 or re.search(
                r",\s*(?:dan\s+)?[A-Z]", text[m.end() : end]
            ):
                break  # "Kemudian, A 93,07, B 92,72 dan C 91,33": a list, not one more place; no score, no place
            n += 1
            # on the then-word itself, not the line break before it (a rank never runs over one)
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            out.append(Value("rank", n, m.start() + lead, m.end(), scope=last.scope))
            pos = end
        return out

    def _fields(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        """The fields counted in text[start:end] ("dari 17 kabupaten/kota di Sumsel"); a part of them told by
        its label ("dari 11 kabupaten kota yang masuk zona kuning") or referred back to ("dari delapan
        Pemda itu") is a group, not the whole field; one government's own units referred back ("Di antara 14
        SKPD tersebut") are the units it had assessed."""
        return [
            f
            for f in self.field_counted.finditer(text, start, end)
            if not self.described.match(text, f.end())
            and (
                f.group("noun").lower() in self.own_units
                or not re.match(r"(?i)\s+(?:itu|tersebut|ini|tadi)(?![\w])", text[f.end() : f.end() + 12])
            )
        ]

    def _field_scope(self, text: str, start: int, end: int, count: int, noun: str) -> str | None:
        if noun.lower() in self.own_units:
            return None  # one government's own units compared
        if count >= self.v["national_total_min"] or self.national.search(text, start, end):
            return "nasional"
        return "provinsi"

    def best_more_ranks(self, text: str) -> list[Value]:
        low = text.lower()
        if "terbaik" not in low and "tertinggi" not in low and self.lowest is None:
            return []
        out = []
        for m in scan(self.ordinal_best, text):  # "kedua terbaik di Provinsi Sumatera Selatan"
            n = self._num(m.group("n"))
            place = _SCOPE_AFTER.match(text, m.end())
            scope: str | None = (
                "nasional" if place and place.group("place").lower() in ("indonesia", "nasional") else "provinsi"
            )
            if n:
                out.append(Value("rank", n, m.start(), m.end(), scope=scope))
        for m in scan(self.best_bare, text):  # "Dari 10 kabupaten/kota di X ..., Y menjadi yang terbaik"
            start, end = _sentence(text, m.start(), m.end())
            # the field counted before it, or right after it ("menjadi yang terbaik dari 27 kabupaten/kota")
            fields = self._fields(text, start, m.start()) or self._fields(text, m.end(), min(end, m.end() + 30))[:1]
            if fields and (n := self._num(fields[-1].group("n"))) and n > 1:
                scope = self._field_scope(text, start, end, n, fields[-1].group("noun"))
                out.append(Value("rank", 1, m.start(), m.end(), scope=scope))
        if self.best_named is not None:  # "dinobatkan sebagai daerah dengan pelayanan publik terbaik"
            out += [Value("rank", 1, m.start(), m.end(), scope=None) for m in scan(self.best_named, text)]
        if self.first_alone is not None:  # "menjadi nomor satu di Jawa Tengah", "memuncaki penilaian"
            for m in scan(self.first_alone, text):
                start, end = _sentence(text, m.start(), m.end())
                place = _SCOPE_AFTER.match(text, m.end())
                national = self.national.search(text, m.end(), end) or (
                    place and place.group("place").lower() in ("indonesia", "nasional")
                )
                out.append(
                    Value(
                        "rank", 1, m.start(), m.end(), scope="nasional" if national else "provinsi" if place else None
                    )
                )
        if self.nominee_best is not None:
            for m in scan(self.nominee_best, text):  # "nilai tertinggi dari 3 (tiga) nominator"
                start, end = _sentence(text, m.start(), m.end())
                scope = "nasional" if self.national.search(text, start, end) else None
                out.append(Value("rank", 1, m.start(), m.end(), scope=scope))
        return out + self._lowest_ranks(text) + self._subject_ranks(text) + self._won_ranks(text)

    def _won_ranks(self, text: str) -> list[Value]:
        """ "tertinggi diraih oleh X dengan nilai 97,59, kemudian Y 95,94. Selanjutnya Z dengan nilai 94,58.": X
        first, then each one introduced alone by a succession word, with its one score, one place further
        (DECISIONS.md "Ranks"); a succession word before a list of several ranks none."""
        if self.best_won is None:
            return []
        out: list[Value] = []
        for m in scan(self.best_won, text):
            start, end = _sentence(text, m.start(), m.end())
            if _SHARED.match(text, m.end(), end):
                continue  # "diraih oleh A dan B dengan nilai 99,10": no single first place
            scope = "nasional" if self.national.search(text, start, end) else None
            last = Value("rank", 1, m.start(), m.end(), scope=scope, forward=True)
            out.append(last)
            t = self.then_comma.search(text, m.end(), end) if self.then_comma is not None else None
            if (
                t is not None
                and len(_DECIMAL.findall(text, t.end(), end)) == 1
                and not re.search(r",\s*(?:dan\s+)?[A-Z]", text[t.end() : end])
            ):
                last = Value("rank", 2, t.start(), t.end(), scope=scope)
                out.append(last)
            out.extend(self.then_ranks(text, [last]))
        return out

    def _subject_ranks(self, text: str) -> list[Value]:
        """ "Untuk yang paling tingginya Kementerian X": first place, national when the sentence says so."""
        if self.best_subject is None:
            return []
        out = []
        for m in scan(self.best_subject, text):
            start, end = _sentence(text, m.start(), m.end())
            scope = "nasional" if self.national.search(text, start, end) else None
            out.append(Value("rank", 1, m.start("best"), m.end(), scope=scope, forward=True))
        return out

    def _lowest_ranks(self, text: str) -> list[Value]:
        """ "Dari tujuh kabupaten di NTB, X ... paling rendah": rank N, the field counted in the sentence."""
        if self.lowest is None:
            return []
        out = []
        for m in scan(self.lowest, text):
            start, end = _sentence(text, m.start(), m.end())
            fields = self._fields(text, start, m.start()) or self._fields(text, m.end(), min(end, m.end() + 30))
            if len(fields) != 1:
                continue
            n = self._num(fields[0].group("n"))
            # among one government's own units counted ("Di antara 14 SKPD tersebut"): rank N, scope null
            if n and n > 1:
                scope = self._field_scope(text, start, end, n, fields[0].group("noun"))
                out.append(Value("rank", n, m.start(), m.end(), scope=scope))
        return out + self._lowest_subject_ranks(text)

    def _lowest_subject_ranks(self, text: str) -> list[Value]:
        """ "dan yang paling rendah adalah Polres X" with no field counted in its sentence: rank N when the
        text states once how many were assessed (as for "paling buncit", value_ranks.py `last_ranks`)."""
        if self.lowest_subject is None:
            return []
        # any field counted in its sentence, even a part of one ("dari delapan pemda itu"), is that sentence's own
        found = [
            m
            for m in scan(self.lowest_subject, text)
            if self.field_counted.search(text, *_sentence(text, m.start(), m.end())) is None
        ]
        if not found:
            return []
        # a rank's own total ("urutan 32 dari 34 provinsi") sizes that rank's field, not the last place's
        counts = {
            self._num(c.group("n"))
            for c in scan(self.field_count_re, text, fold=True)
            if not re.search(r"(?<!\d)\d{1,2}\s*$", text[max(0, c.start() - 4) : c.start()])  # not "2019 dari"
        } - {None}
        n = counts.pop() if len(counts) == 1 else None
        if n is None or n < 2:
            return []
        scope = "nasional" if n >= self.v["national_total_min"] else "provinsi"
        return [Value("rank", n, m.start("best"), m.end(), scope=scope, forward=True) for m in found]
