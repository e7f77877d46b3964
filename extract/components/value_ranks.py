"""The rank finders of the values component (a mixin of Values, extract/components/values.py):
ranks with their scope (national or provincial), ranks named by their neighbours (behind, above,
last, next), ranked lists and tables, and the rank patterns it builds from models/values.yaml."""

from __future__ import annotations

import re

from extract.components.casefold import lowered, pick, search_in
from extract.components.knowledge import words_alt
from extract.components.mentions import Value
from extract.components.tables import tables

_LIST_ITEM = re.compile(r"(?m)^[ \t]*(\d{1,2})(?:[.)]|\)\.)[ \t]+(?=[A-Z])")  # "1.", "1)", "1)."
# the same list written on one line: "yakni 1. Kota Balikpapan (95,12), 2. Kabupaten Berau (93,40), ..."
# (written blank first, the lookbehinds after it: `re` then only tries them at blanks, not at every
# character; the same matches as "(?<=[,:;]|...)[ \t]+(\d{1,2})...")
_INLINE_ITEM = re.compile(
    r"[ \t](?:(?<=[,:;][ \t])|(?<=\byakni[ \t])|(?<=\byaitu[ \t])|(?<=\badalah[ \t])|(?<=\bialah[ \t])"
    r"|(?<=\bantara lain[ \t])|(?<=\d[ \t])|(?<=\d\)[ \t]))[ \t]*(\d{1,2})(?:[.)]|\)\.)[ \t]+(?=[A-Z])"
)
# a list is a ranking when its heading says so
_LIST_RANKED = re.compile(
    r"(?i)\b(?:peringkat|pemeringkatan|urutan|ranking|rangking|tertinggi|terbaik|teratas|posisi|besar)\b"
)
_HEAD_PROVINCIAL = re.compile(
    r"(?<![\w])(?:[Ss]e-\s?[A-Z]|[Ss]e-?[Pp]rovinsi|[Tt]ingkat [Pp]rovinsi|di [Pp]rovinsi [A-Z])"
)
_LIST_REVERSE = re.compile(r"(?i)\b(?:terendah|terbawah|terburuk)\b")
_NUM = re.compile(r"(?<![\w.,/:-])(\d{1,3})(?:([.,])(\d{1,2}))?(?![\w]|[.,/:]\d)")
# "dari 34 provinsi", "dari 416 kabupaten": the field a rank is counted in
_TOTAL_AFTER = re.compile(r"(?i)(?<![\w])dari\s+(\d{2,3})\s+(provinsi|kabupaten|kota|pemerintah|pemda|daerah)(?![\w])")
_PROVINCIAL_FRAME = re.compile(r"(?i)(?<![\w])(?:se-\s?(?!indonesia|nasional)\w+|tingkat provinsi|di provinsi\s+\w+)")
# between the members of a list after "disusul": a score in brackets or after "nilai", then "," / "dan"
_NEXT_SEP = re.compile(r"(?:(?<=\d\))|(?<=\d))\s*(?:,\s*(?:dan\s+|serta\s+)?|(?:dan|serta)\s+)(?=[A-Z])")

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


class RankFinders:
    def _load_ranks(self, v: dict) -> None:
        """Ranks ("peringkat ke-3 dari 14", "tertinggi se-X"), ranks named by their neighbours, scope words."""
        nw = words_alt(self.num_words)
        ords = words_alt(v["ordinals"])
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        self.rank_re = re.compile(
            rf"(?<![\w])(?:di\s?)?(?:{words_alt(v['rank_heads'])})\s+(?:ke[-\s]?\s*|(?:{words_alt(v.get('rank_number_before', []))})\s*)?(?P<n>\d{{1,3}}(?![\d,.]\d)|{nw}|(?-i:{'|'.join(sorted(_ROMAN, key=len, reverse=True))}))(?![\w])"
            rf"(?P<tot>\s+(?:secara\s+nasional\s+)?dari\s+(?P<total>\d{{1,3}})(?:\s+(?P<noun>kabupaten/kota|kabupaten|kota|provinsi|pemda|pemerintah daerah|daerah|kementerian/lembaga|kementerian|lembaga))?)?",
            I,
        )
        # a relative clause with a state after a group noun describes the group ("dari 14 pemkab/pemkot di Jawa
        # Timur yang masuk zona hijau")
        self.described = re.compile(
            rf"(?:\s+(?:di|se-?)\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+yang\s+(?:juga\s+|sudah\s+|telah\s+)?"
            rf"(?:{words_alt(v.get('group_state_verbs', []))})(?![\w])"
        )
        self.rank_more = re.compile(
            rf"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)(?:ke[-\s]?\s*)?(?P<n>\d{{1,2}}(?![\d,.]\d)|{ords})(?![\w])",
            I,
        )
        self.rank_after_re = re.compile(
            # "tertinggi 96,30" is a score, not a rank: the number must not go on with a decimal
            rf"(?<![\w])(?:{words_alt(v['rank_after'])})\s+(?:ke[-\s]?\s*)?(?P<n>\d{{1,2}}(?![\d,.]\d)|{nw})(?![\w])",
            I,
        )
        self.rank_first_re = re.compile(
            rf"(?<![\w])(?:{words_alt(v['rank_heads'])})\s+(?:{words_alt(v['rank_first_words'])})(?![\w])", I
        )
        self._load_best_ranks(v)
        self.rank_next_re = (
            re.compile(rf"(?<![\w])(?:{words_alt(v.get('rank_next_words', []))})(?:\s+oleh)?(?![\w])", I)
            if v.get("rank_next_words")
            else None
        )
        last = v.get("rank_last_words", [])
        self.rank_last_re = re.compile(rf"(?<![\w])(?:{words_alt(last)})(?![\w])", I) if last else None
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
        behind = v.get("rank_behind_words", [])
        # "peringkat kedua (secara nasional), di bawah Provinsi X"
        self.rank_behind = (
            re.compile(rf"(?:\s+(?:secara\s+|tingkat\s+)?nasional)?\s*,?\s*(?:{words_alt(behind)})\s+(?=[A-Z])", I)
            if behind
            else None
        )
        self.rank_not_after = re.compile(rf"^\s*(?:{words_alt(v['rank_not_after'])})\b", I)
        self.enum_re = re.compile(
            rf"(?<![\w])(?P<n>{ords})(?=\s*,|\s+(?:{words_alt([w for w in v['enumeration_after'] if w != ','])})\b"
            rf"|\s+(?-i:(?:{words_alt(v.get('enumeration_before_entity', []))})\s+[A-Z]))",
            I,
        )  # not "kedua Kabupaten tersebut"
        self.has_ranking = re.compile(rf"\b(?:{words_alt(v['rank_heads'])})\b", I)
        self.national = re.compile(rf"(?<![\w])(?:{words_alt(v['scope_national'])})(?![\w])", I)
        self.provincial = re.compile(
            r"(?<![\w])(?:se-?\s?(?:provinsi\s+)?[A-Z]\w+|tingkat provinsi|di provinsi\s+[A-Z]\w+|se-provinsi)", I
        )

    def _load_best_ranks(self, v: dict) -> None:
        """First places written as "the best/highest in ...", with the field they top."""
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        # "menjadi yang tertinggi di Maluku", "jadi Kabupaten dengan tingkat kepatuhan ... tertinggi di Provinsi NTB",
        # "dinobatkan sebagai kota dengan pelayanan publik terbaik se-Provinsi X": first in that field
        self.best_in_re = re.compile(
            rf"(?<![\w])(?:{words_alt(v.get('best_in_links', ['menjadi', 'sebagai', 'merupakan']))})\s+"
            rf"(?:yang\s+|(?:{words_alt(v.get('best_in_nouns', []) or ['daerah'])})\s+(?:dengan\s+)?[^.,;:!?\n\d]{{0,70}}?)?"
            r"(?:tertinggi|terbaik|teratas)(?=\s+(?:di|se-?)\s*[A-Z])",
            I,
        )
        # "meraih nilai tertinggi se-Jabar dengan/,/.", "nilai tertinggi se-Jabar diraih": first place
        # only with the field it tops written out: "Dinas Kesehatan mencatat nilai tertinggi dengan skor
        # 84,92" compares a government's own units, which is no ranking
        scope_tail = r"\s+(?:se-?\s?[A-Z][\w-]*(?:\s+[A-Z]\w*)?|di\s+[A-Z][\w-]*(?:\s+[A-Z]\w*)?|secara\s+nasional|tingkat\s+(?:provinsi|nasional)|nasional)"
        # "predikat kepatuhan tertinggi kategori kabupaten diraih X": the field it tops, written after it
        field_tail = r"\s+(?:untuk\s+)?(?:kategori|klaster|tingkat)\s+(?:pemerintah\s+)?(?:provinsi|kabupaten|kota|kementerian|lembaga)"
        self.best_score_re = (
            re.compile(
                rf"(?<![\w])(?:(?:{words_alt(v.get('best_score_verbs', []))})\s+(?P<a>(?:nilai|skor)(?:\s+kepatuhan)?\s+(?:tertinggi|terbaik))"
                rf"(?={scope_tail}(?:\s+(?:dengan|yakni|yaitu|sebesar|untuk|pada|dalam|dari)\b|\s*[,.(]))"
                rf"|(?P<b>(?:nilai|{words_alt(v.get('best_nouns', []) or ['skor'])})(?:\s+kepatuhan)?\s+(?:tertinggi|terbaik))"
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
        self.field_before = re.compile(
            r"(?i)\b(?:tingkat|kategori|klaster)\s+(?:pemerintah\s+)?(?:provinsi|kabupaten|kota|pemerintah\s+daerah|"
            r"kementerian|lembaga|nasional)\b"
        )

    def _scope(self, text: str, s: int, e: int, total: int | None, noun: str | None) -> str | None:
        # provinces, ministries and agencies are only ever ranked against the whole country
        if noun and noun.lower() in ("provinsi", "kementerian", "lembaga", "kementerian/lembaga"):
            return "nasional"
        if total is not None and total >= self.v["national_total_min"]:
            return "nasional"
        low = self._low[1] if self._low is not None and self._low[0] is text else None
        window = re.split(r"[.,;]\s", text[e : e + 50])[0]
        back = re.split(r"[.,;]\s", text[max(0, s - 30) : s])[-1]
        # the same pieces of the lower-cased text, for the folded patterns (casefold.py)
        lwin = None if low is None else re.split(r"[.,;]\s", low[e : e + 50])[0]
        lback = None if low is None else re.split(r"[.,;]\s", low[max(0, s - 30) : s])[-1]
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

    def ranks(self, text: str) -> list[Value]:
        low = lowered(text)
        self._low = (text, low)  # for _scope
        # the scans below read offsets and number words only: run on the lower-cased text when exact
        rank_after_re, rtext = pick(self.rank_after_re, text, low)
        best_in_re, btext = pick(self.best_in_re, text, low)
        rank_first_re, ftext = pick(self.rank_first_re, text, low)
        out = []
        for m in self.rank_re.finditer(text):
            n = self._num(m.group("n"))
            if not n or self.rank_not_after.match(text[m.end("n") :]) or n > 600:
                continue
            total = int(m.group("total")) if m.group("total") else None
            if total is not None and total < n:
                continue
            scope = self._scope(text, m.start(), m.end(), total, m.group("noun"))
            out.append(Value("rank", n, m.start(), m.end(), scope=scope))
            pos = m.end("n")
            # "Urutan pertama dan kedua masing-masing X dan Y", "peringkat 4, 5 dan 6 ditempati ..."
            while total is None and (more := self.rank_more.match(text, pos)) and self._num(more.group("n")):
                out.append(Value("rank", self._num(more.group("n")), more.start("n"), more.end("n"), scope=scope))
                pos = more.end()
        for m in rank_after_re.finditer(rtext):
            n = self._num(m.group("n"))
            if n and not self.rank_not_after.match(text[m.end() :]):
                out.append(
                    Value("rank", n, m.start(), m.end(), scope=self._scope(text, m.start(), m.end(), None, None))
                )
        for m in best_in_re.finditer(btext):  # "menjadi yang tertinggi di Maluku" -> first in the province
            scope = (
                "nasional" if re.match(r"(?i)\s*(?:di|se-?)\s*(?:indonesia|nasional)", text[m.end() :]) else "provinsi"
            )
            out.append(Value("rank", 1, m.start(), m.end(), scope=scope))
        for m in rank_first_re.finditer(ftext):
            out.append(Value("rank", 1, m.start(), m.end(), scope=self._scope(text, m.start(), m.end(), None, None)))
        if search_in(self.has_ranking, text, low, 0, len(text)):
            for m in self.enum_re.finditer(text):
                before = text[max(0, m.start() - 12) : m.start()]
                if re.search(r"(?:^|[.;:!?\n]\s*|(?<![\w])dan\s+|,\s*)$", before) or m.start() == 0:
                    out.append(Value("rank", self._num(m.group("n")), m.start(), m.end()))
        if self.best_score_re is not None:
            for m in self.best_score_re.finditer(text):
                g = "a" if m.group("a") else "b"
                out.append(
                    Value("rank", 1, m.start(g), m.end(g), scope=self._scope(text, m.start(g), m.end(g), None, None))
                )
        if self.best_score_bare_re is not None:
            for m in self.best_score_bare_re.finditer(text):
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
        out.extend(self.list_ranks(text))
        out.extend(self.last_ranks(text))
        out.extend(self.above_ranks(text))
        # a rank phrase never runs over a line break ("kualitas tertinggi\n2. Kabupaten ..." is a list number)
        out = self._dedupe([v for v in out if "\n" not in text[v.start : v.end]])
        self._unscoped_in_sentence(text, out)
        return self._dedupe(out + self.next_ranks(text, out) + self.behind_ranks(text, out))

    def behind_ranks(self, text: str, ranks: list[Value]) -> list[Value]:
        """ "posisi nomor dua, setelah Kementerian Luar Negeri": the one named after "setelah" is
        first (one plain step; behind a third place the one ahead may be second or share it)."""
        out = []
        for r in ranks:
            m = self.rank_behind.match(text, r.end) if self.rank_behind is not None and r.value == 2 else None
            if m:
                # on the words before the name ("di bawah "), so the name after them is its holder
                out.append(Value("rank", 1, m.start(), m.end(), scope=r.scope, forward=True))
        return out

    def above_ranks(self, text: str) -> list[Value]:
        """ "Empat Pemprov lain di atas Pemprov Sumut": the one named after them is place N+1 (a value on
        the words before the name, so the name after them takes it)."""
        if self.above_re is None:
            return []
        out = []
        for m in self.above_re.finditer(text):
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
        found = list(self.rank_last_re.finditer(text))
        if not found:
            return []
        # a rank's own total ("urutan 32 dari 34 provinsi") sizes that rank's field, not the last place's
        counts = {
            self._num(m.group("n"))
            for m in self.field_count_re.finditer(text)
            if not re.search(r"\d\s*$", text[max(0, m.start() - 4) : m.start()])
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
        out = []
        for m in self.rank_next_re.finditer(text):
            prev = [r for r in ranks if r.end <= m.start() and not re.search(r"[.!?\n]\s", text[r.end : m.start()])]
            # "disusul oleh Kabupaten Kampar di peringkat ke-84": a place of its own in the clause wins
            clause_end = m.end() + (re.search(r"[,;.!?\n]|$", text[m.end() : m.end() + 120]).start())
            if any(m.end() <= r.start < clause_end for r in ranks):
                continue
            if prev and isinstance(prev[-1].value, int):
                out.append(Value("rank", prev[-1].value + 1, m.start(), m.end(), scope=prev[-1].scope))
                # "disusul Pemkab A (95,10) dan Pemkab B (94,80)": the places after it, in order
                stop = re.search(r"[.!?;\n](?:\s|$)|$", text[m.end() : m.end() + 300])
                for k, sep in enumerate(_NEXT_SEP.finditer(text, m.end(), m.end() + stop.start()), start=2):
                    out.append(Value("rank", prev[-1].value + k, sep.start(), sep.end(), scope=prev[-1].scope))
        return out

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

    def table_values(self, text: str, found: list[Value]) -> list[Value]:
        """A table flattened to text ("No<TAB>Pemda<TAB>Nilai<TAB>Zona" then one row a line, tabs or
        pipes between cells): the zone, grade, opinion and rank columns give values per row (the
        scores are numbers and are found anyway). A "No" column is a rank only when the scores fall."""
        out: list[Value] = []

        def columns(head_cells) -> dict:
            return {
                k: c
                for c, (_, cell) in enumerate(head_cells)
                for k, words in self.table_cols.items()
                if cell.strip().lower().rstrip(".") in words
            }

        for (pos, head_cells), rows in tables(text, columns):
            cols = columns(head_cells)
            head = text[max(0, pos - 200) : pos]
            scope = self._head_scope(head)
            scores = []
            for _rpos, rc in rows:
                sc = cols.get("score")
                m = _NUM.fullmatch(rc[sc][1].strip()) if sc is not None else None
                scores.append(float(f"{m.group(1)}.{m.group(3) or 0}") if m else None)
            falling = (
                (len(rows) >= 4 or _LIST_RANKED.search(head))
                and None not in scores
                and all(a > b for a, b in zip(scores, scores[1:]))
            )
            for (rpos, rc), _ in zip(rows, scores):

                def at(c):
                    off, cell = rc[c]  # noqa: B023 - called within this iteration
                    st = rpos + off + len(cell) - len(cell.lstrip())  # noqa: B023 - called within this iteration
                    return cell.strip(), st, st + len(cell.strip())

                if "zone" in cols:
                    z, a, b = at(cols["zone"])
                    z = re.sub(r"(?i)^zona\s+", "", z).lower()
                    if z in ("hijau", "kuning", "merah"):
                        out.append(Value("zone", z, a, b))
                if "grade" in cols:
                    g, a, b = at(cols["grade"])
                    if re.fullmatch(r"[A-E]", g):
                        out.append(Value("grade", g, a, b))
                    elif re.fullmatch(r"(?i)kualitas\s+(tertinggi|tinggi|sedang|rendah|terendah)", g):
                        out.append(Value("opinion", re.sub(r"\s+", " ", g.lower()), a, b))
                if "opinion" in cols:
                    o, a, b = at(cols["opinion"])
                    if re.fullmatch(r"(?i)(kualitas|kepatuhan)\s+(tertinggi|tinggi|sedang|rendah|terendah)", o):
                        out.append(Value("opinion", re.sub(r"\s+", " ", o.lower()), a, b))
                rank_col = cols.get("rank", cols.get("no") if falling else None)
                if rank_col is not None:
                    n, a, b = at(rank_col)
                    if n.rstrip(".").isdigit():
                        out.append(Value("rank", int(n.rstrip(".")), a, b, scope=scope))
        taken = {(v.kind, v.start) for v in found}
        return [v for v in out if (v.kind, v.start) not in taken]

    def _ranked_run(self, text: str, run: list[tuple[int, int]]) -> list[Value]:
        first = run[0][1]
        head = re.sub(
            r"\s*\d{1,2}(?:\)\.|[.)])[ \t]*$", "", text[max(0, first - 200) : first]
        )  # the line before the list
        head = re.split(r"(?<=[.!?])\s", head)[-1]
        # falling scores alone make no ranking: a list of a zone's members is often sorted by score
        # without the text ever calling it a ranking (RECORDS.md: order is no rank unless stated)
        if _LIST_REVERSE.search(head) or not _LIST_RANKED.search(head):
            return []
        lines = [text[p : text.find("\n", p) if "\n" in text[p:] else len(text)] for _, p in run]
        scores = []
        for ln in lines:
            m = next((m for m in _NUM.finditer(ln) if m.group(2)), None)
            scores.append(float(f"{m.group(1)}.{m.group(3)}") if m else None)
        # tied members of a ranked list share no place
        tied = {k for k, sc in enumerate(scores) if sc is not None and scores.count(sc) > 1}
        return [Value("rank", n, p, p, scope=self._head_scope(head)) for k, (n, p) in enumerate(run) if k not in tied]

    def _head_scope(self, head: str) -> str | None:
        """The scope a list's or table's heading states ("se-Kalsel", "tingkat nasional"), else None."""
        if self.national.search(head):
            return "nasional"
        return "provinsi" if _HEAD_PROVINCIAL.search(head) else None
