"""The years of the assembler's claims (a mixin of RecordAssembler, extract/components/records/component.py):
the year written in a value's clause, else before it in its sentence, else the article's; an
earlier state's year; years listed together; old labels in graded years (a zone kept reaching
the earlier year is kept_states.py)."""

from __future__ import annotations

import re
from collections import defaultdict

from extract.components.common.casefold import pick
from extract.components.common.needles import may_match
from extract.components.records.kept_since import kept_since
from extract.components.records.item_years import NAMED_YEARS
from extract.components.records.value_sentence import told_unchanged, value_sentence
from extract.components.records.claims import Claim, _within
from extract.components.years.earlier import EarlierCue
from extract.components.common.mentions import Value, YearMention
from extract.types import CATEGORICAL
from extract.components.records.stated_years import StatedYears, _resolve
from extract.components.records.reached_states import owned_values

# between two years listed together: "2022 dan 2023", "2019, 2021, dan 2022", "2022 serta 2023"
RANGE_SEP = re.compile(r"\s*[-–]\s*")
# a span of years each of which had the label: "berturut-turut", "tiap tahun", "N tahun"
_EACH_YEAR = re.compile(
    r"(?i)berturut|tiap\s+tahun|setiap\s+tahun|(?<![\w])(?:\d|dua|tiga|empat|lima|enam)\s+tahun(?!\s+20)"
)
# an earlier value's relative clause ending in its year: "73,18 yang masuk opini kualitas sedang pada tahun 2022"
_DESCRIBING = re.compile(r"(?i)\s+yang\s[^,;.!?\d]*\s(?:pada|di)\s+(?:tahun\s+)?$")
_DESCRIBED = 70  # characters: how far such a clause reaches
_INSIDE = re.compile(r"(?i)\bke\s+dalam\b")  # "masuk ke dalam kategori": where it was, no state reached
# ... and the two ends of a span written with words ("2016 hingga 2018", "2015 sampai 2017"): the
# results are read for the ends the text names (the years between are not stated; DECISIONS.md "Years");
# "sampai pada tahun 2019" too
YEAR_SEP = re.compile(
    r"\s*(?:,\s*(?:dan\s+|serta\s+)?|(?:dan|serta|&|hingga|sampai(?:\s+dengan)?)\s+(?:pada\s+)?)(?:tahun\s+)?",
    re.IGNORECASE,
)


class ClaimYears(StatedYears):
    # what the rest of RecordAssembler gives this part: the patterns and scheme records.py loads
    clause_split: re.Pattern[str]
    earlier_cue: EarlierCue
    graded_from: int
    graded_only_alias: set[str]
    bare_level_quality_from: int
    not_assessed: set[int]
    old_label_zone: dict[str, str]
    opinion_alias: dict[str, str]
    years_anaphor: re.Pattern[str] | None
    series_opener: re.Pattern[str] | None

    def _year_of(
        self,
        v: Value,
        sent: tuple[int, int],
        text: str,
        years: list[YearMention],
        base: int | None,
        rel_base: int | None = None,
    ) -> int | None:
        return self._pick_year(v, sent, text, years, base, rel_base)[0]

    def _pick_year(
        self,
        v: Value,
        sent: tuple[int, int],
        text: str,
        years: list[YearMention],
        base: int | None,
        rel_base: int | None = None,
        clauses: dict | None = None,
        owner: int | None = None,
    ) -> tuple[int | None, YearMention | None]:
        """The value's year and the mention it was read from (None: the article's year).

        `clauses` caches each sentence's clause breaks (the claims of one sentence share them);
        `owner` is where the claim's entity is named."""
        rel_base = base if rel_base is None else rel_base
        in_sent = _within(years, sent[0], sent[1])
        cs, ce = self._clause_around(v, sent, text, clauses)
        in_clause = [y for y in in_sent if cs <= y.start < ce]
        if v.prior:
            ahead = (clauses or {}).get("coming")
            return self._prior_year(v, text, in_sent, in_clause, base, rel_base, (clauses or {}).get("current"), ahead)
        return self._stated_year(v, sent, text, in_sent, in_clause, base, rel_base, clauses, owner)

    def _clause_around(self, v: Value, sent: tuple[int, int], text: str, clauses: dict | None) -> tuple[int, int]:
        """The clause of the sentence the value is in, as (start, end)."""
        cs, ce = sent
        breaks = None if clauses is None else clauses.get(sent)
        if breaks is None:
            breaks = [m.span() for m in self.clause_split.finditer(text, sent[0], sent[1])]
            if clauses is not None:
                clauses[sent] = breaks
        for k, (b_start, b_end) in enumerate(breaks):
            if b_end <= v.start:
                cs = b_end
            elif b_start >= v.end:
                ce = b_start
                if NAMED_YEARS.match(text, b_start):
                    # "dalam tiga kali penilaian pertama, yaitu 2016 hingga 2018": the years name the time said
                    ce = breaks[k + 1][0] if k + 1 < len(breaks) else sent[1]
                break
        return cs, ce

    def _describing_year(self, text: str, end: int, year_start: int) -> bool:
        """A year ending a relative clause about the earlier value, with no "to" word but "masuk ke dalam"
        (the category it was in) before it: "73,18 yang masuk ke dalam opini sedang pada tahun 2022"."""
        if not (end < year_start <= end + _DESCRIBED and _DESCRIBING.match(text, end, year_start)):
            return False
        return not self.earlier_cue.crossed_to(
            _INSIDE.sub(lambda m: " " * len(m.group()), text[end:year_start]), 0, year_start - end
        )

    def _event_year(self, text: str, end: int, y: YearMention) -> bool:
        """ "peringkat pertama dalam penilaian pelayanan publik tahun 2022": the assessment named with its year
        right after the earlier value, no state reached in between."""
        ev = getattr(self, "prior_event", None)
        if ev is None or y.is_relative or not end < y.start <= end + 100:
            return False
        return bool(ev.match(text, end, y.start)) and not self.earlier_cue.crossed_to(text, end, y.start)

    def _prior_year(
        self,
        v: Value,
        text: str,
        in_sent: list[YearMention],
        in_clause: list[YearMention],
        base: int | None,
        rel_base: int | None,
        current: list[int] | None = None,
        coming: int | None = None,
    ) -> tuple[int | None, YearMention | None]:
        """The year of an earlier state ("naik dari zona merah", "sebelumnya hijau"). In an article
        announcing the coming assessment, "sebelumnya" is before it: the latest results.

        "dari 25,98 persen pada 2022": the year written right after the earlier value;
        otherwise the year before the one the sentence speaks of ("Tahun 2024 ... naik dari zona merah")."""
        # ... or at the end of a clause that describes the earlier value, before any comma ("dari nilai 73,18
        # yang masuk opini kualitas sedang pada tahun 2022, naik menjadi ...")
        right_after = [
            y
            for y in in_clause
            if v.end <= y.start <= v.end + 25
            and not self.earlier_cue.crossed_to(text, v.end, y.start)
            or self._describing_year(text, v.end, y.start)
            or self._event_year(text, v.end, y)
        ]
        if right_after:
            return _resolve(right_after[0], rel_base), right_after[0]
        # "sebelumnya pada tahun 2022 mendapat nilai 79,35", "tahun lalu masih zona kuning": the
        # earlier year itself is written before the earlier value
        cued = self.earlier_cue.before(text, v.end) is not None  # "yang pada 2021 sebelumnya hijau"

        def last_year_itself(y: YearMention) -> bool:
            """ "tahun lalu" dates the earlier value itself, not a change reached from it ("Tahun lalu X
            meraih 82,50, naik dari 75,10"; "X tahun lalu naik dari zona merah ke zona kuning")."""
            if not (y.is_relative and y.relative < 0):
                return False
            dated_now = any(y.end <= p < v.start for p in current or ())
            reached = self.earlier_cue.to_side is not None and self.earlier_cue.to_side.match(text, v.end)
            return not dated_now and not reached

        own = [
            y
            for y in in_sent
            if y.end <= v.start
            and (y.earlier and v.start - y.end <= 60 or y in in_clause and (cued or last_year_itself(y)))
            and not (y.is_relative and y.relative >= 0)  # "Tahun ini X yang tadinya kuning ...": now, not then
        ]
        if own:
            return _resolve(own[-1], rel_base), own[-1]
        before = [y for y in in_sent if y.end <= v.start]
        if before and (before[-1].earlier or last_year_itself(before[-1])):
            # "Dibandingkan tahun lalu, nilai X naik dari 79,10": last year is the earlier state's year;
            # "A naik dari 89 pada 2023 menjadi 92, sementara B naik dari 87 menjadi 89": the earlier
            # year of a parallel change
            return _resolve(before[-1], rel_base), before[-1]
        # "kategori A seperti tahun lalu ... sebelumnya 97,72 menjadi 98,68": a "tahun lalu" said of something
        # else is no year the sentence reports; the change is from the year before the reported one
        said_of_else = bool(before) and self._said_alike(text, before[-1])
        reached = [
            y
            for y in in_sent
            if y.start >= v.end and not y.earlier and self.earlier_cue.crossed_to(text, v.end, y.start)
        ]
        if reached and not before:
            # "naik dari 70 menjadi 92 pada 2023": the year of the state reached; the change is from the one before
            return self._assessment_before(_resolve(reached[0], rel_base)), None
        ref = _resolve(before[-1], rel_base) if before and not said_of_else else base if coming is None else coming
        return self._assessment_before(ref), None

    def _opinion_for_year(self, v: Value | None, year: int) -> str | None:
        """An old label ("kepatuhan tinggi") for a result graded A-E (2022 on) is no opinion: it
        fills the zone only (see `_records`)."""
        if v is None or not isinstance(v.value, str):  # (an opinion's value is its label)
            return None
        if v.value.startswith("kualitas") and (v.bare or year < self.graded_from):  # "predikat tertinggi": graded only
            return v.value if year >= self.graded_from else None
        if v.bare and year >= self.bare_level_quality_from:  # "masuk kategori tinggi" in 2025: kualitas tinggi
            return f"kualitas {v.value.split()[-1]}"
        if v.value in self.graded_only_alias:  # "kepatuhan tertinggi": the top opinion from 2022 on only
            return self.opinion_alias.get(v.value) if year >= self.graded_from else None
        return None if year >= self.graded_from and v.value in self.old_label_zone else v.value

    def _assessment_before(self, year: int | None) -> int | None:
        """The assessment held before `year` (none was held in 2020)."""
        if year is None:
            return None
        year -= 1
        while year in self.not_assessed:
            year -= 1
        return year

    @staticmethod
    def _coordinated(y: YearMention, years: list[YearMention], text: str) -> list[YearMention]:
        """The written years listed together with y ("pada 2022 dan 2023", "2021, 2022 dan 2023")."""
        if y is None or y.is_relative:
            return [y] if y is not None else []
        absolute = [m for m in years if not m.is_relative]
        i = next((k for k, m in enumerate(absolute) if m is y), None)
        if i is None:
            return [y]
        lo = hi = i
        while lo > 0 and YEAR_SEP.fullmatch(text[absolute[lo - 1].end : absolute[lo].start]):
            lo -= 1
        while hi + 1 < len(absolute) and YEAR_SEP.fullmatch(text[absolute[hi].end : absolute[hi + 1].start]):
            hi += 1
        run = absolute[lo : hi + 1]
        if y.range_from is None:
            nxt = absolute[hi + 1] if hi + 1 < len(absolute) else None
            if nxt is not None and nxt.range_from == y.year and RANGE_SEP.fullmatch(text[y.end : nxt.start]):
                run = run + [nxt]  # "(2021-2023)" read from its first year
        out: list[YearMention] = []
        for m in run:
            if m.range_from is not None and m.year is not None:  # "2021-2023": every year of the span ...
                out = [o for o in out if o.year != m.range_from]
                # ... when each is said to have it ("tiga tahun berturut-turut (2021-2023)"); else the two
                # years written ("bertahan di zona merah selama kurun waktu 2015-2019", DECISIONS.md "Years")
                each = _EACH_YEAR.search(text, max(0, m.start - 120), min(len(text), m.end + 60))
                inner = range(m.range_from, m.year) if each else (m.range_from,)
                out += [YearMention(m.start, m.start, yy) for yy in inner]
            out.append(m)
        return out

    def _claim_years(
        self,
        claims: list[Claim],
        text: str,
        years: list[YearMention],
        base,
        rel_base,
        low: str | None = None,
        said_year: int | None = None,
        sents: list[tuple[int, int]] | None = None,
        coming: int | None = None,
    ):
        """The years of each claim. A value read from a list of years holds for each of them ("zona
        hijau pada 2019 dan 2021"), or, when the entity has as many values of that kind in the
        sentence as years are listed, respectively ("pada 2022 dan 2023 ... nilai 97,60 dan 98,17");
        so do the values of a sentence that refers back to the years just listed ("Pada dua tahun itu
        ... peringkat 1")."""
        clauses: dict = {
            "values": sorted(c.value.start for c in claims),
            "current": sorted(c.value.start for c in claims if not c.value.prior),
            "coming": coming,
            "owned": owned_values(claims),
        }
        picked = [
            self._pick_year(
                c.value,
                value_sentence(c, sents, text, years, self.relative_opener, self.series_opener, base),
                text,
                years,
                base,
                rel_base,
                clauses,
                c.entity.start,
            )
            for c in claims
        ]
        # (none of the anaphor's words in the article: no claim's sentence holds one, needles.py)
        anaphor = self.years_anaphor if self.years_anaphor is not None and may_match(self.years_anaphor, low) else None
        years_anaphor, atext = (None, None) if anaphor is None else pick(anaphor, text, low)
        out: list[list[int | None]] = [[y] for y, _ in picked]
        groups: dict[tuple, list[int]] = defaultdict(list)
        for i, (c, (_y, m)) in enumerate(zip(claims, picked)):
            run = self._coordinated(m, years, text) if m is not None else self._again_years(c, years, text, _y)
            if m is None and years_anaphor is not None and years_anaphor.search(atext, c.sentence[0], c.sentence[1]):
                run = self._previous_year_list(c.sentence[0], years, text)
            if len(run) > 1:
                groups[(self._key(c.entity), c.value.kind, c.sentence, tuple(r.year for r in run))].append(i)
        for (_, kind, _, run_years), idx in groups.items():
            run = [YearMention(0, 0, yy) for yy in run_years]
            idx.sort(key=lambda k: claims[k].value.start)
            if len(idx) == len(run):
                for k, m in zip(idx, run):
                    out[k] = [m.year]
            elif len(idx) == 1 and (kind != "score" or told_unchanged(text, claims[idx[0]].sentence)):  # "tetap 79"
                out[idx[0]] = [m.year for m in run]
        self._said_again(claims, picked, out, text, base, said_year, years)
        kept_since(claims, picked, out, text, self.kept_before, base)
        for i, (_y, m) in enumerate(picked):
            if m is not None and m.is_relative and out[i] == [_y] and _y in self.not_assessed:
                out[i] = [self._assessment_before(_y)]  # "tahun lalu" in 2021: 2019 (none was held in 2020)
        for i, (c, (_y, m)) in enumerate(zip(claims, picked)):
            if m is None and self._cumulative(text, c.value.start):
                out[i] = [None]
            elif (
                m is not None
                and m.range_from is not None
                and self.span_tally is not None
                and self.span_tally.match(text, m.end)
            ):
                out[i] = [None]  # a tally over the span, of no one year of it
            elif m is not None and self._held_since(c, m, text, base) and out[i] == [m.year]:
                out[i] = [m.year, base]
            elif (same := self._same_as_last_year(c, years, text)) is not None and len(out[i]) == 1 and rel_base:
                # "meraih zona hijau seperti tahun lalu": this year's label, and last year's
                now = rel_base if m is same or out[i][0] is None else out[i][0]
                then = rel_base + same.relative if same.is_relative else same.year
                if then is not None and now is not None and then < now:
                    out[i] = sorted({now, then}, reverse=True)
        return out

    def _again_years(self, c: Claim, years: list[YearMention], text: str, year: int | None) -> list[YearMention]:
        """ "Setelah dinilai tahun 2019 dan 2021, X kembali memperoleh zona hijau": a label said again
        after a list of years that ends with its own year holds for each of them."""
        if year is None or c.value.kind not in CATEGORICAL or self.now_cue is None:
            return []
        before = [y for y in _within(years, c.sentence[0], c.value.start) if not y.is_relative]
        if not before or not self.now_cue.search(text, before[-1].end, c.value.start):
            return []
        run = self._coordinated(before[-1], years, text)
        return run if len(run) > 1 and max(r.year for r in run if r.year is not None) == year else []

    def _previous_year_list(self, before: int, years: list[YearMention], text: str) -> list[YearMention]:
        """The last list of two or more written years before `before` (within a few sentences)."""
        prior = [m for m in years if not m.is_relative and m.end <= before and before - m.end <= 400]
        if not prior:
            return []
        return self._coordinated(prior[-1], years, text)
