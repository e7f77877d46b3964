"""The claims of one sentence (a mixin of RecordAssembler, records/component.py): which values may be claimed,
then who claims them: the entities it names (in text order, then what its lists share), or, naming none, the group
it opens or speaks of, the subject it goes on with, or the only government named (as an office or a place;
unnamed_claims.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.records.bands import award_noun, contrasted, one_band_gloss, zone_band_told
from extract.components.records.continued import list_before
from extract.components.records.head_clause import claim_head_clause
from extract.components.records.groups import RANGE_OF_YEARS, narrow_ranges_out, scheme_bands
from extract.components.records.other_scores import follows_other_score, of_other_award
from extract.components.records.products import ProductValues
from extract.components.records.ranked_category import ranked_category
from extract.components.records.speaker_titles import SpeakerTitles
from extract.components.records.walk import _Order, _Sentence, _Walk, named_again
from extract.components.records.claims import CARRY, GROUP, SHARED, Claim, _search, last_labels
from extract.components.common.knowledge import definition_tests
from extract.components.common.mentions import EntityMention, Value
from extract.components.common.related import LIST_ITEM
from extract.types import CATEGORICAL
from extract.components.records.unnamed_claims import UnnamedClaims
from extract.components.records.unit_owners import UnitOwners

ALL_WORDS = re.compile(r"(?i)(?<![\w])(semua|semuanya|seluruhnya)(?![\w])")
_YEAR = re.compile(r"(?<![\w])20\d\d(?![\w])")
COLOURS = re.compile(r"(?i)(?<![\w])(hijau|kuning|merah)(?![\w])")

# after "N pemda lain": a relative clause or "juga" before the label says the others hold it too
_ALIKE = re.compile(r"(?i)[^.;:,]{0,40}?(?<![\w])(?:yang\s+(?:juga\s+)?|juga\s+)[^.;:,]{0,30}$")
_SCORE_NOUN = re.compile(r"(?i)(?<![\w])(?:nilai|skor|nilai akhir|nilai kepatuhan)\s*:?\s*$")


class ClaimSentences(UnnamedClaims):
    # what the rest of RecordAssembler gives this part: the patterns component.py loads, its other parts' methods
    besides: re.Pattern[str] | None
    category_heading: re.Pattern[str] | None
    collective_all: re.Pattern[str] | None
    definition: re.Pattern[str]
    definition_verb: re.Pattern[str] | None
    zone_legend: re.Pattern[str] | None
    generic: re.Pattern[str] | None
    count_holder: re.Pattern[str] | None
    likewise: re.Pattern[str] | None
    gloss_opener: re.Pattern[str] | None
    legend: re.Pattern[str] | None
    label_back: re.Pattern[str] | None
    unit_owners: UnitOwners
    combined: re.Pattern[str] | None
    member_opener: re.Pattern[str] | None
    other_score: re.Pattern[str] | None
    other_parts: tuple[re.Pattern[str], ...]  # other_score's phrases one by one
    scores: tuple[re.Pattern[str] | None, re.Pattern[str] | None]
    own_score: re.Pattern[str] | None
    products: ProductValues
    speaker_titles: SpeakerTitles
    same_as_before: re.Pattern[str] | None
    same_done: re.Pattern[str] | None
    same_award: frozenset[str]
    contrast_opener: re.Pattern[str] | None
    head_contrast: re.Pattern[str] | None
    _key: Callable[[EntityMention], tuple]
    _after_definition: Callable[[str, int, list[Value], list], list[Value]]
    _continued_list: Callable[[list[Claim], str, tuple[int, int], tuple[int, int], list[EntityMention]], list[Claim]]
    _walk_mentions: Callable[[_Walk, _Sentence, list[Value]], _Order]
    _respectively: Callable[[_Walk, _Sentence, dict[int, list[Value]]], None]
    _shared_in_lists: Callable[[_Walk, _Sentence, dict[int, list[Value]]], None]
    _rest_of_list: Callable[..., list[Claim]]
    _told_of: Callable[[str, list[EntityMention]], list[EntityMention]]

    def _own_values(self, sentence: str, ss: int, vals: list[Value]) -> list[Value]:
        """The values of a sentence that names another score (WTP, SAKIP, MCP) that are nearer to
        a mention of the Ombudsman assessment than to the other score; none when it is not named."""
        if self.own_score is None or self.other_score is None:  # (the caller checks other_score)
            return []
        others = [(m.start() + ss, m.end() + ss) for m in self.other_score.finditer(sentence)]
        owns = [(m.start() + ss, m.end() + ss) for m in self.own_score.finditer(sentence)]
        if not owns:
            return []

        def dist(v: Value, spans) -> float:
            # a mention that is the value itself ("Zona Merah") says nothing of whose it is
            return min(
                (max(a - v.end, v.start - b, 0) for a, b in spans if not (a < v.end and v.start < b)),
                default=float("inf"),
            )

        # "jumlah pengaduan 9, Proses 14,80, Nilai 71,05, ... opini kualitas sedang": a score right after its
        # own noun, in a sentence naming the assessment, is the assessment's
        return [
            v
            for v in vals
            if dist(v, owns) < dist(v, others)
            or v.kind == "score"
            and _SCORE_NOUN.search(sentence, 0, v.start - ss)
            # "... dengan opini kualitas sedang": the assessment's own opinion, whatever else is named
            or v.kind == "opinion"
            and any(a <= v.start < b for a, b in owns)
        ]

    def _sentence_claims(self, w: _Walk, s: _Sentence) -> None:
        """The claims of one sentence, and what it leaves for the sentences after it."""
        s.vals = self._claimable_values(w.text, s)
        if s.index and not s.ents and follows_other_score(w.text, w.sents[s.index - 1], s.span, s.vals, self.scores):
            s.vals = []  # "IPP dari KemenPAN-RB naik. Tahun 2021 angka 3,08": the other score's
        w.active = w.active and w.active.tick()
        if w.active and (contrasted(w.active, s, self.contrast_opener) or of_other_award(s, self.scores)):
            w.active = None  # "Sedangkan C masuk zona kuning", "Juara UKS disabet SMPN 1 X": not the group's
        scores_only = all(v.kind == "score" for v in s.vals)
        if s.index and s.ents and scores_only and not s.groups:
            more = self._continued_list(w.claims, w.text, s.span, list_before(w.sents, s.index, w.text), s.ents)
            if more and s.vals:  # "... nilai B yaitu Kota A 85,35." + "Lalu, Kota C 80,87.": the scores too
                w.claims.extend(more)
            elif more:  # "... di antaranya Kota A, Kota B." + "Kabupaten C, Kabupaten D."
                w.claims.extend(more)
                if w.active is not None:  # they are members of the pending group too: it counts them
                    for e in s.ents:
                        w.active.take(self._key(e))
                    w.active = w.active.live()
                return
        if self._list_heading(w, s):
            return
        # "11 kabupaten/kota lainnya meraih penghargaan serupa yaitu ...": the labels last given
        same: list[Value] = []
        if (
            self.same_as_before is not None
            and not any(v.kind in CATEGORICAL for v in s.vals)
            and (m := s.found(self.same_as_before))
            and not (self.same_done is not None and self.same_done.search(s.text, max(0, m.start() - 25), m.start()))
        ):
            same = last_labels(w.claims, s.start, award=award_noun(m.group(0), self.same_award))
        elif self.likewise is not None and s.found(self.likewise):
            here = {v.kind for v in s.vals if v.kind in CATEGORICAL}
            same = [v for v in last_labels(w.claims, s.start) if v.kind not in here]
        ranked_category(self.category_heading, w, s)
        if not s.ents and s.vals:
            self._others_alike(w, s)
        if not s.ents and s.vals and (self.generic is not None and s.found(self.generic) or self._units_hold(w, s)):
            # "masih ada daerah yang berada di zona kuning": nobody in particular (but "Termasuk X" next names one)
            w.unnamed = (s.index, [v for v in s.vals if v.kind in CATEGORICAL])
            return
        if not s.ents and s.vals and self._count_held(s):
            return  # "yang berhasil meraih zona hijau hanya 8": a count of governments
        if not s.ents and not s.vals and named_again(w, s, self._key):
            w.last_subject_sent = s.index  # "Kami bersyukur pelayanan publik di Kabupaten X membaik": named again
        if not s.ents and s.vals and self.collective_all is not None and s.found(self.collective_all):
            if len(self._collective_members(s.index, w.listed, w.last_subjects, w.last_subject_sent)) < 2:
                s.vals = []  # "Semua dinas masih zona merah" after one unit named: all of a kind, never that one
        if not s.ents and s.groups and self.combined is not None and s.found(self.combined):
            w.last_subjects, s.vals = [], []  # "nilai ketiganya digabungkan ...": their whole's, none of each one's
        if not s.ents and s.vals and not s.groups and (glossed := self._glossed_subjects(w, s)):
            # "A dan B masuk zona kuning. Artinya, tingkat kepatuhannya sedang.": the labels of a gloss go to
            # every subject of the sentence it glosses
            w.claims.extend(Claim(e, v, CARRY, s.span) for e in glossed for v in s.vals if v.kind in CATEGORICAL)
        elif not s.ents:
            self._unnamed_claims(w, s, same)
        else:
            claim_head_clause(w, s, self.head_contrast, self._key)  # "hasilnya kuning, baru Dinas A yang ..."
            self._named_claims(w, s, same)

    def _others_alike(self, w: _Walk, s: _Sentence) -> None:
        """ "Pemkab X hadir di Jakarta. Tujuh pemda lain yang (juga) meraih predikat kepatuhan tinggi tidak
        diundang": the others are said to hold the label too, so those just named hold it."""
        g = next((g for g in s.groups if g.others and g.count), None)
        if g is None or not w.last_subjects or s.index - w.last_subject_sent > 1:
            return
        labels = [v for v in s.vals if v.kind in CATEGORICAL and v.start > g.end]
        if labels and _ALIKE.match(w.text, g.end, labels[0].start):
            for e in w.last_subjects:
                w.claims.extend(Claim(e, v, SHARED, s.span) for v in labels)

    def _units_hold(self, w: _Walk, s: _Sentence) -> bool:
        """ "... kepada kepala OPD serta kepala UPT Puskesmas, yang berhasil meraih Zona Hijau": bare units hold
        the sentence's first label, not the subject the text goes on with."""
        first = next((v for v in s.vals if v.kind in CATEGORICAL), None)
        if self.collective_all is not None and s.found(self.collective_all):
            return False  # "Seluruh unit layanan yang dinilai ... zona hijau": every unit just listed (below)
        return first is not None and self.unit_owners.units_hold(w.text, s.start, first.start)

    def _count_held(self, s: _Sentence) -> bool:
        """Is the sentence's holder only a count ("yang masuk zona hijau hanya 8"), no value itself?"""
        m = s.found(self.count_holder) if self.count_holder is not None else None
        return m is not None and not any(v.start <= s.start + m.start("n") < v.end for v in s.vals)

    def _claimable_values(self, text: str, s: _Sentence) -> list[Value]:
        """The sentence's values that may be claimed: none looked back on ("selain ..."), none of
        another's score, none of a definition of the scheme."""
        ss, sentence, s_vals = s.start, s.text, s.vals
        if not s_vals:
            return s_vals  # nothing to claim (every test below only takes values away)
        if not s.ents and self.legend is not None and self.legend.match(sentence):
            return []  # "Zona kuning artinya kepatuhan sedang": the band's legend, no one's opinion
        if (
            not s.ents
            and self.label_back is not None
            and all(v.kind in CATEGORICAL for v in s_vals)
            and not _YEAR.search(sentence)
        ):
            # "Pada intinya, kategori merah tersebut sangat di bawah standar": a label already given, looked
            # back on; not one for the subject the text goes on with (but "Nilai 84,10 dan zona hijau itu
            # disyukuri ...": told with its score, it is the result itself)
            s_vals = [v for v in s_vals if not (v.kind in CATEGORICAL and self.label_back.match(text, v.end))]
        # (the scans below skip a sentence that has none of their words: extract/components/common/needles.py)
        colours = {c.lower() for c in COLOURS.findall(sentence)} if s.may_hold(COLOURS) else set()
        if self.besides is not None and s_vals:
            looked_back = [v for v in s_vals if self.besides.search(text, max(ss, v.start - 15), v.start)]
            s_vals = [v for v in s_vals if v not in looked_back]
            if looked_back:
                colours = {
                    c.lower()
                    for c in COLOURS.findall(
                        "".join(
                            " " if any(v.start <= ss + i < v.end for v in looked_back) else ch
                            for i, ch in enumerate(sentence)
                        )
                    )
                }
        single = self.products.single_product_values(sentence, ss, s_vals, s.groups)
        if single:  # "zona merah dalam hal pelayanan SKCK": one product's, not the office's
            s_vals = [v for v in s_vals if id(v) not in single]
        zones = {v.value for v in s_vals if v.kind == "zone"}
        if self.other_score is not None and s.found_any(self.other_parts):
            s_vals = self._own_values(sentence, ss, s_vals)
        ranges = s.may_hold(RANGE_OF_YEARS)
        plain = narrow_ranges_out(RANGE_OF_YEARS.sub(" ", sentence) if ranges else sentence)
        low = None if s.low is None else plain.lower()
        if any(_search(p, plain, low) for p in definition_tests(self.definition)) and not self._subject_categorised(
            sentence, ss, s.ents
        ):
            glossed = one_band_gloss(self.definition, plain, s, s_vals)
            if not glossed and not zone_band_told(self.definition, plain, s, s_vals):
                s_vals = self._after_definition(sentence, ss, s_vals, s.ents)
        elif not s.ents and (
            scheme_bands(text, s, s_vals, zones, colours) or self.zone_legend and self.zone_legend.match(sentence)
        ):
            s_vals = []  # the scheme's definition or a band's legend, not a claim
        return s_vals

    def _subject_categorised(self, sentence: str, ss: int, ents: list) -> bool:
        """ "Polres X dikategorikan ke dalam zona kuning": the definition's verb said of an entity named
        before it, in a sentence printing no band, is a claim about that entity."""
        if self.definition_verb is None or not ents:
            return False
        cleaned = RANGE_OF_YEARS.sub(" ", sentence)
        marks = list(self.definition.finditer(cleaned))
        return all(
            self.definition_verb.fullmatch(m.group()) and any(e.end <= ss + m.start() for e in ents) for m in marks
        )

    def _glossed_subjects(self, w: _Walk, s: _Sentence) -> list:
        """The distinct subjects of the sentence just before, when this one opens with a gloss ("Artinya, ...")
        and they all share the one zone that sentence gave them."""
        if self.gloss_opener is None or s.index - w.last_subject_sent != 1 or not self.gloss_opener.match(s.text):
            return []
        subjects = {self._key(e): e for e in w.last_subjects}
        zones = {
            (self._key(c.entity), c.value.value)
            for c in w.claims
            if c.value.kind == "zone"
            and c.sentence[0] >= w.sents[w.last_subject_sent][0]
            and self._key(c.entity) in subjects
        }
        if len(subjects) < 2 or {k for k, _ in zones} != set(subjects) or len({z for _, z in zones}) != 1:
            return []
        return list(subjects.values())

    def _list_heading(self, w: _Walk, s: _Sentence) -> bool:
        """True for a list's heading ("Berikut daerah yang masuk zona merah:" then "- Kabupaten Sampang
        (48,20)" lines); the list items under it take its labels."""
        if w.heading and not LIST_ITEM.match(s.text):
            w.heading = []
        if not s.ents and s.vals and s.text.rstrip().endswith(":") and LIST_ITEM.match(w.text[s.end : s.end + 40]):
            w.heading = [v for v in s.vals if v.kind in CATEGORICAL]
            if w.heading:
                return True
        if w.heading and s.ents:
            for e in s.ents:
                w.claims.extend(Claim(e, v, GROUP, s.span) for v in w.heading)
        return False

    def _named_claims(self, w: _Walk, s: _Sentence, same: list[Value]) -> None:
        """A sentence naming entities: the claims of its mentions in order, then what its lists share."""
        text, si, ss, se, s_ents = w.text, s.index, s.start, s.end, s.ents
        # "... masuk zona hijau. Termasuk Pemprov Jawa Timur (92,08)": members of the group just spoken of
        if (
            w.unnamed is not None
            and w.unnamed[0] == si - 1
            and self.member_opener is not None
            and self.member_opener.match(s.text)
            and not any(v.kind in CATEGORICAL for v in s.vals)
        ):
            for e in s_ents:
                w.claims.extend(Claim(e, v, SHARED, (ss, se)) for v in w.unnamed[1])
        listed_before, subjects_before = w.listed, w.last_subjects if si - w.last_subject_sent <= 1 else []
        o = self._walk_mentions(w, s, same)
        if same and not s.groups:  # "Kota X meraih predikat yang sama"
            for e in s_ents:
                if not any(v.kind in CATEGORICAL for v in o.own.get(id(e), [])):
                    w.claims.extend(Claim(e, v, SHARED, (ss, se)) for v in same)
        if o.field_of is not None and w.active is not None:
            w.claims.extend(Claim(o.field_of, v, prio, (ss, se)) for v, prio in w.active.take(self._key(o.field_of)))
            # a national field a rank is counted in ("peringkat ke-12 dari 88 kota berzona hijau di tingkat
            # nasional") is not listed after it: those named next (the province's) are not of it
            national = any(v.kind == "rank" and v.scope == "nasional" for v in o.own.get(id(o.field_of), []))
            w.active = None if national else w.active.live()
        self._respectively(w, s, o.own)
        self._shared_in_lists(w, s, o.own)
        before = (
            list(listed_before.members.values())
            if listed_before is not None and si - listed_before.sentence <= 2 and len(listed_before.members) > 1
            else subjects_before
        )
        w.claims.extend(self._rest_of_list(text, (ss, se), s_ents, s.vals, s.groups, o.own, before))
        w.last_subjects, w.last_subject_sent = self._told_of(text, s_ents), si
        if w.listed is not None:
            w.listed.add(s_ents, text)
        for e in s_ents:
            w.recent = [x for x in w.recent if self._key(x) != self._key(e)] + [e]
        # "... sehingga 5 OPD yang menjadi sampel semua ...": the sentence's zone/grade/opinion
        # holds for all of the last N entities named
        for g in s.groups:
            if g.count and _search(ALL_WORDS, text[g.end : se], None if w.low is None else w.low[g.end : se]):
                for e in w.recent[-g.count :]:
                    w.claims.extend(Claim(e, v, SHARED, (ss, se)) for v in s.vals if v.kind in CATEGORICAL)
