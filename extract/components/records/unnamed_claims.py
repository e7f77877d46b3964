"""The claims of a sentence naming no entity (a mixin of ClaimSentences, records/sentence.py): its values go to
the group it opens or speaks of (when the group's members are named after it), the subject it goes on with, or the
only government named (as an office or a place); and the members a collective word counts."""

from __future__ import annotations

import re
from collections.abc import Callable
from extract.components.records.province_offices import ProvinceOffices
from extract.components.records.recalled_groups import earlier_siblings
from extract.components.records.speaker_titles import SpeakerTitles
from extract.components.records.unit_owners import UnitOwners
from extract.components.records.walk import _Sentence, _Walk, weak_subjects
from extract.components.records.claims import CARRY, SHARED, Claim, _Group, _Listed, _within
from extract.components.common.mentions import EntityMention, GroupMarker, Value
from extract.types import CATEGORICAL

# one line of a vertical key-value block under an entity ("Nilai kepatuhan: 92,5", "Kategori: A")
KEY_VALUE_LINE = re.compile(r"^\s*[A-Za-z][\w ./()-]{0,40}?\s*[:;]\s*[^\n]{1,60}$")


class UnnamedClaims:
    # what the rest of RecordAssembler gives this part: the patterns component.py loads, its other parts' methods
    collective_all: re.Pattern[str] | None
    noun_heads: dict[str, tuple[str, ...]]
    general_verdict: re.Pattern[str] | None
    own_sphere: re.Pattern[str] | None
    group_place: re.Pattern[str] | None
    unit_owners: UnitOwners
    venue_after: re.Pattern[str] | None
    noun_types: dict[str, set[str]]
    outside: re.Pattern[str] | None
    speaker_titles: SpeakerTitles
    province_offices: ProvinceOffices
    _key: Callable[[EntityMention], tuple]
    _everyone: Callable[[str, GroupMarker], bool]
    _given_to: Callable[[str, Value, GroupMarker], bool]
    series_opener: re.Pattern[str] | None

    def _general_verdict(self, text: str, s: _Sentence, weak: dict) -> bool:
        """Is the sentence a verdict "in general" on a place's governments? Not when its one government is
        written with its level word right after "di lingkungan"/"di lingkup" ("seluruh layanan di lingkungan
        Pemkot X secara umum ..."): the verdict is on that government's own services."""
        if self.general_verdict is None or not s.found(self.general_verdict):
            return False
        e = next(iter(weak.values())) if len(weak) == 1 else None
        return not (
            e is not None
            and e.explicit_level
            and self.own_sphere is not None
            and self.own_sphere.search(text, max(0, e.start - 40), e.start)
        )

    def _group_listed(self, g: GroupMarker, si: int, sents, subjects, groups=()) -> bool:
        """Is a counted group ("10 Pemda zona hijau ...") followed by its members? At least half of
        them must be named in the next few sentences, before a larger group ("Sedangkan 10 lainnya
        meraih ... Adapun 13 ... yakni A, B, ...": the names are the 13's); otherwise the
        count is a statistic and its values belong to nobody in particular."""
        if not g.count:
            return True
        end = sents[min(len(sents) - 1, si + 6)][1]
        # (a later group larger than this one cannot be a part of it: its names are its own)
        end = min(
            [end] + [o.start for o in groups if o.start > g.end and o.count and not o.anaphoric and o.count > g.count]
        )
        named = {self._key(e) for e in _within(subjects, g.end, end)}
        return len(named) >= max(1, (g.count + 1) // 2)

    def _statistic(self, w: _Walk, s: _Sentence, g: GroupMarker) -> bool:
        """Are the values of a sentence opening a group no labels of its members? "Dari 35 kabupaten/kota, 33
        daerah sudah masuk zona hijau": a statistic ("Termasuk X" may follow, taking them); "sebagian besar SKPD
        di tiga kabupaten masuk zona merah": a verdict on most of the groups' units, no one's label."""
        if self.general_verdict is not None and s.found(self.general_verdict):
            w.unnamed = None
            return True
        if self._group_listed(g, s.index, w.sents, w.subjects, w.groups):
            return False
        w.unnamed = (s.index, [v for v in s.vals if v.kind in CATEGORICAL])
        return True

    def _group_place(self, text: str, e: EntityMention) -> bool:
        """Is e the place of a group ("lima dari 33 kabupaten/kota di Sumatera Utara (Sumut)") or of some of its
        units?"""
        if self.unit_owners.owner_only(text, e):
            return True  # "10 Polsek di Batam yang jadi rapor merah": the owner of the units spoken of
        return self.group_place is not None and bool(self.group_place.search(text, max(0, e.start - 50), e.start))

    def _of_kind(self, ents: list[EntityMention], g: GroupMarker) -> list[EntityMention]:
        """ "keempat kabupaten itu": the entities of the kind its noun names (all for "pemda", "daerah")."""
        kinds = self.noun_types.get(g.noun or "")
        return [e for e in ents if e.entity_type in kinds] if kinds else ents

    def _collective_members(self, si: int, listed: "_Listed | None", last_subjects: list, last_sent: int) -> list:
        """ "Seluruh sampel tersebut memperoleh kategori A": everyone listed since the group phrase
        ("tujuh unit ... yakni A, B, ... . Kemudian G ..."), else the subjects of the sentence before."""
        if listed is not None and si - listed.sentence <= 4 and len(listed.members) > 1:
            return list(listed.members.values())
        if si - last_sent <= 2:
            return list({self._key(e): e for e in last_subjects}.values())
        return []

    def _goes_on(self, sentence: str) -> bool:
        """A vertical block ("Nilai: 92,5" / "Opini: ..." / "Kategori: A") or a series of years ("Lalu
        pada 2023 kembali naik ke angka 90,18"): the subject carried to this sentence goes on after it."""
        return bool(
            KEY_VALUE_LINE.match(sentence) or self.series_opener is not None and self.series_opener.match(sentence)
        )

    def _named_again(self, w: _Walk, s: _Sentence) -> bool:
        """Does the sentence the subject is carried into name it again, and no one else, as a place or an office
        ("nilai ... di Pemkab X berada di zona kuning")? The subject then goes on after it ("nilainya 52")."""
        return {self._key(e) for e in _within(w.weak_ents, s.start, s.end)} == {self._key(w.last_subjects[0])}

    def _carried_on(self, w: _Walk, s: _Sentence) -> bool:
        """Does the last subject go on into this sentence? Not past a speaker's title naming another holder, nor
        into the result of a province office's stations or of Polri ("Kapolda X menyebut, empat dari 12 Polres
        jajaran masuk zona merah"), nor into one about the governments in its place."""
        # a quote closed in a later sentence is that sentence's speaker's ('"... kami ...," kata Wakil Bupati X')
        q_end = self.speaker_titles.quote_end(w.text, s.start, s.end)
        weak = weak_subjects(w, s, self.series_opener) if q_end is None else _within(w.weak_ents, s.start, q_end)
        return (
            not self.speaker_titles.titled(w.text, s.start, weak, q_end or s.end)
            and not self.province_offices.stations_hold(w.text, w.last_subjects[0], s.start, s.end)
            and not self._its_governments(w, s)
        )

    def _its_governments(self, w: _Walk, s: _Sentence) -> bool:
        """Does the sentence name the last subject as the place of a group ("Kabupaten/Kota di Sumsel yang masuk
        zona hijau ...")? It speaks of the place's governments, not of the subject."""
        key = self._key(w.last_subjects[0])
        return any(self._key(e) == key and self._group_place(w.text, e) for e in _within(w.weak_ents, s.start, s.end))

    def _unnamed_claims(self, w: _Walk, s: _Sentence, same: list[Value]) -> None:
        """A sentence naming no entity: its values go to a group, the last subject or the one government named."""
        text, si, s_vals, s_groups = w.text, s.index, s.vals, s.groups
        if s_vals and not s_groups:
            w.unnamed = (si, [v for v in s_vals if v.kind in CATEGORICAL])
        coll = [g for g in s_groups if g.anaphoric and g.count]
        fresh = [g for g in s_groups if not g.anaphoric]
        if (
            coll
            and s_vals
            and w.recent
            and self.outside is not None
            and self.outside.search(text, max(0, coll[0].start - 15), coll[0].start)
        ):
            w.unnamed = (si, [v for v in s_vals if v.kind in CATEGORICAL])  # "pemda di luar 5 pemda tersebut"
        elif (
            coll
            and s_vals
            and w.active is not None
            and not w.active.members
            and not w.active.values
            and w.active.left == coll[0].count
        ):
            # "... di tiga Polres di Sumut masih kurang baik. Ketiga Polres itu hanya meraih zona kuning.": the
            # group just counted, whose members are still to be named, not the last three named
            for v in s_vals:
                if v.kind in CATEGORICAL:
                    w.active.add(v)
        elif coll and s_vals and w.recent:
            for e in self._of_kind(w.recent, coll[0])[-(coll[0].count or 0) :]:
                for v in s_vals:
                    if v.kind in CATEGORICAL:
                        w.claims.append(Claim(e, v, SHARED, s.span))
        elif (
            s_vals
            and not s_groups
            and self.collective_all is not None
            and s.found(self.collective_all)
            and len(members := self._collective_members(si, w.listed, w.last_subjects, w.last_subject_sent)) > 1
        ):
            for e in members:
                w.claims.extend(Claim(e, v, SHARED, s.span) for v in s_vals if v.kind in CATEGORICAL)
        elif fresh and self._statistic(w, s, fresh[-1]):
            return
        elif fresh:
            g, w.active = fresh[-1], earlier_siblings(w, fresh, s_vals, self.noun_types, self.noun_heads)
            w.active = _Group.open(g, w.active, self._everyone(text, g))
            w.active.kinds, w.active.heads = self.noun_types.get(g.noun or ""), self.noun_heads.get(g.noun or "", ())
            w.listed = _Listed(si, g.end)
            for v in same:
                w.active.add(v, only_kind=True)
            for v in s_vals:
                if v.start > g.start or self._given_to(text, v, g):
                    w.active.add(v)
        elif (
            s_vals
            and len({self._key(e) for e in w.last_subjects}) == 1
            and si - w.last_subject_sent <= 2
            and not s_groups
            and self._carried_on(w, s)
        ):
            for v in s_vals:
                w.claims.append(Claim(w.last_subjects[0], v, CARRY, s.span))
            if self._goes_on(s.text) or self._named_again(w, s):
                w.last_subject_sent = si
        elif s_vals and not s_groups:
            # "Bupati Seluma ... menerima predikat zona hijau dengan nilai 91,25": the only
            # government the sentence names, even as an office or a place
            weak = {self._key(e): e for e in weak_subjects(w, s, self.series_opener)}
            # "kualitas pelayanan publik di Provinsi X secara umum ... opini kualitas tinggi": the place's
            # governments as a whole, not its own government
            general = self._general_verdict(w.text, s, weak)
            if len(weak) == 1 and not general and not self._group_place(w.text, e := next(iter(weak.values()))):
                if self.venue_after is not None and self.venue_after.match(w.text, e.end):
                    return  # where it was said ("di Banda Aceh, Kamis, mengatakan"), no holder
                for v in s_vals:
                    w.claims.append(Claim(e, v, CARRY, s.span))
                w.last_subjects, w.last_subject_sent = [e], si
