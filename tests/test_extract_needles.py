"""needles: a pattern is skipped only where none of its literal words occurs, so a search that
is skipped could never have matched; patterns whose shape gives no needle are always searched."""

from __future__ import annotations

import random
import re

import pytest

from extract.components.common.casefold import folded, lowered
from extract.components.common.needles import may_match, needles

TEXT = (
    "PADANG – Pemerintah Kabupaten Solok Selatan kembali masuk Zona Hijau dalam Penilaian Kepatuhan "
    "Penyelenggaraan Pelayanan Publik 2023 dengan nilai 91,27. Di sisi lain, survei penilaian integritas (SPI) "
    "KPK menempatkannya di zona merah.\nKepala Perwakilan Ombudsman RI Sumatera Barat, Yefri Heriani, "
    "menyebut tidak ada daerah yang masih berada di kategori D tahun ini."
)


def test_an_alternation_of_cue_phrases_needs_one_of_its_words():
    cue = re.compile(r"(?<![\w])(?:zona|predikat\s+kepatuhan)\s+(?P<z>hijau|kuning|merah)(?![\w])", re.I)
    assert needles(cue) == ("hijau", "kuning", "merah")  # the colours are longer than "zona"
    other = re.compile(r"\bSPI\b|survei\s+penilaian\s+integritas|(?:laporan|aduan)\s+terbanyak", re.I)
    assert set(needles(other) or ()) == {"spi", "integritas", "terbanyak"}


def test_a_letter_class_of_one_letter_is_that_letter_and_optional_parts_give_nothing():
    assert needles(re.compile(r"(?<=[Kk]ategori\s)[A-E]")) is None  # a lookbehind is no part of the match
    assert needles(re.compile(r"[Kk]ategori\s+[A-E]\b")) == ("kategori",)
    assert needles(re.compile(r"(?:opini\s+)?kualitas", re.I)) == ("kualitas",)
    assert needles(re.compile(r"(?:opini\s+)?(?:di)?", re.I)) is None
    assert needles(re.compile(r"\d{2},\d{2}")) == (",",)  # punctuation is a needle too
    assert needles(re.compile(r"\d{2}[.,]\d{2}")) is None


def test_skipped_windows_hold_no_match():
    pattern = re.compile(r"(?<![\w])(?:zona|zonasi)\s+(?:hijau|kuning|merah)(?![\w])", re.I)
    low = lowered(TEXT)
    start = TEXT.index("Kepala")
    assert not may_match(pattern, low, start)  # the last sentence names no colour
    assert pattern.search(TEXT, start) is None
    assert may_match(pattern, low, 0, start) and pattern.search(TEXT, 0, start)


def test_unsafe_lowering_searches_everything():
    # a dotted capital I changes length when lower-cased: casefold gives None and nothing is skipped
    text = "İNDONESIA: Kota Padang zona kuning"
    assert lowered(text) is None
    assert may_match(re.compile(r"zona\s+hijau", re.I), lowered(text))


def _pipeline_patterns() -> list[re.Pattern]:
    from extract.pipeline import get_nlp

    found: dict[int, re.Pattern] = {}

    def collect(obj, depth=0):
        for value in vars(obj).values():
            if isinstance(value, re.Pattern):
                found[id(value)] = value
            elif depth < 2 and hasattr(value, "__dict__") and not isinstance(value, type) and not callable(value):
                collect(value, depth + 1)

    for _name, proc in get_nlp().pipeline:
        collect(proc)
    pats = list(found.values())
    return pats + [f for f in map(folded, pats) if f is not None]


SENTENCES = [
    TEXT,
    "Bupati Sleman menerima piagam Opini Kualitas Tertinggi (A) dengan nilai 96,40 dari Ombudsman RI.",
    "Kantor Pertanahan Kota Kendari meraih peringkat ke-2 dari 14 kantor se-Sulawesi Tenggara, naik dari zona "
    "kuning ke hijau.",
    "Sebanyak 10 pemda masuk kategori B, sedangkan selebihnya masih kuning; Kota Tual belum mencapai zona hijau.",
    "Nilai Indeks Kepuasan Masyarakat (IKM) Puskesmas Batua mencapai 88,15, sementara predikat WTP diraih lagi.",
]


@pytest.mark.parametrize("seed", [1, 2])
def test_no_pattern_of_the_pipeline_is_skipped_where_it_matches(seed):
    rng = random.Random(seed)
    patterns = [p for p in _pipeline_patterns() if needles(p)]
    assert len(patterns) > 100  # most of the cue patterns have needles
    skipped = 0
    for text in SENTENCES:
        low = lowered(text)
        for p in patterns:
            for _ in range(4):
                s = rng.randrange(len(text))
                e = min(len(text), s + rng.choice([15, 40, 90, 400]))
                if not may_match(p, low, s, e):
                    skipped += 1
                    assert p.search(text, s, e) is None and p.search(text[s:e]) is None, p.pattern
    assert skipped > 1000  # the check is exercised, not vacuous


def test_an_article_long_enough_to_be_remembered_gives_the_same_answers():
    # past a few hundred characters what the article holds is worked out once and reused
    article = "\n".join([TEXT, SENTENCES[1], SENTENCES[2], SENTENCES[3]])
    low = lowered(article)
    assert len(article) > 400
    zone = re.compile(r"(?<![\w])zona\s+(?:hijau|kuning|merah)(?![\w])", re.I)
    wtp = re.compile(r"\bWTP\b|wajar\s+tanpa\s+pengecualian", re.I)
    assert not may_match(wtp, low) and not may_match(wtp, low, 100, 300)  # no WTP anywhere
    sleman = article.index("Bupati Sleman")
    kendari = article.index("Kantor Pertanahan")
    assert may_match(zone, low)
    assert not may_match(zone, low, sleman, kendari)  # the Sleman sentence names no zone
    assert zone.search(article, sleman, kendari) is None
    assert may_match(zone, low, kendari, len(article)) and zone.search(article, kendari)
