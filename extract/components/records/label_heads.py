"""Labels heading the entities after them (a mixin of ClaimOrder, records/order.py): a label before a colon, opening
a clause or followed by a list introducer heads the list; an exception or a reference point named beside a rank takes
nothing."""

from __future__ import annotations

import re
from extract.components.records.runs import ListRuns
from extract.components.records.behind_lists import BehindLists
from extract.components.records.earlier_heads import EarlierHeads
from extract.components.records.label_runs import LABEL_NOUN, SubjectHolds, label_run
from extract.components.records.walk import _Order, _Sentence
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention, Value

_COLON = re.compile(r"\s*:")


class LabelHeads:
    behind_ref: re.Pattern[str] | None
    behind_lists: BehindLists
    compared_ref: re.Pattern[str] | None
    exception: re.Pattern[str] | None
    exclusive_links: set[str]
    heading_intro: re.Pattern[str] | None
    label_clause: re.Pattern[str] | None
    label_link: re.Pattern[str]
    contrast: re.Pattern[str]

    def _load_label_heads(self, v: dict) -> None:
        """ "yang mendapat zona kuning hanya A dan B, sedangkan yang masuk zona merah C": labels heading a clause."""
        self.earlier_heads, self.list_runs, self.subject_holds = EarlierHeads(v), ListRuns(v), SubjectHolds(v)
        links, openers = v.get("label_heading_links", []), v.get("label_clause_openers", [])
        contrasts, self.exclusive_links = v.get("label_clause_contrasts", []), set(v.get("label_heading_exclusive", []))
        sequels, places = v.get("label_clause_sequels", []), v.get("label_clause_places", [])
        # "..., kemudian di zona hijau predikat tinggi ditempati C": a sequel word (and a place word) right before
        sequel = rf"|(?:{words_alt(sequels)})\s+(?:(?:{words_alt(places or ['di'])})\s+)?(?:{LABEL_NOUN}\s+)?"
        sequel = sequel if sequels else ""
        self.contrast = re.compile(rf"(?i)(?<![\w])(?:{words_alt(contrasts or ['sedangkan'])})(?![\w])")
        score = r"(?:dengan[ \t]+(?:nilai|skor)[ \t]+\d{1,3}[.,]\d{1,2}[ \t]+(?=\w))?"  # "kategori B dengan nilai 85,10 diraih Y"
        self.label_link = re.compile(rf"[ \t]*,?[ \t]*{score}(?:(?P<link>{words_alt(links)})[ \t]+)?", re.I)
        self.label_clause = (
            re.compile(
                rf"(?:(?<![\w])(?:(?:{words_alt(openers)})\s+(?:untuk\s+)?yang\s+[^,.;:]{{0,40}}"
                rf"|(?:{words_alt(contrasts or openers)})\s+(?:untuk\s+)?[^,.;:]{{0,15}}{sequel})"
                # "A, B dan C; zona kuning diraih D dan E": a semicolon closes the clause before the label
                r"|;[ \t]*)$",
                re.IGNORECASE,
            )
            if openers
            else None
        )

    def _excepted(self, text: str, e: EntityMention) -> bool:
        """Is e named as an exception whose own state is not told right after it ("kecuali C, masuk
        zona hijau", "semua hijau kecuali C")? "kecuali C yang masih kuning" tells C's own."""
        if self.exception is None or not self.exception.search(text, max(0, e.start - 15), e.start):
            return False
        return not re.match(r"\s*,?\s*yang\b", text[e.end : e.end + 12])

    def _behind_reference(self, text: str, current, e) -> bool:
        """ "X peringkat kedua, di bawah Provinsi Y, dengan nilai 94,01", "X meraih nilai lebih tinggi dari Kota Y, yakni
        80,03": Y, set off by a comma after a rank or comparison word, is the reference point (so is a behind list)."""
        if current is None or self.behind_lists.holds(text, current.end, e.start, e.end):
            return current is not None
        if not re.match(r"\s*,", text[e.end : e.end + 3]):
            return False
        lo = max(current.end, e.start - 40)
        return any(p is not None and p.search(text, lo, e.start) for p in (self.behind_ref, self.compared_ref))

    def _heads_after(self, text: str, v: Value, s: _Sentence, o: _Order) -> bool:
        """Does the label v head the entities after it rather than go to the entity before it? Before a colon
        always (_colon_heads); while no group collects, before a list introducer or opening its clause."""
        return (
            self._colon_heads(text, v, s, o.current)
            or not o.collecting
            and (
                self._heads_a_list(text, v, s, o.current)
                or self._opens_a_clause(text, v, s.ents, o.current, o.own.get(id(o.current), []))
            )
        )

    def _colon_heads(self, text: str, v: Value, s: _Sentence, current) -> bool:
        """ "Zona hijau: A, B dan C": a label before a colon heads the list after it, unless the subject named before
        it holds it and no one is named after it ("Situbondo Masuk Zona Hijau: Ombudsman Beri Penghargaan", a
        headline's own claim)."""
        if not _COLON.match(text, v.end, v.end + 3):
            return False
        return any(e.start > v.end for e in s.ents) or not self.subject_holds.held(text, v, current, s.groups)

    def _heads_a_list(self, text: str, v: Value, s: _Sentence, current) -> bool:
        """ "yang tetap di zona kuning yaitu Kantor Pertanahan A ...; B ...": a label followed by a list introducer
        and then at once by an entity heads the list (not the entity before it), unless that entity holds it."""
        m = self.heading_intro.match(text, v.end) if self.heading_intro is not None else None
        heads = m is not None and any(e.start == m.end() for e in s.ents)
        return heads and not self.subject_holds.held(text, v, current, s.groups)

    def _opens_a_clause(self, text: str, v: Value, ents: list, current, own: list[Value]) -> bool:
        """ "yang mendapat zona kuning hanya A dan B, sedangkan yang masuk zona merah C dan D": a label
        opening its clause (nobody named before it in the sentence, or a contrast and "yang" since the
        last one, before the run of labels it ends) and followed at once by an entity heads the entities after it."""
        if self.label_clause is None:
            return False
        m = self.label_link.match(text, v.end)  # (it matches the empty string too)
        if m is None or not any(e.start == m.end() for e in ents):
            return False
        exclusive = re.sub(r"\s+", " ", (m.group("link") or "").lower()) in self.exclusive_links
        return current is None or exclusive or self._new_clause(text, current, v, own)

    def _new_clause(self, text: str, current, v: Value, own: list[Value]) -> bool:
        """Does a clause word stand between `current` and the run of labels ending with `v`?"""
        assert self.label_clause is not None
        ends = (label_run(text, own, v)[2], v.start)
        return any(self.label_clause.search(text, current.end, end) for end in ends)
