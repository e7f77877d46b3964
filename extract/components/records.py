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
- in a list whose last member has a zone/grade/opinion and the others have no value of
  their own ("Manokwari dan Fakfak masuk ... zona kuning"), the others share it; so do
  entities named after "bersama";
- a sentence with values but no entity continues the single subject of the sentence
  before it ("... Pemerintah Kabupaten OKU Timur ... . Hal ini dibuktikan ... Nilai 94,39");
- the year of a value is the year written in its clause ("pada 2022", "tahun lalu"), else
  the last one before it in its sentence, else the article's assessment year; the earlier
  state of a change ("naik dari zona merah ke zona kuning") is the year before;
- sentences that define the scheme ("nilai 88,00-100 zona hijau") carry no claims.
An entity's own values win over values it gets from a prefix, a group or a list.
Sets `doc._.records: list[Record]`. Knowledge: models/values.yaml (share words).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.casefold import doc_lower, pick
from extract.components.knowledge import doc_text, DataComponent, read_yaml, words_alt
from extract.components.mentions import EntityMention, GroupMarker, Value, YearMention
from extract.types import Record

if not Doc.has_extension("records"):
    Doc.set_extension("records", default=None)

CATEGORICAL = ("zone", "grade", "opinion")
# between two members of a list, possibly after the first member's bracketed value ("Bantul (91,20), Sleman")
LIST_SEP = re.compile(r"^\s*(?:\([^()]{1,40}\))?[\s,]*(?:(?:dan|serta|&)\s+)?(?:(?:Pemerintah|Pemda)(?:\s+\w+)?\s+)?$",
                      re.IGNORECASE)
ALL_WORDS = re.compile(r"(?i)(?<![\w])(semua|semuanya|seluruhnya)(?![\w])")
COLOURS = re.compile(r"(?i)(?<![\w])(hijau|kuning|merah)(?![\w])")
DATELINE_AFTER = re.compile(r"^\s*(?:\([A-Za-z .]{2,20}\)|,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?\s*[-–—]\s")
FORWARD_LINK = re.compile(r"^\s*(?:,|:)?\s*(?:ada|adalah|yakni|yaitu|ditempati(?:\s+oleh)?|diraih(?:\s+oleh)?|diduduki(?:\s+oleh)?)?\s*$", re.IGNORECASE)
# a full stop before a capital also ends a clause: sentences the splitter kept together ("kategori B. Pada ...")
CLAUSE_SPLIT = re.compile(r",\s|;\s|\s(?:dan|sedangkan|serta|menjadi|namun|tetapi|lalu|setelah|padahal|sementara)\s|\.\s+(?-i:(?=[A-Z][a-z]))",
                          re.IGNORECASE)
OWN, PREFIX, GROUP, SHARED, CARRY = 0, 1, 2, 3, 1
# between a group's noun and the government that owns it: "unit pelayanan publik Pemkab Sleman"
OWNER_GAP = re.compile(r"[ \t]*(?:(?:publik|pelayanan|layanan|di|milik|lingkup|lingkungan|pada)[ \t]+){0,3}")
RESPECTIVELY = re.compile(r"(?i)(?<![\w-])(?:masing-masing|masing masing|berturut-turut)(?![\w-])")
# a list item line: "- Kabupaten X", "• Kota Y", "1. Kabupaten Z", "a) Kota W"
LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)]|[a-z][.)])\s+")
# between two years listed together: "2022 dan 2023", "2019, 2021, dan 2022", "2022 serta 2023"
RANGE_SEP = re.compile(r"\s*[-–]\s*")
COMPARED_YEAR = re.compile(r"(?i)(?:dibanding(?:kan)?|ketimbang|daripada)\s+(?:dengan\s+)?(?:pada\s+)?$")
# a score handed on to the entity after it: "skor terendah 70,20 diraih Puskesmas Talang Banjar"
PASSIVE_LINK = re.compile(r"^\s*,?\s*(?:diraih|diperoleh|dicapai|dicatat|dicatatkan|ditorehkan|dimiliki)(?:\s+oleh)?\s*$",
                          re.IGNORECASE)
RANGE_OF_YEARS = re.compile(r"(?<!\d)20\d\d\s*[-–]\s*20\d\d(?!\d)")  # "2021-2023" is no score band
YEAR_SEP = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|(?:dan|serta|&)\s+)(?:tahun\s+)?", re.IGNORECASE)


@dataclass
class Claim:
    entity: EntityMention
    value: Value
    priority: int
    sentence: tuple[int, int]


@dataclass
class _Group:
    """A pending group ("8 kabupaten/kota yang masuk zona hijau"): its values go to the next `left`
    distinct entities named. A counted group named inside a larger one that has values ("5 kabupaten
    ... yakni", "3 di antaranya pada 2019 zona kuning") is a subset: its members get both."""

    values: dict
    left: int | None
    age: int = 0
    outer: "_Group | None" = None
    members: set = None

    def __post_init__(self):
        self.members = set() if self.members is None else self.members

    @staticmethod
    def open(g: GroupMarker, active: "_Group | None") -> "_Group":
        nested = active is not None and active.values and g.count and not g.anaphoric \
            and (active.left is None or active.left >= g.count)
        return _Group({}, g.count, outer=active if nested else None)

    def live(self) -> "_Group | None":
        """This group while it still takes members, else the group it is a subset of."""
        grp = self
        while grp is not None and grp.left is not None and grp.left <= 0:
            grp = grp.outer
        return grp

    def tick(self) -> "_Group | None":
        """One sentence later: groups expire after six sentences, uncounted ones after their own."""
        grp, out, chain = self, None, []
        while grp is not None:
            grp.age += 1
            chain.append(grp)
            grp = grp.outer
        for grp in chain:
            if not (grp.age > 6 or (grp.left is None and grp.age > 0)):
                return grp.live()
        return out

    def take(self, key) -> list[tuple[Value, int]]:
        """The values an entity gets as a member (the subset's own first), counting it once."""
        out, grp, prio = [], self, GROUP
        while grp is not None:
            if grp.left is None or grp.left > 0 or key in grp.members:
                out.extend((v, prio) for v in grp.values.values())
                if key not in grp.members:
                    grp.members.add(key)
                    if grp.left is not None:
                        grp.left -= 1
            grp, prio = grp.outer, SHARED
        return out


@dataclass
class _Listed:
    """The distinct subjects named after a group phrase, leaving out the government that owns the
    group ("tujuh unit pelayanan publik Pemkab Sleman yang dijadikan sampel, yakni ...")."""

    sentence: int
    end: int
    members: dict = field(default_factory=dict)

    def add(self, ents: list, text: str) -> None:
        for e in ents:
            if e.start < self.end:
                continue
            if not self.members and OWNER_GAP.fullmatch(text[self.end:e.start]):
                continue  # the group's owner, named right after its noun
            self.members.setdefault((e.name, e.entity_type, e.parent), e)


@dataclass
class _Span:
    start: int
    end: int


class _Sorted(list):
    """A list sorted by .start that remembers its keys for bisecting."""

    def __init__(self, items):
        super().__init__(sorted(items, key=lambda it: it.start))
        self._keys = [it.start for it in self]


def _within(items: list, start: int, end: int) -> list:
    """Items (sorted by .start) that start in [start, end): bisect, so long texts stay linear."""
    keys = [it.start for it in items] if not hasattr(items, "_keys") else items._keys
    return items[bisect_left(keys, start):bisect_left(keys, end)]


def _covers(spans: list, pos: int) -> bool:
    """Does one of the (sorted, disjoint) spans contain pos?"""
    i = bisect_left(spans._keys, pos + 1) - 1
    return i >= 0 and spans[i].start <= pos < spans[i].end


def _search(pattern: re.Pattern, s: str, low_s: str | None):
    """pattern.search(s), run on low_s (s lower-cased, or None) when that gives the same match."""
    pat, string = pick(pattern, s, low_s)
    return pat.search(string)


def _inside_any(spans: list[tuple[int, int]], pos: int) -> bool:
    """pos lies within one of the sorted (start, end) spans."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


class RecordAssembler(DataComponent):
    files = ("values.yaml", "relevance.yaml", "units.yaml", "scoring_scheme.yaml")

    def load(self, data_dir: Path) -> None:
        scheme = read_yaml(data_dir / "scoring_scheme.yaml")
        # years without an assessment (2020): "the year before" 2021 is 2019
        self.not_assessed = {int(y) for y, d in (scheme.get("years") or {}).items()
                             if isinstance(d, dict) and d.get("assessed") is False}
        v = read_yaml(data_dir / "values.yaml")
        rel = read_yaml(data_dir / "relevance.yaml")
        other = rel.get("sentence_lookalike", [])
        self.other_score = re.compile("|".join(f"(?:{p})" for p in other), re.IGNORECASE) if other else None
        # the assessment named in the same sentence as another score ("Selain WTP, pada Penilaian
        # Kepatuhan ... masuk zona hijau"): each value belongs to the score named nearest to it
        own = rel.get("assessor", []) + rel.get("assessment_title", []) + rel.get("assessment", [])
        self.own_score = re.compile("|".join(f"(?:{p})" for p in own), re.IGNORECASE) if own else None
        self.share_re = re.compile(rf"(?<![\w])(?:{words_alt(v['share_before'])})(?![\w])", re.IGNORECASE)
        self.definition = re.compile(
            rf"(?:{words_alt(v['definition_markers'])})|\d\s*[-–]\s*\d", re.IGNORECASE)
        self.collective = set(v["collective_anaphora"])
        alls = v.get("collective_all", [])
        self.collective_all = re.compile(rf"(?<![\w])(?:{words_alt(alls)})(?![\w])", re.IGNORECASE) if alls else None
        u = read_yaml(data_dir / "units.yaml")
        self.ana_generic = {w.lower() for w in u.get("anaphora_generic", [])}
        self.ana_reach = u.get("anaphora_reach", 600)
        self.anaphor = re.compile(rf"(?<![\w])(?P<noun>{words_alt(u.get('anaphora_nouns', []))})\s+"
                                  rf"(?:{words_alt(u.get('anaphora_determiners', []))})(?![\w])", re.IGNORECASE) \
            if u.get("anaphora_nouns") else None
        ana = v.get("years_anaphora", [])
        self.years_anaphor = re.compile(rf"(?<![\w-])(?:{words_alt(ana)})(?![\w-])", re.IGNORECASE) if ana else None
        rel = v.get("related_links", [])
        self.related = re.compile(rf"(?i)^[ \t]*(?:{words_alt(rel)})(?![\w])") if rel else None
        same_n, same_w = v.get("same_as_before_nouns", []), v.get("same_as_before_words", [])
        self.same_as_before = re.compile(rf"(?<![\w])(?:ber)?(?:{words_alt(same_n)})\s+(?:{words_alt(same_w)})(?![\w-])",
                                         re.IGNORECASE) if same_n and same_w else None
        gen = v.get("generic_subjects", [])
        self.generic = re.compile(rf"(?<![\w])(?:{words_alt(gen)})(?![\w])", re.IGNORECASE) if gen else None

    # -- entities ---------------------------------------------------------------------
    @staticmethod
    def _entities(doc: Doc) -> list[EntityMention]:
        ms = [m for m in (doc._.regions or []) + (doc._.agencies or []) + (doc._.units or [])]
        ms.sort(key=lambda m: (m.start, -(m.end - m.start)))
        out: list[EntityMention] = []
        text = doc_text(doc)
        for m in ms:
            if out and m.start < out[-1].end:
                continue  # overlapping: keep the longer, earlier one
            # "Sulawesi Utara (Sultra)", "Kabupaten Mamuju Tengah (Mateng)": an alias, not a new entity
            if out and re.fullmatch(r"\s*\(\s*", text[out[-1].end:m.start]) and re.match(r"\s*\)", text[m.end:]):
                out[-1].end = m.end + text[m.end:].index(")") + 1
                continue
            # "Kabupaten Mimika, Provinsi Papua Tengah": the province only locates the regency
            if out and m.entity_type == "provinsi" and out[-1].entity_type in ("kabupaten", "kota") \
                    and out[-1].province == m.province and re.fullmatch(r"\s*[,(]?\s*", text[out[-1].end:m.start]):
                m.subject = m.weak = False
            # photo credits: "(Dok. Pemkot Makassar)", "(ANTARA/HO-Pemprov Banten)"
            open_paren = text.rfind("(", max(0, m.start - 40), m.start)
            if open_paren >= 0 and ")" not in text[open_paren:m.start] and \
                    re.match(r"(?i)\(\s*(dok|foto|sumber|antara|ho|istimewa|humas)\b", text[open_paren:]):
                m.subject = m.weak = False
            # datelines: "Kupang (ANTARA) - ...", "MANOKWARI – ...", "Lenteranusantara.Co.Id, Ambon – ..."
            line_start = text.rfind("\n", 0, m.start) + 1
            dl = DATELINE_AFTER.match(text[m.end:m.end + 30])
            # not a list item's "- Kabupaten Bungo – 90,10 – Hijau" (a value follows the dash)
            if m.start - line_start <= 60 and dl and not re.match(r"\s*\d", text[m.end + dl.end():]) \
                    and not LIST_ITEM.match(text[line_start:m.start]) \
                    and "." not in re.sub(r"(?i)\.(?:co|com|id|net|news)(?![a-z])", "", text[line_start:m.start]):
                m.subject = m.weak = False
            out.append(m)
        return out

    def _anaphora(self, text: str, ents: list[EntityMention]) -> list[EntityMention]:
        """ "Unit itu sendiri memperoleh 93,10": a stand-in for the last unit named before it
        (of the kind its noun names, "puskesmas tersebut"), placed where the anaphor is written."""
        if self.anaphor is None:
            return []
        units = [e for e in ents if e.entity_type == "unit"]
        out = []
        # "Seluruh OPD tersebut", "semua unit layanan itu": all of a list, not the last unit named
        alls = [] if self.collective_all is None else [m.span() for m in self.collective_all.finditer(text)]
        for m in self.anaphor.finditer(text):
            if any(e.start <= m.start() < e.end or m.start() <= e.start < m.end() for e in ents):
                continue
            if any(a <= m.start() < b for a, b in alls):
                continue
            noun = re.sub(r"\s+", " ", m.group("noun").lower())
            fits = [e for e in units if e.end <= m.start() and m.start() - e.end <= self.ana_reach and
                    (noun in self.ana_generic or e.name.lower().startswith(noun))]
            if fits:
                out.append(replace(fits[-1], start=m.start(), end=m.end(), subject=True, weak=False))
        return out

    @staticmethod
    def _key(e: EntityMention) -> tuple:
        return (e.name, e.entity_type, e.parent)

    def _main_government(self, ents: list[EntityMention]) -> EntityMention | None:
        govs = [e for e in ents if e.entity_type in ("provinsi", "kabupaten", "kota")]
        if not govs:
            return None
        subj = Counter(e.code for e in govs if e.subject)
        allc = Counter(e.code for e in govs)
        first = {}
        for e in govs:
            first.setdefault(e.code, e.start)
        # most named as a subject, then most named at all, then a kabupaten/kota over its province
        code = max(allc, key=lambda c: (subj[c], allc[c], "." in c, -first[c]))
        return next(e for e in govs if e.code == code)

    def _group_listed(self, g: GroupMarker, si: int, sents, subjects) -> bool:
        """Is a counted group ("10 Pemda zona hijau ...") followed by its members? At least half of
        them must be named in the next few sentences; otherwise the count is a statistic and its
        values belong to nobody in particular."""
        if not g.count:
            return True
        end = sents[min(len(sents) - 1, si + 6)][1]
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
            if c.value.kind in CATEGORICAL and c.value.start < before and c.sentence == last.sentence and \
                    (c.entity.name, c.entity.entity_type, c.entity.parent) == key:
                out.setdefault(c.value.kind, c.value)
        return list(out.values())

    def _collective_members(self, si: int, listed: "_Listed | None", last_subjects: list, last_sent: int) -> list:
        """ "Seluruh sampel tersebut memperoleh kategori A": everyone listed since the group phrase
        ("tujuh unit ... yakni A, B, ... . Kemudian G ..."), else the subjects of the sentence before."""
        if listed is not None and si - listed.sentence <= 4 and len(listed.members) > 1:
            return list(listed.members.values())
        if si - last_sent <= 2:
            return list({self._key(e): e for e in last_subjects}.values())
        return []

    def _related_lines(self, text: str) -> list:
        """Lines that link to other articles: "Baca juga: ..." and the list under "Berita Terkait:"
        (as spans with .start/.end, sorted, for _within)."""
        if self.related is None:
            return []
        out = []
        in_list = False
        first = False  # the line right after a bare heading is its link, bulleted or not
        for m in re.finditer(r"[^\n]*", text):
            line = m.group()
            if not line.strip():
                continue
            if self.related.match(line):
                out.append(_Span(m.start(), m.end()))
                in_list = first = not re.sub(r"(?i)^[ \t]*", "", line)[len(self.related.match(line).group().strip()):].strip(" :")
            elif in_list and (first or LIST_ITEM.match(line)):
                out.append(_Span(m.start(), m.end()))
                first = False
            else:
                in_list = first = False
        return _Sorted(out)

    def _own_values(self, sentence: str, ss: int, vals: list[Value]) -> list[Value]:
        """The values of a sentence that names another score (WTP, SAKIP, MCP) that are nearer to
        a mention of the Ombudsman assessment than to the other score; none when it is not named."""
        if self.own_score is None:
            return []
        others = [(m.start() + ss, m.end() + ss) for m in self.other_score.finditer(sentence)]
        owns = [(m.start() + ss, m.end() + ss) for m in self.own_score.finditer(sentence)]
        if not owns:
            return []

        def dist(v: Value, spans) -> int:
            return min(max(a - v.end, v.start - b, 0) for a, b in spans)
        return [v for v in vals if dist(v, owns) < dist(v, others)]

    # -- years ------------------------------------------------------------------------
    def _year_of(self, v: Value, sent: tuple[int, int], text: str, years: list[YearMention], base: int | None,
                 rel_base: int | None = None) -> int | None:
        return self._pick_year(v, sent, text, years, base, rel_base)[0]

    def _pick_year(self, v: Value, sent: tuple[int, int], text: str, years: list[YearMention], base: int | None,
                   rel_base: int | None = None, clauses: dict | None = None) -> tuple[int | None, YearMention | None]:
        """The value's year and the mention it was read from (None: the article's year).

        `clauses` caches each sentence's clause breaks (the claims of one sentence share them)."""
        rel_base = base if rel_base is None else rel_base

        def resolve(y: YearMention):
            if y.is_relative:
                return None if rel_base is None else rel_base + y.relative
            return y.year
        in_sent = _within(years, sent[0], sent[1])
        # the clause around the value
        cs, ce = sent
        breaks = None if clauses is None else clauses.get(sent)
        if breaks is None:
            breaks = [m.span() for m in CLAUSE_SPLIT.finditer(text, sent[0], sent[1])]
            if clauses is not None:
                clauses[sent] = breaks
        for b_start, b_end in breaks:
            if b_end <= v.start:
                cs = b_end
            elif b_start >= v.end:
                ce = b_start
                break
        in_clause = [y for y in in_sent if cs <= y.start < ce]
        if v.prior:
            # "dari 25,98 persen pada 2022": the year written right after the earlier value;
            # otherwise the year before the one the sentence speaks of ("Tahun 2024 ... naik dari zona merah")
            right_after = [y for y in in_clause if v.end <= y.start <= v.end + 25]
            if right_after:
                return resolve(right_after[0]), right_after[0]
            before = [y for y in in_sent if y.end <= v.start]
            ref = resolve(before[-1]) if before else base
            return self._assessment_before(ref), None
        # "menjadi 88,40 dibanding tahun sebelumnya": the year compared with is not the value's
        in_clause = [y for y in in_clause if y.end <= v.start or not COMPARED_YEAR.search(text, max(0, y.start - 20), y.start)]
        if in_clause:
            # an explicit year beats a relative phrase in the same clause ("dua tahun lalu pada 2022")
            in_clause = [y for y in in_clause if not y.is_relative] or in_clause
            before = [y for y in in_clause if y.start <= v.start]  # <=: a table cell's column year sits at its start
            y = before[-1] if before else in_clause[0]
            return resolve(y), y
        before = [y for y in in_sent if y.end <= v.start]
        if before:
            last = before[-1]
            if last.is_relative:  # "Pada 2022, dua tahun lalu, nilai ...": the written year right beside it wins
                near = [y for y in before if not y.is_relative and abs(y.start - last.end) <= 40 or
                        not y.is_relative and abs(last.start - y.end) <= 40]
                if near:
                    return resolve(near[-1]), near[-1]
            return resolve(last), last
        return base, None

    def _assessment_before(self, year: int | None) -> int | None:
        """The assessment held before `year` (none was held in 2020)."""
        if year is None:
            return None
        year -= 1
        while year in self.not_assessed:
            year -= 1
        return year

    @staticmethod
    def _coordinated(y: YearMention, years: list[YearMention], text: str) -> list[YearMention]:
        """The written years listed together with y ("pada 2022 dan 2023", "2021, 2022 dan 2023")."""
        if y is None or y.is_relative:
            return [y] if y is not None else []
        absolute = [m for m in years if not m.is_relative]
        i = next((k for k, m in enumerate(absolute) if m is y), None)
        if i is None:
            return [y]
        lo = hi = i
        while lo > 0 and YEAR_SEP.fullmatch(text[absolute[lo - 1].end:absolute[lo].start]):
            lo -= 1
        while hi + 1 < len(absolute) and YEAR_SEP.fullmatch(text[absolute[hi].end:absolute[hi + 1].start]):
            hi += 1
        run = absolute[lo:hi + 1]
        if y.range_from is None:
            nxt = absolute[hi + 1] if hi + 1 < len(absolute) else None
            if nxt is not None and nxt.range_from == y.year and RANGE_SEP.fullmatch(text[y.end:nxt.start]):
                run = run + [nxt]  # "(2021-2023)" read from its first year
        out: list[YearMention] = []
        for m in run:
            if m.range_from is not None:  # "2021-2023": every year of the span
                out = [o for o in out if o.year != m.range_from]
                out += [YearMention(m.start, m.start, yy) for yy in range(m.range_from, m.year)]
            out.append(m)
        return out

    def _claim_years(self, claims: list[Claim], text: str, years: list[YearMention], base, rel_base,
                     low: str | None = None):
        """The years of each claim. A value read from a list of years holds for each of them ("zona
        hijau pada 2019 dan 2021"), or, when the entity has as many values of that kind in the
        sentence as years are listed, respectively ("pada 2022 dan 2023 ... nilai 97,60 dan 98,17");
        so do the values of a sentence that refers back to the years just listed ("Pada dua tahun itu
        ... peringkat 1")."""
        clauses: dict = {}
        picked = [self._pick_year(c.value, c.sentence, text, years, base, rel_base, clauses) for c in claims]
        years_anaphor, atext = (None, None) if self.years_anaphor is None else pick(self.years_anaphor, text, low)
        out: list[list[int | None]] = [[y] for y, _ in picked]
        groups: dict[tuple, list[int]] = defaultdict(list)
        for i, (c, (_y, m)) in enumerate(zip(claims, picked)):
            run = self._coordinated(m, years, text) if m is not None else []
            if m is None and years_anaphor is not None and \
                    years_anaphor.search(atext, c.sentence[0], c.sentence[1]):
                run = self._previous_year_list(c.sentence[0], years, text)
            if len(run) > 1:
                groups[(self._key(c.entity), c.value.kind, c.sentence, tuple(r.year for r in run))].append(i)
        for (_, kind, _, run_years), idx in groups.items():
            run = [YearMention(0, 0, yy) for yy in run_years]
            idx.sort(key=lambda k: claims[k].value.start)
            if len(idx) == len(run):
                for k, m in zip(idx, run):
                    out[k] = [m.year]
            elif len(idx) == 1 and kind != "score":  # one score for several years is a misreading
                out[idx[0]] = [m.year for m in run]
        return out

    def _previous_year_list(self, before: int, years: list[YearMention], text: str) -> list[YearMention]:
        """The last list of two or more written years before `before` (within a few sentences)."""
        prior = [m for m in years if not m.is_relative and m.end <= before and before - m.end <= 400]
        if not prior:
            return []
        return self._coordinated(prior[-1], years, text)

    # -- assembly ---------------------------------------------------------------------
    def assemble(self, doc: Doc) -> list[Record]:
        text = doc_text(doc)
        low = doc_lower(doc)  # case-insensitive searches run on it (extract/components/casefold.py)
        ents = self._entities(doc)
        subjects = [e for e in ents if e.subject] + self._anaphora(text, ents)
        values = _Sorted(doc._.values or [])
        groups = _Sorted(doc._.groups or [])
        weak_ents = _Sorted([e for e in ents if not e.subject and e.weak])
        subjects = _Sorted(subjects)
        sents = doc._.sent_spans or [(0, len(text))]
        claims: list[Claim] = []
        active: _Group | None = None      # pending group
        last_subjects: list[EntityMention] = []
        last_subject_sent = -10
        recent: list[EntityMention] = []  # distinct subjects in order, for "Ketiganya"
        heading: list[Value] = []         # zone/grade/opinion of a list heading ("... masuk zona merah:")
        listed: _Listed | None = None     # the entities named since the last group phrase

        skipped = self._related_lines(text)
        for si, (ss, se) in enumerate(sents):
            if skipped and _covers(skipped, ss + len(text[ss:se]) - len(text[ss:se].lstrip())):
                continue  # a link to another article
            s_ents, s_vals, s_groups = _within(subjects, ss, se), _within(values, ss, se), _within(groups, ss, se)
            sentence = text[ss:se]
            low_s = None if low is None else low[ss:se]
            found = lambda pattern: _search(pattern, sentence, low_s)  # noqa: E731, B023 - this sentence's search
            zones = {v.value for v in s_vals if v.kind == "zone"}
            colours = {c.lower() for c in COLOURS.findall(sentence)}
            if self.other_score is not None and found(self.other_score):
                s_vals = self._own_values(sentence, ss, s_vals)
            if _search(self.definition, RANGE_OF_YEARS.sub(" ", sentence),
                       None if low_s is None else RANGE_OF_YEARS.sub(" ", low_s)) or (not s_ents and (len(zones) > 1 or (zones and len(colours) > 1))):
                s_vals = []  # the scheme's definition, not a claim
            if active is not None:
                active = active.tick()

            if heading and not LIST_ITEM.match(sentence):
                heading = []
            if not s_ents and s_vals and sentence.rstrip().endswith(":") and LIST_ITEM.match(text[se:se + 40]):
                # "Berikut daerah yang masuk zona merah:" then "- Kabupaten Sampang (48,20)" lines
                heading = [v for v in s_vals if v.kind in CATEGORICAL]
                if heading:
                    continue
            if heading and s_ents:
                for e in s_ents:
                    claims.extend(Claim(e, v, GROUP, (ss, se)) for v in heading)
            # "18 kabupaten/kota lainnya menerima penghargaan serupa yaitu ...": the labels last given
            same: list[Value] = []
            if self.same_as_before is not None and not any(v.kind in CATEGORICAL for v in s_vals) and found(self.same_as_before):
                same = self._last_labels(claims, ss)
            if not s_ents and s_vals and self.generic is not None and found(self.generic):
                continue  # "masih ada daerah yang berada di zona kuning": nobody in particular
            if not s_ents:
                coll = [g for g in s_groups if g.anaphoric and g.count]
                fresh = [g for g in s_groups if not g.anaphoric]
                if coll and s_vals and recent:
                    for e in recent[-coll[0].count:]:
                        for v in s_vals:
                            if v.kind in CATEGORICAL:
                                claims.append(Claim(e, v, SHARED, (ss, se)))
                elif s_vals and not s_groups and self.collective_all is not None and found(self.collective_all) \
                        and len(members := self._collective_members(si, listed, last_subjects, last_subject_sent)) > 1:
                    for e in members:
                        claims.extend(Claim(e, v, SHARED, (ss, se)) for v in s_vals if v.kind in CATEGORICAL)
                elif fresh and not self._group_listed(fresh[-1], si, sents, subjects):
                    continue  # "Dari 35 kabupaten/kota, 33 daerah sudah masuk zona hijau": a statistic
                elif fresh:
                    g = fresh[-1]
                    active = _Group.open(g, active)
                    listed = _Listed(si, g.end)
                    for v in same:
                        active.values.setdefault(v.kind, v)
                    for v in s_vals:
                        if v.start > g.start:
                            active.values.setdefault(v.kind, v)
                elif s_vals and len({self._key(e) for e in last_subjects}) == 1 and si - last_subject_sent <= 2 \
                        and not s_groups:
                    for v in s_vals:
                        claims.append(Claim(last_subjects[0], v, CARRY, (ss, se)))
                elif s_vals and not s_groups:
                    # "Bupati Seluma ... menerima predikat zona hijau dengan nilai 91,25": the only
                    # government the sentence names, even as an office or a place
                    weak = {self._key(e): e for e in _within(weak_ents, ss, se)}
                    if len(weak) == 1:
                        e = next(iter(weak.values()))
                        for v in s_vals:
                            claims.append(Claim(e, v, CARRY, (ss, se)))
                        last_subjects, last_subject_sent = [e], si
                continue

            items = sorted([(e.start, 0, e) for e in s_ents] + [(v.start, 1, v) for v in s_vals] +
                           [(g.start, 2, g) for g in s_groups], key=lambda t: (t[0], t[1]))
            current: EntityMention | None = None
            collecting = False
            prefix: list[Value] = []
            first_entity = True
            own: dict[int, list[Value]] = defaultdict(list)
            forward: dict[int, list[Value]] = {}
            inline_heads: dict[str, Value] = {}  # "Zona Hijau: A (90,10), B; Zona Kuning: C"
            for _, kind, it in items:
                if kind == 2:
                    if not it.anaphoric or active is None:
                        active = _Group.open(it, active)
                        listed = _Listed(si, it.end)
                        for v in same:
                            active.values.setdefault(v.kind, v)
                    collecting, current = True, None
                elif kind == 1 and it.kind in CATEGORICAL and re.match(r"\s*:", text[it.end:it.end + 3]):
                    inline_heads[it.kind] = it  # a heading for the entities after it, until the next one
                    current = None
                elif kind == 1:
                    nxt = next((e for e in s_ents if e.start >= it.end and e.start > it.start), None)
                    if nxt is not None and it.forward:
                        forward.setdefault(id(nxt), []).append(it)  # "kedua, setelah Kemlu": Kemlu is first
                    elif nxt is not None and current is not None and (
                            it.kind == "rank" and FORWARD_LINK.match(text[it.end:nxt.start])
                            or it.kind == "score" and PASSIVE_LINK.match(text[it.end:nxt.start])):
                        forward.setdefault(id(nxt), []).append(it)  # "kedelapan yakni Sumbawa Barat"
                    elif collecting and active is not None:
                        active.values.setdefault(it.kind, it)
                    elif current is None:
                        prefix.append(it)
                    else:
                        own[id(current)].append(it)
                        claims.append(Claim(current, it, OWN, (ss, se)))
                else:
                    collecting, current = False, it
                    for v in inline_heads.values():
                        claims.append(Claim(it, v, PREFIX, (ss, se)))
                    for v in forward.get(id(it), []):
                        own[id(it)].append(v)
                        claims.append(Claim(it, v, OWN, (ss, se)))
                    for v in prefix:
                        if v.kind in ("score", "rank") and not first_entity:
                            continue  # "Peringkat pertama diraih X ..., disusul Y": one rank, one holder
                        claims.append(Claim(it, v, PREFIX, (ss, se)))
                    if active is not None:
                        claims.extend(Claim(it, v, prio, (ss, se)) for v, prio in active.take(self._key(it)))
                        active = active.live()
                    first_entity = False
            if same and not s_groups:  # "Kota X meraih predikat yang sama"
                for e in s_ents:
                    if not any(v.kind in CATEGORICAL for v in own.get(id(e), [])):
                        claims.extend(Claim(e, v, SHARED, (ss, se)) for v in same)
            # "Bungo, Tebo, dan Batanghari ... dengan nilai masing-masing 90,10, 88,20 dan 85,00": in order
            resp = found(RESPECTIVELY)
            if resp:
                cut = ss + resp.start()
                stop = next((e.start for e in s_ents if e.start > cut), se)  # up to the next entity named
                svals = [v for v in s_vals if v.kind == "score" and cut < v.start < stop]
                members = list({self._key(e): e for e in s_ents if e.start < cut}.values())
                if len(svals) == len(members) >= 2:
                    ids = {id(v) for v in svals}
                    claims = [c for c in claims if id(c.value) not in ids]
                    claims.extend(Claim(e, v, OWN, (ss, se)) for e, v in zip(members, svals))
                    for e, v in zip(members, svals):
                        own[id(e)].append(v)
            # lists sharing the last member's zone/grade/opinion, and "bersama"
            run: list[EntityMention] = [s_ents[0]]
            runs = []
            for prev, cur in zip(s_ents, s_ents[1:]):
                if LIST_SEP.match(text[prev.end:cur.start]):
                    run.append(cur)
                else:
                    runs.append(run)
                    run = [cur]
            runs.append(run)
            for ri, r in enumerate(runs):
                donor_vals = [v for v in own.get(id(r[-1]), []) if v.kind in CATEGORICAL]
                for e in r[:-1]:
                    # a member with only a score of its own still shares the list's zone ("Bantul (91,20),
                    # Sleman (90,10) dan Kulon Progo (88,05) masuk zona hijau")
                    mine = {v.kind for v in own.get(id(e), [])}
                    if not mine & set(CATEGORICAL):
                        claims.extend(Claim(e, v, SHARED, (ss, se)) for v in donor_vals)
                if ri > 0:
                    prev_last = runs[ri - 1][-1]
                    between = text[prev_last.end:r[0].start]
                    if _search(self.share_re, between, None if low is None else low[prev_last.end:r[0].start]):
                        donor = [v for v in own.get(id(prev_last), []) if v.kind in CATEGORICAL]
                        for e in r:
                            if not own.get(id(e)):
                                claims.extend(Claim(e, v, SHARED, (ss, se)) for v in donor)
            last_subjects, last_subject_sent = s_ents, si
            if listed is not None:
                listed.add(s_ents, text)
            for e in s_ents:
                recent = [x for x in recent if self._key(x) != self._key(e)] + [e]
            # "... sehingga 5 OPD yang menjadi sampel semua ...": the sentence's zone/grade/opinion
            # holds for all of the last N entities named
            for g in s_groups:
                if g.count and _search(ALL_WORDS, text[g.end:se], None if low is None else low[g.end:se]):
                    for e in recent[-g.count:]:
                        claims.extend(Claim(e, v, SHARED, (ss, se)) for v in s_vals if v.kind in CATEGORICAL)

        return self._records(doc, claims, ents)

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
        claim_years = self._claim_years(claims, text, years, base, rel_base, doc_lower(doc))
        for c, year in [(c, y) for c, ys in zip(claims, claim_years) for y in ys]:
            e = c.entity
            if year is None:
                continue
            if e.entity_type == "unit" and e.parent is None and main is not None:
                e.parent, e.province = main.name, main.province
            key = (self._key(e), year)
            if key not in merged:
                merged[key] = {"entity": e, "fields": {}, "evidence": []}
                order.append(key)
            slot = merged[key]
            f = c.value.kind
            prev = slot["fields"].get(f)
            # a rank with a stated scope beats one without ("posisi ketiga adalah X yang menempati posisi 322 secara nasional")
            rank_key = (lambda v: 0 if v.scope else 1) if f == "rank" else (lambda v: 0)
            if prev is None or (c.priority, rank_key(c.value), c.value.start) < (prev[0], rank_key(prev[1]), prev[1].start):
                slot["fields"][f] = (c.priority, c.value)
            if c.sentence[0] <= e.start < c.sentence[1]:
                span = (min(e.start, c.value.start), max(e.end, c.value.end))
            else:
                span = (c.value.start, c.value.end)
            if span not in slot["evidence"]:
                slot["evidence"].append(span)
        out = []
        for key in order:
            slot = merged[key]
            e, fields = slot["entity"], slot["fields"]
            get = lambda k: fields[k][1] if k in fields else None  # noqa: E731, B023 - used in this iteration only  # noqa: B023 - called within this iteration
            rank = get("rank")
            scope = rank.scope if rank else None
            if scope == "provinsi" and e.entity_type in ("kementerian", "lembaga", "provinsi"):
                scope = "nasional"  # ministries, agencies and provinces are only ranked nationally
            rec = Record(
                entity=e.name, entity_type=e.entity_type, year=key[1],
                region_code=e.code if e.entity_type in ("provinsi", "kabupaten", "kota") else None,
                province=e.province, parent=e.parent,
                score=get("score").value if get("score") else None,
                rank=rank.value if rank else None, rank_scope=scope,
                zone=get("zone").value if get("zone") else None,
                grade=get("grade").value if get("grade") else None,
                opinion=get("opinion").value if get("opinion") else None,
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
