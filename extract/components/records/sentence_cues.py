"""The words RecordAssembler reads its sentences with (a part of RecordAssembler, records/component.py), loaded
from models/values.yaml: words tying a value to an entity named elsewhere (behind, compared with, changed from, kept,
outside, beaten), and the clauses, links, exceptions, members, series and generic subjects of a sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from extract.components.records.behind_lists import BehindLists
from extract.components.records.all_members import AllMembers
from extract.components.records.unit_owners import UnitOwners
from extract.components.records.population_members import PopulationMembers
from extract.components.records.bands import same_as_before_pattern
from extract.components.records.all_assessed import AllAssessed
from extract.components.records.neighbours import Neighbours
from extract.components.records.counted_rest import CountedRest
from extract.components.records.besides import BesidesHeads
from extract.components.records.compared_members import compared_members_pattern
from extract.components.records.same_category import same_category_pattern
from extract.components.records.head_clause import head_contrast_pattern
from extract.components.years.earlier import EarlierCue
from extract.components.common.knowledge import any_word, words_alt


class SentenceCues:
    # what the rest of RecordAssembler gives this part: its other parts' loaders
    load_year_rules: Callable[[dict], None]
    load_group_rules: Callable[[dict], None]
    # (typed as the parts reading them declare them)
    compared_members: re.Pattern[str] | None
    series_opener: re.Pattern[str] | None

    def _load_references(self, v: dict) -> None:
        """Words that tie a value to an entity named elsewhere: behind, compared with, changed from, kept."""
        behind = v.get("rank_behind_words", [])
        self.behind_ref = re.compile(rf"(?i),\s*(?:{words_alt(behind)})\s+$") if behind else None
        comp = v.get("compared_reference_before", [])
        self.behind_lists = BehindLists(v)
        self.compared_ref = re.compile(rf"(?i)(?<![\w])(?:{words_alt(comp)})\s+(?:dengan\s+)?$") if comp else None
        self.all_members = AllMembers(v)
        self.counted_rest = CountedRest(v)
        self.all_assessed = AllAssessed(v)
        self.besides_heads = BesidesHeads(v)  # "Selain Kota X, A dan B juga ..." (records/besides.py)
        self.neighbours = Neighbours(v)
        self._told_of = self.neighbours.told_of
        intro = v.get("heading_introducers", [])
        self.compared_members = compared_members_pattern(intro)
        # "... yakni A, B", and "Zona Merah Opini Rendah (A, B, C)": the members in brackets right after it
        self.heading_intro = (
            re.compile(rf"\s*(?:,?\s*(?:{words_alt(intro)})\s*:?|\()\s*", re.IGNORECASE) if intro else None
        )
        outside = v.get("outside_before", [])
        self.outside = re.compile(rf"(?<![\w])(?:{words_alt(outside)})\s*$", re.IGNORECASE) if outside else None
        beaten = v.get("beaten_before", [])
        self.beaten = (
            re.compile(rf"(?<![\w])(?:{words_alt(beaten)})\s+(?:(?:se)?banyak\s+|sebanyak\s+)?$", re.IGNORECASE)
            if beaten
            else None
        )
        chg = v.get("zone_change_verbs", [])
        # "skornya turun dari tahun 2021 dan ikut masuk zona kuning": the year after "turun dari" is compared with
        self.changed_from = (
            # "meningkat 4,66 poin dari tahun sebelumnya": the amount of the change may stand before "dari"
            re.compile(
                rf"(?<![\w])(?:{words_alt(chg)})\s+(?:\w+\s+|\d+(?:[.,]\d+)?\s+(?:poin|point|angka)\s+)?dari\s+(?:tahun\s+|pada\s+)?$",
                re.IGNORECASE,
            )
            if chg
            else None
        )
        # ... but "meningkat dari tahun 2023 sebesar 88,99": the value told right after that year is its own
        links = v.get("year_value_links", [])
        # ... and "meningkat dari tahun 2022 yakni zona kuning dengan nilai 56,79": the score told of that year's
        # label right after the link (a short stretch with no number and no clause break, then a score noun)
        nouns = words_alt(v.get("inline_score_nouns", []) or ["nilai"])
        told = rf"(?:[^\d,;.!?\n]{{1,40}}?\s(?:dengan\s+)?(?:{nouns})(?:\s+sebesar)?\s*)?"
        self.year_value_link = re.compile(rf"(?i)\s*,?\s*(?:{words_alt(links)})\s*{told}") if links else None
        now = v.get("now_cues", [])
        self.now_cue = any_word(now)
        self.reached_cue = any_word(v.get("state_reached_cues", []))
        self.earlier_cue = EarlierCue(v)
        # "sebelumnya meraih peringkat pertama dalam penilaian pelayanan publik (Pemda) tahun 2022": the assessment
        # the earlier value came from, named with its year in the value's clause (records/years.py `_prior_year`)
        ev_links, ev_nouns = v.get("prior_event_links", []), v.get("prior_event_nouns", [])
        self.prior_event = (
            re.compile(rf"(?i)\s+(?:{words_alt(ev_links)})\s+(?:{words_alt(ev_nouns)})(?![\w])[^,;.!?\d]{{0,70}}\s$")
            if ev_links and ev_nouns
            else None
        )
        self.load_year_rules(v)
        self.same_category = same_category_pattern(v)
        kept = v.get("kept_state_before", [])
        self.kept_before = re.compile(rf"(?i)(?<![\w])(?:{words_alt(kept)})(?![\w])[^.;,]{{0,30}}$") if kept else None

    def _load_clauses(self, v: dict) -> None:
        """Clauses, links, exceptions, members and generic subjects of a sentence."""
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        # a full stop before a capital also ends a clause: sentences the splitter kept together ("kategori B. Pada ...")
        self.clause_split = re.compile(
            rf",\s|;\s|\s(?:{words_alt(v['clause_conjunctions'])})\s|\.\s+(?-i:(?=[A-Z][a-z]))", I
        )
        self.forward_link = re.compile(rf"^\s*(?:,|:)?\s*(?:{words_alt(v['forward_link_words'])})?\s*$", I)
        self.passive_link = re.compile(rf"^\s*,?\s*(?:{words_alt(v['passive_link_verbs'])})(?:\s+oleh)?\s*$", I)
        exc = v.get("exception_before", [])
        self.exception = re.compile(rf"(?<![\w])(?:{words_alt(exc)})[\s,]*$", re.IGNORECASE) if exc else None
        openers = v.get("member_openers", [])
        self.member_opener = (
            re.compile(rf"[\s\"'“”‘’]*(?:{words_alt(openers)})(?![\w])", re.IGNORECASE) if openers else None
        )
        self.noun_types = {k.lower(): set(t) for k, t in (v.get("group_noun_types") or {}).items()}
        self.noun_heads = {k.lower(): tuple(t) for k, t in (v.get("group_noun_heads") or {}).items()}
        # "predikat yang sama", "penghargaan ini juga diberikan kepada ...": the labels last given
        self.same_as_before = same_as_before_pattern(v)
        # ... but "juga melakukan hal serupa pada Kementerian X": the same done, not the same labels got
        done = v.get("same_as_before_not_after", [])
        # "Sedangkan untuk A, B serta C masuk zona kuning": a contrast with a label of its own closes the
        # pending group; its members are not the group's
        contrasts = words_alt(v.get("label_clause_contrasts", []))
        self.contrast_opener = re.compile(rf"(?i)^\W*(?:{contrasts})(?![\w])") if contrasts else None
        self.head_contrast = head_contrast_pattern(v)  # "hasilnya kuning, baru Dinas A yang ...": not Dinas A's
        self.same_award = frozenset(w.lower() for w in v.get("same_award_nouns", []))
        self.same_done = re.compile(rf"(?<![\w])(?:{words_alt(done)})\s+$", re.IGNORECASE) if done else None
        likewise = words_alt(v.get("likewise_openers", []))
        # "Demikian pula dengan empat pemerintah kota, yakni ..., semuanya masuk zona kuning": the labels
        # last given, of the kinds the sentence does not restate
        self.likewise = re.compile(rf"^\W*(?:{likewise})(?![\w-])", re.IGNORECASE) if likewise else None
        gv = v.get("general_verdict_words", [])
        self.general_verdict = any_word(gv)
        sphere = v.get("own_sphere_before", [])
        self.own_sphere = re.compile(rf"(?i)(?<![\w])(?:{words_alt(sphere)})\s+$") if sphere else None
        cat = words_alt(v.get("category_heading_openers", []))
        # "Dalam kategori Pemkot dengan zona hijau terbaik, ..." (ranked_category.py)
        self.category_heading = (
            re.compile(rf"^\W*(?:(?:{cat})\s+)?kategori\s+[\w/ ]{{2,40}}?\s+dengan\s", re.IGNORECASE) if cat else None
        )
        self.load_group_rules(v)
        so = words_alt(v.get("series_openers", []))
        self.series_opener = re.compile(
            rf"(?i)^\W*(?:(?:{so})\s*,?\s+)?(?:(?:pada|di)\s+)?(?:tahun\s+)?"
            rf"(?:20\d\d(?!\d)|{words_alt(v.get('year_anaphora_next', []))})"
        )
        # "menganugerahi penghargaan Predikat Kepatuhan Tinggi Tahun 2017 kepada Pemkot X": the award's label is
        # handed on to the one named after the recipient link, not to the subject before it (a dateline's place)
        rcp, award = words_alt(v.get("group_recipient_links", [])), words_alt(v.get("same_award_nouns", []))
        self.award_to = re.compile(rf"(?i)\s*(?:tahun\s+20\d\d\s*)?,?\s*(?:{rcp})\s+(?:pemerintah\s+)?$")
        self.award_before = re.compile(rf"(?i)(?<![\w])(?:{award})(?![\w])[^.;:!?\n]{{0,30}}$")
        gen = v.get("generic_subjects", [])
        self.generic = any_word(gen)
        self.unit_owners = UnitOwners(v)
        self.population_members = PopulationMembers(v)
        back = v.get("label_back_reference_after", [])
        self.label_back = re.compile(rf"(?i)\s*(?:{words_alt(back)})(?![\w])") if back else None
        # "X termasuk para penerima ... zona hijau": the one named is said to be one of those in general
        member = words_alt(v.get("generic_member_words", []))
        self.generic_member = re.compile(rf"(?i)(?<![\w])(?:{member})\s+$") if member else None
        cw, cards = v.get("generic_count_words", []), words_alt(v.get("cardinals", {}))
        self.count_holder = (
            re.compile(
                rf"(?i)(?<![\w])yang\s[^.;:]*?(?<![\w])(?:{words_alt(cw)})\s+(?P<n>\d{{1,3}}|{cards})"
                rf"(?:\s+(?:saja|daerah|pemda))?[\W]*$"
            )
            if cw
            else None
        )
