"""Fixture articles for the corpus tests, written by the team (not copied from any outlet), each
annotated by hand with the ExtractionResult the record contract asks for.

`annotated_extractor` answers with those annotations, so the storage, consolidation and
export tests do not depend on the state of the NLP rules; the tests in this file check that
the annotations are true to the texts (every evidence span holds the value it claims).
"""

from __future__ import annotations

import html as htmllib
import re

from extract.types import ExtractionResult, Official, Record


def _span(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return (i, i + len(needle))


# A press release of Pemkab Lebong, published by outlet A and syndicated verbatim by outlet B
# (different dateline and credit line): one source.
_RELEASE = (
    "Pemerintah Kabupaten Lebong kembali meraih predikat zona hijau dalam Penilaian Kepatuhan "
    "Penyelenggaraan Pelayanan Publik Tahun 2023 yang dilaksanakan Ombudsman Republik Indonesia. "
    "Kabupaten Lebong memperoleh nilai 92,00 dan menempati peringkat ke-3 se-Provinsi Bengkulu. "
    "Piagam penghargaan diserahkan oleh Kepala Perwakilan Ombudsman RI Bengkulu, Irsan Hidayat, "
    "kepada Bupati Lebong Kopli Ansori di Kota Bengkulu. Bupati Lebong Kopli Ansori mengatakan capaian "
    "ini hasil kerja keras seluruh perangkat daerah yang terus membenahi standar pelayanan, mulai dari "
    "papan informasi, maklumat pelayanan hingga sarana bagi penyandang disabilitas. Ia berharap tahun "
    "depan nilai Lebong dapat naik lagi sehingga masyarakat semakin puas dengan layanan pemerintah."
)
ARTICLE_A = "LEBONG, WARTAREJANG.ID - " + _RELEASE
ARTICLE_B = "BENGKULU, KORANSELUMA.COM - " + _RELEASE + " (rls/adv)"

# An independent report of the same result.
ARTICLE_C = (
    "Kabar baik datang dari Bumi Swarang Patang Stumang. Dalam penilaian kepatuhan pelayanan publik "
    "yang digelar Ombudsman RI untuk tahun 2023, Kabupaten Lebong mencatat nilai 92,00 dan masuk zona "
    "hijau. Sekretaris Daerah Lebong, Fachrudin, menyebut hasil itu membuktikan pelayanan di kantor "
    "dinas kini lebih tertib. Ia meminta kepala organisasi perangkat daerah menjaga capaian tersebut."
)

# An outlet that reports a different score for the same entity-year (and writes "Pemkab").
ARTICLE_D = (
    "Pemkab Lebong disebut meraih nilai 90,20 pada penilaian kepatuhan standar pelayanan publik "
    "Ombudsman tahun 2023, tetap di zona hijau. Angka itu disampaikan anggota DPRD Lebong dalam rapat "
    "paripurna, Senin lalu, ketika membahas laporan keterangan pertanggungjawaban kepala daerah."
)

ARTICLE_E = (
    "BENGKULU - Pemerintah Provinsi Bengkulu meraih skor 88,30 dalam Penilaian Kepatuhan "
    "Penyelenggaraan Pelayanan Publik Tahun 2024 oleh Ombudsman RI dan masuk zona hijau dengan opini "
    "kualitas tinggi. Pj Gubernur Bengkulu Rosjonsyah menerima penghargaan itu di Jakarta. Pada tahun "
    "2023 Pemprov Bengkulu meraih nilai 84,22."
)

# Not relevant: a Komisi Informasi score, even with a number and a rank.
ARTICLE_IRRELEVANT = (
    "Komisi Informasi Provinsi Bengkulu mengumumkan hasil monitoring keterbukaan informasi publik "
    "tahun 2023. Kabupaten Lebong meraih nilai 85,10 dan berada di peringkat kedua kategori informatif. "
    "Ketua Komisi Informasi meminta badan publik memperbarui daftar informasi publik secara berkala."
)


def _lebong_2023(
    text: str,
    score_text: str,
    score: float,
    rank: int | None = None,
    entity: str = "Kabupaten Lebong",
    region_code: str | None = "17.07",
) -> Record:
    ev = [_span(text, score_text)]
    return Record(
        entity=entity,
        entity_type="kabupaten",
        region_code=region_code,
        province="Bengkulu",
        year=2023,
        score=score,
        rank=rank,
        rank_scope="provinsi" if rank else None,
        zone="hijau",
        evidence=ev,
    )


def _release_result(text: str, id: str) -> ExtractionResult:
    return ExtractionResult(
        id=id,
        relevant=True,
        records=[_lebong_2023(text, "nilai 92,00", 92.0, rank=3)],
        officials=[
            Official("Kopli Ansori", "Bupati Lebong", [_span(text, "Bupati Lebong Kopli Ansori")]),
            Official(
                "Irsan Hidayat",
                "Kepala Perwakilan Ombudsman RI Bengkulu",
                [_span(text, "Kepala Perwakilan Ombudsman RI Bengkulu, Irsan Hidayat")],
            ),
        ],
    )


ANNOTATIONS = {
    ARTICLE_A: lambda id: _release_result(ARTICLE_A, id),
    ARTICLE_B: lambda id: _release_result(ARTICLE_B, id),
    ARTICLE_C: lambda id: ExtractionResult(
        id=id,
        relevant=True,
        records=[_lebong_2023(ARTICLE_C, "nilai 92,00", 92.0)],
        officials=[
            Official("Fachrudin", "Sekretaris Daerah Lebong", [_span(ARTICLE_C, "Sekretaris Daerah Lebong, Fachrudin")])
        ],
    ),
    ARTICLE_D: lambda id: ExtractionResult(
        id=id,
        relevant=True,
        records=[_lebong_2023(ARTICLE_D, "nilai 90,20", 90.2, entity="Pemkab Lebong", region_code=None)],
    ),
    ARTICLE_E: lambda id: ExtractionResult(
        id=id,
        relevant=True,
        records=[
            Record(
                entity="Provinsi Bengkulu",
                entity_type="provinsi",
                region_code="17",
                province="Bengkulu",
                year=2024,
                score=88.3,
                zone="hijau",
                opinion="kualitas tinggi",
                evidence=[_span(ARTICLE_E, "skor 88,30")],
            ),
            Record(
                entity="Provinsi Bengkulu",
                entity_type="provinsi",
                region_code="17",
                province="Bengkulu",
                year=2023,
                score=84.22,
                evidence=[_span(ARTICLE_E, "nilai 84,22")],
            ),
        ],
        officials=[
            Official("Rosjonsyah", "Pj Gubernur Bengkulu", [_span(ARTICLE_E, "Pj Gubernur Bengkulu Rosjonsyah")])
        ],
    ),
    ARTICLE_IRRELEVANT: lambda id: ExtractionResult(id=id, relevant=False),
}

ARTICLES = [  # (url, published, text)
    ("https://wartarejang.id/2024/01/lebong-zona-hijau", "2024-01-10", ARTICLE_A),
    ("https://koranseluma.com/lebong-raih-zona-hijau-ombudsman", "2024-01-11", ARTICLE_B),
    ("https://bengkuluhariini.id/berita/lebong-92", "2024-01-12", ARTICLE_C),
    ("https://suaralebong.net/dprd-lebong-90-20", "2024-02-05", ARTICLE_D),
    ("https://rakyatbencoolen.id/pemprov-88-30", "2024-12-13", ARTICLE_E),
    ("https://infobengkulu.id/komisi-informasi-2023", "2023-12-20", ARTICLE_IRRELEVANT),
]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def annotated_extractor(text: str, url=None, published=None, id: str = "") -> ExtractionResult:
    """The hand annotation of the fixture text `text` is (also after the cleaner dropped a dateline
    or reflowed it: matched by word overlap, evidence re-anchored); unknown text is not relevant."""
    words = _words(text)
    best, overlap = None, 0.0
    for known in ANNOTATIONS:
        kw = _words(known)
        j = len(words & kw) / max(1, len(words | kw))
        if j > overlap:
            best, overlap = known, j
    if best is None or overlap < 0.8:
        return ExtractionResult(id=id, relevant=False)
    res = ANNOTATIONS[best](id)
    for item in (*res.records, *res.officials):
        spans = []
        for s, e in item.evidence:
            i = text.find(best[s:e])
            if i >= 0:
                spans.append((i, i + e - s))
        item.evidence = spans
    return res


def article_items() -> list[dict]:
    return [{"id": f"fx-{i}", "url": u, "published": p, "text": t} for i, (u, p, t) in enumerate(ARTICLES)]


def page_html(title: str, text: str, url: str, published: str) -> str:
    """A news page around `text`, in the manner of a WordPress outlet."""
    paras = "".join(f"<p>{htmllib.escape(s.strip())}.</p>" for s in text.split(". ") if s.strip())
    return (
        f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{htmllib.escape(title)}</title>'
        f'<link rel="canonical" href="{url}">'
        f'<meta property="article:published_time" content="{published}T09:00:00+07:00"></head><body>'
        f'<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav></header>'
        f'<article><h1>{htmllib.escape(title)}</h1><div class="entry-content">{paras}</div></article>'
        f"<footer>Hak cipta redaksi. Dilarang mengutip tanpa izin.</footer></body></html>"
    )


# -- the annotations are true to the texts --------------------------------------------------------


def test_evidence_spans_hold_the_annotated_values():
    for text, ann in ANNOTATIONS.items():
        res = ann("x")
        for rec in res.records:
            assert rec.evidence, rec
            for s, e in rec.evidence:
                written = text[s:e]
                assert f"{rec.score:.2f}".replace(".", ",") in written, (written, rec.score)
        for off in res.officials:
            for s, e in off.evidence:
                assert off.name in text[s:e]


def test_annotated_extractor_recognises_reflowed_text():
    res = annotated_extractor("  \n".join(ARTICLE_C.split(" ", 3)))
    assert res.relevant and res.records[0].score == 92.0
    assert annotated_extractor("Berita cuaca hari ini cerah berawan.").relevant is False
