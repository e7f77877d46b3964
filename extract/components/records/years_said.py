"""Years the article as a whole decides for the assembler's claims (a mixin of ClaimYears,
claim_years.py): "tahun lalu" naming the reported assessment again, a label said of a tally to date,
a label held since a year and kept now. Knowledge: models/values.yaml (held_twice_words,
cumulative_cues, tally_openers, tally_counts, label_since_words, year_as_of_before, surveyed_verbs,
assessed_passive_verbs, same_as_year_before)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.records.years_back import back_reference_patterns, referred_back
from extract.components.records.claims import PREFIX, Claim, _within
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention, Value, YearMention
from extract.types import CATEGORICAL

# the value reached by a change, "... menjadi 98,68" (the value right after), and a value changed from before it
_REACHED = re.compile(r"(?i)(?<![\w])(?:menjadi|jadi)\s+(?:(?:nilai|skor|sebesar|zona|kategori)\s+)?$")
_CHANGED_FROM_VALUE = re.compile(r"(?<![\d,.])\d{1,3}[,.]\d{1,2}(?![\d])|(?i:\bzona\s+\w+|\bkategori\s+[a-e]\b)")


class SaidYears:
    kept_before: re.Pattern[str] | None
    now_cue: re.Pattern[str] | None
    _key: Callable[[EntityMention], tuple]  # the assembler's entity key (claim_entities.py)

    def load_year_rules(self, v: dict) -> None:
        self._load_label_year_cues(v)
        self._load_likeness_cues(v)
        self._load_tally_cues(v)

    def _load_label_year_cues(self, v: dict) -> None:
        """Words tying a label to its years: held twice, since a year, assessed since or in a year, first time."""
        twice = v.get("held_twice_words", [])
        self.held_twice = re.compile(rf"(?i)(?<![\w-])(?:{words_alt(twice)})(?![\w-])") if twice else None
        since = v.get("label_since_words", [])
        self.since_label = re.compile(rf"(?i)(?<![\w])(?:{words_alt(since)})\s+(?:tahun\s+)?$") if since else None
        run = v.get("label_run_words", [])
        self.label_run = re.compile(rf"(?i)(?<![\w-])(?:{words_alt(run)})(?![\w-])") if run else None
        surveyed = v.get("surveyed_verbs", [])
        self.assessed_since = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(surveyed)})\s+(?:[\w.]+\s+){{0,2}}?"
                rf"(?:{words_alt(since + ['mulai'])})\s+(?:tahun\s+)?$"
            )
            if surveyed and since
            else None
        )
        done = v.get("assessed_passive_verbs", [])
        self.assessed_when = (
            re.compile(rf"(?i)(?<![\w])(?:{words_alt(done)})\s+(?:[\w.]+\s+){{0,2}}?(?:pada\s+|di\s+)?$")
            if done
            else None
        )
        first = v.get("first_time_words", [])
        # (beside it in its clause: "tahun lalu baru pertama kali", "pertama kali dinilai tahun lalu")
        self.first_time = re.compile(rf"(?i)(?<![\w])(?:{words_alt(first)})(?![\w])") if first else None

    def _load_likeness_cues(self, v: dict) -> None:
        """ "sama seperti tahun lalu", "predikat yang sama juga diperoleh pada 2021": a year likened to, not reported."""
        same = v.get("same_as_year_before", [])
        negations = v.get("negation_words", [])
        # "tidak seperti tahun lalu" is the opposite
        self.same_as = (
            re.compile(
                rf"(?i)(?<![\w]){''.join(f'(?<!{n} )' for n in negations)}(?:{words_alt(same)})\s+(?:pada\s+|di\s+)?(?:tahun\s+)?$"
            )
            if same
            else None
        )
        # ... with a year written out ("zona kuning sama seperti 2021"): a likeness word, not "serupa" (a thing done
        # alike: "melakukan hal serupa pada 2018")
        alike = [w for w in same if not w.startswith("serupa")]
        self.same_as_written = (
            re.compile(
                rf"(?i)(?<![\w]){''.join(f'(?<!{n} )' for n in negations)}(?<!hal )(?:{words_alt(alike)})\s+"
                rf"(?:pada\s+|di\s+)?(?:tahun\s+)?$"
            )
            if alike
            else None
        )
        # "predikat yang sama juga diperoleh pada 2021": the labels of the sentence were that written year's too
        # ("melakukan hal serupa pada 2021" is the same done, not the same labels got)
        same_n, same_w = v.get("same_as_before_nouns", []), v.get("same_as_before_words", [])
        done = "".join(f"(?<!{re.escape(d)} )" for d in v.get("same_as_before_not_after", []))
        self.same_then = (
            re.compile(
                rf"(?i)(?<![\w]){done}(?:{words_alt(same_n)})\s+(?:{words_alt(same_w)})(?![\w-])"
                rf"(?:\s+[\w-]+){{0,5}}?\s+(?:pada|di)\s+(?:tahun\s+)?$"
            )
            if same_n and same_w
            else None
        )

    def _load_tally_cues(self, v: dict) -> None:
        """Sentences going on with the year before, years as of, and tallies to date or over a span."""
        openers = v.get("relative_sentence_openers", [])
        # "Di mana Pemprov X meraih nilai 87,05.": a sentence opened by a relative word goes on with the one
        # before it, whose year it keeps
        self.relative_opener = re.compile(rf"(?i)\s*[\"“]?(?:{words_alt(openers)})(?![\w-])") if openers else None
        as_of = v.get("year_as_of_before", [])
        self.as_of = re.compile(rf"(?i)(?<![\w])(?:{words_alt(as_of)})\s+(?:tahun\s+)?$") if as_of else None
        ever, ends = v.get("cumulative_cues", []), v.get("earlier_cue_ends", [])
        # "yang pernah meraih zona hijau": the cue, then no clause break nor "kini"/"namun" before the value
        self.ever = (
            re.compile(rf"(?i)(?<![\w-])(?:{words_alt(ever)})(?![\w-])(?:(?![,;:]|\s(?:{words_alt(ends)})\s).)*$")
            if ever
            else None
        )
        openers, counts = v.get("tally_openers", []), v.get("tally_counts", [])
        numbers = words_alt(v.get("cardinals", {}))
        # "dengan demikian ... baru ada empat yang mendapat predikat hijau": a tally to date
        self.tally = (
            re.compile(
                rf"(?i)(?<![\w-])(?:{words_alt(openers)})(?![\w-]).{{0,60}}?(?<![\w-])(?:{words_alt(counts)})\s+"
                rf"(?:\d+|{numbers})(?![\w-])"
            )
            if openers and counts
            else None
        )
        self.back_opening, self.back_change = back_reference_patterns(v)
        # "sepanjang 2017 - 2019 sudah ada lima daerah yang meraih zona hijau": a tally over a span
        self.span_tally = (
            re.compile(rf"(?i)\s*,?\s*(?:{words_alt(counts)})\s+(?:\d+|{numbers})(?![\w-])") if counts else None
        )

    def _said_alike(self, text: str, y: YearMention) -> bool:
        """ "seperti tahun lalu": a year the sentence likens something to, not the one it reports."""
        return (
            y.is_relative
            and y.relative < 0
            and self.same_as is not None
            and bool(self.same_as.search(text, max(0, y.start - 30), y.start))
        )

    def _not_likened(self, text: str, v: Value, in_sent: list[YearMention]) -> list[YearMention]:
        """The years that may date v: not a year likened to, written before the state changed from
        ("kategori A seperti tahun lalu ... nilai yang sebelumnya 97,72 menjadi 98,68": 98,68 is the
        reported year's)."""
        reached = _REACHED.search(text, max(0, v.start - 40), v.start)
        if reached is None:
            return in_sent
        return [
            y
            for y in in_sent
            if not (
                y.end <= reached.start()
                and self._said_alike(text, y)
                and _CHANGED_FROM_VALUE.search(text, y.end, reached.start())
            )
        ]

    def _said_again(self, claims: list[Claim], picked: list, out: list[list[int | None]], text: str, *args) -> None:
        """Results told again: "tahun lalu" naming the reported assessment, a sentence referring back."""
        self._restated_last_year(claims, picked, out, text, *args)
        referred_back(claims, picked, out, text, self._key, self.back_opening, self.back_change)

    def _same_as_last_year(self, c: Claim, years: list[YearMention], text: str) -> YearMention | None:
        """ "X kembali meraih kategori A, sama seperti tahun lalu", "Seperti tahun lalu, X meraih zona
        hijau", "predikat yang sama juga diperoleh pada 2021": the label held the year before too; the
        "tahun lalu" (or the written year) that says so, if any."""
        if self.same_as is None or c.value.kind not in CATEGORICAL or c.value.prior:
            return None
        for y in _within(years, c.sentence[0], c.sentence[1]):
            if y.is_relative and y.relative >= 0:
                continue
            if y.is_relative and self.same_as.search(text, max(0, y.start - 30), y.start):
                return y
            # a year written out: "masih di zona kuning sama seperti 2021"
            if self.same_as_written is not None and self.same_as_written.search(text, max(0, y.start - 30), y.start):
                return y
            if self.same_then is not None and self.same_then.search(text, max(0, y.start - 80), y.start):
                return y
        return None

    def _held_since(self, c: Claim, m: YearMention | None, text: str, base: int | None) -> bool:
        """ "X mempertahankan zona hijau yang diraih sejak 2021": a label held since a year and kept now
        is that year's and the reported assessment's."""
        v = c.value
        return (
            m is not None
            and not m.is_relative
            and base is not None
            and m.year is not None
            and m.year < base
            and v.kind in CATEGORICAL
            and not v.prior
            and self.since_label is not None
            and bool(self.since_label.search(text, max(0, m.start - 15), m.start))
            and (
                self.kept_before is not None
                and bool(self.kept_before.search(text, max(0, v.start - 40), v.start))
                or self.now_cue is not None
                and bool(self.now_cue.search(text, c.sentence[0], c.sentence[1]))
                or self.label_run is not None
                and bool(self.label_run.search(text, c.sentence[0], c.sentence[1]))
            )
        )

    def _first_time(self, text: str, start: int, end: int) -> bool:
        """A first-time word in the clause right around the year mention at text[start:end]."""
        if self.first_time is None:
            return False
        after = re.split(r"[.,;!?\n]", text[end : end + 40], maxsplit=1)[0]
        before = re.split(r"[.,;!?\n]", text[max(0, start - 30) : start])[-1]
        return bool(self.first_time.search(after) or self.first_time.search(before))

    def _cumulative(self, text: str, pos: int) -> bool:
        """A label said of a tally to date ("baru ada empat yang pernah meraih zona hijau", "dengan
        demikian ... baru ada empat yang mendapat predikat hijau", "yang selama ini hijau"): of no one
        year, so it gives no record without a year written beside it."""
        if self.ever is None and self.tally is None:
            return False
        start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), pos - 150) + 1
        return bool(
            (self.ever is not None and self.ever.search(text, max(start, pos - 60), pos))
            or (self.tally is not None and self.tally.search(text, start, pos))
        )

    def _restated_last_year(
        self,
        claims: list[Claim],
        picked: list,
        out: list[list[int | None]],
        text: str,
        base,
        said_year,
        years: list[YearMention] | None = None,
    ) -> None:
        """ "Pemprov Bengkulu, yang pada 2021 lalu masuk zona hijau" + (later, in March 2022) "yang
        tahun lalu sudah masuk zona hijau": "tahun lalu" that gives an entity the very label it
        holds in the reported assessment, in another sentence, or that says when the assessing was done
        ("yang dinilai Ombudsman pada tahun lalu"), names that assessment again (it was held last year
        by the calendar), not the one before it; so do the article's other "tahun lalu"
        claims that no claim of the reported assessment contradicts. Not when the text is dated other
        than the year after the assessment, nor when a word says the label was held twice ("juga")."""
        if base is None or (said_year is not None and said_year - 1 != base):
            return
        reported = {
            (self._key(c.entity), c.value.kind, c.value.value): c.sentence
            for c, ys in zip(claims, out)
            if ys == [base] and c.priority <= PREFIX and not c.value.prior
        }
        this_year = [y for y in years or [] if y.is_relative and y.relative == 0]  # "tahun ini": a contrast
        said_again: list[int] = []
        others: list[int] = []
        for i, (c, (_y, m)) in enumerate(zip(claims, picked)):
            if m is None or not m.is_relative or m.relative != -1 or out[i] == [base] or c.value.prior:
                continue
            if self._first_time(text, m.start, m.end):
                said_again.append(i)  # "tahun lalu baru pertama kali dinilai": held once, in the reported year
                continue
            if self.held_twice is not None and self.held_twice.search(text, c.sentence[0], c.sentence[1]):
                continue
            sent = reported.get((self._key(c.entity), c.value.kind, c.value.value))
            # "lima polres yang dinilai Ombudsman pada tahun lalu": the assessing done last year
            assessed = (
                self.assessed_when is not None
                and self.assessed_when.search(text, max(0, m.start - 40), m.start)
                and not (self.now_cue is not None and self.now_cue.search(text, c.sentence[0], c.sentence[1]))
                and not any(y.relative == 0 for y in this_year if c.sentence[0] <= y.start < c.sentence[1])
            )
            (said_again if assessed or sent is not None and sent != c.sentence else others).append(i)
        if not said_again:
            return
        # a reporter uses "tahun lalu" in one sense through an article: once it names the reported
        # assessment, it does so for the others too, unless one would contradict that assessment
        held = {(self._key(c.entity), c.value.kind) for c, ys in zip(claims, out) if ys == [base]}
        for i in said_again + [k for k in others if (self._key(claims[k].entity), claims[k].value.kind) not in held]:
            out[i] = [base]
