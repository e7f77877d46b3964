"""kepatuhan_records: relation assembly. Which value belongs to which entity and year.

Works sentence by sentence over the mentions the other components left on the Doc
(regions, agencies, units, values, groups, years):

- a value belongs to the entity named before it in the sentence ("Dinas Kesehatan 92,47,
  Puskesmas Sukaraja 92,21"); values before the first entity of a sentence ("Dengan skor
  90,79, Koltim ...", "zona kuning yaitu Kabupaten Bantaeng, Barru, ...") go to the first
  entity (scores) or to every entity that follows (rank, zone, grade, opinion);
- a group phrase ("10 Pemda zona hijau dengan kategori B", "sebanyak 15 kabupaten masih
  berada pada zona kuning") gives its values to the next N entities named, possibly in the
  following sentences; "Kesepuluh Pemda tersebut" refers back to it; "Ketiganya ..." gives
  values to the last three entities;
- a counted group inside a larger one with values is a subset ("8 kabupaten/kota ... zona hijau
  ... Untuk 5 kabupaten terbaik yakni ...", "3 di antaranya pada 2019 zona kuning"): its
  members get both; "Seluruh sampel tersebut ..." holds for everyone listed since the group
  phrase; "penghargaan serupa" / "predikat yang sama" carries the labels last given; a
  sentence opening with "Termasuk X" makes X a member of the group the sentence before spoke of;
- ranks listed together ("urutan pertama dan kedua masing-masing X dan Y") go in order;
  "X ranking ke-3 dari 14 pemda ... yang masuk zona hijau" makes X a member of that group;
- in a list whose last member has a zone/grade/opinion and the others have no value of
  their own ("Manokwari dan Fakfak masuk ... zona kuning"), the others share it; so do
  entities named after "bersama";
- a sentence with values but no entity continues the single subject of the sentence
  before it ("... Pemerintah Kabupaten OKU Timur ... . Hal ini dibuktikan ... Nilai 94,39");
- the year of a value is the year written in its clause ("pada 2022", "tahun lalu"), else
  the last one before it in its sentence, else the article's assessment year; the earlier
  state of a change ("naik dari zona merah ke zona kuning") is the year before;
- sentences that define the scheme ("nilai 88,00-100 zona hijau") carry no claims.
An entity's own values win over values it gets from a prefix, a group or a list. The state
(claims, priorities, pending groups) is in claims.py, what the reading carries from sentence to
sentence in claim_walk.py, the claims of one sentence's mentions in text order in claim_order.py,
the years of claims in claim_years.py, the entities that may take claims in claim_entities.py.
Sets `doc._.records: list[Record]`. Knowledge: models/values.yaml (share words).
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.casefold import doc_lower
from extract.components.claim_all import AllMembers
from extract.components.claim_continued import ClaimContinued
from extract.components.claim_entities import LIST_ITEM, ClaimEntities
from extract.components.claim_groups import ClaimGroups
from extract.components.claim_order import CATEGORICAL, ClaimOrder
from extract.components.claim_restated import restated_claims
from extract.components.claim_walk import _Sentence, _Walk
from extract.components.claim_years import ClaimYears
from extract.components.claims import (
    CARRY,
    GROUP,
    SHARED,
    Claim,
    _covers,
    _Group,
    _inside_any,
    _Listed,
    _merge_spans,
    _search,
    _Sorted,
    _Span,
    _within,
)
from extract.components.earlier import EarlierCue
from extract.components.knowledge import doc_text, DataComponent, read_yaml, words_alt
from extract.components.mentions import EntityMention, GroupMarker, Value
from extract.components.related import LABELS_FILE, related_heading, related_lines, related_link_words
from extract.types import Record

if not Doc.has_extension("records"):
    Doc.set_extension("records", default=None)

ALL_WORDS = re.compile(r"(?i)(?<![\w])(semua|semuanya|seluruhnya)(?![\w])")
COLOURS = re.compile(r"(?i)(?<![\w])(hijau|kuning|merah)(?![\w])")
RANGE_OF_YEARS = re.compile(r"(?<!\d)20\d\d\s*[-–]\s*20\d\d(?!\d)")  # "2021-2023" is no score band
# one line of a vertical key-value block under an entity ("Nilai kepatuhan: 92,5", "Kategori: A")
KEY_VALUE_LINE = re.compile(r"^\s*[A-Za-z][\w ./()-]{0,40}?\s*[:;]\s*[^\n]{1,60}$")


class RecordAssembler(ClaimOrder, ClaimEntities, ClaimGroups, ClaimYears, ClaimContinued, DataComponent):
    files = ("values.yaml", "relevance.yaml", "units.yaml", "scoring_scheme.yaml", LABELS_FILE)

    def load(self, data_dir: Path) -> None:
        scheme = read_yaml(data_dir / "scoring_scheme.yaml")
        # years without an assessment (2020): "the year before" 2021 is 2019
        # the pre-2022 labels and their zones, and the first year graded A-E with "kualitas" opinions
        years = scheme.get("years") or {}
        old = next((sc for sc in (scheme.get("schemes") or {}).values() if "grade" not in sc.get("fields", [])), {})
        self.old_label_zone = {b["opinion"]: b["zone"] for b in old.get("bands", []) if b.get("opinion")}
        graded = [
            int(y)
            for y, d in years.items()
            if isinstance(d, dict)
            and "grade" in ((scheme.get("schemes") or {}).get(d.get("scheme") or "", {}).get("fields", []))
        ]
        self.graded_from = min(graded, default=9999)
        self.not_assessed = {
            int(y) for y, d in (scheme.get("years") or {}).items() if isinstance(d, dict) and d.get("assessed") is False
        }
        v = read_yaml(data_dir / "values.yaml")
        self.opinion_alias = v.get("opinion_aliases", {})
        self.graded_only_alias = set(v.get("opinion_aliases_graded_only", []))
        rel = read_yaml(data_dir / "relevance.yaml")
        other = rel.get("sentence_lookalike", [])
        self.other_score = re.compile("|".join(f"(?:{p})" for p in other), re.IGNORECASE) if other else None
        # the assessment named in the same sentence as another score ("Selain WTP, pada Penilaian
        # Kepatuhan ... masuk zona hijau"): each value belongs to the score named nearest to it
        own = rel.get("assessor", []) + rel.get("assessment_title", []) + rel.get("assessment", [])
        self.own_score = re.compile("|".join(f"(?:{p})" for p in own), re.IGNORECASE) if own else None
        self.share_re = re.compile(rf"(?<![\w])(?:{words_alt(v['share_before'])})(?![\w])", re.IGNORECASE)
        self.definition = re.compile(rf"(?:{words_alt(v['definition_markers'])})|\d\s*[-–]\s*\d", re.IGNORECASE)
        self.collective = set(v["collective_anaphora"])
        alls = v.get("collective_all", [])
        self.collective_all = re.compile(rf"(?<![\w])(?:{words_alt(alls)})(?![\w])", re.IGNORECASE) if alls else None
        u = read_yaml(data_dir / "units.yaml")
        self.bare_offices = {h for v in u.get("vertical_offices", []) for h in v.get("heads", [])}
        self.ana_generic = {w.lower() for w in u.get("anaphora_generic", [])}
        self.ana_reach = u.get("anaphora_reach", 600)
        self.anaphor = (
            re.compile(
                rf"(?<![\w])(?P<noun>{words_alt(u.get('anaphora_nouns', []))})\s+"
                rf"(?:{words_alt(u.get('anaphora_determiners', []))})(?![\w])",
                re.IGNORECASE,
            )
            if u.get("anaphora_nouns")
            else None
        )
        ana = v.get("years_anaphora", [])
        self.years_anaphor = re.compile(rf"(?<![\w-])(?:{words_alt(ana)})(?![\w-])", re.IGNORECASE) if ana else None
        self.related = related_heading(related_link_words(data_dir))
        behind = v.get("rank_behind_words", [])
        self.behind_ref = re.compile(rf"(?i),\s*(?:{words_alt(behind)})\s+$") if behind else None
        comp = v.get("compared_reference_before", [])
        self.compared_ref = re.compile(rf"(?i)(?<![\w])(?:{words_alt(comp)})\s+(?:dengan\s+)?$") if comp else None
        self.all_members = AllMembers(v)
        intro = v.get("heading_introducers", [])
        self.heading_intro = re.compile(rf"\s*,?\s*(?:{words_alt(intro)})\s*:?\s*", re.IGNORECASE) if intro else None
        outside = v.get("outside_before", [])
        self.outside = re.compile(rf"(?<![\w])(?:{words_alt(outside)})\s*$", re.IGNORECASE) if outside else None
        beaten = v.get("beaten_before", [])
        self.beaten = (
            re.compile(rf"(?<![\w])(?:{words_alt(beaten)})\s+(?:(?:se)?banyak\s+|sebanyak\s+)?$", re.IGNORECASE)
            if beaten
            else None
        )
        chg = v.get("zone_change_verbs", [])
        # "nilainya menurun dari tahun 2022 juga masuk zona kuning": the year after "turun dari" is compared with
        self.changed_from = (
            re.compile(rf"(?<![\w])(?:{words_alt(chg)})\s+(?:\w+\s+)?dari\s+(?:tahun\s+|pada\s+)?$", re.IGNORECASE)
            if chg
            else None
        )
        now = v.get("now_cues", [])
        self.now_cue = re.compile(rf"(?<![\w])(?:{words_alt(now)})(?![\w])", re.IGNORECASE) if now else None
        self.earlier_cue = EarlierCue(v)
        kept = v.get("kept_state_before", [])
        self.kept_before = re.compile(rf"(?i)(?<![\w])(?:{words_alt(kept)})(?![\w])[^.;,]{{0,30}}$") if kept else None
        self._load_continuers(v.get("list_continuers", []))
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
        same_n, same_w = v.get("same_as_before_nouns", []), v.get("same_as_before_words", [])
        self.same_as_before = (
            re.compile(rf"(?<![\w])(?:ber)?(?:{words_alt(same_n)})\s+(?:{words_alt(same_w)})(?![\w-])", re.IGNORECASE)
            if same_n and same_w
            else None
        )
        self.load_group_rules(v)
        gen = v.get("generic_subjects", [])
        self.generic = re.compile(rf"(?<![\w])(?:{words_alt(gen)})(?![\w])", re.IGNORECASE) if gen else None

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

    @staticmethod
    def _last_labels(claims: list[Claim], before: int) -> list[Value]:
        """The zone/grade/opinion of the entity given one last before `before` ("penghargaan serupa")."""
        last = next((c for c in reversed(claims) if c.value.kind in CATEGORICAL and c.value.start < before), None)
        if last is None:
            return []
        key = (last.entity.name, last.entity.entity_type, last.entity.parent)
        out: dict[str, Value] = {}
        for c in claims:
            if (
                c.value.kind in CATEGORICAL
                and c.value.start < before
                and c.sentence == last.sentence
                and (c.entity.name, c.entity.entity_type, c.entity.parent) == key
            ):
                out.setdefault(c.value.kind, c.value)
        return list(out.values())

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

    def _related_lines(self, text: str) -> list:
        """Lines that link to other articles, as spans with .start/.end, sorted, for _within."""
        return _Sorted([_Span(a, b) for a, b in related_lines(text, self.related)])

    def _own_values(self, sentence: str, ss: int, vals: list[Value]) -> list[Value]:
        """The values of a sentence that names another score (WTP, SAKIP, MCP) that are nearer to
        a mention of the Ombudsman assessment than to the other score; none when it is not named."""
        if self.own_score is None:
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

        return [v for v in vals if dist(v, owns) < dist(v, others)]

    # -- assembly ---------------------------------------------------------------------
    def assemble(self, doc: Doc) -> list[Record]:
        text = doc_text(doc)
        low = doc_lower(doc)  # case-insensitive searches run on it (extract/components/casefold.py)
        ents = self._entities(doc)
        subjects = [e for e in ents if e.subject] + self._anaphora(text, ents)
        w = _Walk(
            text,
            low,
            doc._.sent_spans or [(0, len(text))],
            subjects=_Sorted(subjects),
            values=_Sorted(doc._.values or []),
            groups=_Sorted(doc._.groups or []),
            weak_ents=_Sorted([e for e in ents if not e.subject and e.weak]),
        )
        skipped = self._related_lines(text)
        for si, (ss, se) in enumerate(w.sents):
            if skipped and _covers(skipped, ss + len(text[ss:se]) - len(text[ss:se].lstrip())):
                continue  # a link to another article
            s = _Sentence(
                si,
                ss,
                se,
                text[ss:se],
                None if low is None else low[ss:se],
                _within(w.subjects, ss, se),
                _within(w.values, ss, se),
                _within(w.groups, ss, se),
                doc_low=low,
            )
            self._sentence_claims(w, s)
        claims = w.claims + self.all_members.claims(text, w.sents, w.values, ents, w.subjects)
        claims += restated_claims(w.sents, w.values, w.groups, claims, self._key)
        return self._records(doc, claims, ents)

    def _sentence_claims(self, w: _Walk, s: _Sentence) -> None:
        """The claims of one sentence, and what it leaves for the sentences after it."""
        s.vals = self._claimable_values(w.text, s)
        if w.active is not None:
            w.active = w.active.tick()
        if s.index and s.ents and not s.vals and not s.groups:
            more = self._continued_list(w.claims, w.text, s.span, w.sents[s.index - 1], s.ents)
            if more:  # "... di antaranya Kota A, Kota B." + "Kabupaten C, Kabupaten D."
                w.claims.extend(more)
                return
        if self._list_heading(w, s):
            return
        # "18 kabupaten/kota lainnya menerima penghargaan serupa yaitu ...": the labels last given
        same: list[Value] = []
        if (
            self.same_as_before is not None
            and not any(v.kind in CATEGORICAL for v in s.vals)
            and s.found(self.same_as_before)
        ):
            same = self._last_labels(w.claims, s.start)
        if not s.ents and s.vals and self.generic is not None and s.found(self.generic):
            return  # "masih ada daerah yang berada di zona kuning": nobody in particular
        if not s.ents:
            self._unnamed_claims(w, s, same)
        else:
            self._named_claims(w, s, same)

    def _claimable_values(self, text: str, s: _Sentence) -> list[Value]:
        """The sentence's values that may be claimed: none looked back on ("selain ..."), none of
        another's score, none of a definition of the scheme."""
        ss, sentence, s_vals = s.start, s.text, s.vals
        colours = {c.lower() for c in COLOURS.findall(sentence)}
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
        zones = {v.value for v in s_vals if v.kind == "zone"}
        if self.other_score is not None and s.found(self.other_score):
            s_vals = self._own_values(sentence, ss, s_vals)
        if _search(
            self.definition,
            RANGE_OF_YEARS.sub(" ", sentence),
            None if s.low is None else RANGE_OF_YEARS.sub(" ", s.low),
        ):
            s_vals = self._after_definition(sentence, ss, s_vals, s.ents)
        elif not s.ents and (len(zones) > 1 or (zones and len(colours) > 1)):
            s_vals = []  # the scheme's definition, not a claim
        return s_vals

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

    def _unnamed_claims(self, w: _Walk, s: _Sentence, same: list[Value]) -> None:
        """A sentence naming no entity: its values go to the group it opens or speaks of, to the last
        subject it continues, or to the only government it names as an office or a place."""
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
        elif coll and s_vals and w.recent:
            for e in self._of_kind(w.recent, coll[0])[-coll[0].count :]:
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
        elif fresh and not self._group_listed(fresh[-1], si, w.sents, w.subjects, w.groups):
            return  # "Dari 35 kabupaten/kota, 33 daerah sudah masuk zona hijau": a statistic
        elif fresh:
            g = fresh[-1]
            w.active = _Group.open(g, w.active, self._everyone(text, g))
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
        ):
            for v in s_vals:
                w.claims.append(Claim(w.last_subjects[0], v, CARRY, s.span))
            if KEY_VALUE_LINE.match(s.text):
                w.last_subject_sent = si  # a vertical block: "Nilai: 92,5" / "Opini: ..." / "Kategori: A"
        elif s_vals and not s_groups:
            # "Bupati Seluma ... menerima predikat zona hijau dengan nilai 91,25": the only
            # government the sentence names, even as an office or a place
            weak = {self._key(e): e for e in _within(w.weak_ents, s.start, s.end)}
            if len(weak) == 1:
                e = next(iter(weak.values()))
                for v in s_vals:
                    w.claims.append(Claim(e, v, CARRY, s.span))
                w.last_subjects, w.last_subject_sent = [e], si

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
            w.active = w.active.live()
        self._respectively(w, s, o.own)
        self._shared_in_lists(w, s, o.own)
        before = (
            list(listed_before.members.values())
            if listed_before is not None and si - listed_before.sentence <= 2 and len(listed_before.members) > 1
            else subjects_before
        )
        w.claims.extend(self._rest_of_list(text, (ss, se), s_ents, s.vals, s.groups, o.own, before))
        w.last_subjects, w.last_subject_sent = s_ents, si
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

    def _records(self, doc: Doc, claims: list[Claim], ents: list[EntityMention]) -> list[Record]:
        text = doc_text(doc)
        base = doc._.assessment_year
        rel_base = doc._.relative_base if doc._.relative_base is not None else base
        years = _Sorted(doc._.years or [])
        # a place written inside a unit's name ("Puskesmas Depok I") does not vote for the
        # article's government
        unit_spans = sorted((u.start, u.end) for u in (doc._.units or []))
        main = self._main_government([r for r in (doc._.regions or []) if not _inside_any(unit_spans, r.start)])
        merged: dict[tuple, dict] = {}
        order: list[tuple] = []
        claims = [c for c in claims if not self._for_someone_else(text, c)]
        claim_years = self._claim_years(claims, text, years, base, rel_base, doc_lower(doc))
        for c, year in [(c, y) for c, ys in zip(claims, claim_years) for y in ys]:
            e = c.entity
            if year is None:
                continue
            if e.entity_type == "unit" and e.parent is None and main is not None:
                e.parent, e.province = main.name, main.province
            elif e.entity_type == "unit" and e.name in self.bare_offices and main is not None:
                # "Kantor Pertanahan memperoleh 89,60" in an article about Klaten: a vertical office's
                # parent is its ministry, so its place goes into its name
                e.name, e.province = f"{e.name} {main.name}", main.province
            key = (self._key(e), year)
            if key not in merged:
                merged[key] = {"entity": e, "fields": {}, "evidence": []}
                order.append(key)
            slot = merged[key]
            f = c.value.kind
            prev = slot["fields"].get(f)
            # a rank with a stated scope beats one without ("posisi ketiga adalah X yang menempati posisi 322 secara nasional")
            rank_key = (lambda v: 0 if v.scope else 1) if f == "rank" else (lambda v: 0)
            if prev is None or (c.priority, rank_key(c.value), c.value.start) < (
                prev[0],
                rank_key(prev[1]),
                prev[1].start,
            ):
                slot["fields"][f] = (c.priority, c.value)
            if c.sentence[0] <= e.start < c.sentence[1]:
                span = (min(e.start, c.value.start), max(e.end, c.value.end))
            else:
                span = (c.value.start, c.value.end)
            if span not in slot["evidence"]:
                slot["evidence"].append(span)
        self._kept_states(text, merged)
        out = []
        for key in order:
            slot = merged[key]
            e, fields = slot["entity"], slot["fields"]
            get = lambda k: fields[k][1] if k in fields else None  # noqa: E731, B023 - used in this iteration only
            rank = get("rank")
            scope = rank.scope if rank else None
            if scope == "provinsi" and e.entity_type in ("kementerian", "lembaga", "provinsi"):
                scope = "nasional"  # ministries, agencies and provinces are only ranked nationally
            zone = get("zone").value if get("zone") else None
            if zone is None and get("opinion") is not None and key[1] >= self.graded_from:
                zone = self.old_label_zone.get(get("opinion").value)  # "kepatuhan tinggi (zona hijau)" for 2022+
            rec = Record(
                entity=e.name,
                entity_type=e.entity_type,
                year=key[1],
                region_code=e.code if e.entity_type in ("provinsi", "kabupaten", "kota") else None,
                province=e.province,
                parent=e.parent,
                score=get("score").value if get("score") else None,
                rank=rank.value if rank else None,
                rank_scope=scope,
                zone=zone,
                grade=get("grade").value if get("grade") else None,
                opinion=self._opinion_for_year(get("opinion"), key[1]),
                evidence=_merge_spans(slot["evidence"]),
            )
            out.append(rec)
        return out

    def __call__(self, doc: Doc) -> Doc:
        doc._.records = self.assemble(doc) if doc._.relevant else []
        return doc


@Language.factory("kepatuhan_records", default_config={"data_dir": ""})
def make_records(nlp: Language, name: str, data_dir: str) -> RecordAssembler:
    return RecordAssembler(nlp, name, data_dir or None)
