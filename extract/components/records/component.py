"""kepatuhan_records: relation assembly. Which value belongs to which entity and year.

Works sentence by sentence over the mentions the other components left on the Doc (regions, agencies, units, values,
groups, years):

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
- sentences that define the scheme ("nilai 88,00-100 zona hijau") carry no claims.  An entity's own values win over values it gets from a prefix, a group or a list. The state (claims,
priorities, pending groups) is in claims.py; sentence.py, walk.py, order.py, years.py and entities.py hold who
claims a sentence's values, what carries between sentences, text order, years and entities. Sets
`doc._.records: list[Record]`. Knowledge: models/values.yaml (share words).
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.common.casefold import doc_lower
from extract.components.records.regional_offices import RegionalOffices
from extract.components.records.units_scores import without_units_scores
from extract.components.records.bands import zone_legend_pattern
from extract.components.records.others_rest import others_rest_claims
from extract.components.records.paired_labels import PairedLevels
from extract.components.records.continued import ClaimContinued
from extract.components.records.same_category import carry_same_category
from extract.components.records.entities import ClaimEntities
from extract.components.records.groups import ClaimGroups
from extract.components.records.kept_states import carry_kept_states
from extract.components.records.order import ClaimOrder
from extract.components.records.products import ProductValues
from extract.components.records.not_own_scores import NotOwnScores
from extract.components.records.restated import restated_claims
from extract.components.records.sentence import ClaimSentences
from extract.components.records.ties import _untied
from extract.components.records.score_first import ScoreFirstRuns
from extract.components.records.walk import _Sentence, _Walk
from extract.components.records.years import ClaimYears
from extract.components.years.scoring import read_scheme
from extract.components.records.claims import PREFIX, SHARED, Claim, _covers, _inside_any, _merge_spans, _Sorted, _Span
from extract.components.records.claims import _within
from extract.components.records.units_total import units_total_pattern, with_units_total
from extract.components.records.units_total_labels import total_word_pattern, with_units_total_labels
from extract.components.common.knowledge import (
    any_word,
    SPELLINGS_FILE,
    DataComponent,
    definition_pattern,
    group_place_pattern,
    venue_pattern,
    doc_text,
    read_spellings,
    read_yaml,
    with_spellings,
    words_alt,
)
from extract.components.common.mentions import EntityMention, Value
from extract.components.common.related import LABELS_FILE, related_heading, related_lines, related_link_words
from extract.types import Record
from gazetteer import REGIONAL_TYPES
from extract.components.records.sentence_cues import SentenceCues

if not Doc.has_extension("records"):
    Doc.set_extension("records", default=None)


class RecordAssembler(
    SentenceCues, ClaimSentences, ClaimOrder, ClaimEntities, ClaimGroups, ClaimYears, ClaimContinued, DataComponent
):
    files = (
        "values.yaml",
        "relevance.yaml",
        "units.yaml",
        "regions/levels.yaml",
        "scoring_scheme.yaml",
        LABELS_FILE,
        SPELLINGS_FILE,
    )

    def load(self, data_dir: Path) -> None:
        v = read_yaml(data_dir / "values.yaml")
        self._load_scheme(data_dir)
        self.opinion_alias = v.get("opinion_aliases", {})
        self.graded_only_alias = set(v.get("opinion_aliases_graded_only", []))
        self.bare_level_quality_from = int(v.get("bare_level_quality_from", 9999))
        self._load_other_scores(read_yaml(data_dir / "relevance.yaml"))
        self.share_re = re.compile(rf"(?<![\w])(?:{words_alt(v['share_before'])})(?![\w])", re.IGNORECASE)
        self.definition = definition_pattern(v)
        self.zone_legend = zone_legend_pattern(v)  # "Zona hijau merupakan predikat tertinggi"
        self.definition_verb = any_word(v.get("definition_verbs", []))
        self.collective = set(v["collective_anaphora"])
        self.collective_all = any_word(v.get("collective_all", []))
        self._load_entities(data_dir)  # models/units.yaml, models/regions/levels.yaml
        self.regional_offices = RegionalOffices(read_yaml(data_dir / "units.yaml"))  # records/regional_offices.py
        ana = v.get("years_anaphora", [])
        self.years_anaphor = re.compile(rf"(?<![\w-])(?:{words_alt(ana)})(?![\w-])", re.IGNORECASE) if ana else None
        self.related = related_heading(related_link_words(data_dir))
        self._load_references(v)
        self._load_continuers(v)
        self._load_clauses(v)
        self._load_label_heads(v)
        self.products = ProductValues(v)
        self.not_own_scores = NotOwnScores(v, self._key)  # a joint average, a 2025 part's mark (not_own_scores.py)
        self.total_word = total_word_pattern(v)  # labels told with that total (units_total_labels.py)
        self.units_total = units_total_pattern(v)  # "..., sehingga nilai keseluruhan total 93,59" (units_total.py)
        self.score_first = ScoreFirstRuns(v)
        ref = v.get("group_reference_before", [])
        self.group_reference = (
            re.compile(rf"(?i)[ \t]+(?:lain|lainnya)[ \t]+(?:{words_alt(ref)})[ \t]+") if ref else None
        )
        # a count before an anaphor's noun ("ketiga Polres itu", "3 puskesmas tersebut") makes it a group's
        counts = list(v.get("cardinals", {})) + list(v.get("ordinals", {})) + v.get("group_everyone_before", [])
        self.counted_before = re.compile(rf"(?i)(?<![\w])(?:\d{{1,3}}|{words_alt(counts)})\s+$") if counts else None
        generic = v.get("group_generic_nouns", [])
        self.generic_owner = re.compile(rf"(?<![\w])(?:{words_alt(generic)})\s+$", re.IGNORECASE) if generic else None
        # "lima dari 33 kabupaten/kota di Sumatera Utara masih di zona kuning": the place of a group,
        # never the only government a sentence names
        self.group_place = group_place_pattern(
            with_spellings(v.get("group_nouns", []), read_spellings(data_dir)), v.get("group_place_areas", [])
        )
        self.venue_after = venue_pattern(v)  # "di Banda Aceh, Kamis, mengatakan": where it was said, no holder

    def _load_scheme(self, data_dir: Path) -> None:
        """The scoring scheme: which years were assessed, which were graded A-E, the old labels' zones."""
        self.old_label_zone, graded, self.not_assessed = read_scheme(data_dir)
        self.graded_from = min(graded, default=9999)
        self.graded_years = graded  # 2025's instrument has no zones: an old label there fills none
        # an observation before the earliest year results are read for (the assessment's forerunner) gives no record
        self.first_assessed = int(read_yaml(data_dir / "values.yaml").get("year_min", 0))

    def _load_other_scores(self, rel: dict) -> None:
        """Other scores (WTP, SAKIP) a sentence may name beside the assessment."""
        other = rel.get("sentence_lookalike", [])
        self.other_score = re.compile("|".join(f"(?:{p})" for p in other), re.IGNORECASE) if other else None
        self.other_parts = tuple(re.compile(f"(?:{p})", re.IGNORECASE) for p in other)
        # the assessment named in the same sentence as another score ("Selain WTP, pada Penilaian
        # Kepatuhan ... masuk zona hijau"): each value belongs to the score named nearest to it
        own = rel.get("assessor", []) + rel.get("assessment_title", []) + rel.get("assessment", [])
        self.own_score = re.compile("|".join(f"(?:{p})" for p in own), re.IGNORECASE) if own else None
        self.scores = (self.other_score, self.own_score)

    def _related_lines(self, text: str) -> _Sorted:
        """Lines that link to other articles, as spans with .start/.end, sorted, for _within."""
        return _Sorted([_Span(a, b) for a, b in related_lines(text, self.related)])

    # -- assembly ---------------------------------------------------------------------
    def assemble(self, doc: Doc) -> list[Record]:
        text = doc_text(doc)
        low = doc_lower(doc)  # case-insensitive searches run on it (extract/components/common/casefold.py)
        ents = self._entities(doc)
        subjects = [e for e in ents if e.subject] + self._anaphora(text, ents)
        flanked = self.neighbours.of(text, subjects)  # "diapit A dan B": the ranking's neighbours hold nothing
        subjects = [e for e in subjects if id(e) not in flanked] if flanked else subjects
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
        # "di Provinsi X, semuanya ...": every government of X, not the list just before (claim_all.py)
        placed = _Sorted(ents)
        wide = {(a, b) for a, b in w.sents if self.all_members.province_wide(text, a, b, _within(placed, a, b))}
        claims = [c for c in w.claims if not (c.priority == SHARED and c.sentence in wide)]
        claims += self.all_members.claims(text, w.sents, w.values, ents, w.subjects)
        claims += self.counted_rest.claims(text, w.sents, w.values, w.subjects)
        claims += others_rest_claims(w.sents, w.values, w.groups, w.subjects)
        claims += self.all_assessed.claims(text, w.sents, w.values, w.subjects)
        claims += self.besides_heads.claims(text, w.sents, claims, w.subjects, self._key)
        claims += restated_claims(w.sents, w.values, w.groups, claims, self._key, (text, self.gloss_opener, w.subjects))
        claims = self.not_own_scores.without_joint_averages(text, _untied(claims, self._key), ents)
        return self._records(doc, claims, ents)

    def _placed(self, e: EntityMention, main: EntityMention | None) -> bool:
        """A unit gets the article's government as its parent; a vertical office written bare gets its
        place. False for a bare Polres or land office in an article about a province: never a
        province's office, it names the kind spoken of."""
        if e.entity_type != "unit" or main is None:
            return True
        if e.parent is None:
            e.parent, e.province = main.name, main.province
        elif e.name in self.bare_offices:
            if main.entity_type == "provinsi" and e.name in self.local_offices:
                return False
            # "Kantor Pertanahan memperoleh 89,60" in an article about Klaten: a vertical office's
            # parent is its ministry, so its place goes into its name
            e.name, e.province = f"{e.name} {main.name}", main.province
        return True

    def _units_totals(self, doc: Doc, main: EntityMention | None, claims: list[Claim]) -> list[Claim]:
        """A government's total over its units, and the labels told with it, are the government's
        (units_total.py, units_total_labels.py)."""
        text, totals = doc_text(doc), (doc._.sent_spans, doc._.values, main)
        claims = with_units_total(text, doc_lower(doc), self.units_total, totals, without_units_scores(claims))
        return with_units_total_labels(text, self.total_word, totals, claims)

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
        claims = [c for c in claims if not self._for_someone_else(text, c) and not c.entity.offices_group]
        claims = self._units_totals(doc, main, claims)
        claim_years = self._claim_years(
            claims, text, years, base, rel_base, doc_lower(doc), doc._.said_year, doc._.sent_spans, doc._.coming_year
        )
        for c, year in [(c, y) for c, ys in zip(claims, claim_years) for y in ys]:
            e = c.entity
            year = self._assessment_before(year) if year in self.not_assessed else year  # "tahun 2020": 2019's
            if year is None or year < self.first_assessed:
                continue  # (no assessment was held in 2020: "Untuk 2020 memang tidak kita lakukan")
            if not self._placed(e, main) or self.not_own_scores.small_mark(text, c.value, year):
                continue
            key = (self._key(e), year)
            if key not in merged:
                merged[key] = {"entity": e, "fields": {}, "evidence": []}
                order.append(key)
            slot = merged[key]
            f = c.value.kind
            prev = slot["fields"].get(f)
            # two ranks for one entity-year keep the national one (RECORDS.md "Ranks"), and a rank with a
            # stated scope beats one without ("posisi ketiga adalah X yang menempati posisi 322 secara nasional")
            national = (lambda v: 0 if v.scope == "nasional" else 1) if f == "rank" else (lambda v: 0)
            if f == "opinion" and c.value.value in self.old_label_zone:
                slot.setdefault("old_label", c.value)  # its zone, for a 2022+ record without one
            rank_key = (lambda v: 0 if v.scope else 1) if f == "rank" else (lambda v: 0)
            if self._wins(f, year, c.priority, c.value, prev, national, rank_key):
                slot["fields"][f] = (c.priority, c.value)
            if c.sentence[0] <= e.start < c.sentence[1]:
                span = (min(e.start, c.value.start), max(e.end, c.value.end))
            else:
                span = (c.value.start, c.value.end)
            if span not in slot["evidence"]:
                slot["evidence"].append(span)
        carry_kept_states(text, merged, self.kept_before, self.graded_from)
        paired = PairedLevels(text, doc, ents, self.old_label_zone, self.noun_types)  # records/paired_labels.py
        carry_same_category(text, merged, self.same_category, self.graded_from)
        out = []
        for key in order:
            slot = merged[key]
            e, fields = slot["entity"], slot["fields"]
            picked = {k: v for k, (_priority, v) in fields.items()}  # the value kept for each field
            rank, opinion = picked.get("rank"), picked.get("opinion")
            scope = rank.scope if rank else None
            if rank and scope != "nasional" and e.entity_type in ("kementerian", "lembaga", "provinsi"):
                scope = "nasional"  # ministries, agencies and provinces are only ranked nationally
            zone = picked["zone"].value if "zone" in picked else None
            old_label = slot.get("old_label") or opinion
            told = old_label is not None and paired.told(e, old_label)
            if zone is None and old_label is not None and (key[1] in self.graded_years or told):
                zone = self.old_label_zone.get(old_label.value)  # "kepatuhan tinggi (zona hijau)" for 2022+
            rec = Record(
                entity=e.name,
                entity_type=e.entity_type,
                year=key[1],
                region_code=e.code if e.entity_type in REGIONAL_TYPES else None,
                province=e.province,
                parent=e.parent,
                score=picked["score"].value if "score" in picked else None,
                rank=rank.value if rank else None,
                rank_scope=scope,
                zone=zone,
                grade=picked["grade"].value if "grade" in picked and key[1] >= self.graded_from else None,
                opinion=self._opinion_for_year(opinion, key[1]),
                evidence=_merge_spans(slot["evidence"]),
            )
            if any(x is not None for x in (rec.score, rec.rank, rec.zone, rec.grade, rec.opinion)):
                out.append(rec)  # a record states a value (RECORDS.md): "predikat kepatuhan tertinggi" in 2017 does not
        return out

    def _wins(self, f: str, year: int, priority: int, v: Value, prev, national, rank_key) -> bool:
        """Whether a claim's value replaces the one kept so far for its field. For a 2022+ record an
        old label ("predikat Kepatuhan Tinggi") fills the zone only: the year's own opinion said of
        the entity itself ("opini kualitas tinggi") is kept before it, whatever came first."""
        if prev is None:
            return True
        graded = f == "opinion" and year >= self.graded_from

        def order(p: int, x: Value) -> tuple:
            era = 0 if not graded or p <= PREFIX and x.value not in self.old_label_zone else 1
            # an opinion that is none in its year ("kepatuhan tertinggi" in 2018) gives way to one that is
            void = f == "opinion" and self._opinion_for_year(x, year) is None
            return (national(x), 2 if void else era, p, rank_key(x), x.start)

        return order(priority, v) < order(*prev)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        doc._.records = (
            self.regional_offices.apply(text, self.same_years(text, self.assemble(doc))) if doc._.relevant else []
        )
        return doc


@Language.factory("kepatuhan_records", default_config={"data_dir": ""})
def make_records(nlp: Language, name: str, data_dir: str) -> RecordAssembler:
    return RecordAssembler(nlp, name, data_dir or None)
