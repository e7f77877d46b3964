"""NLP: Article (the cleaner's output, clean.types) -> ExtractionResult.

Public API (stable, used by the CLI, the crawler and the corpus):
    extract_article(text, url=None, published=None) -> ExtractionResult
"""

from clean.types import Article
from extract.types import ExtractionResult, Official, Record

# 0.2.0: the headline is read with the body (evidence offsets index "headline, blank line, body")
# 0.3.0: the rules for the real-article phenomena of annotation batches 01–16 (stored articles re-extract)
EXTRACTOR_VERSION = "0.9.5"

__all__ = ["Article", "ExtractionResult", "Official", "Record", "EXTRACTOR_VERSION", "extract_article"]


def __getattr__(name):  # lazy: importing `extract` must stay cheap (no spaCy until needed)
    if name == "extract_article":
        from extract.pipeline import extract_article

        return extract_article
    raise AttributeError(name)
