"""A bare colour set against a zone just given to the rest ("semua kabupaten mendapat zona kuning, hanya
Klungkung yang merah"): after "hanya/kecuali <Name> yang", in a sentence that has already written a zone, the
colour can only be that name's zone. Knowledge: models/values.yaml `contrast_colour_openers`."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value


class ContrastColours:
    """Built from models/values.yaml `contrast_colour_openers` when the values component loads."""

    def __init__(self, v: dict) -> None:
        openers = v.get("contrast_colour_openers", [])
        self.contrast = (
            re.compile(
                rf"(?<![\w])(?i:{words_alt(openers)})\s+(?:[A-Z][\w.-]*\s+){{1,4}}yang\s+"
                rf"(?i:(?P<z>hijau|kuning|merah))(?![\w])"
            )
            if openers
            else None
        )

    def find(self, text: str, found: list[Value]) -> list[Value]:
        """The bare colours set against a zone written earlier in their sentence (`found`: the zones read so
        far)."""
        out: list[Value] = []
        for m in self.contrast.finditer(text) if self.contrast is not None else []:
            start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if any(v.kind == "zone" and start <= v.start < m.start() for v in found):
                out.append(Value("zone", m.group("z").lower(), m.start("z"), m.end("z")))
        return out
