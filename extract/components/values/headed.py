"""A purpose phrase that heads a list of holders ("untuk memperoleh kategori tertinggi atau opini A
yakni Kota X ..., Kota Y ...") introduces who obtained the value: it is held, not aimed at.

Knowledge: models/values.yaml `headed_purpose_cues` (the "untuk memperoleh" phrases),
`headed_purpose_links` (the "yakni" words after the value) and `enumeration_before_entity`
(the capitalised words that open a government's name); `same_as_holder_links` ("sama seperti yang diraih")
after a value aimed at: the government named next already holds it, and the value is that government's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value


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
        same = v.get("same_as_holder_links", [])
        self.same_as_holder = (
            # (a few words of the value's topic may come first: "meraih rangking satu pelayanan publik sama seperti")
            re.compile(
                rf"(?:\s+[a-z]+){{0,3}}?[\s,]{{0,3}}(?i:{words_alt(same)})(?:\s+oleh)?\s+(?:{words_alt(names)})(?![\w])"
            )
            if same and names
            else None
        )

    def heads_holders(self, text: str, start: int, end: int) -> bool:
        """ "untuk meraih zona hijau yakni Kabupaten X": the cue before the value, a holder after it."""
        if self.cue is None or self.holder is None:
            return False
        return bool(self.cue.search(text, max(0, start - 70), start) and self.holder.match(text, end))

    def held(self, text: str, vals: list[Value], aimed: Callable[[Value], bool]) -> list[Value]:
        """`vals` less those `aimed` at, but an aimed value followed by "sama seperti yang diraih X" is kept as X's
        (the entity named right after it): "bisa meraih peringkat satu sama seperti yang diraih Pemprov X"."""
        out = []
        for v in vals:
            is_aimed = aimed(v)  # (asked once: the test reads the text around the value, and has no side effect)
            if is_aimed and self.same_as_holder is not None and self.same_as_holder.match(text, v.end):
                v.forward = True
            elif is_aimed:
                continue
            out.append(v)
        return out
