"""First places told by a best score (a part of Values' rank finders, extract/components/values/ranks.py):
"mencatat nilai tertinggi dari 13 Kantah" (first among those counted), "meraih nilai tertinggi se-Jabar
dengan ...", "nilai tertinggi se-Jabar diraih X", "mencatat nilai tertinggi kategori kepatuhan pelayanan
publik di Gorontalo" (first in that province), and "Di tingkat provinsi, ... X meraih nilai tertinggi
dengan 97,33" (the field named earlier in the sentence). Knowledge: models/values.yaml (best_score_verbs,
best_score_passive, best_nouns, best_of_places, own_unit_nouns, group_nouns)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.common.casefold import scan
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value

# what a superlative tops, then a place: "(nilai tertinggi) kategori kepatuhan pelayanan publik di Gorontalo"
_IN_PROVINCE = re.compile(
    r"(?:\s+(?:kategori\s+)?(?:indeks\s+)?kepatuhan(?:\s+(?:standar\s+)?pelayanan(?:\s+publik)?)?)?"
    r"\s+(?:se-?\s?|di\s+(?:provinsi\s+)?)(?!Indonesia\b|indonesia\b|tingkat\b|nasional\b)[A-Z]"
)

# the next places told right after a bare "nilai tertinggi": "... 95,94. Diikuti Y", "... dan Z urutan kedua"
_RANKING_GOES_ON = re.compile(
    r"(?i)(?:[.,;]\s*(?:lalu\s+|kemudian\s+)?(?:diikuti|disusul|menyusul)\b|(?<![\w])(?:urutan|peringkat|posisi)\s+"
    r"(?:kedua|ke-?\s?2)(?![\w])"
    # "X memperoleh nilai tertinggi dengan 90,92. Selanjutnya Y dengan nilai 90,64": the next one and its score
    r"|[.;]\s*(?:selanjutnya|berikutnya),?\s+(?-i:[A-Z])[^.;\n]{0,60}?(?<![\w])(?:nilai|skor)\s+\d)"
)


class BestScoreRanks:
    # what the rest of Values gives this part (value_ranks.py)
    provincial: re.Pattern[str]
    _scope: Callable[[str, int, int, int | None, str | None], str | None]

    def _load_best_score(self, v: dict) -> None:
        scope_tail, field_tail = self._best_scopes(v)
        self._load_best_of_counted(v)
        self._load_best_score_verbs(v, scope_tail, field_tail)
        self._load_best_in_province(v)

    def _best_scopes(self, v: dict) -> tuple[str, str]:
        """The field a best score tops, written after it: a scope ("se-Jabar", "secara nasional", among a
        province's offices) or a category ("kategori kabupaten")."""
        # "meraih nilai tertinggi se-Jabar dengan/,/.", "nilai tertinggi se-Jabar diraih": first place
        # only with the field it tops written out: "Dinas Perhubungan mencatat nilai tertinggi dengan skor
        # 88,10" compares a government's own units, which is no ranking
        # "nilai tertinggi di antara polres jajaran Polda Maluku Utara": among a province's offices of a kind
        kinds = words_alt(v.get("best_among_kinds", []) or ["polres"])
        among = (
            rf"\s+(?:di\s+antara|diantara)\s+(?:seluruh\s+|semua\s+)?(?:{kinds})\s+(?:(?:yang\s+)?(?:ada\s+)?"
            rf"(?:jajaran|di\s+(?:wilayah\s+)?|di\s+bawah|se-?\s?)\s*)+[A-Z][\w-]*(?:\s+[A-Z]\w*){{0,3}}"
        )
        self.among_offices = re.compile(among, re.IGNORECASE)
        # ... the field named before the scope: "skor tertinggi dalam kepatuhan pelayanan publik se-Papua Barat"
        scope_tail = (
            r"(?:\s+dalam\s+(?:penilaian\s+)?kepatuhan(?:\s+(?:standar\s+)?pelayanan(?:\s+publik)?)?)?"
            r"\s+(?:se-?\s?[A-Z][\w-]*(?:\s+[A-Z]\w*){0,2}|di\s+[A-Z][\w-]*(?:\s+[A-Z]\w*){0,2}|secara\s+nasional|"
            rf"tingkat\s+(?:provinsi|nasional)|nasional)|{among}"
        )
        # "predikat kepatuhan tertinggi kategori kabupaten diraih X": the field it tops, written after it
        field_tail = r"\s+(?:untuk\s+)?(?:kategori|klaster|tingkat)\s+(?:pemerintah\s+)?(?:provinsi|kabupaten|kota|kementerian|lembaga)"
        return scope_tail, field_tail

    def _load_best_of_counted(self, v: dict) -> None:
        """ "nilai tertinggi dari 13 Kantah": first among the N governments or offices counted."""
        # "mencatat nilai tertinggi dari 13 Kantah kabupaten/kota": first among the N counted
        self.own_unit_nouns = {w.lower() for w in v.get("own_unit_nouns", [])}
        # ... counting governments or offices ("dari 4 dimensi penilaian" counts no one)
        self.counted_nouns = self.own_unit_nouns | {w.lower().split()[0] for w in v.get("group_nouns", [])}
        self.best_of_re = re.compile(
            rf"(?<![\w])(?:{words_alt(v.get('best_nouns', []) + v.get('best_of_places', []) or ['skor'])}|nilai)"
            r"(?:\s+kepatuhan)?\s+(?:tertinggi|terbaik)"
            r"\s+(?:dari|di\s+antara|diantara)\s+(?:total\s+)?(?P<total>\d{1,3})\s+(?P<noun>[\w/-]+)",
            re.IGNORECASE,
        )

    def _load_best_score_verbs(self, v: dict, scope_tail: str, field_tail: str) -> None:
        """ "meraih nilai tertinggi se-Jabar", "nilai tertinggi kategori kabupaten diraih X": a best score got."""
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        # the field between the noun and the superlative: "skor (indeks) kepatuhan (standar) pelayanan publik"
        field = r"(?:\s+(?:indeks\s+)?kepatuhan(?:\s+(?:standar\s+)?pelayanan\s+publik)?)?"
        # ... or after it: "mencatat nilai tertinggi kategori kepatuhan pelayanan publik di Gorontalo"
        after_field = r"(?:\s+(?:kategori\s+)?(?:indeks\s+)?kepatuhan(?:\s+(?:standar\s+)?pelayanan(?:\s+publik)?)?)?"
        self.best_score_re = (
            re.compile(
                rf"(?<![\w])(?:(?:{words_alt(v.get('best_score_verbs', []))})\s+(?P<a>(?:nilai|skor){field}\s+(?:tertinggi|terbaik))"
                rf"(?={after_field}{scope_tail}(?:\s+(?:dengan|yakni|yaitu|sebesar|untuk|pada|dalam|dari|tahun)\b|\s*[,.(]))"
                rf"|(?P<b>(?:nilai|{words_alt(v.get('best_nouns', []) or ['skor'])}){field}\s+(?:tertinggi|terbaik))"
                rf"(?=(?:{scope_tail}|{field_tail})\s+(?:{words_alt(v.get('best_score_passive', []))})\b))",
                I,
            )
            if v.get("best_score_verbs")
            else None
        )
        # "Di tingkat provinsi, ... Jawa Tengah meraih nilai tertinggi dengan 97,33": the field named
        # earlier in the sentence
        self.best_score_bare_re = (
            re.compile(
                rf"(?<![\w])(?:{words_alt(v.get('best_score_verbs', []))})\s+(?P<a>nilai(?:\s+kepatuhan)?\s+(?:tertinggi|terbaik))"
                rf"(?=\s+(?:dengan|yakni|yaitu|sebesar)\b|\s*[,.(])",
                I,
            )
            if v.get("best_score_verbs")
            else None
        )
        # "Nilai tertinggi diraih Dinas Kesehatan (90,10), disusul Dinas Sosial": with no field named, first only
        # where the ranking goes on (`_RANKING_GOES_ON`)
        self.best_passive_bare_re = (
            re.compile(
                rf"(?<![\w])(?P<a>(?:nilai|skor)(?:\s+kepatuhan)?\s+(?:tertinggi|terbaik))\s+"
                rf"(?:{words_alt(v.get('best_score_passive', []))})\b",
                I,
            )
            if v.get("best_score_passive")
            else None
        )
        # "meraih nilai tertinggi dalam kategori ... oleh kementerian": first among ministries or agencies
        links, fields = v.get("best_national_field_links", []), v.get("best_national_fields", [])
        self.best_national_field = (
            re.compile(
                rf"(?<![\w])(?:{words_alt(v.get('best_score_verbs', []))})\s+(?P<a>nilai(?:\s+kepatuhan)?\s+(?:tertinggi|terbaik))"
                rf"(?=[^.;\n]{{0,80}}?(?<![\w])(?:{words_alt(links)})\s*(?:seluruh\s+|semua\s+|para\s+)?"
                rf"(?:{words_alt(fields)})(?![\w/-]))",
                I,
            )
            if links and fields and v.get("best_score_verbs")
            else None
        )

    def _load_best_in_province(self, v: dict) -> None:
        """The best among a province's ones counted as surveyed or named after the score, and "salah satu"."""
        # "Lima kabupaten di Provinsi Kepri disurvei ... Kabupaten Karimun memperoleh nilai tertinggi":
        # the governments counted as surveyed shortly before are those it tops
        counts = words_alt([*(v.get("cardinals") or {})]) or "(?!)"
        self.surveyed_count = re.compile(
            rf"(?i)(?<![\w])(?:\d{{1,2}}|{counts})\s+(?:kabupaten(?:/kota)?|kota|pemda|pemerintah\s+daerah)"
            rf"\b[^.]{{0,60}}?\b(?:disurvei|disurvey|dinilai)\b"
        )
        # "meraih nilai 90,10, tertinggi se-Kalteng", "..., yang merupakan skor terbaik di Provinsi Jambi" (the
        # score's apposition) and "X tertinggi untuk lingkup Kalteng": first among the province's ones; the place
        # must be a province's ("tertinggi di lingkup Pemprov X" compares one government's units)
        place = r"(?!(?i:kabupaten|kota|kab\.|pem[a-z]*|tingkat)\b)[A-Z]"
        self.best_in_apposition = re.compile(
            r"\d(?:[.,]\d+)?\s*\)?\s*,\s*(?i:(?:yang\s+)?(?:(?:merupakan|menjadi|sebagai)\s+)?(?:(?:nilai|skor)\s+)?"
            r"(?:yang\s+)?)(?P<a>(?i:tertinggi|terbaik))\s+(?i:(?:(?:untuk|di|dalam)\s+)?lingkup\s+(?:provinsi\s+)?|"
            rf"se-?\s?|di\s+(?:provinsi\s+)?){place}"
            r"|(?<![\w])(?P<b>(?i:tertinggi|terbaik))\s+(?i:(?:untuk|di|dalam)\s+)?(?i:lingkup)\s+(?i:provinsi\s+)?"
            rf"{place}"
        )
        # "menempatkan X pada peringkat tertinggi se-Gorontalo": a place word's top with a province's scope after it
        # (without the scope, "posisi tertinggi" may be the top category)
        places = words_alt(v.get("best_of_places", []))
        self.best_place_in = (
            re.compile(
                rf"(?<![\w])(?P<a>(?i:{places})\s+(?i:tertinggi|terbaik))\s+(?i:se-?\s?|di\s+(?:provinsi\s+)?){place}"
            )
            if places
            else None
        )
        # "X menjadi salah satu daerah yang mendapat nilai tertinggi se-Kaltara": among the best, not the first
        ones = words_alt(v.get("one_of_before", []))
        self.one_of = re.compile(rf"(?i)(?<![\w])(?:{ones})(?![\w])[^.;:]{{0,60}}$") if ones else None
        self.field_before = re.compile(
            r"(?i)\b(?:tingkat|kategori|klaster)\s+(?:pemerintah\s+)?(?:provinsi|kabupaten|kota|pemerintah\s+daerah|"
            r"kementerian|lembaga|nasional)\b"
        )

    def best_score_ranks(self, text: str) -> list[Value]:
        one_of = self.one_of
        return [
            r
            for r in self._best_score_ranks(text)
            if one_of is None or not one_of.search(text, max(0, r.start - 80), r.start)
        ]

    def _best_score_ranks(self, text: str) -> list[Value]:
        out = []
        for m in scan(self.best_of_re, text, fold=True):  # its noun is read lower-cased
            total = int(m.group("total"))
            if total > 1 and m.group("noun").lower() in self.counted_nouns:
                own_units = m.group("noun").lower() in self.own_unit_nouns
                scope = None if own_units else self._scope(text, m.start(), m.end(), total, m.group("noun"))
                out.append(Value("rank", 1, m.start(), m.end(), scope=scope))
        if self.best_score_re is not None:
            for m in scan(self.best_score_re, text, fold=True):
                g = "a" if m.group("a") else "b"
                scope = self._scope(text, m.start(g), m.end(g), None, None)
                if scope is None and (_IN_PROVINCE.match(text, m.end(g)) or self.among_offices.match(text, m.end(g))):
                    scope = "provinsi"  # "nilai tertinggi ... di Maluku Utara", "... se-Jabar"
                out.append(Value("rank", 1, m.start(g), m.end(g), scope=scope))
        if self.best_national_field is not None:
            for m in scan(self.best_national_field, text, fold=True):
                out.append(Value("rank", 1, m.start("a"), m.end("a"), scope="nasional"))
        for m in scan(self.best_place_in, text) if self.best_place_in is not None else ():
            out.append(
                Value(
                    "rank",
                    1,
                    m.start("a"),
                    m.end("a"),
                    scope=self._scope(text, m.start("a"), m.end("a"), None, None) or "provinsi",
                )
            )
        for m in scan(self.best_in_apposition, text):
            g = "a" if m.group("a") else "b"
            scope = self._scope(text, m.start(g), m.end(g), None, None) or "provinsi"
            out.append(Value("rank", 1, m.start(g), m.end(g), scope=scope))
        if self.best_passive_bare_re is not None:
            taken = {r.start for r in out}
            for m in scan(self.best_passive_bare_re, text, fold=True):
                sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
                if m.start("a") not in taken and _RANKING_GOES_ON.search(text, m.end(), m.end() + 250):
                    # the holder named after the verb: "... diraih Dinas Kesehatan" is one government's unit
                    scope = self._goes_on_scope(text, sent_start, m.start(), m.end())
                    out.append(Value("rank", 1, m.start("a"), m.end("a"), scope=scope))
        if self.best_score_bare_re is not None:
            for m in scan(self.best_score_bare_re, text, fold=True):
                sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
                field = self.field_before.search(text, sent_start, m.start())
                if field:
                    scope = (
                        "provinsi"
                        if re.search(r"(?i)kabupaten|kota|daerah", field.group())
                        and self.provincial.search(text, sent_start, m.start())
                        else "nasional"
                    )
                    out.append(Value("rank", 1, m.start("a"), m.end("a"), scope=scope))
                elif _RANKING_GOES_ON.search(text, m.end(), m.end() + 250):
                    # "X meraih nilai tertinggi dengan skor 93,12. Disusul Y ... dan Z urutan ketiga": a ranking
                    # told on; among the governments of the province the article is about, or among one
                    # government's own units ("Dinas Kesehatan mencatat nilai tertinggi ..."): scope null
                    out.append(
                        Value(
                            "rank", 1, m.start("a"), m.end("a"), scope=self._goes_on_scope(text, sent_start, m.start())
                        )
                    )
                elif self.surveyed_count.search(text, max(0, sent_start - 400), sent_start + 1):
                    # the top of the governments counted as surveyed just before
                    scope = "provinsi" if self.provincial.search(text, 0, m.start()) else None
                    out.append(Value("rank", 1, m.start("a"), m.end("a"), scope=scope))
        return out

    def _goes_on_scope(self, text: str, sent_start: int, start: int, holder: int | None = None) -> str | None:
        """The scope of a first place a ranking goes on from: null among one government's own units (named
        before it, or right after its passive verb at `holder`), else `provinsi` where the article is about
        one province's governments."""
        if self._own_units_before(text, sent_start, start) or (
            holder is not None and self._own_units_before(text, holder, holder + 30)
        ):
            return None
        return "provinsi" if self.provincial.search(text, 0, start) else None

    def _own_units_before(self, text: str, start: int, end: int) -> bool:
        """ "Dinas Kesehatan mencatat nilai tertinggi ..., disusul Dinas Pendidikan": one government's units
        (ranked among themselves: rank 1, scope null, DECISIONS.md)."""
        words = {w.lower() for w in re.findall(r"\w+", text[start:end])}
        return bool(words & self.own_unit_nouns)
