"""The year a value's own clause states (a mixin of ClaimYears, records/years.py): the year written nearest
the value in its clause, passing over years a comparison, an 'as of' phrase or a change from an earlier state names."""

from __future__ import annotations

import re
from extract.components.records.item_years import _bracketed_item_year, _member_item_year, _other_items_year
from extract.components.records.compared_members import COMPARED_YEAR, compared_members_year
from extract.components.records.years_said import SaidYears
from extract.components.records.reached_states import dates_an_earlier_state
from extract.components.years.earlier import EarlierCue, earlier_held_before, held_then
from extract.components.common.mentions import Value, YearMention

# "dari tahun lalu yang berada di zona kuning dengan nilai": a relative clause about the year, up to the value
OF_THAT_YEAR = re.compile(r"(?i)\s+yang\s[^,;.!?]*$")


def _resolve(y: YearMention, rel_base: int | None) -> int | None:
    """A year mention's year; a relative one ("tahun lalu") counts from `rel_base`."""
    if y.is_relative:
        return None if rel_base is None else rel_base + y.relative
    return y.year


class StatedYears(SaidYears):
    changed_from: re.Pattern[str] | None
    compared_members: re.Pattern[str] | None
    year_value_link: re.Pattern[str] | None
    earlier_cue: EarlierCue
    reached_cue: re.Pattern[str] | None

    def _stated_year(
        self,
        v: Value,
        sent: tuple[int, int],
        text: str,
        in_sent: list[YearMention],
        in_clause: list[YearMention],
        base: int | None,
        rel_base: int | None,
        clauses: dict | None,
        owner: int | None = None,
    ) -> tuple[int | None, YearMention | None]:
        """The year of a present state: written in its clause, else the last before it in its sentence,
        else the article's."""
        if (of_that := compared_members_year(self.compared_members, v, text, in_sent, owner)) is not None:
            return _resolve(of_that, rel_base), of_that  # "... ketimbang tahun lalu yang hanya A dan B"
        in_sent, in_clause = self._stated_candidates(v, text, in_sent, in_clause)
        if clauses is not None and clauses.get("owned"):
            # "X yang tahun lalu di zona merah naik dan menempati zona kuning": that year is the earlier state's
            passed = [
                y for y in in_sent if dates_an_earlier_state(text, y, v, owner, clauses["owned"], self.reached_cue)
            ]
            in_sent = [y for y in in_sent if y not in passed]
            in_clause = [y for y in in_clause if y not in passed]
        own_item = _bracketed_item_year(text, sent, in_sent, owner) or _member_item_year(text, v, sent, in_sent, owner)
        if own_item is not None:
            return _resolve(own_item, rel_base), own_item
        if (back := earlier_held_before(v, text, in_sent)) is not None:
            return _resolve(back, rel_base), back
        if in_clause:
            # an explicit year beats a relative phrase in the same clause ("dua tahun lalu pada 2022")
            in_clause = [y for y in in_clause if not y.is_relative] or in_clause
            before = [y for y in in_clause if y.start <= v.start]  # <=: a table cell's column year sits at its start
            y = before[-1] if before else in_clause[0]
            return _resolve(y, rel_base), y
        if self.as_of is not None and not any(y.end <= v.start for y in in_sent):
            # "A masuk zona kuning, lalu B masuk zona merah per 2018": the date of the whole statement
            anchors = [
                y for y in in_sent if not y.is_relative and self.as_of.search(text, max(0, y.start - 20), y.start)
            ]
            if anchors:
                return _resolve(anchors[0], rel_base), anchors[0]
        before = [y for y in in_sent if y.end <= v.start and not _other_items_year(text, y, v, sent, clauses, owner)]
        if before:
            last = before[-1]
            if last.is_relative:  # "Pada 2022, dua tahun lalu, nilai ...": the written year right beside it wins
                near = [
                    y
                    for y in before
                    if not y.is_relative
                    and abs(y.start - last.end) <= 40
                    or not y.is_relative
                    and abs(last.start - y.end) <= 40
                ]
                if near:
                    return _resolve(near[-1], rel_base), near[-1]
            return _resolve(last, rel_base), last
        return base, None

    def _stated_candidates(
        self, v: Value, text: str, in_sent: list[YearMention], in_clause: list[YearMention]
    ) -> tuple[list[YearMention], list[YearMention]]:
        """The years of the value's sentence and clause that may be a present state's (`_stated_year`)."""
        # "menjadi 88,40 dibanding tahun sebelumnya": the year compared with is not the value's, nor that of a
        # value told well after it ("meningkat dibandingkan tahun sebelumnya dengan rincian ... kategori A")
        compared = [
            y
            for y in in_sent
            if (y.end > v.start or v.start - y.end > 40) and COMPARED_YEAR.search(text, max(0, y.start - 20), y.start)
        ]
        in_clause = [y for y in in_clause if y not in compared]
        in_sent = [y for y in in_sent if y not in compared]
        # nor is an earlier state's year after it ("nilai 88,81, di mana sebelumnya pada tahun 2022 ..."), or
        # before it across the change ("naik dari 89 pada 2023 menjadi 92"; "tahun lalu yang meraih 91,57 menjadi 93")
        in_sent = [
            y
            for y in self._not_likened(text, v, in_sent)
            if not (y.earlier or held_then(text, y, v))
            or y.end <= v.start
            and not self.earlier_cue.crossed_to(text, y.end, v.start)
        ]
        in_clause = [y for y in in_clause if y in in_sent]
        if self.assessed_since is not None:  # "X yang dinilai sejak 2016 meraih zona hijau": when assessing began
            in_sent = [y for y in in_sent if not self.assessed_since.search(text, max(0, y.start - 40), y.start)]
            in_clause = [y for y in in_clause if y in in_sent]
        if self.changed_from is not None:  # "menurun dari tahun 2022 ... masuk zona kuning": compared with, wherever
            # ... unless the value is in a clause about that year ("naik dari tahun lalu yang berada di zona kuning")
            in_sent = [
                y
                for y in in_sent
                if not self.changed_from.search(text, max(0, y.start - 40), y.start)
                or y.end <= v.start
                and (
                    OF_THAT_YEAR.match(text, y.end, v.start)
                    or self.year_value_link is not None
                    and self.year_value_link.fullmatch(text, y.end, v.start)
                )
            ]
            in_clause = [y for y in in_clause if y in in_sent]
        if in_sent and self.now_cue is not None:
            # "yang sebelumnya hijau pada 2021 kembali meraih zona hijau": a year before "kembali"/"kini"
            # is the earlier state's, not the value's
            in_sent = [y for y in in_sent if y.end > v.start or not self.now_cue.search(text, y.end, v.start)]
            in_clause = [y for y in in_clause if y in in_sent]
        return in_sent, in_clause
