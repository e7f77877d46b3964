"""The headline decides relevance only: records and evidence come from the body text."""

from __future__ import annotations

from extract.pipeline import extract_article, extract_many

# The team's own writing: the body never names the assessor, the headline does.
TITLE = "Ombudsman Beri Rapor Hijau, Pemkot Sungai Penuh Naik Peringkat"
# (nor the assessment's full official title, which alone would make it relevant)
BODY = (
    "SUNGAI PENUH - Pemerintah Kota Sungai Penuh meraih zona hijau dalam penilaian kepatuhan "
    "tahun 2024 dengan nilai 87,45. Wali Kota Sungai Penuh, "
    "Ahmadi Zubir, mengatakan capaian itu hasil kerja seluruh perangkat daerah."
)


def test_title_makes_an_article_relevant_but_records_come_from_the_body():
    without = extract_article(BODY, id="t1")
    assert not without.relevant and not without.records  # no assessor in the body

    res = extract_article(BODY, id="t1", title=TITLE, published="2024-12-10")
    assert res.relevant
    assert [(r.entity, r.year, r.score, r.zone) for r in res.records] == [("Kota Sungai Penuh", 2024, 87.45, "hijau")]
    for r in res.records:  # evidence offsets index the body, never the title
        for s, e in r.evidence:
            assert 0 <= s < e <= len(BODY)
        covered = " ".join(BODY[s:e] for s, e in r.evidence)
        assert "87,45" in covered


def test_extract_many_reads_the_title_key_and_an_unrelated_title_changes_nothing():
    got = list(
        extract_many(
            [
                {"id": "a", "text": BODY, "title": TITLE, "published": "2024-12-10"},
                {"id": "b", "text": BODY, "title": "Harga Cabai Merah Naik di Pasar Tradisional"},
                {"id": "c", "text": BODY},
            ]
        )
    )
    assert [(r.id, r.relevant) for r in got] == [("a", True), ("b", False), ("c", False)]
    assert got[0].to_dict() == extract_article(BODY, id="a", title=TITLE, published="2024-12-10").to_dict()
