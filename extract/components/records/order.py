"""The claims of one sentence's mentions in text order (a mixin of RecordAssembler, records/component.py): a
value goes to the entity before or after it or to the pending group; a label can head the entities after it; values
'masing-masing' go in order; a list shares its last member's labels, and 'bersama' hands them on."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.records.runs import LIST_TAIL, _scores_only
from extract.components.records.behind_lists import BehindLists
from extract.components.records.label_runs import label_run
from extract.components.records.name_first_ranks import name_first_rank_run
from extract.components.records.recalled_groups import recalled, rest_of_active
from extract.components.records.score_first import ScoreFirstRuns
from extract.components.records.walk import _Order, _Sentence, _Walk
from extract.components.records.claims import GROUP, OWN, PREFIX, SHARED, Claim, _Group, _Listed, _search
from extract.components.common.mentions import EntityMention, GroupMarker, Value
from extract.types import CATEGORICAL
from gazetteer import REGIONAL_TYPES
from extract.components.records.label_heads import LabelHeads

# "baik X maupun 22 kabupaten/kota lain": an entity and a group paired
_BOTH_BEFORE = re.compile(r"(?i)(?<![\w])baik\s+$")
_BOTH_BETWEEN = re.compile(r"(?i)\s*(?:\([^()]{1,20}\)\s*)?,?\s*maupun\s+")
_PASSIVE_RANK_LINK = re.compile(r"(?i)\s*(?:di(?:raih|tempati|duduki)(?:\s+oleh)?|adalah|yakni|yaitu)\s*$")
# between an entity's score and the rank that is its own: "63,49 berada di posisi 113", "60,41, posisi 121"
_SCORE_THEN_RANK = re.compile(
    r"(?i)\)?\s*,?\s*(?:(?:dan|serta)\s+)?(?:(?:berada|menempati|menduduki|duduk|ada)\s+)?(?:(?:di|pada)\s*)?"
)
_RELATIVE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?yang\s")  # "X (Kalbar) yang memperoleh ..."
RESPECTIVELY = re.compile(r"(?i)(?<![\w-])(?:masing-masing|masing masing|berturut-turut)(?![\w-])")
EACH = re.compile(r"(?i)masing")
ALSO = re.compile(r"(?i)(?<![\w])juga(?![\w])")


class ClaimOrder(LabelHeads):
    # what the rest of RecordAssembler gives this part: the patterns records.py loads, its other parts' methods
    beaten: re.Pattern[str] | None
    behind_lists: BehindLists
    forward_link: re.Pattern[str]
    award_to: re.Pattern[str]
    award_before: re.Pattern[str]
    generic: re.Pattern[str] | None
    generic_member: re.Pattern[str] | None
    generic_owner: re.Pattern[str] | None
    group_reference: re.Pattern[str] | None
    label_clause: re.Pattern[str] | None
    noun_types: dict[str, set[str]]
    noun_heads: dict[str, tuple[str, ...]]
    outside: re.Pattern[str] | None
    contrast: re.Pattern[str]
    passive_link: re.Pattern[str]
    score_first: ScoreFirstRuns
    share_re: re.Pattern[str]
    _key: Callable[[EntityMention], tuple]
    _everyone: Callable[[str, GroupMarker], bool]
    _group_owner: Callable[[str, GroupMarker, EntityMention], bool]

    def _walk_mentions(self, w: _Walk, s: _Sentence, same: list[Value]) -> _Order:
        """The sentence's entities, values and groups in text order: a value goes to the entity before
        it, to the entity after it, or to the pending group."""
        text = w.text
        o = _Order()
        o.score_first = self.score_first.scores(text, s)  # "skor 90,13 untuk Dinas A, 89,44 Dinas B"
        items = sorted(
            [(e.start, 0, e) for e in s.ents] + [(v.start, 1, v) for v in s.vals] + [(g.start, 2, g) for g in s.groups],
            key=lambda t: (t[0], t[1]),
        )
        for _, _rank, it in items:
            if isinstance(it, GroupMarker):
                self._at_group(w, s, o, it, same)
            elif (
                isinstance(it, EntityMention)
                and o.collecting
                and o.last_group is not None
                and self._group_owner(text, o.last_group, it)
            ):
                continue  # "tiga pemda Provinsi Sulteng mendapat ...": where the group is, not one of it
            elif (
                isinstance(it, EntityMention)
                and o.collecting
                and o.last_group is not None
                and self.group_reference is not None
                and self.group_reference.fullmatch(text, o.last_group.end, it.start)
            ):
                # "Empat Pemprov lain di atas Pemprov X yang juga meraih ...": X is the others' reference
                # point; it keeps the rank said of it, takes none of the group's places or labels
                w.claims.extend(Claim(it, v, OWN, s.span) for v in o.forward.get(id(it), []))
            elif isinstance(it, Value) and it.kind in CATEGORICAL and self._heads_after(text, it, s, o):
                self._at_label_heading(w, s, o, it)
            elif isinstance(it, Value):
                self._at_value(w, s, o, it)
            elif self._excepted(text, it):
                continue  # "A, B, kecuali C, masuk zona hijau": C takes nothing, the values after it are A's and B's
            else:
                self._at_entity(w, s, o, it)
        return o

    def _at_group(self, w: _Walk, s: _Sentence, o: _Order, it: GroupMarker, same: list[Value]) -> None:
        text = w.text
        if self.beaten is not None and self.beaten.search(text, max(0, it.start - 30), it.start):
            return  # "X menyisihkan 23 kabupaten/kota lain": the ones beaten, not a group with labels
        mine = o.own.get(id(o.current), []) if o.current is not None else []
        if mine and mine[-1].kind == "rank" and mine[-1].start < it.start <= mine[-1].end + 3:
            o.field_of = o.current  # "X ranking ke-3 dari 14 pemda ... yang masuk zona hijau": X is one
        o.named = self._counted_back(w, s, it)
        w.active = recalled(w, it)
        if (not it.anaphoric or w.active is None) and not rest_of_active(
            w, it, [v for v in s.vals if v.start > it.start]
        ):
            w.active = _Group.open(it, w.active, self._everyone(text, it))
            w.active.kinds = self.noun_types.get(it.noun or "")
            w.active.heads = self.noun_heads.get(it.noun or "", ())
            w.listed = _Listed(s.index, it.end)
            for v in same:
                w.active.add(v, only_kind=True)
            if it.anaphoric and it.count and w.unnamed is not None and w.unnamed[0] == s.index - 1:
                # "Dua dari 15 kabupaten/kota masih di zona kuning. Kedua daerah itu adalah A dan B.": the
                # labels the sentence before gave to no one named are the group's
                for v in w.unnamed[1]:
                    w.active.add(v)
            if (
                it.count
                and not it.others
                and not it.anaphoric
                and o.current is not None
                and self._group_place_subject(text, o.current, it)
            ):
                # "Pemerintah daerah Kalbar yang memperoleh predikat kepatuhan tinggi sebanyak empat pemerintah
                # daerah yaitu A, B, ...": the place names where the group is; its labels are the group's
                moved = {id(v) for v in o.own.get(id(o.current), []) if v.kind in CATEGORICAL}
                w.claims = [c for c in w.claims if not (c.entity is o.current and id(c.value) in moved)]
                for v in o.own.get(id(o.current), []):
                    if id(v) in moved:
                        w.active.add(v)
                o.own[id(o.current)] = [v for v in o.own.get(id(o.current), []) if id(v) not in moved]
            # "Selain X, ada 4 kabupaten lain ...": X, named again later, is none of the 4
            w.active.members.update(
                self._key(e)
                for e in s.ents
                if e.start < it.start
                and self.outside is not None
                and self.outside.search(text, max(0, e.start - 15), e.start)
            )
        if o.current is not None and _BOTH_BEFORE.search(text, max(0, o.current.start - 8), o.current.start):
            if _BOTH_BETWEEN.fullmatch(text, o.current.end, it.start):
                o.also = o.current  # "baik Pemprov X maupun 22 kabupaten/kota lain ... masuk zona kuning"
        o.collecting, o.current, o.last_group = True, None, it

    def _counted_back(self, w: _Walk, s: _Sentence, it: GroupMarker) -> list:
        """ "Kabupaten A, Kabupaten B dan Kabupaten C, ketiganya masuk zona hijau": a collective word counting
        exactly the distinct ones its sentence names right before it (a comma between) holds its labels."""
        if not (it.anaphoric and it.count) or not re.search(r",\s*$", w.text[max(0, it.start - 3) : it.start]):
            return []
        before: dict = {}
        for e in s.ents:
            if e.end <= it.start:
                before.setdefault(self._key(e), e)
        return list(before.values()) if len(before) == it.count else []

    def _group_place_subject(self, text: str, e, g: GroupMarker) -> bool:
        """Is e the place of a generic group noun right before it ("Pemerintah daerah Kalbar yang ...") and
        the group counted later in its sentence ("... sebanyak empat pemerintah daerah yaitu") the same?"""
        return (
            self.generic_owner is not None
            and bool(self.generic_owner.search(text, max(0, e.start - 30), e.start))
            and bool(_RELATIVE.match(text, e.end))
            and not any(ch in text[e.end : g.start] for ch in ".;")
        )

    def _at_label_heading(self, w: _Walk, s: _Sentence, o: _Order, it: Value) -> None:
        """A label heading the entities after it, until the next one."""
        text = w.text
        # a label of the same kind before the sentence's first entity heads no longer
        o.prefix = [v for v in o.prefix if v.kind != it.kind]
        # "... meraih Zona Hijau, Katagori A dengan Opini Kualitas Tertinggi adalah A, B": the
        # labels run up to the introducer, all of them head the list
        heads, run, run_end = label_run(text, o.own.get(id(o.current), []) if o.current is not None else [], it)
        # a run of labels is a new heading and replaces the one before ("Zona kuning opini sedang (A, B) dan
        # Zona Merah Opini Rendah (C)"); a single label replaces its own kind only
        o.inline_heads = heads if run else {**o.inline_heads, **heads}
        o.inline_earlier = self.earlier_heads.earlier(w, s, it)  # "yang turun dari zona hijau ke zona kuning yaitu"
        o.prefix = [v for v in o.prefix if v.kind not in heads]
        if (
            run
            and o.current is not None
            and (
                ")" in text[o.current.end : run_end]
                or self.label_clause is not None
                and self.label_clause.search(text, o.current.end, run_end)
            )
        ):
            # "(A, ..., Kota Y) dan untuk Zona Merah Opini Rendah (B, ...)": Y closed its own list; the
            # labels after it head the next one ("Y, kemudian di zona hijau predikat tinggi ditempati Z")
            cur = o.current
            w.claims = [c for c in w.claims if not (c.entity is cur and id(c.value) in run)]
            o.own[id(cur)] = [v for v in o.own[id(cur)] if id(v) not in run]
        if o.current is not None and ALSO.search(text, o.current.end, it.start):
            w.claims.append(Claim(o.current, it, SHARED, s.span))  # "Selain X, yang juga ... yakni"
        o.current = None

    def _at_value(self, w: _Walk, s: _Sentence, o: _Order, it: Value) -> None:
        text = w.text
        nxt = next((e for e in s.ents if e.start >= it.end and e.start > it.start), None)
        if nxt is not None and (it.forward or id(it) in o.score_first or self._awarded_to(text, it, nxt)):
            o.forward.setdefault(id(nxt), []).append(it)  # "kedua, setelah Kemlu": Kemlu is first
        elif (
            nxt is not None
            and o.current is not None
            and (
                it.kind == "rank"
                and self.forward_link.match(text[it.end : nxt.start])
                and not self._rank_after_own_score(w, o, it)
                and not name_first_rank_run(text, s, it, nxt, o.current)
                or it.kind == "score"
                and self.passive_link.match(text[it.end : nxt.start])
            )
        ):
            o.forward.setdefault(id(nxt), []).append(it)  # "kedelapan yakni Sumbawa Barat"
        elif (
            nxt is not None
            and o.collecting
            and it.kind == "rank"
            and (_PASSIVE_RANK_LINK.match(text, it.end, nxt.start) or not text[it.end : nxt.start].strip())
        ):
            # "Dari tiga polres yang meraih zona hijau, peringkat pertama diraih Polres X": X's own rank;
            # "3 kabupaten ... adalah, pertama Kabupaten X": the ordinal right before the name too
            o.forward.setdefault(id(nxt), []).append(it)
        elif o.collecting and w.active is not None:
            w.active.add(it)
            if it.kind in CATEGORICAL:
                # "Zona Kuning sebanyak 19 daerah dan Zona Merah 2 daerah yaitu A, B": a label of the counted
                # group's clause replaces one of its kind said before the group
                o.prefix = [v for v in o.prefix if v.kind != it.kind]
            if o.also is not None and it.kind in CATEGORICAL:
                w.claims.append(Claim(o.also, it, SHARED, s.span))
            if it.kind in CATEGORICAL:
                w.claims.extend(Claim(e, it, GROUP, s.span) for e in o.named)
        elif nxt is not None and it.kind == "score" and self.passive_link.match(text[it.end : nxt.start]):
            o.forward.setdefault(id(nxt), []).append(it)  # "(, kemudian zona hijau) dengan nilai 85,10 diraih Y"
        elif o.current is None:
            o.prefix.append(it)
        elif self.generic is not None and self._said_in_general(text, o.current.end, it.start):
            return  # "Maluku Catat Banyak Daerah di Zona Merah": said of governments in general, not of X
        else:
            o.own[id(o.current)].append(it)
            w.claims.append(Claim(o.current, it, OWN, s.span))

    def _awarded_to(self, text: str, it: Value, nxt: EntityMention) -> bool:
        """ "memberikan piagam zona hijau tahun 2018 kepada Pemkab X": an award's label handed to the one after it."""
        return (
            it.kind in CATEGORICAL
            and self.award_to.match(text, it.end, nxt.start) is not None
            and self.award_before.search(text, max(0, it.start - 40), it.start) is not None
        )

    def _said_in_general(self, text: str, start: int, end: int) -> bool:
        """Do words of governments in general stand between the one named and its value, other than as the
        group it is said to belong to ("X termasuk para penerima ... zona hijau")?"""
        g = self.generic.search(text, start, end) if self.generic is not None else None
        return g is not None and not (
            self.generic_member is not None and self.generic_member.search(text, start, g.start())
        )

    @staticmethod
    def _rank_after_own_score(w: _Walk, o: _Order, it: Value) -> bool:
        """ "X dengan nilai 63,49 berada di posisi 113, Y dengan nilai 60,41, posisi 121, Z ...": a rank
        right after the current entity's own score, before it has a rank, is that entity's, not the next one's."""
        assert o.current is not None
        mine = o.own.get(id(o.current), [])
        if not mine or mine[-1].kind != "score" or any(v.kind == "rank" for v in mine):
            return False
        if any(c.entity is o.current and c.value.kind == "rank" for c in w.claims[-6:]):
            return False  # "Peringkat pertama X dengan nilai 90, peringkat kedua, Y ...": ranks head their holders
        return bool(_SCORE_THEN_RANK.fullmatch(w.text, mine[-1].end, it.start))

    def _at_entity(self, w: _Walk, s: _Sentence, o: _Order, it: EntityMention) -> None:
        span = s.span
        if self._behind_reference(w.text, o.current, it):
            for v in o.forward.get(id(it), []):  # "peringkat kedua, di bawah X, dengan nilai 94,01":
                w.claims.append(Claim(it, v, OWN, span))  # X is first; the score stays the holder's
            return
        if o.inline_heads and o.current is not None and self.contrast.search(w.text, o.current.end, it.start):
            o.inline_heads, o.inline_earlier = {}, []  # "zona A adalah X, sedangkan untuk Y dan Z di zona B": ended
        o.collecting, o.current = False, it
        for v in [*o.inline_heads.values(), *o.inline_earlier]:
            w.claims.append(Claim(it, v, PREFIX, span))
        for v in o.forward.get(id(it), []):
            o.own[id(it)].append(v)
            w.claims.append(Claim(it, v, OWN, span))
        prefix_ranks = [v for v in o.prefix if v.kind == "rank"]
        for v in o.prefix:
            if len(prefix_ranks) > 1 and v.kind == "rank":
                continue  # "Urutan pertama dan kedua masing-masing X dan Y": in order, below
            if v.kind in ("score", "rank") and not o.first_entity:
                continue  # "Peringkat pertama diraih X ..., disusul Y": one rank, one holder
            w.claims.append(Claim(it, v, PREFIX, span))
        if (
            len(prefix_ranks) > 1
            and 0 <= (k := len(o.ranked_in_order)) < len(prefix_ranks)
            and self._key(it) not in o.ranked_in_order
        ):
            o.ranked_in_order.append(self._key(it))
            w.claims.append(Claim(it, prefix_ranks[k], PREFIX, span))
        # "sisanya enam pemerintah daerah kabupaten ... zona merah" + "... NTT bisa masuk 10 besar": a
        # province named bare is none of a group of kabupaten (reporters count cities as "kabupaten", and
        # list "Pemprov X" among "14 kabupaten dan kota", though: in a list with its members; one named
        # in a later sentence with none of them is the province the group lies in, "Pemprov X akan mendampingi")
        # a service unit is no member of a group of governments ("19 kabupaten/kota"), a government none of offices
        if w.active is not None and not (
            w.active.kinds
            and (
                it.entity_type == "provinsi"
                and "provinsi" not in w.active.kinds
                and (not it.explicit_level or _alone_after_group(w, s, it))
                or it.entity_type == "unit"
                and w.active.kinds <= set(REGIONAL_TYPES)
                or it.entity_type in REGIONAL_TYPES
                and not w.active.kinds & set(REGIONAL_TYPES)
                # "4 Polres di NTT ... Polda NTT": an office of another kind
                or it.entity_type == "unit"
                and bool(w.active.heads)
                and not it.name.startswith(w.active.heads)
            )
        ):
            w.claims.extend(Claim(it, v, prio, span) for v, prio in w.active.take(self._key(it)))
            w.active = w.active.live()
        o.first_entity = False

    def _respectively(self, w: _Walk, s: _Sentence, own: dict[int, list[Value]]) -> None:
        """ "Bungo, Tebo, dan Batanghari ... dengan nilai masing-masing 90,10, 88,20 dan 85,00": in order."""
        resp = s.found(RESPECTIVELY)
        if not resp:
            return
        cut = s.start + resp.start()
        stop = next((e.start for e in s.ents if e.start > cut), s.end)  # up to the next entity named
        svals = [v for v in s.vals if v.kind == "score" and cut < v.start < stop]
        members = list({self._key(e): e for e in s.ents if e.start < cut}.values())
        if len(svals) == 1 and EACH.match(resp.group()) and len(run := self.list_runs.last_run(w.text, members)) >= 2:
            # "Kantah A, Kantah B dan Kantah C, yang masing-masing memiliki poin sebesar 94,53": the one score is
            # each member's of the list just before
            members, svals = run, svals * len(run)
        if len(svals) == len(members) >= 2:
            ids = {id(v) for v in svals}
            w.claims = [c for c in w.claims if id(c.value) not in ids]
            w.claims.extend(Claim(e, v, OWN, s.span) for e, v in zip(members, svals))
            for e, v in zip(members, svals):
                own[id(e)].append(v)

    def _shared_in_lists(self, w: _Walk, s: _Sentence, own: dict[int, list[Value]]) -> None:
        """Lists sharing the last member's zone/grade/opinion, and "bersama"."""
        text, low, s_ents, ss, se = w.text, w.low, s.ents, s.start, s.end
        sep, scored_tail = self.list_runs.sep, self.list_runs.scored_label_tail
        run: list[EntityMention] = [s_ents[0]]
        runs = []
        for prev, cur in zip(s_ents, s_ents[1:]):
            if sep.match(text[prev.end : cur.start]):
                run.append(cur)
            else:
                runs.append(run)
                run = [cur]
        runs.append(run)
        sharing: list[Value] = []  # what "bersama" hands on, through the list that follows it
        for ri, r in enumerate(runs):
            donor_vals = [v for v in own.get(id(r[-1]), []) if v.kind in CATEGORICAL]
            for e in r[:-1]:
                # a member with only a score of its own still shares the list's zone ("Bantul (91,20),
                # Sleman (90,10) dan Kulon Progo (88,05) masuk zona hijau")
                mine = {v.kind for v in own.get(id(e), [])}
                if not mine & set(CATEGORICAL):
                    w.claims.extend(Claim(e, v, SHARED, (ss, se)) for v in donor_vals)
            if ri > 0:
                prev_last = runs[ri - 1][-1]
                between = text[prev_last.end : r[0].start]
                if _search(self.share_re, between, None if low is None else low[prev_last.end : r[0].start]) or (
                    ri == 1 and len(runs[0]) == 1 and scored_tail.fullmatch(between) and _scores_only(r, own)
                ):
                    sharing = [v for v in own.get(id(prev_last), []) if v.kind in CATEGORICAL]
                elif not (sharing and LIST_TAIL.search(between)):
                    sharing = []  # "..., bersama Kota Palu dengan skor 86,07, dan Kabupaten Banggai ...": still shared
                donor = sharing
                if donor:
                    for e in r:
                        # "X meraih zona hijau dengan skor 81,20 (nilai B), bersama Kota Y dengan skor
                        # 80,45 (nilai B)": Y's own score and grade stand, the zone is shared
                        mine = {v.kind for v in own.get(id(e), [])}
                        w.claims.extend(Claim(e, v, SHARED, (ss, se)) for v in donor if v.kind not in mine)


def _alone_after_group(w: _Walk, s: _Sentence, it: EntityMention) -> bool:
    """Is `it` named in a sentence after the one its group was named in, with none of the group's kind?"""
    kinds = w.active.kinds if w.active is not None else None
    if w.listed is None or s.index <= w.listed.sentence or not kinds:
        return False
    return not any(e is not it and e.entity_type in kinds for e in s.ents)
