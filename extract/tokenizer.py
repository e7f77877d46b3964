"""spaCy's Indonesian tokenizer, built the first time it is used.

Building `spacy.blank("id")`'s tokenizer compiles ~16,000 tokenizer exceptions and costs
~4 s of CPU: most of the pipeline's load time. Extraction itself never needs it
(extract.pipeline builds whitespace-split Docs, see `fast_doc`), so `kepatuhan extract`
should not pay for it. This tokenizer is exactly spaCy's default one (`spacy.Tokenizer.v1`
with the language's defaults), constructed on first call; `nlp(text)`, `nlp.make_doc`,
`nlp.to_disk` and `spacy.load` behave as with the default tokenizer. A tokenizer read back
by `from_disk` keeps its saved bytes until first use, so `spacy.load` stays cheap too.

Registered as `kepatuhan.LazyTokenizer.v1` (also a `spacy_tokenizers` entry point, so a
saved pipeline loads in a process that never imported kepatuhan).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import create_tokenizer
from spacy.tokenizer import Tokenizer
from spacy.util import registry

NAME = "kepatuhan.LazyTokenizer.v1"


class LazyTokenizer:
    def __init__(self, nlp):
        self._nlp = nlp
        self._tokenizer: Tokenizer | None = None
        self._saved: bytes | None = None  # from from_disk/from_bytes, applied on first use

    @property
    def built(self) -> bool:
        return self._tokenizer is not None

    @property
    def tokenizer(self) -> Tokenizer:
        if self._tokenizer is None:
            if self._saved is not None:
                tok = Tokenizer(self._nlp.vocab)
                tok.from_bytes(self._saved, exclude=["vocab"])
            else:
                tok = create_tokenizer()(self._nlp)
            self._tokenizer, self._saved = tok, None
        return self._tokenizer

    def __call__(self, text: str):
        return self.tokenizer(text)

    def pipe(self, texts, batch_size: int = 1000):
        return self.tokenizer.pipe(texts, batch_size=batch_size)

    def __getattr__(self, name):  # rules, token_match, explain, ... of the real tokenizer
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    # -- serialisation (the format is the real tokenizer's) -----------------------------
    def to_bytes(self, *, exclude=tuple()) -> bytes:
        if self._tokenizer is None and self._saved is not None:
            return self._saved
        return self.tokenizer.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self._tokenizer, self._saved = None, data
        return self

    def to_disk(self, path, *, exclude=tuple()):
        Path(path).write_bytes(self.to_bytes(exclude=exclude))

    def from_disk(self, path, *, exclude=tuple()):
        return self.from_bytes(Path(path).read_bytes(), exclude=exclude)


@registry.tokenizers(NAME)
def make_lazy_tokenizer():
    return LazyTokenizer
