"""batch_words: the prefilter over a batch of texts (Arrow's RE2) answers exactly as the prefilter
text by text (`str.lower()` and substring searches), including the two characters whose lower
case is an ASCII letter, and falls back to the text-by-text search when it cannot answer."""

from __future__ import annotations

import random

from extract.components.common.batch_words import MIN_BATCH, candidates, caseless_pattern
from extract.components.relevance import Relevance
from extract.pipeline import extract_article, extract_many
from models import MODELS_DIR

REL = Relevance(None, "kepatuhan_relevance", str(MODELS_DIR))

# own sentences: candidates in any case, look-alikes of the words, and ordinary news
SENTENCES = [
    "Harga cabai merah di pasar induk naik dua kali lipat menjelang akhir pekan.",
    "Tim sepak bola kota itu menang tipis dalam laga kandang Sabtu malam.",
    "Pemkot menerima PREDIKAT baik dalam lomba kebersihan kelurahan.",
    "Ombudsman menilai layanan perizinan di kabupaten itu masih lambat.",
    "Hasil survei IKM unit layanan kesehatan naik tahun ini.",
    "Laporan keuangan daerah kembali meraih opini Wajar Tanpa Pengecualian.",
    "Warga mengeluhkan pelayanan publik di kantor kecamatan.",
    "Nilai SAKIP pemerintah daerah masuk kategori BB.",
    "Kawasan itu kini berstatus Zona Merah penularan demam berdarah.",
    "Opininya soal jalan rusak dimuat di koran lokal.",  # "opini" inside a longer word
    "Kepatuhannya pada aturan lalu lintas patut dicontoh.",
    "Petani menanam padi di sawah tadah hujan.",
    "Rapat membahas reformasi birokrasi di lingkungan pemprov.",
    "Zona  hijau ditulis dengan dua spasi tidak dihitung sebagai kata.",
]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.sample(SENTENCES, rng.randint(1, 4))) for _ in range(n)]


def test_batch_answers_as_the_text_by_text_prefilter():
    texts = _texts(300, 3) + [""] * 3 + ["ombudsman"] + [s.upper() for s in SENTENCES] + SENTENCES
    found = candidates(texts, REL.candidate_pattern)
    assert found is not None  # Arrow searched the batch
    assert found == [REL.is_candidate(t) for t in texts]
    assert any(found) and not all(found)


def test_kelvin_sign_and_dotted_capital_i_count_as_lower_case_does():
    # 'K' (KELVIN SIGN) lower-cases to "k"; 'İ' to "i" + a combining dot, so only at a word's end
    cases = {
        "Nilai SA\u212aIP daerah itu naik.": True,
        "Hasil OPIN\u0130 dewan dibacakan.": True,  # "opini" ends with the dotted capital I
        "Survei \u0130KM dilakukan di puskesmas.": False,  # "i̇km": the dot sits inside the word
        "Kata \u017fakip ditulis dengan s panjang.": False,  # 'ſ' stays 'ſ' in lower case
        "Berita olahraga biasa tanpa kata kunci.": False,
    }
    texts = list(cases) * MIN_BATCH
    assert [REL.is_candidate(t) for t in cases] == list(cases.values())
    assert candidates(texts, REL.candidate_pattern) == [REL.is_candidate(t) for t in texts]


def test_falls_back_when_the_batch_cannot_be_searched_at_once():
    assert candidates(["ombudsman"] * (MIN_BATCH - 1), REL.candidate_pattern) is None  # too few
    assert candidates(["x\ud800 ombudsman"] * MIN_BATCH, REL.candidate_pattern) is None  # lone surrogate
    texts = ["x\ud800 ombudsman", "berita biasa"] * MIN_BATCH
    assert REL.are_candidates(texts) == [True, False] * MIN_BATCH
    assert caseless_pattern(("opini", "mcp-kpk")) is None  # not letters and spaces only: no pattern
    assert caseless_pattern(()) is None


def test_extract_many_agrees_with_extract_article_on_a_mixed_batch():
    texts = _texts(80, 5)
    texts[7] = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023. "
        "Kabupaten Lebong meraih nilai 92,00 dan masuk zona hijau."
    )
    arts = [{"id": str(i), "text": t} for i, t in enumerate(texts)] + [{"id": "n", "text": None}]
    many = [r.to_dict() for r in extract_many(arts)]
    one = [extract_article(t, id=str(i)).to_dict() for i, t in enumerate(texts)]
    assert many[:-1] == one
    assert many[7]["relevant"] and not many[-1]["relevant"]
