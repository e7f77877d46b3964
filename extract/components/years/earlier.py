"""Words that put what follows them in an earlier state: "setelah sebelumnya masuk zona kuning
pada 2022", "yang sebelumnya pada tahun 2022 meraih nilai 70,10", "yang semula zona merah".

A year written after such a cue is the earlier state's year (not the year being reported), and a
value after it is the earlier state (`Value.prior`). Knowledge: models/values.yaml `earlier_cues`
(the cue words) and `earlier_cue_ends` (words after which the current state is spoken of again).
"""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value, YearMention

# how far a cue reaches forward (characters) and what ends its reach: a sentence or clause break
REACH = 60


class EarlierCue:
    def __init__(self, v: dict):
        cues, ends = v.get("earlier_cues", []), v.get("earlier_cue_ends", [])
        # "tahun sebelumnya" is a relative year (years.py), not this cue; "Sebelumnya, ..." opens a
        # sentence about earlier news, not an earlier state
        self.cue = (
            re.compile(
                rf"(?i)(?<![\w])(?<!tahun\s)(?<!periode\s)(?<!penilaian\s)(?:{words_alt(cues)})(?![\w])"
                rf"(?P<gap>[^.;:!?\n]{{0,{REACH}}})$"
            )
            if cues
            else None
        )
        self.ends = re.compile(rf"(?i)(?<![\w])(?:{words_alt(ends)})(?![\w])") if ends else None
        # "Sebelumnya Pemkot Batam dan Provinsi Kepri berada di zona kuning": the cue opening a sentence whose
        # subject is a list of names and whose verb is a state one (not "Sebelumnya, Ombudsman menyerahkan")
        states = v.get("earlier_opener_state_verbs", [])
        self.opener_heads = tuple(c.lower() for c in cues)
        self.opened_state = (
            re.compile(
                rf"\W*(?i:{words_alt(cues)})\s*,?\s+(?:(?:[A-Z][\w.'-]*|dan|serta|&)[\s,]+){{1,12}}?"
                rf"(?i:{words_alt(states)})(?![\w])[^.;:!?\n,]{{0,30}}$"
            )
            if cues and states
            else None
        )
        # "dari 89 pada 2023 menjadi 92", "naik dari zona kuning di tahun 2022 ke zona hijau": the year of
        # the "from" side of a change
        froms, tos = v.get("comparator_from", []), v.get("comparator_to", [])
        # (a word of the "from" side: no "to" word, after which the year is the state reached's, "dari 70
        # menjadi 92 pada 2023")
        word = rf"(?!(?:{words_alt(tos)})\s)[\w,.]+\s+" if tos else r"[\w,.]+\s+"
        self.from_side = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(froms)})\s+(?:{word}){{1,3}}"
                rf"(?:pada\s+|di\s+)?(?:tahun\s+)?$"
            )
            if froms
            else None
        )
        # "naik dari posisi 28 pada tahun 2023.": a change verb before "dari" makes the year the "from"
        # side even when the state reached is told before it ("peringkat 21, naik dari ...")
        verbs = v.get("comparator_change_verbs", [])
        self.changed_from = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(verbs)})\s+(?:\w+\s+)?(?:{words_alt(froms)})\s+(?:{word}){{1,3}}"
                rf"(?:pada\s+|di\s+)?(?:tahun\s+)?$"
            )
            if verbs and froms
            else None
        )
        self.to_side = re.compile(rf"(?i)\s*,?\s*(?:{words_alt(tos)})(?![\w])") if tos else None
        self.to_word = re.compile(rf"(?i)(?<![\w])(?:{words_alt(tos)})(?![\w])") if tos else None
        # "dibandingkan penilaian tahun 2021, nilai ... turun dari 73,95 menjadi 67,18": the year compared with
        comp = v.get("earlier_compared", [])
        self.compared = (
            re.compile(
                rf"(?i)(?<![\w])(?:{words_alt(comp)})[,:]?\s+(?:dengan\s+)?(?:(?:pada|hasil|penilaian|survei|survey|tahun)\s+){{0,3}}$"
            )
            if comp
            else None
        )

    def before(self, text: str, pos: int) -> re.Match | None:
        """The cue whose reach covers `pos` (the start of a year or a value), if any."""
        if self.cue is None:
            return None
        m = self.cue.search(text, max(0, pos - REACH - 12), pos)
        if m is None or self._sentence_opener(text, m.start()):
            return None
        if self.ends is not None and self.ends.search(m.group("gap")):
            return None
        return m

    def opens_state(self, text: str, pos: int) -> bool:
        """The value at `pos` is told in a sentence opened by the cue, of the names its subject lists
        ("Sebelumnya Pemkot Batam, Tanjungpinang dan Pemprov Kepri masih di zona kuning")."""
        if self.opened_state is None:
            return False
        start = max(text.rfind(c, max(0, pos - 200), pos) for c in '.!?\n"“') + 1
        if not text[start:pos].lstrip(' "“').lower().startswith(self.opener_heads):
            return False
        m = self.opened_state.match(text, start, pos)
        return m is not None and not (self.ends is not None and self.ends.search(text, start, pos))

    def year_is_earlier(self, text: str, start: int, end: int) -> bool:
        """The year at text[start:end] is an earlier state's: after a cue, or the "from" side of a change."""
        if self.before(text, start) is not None:
            return True
        if self.compared is not None and self.compared.search(text, max(0, start - 50), start):
            return True
        if self.changed_from is not None and self.changed_from.search(text, max(0, start - 60), start):
            return True
        return self.from_to(text, start, end)

    def from_to(self, text: str, start: int, end: int) -> bool:
        """The mention at text[start:end] sits on the "from" side of a change: "naik dari 90,15 pada tahun
        lalu menjadi 93,40" ("tahun lalu" dates 90,15, not 93,40)."""
        return (
            self.from_side is not None
            and self.to_side is not None
            and bool(self.from_side.search(text, max(0, start - 50), start))
            and (bool(self.to_side.match(text, end)) or self._change_follows(text, end))
        )

    def from_side_of_change(self, text: str, start: int, end: int) -> bool:
        """ "naik dari tahun lalu menjadi 85": a relative year written right after "dari" and before "menjadi"."""
        return (
            self.to_side is not None
            and bool(re.search(r"(?i)(?<![\w])dari\s+$", text[max(0, start - 8) : start]))
            and bool(self.to_side.match(text, end))
        )

    def _change_follows(self, text: str, end: int) -> bool:
        """ "dari penilaian tahun 2021 kemarin dari zona kuning menjadi zona merah": the year's own change, told
        right after it, from a state to another."""
        m = _CHANGE_AFTER.match(text, end)
        if m is None or self.to_word is None:
            return False
        to = self.to_word.search(text, m.end(), m.end() + 40)
        return to is not None and not re.search(r"[.;:!?\n]", text[m.end() : to.start()])

    def crossed_to(self, text: str, start: int, end: int) -> bool:
        """A "to" word ("menjadi", "ke") between start and end: what follows is the state reached."""
        return self.to_word is not None and bool(self.to_word.search(text, start, end))

    @staticmethod
    def _sentence_opener(text: str, start: int) -> bool:
        """ "Sebelumnya Ombudsman telah ...": the cue opening its sentence dates the news, not a state."""
        head = text[max(0, start - 3) : start]
        return start == 0 or bool(re.search(r"(?:[.!?]\s*|\n\s*)$", head)) or head.strip() in ("", '"', "“")


# after a year on the "from" side: the change it starts from ("2019 lalu dari zona hijau ...")
_CHANGE_AFTER = re.compile(r"(?i)\s*(?:lalu\s*)?,?\s*dari\s+")
# "tahun sebelumnya yang meraih nilai 88,40": what that year held, told right after it
_HELD_THEN = re.compile(r"\s*,?\s*yang\s+(?:[a-z]+\s+){1,3}", re.IGNORECASE)


def held_then(text: str, y: YearMention, v: Value) -> bool:
    """A relative earlier year before v told what it held ("tahun sebelumnya yang meraih nilai 91,57")."""
    return y.is_relative and (y.relative or 0) < 0 and y.end <= v.start and bool(_HELD_THEN.match(text, y.end))


def earlier_held_before(v: Value, text: str, in_sent: list[YearMention]) -> YearMention | None:
    """ "Pemkab X pada penilaian tahun 2023 naik 2,10 poin dibandingkan tahun sebelumnya yang meraih nilai
    88,40 menjadi 90,50": a relative earlier year ("tahun sebelumnya") the last before the value in its
    sentence, with no written year beside it, dates the value it holds ("yang meraih nilai 88,40")."""
    before = [y for y in in_sent if y.end <= v.start]
    if not before or not before[-1].is_relative or (before[-1].relative or 0) >= 0:
        return None
    back = before[-1]
    if any(not y.is_relative and (abs(y.start - back.end) <= 15 or abs(back.start - y.end) <= 15) for y in in_sent):
        return None  # "Pada 2022, dua tahun lalu, nilai ...": the written year beside it
    return back if _HELD_THEN.fullmatch(text, back.end, v.start) else None


_INTO = re.compile(r"(?i)\s*,?\s*(?:menjadi|jadi)\s+(?:(?:nilai|skor|sebesar|zona|kategori)\s+)?")


def changed_into(text: str, v: Value, later: list[Value]) -> bool:
    """ "yang nilainya 91,57 menjadi 93,58", "sebelumnya kategori B menjadi kategori A": the value
    right before "menjadi" and another of its kind is the state changed from."""
    m = _INTO.match(text, v.end)
    return m is not None and any(o.kind == v.kind and o.start == m.end() for o in later)
