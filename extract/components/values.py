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

from extract.components.casefold import lowered, pick, search_in
from extract.components.earlier import EarlierCue
from extract.components.knowledge import doc_text, DataComponent, read_yaml, words_alt
from extract.components.mentions import GroupMarker, Value
from extract.components.tables import tables

for _ext in ("values", "groups"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)

_LIST_ITEM = re.compile(r"(?m)^[ \t]*(\d{1,2})(?:[.)]|\)\.)[ \t]+(?=[A-Z])")  # "1.", "1)", "1)."
# the same list written on one line: "yakni 1. Kota Balikpapan (95,12), 2. Kabupaten Berau (93,40), ..."
# (written blank first, the lookbehinds after it: `re` then only tries them at blanks, not at every
# character; the same matches as "(?<=[,:;]|...)[ \t]+(\d{1,2})...")
_INLINE_ITEM = re.compile(r"[ \t](?:(?<=[,:;][ \t])|(?<=\byakni[ \t])|(?<=\byaitu[ \t])|(?<=\badalah[ \t])|(?<=\bialah[ \t])"
                          r"|(?<=\bantara lain[ \t])|(?<=\d[ \t])|(?<=\d\)[ \t]))[ \t]*(\d{1,2})(?:[.)]|\)\.)[ \t]+(?=[A-Z])")
# a list is a ranking when its heading says so
_LIST_RANKED = re.compile(r"(?i)\b(?:peringkat|pemeringkatan|urutan|ranking|rangking|tertinggi|terbaik|teratas|posisi|besar)\b")
_HEAD_PROVINCIAL = re.compile(r"(?<![\w])(?:[Ss]e-\s?[A-Z]|[Ss]e-?[Pp]rovinsi|[Tt]ingkat [Pp]rovinsi|di [Pp]rovinsi [A-Z])")
_LIST_REVERSE = re.compile(r"(?i)\b(?:terendah|terbawah|terburuk)\b")


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
# "Kota Batam 69,86, Kabupaten Lingga 75,9, Kabupaten Anambas 76, dan ...": a whole number right after a
# name, inside a run of decimal scores each after its name, is a score written without decimals
_IN_SCORE_RUN = re.compile(r"(?<![\w.,])\d{1,3},\d{1,2}\s*(?:,|;|dan)\s+(?:[A-Z][\w.-]*\s+){1,4}$")
_RUN_ITEM_END = re.compile(r"\s*(?:[,;)]|dan\b|serta\b|\.(?!\d)|$)")  # not "Puskesmas Ngaglik 2 98,09"
_NUM = re.compile(r"(?<![\w.,/:-])(\d{1,3})(?:([.,])(\d{1,2}))?(?![\w]|[.,/:]\d)")
_AFTER_TO = re.compile(r"(?i)(?<![\w])(?:ke|menjadi|jadi)\s+(?:zona\s+)?$")
_ZONE_MIX = re.compile(r"(?i)\s*(?:dan|atau|/)\s*(?:zona\s+)?(?:hijau|kuning|merah)\b")
_SPLIT_DECIMAL = re.compile(r"(?<![\w.,])(\d{2}), (\d{2})(?![\d.,]\d)")
_YEAR_AFTER = re.compile(r"(?i)\s*,?\s*(?:pada|di|tahun|pada tahun|di tahun)\s+20\d\d(?!\d)")
# "dari 34 provinsi", "dari 416 kabupaten": the field a rank is counted in
_TOTAL_AFTER = re.compile(r"(?i)(?<![\w])dari\s+(\d{2,3})\s+(provinsi|kabupaten|kota|pemerintah|pemda|daerah)(?![\w])")
_PROVINCIAL_FRAME = re.compile(r"(?i)(?<![\w])(?:se-\s?(?!indonesia|nasional)\w+|tingkat provinsi|di provinsi\s+\w+)")
_KEPT = re.compile(r"(?i)\b(?:mem|di)?pertahankan\s+(?:(?:predikat|opini|nilai|kategori|status)\s+)?$")
_BARE_ZONE = re.compile(r"(?m)\d[.,]?\d*\s*(?:[–—-]\s*|\(\s*)(?P<z>Hijau|Kuning|Merah|HIJAU|KUNING|MERAH)\s*\)?[ \t]*$")


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]

# between the members of a list after "disusul": a score in brackets or after "nilai", then "," / "dan"
_NEXT_SEP = re.compile(r"(?:(?<=\d\))|(?<=\d))\s*(?:,\s*(?:dan\s+|serta\s+)?|(?:dan|serta)\s+)(?=[A-Z])")

class Values(DataComponent):
    files = ("values.yaml", "units.yaml")
    _low: tuple[str, str | None] | None = None  # (text, lowered(text)) of the text ranks() is reading
    _wishes: list[int] | None = None  # offsets of the wish words of the text find() is reading

    def load(self, data_dir: Path) -> None:
        v = read_yaml(data_dir / "values.yaml")
        self.v = v
        self.num_words = {**{k: n for k, n in v["cardinals"].items()}, **{k: n for k, n in v["ordinals"].items()}}
        nw = words_alt(self.num_words)
        ords = words_alt(v["ordinals"])
        I = re.IGNORECASE  # noqa: E741 - re's own name for the flag
        self.rank_re = re.compile(
            rf"(?<![\w])(?:di\s?)?(?:{words_alt(v['rank_heads'])})\s+(?:ke[-\s]?\s*|(?:{words_alt(v.get('rank_number_before', []))})\s*)?(?P<n>\d{{1,3}}(?![\d,.]\d)|{nw}|(?-i:{'|'.join(sorted(_ROMAN, key=len, reverse=True))}))(?![\w])"
            rf"(?P<tot>\s+(?:secara\s+nasional\s+)?dari\s+(?P<total>\d{{1,3}})(?:\s+(?P<noun>kabupaten/kota|kabupaten|kota|provinsi|pemda|pemerintah daerah|daerah|kementerian/lembaga|kementerian|lembaga))?)?", I)
        # a relative clause with a state after a group noun describes the group ("dari 14 pemkab/pemkot di Jawa
        # Timur yang masuk zona hijau")
        self.described = re.compile(rf"(?:\s+(?:di|se-?)\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+yang\s+(?:juga\s+|sudah\s+|telah\s+)?"
                                    rf"(?:{words_alt(v.get('group_state_verbs', []))})(?![\w])")
        self.rank_more = re.compile(rf"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)(?:ke[-\s]?\s*)?(?P<n>\d{{1,2}}(?![\d,.]\d)|{ords})(?![\w])", I)
        self.rank_after_re = re.compile(
            # "tertinggi 96,30" is a score, not a rank: the number must not go on with a decimal
            rf"(?<![\w])(?:{words_alt(v['rank_after'])})\s+(?:ke[-\s]?\s*)?(?P<n>\d{{1,2}}(?![\d,.]\d)|{nw})(?![\w])", I)
        self.rank_first_re = re.compile(rf"(?<![\w])(?:{words_alt(v['rank_heads'])})\s+(?:{words_alt(v['rank_first_words'])})(?![\w])", I)
        # "menjadi yang tertinggi di Maluku", "jadi Kabupaten dengan tingkat kepatuhan ... tertinggi di Provinsi NTB",
        # "dinobatkan sebagai kota dengan tingkat pelayanan publik terbaik se-Sumatera Utara": first in that field
        self.best_in_re = re.compile(
            rf"(?<![\w])(?:{words_alt(v.get('best_in_links', ['menjadi', 'sebagai', 'merupakan']))})\s+"
            rf"(?:yang\s+|(?:{words_alt(v.get('best_in_nouns', []) or ['daerah'])})\s+(?:dengan\s+)?[^.,;:!?\n\d]{{0,70}}?)?"
            r"(?:tertinggi|terbaik|teratas)(?=\s+(?:di|se-?)\s*[A-Z])", I)
        # "meraih nilai tertinggi se-Jabar dengan/,/.", "nilai tertinggi se-Jabar diraih": first place
        # only with the field it tops written out: "Dinas Kesehatan mencatat nilai tertinggi dengan skor
        # 84,92" compares a government's own units, which is no ranking
        scope_tail = r"\s+(?:se-?\s?[A-Z][\w-]*(?:\s+[A-Z]\w*)?|di\s+[A-Z][\w-]*(?:\s+[A-Z]\w*)?|secara\s+nasional|tingkat\s+(?:provinsi|nasional)|nasional)"
        # "predikat kepatuhan tertinggi kategori kabupaten diraih X": the field it tops, written after it
        field_tail = r"\s+(?:untuk\s+)?(?:kategori|klaster|tingkat)\s+(?:pemerintah\s+)?(?:provinsi|kabupaten|kota|kementerian|lembaga)"
        self.best_score_re = re.compile(
            rf"(?<![\w])(?:(?:{words_alt(v.get('best_score_verbs', []))})\s+(?P<a>(?:nilai|skor)(?:\s+kepatuhan)?\s+(?:tertinggi|terbaik))"
            rf"(?={scope_tail}(?:\s+(?:dengan|yakni|yaitu|sebesar|untuk|pada|dalam|dari)\b|\s*[,.(]))"
            rf"|(?P<b>(?:nilai|{words_alt(v.get('best_nouns', []) or ['skor'])})(?:\s+kepatuhan)?\s+(?:tertinggi|terbaik))"
            rf"(?=(?:{scope_tail}|{field_tail})\s+(?:{words_alt(v.get('best_score_passive', []))})\b))", I) \
            if v.get("best_score_verbs") else None
        # "Di tingkat provinsi, ... Jawa Tengah meraih nilai tertinggi dengan 97,33": the field named
        # earlier in the sentence
        self.best_score_bare_re = re.compile(
            rf"(?<![\w])(?:{words_alt(v.get('best_score_verbs', []))})\s+(?P<a>nilai(?:\s+kepatuhan)?\s+(?:tertinggi|terbaik))"
            rf"(?=\s+(?:dengan|yakni|yaitu|sebesar)\b|\s*[,.(])", I) if v.get("best_score_verbs") else None
        self.field_before = re.compile(
            r"(?i)\b(?:tingkat|kategori|klaster)\s+(?:pemerintah\s+)?(?:provinsi|kabupaten|kota|pemerintah\s+daerah|"
            r"kementerian|lembaga|nasional)\b")
        self.rank_next_re = re.compile(rf"(?<![\w])(?:{words_alt(v.get('rank_next_words', []))})(?:\s+oleh)?(?![\w])", I) \
            if v.get("rank_next_words") else None
        last = v.get("rank_last_words", [])
        self.rank_last_re = re.compile(rf"(?<![\w])(?:{words_alt(last)})(?![\w])", I) if last else None
        nums = words_alt(list(v["cardinals"]))
        self.field_count_re = re.compile(rf"(?<![\w])(?:{words_alt(v.get('field_count_before', ['dari']))})\s+"
                                         rf"(?P<n>\d{{1,3}}|{nums})\s+(?:{words_alt(v.get('field_count_nouns', ['kabupaten']))})(?![\w])", I)
        # a count right before a zone ("3 Zona Hijau"), not a score ("nilai 90 zona hijau")
        self.zone_count = re.compile(rf"(?<![\w.,])(?<!nilai )(?<!skor )(?:\d{{1,2}}|{nums})\s+$", I)
        above = v.get("rank_above_words", [])
        self.above_re = re.compile(
            rf"(?<![\w])(?P<n>\d{{1,2}}|{nums})\s+(?P<noun>{words_alt(v.get('field_count_nouns', ['kabupaten']) + ['pemprov', 'pemkab', 'pemkot'])})"
            rf"(?:\s+lain(?:nya)?)?(?:\s+yang(?:\s+berada)?)?\s+(?:{words_alt(above)})\s+(?=[A-Z])", I) if above else None
        behind = v.get("rank_behind_words", [])
        # "peringkat kedua (secara nasional), di bawah Provinsi X"
        self.rank_behind = re.compile(rf"(?:\s+(?:secara\s+|tingkat\s+)?nasional)?\s*,?\s*(?:{words_alt(behind)})\s+(?=[A-Z])",
                                      I) if behind else None
        self.rank_not_after = re.compile(rf"^\s*(?:{words_alt(v['rank_not_after'])})\b", I)
        self.enum_re = re.compile(rf"(?<![\w])(?P<n>{ords})(?=\s*,|\s+(?:{words_alt([w for w in v['enumeration_after'] if w != ','])})\b"
                                  rf"|\s+(?-i:(?:{words_alt(v.get('enumeration_before_entity', []))})\s+[A-Z]))", I)  # not "kedua Kabupaten tersebut"
        self.has_ranking = re.compile(rf"\b(?:{words_alt(v['rank_heads'])})\b", I)
        self.national = re.compile(rf"(?<![\w])(?:{words_alt(v['scope_national'])})(?![\w])", I)
        self.provincial = re.compile(r"(?<![\w])(?:se-?\s?(?:provinsi\s+)?[A-Z]\w+|tingkat provinsi|di provinsi\s+[A-Z]\w+|se-provinsi)", I)
        # "zonasi terburuk atau merah", "zona terbaik alias hijau": a gloss of the colour in between
        # "secara zonasi masih kuning", "predikatnya tetap hijau": an adverb between the word and the colour
        adv = rf"(?:(?:{words_alt(v['zone_adverbs'])})\s+)?" if v.get("zone_adverbs") else ""
        self.zone_re = re.compile(rf"(?<![\w])(?:{words_alt(v['zone_before'])})\s+{adv}(?:\w+\s+(?:atau|alias)\s+)?"
                                  rf"(?P<z>hijau|kuning|merah)(?![\w])", I)
        self.grade_re = re.compile(
            rf"(?<![\w])(?i:{words_alt(v['grade_before'])})\s*[:;\"“']?\s*(?P<g>[A-E])(?![\w])(?!\.\w)"
            # "kualitas tinggi (B)", "zona hijau (A)"
            rf"|(?i:kualitas\s+\w+|zona\s+\w+)\s*\(\s*(?P<g2>[A-E])\s*\)"
            # a score with its grade in brackets: "89,66 (B)"
            rf"|(?<![\w.,])\d{{1,3}}[.,]\d{{1,2}}\s*\(\s*(?P<g3>[A-E])\s*\)"
            # the letter after its opinion: "Kategori kualitas tinggi B yakni ..."
            rf"|(?<=[Kk]ategori\s)(?i:kualitas\s+(?:tertinggi|tinggi|sedang|rendah|terendah))\s+(?P<g5>[A-E])(?![\w])"
            # the letter with its opinion in brackets: "A (Kualitas Tertinggi)"
            rf"|(?<![\w.,])(?P<g4>[A-E])\s*\(\s*(?i:(?:opini\s+)?kualitas\s+(?:tertinggi|tinggi|sedang|rendah|terendah))\s*\)")
        # "kualitas opini tinggi": the instrument's word inside the label
        infix = rf"(?:(?:{words_alt(v['opinion_infix'])})\s+)?" if v.get("opinion_infix") else ""
        self.opinion_infix = re.compile(rf"(?i)\s+(?:{words_alt(v['opinion_infix'])})(?=\s)") if infix else None
        # "Predikat KepatuhanTinggi": words glued at a capital are two words
        op = "|".join(rf"{k}(?:\s+|(?-i:(?<=[a-z])(?=[A-Z]))){infix}(?:{words_alt(vs)})" for k, vs in v["opinions"].items())
        self.opinion_re = re.compile(rf"(?<![\w])(?P<o>{op}|kepatuhan\s+terendah|kepatuhan\s+tertinggi)(?![\w])", I)
        self.opinion_before = {w.lower() for w in v["opinion_before"]}
        frames = v.get("verdict_frames", [])
        subj, cop = v.get("verdict_subjects", []), v.get("verdict_copulas", [])
        # "tingkat kepatuhan pemkot termasuk tinggi", "tingkat kepatuhan ... di empat daerah masih rendah"
        self.subject_verdict_re = re.compile(
            rf"(?<![\w])(?:{words_alt(subj)})(?![\w])[^.,;:!?\n]{{0,80}}?(?<![\w])(?:{words_alt(cop)})\s+"
            rf"(?P<lvl>{words_alt(v['opinions']['kepatuhan'])})(?![\w])", re.IGNORECASE) if subj and cop else None
        self.old_verdict_re = re.compile(rf"(?<![\w])(?:{words_alt(frames)})\s+(?P<lvl>{words_alt(v['opinions']['kepatuhan'])})(?![\w])",
                                         I) if frames else None
        nouns, links = v.get("own_average_nouns", []), v.get("own_average_links", [])
        self.own_average = re.compile(
            rf"(?<![\w])(?:{words_alt(nouns)})\s+(?:rata-rata|rata rata|rerata)\s*(?:(?:{words_alt(links)})\s*)?:?\s*$",
            I) if nouns else None
        self.opinion_alias = v.get("opinion_aliases", {})
        self.graded_only_alias = set(v.get("opinion_aliases_graded_only", []))
        links, fillers = v.get("opinion_gloss_links", []), v.get("opinion_gloss_fillers", [])
        self.opinion_gloss = re.compile(
            rf"(?<![\w])(?:{words_alt(v['zone_before'])})\s+(?:hijau|kuning|merah)\s*[(,]?\s*(?:{words_alt(links)})\s*"
            rf"(?:(?:{words_alt(fillers)})\s+){{0,4}}(?P<lvl>tinggi|sedang|rendah)(?![\w])", I) if links else None
        self.score_not_before = re.compile(rf"^\s*(?:(?:%|persen)\s*)?(?:{words_alt(v['score_not_before'])})\b", I)
        self.score_not_after = re.compile(rf"(?<![\w])(?:{words_alt(v['score_not_after'])})\s*$", I)
        chg = v.get("score_not_after_change", [])
        self.score_change = re.compile(rf"(?<![\w])(?:{words_alt(chg)})\s*$", I) if chg else None
        # a difference: a change noun before the number, nothing between them that introduces a score
        self.diff_noun = re.compile(rf"(?<![\w])(?:{words_alt(v.get('difference_nouns', []))})(?![\w])", I)
        self.diff_not_before = re.compile(rf"(?<![\w])(?:{words_alt(v.get('difference_not_before', []))})\s*$", I)
        self.split_before = re.compile(rf"(?<![\w])(?:{words_alt(v.get('split_decimal_before', []))})[^.\d]{{0,12}}$|\(\s*$", I)
        wish, purpose = v.get("wish_words", []), v.get("purpose_words", [])
        self.wish_word = re.compile(rf"(?<![\w])(?:{words_alt(wish)})(?![\w])", I) if wish else None
        self.wish_purpose = re.compile(rf"(?<![\w])(?:{words_alt(wish)})(?![\w])[^.!?\n]{{0,160}}?(?<![\w])"
                                       rf"(?:{words_alt(purpose)})(?![\w])[^.!?\n]{{0,60}}$", I) if wish and purpose else None
        self.hypothetical = re.compile(rf"\b(?:{words_alt(v['hypothetical_before'])})\b[^.,;]{{0,60}}$", I)
        self.negated = re.compile(rf"\b(?:{words_alt(v['negation_words'])})\b(?:\s+(?:{words_alt(v['negation_particles'])}))?"
                                  rf"(?:\s+\w+){{0,2}}\s*$", I)
        none = v.get("none_quantifiers", [])
        # "belum ada yang berada di kepatuhan tinggi atau zona hijau": nobody holds what follows
        self.held_by_none = re.compile(rf"(?<![\w])(?:{words_alt(none)})(?![\w])[^.;!?\n]{{0,60}}$", I) if none else None
        self.average = re.compile(rf"\b(?:{words_alt(v['average_words'])})\b[^.,;]{{0,30}}$", I)
        self.table_cols = {k: set(ws) for k, ws in v["table_columns"].items()}
        self.int_score_ctx = re.compile(rf"(?<![\w])(?:{words_alt(v['integer_score_before'])})\s*(?:sebesar\s+)?$", I)
        gn = words_alt(v["group_nouns"] + v.get("group_subset_nouns", [])
                       + read_yaml(data_dir / "units.yaml").get("group_nouns", []))
        self.group_re = re.compile(
            rf"(?<![\w])(?P<n>\d{{1,3}}|{nw}|{words_alt(v['collective_anaphora'])}|sisanya)\s*(?:\(\s*[\w ]{{1,15}}\s*\)\s*)?"
            rf"(?P<noun>{gn})(?![\w/])(?P<ana>\s+(?:lainnya\s+)?(?:{words_alt(v['group_anaphora_after'])})(?![\w]))?", I)
        self.group_more = re.compile(rf"\s+(?:dan|serta)\s+(?:(?P<n>\d{{1,3}}|{nw})\s+)?(?:pemerintah\s+|pemda\s+)?(?:{gn}|\w+)(?![\w/])", I)
        self.rest_colour = re.compile(rf"(?<![\w])(?:{words_alt(v.get('rest_words', []) or ['selebihnya'])})\s+"
                                      rf"(?:(?:semua|semuanya|seluruhnya)\s+)?(?P<z>hijau|kuning|merah)(?![\w])", I)
        self.zone_change = re.compile(
            rf"(?<![\w])(?:{words_alt(v.get('zone_change_verbs', []) or ['naik'])})\s+(?:dari\s+)?(?:zona\s+)?(?P<a>hijau|kuning|merah)"
            rf"\s+(?:ke|menjadi|jadi)\s+(?:zona\s+)?(?P<b>hijau|kuning|merah)(?![\w])", I)
        others = v.get("group_others_after", [])
        self.group_others = re.compile(rf"\s+(?:{words_alt(others)})(?![\w])", I) if others else None
        self.rest_re = re.compile(rf"(?<![\w])(?:{words_alt(v.get('rest_words', []) or ['selebihnya'])})(?![\w])", I)
        self.collective_re = re.compile(rf"(?<![\w])(?:{words_alt(v['collective_anaphora'])})(?![\w])", I)
        self.comparator_from = re.compile(rf"(?<![\w])(?:{words_alt(v['comparator_from'])})\s+(?:\w+\s+){{0,2}}$", I)
        self.comparator_to = re.compile(rf"^[^.;]{{0,40}}?(?<![\w])(?:{words_alt(v['comparator_to'])})(?![\w])", I)
        self.change_words = re.compile(r"\b(naik|meningkat|turun|menurun|peningkatan|penurunan|kenaikan|berubah)\b", I)
        self.earlier_cue = EarlierCue(v)
        sv, sp = v.get("surveyed_verbs", []), v.get("surveyed_places_before", [])
        self.surveyed = re.compile(rf"(?i)(?<![\w])(?:{words_alt(sv)})(?![\w])[^.;:!?\n]{{0,50}}?(?<![\w])"
                                   rf"(?:{words_alt(sp)})\s+(?:sebanyak\s+|seluruh\s+)?$") if sv and sp else None
        # "nilai dari 89 pada 2023 menjadi 92", "naik dari 87 ke 89": two integers of a change
        self.int_change = re.compile(
            rf"(?<![\w])(?:{words_alt(v['comparator_from'])})\s+(?P<a>\d{{1,3}})(?![\d]|[.,]\d)"
            rf"(?:\s+(?:pada\s+|di\s+)?(?:tahun\s+)?20\d\d)?\s*,?\s+(?:{words_alt(v['comparator_to'])})\s+"
            rf"(?P<b>\d{{1,3}})(?![\d]|[.,]\d)", I)
        self.int_change_ctx = re.compile(rf"(?<![\w])(?:{words_alt(v['integer_score_before'])})(?:nya)?(?![\w])", I)
        self.rank_word = re.compile(rf"(?<![\w])(?:{words_alt(v['rank_heads'])})(?:nya)?(?![\w])", I)
        self.definition = re.compile(rf"(?:{words_alt(v['definition_markers'])})|\d\s*[-–]\s*\d", I)
        self.threshold = re.compile(rf"(?<![\w])(?:{words_alt(v.get('threshold_before', []))})\s*$", I)
        self.exited = re.compile(rf"(?<![\w])(?:{words_alt(v.get('exit_before', []))})\s*$", I)

    # -- helpers ---------------------------------------------------------------------
    def _num(self, s: str) -> int | None:
        s = s.strip()
        if s in _ROMAN:
            return _ROMAN[s]  # "Juara II", "peringkat III"
        s = s.lower()
        if s.isdigit():
            return int(s)
        return self.num_words.get(re.sub(r"\s+", " ", s))

    def _scope(self, text: str, s: int, e: int, total: int | None, noun: str | None) -> str | None:
        # provinces, ministries and agencies are only ever ranked against the whole country
        if noun and noun.lower() in ("provinsi", "kementerian", "lembaga", "kementerian/lembaga"):
            return "nasional"
        if total is not None and total >= self.v["national_total_min"]:
            return "nasional"
        low = self._low[1] if self._low is not None and self._low[0] is text else None
        window = re.split(r"[.,;]\s", text[e:e + 50])[0]
        back = re.split(r"[.,;]\s", text[max(0, s - 30):s])[-1]
        # the same pieces of the lower-cased text, for the folded patterns (casefold.py)
        lwin = None if low is None else re.split(r"[.,;]\s", low[e:e + 50])[0]
        lback = None if low is None else re.split(r"[.,;]\s", low[max(0, s - 30):s])[-1]
        if search_in(self.national, window, lwin, 0, len(window)) or search_in(self.national, back, lback, 0, len(back)):
            return "nasional"
        if search_in(self.provincial, window, lwin, 0, len(window)) or (total is not None and noun):
            return "provinsi"
        return None

    def _unscoped_in_sentence(self, text: str, ranks: list[Value]) -> None:
        """A rank with no scope beside it takes its sentence's national frame ("rangking pertama nasional
        ..., melampaui Kabupaten Y yang berada di posisi kedua"), unless a later rank of that sentence has
        its own scope: then the two are one holder's places in two fields ("posisi ketiga adalah X
        yang menempati posisi 322 secara nasional")."""
        for r in ranks:
            if r.scope is not None:
                continue
            start, end, scope = self._sentence_scope(text, r.start, r.end)
            if scope and not any(o is not r and o.scope and r.start < o.start < end for o in ranks):
                r.scope = scope

    def _sentence_scope(self, text: str, s: int, e: int) -> tuple[int, int, str | None]:
        """Nothing beside the rank says its scope: a national total later in its sentence ("peringkat
        kedelapan dengan nilai 83,92 dari 34 provinsi") or a national frame of the whole sentence
        ("Untuk kategori pemerintah kota di Indonesia ..., Kota X menduduki posisi sembilan")."""
        start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), s - 200, 0)
        stop = re.search(r"[.!?](?=\s)|\n", text[e:e + 200])
        end = e + (stop.start() if stop else 200)
        sentence = text[start:end]
        if _PROVINCIAL_FRAME.search(sentence):
            return start, end, None
        tot = _TOTAL_AFTER.search(text, e, end)
        if tot and (tot.group(2).lower() == "provinsi" or int(tot.group(1)) >= self.v["national_total_min"]):
            return start, end, "nasional"
        return start, end, "nasional" if self.national.search(sentence) else None

    def _prior(self, text: str, s: int, e: int, low: str | None = None) -> bool:
        if _AFTER_TO.search(text, max(0, s - 20), s):
            return False  # "naik dari kuning ke hijau": the state reached
        if not search_in(self.comparator_from, text, low, max(0, s - 30), s):
            return False
        return bool(search_in(self.comparator_to, text, low, e, e + 60) or
                    search_in(self.change_words, text, low, max(0, s - 50), s))

    def _hypothetical(self, text: str, s: int, low: str | None = None) -> bool:
        """A wish ("berharap ... meraih peringkat satu") or a negation ("belum mencapai predikat ...")."""
        if search_in(_KEPT, text, low, max(0, s - 40), s):
            return False  # "berharap bisa mempertahankan kualitas tertinggi yang diraih": held already
        if self.wish_purpose is not None and self._wishes is not None and \
                bisect_right(self._wishes, s) > bisect_right(self._wishes, s - 240) and \
                search_in(self.wish_purpose, text, low, max(0, s - 240), s):
            return True
        return bool(search_in(self.hypothetical, text, low, max(0, s - 70), s) or
                    search_in(self.negated, text, low, max(0, s - 40), s) or
                    self.held_by_none is not None and search_in(self.held_by_none, text, low, max(0, s - 90), s) or
                    search_in(self.average, text, low, max(0, s - 40), s) and not self._own_average(text, s))

    def _own_average(self, text: str, s: int) -> bool:
        """ "Pemkab Badung ... dengan nilai rata-rata 94,16": a government's own score (the mean over
        its services), not an average over several governments ("rata-rata nilai nasional 86,40")."""
        return self.own_average is not None and bool(self.own_average.search(text, max(0, s - 60), s))

    # -- finders ---------------------------------------------------------------------
    def _integer_changes(self, text: str) -> set[int]:
        """Starts of the integers of a change of score ("peningkatan nilai dari 89 pada 2023 menjadi 92,
        sementara BPN naik dari 87 menjadi 89"): a score word earlier in the sentence and no rank
        word after it says they are scores, though no score word stands right before each."""
        out: set[int] = set()
        for m in self.int_change.finditer(text):
            start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - 200, 0)
            ctx = list(self.int_change_ctx.finditer(text, start, m.start()))
            if ctx and not self.rank_word.search(text, ctx[-1].end(), m.start()) and \
                    not re.match(r"(?i)\s*(?:persen|%|poin|point|peringkat)", text[m.end("b"):m.end("b") + 12]):
                out.update((m.start("a"), m.start("b")))
        return out

    def scores(self, text: str) -> list[Value]:
        out = []
        changes = self._integer_changes(text) if "dari" in text.lower() else set()
        for m in _NUM.finditer(text):
            s, e = m.start(), m.end()
            whole, sep, dec = m.group(1), m.group(2), m.group(3)
            if sep is None:
                if not self.int_score_ctx.search(text[max(0, s - 25):s]) and s not in changes and \
                        not (_IN_SCORE_RUN.search(text, max(0, s - 60), s) and _RUN_ITEM_END.match(text, e)):
                    continue
                val = float(whole)
            else:
                val = float(f"{whole}.{dec}")
            if not (0 < val <= 100):
                continue
            before, after = text[max(0, s - 15):s], text[e:e + 20]
            if re.search(r"\d\s*[-–]\s*$", before) or re.match(r"\s*[-–]\s*\d", after):
                continue  # a range: "88,00-100"
            if self.score_not_before.match(after) or self.score_not_after.search(before):
                continue
            if self.score_change is not None and self.score_change.search(text[max(0, s - 30):s]) and \
                    re.match(r"(?i)\s*(?:poin|point|angka)\b", after):
                continue  # "naik 8,28 poin": a difference
            if self._difference(text, s):
                continue
            out.append(Value("score", val, s, e))
        for m in _SPLIT_DECIMAL.finditer(text):  # "nilai 86, 65", "2018 (99, 23)": a comma typed with a space
            if self.split_before.search(text, max(0, m.start() - 25), m.start()) and not self._difference(text, m.start()):
                val = float(f"{m.group(1)}.{m.group(2)}")
                if val <= 100:
                    # "nilai 88, 45" is not the integer score 88
                    out = [v for v in out if v.start != m.start()]
                    out.append(Value("score", val, m.start(), m.end()))
        return out

    def _difference(self, text: str, s: int) -> bool:
        """Is the number at s a difference ("Kenaikan dari 2017 ke 2018 ... yakni mencapai 36,08",
        "terpaut 0,85 dari Banten")? A change noun earlier in its sentence, no other score-like
        number between them, and no word right before the number that introduces a score."""
        start = max(0, s - 80)
        back = text[start:s]
        cut = max(back.rfind(". "), back.rfind("\n"))
        back = back[cut + 1:] if cut >= 0 else back
        heads = list(self.diff_noun.finditer(back))
        if not heads:
            return False
        between = back[heads[-1].end():]
        return not re.search(r"\d[.,]\d", between) and not self.diff_not_before.search(between)

    def ranks(self, text: str) -> list[Value]:
        low = lowered(text)
        self._low = (text, low)  # for _scope
        # the scans below read offsets and number words only: run on the lower-cased text when exact
        rank_after_re, rtext = pick(self.rank_after_re, text, low)
        best_in_re, btext = pick(self.best_in_re, text, low)
        rank_first_re, ftext = pick(self.rank_first_re, text, low)
        out = []
        for m in self.rank_re.finditer(text):
            n = self._num(m.group("n"))
            if not n or self.rank_not_after.match(text[m.end("n"):]) or n > 600:
                continue
            total = int(m.group("total")) if m.group("total") else None
            if total is not None and total < n:
                continue
            scope = self._scope(text, m.start(), m.end(), total, m.group("noun"))
            out.append(Value("rank", n, m.start(), m.end(), scope=scope))
            pos = m.end("n")
            # "Urutan pertama dan kedua masing-masing X dan Y", "peringkat 4, 5 dan 6 ditempati ..."
            while total is None and (more := self.rank_more.match(text, pos)) and self._num(more.group("n")):
                out.append(Value("rank", self._num(more.group("n")), more.start("n"), more.end("n"), scope=scope))
                pos = more.end()
        for m in rank_after_re.finditer(rtext):
            n = self._num(m.group("n"))
            if n and not self.rank_not_after.match(text[m.end():]):
                out.append(Value("rank", n, m.start(), m.end(), scope=self._scope(text, m.start(), m.end(), None, None)))
        for m in best_in_re.finditer(btext):  # "menjadi yang tertinggi di Maluku" -> first in the province
            scope = "nasional" if re.match(r"(?i)\s*(?:di|se-?)\s*(?:indonesia|nasional)", text[m.end():]) else "provinsi"
            out.append(Value("rank", 1, m.start(), m.end(), scope=scope))
        for m in rank_first_re.finditer(ftext):
            out.append(Value("rank", 1, m.start(), m.end(), scope=self._scope(text, m.start(), m.end(), None, None)))
        if search_in(self.has_ranking, text, low, 0, len(text)):
            for m in self.enum_re.finditer(text):
                before = text[max(0, m.start() - 12):m.start()]
                if re.search(r"(?:^|[.;:!?\n]\s*|(?<![\w])dan\s+|,\s*)$", before) or m.start() == 0:
                    out.append(Value("rank", self._num(m.group("n")), m.start(), m.end()))
        if self.best_score_re is not None:
            for m in self.best_score_re.finditer(text):
                g = "a" if m.group("a") else "b"
                out.append(Value("rank", 1, m.start(g), m.end(g), scope=self._scope(text, m.start(g), m.end(g), None, None)))
        if self.best_score_bare_re is not None:
            for m in self.best_score_bare_re.finditer(text):
                sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
                field = self.field_before.search(text, sent_start, m.start())
                if field:
                    scope = "provinsi" if re.search(r"(?i)kabupaten|kota|daerah", field.group()) and \
                        self.provincial.search(text, sent_start, m.start()) else "nasional"
                    out.append(Value("rank", 1, m.start("a"), m.end("a"), scope=scope))
        out.extend(self.list_ranks(text))
        out.extend(self.last_ranks(text))
        out.extend(self.above_ranks(text))
        # a rank phrase never runs over a line break ("kualitas tertinggi\n2. Kabupaten ..." is a list number)
        out = self._dedupe([v for v in out if "\n" not in text[v.start:v.end]])
        self._unscoped_in_sentence(text, out)
        return self._dedupe(out + self.next_ranks(text, out) + self.behind_ranks(text, out))

    def behind_ranks(self, text: str, ranks: list[Value]) -> list[Value]:
        """ "posisi nomor dua, setelah Kementerian Luar Negeri": the one named after "setelah" is
        first (one plain step; behind a third place the one ahead may be second or share it)."""
        out = []
        for r in ranks:
            m = self.rank_behind.match(text, r.end) if self.rank_behind is not None and r.value == 2 else None
            if m:
                # on the words before the name ("di bawah "), so the name after them is its holder
                out.append(Value("rank", 1, m.start(), m.end(), scope=r.scope, forward=True))
        return out

    def above_ranks(self, text: str) -> list[Value]:
        """ "Empat Pemprov lain di atas Pemprov Sumut": the one named after them is place N+1 (a value on
        the words before the name, so the name after them takes it)."""
        if self.above_re is None:
            return []
        out = []
        for m in self.above_re.finditer(text):
            n = self._num(m.group("n"))
            if n:
                scope = "nasional" if re.match(r"(?i)pemprov|provinsi", m.group("noun")) else None
                out.append(Value("rank", n + 1, m.start(), m.end(), scope=scope, forward=True))
        return out

    def last_ranks(self, text: str) -> list[Value]:
        """ "Kabupaten X diurutan paling buncit" is rank N when the text states once how many were
        assessed ("survei terhadap 6 kabupaten"); without a count it is no rank (DECISIONS.md)."""
        if self.rank_last_re is None:
            return []
        found = list(self.rank_last_re.finditer(text))
        if not found:
            return []
        # a rank's own total ("urutan 32 dari 34 provinsi") sizes that rank's field, not the last place's
        counts = {self._num(m.group("n")) for m in self.field_count_re.finditer(text)
                  if not re.search(r"\d\s*$", text[max(0, m.start() - 4):m.start()])} - {None}
        if len(counts) != 1:
            return []
        n = counts.pop()
        scope = "nasional" if n >= self.v["national_total_min"] else "provinsi"
        return [Value("rank", n, m.start(), m.end(), scope=scope) for m in found]

    def next_ranks(self, text: str, ranks: list[Value]) -> list[Value]:
        """ "Nilai tertinggi diraih X (93,54), disusul Kota Y": the place after the last rank named
        earlier in the same sentence (placed on "disusul", so it goes to the entity after it)."""
        if self.rank_next_re is None:
            return []
        out = []
        for m in self.rank_next_re.finditer(text):
            prev = [r for r in ranks if r.end <= m.start() and not re.search(r"[.!?\n]\s", text[r.end:m.start()])]
            # "disusul oleh Kabupaten Kampar di peringkat ke-84": a place of its own in the clause wins
            clause_end = m.end() + (re.search(r"[,;.!?\n]|$", text[m.end():m.end() + 120]).start())
            if any(m.end() <= r.start < clause_end for r in ranks):
                continue
            if prev and isinstance(prev[-1].value, int):
                out.append(Value("rank", prev[-1].value + 1, m.start(), m.end(), scope=prev[-1].scope))
                # "disusul Pemkab Sukoharjo (97,41) dan Pemkab Nganjuk (97,29)": the places after it, in order
                stop = re.search(r"[.!?;\n](?:\s|$)|$", text[m.end():m.end() + 300])
                for k, sep in enumerate(_NEXT_SEP.finditer(text, m.end(), m.end() + stop.start()), start=2):
                    out.append(Value("rank", prev[-1].value + k, sep.start(), sep.end(), scope=prev[-1].scope))
        return out

    def list_ranks(self, text: str) -> list[Value]:
        """A numbered list that is a ranking ("Berikut peringkatnya: 1. Kabupaten X 94,12 2. ..."):
        its numbers are ranks when the line before says so or the scores fall down the list.
        The value sits where the item's text starts, so it joins the entity named there."""
        items = sorted({(int(m.group(1)), m.end()) for rx in (_LIST_ITEM, _INLINE_ITEM) for m in rx.finditer(text)},
                       key=lambda it: it[1])
        out: list[Value] = []
        run: list[tuple[int, int]] = []
        for it in items + [(0, len(text))]:
            if run and it[0] == run[-1][0] + 1 and it[1] - run[-1][1] < 300:
                run.append(it)
                continue
            if len(run) >= 2 and run[0][0] == 1:
                out.extend(self._ranked_run(text, run))
            run = [it] if it[0] == 1 else []
        return out

    def table_values(self, text: str, found: list[Value]) -> list[Value]:
        """A table flattened to text ("No<TAB>Pemda<TAB>Nilai<TAB>Zona" then one row a line, tabs or
        pipes between cells): the zone, grade, opinion and rank columns give values per row (the
        scores are numbers and are found anyway). A "No" column is a rank only when the scores fall."""
        out: list[Value] = []

        def columns(head_cells) -> dict:
            return {k: c for c, (_, cell) in enumerate(head_cells) for k, words in self.table_cols.items()
                    if cell.strip().lower().rstrip(".") in words}

        for (pos, head_cells), rows in tables(text, columns):
            cols = columns(head_cells)
            head = text[max(0, pos - 200):pos]
            scope = self._head_scope(head)
            scores = []
            for _rpos, rc in rows:
                sc = cols.get("score")
                m = _NUM.fullmatch(rc[sc][1].strip()) if sc is not None else None
                scores.append(float(f"{m.group(1)}.{m.group(3) or 0}") if m else None)
            falling = (len(rows) >= 4 or _LIST_RANKED.search(head)) and None not in scores \
                and all(a > b for a, b in zip(scores, scores[1:]))
            for (rpos, rc), _ in zip(rows, scores):
                def at(c):
                    off, cell = rc[c]  # noqa: B023 - called within this iteration
                    st = rpos + off + len(cell) - len(cell.lstrip())  # noqa: B023 - called within this iteration
                    return cell.strip(), st, st + len(cell.strip())
                if "zone" in cols:
                    z, a, b = at(cols["zone"])
                    z = re.sub(r"(?i)^zona\s+", "", z).lower()
                    if z in ("hijau", "kuning", "merah"):
                        out.append(Value("zone", z, a, b))
                if "grade" in cols:
                    g, a, b = at(cols["grade"])
                    if re.fullmatch(r"[A-E]", g):
                        out.append(Value("grade", g, a, b))
                    elif re.fullmatch(r"(?i)kualitas\s+(tertinggi|tinggi|sedang|rendah|terendah)", g):
                        out.append(Value("opinion", re.sub(r"\s+", " ", g.lower()), a, b))
                if "opinion" in cols:
                    o, a, b = at(cols["opinion"])
                    if re.fullmatch(r"(?i)(kualitas|kepatuhan)\s+(tertinggi|tinggi|sedang|rendah|terendah)", o):
                        out.append(Value("opinion", re.sub(r"\s+", " ", o.lower()), a, b))
                rank_col = cols.get("rank", cols.get("no") if falling else None)
                if rank_col is not None:
                    n, a, b = at(rank_col)
                    if n.rstrip(".").isdigit():
                        out.append(Value("rank", int(n.rstrip(".")), a, b, scope=scope))
        taken = {(v.kind, v.start) for v in found}
        return [v for v in out if (v.kind, v.start) not in taken]

    def _ranked_run(self, text: str, run: list[tuple[int, int]]) -> list[Value]:
        first = run[0][1]
        head = re.sub(r"\s*\d{1,2}(?:\)\.|[.)])[ \t]*$", "", text[max(0, first - 200):first])  # the line before the list
        head = re.split(r"(?<=[.!?])\s", head)[-1]
        # falling scores alone make no ranking: a list of a zone's members is often sorted by score
        # without the text ever calling it a ranking (RECORDS.md: order is no rank unless stated)
        if _LIST_REVERSE.search(head) or not _LIST_RANKED.search(head):
            return []
        lines = [text[p:text.find("\n", p) if "\n" in text[p:] else len(text)] for _, p in run]
        scores = []
        for ln in lines:
            m = next((m for m in _NUM.finditer(ln) if m.group(2)), None)
            scores.append(float(f"{m.group(1)}.{m.group(3)}") if m else None)
        # tied members of a ranked list share no place
        tied = {k for k, sc in enumerate(scores) if sc is not None and scores.count(sc) > 1}
        return [Value("rank", n, p, p, scope=self._head_scope(head)) for k, (n, p) in enumerate(run) if k not in tied]

    def _head_scope(self, head: str) -> str | None:
        """The scope a list's or table's heading states ("se-Kalsel", "tingkat nasional"), else None."""
        if self.national.search(head):
            return "nasional"
        return "provinsi" if _HEAD_PROVINCIAL.search(head) else None

    def zones(self, text: str) -> list[Value]:
        # "naik dari kuning ke hijau": both colours of a change are zones
        out: list[Value] = []
        for m in self.zone_change.finditer(text):
            out += [Value("zone", m.group(g).lower(), m.start(g), m.end(g)) for g in ("a", "b")]
        # "6 kantor ... masuk zona hijau dan kuning": a mix of zones is no one's zone
        # "3 Zona Hijau dan 10 Zona Kuning": a count of governments per zone is no one's zone
        out += [Value("zone", m.group("z").lower(), m.start(), m.end()) for m in self.zone_re.finditer(text)
                if not _ZONE_MIX.match(text, m.end()) and not any(v.start <= m.start("z") < v.end for v in out)
                and not self.zone_count.search(text, max(0, m.start() - 24), m.start())]
        # the rest of a list in a bare colour: "selainnya kuning semua", "sisanya merah"
        for m in self.rest_colour.finditer(text):
            if not any(v.start <= m.start("z") < v.end for v in out):
                out.append(Value("zone", m.group("z").lower(), m.start("z"), m.end("z")))
        # a list line's last cell: "- Kabupaten Bungo – 90,10 – Hijau", "Kabupaten Tebo 70,50 (Kuning)"
        for m in _BARE_ZONE.finditer(text):
            if not any(v.start <= m.start("z") < v.end for v in out):
                out.append(Value("zone", m.group("z").lower(), m.start("z"), m.end("z")))
        return out

    def grades(self, text: str) -> list[Value]:
        out = []
        for m in self.grade_re.finditer(text):
            if m.group("g3"):  # only the bracket is the grade: the score before it stays a score
                out.append(Value("grade", m.group("g3"), m.start("g3") - 1, m.end()))
            else:
                out.append(Value("grade", m.group("g") or m.group("g2") or m.group("g4") or m.group("g5"), m.start(), m.end()))
        return out

    def opinions(self, text: str) -> list[Value]:
        out = []
        # "dinyatakan kategori sedang", "predikat tinggi": the pre-2022 verdicts (2022+ records keep
        # only their zone, see records.py)
        if self.old_verdict_re is not None:
            for m in self.old_verdict_re.finditer(text):
                out.append(Value("opinion", f"kepatuhan {m.group('lvl').lower()}", m.start(), m.end()))
        if self.subject_verdict_re is not None:
            for m in self.subject_verdict_re.finditer(text):
                out.append(Value("opinion", f"kepatuhan {m.group('lvl').lower()}", m.start("lvl"), m.end()))
        for m in self.opinion_re.finditer(text):
            prev = re.search(r"(\S+)\s*$", text[max(0, m.start() - 30):m.start()])
            tok = prev.group(1) if prev else ""
            # "(Zona Hijau/Kualitas Tertinggi)", "(62,15/kualitas sedang)": a slash pairs it with a value
            ok = tok[-1:] in "\"“'‘(/" or tok.lower().strip(",.:") in self.opinion_before if tok else False
            # a headline's label right after a name: "..., Kota Jambi Kualitas Tertinggi" (capitals on
            # both sides mark the label; prose writes "indikator kualitas tinggi" in lower case)
            ok = ok or (tok[:1].isupper() and tok[-1:].isalpha() and m.group("o").istitle())
            # the value of a short key line: "Opini Ombudsman: kualitas tinggi"
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
            ok = ok or (tok[-1:] in ":;" and len(line) <= 40)
            if not ok:
                continue
            o = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", m.group("o")).lower()
            o = re.sub(r"\s+", " ", self.opinion_infix.sub("", o) if self.opinion_infix else o)
            # an alias meaning an opinion only in graded years keeps its written form; the assembler,
            # which knows the year, maps it (claim_years.py, _opinion_for_year)
            o = o if o in self.graded_only_alias else self.opinion_alias.get(o, o)
            out.append(Value("opinion", o, m.start(), m.end()))
        for m in self.opinion_gloss.finditer(text) if self.opinion_gloss is not None else ():
            lvl = m.group("lvl").lower()
            if not any(v.start < m.end("lvl") and m.start("lvl") < v.end for v in out):
                out.append(Value("opinion", f"kepatuhan {lvl}", m.start("lvl"), m.end("lvl")))
        return out

    def groups(self, text: str, values: list[Value], low: str | None = None) -> list[GroupMarker]:
        # the patterns run on the lower-cased text when that is exact (casefold.py); the words
        # read from their groups are lower-cased anyway
        group_re, gtext = pick(self.group_re, text, low)
        group_more, mtext = pick(self.group_more, text, low)
        collective_re, ctext = pick(self.collective_re, text, low)
        out = []
        # a rank's or a score's own number ("90,10 (Hijau) Kabupaten ...") starts no group
        spans = sorted((v.start, v.end) for v in values if v.kind in ("rank", "score"))
        for m in group_re.finditer(gtext):
            if out and m.start() < out[-1].end:
                continue  # "3 kota" inside "5 kabupaten dan 3 kota": one group
            described = bool(self.described.match(text, m.end()))
            if (_inside(m.start(), spans) and not described) or re.search(r"\d[.,]$", text[max(0, m.start() - 2):m.start()]):
                continue  # (a ranking's field described by a clause is a group: "ke-3 dari 14 pemda yang masuk zona hijau")
            if re.search(r"(?i)(?<![\w])(dari|sebanyak dari|antara)\s*$", text[max(0, m.start() - 10):m.start()]) \
                    and not described:
                continue  # "dari 24 kabupaten/kota": a total, not a group ("dari 14 pemda yang masuk zona hijau" is one)
            if self.surveyed is not None and not described and self.surveyed.search(text, max(0, m.start() - 80), m.start()):
                continue  # "survei yang kami lakukan di 13 kabupaten/kota": where it was done, not a group
            word = m.group("n").lower()
            ana = bool(m.group("ana")) or (word.startswith("ke") and not word.isdigit())
            count = self._num(word) if word != "sisanya" else None
            if word in self.v["collective_anaphora"]:
                count, ana = self.v["collective_anaphora"][word], True
            more = group_more.match(mtext, m.end())
            if more and count:
                count += self._num(more.group("n")) if more.group("n") else 1
            end = m.end() if not more else more.end()
            out.append(GroupMarker(m.start(), end, count, anaphoric=ana,
                                   noun=re.sub(r"\s+", " ", m.group("noun").lower()) if not more else None,
                                   others=bool(self.group_others and self.group_others.match(text, end))))
        # "..., selebihnya masuk dalam zona kuning, yaitu ...": the rest, a group of its own
        for m in self.rest_re.finditer(text):
            if not any(g.start <= m.start() < g.end for g in out):
                out.append(GroupMarker(m.start(), m.end(), None))
        for m in collective_re.finditer(ctext):
            out.append(GroupMarker(m.start(), m.end(), self.v["collective_anaphora"][m.group().lower()], anaphoric=True))
        return sorted(out, key=lambda g: g.start)

    @staticmethod
    def _dedupe(vals: list[Value]) -> list[Value]:
        vals.sort(key=lambda v: (v.start, -(v.end - v.start)))
        out: list[Value] = []
        for v in vals:
            if out and v.start < out[-1].end and v.kind == out[-1].kind:
                continue
            out.append(v)
        return out

    def find(self, text: str) -> tuple[list[Value], list[GroupMarker]]:
        low = lowered(text)  # window searches run on it when exact (extract/components/casefold.py)
        # where wishes are written: the wish-then-purpose test runs only near one
        wish_re, wtext = pick(self.wish_word, text, low) if self.wish_word is not None else (None, None)
        self._wishes = [m.start() for m in wish_re.finditer(wtext)] if wish_re is not None else None
        vals = self.scores(text) + self.ranks(text) + self.zones(text) + self.grades(text) + self.opinions(text)
        vals += self.table_values(text, vals)
        # a rank's own number ("posisi 71 dari 98") is not a score
        rank_spans = sorted((v.start, v.end) for v in vals if v.kind == "rank")
        vals = [v for v in vals if v.kind != "score" or not _inside(v.start, rank_spans)]
        vals = [v for v in vals if not self._hypothetical(text, v.start, low)]
        vals = [v for v in vals if v.kind not in ("zone", "grade") or
                not search_in(self.threshold, text, low, max(0, v.start - 40), v.start)]
        # a state left behind ("keluar dari zona kuning") is the earlier state when its year is written
        # right after it ("meninggalkan zona merah pada 2022"), otherwise no claim for any year
        left = {id(v) for v in vals if v.kind in ("zone", "grade") and
                search_in(self.exited, text, low, max(0, v.start - 40), v.start)}
        vals = [v for v in vals if id(v) not in left or _YEAR_AFTER.match(text, v.end)]
        for v in vals:
            v.prior = id(v) in left or self._prior(text, v.start, v.end, low) or \
                self.earlier_cue.before(text, v.end) is not None  # "sebelumnya hijau": the cue may open the value
        vals.sort(key=lambda v: v.start)
        return vals, self.groups(text, vals, low)

    def __call__(self, doc: Doc) -> Doc:
        if not doc._.relevant:  # only relevant articles carry records: nothing to find here
            return doc
        doc._.values, doc._.groups = self.find(doc_text(doc))
        return doc


@Language.factory("kepatuhan_values", default_config={"data_dir": ""})
def make_values(nlp: Language, name: str, data_dir: str) -> Values:
    return Values(nlp, name, data_dir or None)
