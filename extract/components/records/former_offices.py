"""Offices a person held before ("mantan Kepala LAN Makassar", "yang sebelumnya menjabat Kepala Dinas Pendidikan
Kota X", "eks Sekda"): a title in a biography, not a body assessed, so the government, ministry or unit named in
it takes no claim of its sentence, not even as the only one named (the person is still an official).

Knowledge: models/units.yaml `office_title_former` (the words before a former title) and `former_office_phrases`
(the verbs telling an office held before), `former_office_breaks` (words after which the title is today's),
`former_office_lower_words` (the title's words written in lower case).
"""

from __future__ import annotations

import re

from extract.components.common.casefold import lowered
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention
from extract.components.common.needles import may_match


class FormerOffices:
    def __init__(self, u: dict) -> None:
        cues = u.get("office_title_former", []) + u.get("former_office_phrases", [])
        breaks = words_alt(u.get("former_office_breaks", []) or ["yang"])
        lower = words_alt(u.get("former_office_lower_words", []) or ["pejabat"])
        # the cue, then up to six words of the title: capitalised or one of the title's lower-case words (no
        # clause's punctuation, no verb: "yang pernah menjabat Kadis itu menyebut Kota X"), no word opening today's
        # office
        word = rf"(?!(?i:{breaks})(?![\w]))(?:[A-Z][^\s.,;:!?()\x22\u201c\u201d]*|(?i:{lower})(?![\w]))"
        self.pattern = (
            re.compile(rf"(?<![\w-])(?i:{words_alt(cues)})(?:[ \t]+sebagai)?(?:[ \t-]+{word}){{0,6}}?[ \t-]+$")
            if cues
            else None
        )

    def mark(self, text: str, ents: list[EntityMention]) -> None:
        """Mentions written inside a former office's title are neither subjects nor weak stand-ins."""
        if self.pattern is None or not may_match(self.pattern, lowered(text)):
            return  # no former title's cue in the text (needles.py): each mention's look-back is skipped
        for e in ents:
            if (e.subject or e.weak) and self.pattern.search(text, max(0, e.start - 90), e.start):
                e.subject = e.weak = False
