"""The group phrases of the values component (a mixin of LabelFinders, values/labels.py): counted groups
('14 kabupaten/kota'), the others, the rest, collective words, which hand labels on to the members named later; not a
total, a round number, or where the assessment was done."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from extract.components.common.starts import finditer as from_starts
from extract.components.common.casefold import pick, scan
from extract.components.common.knowledge import spelt_right
from extract.components.common.mentions import GroupMarker, Value


# between two counted groups: the second is where the first lies ("empat puskesmas di tiga kabupaten")
_WHERE_GROUP_LIES = re.compile(r"(?i)\s+(?:(?:yang\s+)?tersebar\s+)?(?:di|pada)\s+")


# the members of a count without a noun: introduced later in its sentence ("..., yaitu A dan B": values/component.py
# `members_introduced`), or a short sentence right after it that only lists names ("Kementerian Agama dan Kemenlu.")
_NAMES_NEXT = re.compile(
    r"[^.!?\n]*[.!?]\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:\s*,\s*|\s+(?:dan|serta)\s+)[A-Z][^.!?\n]{0,60}[.!?]"
)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


class GroupFinders:
    # what the rest of Values gives this part (values.py and value_ranks.py load the patterns)
    v: dict
    spellings: dict[str, list[str]]
    described: re.Pattern[str]
    group_reference: re.Pattern[str] | None
    rest_re: re.Pattern[str]
    group_re: re.Pattern[str]
    group_more: re.Pattern[str]
    group_others: re.Pattern[str] | None
    group_approximate: re.Pattern[str] | None
    others_bare: re.Pattern[str] | None
    bare_held: re.Pattern[str] | None
    members_introduced: re.Pattern[str]
    collective_re: re.Pattern[str]
    surveyed: re.Pattern[str] | None
    _num: Callable[[str], int | None]

    def _members_follow(self, text: str, end: int) -> bool:
        return bool(self.members_introduced.match(text, end) or _NAMES_NEXT.match(text, end))

    def _surveyed_place(self, text: str, at: int, values: list[Value]) -> bool:
        """A count right after a survey verb and a place word says where the assessment was done, unless a
        label stands between them: "memberikan penilaian kategori tinggi kepada tujuh pemda" gives it to them."""
        sv = self.surveyed.search(text, max(0, at - 80), at) if self.surveyed is not None else None
        return sv is not None and not any(
            v.kind in ("zone", "grade", "opinion") and sv.start() < v.start < at for v in values
        )

    def groups(self, text: str, values: list[Value], low: str | None = None) -> list[GroupMarker]:
        # the patterns run on the lower-cased text when that is exact (casefold.py); the words
        # read from their groups are lower-cased anyway
        group_re, gtext = pick(self.group_re, text, low)
        group_more, mtext = pick(self.group_more, text, low)
        collective_re, ctext = pick(self.collective_re, text, low)
        out: list[GroupMarker] = []
        # a rank's or a score's own number ("90,10 (Hijau) Kabupaten ...") starts no group
        spans = sorted((v.start, v.end) for v in values if v.kind in ("rank", "score"))
        for m in group_re.finditer(gtext):
            if out and m.start() < out[-1].end:
                continue  # "3 kota" inside "5 kabupaten dan 3 kota": one group
            if out and _WHERE_GROUP_LIES.fullmatch(text, out[-1].end, m.start()):
                continue  # "empat puskesmas di tiga kabupaten": where the group before lies, no group of its own
            described = bool(self.described.match(text, m.end()))
            # "Empat Pemprov lain di atas X": the rank said of X, and a group of the others all the same
            if self.group_reference is not None and self.group_reference.match(text, m.end()):
                described = True
            if (_inside(m.start(), spans) and not described) or re.search(
                r"\d[.,]$", text[max(0, m.start() - 2) : m.start()]
            ):
                continue  # (a ranking's field described by a clause is a group: "ke-3 dari 14 pemda yang masuk zona hijau")
            if (
                re.search(
                    r"(?i)(?<![\w])(dari|sebanyak dari|antara)(?:\s+(?:total|jumlah|sejumlah|keseluruhan))?\s*$",
                    text[max(0, m.start() - 22) : m.start()],
                )
                and not described
            ):
                continue  # "dari (total) 24 kabupaten/kota": a total, not a group
            if self.group_approximate is not None and self.group_approximate.search(
                text, max(0, m.start() - 20), m.start()
            ):
                continue  # "sekitar 240 kantor pertanahan ... zona kuning": a round total, its members never named
            if re.search(r"(?i)(?<![\w])salah\s+$", text[max(0, m.start() - 7) : m.start()]):
                continue  # "X menjadi salah satu daerah yang meraih ...": X itself, one of them, not a group
            if not described and self._surveyed_place(text, m.start(), values):
                continue  # "survei yang kami lakukan di 13 kabupaten/kota": where it was done, not a group
            word = re.sub(r"\s+", " ", m.group("n").lower())
            ana = bool(m.group("ana")) or (word.startswith("ke") and not word.isdigit())
            count = self._num(word) if word != "sisanya" else None
            if word in self.v["collective_anaphora"]:
                count, ana = self.v["collective_anaphora"][word], True
            more = group_more.match(mtext, m.end())
            if more and count:
                count += (self._num(more.group("n")) or 0) if more.group("n") else 1
            end = m.end() if not more else more.end()
            out.append(
                GroupMarker(
                    m.start(),
                    end,
                    count,
                    anaphoric=ana,
                    noun=spelt_right(re.sub(r"\s+", " ", m.group("noun").lower()), self.spellings)
                    if not more
                    else None,
                    others=bool(self.group_others and self.group_others.match(text, end)),
                )
            )
        for m in scan(self.others_bare, text, fold=True) if self.others_bare is not None else ():
            if not any(g.start <= m.start() < g.end for g in out):
                out.append(GroupMarker(m.start(), m.end(), self._num(m.group("n").lower()), others=True))
        for m in scan(self.bare_held, text, fold=True) if self.bare_held is not None else ():
            if not any(g.start <= m.start() < g.end for g in out) and self._members_follow(text, m.end()):
                out.append(GroupMarker(m.start(), m.end("n"), self._num(m.group("n").lower())))
        # "..., selebihnya masuk dalam zona kuning, yaitu ...": the rest, a group of its own
        for m in scan(self.rest_re, text, fold=True):
            if not any(g.start <= m.start() < g.end for g in out):
                out.append(GroupMarker(m.start(), m.end(), None))
        for m in from_starts(collective_re, ctext, low=low):
            out.append(
                GroupMarker(
                    m.start(),
                    m.end(),
                    self.v["collective_anaphora"][re.sub(r"\s+", " ", m.group().lower())],
                    anaphoric=True,
                )
            )
        return sorted(out, key=lambda g: g.start)
