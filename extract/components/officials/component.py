"""The spaCy component `kepatuhan_officials` (sets `doc._.officials: list[Official]`) and
`find_officials(text)`, the same finder without spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
import shutil
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.common.knowledge import SPELLINGS_FILE, DataComponent
from extract.components.officials.knowledge import DATA_FILES, DEFAULT_DATA_DIR, OfficialsKnowledge
from extract.components.officials.linking import OfficialsFinder
from extract.components.officials.merge import merge_mentions
from extract.components.officials.word_lists import RELATED_LABELS_FILE
from extract.types import Official

_FINDERS: dict[str, OfficialsFinder] = {}


def default_finder() -> OfficialsFinder:
    if "default" not in _FINDERS:
        _FINDERS["default"] = OfficialsFinder(OfficialsKnowledge.from_dir(DEFAULT_DATA_DIR))
    return _FINDERS["default"]


def find_officials(text: str, finder: OfficialsFinder | None = None) -> list[Official]:
    """The officials named in `text` (usable without spaCy)."""
    finder = finder or default_finder()
    return merge_mentions(finder.find(text or ""))


if not Doc.has_extension("officials"):
    Doc.set_extension("officials", default=None)


class OfficialsRecognizer(DataComponent):
    """Sets `doc._.officials`; saves/loads its knowledge files with the pipeline (like SpanRuler)."""

    files = DATA_FILES
    default_dir = DEFAULT_DATA_DIR

    def load(self, data_dir: Path) -> None:
        self.finder = OfficialsFinder(OfficialsKnowledge.from_dir(data_dir))

    def __call__(self, doc: Doc) -> Doc:
        # the fast Docs of extract.pipeline carry their text: never rebuild it from the tokens
        text = doc.user_data.get("kepatuhan_text")
        doc._.officials = merge_mentions(self.finder.find(doc.text if text is None else text))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def to_disk(self, path, exclude=tuple()):
        super().to_disk(path, exclude)
        # the region phrases as read from the gazetteer: the saved pipeline needs no regions.csv
        regions = self.finder.kb.regions
        (Path(path) / "regions.txt").write_text(
            "\n".join(sorted(" ".join(r) for r in regions)) + "\n", encoding="utf-8"
        )
        # models/spellings.yaml, shared with the other components, as read at load
        src, dst = self.finder.kb.spellings_dir / SPELLINGS_FILE, Path(path) / SPELLINGS_FILE
        if src.exists() and src.resolve() != dst.resolve():
            shutil.copyfile(src, dst)
        # the cleaner's related-link labels (models/cleaning/lines.yaml), as read at load: one list for the
        # cleaner, the records and the officials in the repo, a copy of its own in the saved pipeline
        (Path(path) / RELATED_LABELS_FILE).write_text(
            "".join(f"{w}\n" for w in self.finder.kb.related_labels), encoding="utf-8"
        )


@Language.factory("kepatuhan_officials", default_config={"data_dir": None})
def make_officials(nlp: Language, name: str, data_dir: str | None) -> OfficialsRecognizer:
    return OfficialsRecognizer(nlp, name, data_dir)
