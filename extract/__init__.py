"""Cleaning and NLP: raw HTML -> Article -> ExtractionResult.

Public API (stable, used by the CLI, the crawler and the corpus):
    extract_article(text, url=None, published=None) -> ExtractionResult
    clean_page(html, url=None, headers=None) -> Article
"""
from extract.types import Article, ExtractionResult, Official, Record

EXTRACTOR_VERSION = "0.1.0"

__all__ = ["Article", "ExtractionResult", "Official", "Record", "EXTRACTOR_VERSION",
           "extract_article", "clean_page"]


def __getattr__(name):  # lazy: importing `extract` must stay cheap (no spaCy until needed)
    if name == "extract_article":
        from extract.pipeline import extract_article
        return extract_article
    if name == "clean_page":
        from extract.clean import clean_page
        return clean_page
    raise AttributeError(name)
