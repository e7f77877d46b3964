"""Group rules of the record assembler (a mixin of RecordAssembler, extract/components/records/component.py):
the rest of a list after an exception, a group of everyone, the government a group lies in, a label
handed to the group named after it, a label looked back at, a claim after the scheme's definition.
Knowledge: models/values.yaml."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.records.claims import PREFIX, Claim
from extract.components.records.same_years import SameYears
from extract.components.common.knowledge import any_word, words_alt
from extract.components.common.mentions import EntityMention, GroupMarker, Value
from extract.types import CATEGORICAL

RANGE_OF_YEARS = re.compile(r"(?<!\d)20\d\d\s*[-–]\s*20\d\d(?!\d)")  # "2021-2023" is no score band
# between a group's noun and the government it lies in: "pemerintahan daerah (Pemda) Provinsi X", "pemda di Provinsi X"
OWNER_GAP_ABBR = re.compile(
    r"[ \t]*(?:\([ \t]*[A-Za-z]{2,10}[ \t]*\)[ \t]*)?(?:(?:publik|pelayanan|layanan|di|milik|lingkup|"
    r"lingkungan|pada|jajaran|wilayah|se-?)[ \t]+){0,3}"
)


class ClaimGroups:
    # what the other parts of RecordAssembler give this one (records.py loads the patterns)
    noun_types: dict[str, set[str]]
    noun_heads: dict[str, tuple[str, ...]]
    definition: re.Pattern[str]
    _key: Callable[[EntityMention], tuple]

    def load_group_rules(self, v: dict) -> None:
        every = v.get("group_everyone_before", [])
        # "Tujuh instansi Pemkot X", "lima unit layanan Pemkab Y": a group of a government's own units
        self.own_unit_nouns = {w.lower() for w in v.get("own_unit_nouns", [])}
        self.same_years = SameYears(v)  # "Prestasi yang sama juga diraih pada 2022 dan 2023" (records/same_years.py)
        self.everyone = re.compile(rf"(?<![\w])(?:{words_alt(every)})\s+$", re.IGNORECASE) if every else None
        bes = v.get("besides_before", [])
        self.besides = re.compile(rf"(?<![\w])(?:{words_alt(bes)})\s+$", re.IGNORECASE) if bes else None
        rcp = v.get("group_recipient_links", [])
        tails = v.get("label_tails", [])
        tail = rf"(?:\s+(?:{words_alt(tails)}))?" if tails else ""
        self.recipient = re.compile(rf"{tail}\s*,?\s*(?:{words_alt(rcp)})\s+", re.IGNORECASE) if rcp else None
        gl = v.get("gloss_openers", [])
        self.combined = any_word(v.get("combined_words", []))
        lv = v.get("legend_verbs", [])
        self.legend = (
            re.compile(
                rf"\W*zona\s+(?:hijau|kuning|merah)\s*(?:ini|itu|tersebut)?\s*,?\s*(?:{words_alt(lv)})(?![\w])", re.I
            )
            if lv
            else None
        )
        self.gloss_opener = re.compile(rf"\s*[\"“']?\s*(?:{words_alt(gl)})(?![\w])", re.IGNORECASE) if gl else None
        rest, exc = v.get("rest_words", []), v.get("exception_words", [])
        self.rest_word = re.compile(rf"(?:{words_alt(rest)})", re.IGNORECASE) if rest else None
        self.exception_word = any_word(exc)
        # "A, B dan C, hanya provinsi yang mendapat zona hijau": the label after "hanya ... yang" (no clause
        # break before it) is the one named there, never the places listed before
        self.only_other = (
            re.compile(rf",\s*(?:{words_alt(exc)})\s+[^,.;:\n]{{0,40}}?\byang\b[^,.;:\n]*$", re.IGNORECASE)
            if exc
            else None
        )

    def _for_someone_else(self, text: str, c: Claim) -> bool:
        """Is c's value said of another than c's entity, named after an exception word between them?"""
        e, v = c.entity, c.value
        if self.only_other is None or not e.end <= v.start or not c.sentence[0] <= e.start:
            return False
        return self.only_other.search(text, e.end, v.start) is not None

    def _group_owner(self, text: str, g: GroupMarker, e: EntityMention) -> bool:
        """ "Tiga pemerintahan daerah (Pemda) Provinsi Sulawesi Tengah", "7 OPD Pemkab Sleman": a government
        written right after a group's noun, of a kind the group is not made of, is where the group is."""
        if g.noun is None or e.start > g.end and not OWNER_GAP_ABBR.fullmatch(text, g.end, e.start):
            return False
        heads = self.noun_heads.get(g.noun.lower())
        if heads and e.entity_type == "unit":
            return not e.name.startswith(heads)  # "empat Polres (jajaran) Polda NTT": the office they are under
        kinds = self.noun_types.get(g.noun or "") or ({"unit"} if g.noun.lower() in self.own_unit_nouns else None)
        return e.entity_type not in kinds if kinds else e.entity_type == "provinsi"

    def _everyone(self, text: str, g: GroupMarker) -> bool:
        """ "seluruh atau 11 pemerintah kabupaten kota": the group is every one of its kind."""
        return self.everyone is not None and bool(self.everyone.search(text, max(0, g.start - 25), g.start))

    def _given_to(self, text: str, v: Value, g: GroupMarker) -> bool:
        """ "memberikan penilaian zona kuning untuk 3 kabupaten": a label handed to the group after it."""
        return (
            v.kind in CATEGORICAL
            and v.end <= g.start
            and self.recipient is not None
            and bool(self.recipient.fullmatch(text, v.end, g.start))
        )

    def _rest_of_list(
        self,
        text: str,
        sent: tuple[int, int],
        s_ents: list,
        s_vals: list[Value],
        s_groups: list,
        own: dict,
        before: list,
    ) -> list[Claim]:
        """ "... yakni A, B, C dan D, hasilnya hanya C yang meraih predikat hijau, selainnya kuning semua":
        the members listed (in this sentence or just before), less the exception (named after "hanya",
        "kecuali", or with a label of that kind of its own here), get the label after the rest word."""
        ss, se = sent
        rest = next(
            (
                g
                for g in s_groups
                if g.count is None and self.rest_word is not None and self.rest_word.fullmatch(text[g.start : g.end])
            ),
            None,
        )
        if rest is None or any(e.start > rest.start for e in s_ents):
            return []  # "selebihnya masuk zona kuning, yaitu C, D": the rest named, a group of its own
        if any(g.count and rest.end <= g.start <= rest.end + 30 for g in s_groups):
            return []  # "dan sisanya sebanyak enam pemerintah kabupaten ... zona merah": a counted group of its own
        labels = [v for v in s_vals if v.kind in CATEGORICAL and v.start >= rest.start]
        kinds = {v.kind for v in labels}
        exc = [m.start() for m in self.exception_word.finditer(text, ss, rest.start)] if self.exception_word else []
        # "A, B serta C masuk zona kuning, sisanya zona hijau": with no exception word, those listed before a
        # label of that kind of their own (before the rest word) are the exception
        labelled = [v.start for v in s_vals if v.kind in kinds and v.start < rest.start] if not exc else []
        excepted = {
            self._key(e)
            for e in s_ents
            if e.start < rest.start
            and (
                exc
                and e.start > exc[-1]
                or any(v.kind in kinds for v in own.get(id(e), []))
                or any(e.end <= p for p in labelled)
            )
        }
        if not labels or not excepted:
            return []  # no exception stated: "the others" are nobody in particular
        members = {self._key(e): e for e in before + [e for e in s_ents if e.start < rest.start]}
        return [Claim(e, v, PREFIX, sent) for k, e in members.items() if k not in excepted for v in labels]

    def _after_definition(self, sentence: str, ss: int, vals: list[Value], ents: list) -> list[Value]:
        """The scheme's definition carries no claims ("nilai 81-100 berarti hijau, sedangkan
        51-80 berarti kuning"), but a clause after it that names an entity does ("..., secara nasional nilai tertinggi
        diraih Kabupaten X dengan nilai 99,96"): the values after the definition's last clause, if
        an entity is named there."""
        cleaned = RANGE_OF_YEARS.sub(lambda m: " " * len(m.group()), sentence)
        marks = list(self.definition.finditer(cleaned))
        head = self._before_definition(cleaned, ss, vals, ents, marks[0].start()) if marks else []
        last = marks[-1] if marks else None
        m = re.compile(r"[,;]").search(cleaned, last.end()) if last is not None else None
        if m is None:
            return head
        cut = ss + m.end()
        if not any(e.start >= cut for e in ents):
            return head
        return head + [v for v in vals if v.start >= cut]

    @staticmethod
    def _before_definition(cleaned: str, ss: int, vals: list[Value], ents: list, mark: int) -> list[Value]:
        """ "Kabupaten X masuk zona hijau dengan nilai 90,71, dari rentang 81 sampai 100": a claim made in
        the clauses before the one that prints the band holds, when its entity is named before its values
        and those clauses name one colour at most."""
        cut = max(cleaned.rfind(",", 0, mark), cleaned.rfind(";", 0, mark), cleaned.rfind("(", 0, mark))
        head = [v for v in vals if v.end <= ss + cut] if cut > 0 else []
        if not head or len({v.value for v in head if v.kind == "zone"}) > 1:
            return []
        first = min(v.start for v in head)
        if not ents:  # "Kini masuk zona hijau dengan nilai 90,71, dari rentang ...": the subject continued
            return head if any(v.kind == "score" for v in head) else []
        before = [e for e in ents if e.end <= first]
        # the entity's own clause: "Kepala ORI Bali, ..., menjelaskan ... zona hijau" is no claim of Bali
        if not before or re.search(r"[,;]", cleaned[before[-1].end - ss : first - ss]):
            return []
        return head


def zone_change(s_vals: list[Value], colours: set[str]) -> bool:
    """ "Ada 3 kabupaten yang naik dari zona merah ke zona kuning": the colours of one change (the
    earlier one and the one now), not the scheme's bands."""
    zones = [v for v in s_vals if v.kind == "zone"]
    now = {v.value for v in zones if not v.prior}
    return len(now) == 1 and any(v.prior for v in zones) and colours <= {v.value for v in zones}


_YEAR = re.compile(r"(?<![\d.,])20\d\d(?![\d.,]\d)")


def zones_of_years(text: str, start: int, s_vals: list[Value]) -> bool:
    """ "tahun 2021 masih zona kuning, lalu tahun 2022 naik ke zona hijau": each colour told after a year
    of its own (one subject's series), not the scheme's bands."""
    zones = sorted((v for v in s_vals if v.kind == "zone"), key=lambda v: v.start)
    if len(zones) < 2:
        return False
    years: list[str] = []
    for before, zone in zip([None, *zones], zones):
        stretch = text[before.end if before is not None else start : zone.start]
        written = _YEAR.findall(stretch)
        if not written or written[-1] in years:
            return False
        years.append(written[-1])
    return True


SHARE = re.compile(r"(?i)(?:%|\bpersen)\s*(?:atau|,|\()?\s*$")


def scheme_bands(text: str, s, s_vals: list[Value], zones: set, colours: set[str]) -> bool:
    """Several colours in a sentence (`s`, records/walk.py _Sentence) naming no entity: the scheme's bands,
    unless they tell one subject's change, each its own year or each its own counted group."""
    several = len(zones) > 1 or bool(zones) and len(colours) > 1
    return (
        several
        and not zone_change(s_vals, colours)
        and not zones_of_years(text, s.start, s_vals)
        and not zones_of_groups(text, s.groups, s_vals)
    )


def zones_of_groups(text: str, groups: list[GroupMarker], s_vals: list[Value]) -> bool:
    """ "lima Polres masuk zona kuning ..., dan dua Polres masuk zona merah": a counted group before each zone
    (after the zone before it), so the colours are the groups' labels, not the scheme's bands ("62,50% atau
    10 pemprov masuk zona hijau, 25% atau 4 pemprov ...": shares of a whole, still the bands' statistics)."""
    zones = [v for v in s_vals if v.kind == "zone"]
    counted = [
        g for g in groups if g.count and not g.anaphoric and not SHARE.search(text, max(0, g.start - 16), g.start)
    ]
    bounds = [-1] + [v.start for v in zones]
    return len(zones) > 1 and all(any(a < g.start < b for g in counted) for a, b in zip(bounds, bounds[1:]))


# "nilainya sama 95-96", "sekitar 88-89": a value given roughly to one point, no band of the scheme (bands span
# 10+ points; a wider span, "berkisar 82-84", is left to the definition rules)
_RANGE = re.compile(r"(?<![\d.,])(\d{1,3})(?:[.,]\d{1,2})?\s*[-–]\s*(\d{1,3})(?:[.,]\d{1,2})?(?![\d])")


def narrow_ranges_out(sentence: str) -> str:
    """`sentence` with each range one point wide ("95-96") blanked out."""
    if "-" not in sentence and "–" not in sentence:
        return sentence  # (no dash: no range)
    return _RANGE.sub(lambda m: " " if int(m.group(2)) - int(m.group(1)) == 1 else m.group(0), sentence)
