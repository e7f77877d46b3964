"""starts: a whole-text scan tried only where one of the pattern's literal starts is gives the
very matches of the pattern's own finditer/search (spans and groups), and patterns whose matches
may begin otherwise, or that `re` scans fast by itself, are left to `re`."""

from __future__ import annotations

import random
import re

from extract.components.common.casefold import lowered
from extract.components.common.starts import finditer, finditer_branches, search, starts

TEXT = (
    "BENGKULU – Pemerintah Kabupaten Seluma kembali masuk zona hijau dalam Penilaian Kepatuhan "
    "Penyelenggaraan Pelayanan Publik tahun ini dengan nilai 88,14 dan menempati peringkat kedua "
    "se-Provinsi Bengkulu. Tahun sebelumnya Seluma masih berada di zona kuning.\n"
    "Kepala Perwakilan Ombudsman RI Bengkulu menyebut Kabupaten Kaur dan Kota Bengkulu juga meraih "
    "predikat kepatuhan tinggi, sedangkan Kabupaten Lebong turun ke peringkat keenam. Kategori ini "
    "dinilai dari pemenuhan standar pelayanan di dinas-dinas, kategorisasi yang sama dengan tahun lalu."
)

CUES = [
    r"(?<![\w])(?:zona|predikat\s+kepatuhan)\s+(?P<z>hijau|kuning|merah|tinggi)(?![\w])",
    r"(?<![\w])(?:peringkat\s+ke|peringkat|urutan)\s+(?P<n>\w+)",
    r"\b(?:tahun\s+sebelumnya|tahun\s+lalu|tahun\s+ini)\b",
    r"(?<![\w-])(?:Kabupaten|Kota)\s+(?P<name>[A-Z]\w+)",
    r"(?:kategori)|(?:\bkaur\b)",
]


def _same(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> None:
    end = len(text) if endpos is None else endpos
    own = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, end)]
    assert [(m.span(), m.groups()) for m in finditer(pattern, text, pos, endpos)] == own
    first = pattern.search(text, pos, end)
    found = search(pattern, text, pos, endpos)
    assert (found and (found.span(), found.groups())) == (first and (first.span(), first.groups()))


def test_cue_alternations_behind_a_word_boundary_have_literal_starts():
    assert starts(re.compile(CUES[0])) == ("predikat", "zona")
    assert starts(re.compile(CUES[1])) == ("peringkat", "urutan")
    # a start that another one begins is covered by it: "kategori" finds "kategorisasi" too
    assert starts(re.compile(r"(?<![\w])(?:kategorisasi|kategori)\b")) == ("kategori",)


def test_the_matches_are_the_patterns_own_over_whole_texts_and_slices():
    for source in CUES:
        pattern = re.compile(source)
        assert starts(pattern) is not None
        _same(pattern, TEXT)
        _same(pattern, TEXT.lower())
        # a lookbehind still sees the character before `pos`; `endpos` cuts the text as re does
        _same(pattern, TEXT, TEXT.index("ona hijau"), len(TEXT) - 40)
        _same(pattern, TEXT, 3, TEXT.index("Kaur") + 2)


def test_random_slices_of_a_long_text_agree():
    rng = random.Random(7)
    text = (TEXT + " ") * 3
    for source in CUES:
        pattern = re.compile(source)
        for _ in range(40):
            a = rng.randrange(len(text))
            b = rng.randrange(a, len(text) + 1)
            _same(pattern, text, a, b)


def test_patterns_that_may_begin_otherwise_are_left_to_re():
    assert starts(re.compile(r"(?<![\w])(?:di\s?)?peringkat")) is None  # an optional part first
    assert starts(re.compile(r"(?<![\w])(?P<n>\d{1,3}|tiga|empat)\s+daerah")) is None  # a class first
    assert starts(re.compile(r"(?<![\w])(?:di|ke)\s+Bengkulu")) is None  # starts too short to be rare


def test_patterns_re_skips_through_by_itself_are_left_to_it():
    assert starts(re.compile(r"zona (hijau|kuning|merah)")) is None  # a literal prefix
    assert starts(re.compile(r"(?:Kabupaten|Kota|Provinsi)\s+\w+")) is None  # a first-letter set
    assert starts(re.compile(r"^(?:benar|salah)$")) is None  # anchored at the start


def test_short_strings_and_unknown_patterns_still_match():
    pattern = re.compile(CUES[0])
    short = "Kota Kaur masuk zona hijau."
    assert [m.group("z") for m in finditer(pattern, short)] == ["hijau"]
    digits = re.compile(r"(?<![\w.,])(\d{1,3}),(\d{2})(?![\w])")
    assert [m.group() for m in finditer(digits, TEXT)] == ["88,14"]
    assert search(digits, TEXT).group() == "88,14"


def test_a_pattern_matching_in_any_case_is_looked_for_in_the_lower_cased_text():
    text = TEXT.replace("zona hijau", "ZONA Hijau").replace("zona kuning", "Zona kuning")
    for pattern in (
        re.compile(r"(?<![\w])(?:zona|predikat)\s+(?P<c>hijau|kuning)", re.IGNORECASE),
        re.compile(r"(?<![\w])(?i:zona|predikat)\s+(?P<c>hijau|kuning)"),
        re.compile(r"(?<![\w])(?:Zona|(?i:predikat))\s+(?P<c>hijau|kuning)"),  # one part in any case
    ):
        assert starts(pattern) == ("predikat", "zona")
        own = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert own and [(m.span(), m.groups()) for m in finditer(pattern, text, low=lowered(text))] == own
        assert search(pattern, text, low=lowered(text)).span() == own[0][0]
        # without the lower-cased text (or when lower-casing would move offsets) re scans it itself
        assert [(m.span(), m.groups()) for m in finditer(pattern, text)] == own
    assert lowered("İzin zona hijau " * 30) is None


def test_long_enough_starts_are_not_multiplied_by_what_follows():
    # "kab" then a space or tab: looked for as "kab" once, not as "kab " and "kab\t"
    assert starts(re.compile(r"(?<![\w])(?:kabupaten|kab)[ \t]+(?=[a-z])")) == ("kab",)


GRADES = (
    "Kota Bengkulu meraih nilai 91,20 (A) dan masuk kategori kualitas tertinggi, sementara Kabupaten "
    "Kaur memperoleh 78,45 (B) atau kualitas tinggi B menurut Ombudsman. Kabupaten Lebong berada di "
    "peringkat keenam dengan huruf C (Kualitas Sedang), adapun Kabupaten Seluma (B, kualitas tinggi) "
    "naik dari tahun lalu. Kota lain masih zona kuning atau C, dan satu daerah tercatat 60,10 - D, "
    "kualitas rendah.\nTahun depan semua pemda ditargetkan naik ke kategori A.\n"
)
# a grade after a cue word, a score with its grade in brackets, a letter with its opinion in brackets,
# a letter before its opinion: the last three open with no cue word, each with what its matches hold
GRADE_BRANCHES = [
    (r"(?<![\w])(?i:predikat|nilai|kategori)\s*(?P<g>[A-E])(?![\w])", None),
    (r"(?<![\w.,])\d{1,3}[.,]\d{1,2}\s*\(\s*(?P<g3>[A-E])\s*\)", r"\d\s*\(\s*[A-E]\s*\)"),
    (r"(?<![\w.,])(?P<g4>[A-E])\s*\(\s*(?i:kualitas\s+\w+)\s*\)", r"[A-E]\s*\(\s*(?i:kualitas)"),
    (r"(?:\(\s*|(?<=\d)\s*[-–,/]\s*)(?P<g6>[A-E])\s*[,/–-]\s*(?=(?i:kualitas))", r"[A-E]\s*[,/–-]\s*(?i:kualitas)"),
]


def _branches(spec):
    return [(re.compile(src), re.compile(gate) if gate else None) for src, gate in spec]


def test_an_alternation_tried_where_its_branches_begin_matches_as_itself():
    pattern = re.compile("|".join(src for src, _ in GRADE_BRANCHES))
    branches = _branches(GRADE_BRANCHES)
    for text in (GRADES, GRADES * 3, GRADES.replace("(", "[").replace(")", "]"), TEXT + GRADES.upper()):
        own = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        found = [(m.span(), m.groups()) for m in finditer_branches(pattern, branches, text, lowered(text))]
        assert found == own
    assert [m.group("g3") for m in finditer_branches(pattern, branches, GRADES, lowered(GRADES))][:2] == ["A", "B"]
    # each of the four kinds is found in the text
    kinds = {
        k for m in finditer_branches(pattern, branches, GRADES, lowered(GRADES)) for k, v in m.groupdict().items() if v
    }
    assert kinds == {"g", "g3", "g4", "g6"}


def test_a_branch_with_no_starts_and_no_gate_leaves_the_scan_to_re():
    spec = GRADE_BRANCHES[:1] + [(GRADE_BRANCHES[1][0], None)]
    pattern = re.compile("|".join(src for src, _ in spec))
    found = finditer_branches(pattern, _branches(spec), GRADES, lowered(GRADES))
    assert not isinstance(found, list) and [m.span() for m in found] == [m.span() for m in pattern.finditer(GRADES)]
    # without the lower-cased text, cue words matched in any case cannot be looked for: re scans
    cue = re.compile(GRADE_BRANCHES[0][0])
    assert [m.span() for m in finditer_branches(cue, _branches(GRADE_BRANCHES[:1]), GRADES)] == [
        m.span() for m in cue.finditer(GRADES)
    ]
