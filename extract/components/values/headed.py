"""A purpose phrase that heads a list of holders ("untuk memperoleh kategori tertinggi atau opini A
yakni Kota X ..., Kota Y ...") introduces who obtained the value: it is held, not aimed at.

Knowledge: models/values.yaml `headed_purpose_cues` (the "untuk memperoleh" phrases),
`headed_purpose_links` (the "yakni" words after the value) and `enumeration_before_entity`
(the capitalised words that open a government's name).
"""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt


class HeadedPurpose:
    """Tells whether a value after a purpose phrase is the heading of a list of holders."""

    def __init__(self, v: dict) -> None:
        cues, links = v.get("headed_purpose_cues", []), v.get("headed_purpose_links", [])
        names = v.get("enumeration_before_entity", [])
        self.cue = re.compile(rf"(?i)(?<![\w])(?:{words_alt(cues)})(?![\w])[^.,;!?\n]{{0,60}}$") if cues else None
        # the holder named right after the link, by the capitalised word that opens its name
        self.holder = (
            re.compile(rf"[^.;!?\n]{{0,40}}?(?<![\w])(?i:{words_alt(links)})\s*:?\s*(?:{words_alt(names)})(?![\w])")
            if links and names
            else None
        )

    def heads_holders(self, text: str, start: int, end: int) -> bool:
        """ "untuk meraih zona hijau yakni Kabupaten X": the cue before the value, a holder after it."""
        if self.cue is None or self.holder is None:
            return False
        return bool(self.cue.search(text, max(0, start - 70), start) and self.holder.match(text, end))
