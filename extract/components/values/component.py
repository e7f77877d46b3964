"""kepatuhan_values: scores, ranks (with scope), zones, grades and opinions, plus the group
phrases ("10 Pemda", "Kesepuluh Pemda tersebut") that distribute values over lists.

Knowledge: models/values.yaml. Only what the text states: a colour is a zone only after
"zona"/"predikat"/...; an opinion only in an opinion frame ("Opini Kualitas Tinggi",
"kategori B kualitas tinggi"), never from prose like "indikator kualitas tinggi"; a number
is a score only as a 0-100 value with at most two decimals that is not a range end, a date,
money or a count ("940", "88,305", "17.717", "88,00-100" are not scores).
Sets `doc._.values: list[Value]` and `doc._.groups: list[GroupMarker]`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.common.starts import finditer as from_starts
from extract.components.values.name_cues import WishCue
from extract.components.values.top_groups import TopGroup
from extract.components.common.casefold import lowered, pick, search_in
from extract.components.years.earlier import changed_into
from extract.components.values.earlier_chain import chain_earlier
from extract.components.common.knowledge import (
    any_word,
    SPELLINGS_FILE,
    DataComponent,
    doc_text,
    read_spellings,
    read_yaml,
    with_spellings,
    words_alt,
)
from extract.components.values.left import still_told
from extract.components.common.mentions import GroupMarker, Value, dedupe_values
from extract.components.values.award_top import AwardTopRanks
from extract.components.values.best_more import BestMoreRanks
from extract.components.values.best_score import BestScoreRanks
from extract.components.values.headed import HeadedPurpose
from extract.components.values.succession import SuccessionRanks
from extract.components.values.labels import LabelFinders
from extract.components.values.group_markers import _inside
from extract.components.values.ranks import _NUM, _ROMAN, RankFinders
from extract.components.values.split_decimals import SplitDecimals, passes_scale_top
from extract.components.values.ordered import OrderedRanks
from extract.components.values.tables import TableRanks
from extract.components.values.unit_best import UnitBestRanks
from extract.components.values.change_cues import ChangeCues
from extract.components.values.score_ranges import ScoreRanges
from extract.components.values.linked_integers import LinkedIntegers

for _ext in ("values", "groups"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)


# "Kota Dumai 71,42, Kabupaten Siak 78,3, Kabupaten Kampar 74, dan ...": a whole number right after a
# name, inside a run of decimal scores each after its name, is a score written without decimals
_IN_SCORE_RUN = re.compile(r"(?<![\w.,])\d{1,3},\d{1,2}\s*(?:,|;|dan)\s+(?:[A-Z][\w.-]*\s+){1,4}$")
_RUN_ITEM_END = re.compile(r"\s*(?:[,;)]|dan\b|serta\b|\.(?!\d)|$)")  # not "Puskesmas Ngaglik 2 98,09"
_GLOSS_GAP = re.compile(r"(?i)\s*(?:\(|,?\s*(?:atau|alias|/)\s+(?:zona\s+)?)")


_KEPT = re.compile(r"(?i)\b(?:mem|di)?pertahankan\s+(?:(?:predikat|opini|nilai|kategori|status)\s+)?$")


class Values(
    ChangeCues,
    LabelFinders,
    RankFinders,
    TableRanks,
    OrderedRanks,
    UnitBestRanks,
    BestMoreRanks,
    BestScoreRanks,
    SuccessionRanks,
    AwardTopRanks,
    SplitDecimals,
    DataComponent,
):
    files = ("values.yaml", "units.yaml", SPELLINGS_FILE)
    _low: tuple[str, str | None] | None = None  # (text, lowered(text)) of the text ranks() is reading
    _wishes: list[int] | None = None  # offsets of the wish words of the text find() is reading

    def load(self, data_dir: Path) -> None:
        v = read_yaml(data_dir / "values.yaml")
        self.v = v
        self.spellings = read_spellings(data_dir)  # misspelt nouns of labels and groups ("kualias tinggi")
        self.num_words = {**{k: n for k, n in v["cardinals"].items()}, **{k: n for k, n in v["ordinals"].items()}}
        v["rank_heads"] = with_spellings(v["rank_heads"], self.spellings)  # "perinkat ke-6"
        v["negation_particles"] = with_spellings(v["negation_particles"], self.spellings)  # "tidak perna"
        self._load_ranks(v)
        self._load_ordered(v)
        self._load_unit_best(v)
        self._load_best_more(v)
        self._load_succession(v)
        self._load_award_top(v)
        self._load_labels(v)
        self._load_label_changes(v)
        self._load_verdicts(v)
        self._load_scores(v)
        self._load_groups(v, data_dir)
        self._load_changes(v)

    def _spent(self, text: str, s: int, after: str) -> bool:
        """A percentage told of spending or a target met in its clause ("realisasi keuangan ... 99,41 persen")."""
        clause = re.split(r"[.;!?](?!\d)|\n", text[max(0, s - 120) : s])[-1]
        return bool(self.percent_not_of and re.match(r"\s*(?:%|persen)", after) and self.percent_not_of.search(clause))

    def _load_scores(self, v: dict) -> None:
        """What makes a number no score, and the wishes, negations and averages no one holds."""
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        # ... but "90,15 tahun lalu", "90,15 tahun 2023" date the score: a year phrase, not a count of years
        dating = words_alt(v["relative_previous"] + v["relative_current"])
        self.score_not_before = re.compile(
            rf"^\s*(?:(?:%|persen)\s*)?(?!(?:{dating})(?![\w-])|tahun\s+20\d\d(?!\d))(?:{words_alt(v['score_not_before'])})\b"
            rf"|^\s*(?:%|persen)\s*(?:lebih\s+)?(?:{words_alt(v.get('share_in_zone_after', []) or ['zona'])})(?![\w])"
            # "31,66 persen atau 63 Pemkab": a share restated as a count of governments or units
            rf"|^\s*(?:%|persen)\s*(?:atau|\(|,)\s*\d{{1,4}}\s+(?:{words_alt(v.get('group_nouns', []) or ['pemda'])})(?![\w])"
            # "65,5 persen kabupaten/kota di Jawa Tengah masuk zona hijau": the share of a group, no one's score
            rf"|^\s*(?:%|persen)\s*(?:(?:dari|total|jumlah|seluruh)\s+)*(?:{words_alt(v.get('group_nouns', []) or ['pemda'])})(?![\w])",
            I,
        )
        self.score_not_after = re.compile(rf"(?<![\w])(?:{words_alt(v['score_not_after'])})\s*$", I)
        self.ranges = ScoreRanges(v)  # "nilai 42 hingga 48,97", "berkisar 21,75" (values/score_ranges.py)
        self.percent_not_of = any_word(v.get("percent_not_of", []))  # "realisasi keuangan ... 99,41 persen"
        chg = v.get("score_not_after_change", [])
        self.score_change = re.compile(rf"(?<![\w])(?:{words_alt(chg)})\s*$", I) if chg else None
        # a difference: a change noun before the number, nothing between them that introduces a score
        self.diff_noun = re.compile(rf"(?<![\w])(?:{words_alt(v.get('difference_nouns', []))})(?![\w])", I)
        self.diff_not_before = re.compile(rf"(?<![\w])(?:{words_alt(v.get('difference_not_before', []))})\s*$", I)
        self.diff_of_label = re.compile(
            rf"(?<![\w])(?:{words_alt(v.get('difference_of_label', [])) or '(?!)'})(?![\w])", I
        )
        self.split_before = re.compile(
            rf"(?<![\w])(?:{words_alt(v.get('split_decimal_before', []))})[^.\d]{{0,12}}$|\(\s*$", I
        )
        scored, nouns = v.get("split_decimal_before_scored", []), v.get("split_decimal_score_nouns", [])
        self.split_scored = (
            re.compile(rf"(?<![\w])(?:{words_alt(nouns)})(?![\w])[^.!?\n]*?(?<![\w])(?:{words_alt(scored)}),?\s*$", I)
            if scored and nouns
            else None
        )
        wish, purpose = v.get("wish_words", []), v.get("purpose_words", [])
        self.wish_word = any_word(wish)
        self.wish_purpose = (
            re.compile(
                rf"(?<![\w])(?:{words_alt(wish)})(?![\w])(?:[^.!?\n]{{0,160}}?(?<![\w])"
                rf"(?:{words_alt(purpose)})(?![\w])[^.!?\n]{{0,120}}"
                # "Ia berharap agar ke depannya ... oleh Kabupaten X, yakni zona hijau": all the wish says
                rf"|\s+(?:{words_alt(purpose)})(?![\w])[^.!?\n]{{0,200}})$",
                I,
            )
            if wish and purpose
            else None
        )
        self.hypothetical = WishCue(v)
        self.top_group = TopGroup(v)
        self.headed = HeadedPurpose(v)
        self.negated = re.compile(
            rf"\b(?:{words_alt(v['negation_words'])})\b(?!\s+(?:{words_alt(v.get('negation_partial', []) or ['hanya'])})\b)"
            rf"(?:\s+(?:{words_alt(v['negation_particles'])}))?(?:\s+\w+){{0,2}}(?:\s+(?:{words_alt(v.get('negation_fillers', []) or ['ke'])})){{0,2}}\s*$"
            # "tidak termasuk provinsi yang mendapatkan predikat zona hijau": not one of those holding it
            rf"|\b(?:{words_alt(v['negation_words'])})\s+(?:{words_alt(v.get('negated_membership', []) or ['termasuk'])})"
            rf"\b(?:(?!\b(?:{words_alt(v.get('negation_clause_breaks', []) or ['karena'])})\b)[^.,;]){{0,60}}$",
            I,
        )
        # "belum bergerak dari zona kuning": a move denied keeps the state, neither negated nor left
        kept = [k for k in v.get("kept_state_before", []) if k.split()[0] in v["negation_words"]]
        self.kept_negated = re.compile(rf"(?<![\w])(?:{words_alt(kept)})\s+[^.;,]{{0,12}}$", I) if kept else None
        none = v.get("none_quantifiers", [])
        # "belum ada yang berada di kepatuhan tinggi atau zona hijau": nobody holds what follows
        self.held_by_none = (
            re.compile(rf"(?<![\w])(?:{words_alt(none)})(?![\w])[^.;!?\n]{{0,60}}$", I) if none else None
        )
        self.average = re.compile(rf"\b(?:{words_alt(v['average_words'])})\b[^.,;]{{0,30}}$", I)
        self.table_cols = {k: set(ws) for k, ws in v["table_columns"].items()}
        # "skor sekitar 86 poin": an approximate score is still the score written
        about = words_alt(v.get("approximate_words", []) + ["sebesar"])
        self.int_score_ctx = re.compile(
            rf"(?<![\w])(?:{words_alt(v['integer_score_before'])})\s*(?:(?:{about})\s+){{0,2}}$", I
        )
        self.linked_integers = LinkedIntegers(v)  # "Nilai X pada tahun 2022 adalah 61"

    def _load_groups(self, v: dict, data_dir: Path) -> None:
        """Group phrases ("10 Pemda", "Kesepuluh Pemda tersebut", "selebihnya") and changes of zone."""
        nw = words_alt(self.num_words)
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        # "enam kabupatan dan tiga kota": the nouns in their misspellings too (the marker's noun is spelt right)
        gn = words_alt(
            with_spellings(
                v["group_nouns"]
                + v.get("group_subset_nouns", [])
                + read_yaml(data_dir / "units.yaml").get("group_nouns", []),
                self.spellings,
            )
        )
        # "5 besar kab/kota", "sepuluh teratas pemda": the best ones of a kind, a group all the same
        top = v.get("group_top_words", [])
        top_re = rf"(?:(?:{words_alt(top)})\s+)?" if top else ""
        self.group_re = re.compile(
            rf"(?<![\w])(?P<n>\d{{1,3}}|{nw}|{words_alt(v['collective_anaphora'])}|sisanya)\s*(?:\(\s*[\w ]{{1,15}}\s*\)\s*)?"
            rf"{top_re}(?P<noun>{gn})(?![\w/])"
            # "10 unit layanan atau kerja ini": a second wording of the noun before the anaphor
            rf"(?:\s+atau\s+\w+(?=\s+(?:{words_alt(v['group_anaphora_after'])})(?![\w])))?"
            rf"(?P<ana>\s+(?:lainnya\s+)?(?:{words_alt(v['group_anaphora_after'])})(?![\w]))?",
            I,
        )
        self.group_more = re.compile(
            # "... dan Zona Merah terdapat 2 kabupaten": a label's word after "dan" is no more members
            rf"\s+(?:dan|serta)\s+(?:(?P<n>\d{{1,3}}|{nw})\s+)?(?:pemerintah\s+|pemda\s+)?"
            rf"(?:{gn}|(?!(?:{words_alt(v['zone_before'])})(?![\w]))\w+)(?![\w/])",
            I,
        )
        self.rest_colour = re.compile(
            rf"(?<![\w])(?:{words_alt(v.get('rest_words', []) or ['selebihnya'])})\s+"
            rf"(?:(?:semua|semuanya|seluruhnya)\s+)?(?P<z>hijau|kuning|merah)(?![\w])",
            I,
        )
        # "naik dari kuning ke hijau"; with each colour's year beside it, "dari" alone tells the change too
        # ("dari merah pada 2016 menjadi kuning pada 2017"; not "siap merubah dari zona kuning ke hijau", an aim)
        verbs, year = words_alt(v.get("zone_change_verbs", []) or ["naik"]), r"\s+(?:pada|di)\s+(?:tahun\s+)?20\d\d,?"
        self.zone_change = re.compile(
            rf"(?<![\w])(?:(?:{verbs})\s+(?:dari\s+)?(?:zona\s+)?(?P<a>hijau|kuning|merah)(?:{year})?"
            rf"|dari\s+(?:zona\s+)?(?P<a2>hijau|kuning|merah){year})"
            r"\s+(?:ke|menjadi|jadi)\s+(?:zona\s+)?(?P<b>hijau|kuning|merah)(?![\w])",
            I,
        )
        ref = v.get("group_reference_before", [])
        self.group_reference = (
            re.compile(rf"[ \t]+(?:lain|lainnya)[ \t]+(?:{words_alt(ref)})[ \t]+", I) if ref else None
        )
        others = v.get("group_others_after", [])
        self.group_others = re.compile(rf"\s+(?:{words_alt(others)})(?![\w])", I) if others else None
        # "dua meraih zona hijau yaitu A dan B, 4 lainnya zona kuning": the others counted without a noun
        bare = v.get("group_others_bare", [])
        self.others_bare = (
            re.compile(rf"(?<![\w,.])(?P<n>\d{{1,3}}|{nw})\s+(?:{words_alt(bare)})(?![\w])", I) if bare else None
        )
        # "Dari empat itu ada dua yang mendapat hijau ... . A dan B.": a bare count holding a state, its members named after
        held = v.get("group_bare_held_verbs", [])
        self.bare_held = (
            re.compile(rf"(?<![\w])ada\s+(?P<n>\d{{1,2}}|{nw})\s+yang\s+(?:{words_alt(held)})(?![\w])", I)
            if held
            else None
        )
        intro = words_alt(v.get("heading_introducers", []) or ["yaitu"])
        self.members_introduced = re.compile(rf"[^.!?\n]*?(?<![\w])(?:{intro})\s+[A-Z]")
        approx = v.get("group_approximate_before", [])
        self.group_approximate = re.compile(rf"(?<![\w])(?:{words_alt(approx)})\s*$", I) if approx else None
        self.rest_re = re.compile(rf"(?<![\w])(?:{words_alt(v.get('rest_words', []) or ['selebihnya'])})(?![\w])", I)
        self.collective_re = re.compile(rf"(?<![\w])(?:{words_alt(v['collective_anaphora'])})(?![\w])", I)

    # -- helpers ---------------------------------------------------------------------
    def _num(self, s: str) -> int | None:
        s = s.strip()
        if s in _ROMAN:
            return _ROMAN[s]  # "Juara II", "peringkat III"
        s = s.lower()
        if s.isdigit():
            return int(s)
        return self.num_words.get(re.sub(r"\s+", " ", s))

    def _hypothetical(self, text: str, s: int, low: str | None = None, e: int | None = None) -> bool:
        """A wish ("berharap ... meraih peringkat satu") or a negation ("belum mencapai predikat ...")."""
        if search_in(_KEPT, text, low, max(0, s - 40), s) or self._wished_from(text, s, e, low):
            return False  # "berharap bisa mempertahankan kualitas tertinggi yang diraih": held already
        if (
            self.wish_purpose is not None
            and self._wishes is not None
            and bisect_right(self._wishes, s) > bisect_right(self._wishes, s - 240)
            and search_in(self.wish_purpose, text, low, max(0, s - 240), s)
        ):
            return True
        return bool(
            self.hypothetical.before(text, low, s)
            and not (e is not None and self.headed.heads_holders(text, s, e))
            or search_in(self.negated, text, low, max(0, s - 90), s)
            and not (self.kept_negated is not None and search_in(self.kept_negated, text, low, max(0, s - 60), s))
            or self.held_by_none is not None
            and search_in(self.held_by_none, text, low, max(0, s - 90), s)
            or search_in(self.average, text, low, max(0, s - 40), s)
            and not self._own_average(text, s)
        )

    def _own_average(self, text: str, s: int) -> bool:
        """ "Pemkab Badung ... dengan nilai rata-rata 94,16": a government's own score (the mean over
        its services), not an average over several governments ("rata-rata nilai nasional 86,40")."""
        return self.own_average is not None and bool(self.own_average.search(text, max(0, s - 60), s))

    def scores(self, text: str) -> list[Value]:
        out = []
        changes = self._integer_changes(text) if "dari" in text.lower() else set()
        for m in _NUM.finditer(text):
            s, e = m.start(), m.end()
            whole, sep, dec = m.group(1), m.group(2), m.group(3)
            if sep is None:
                if (
                    not self.int_score_ctx.search(text[max(0, s - 25) : s])
                    and not self._own_average(text, s)  # "dengan nilai rata-rata 60 persen"
                    and s not in changes
                    and not (_IN_SCORE_RUN.search(text, max(0, s - 60), s) and _RUN_ITEM_END.match(text, e))
                    and not self.linked_integers.score_at(text, s, e)
                ):
                    continue
                val = float(whole)
            else:
                val = float(f"{whole}.{dec}")
            if not (0 < val <= 100):
                continue
            before, after = text[max(0, s - 15) : s], text[e : e + 40]
            if re.search(r"\d\s*[-–]\s*$", before) or re.match(r"\s*[-–]\s*\d", after):
                continue  # a range: "88,00-100"
            if self.ranges.ranged(text, s, e):
                continue
            if self.score_not_before.match(after) or self.score_not_after.search(before) or self._spent(text, s, after):
                continue
            if (
                self.score_change is not None
                and self.score_change.search(text[max(0, s - 30) : s])
                and re.match(r"(?i)\s*(?:poin|point|angka)\b", after)
            ):
                continue  # "naik 8,28 poin": a difference
            if self._difference(text, s):
                continue
            out.append(Value("score", val, s, e))
        return self._split_decimals(text, out)

    def _difference(self, text: str, s: int) -> bool:
        """Is the number at s a difference ("Kenaikan dari 2017 ke 2018 ... yakni mencapai 36,08",
        "terpaut 0,85 dari Banten")? A change noun earlier in its sentence, no other score-like
        number between them, and no word right before the number that introduces a score."""
        start = max(0, s - 80)
        back = text[start:s]
        cut = max(back.rfind(". "), back.rfind("\n"))
        back = back[cut + 1 :] if cut >= 0 else back
        heads = list(self.diff_noun.finditer(back))
        if not heads:
            return False
        between = back[heads[-1].end() :]
        return not (
            re.search(r"\d[.,]\d", between)
            or self.diff_not_before.search(between)
            or self.diff_of_label.search(between)
            or passes_scale_top(text, s)  # "dari 91,07 ... peningkatan yakni 92,64": the new score
        )

    _dedupe = staticmethod(dedupe_values)

    def find(self, text: str) -> tuple[list[Value], list[GroupMarker]]:
        low = lowered(text)  # window searches run on it when exact (extract/components/common/casefold.py)
        # where wishes are written: the wish-then-purpose test runs only near one
        self._wishes = None
        if self.wish_word is not None:
            wish_re, wtext = pick(self.wish_word, text, low)
            self._wishes = [m.start() for m in from_starts(wish_re, wtext, low=low)]
        vals = self.scores(text) + self.ranks(text) + self.zones(text) + self.grades(text) + self.opinions(text)
        vals += self.table_values(text, vals)
        # a rank's own number ("posisi 71 dari 98") is not a score
        rank_spans = sorted((v.start, v.end) for v in vals if v.kind == "rank")
        vals = [v for v in vals if v.kind != "score" or not _inside(v.start, rank_spans)]
        vals = self.headed.held(text, vals, lambda v: self._hypothetical(text, v.start, low, v.end))
        vals = [v for v in vals if not self.top_group.counts(text, v.kind, v.start, v.end)]  # "dalam 5 terbaik"
        vals = [
            v
            for v in vals
            if v.kind not in ("zone", "grade")
            or not search_in(self.threshold, text, low, max(0, v.start - 40), v.start)
        ]
        # a state left behind ("keluar dari zona kuning"): see value_left.py
        left = {
            id(v)
            for v in vals
            if v.kind in ("zone", "grade")
            and search_in(self.exited, text, low, max(0, v.start - 40), v.start)
            and not (self.kept_negated and search_in(self.kept_negated, text, low, max(0, v.start - 60), v.start))
        }
        vals = still_told(text, vals, left, self.exit_collective, self.exit_wished)
        opened: set[int] = set()  # told after an earlier cue ("sebelumnya ... zona merah")
        for i, v in enumerate(vals):
            if self.earlier_cue.before(text, v.end) is not None or self.earlier_cue.opens_state(text, v.start):
                opened.add(id(v))
            v.prior = (
                id(v) in left
                or self._prior(text, v.start, v.end, low)
                or id(v) in opened
                or changed_into(text, v, vals[i + 1 :])
            )  # "sebelumnya hijau": the cue may open the value
        vals.sort(key=lambda v: v.start)
        chain_earlier(text, vals, opened, self.earlier_chain)  # "..., dengan nilai 53,32 dan mendapat predikat rendah"
        for a, b in zip(vals, vals[1:]):  # "dari tingkat kepatuhan tinggi atau hijau menjadi ...": a gloss of it
            b.prior = b.prior or a.prior and _GLOSS_GAP.fullmatch(text, a.end, b.start) is not None
        return vals, self.groups(text, vals, low)

    def __call__(self, doc: Doc) -> Doc:
        if not doc._.relevant:  # only relevant articles carry records: nothing to find here
            return doc
        doc._.values, doc._.groups = self.find(doc_text(doc))
        return doc


@Language.factory("kepatuhan_values", default_config={"data_dir": ""})
def make_values(nlp: Language, name: str, data_dir: str) -> Values:
    return Values(nlp, name, data_dir or None)
