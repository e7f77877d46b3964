"""A government named in the title of the official a sentence opens with ("Sekretaris Daerah Provinsi X Y
menjelaskan terjadi peningkatan dari zona kuning menjadi zona hijau"): when the sentence names no other holder,
its values are that government's, not those of the subject the sentences before spoke of (used by
extract/components/records/sentence.py). Knowledge: models/regions/levels.yaml `speaker_government_titles`."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention


class SpeakerTitles:
    """The titles of officials that name a government ("Sekretaris Daerah Provinsi"), read when the record
    assembler loads."""

    def __init__(self, lv: dict) -> None:
        titles = lv.get("speaker_government_titles", [])
        self.before = re.compile(rf"(?i)(?<![\w])(?:{words_alt(titles)})\s+$") if titles else None
        # "..., kata Bupati X" after a quote in the first person ("daerah kita meraih ..."): the speaker's anywhere
        first = lv.get("speaker_first_person", [])
        self.first_person = re.compile(rf"(?i)(?<![\w])(?:{words_alt(first)})(?![\w])") if first else None
        # ... or inside the mention itself ("Bupati Ngawi" read as one weak mention of the regency)
        self.opening = re.compile(rf"(?i)(?:{words_alt(titles)})\s+") if titles else None

    def titled(self, text: str, start: int, weak: list[EntityMention], end: int | None = None) -> bool:
        """Is the sentence's only government (named as a place) the one in the title of its first official,
        written in its first 60 characters ("Di tempat yang sama Sekretaris Daerah Provinsi X ..."), or anywhere
        in a sentence (ending at `end`) told in the first person ("Kita meraih ...," kata Bupati X)?"""
        places = {(e.name, e.entity_type) for e in weak}
        if self.before is None or len(places) != 1:
            return False
        e = weak[0]
        near = e.start - start <= 60 or (
            end is not None and self.first_person is not None and self.first_person.search(text, start, end) is not None
        )
        return near and bool(
            self.before.search(text, max(0, e.start - 30), e.start)
            or (self.opening is not None and self.opening.match(text, e.start, e.end))
        )

    def quote_end(self, text: str, start: int, end: int) -> int | None:
        """A sentence opening a quote it does not close ("Tahun ini kami masuk zona kuning. Padahal ...," kata
        Wakil Bupati X.): the end of the sentence that closes it and names its speaker (within 400 characters)."""
        head = text[start:end].lstrip()
        if head[:1] not in ('"', "“") or any(q in head[1:] for q in ('"', "”")):
            return None
        close = _CLOSE.search(text, end, min(len(text), end + 400))
        if close is None:
            return None
        stop = text.find(".", close.end())
        return None if stop < 0 else stop + 1


# a closing quote with the comma before it (the attribution follows: '...," kata ...')
_CLOSE = re.compile(r",\s*[\"”]")
