"""A kabupaten/kota name written again in lower case in running text ("Kota Kendari masuk zona merah ..., dan
bombana juga masuk zona merah"): read as the place only when the page writes the same one-word name
capitalised elsewhere and the lower-case word stands right before a predicate of a result, so a common word
that is also a name ("penuh batu dan lumpur" beside "Kota Batu") stays no name. Knowledge:
models/regions/levels.yaml (`lower_echo_before`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import EntityMention


class LowerEchoes:
    def __init__(self, lv: dict) -> None:
        echo = lv.get("lower_echo_before", [])
        self.before = words_alt(echo) if echo else None

    def find(
        self, text: str, found: list[EntityMention], mention: Callable[[int, int, list[str]], EntityMention]
    ) -> list[EntityMention]:
        """The lower-case echoes in `text` of the one-word names `found` capitalised (with one candidate
        region each), made into mentions by `mention`."""
        if self.before is None:
            return []
        named = {
            f.name.lower(): f.candidates[0]
            for f in found
            if len(f.candidates) == 1 and "." in f.candidates[0] and f.name.isalpha() and text[f.start].isupper()
        }
        if not named:
            return []
        taken = {f.start for f in found}
        out = []
        for m in re.finditer(rf"(?<![\w-])(?:{words_alt(named)})(?=\s+(?:{self.before})(?![\w-]))", text):
            if m.start() not in taken:
                out.append(mention(m.start(), m.end(), [named[m.group()]]))
        return out
