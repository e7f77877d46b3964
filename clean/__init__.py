"""Cleaning: raw HTML -> Article (body text, title, dates, author, captions, fingerprints).

Public API (stable, used by the CLI, the crawler and the corpus):
    clean_page(html, url=None, headers=None) -> Article
"""

from clean.errors import CleanError
from clean.types import Article

__all__ = ["Article", "CleanError", "clean_page"]


def __getattr__(name):  # lazy: importing `clean` must stay cheap (no trafilatura until needed)
    if name == "clean_page":
        from clean.page import clean_page

        return clean_page
    raise AttributeError(name)
