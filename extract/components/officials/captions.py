"""Lines that are no headline though written in Title Case: photo captions ("TITLE, NAME", or a name
followed by the photo's credit) and bylines."""

from __future__ import annotations

import re

from extract.components.officials.titles import Mention

# a photo's credit right after the name that closes a caption ("Wali Kota X Budi Santoso/ANTARA-Rina")
PHOTO_CREDIT = re.compile(r"/[\w.-]+(?: [\w.-]+)?\s*")
# a byline's label opening its line: "Penulis:", "Oleh:", "Ditulis oleh"
BYLINE = re.compile(r"(?i)\s*(?:penulis|oleh|ditulis\s+oleh)\s*:?\s+\S")


def is_caption(text: str, m: Mention, line_b: int) -> bool:
    """A Title-Case line that is only "TITLE, NAME" (a photo caption or a quote's attribution):
    the name closes the line, so no capitalised headline verb can have been read as a name."""
    rest = text[m.end : line_b]
    return PHOTO_CREDIT.fullmatch(rest) is not None or (
        "," in text[m.start : m.name_toks[0].start] and not any(c.isalpha() for c in rest)
    )
