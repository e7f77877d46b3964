"""The officials component reads its knowledge when it loads, from its own data folder: a saved pipeline
carries every word list and the related-link labels, and uses the copies it was saved with."""

from __future__ import annotations

import spacy

from extract.components.officials.knowledge import DATA_FILES
from extract.components.officials.word_lists import RELATED_LABELS_FILE

TEXT = (
    "Kepala Dinas Kesehatan Budi Santoso meninjau puskesmas di desa itu pada Senin pagi.\n"
    "Baca juga: Bupati Sleman Rina Wati resmikan pasar\n"
)


def _names(nlp, text: str) -> list[str]:
    return [o.name for o in nlp(text)._.officials]


def test_saved_pipeline_reads_its_own_word_lists(tmp_path):
    import extract.components.officials  # noqa: F401 - registers the factory and the Doc extension

    nlp = spacy.blank("xx")
    nlp.add_pipe("kepatuhan_officials")
    assert _names(nlp, TEXT) == ["Budi Santoso"]  # the line after "Baca juga" links to another story
    nlp.to_disk(tmp_path / "nlp")
    saved = tmp_path / "nlp" / "kepatuhan_officials"
    assert all((saved / f).exists() for f in (*DATA_FILES, "spellings.yaml", "regions.txt"))
    labels = saved / RELATED_LABELS_FILE
    assert "baca juga" in labels.read_text(encoding="utf-8").splitlines()
    # the saved copy is what the loaded pipeline reads: without the label, the line is the article's own
    kept = [w for w in labels.read_text(encoding="utf-8").splitlines() if w != "baca juga"]
    labels.write_text("".join(f"{w}\n" for w in kept), encoding="utf-8")
    assert _names(spacy.load(tmp_path / "nlp"), TEXT) == ["Budi Santoso", "Rina Wati"]
