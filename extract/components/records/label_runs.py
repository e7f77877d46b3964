"""A run of labels written together ("zona hijau predikat tinggi dengan kategori B") heading the entities after
it (used by extract/components/records/order.py): the run is found back from its last label through the labels
the entity before it took as its own; a run opened by a clause word ("..., kemudian di zona hijau predikat
tinggi kategori B ditempati Kota X") starts a new heading, and the entity before it keeps none of the run.
"""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value
from extract.types import CATEGORICAL

# between two labels of one run ("Zona Hijau, Katagori A dengan Opini Kualitas Tertinggi", "zona kuning predikat
# kepatuhan sedang": a label's noun the label's own span leaves out)
LABEL_NOUN = r"(?:opini(?:\s+pelayanan\s+publik)?|predikat|berpredikat)"
LABEL_RUN_GAP = re.compile(rf"(?i)[\s,]*(?:(?:dan|dengan|serta|atau|/)[\s,]*)?(?:{LABEL_NOUN}\s+)?")


def label_run(text: str, own: list[Value], it: Value) -> tuple[dict[str, Value], list[int], int]:
    """The labels of the run ending with `it`, by kind; the ids of those before it (taken from `own`, the
    values of the entity before it, in text order); and where the run starts."""
    heads = {it.kind: it}
    run_end = it.start
    run: list[int] = []
    for v in reversed(own):
        if (
            v.kind not in CATEGORICAL
            or v.kind in heads
            or not (gap := LABEL_RUN_GAP.match(text, v.end, run_end))
            or gap.end() != run_end
        ):
            break
        heads[v.kind], run_end = v, v.start
        run.append(id(v))
    return heads, run, run_end


_HAS_YANG = re.compile(r"(?i)(?<![\w])yang(?![\w])")
# "Pada Kabupaten X mendapatkan zona hijau adalah Dinas Y": a place after a preposition is where, not who
_PLACED = re.compile(r"(?i)(?<![\w])(?:pada|di|untuk)\s+$")


class SubjectHolds:
    """Whether a label is the named subject's own: models/values.yaml `subject_hold_breaks`, read when the
    record assembler loads."""

    def __init__(self, v: dict) -> None:
        # between a named subject and the label it holds: a verb phrase, no word that starts another subject, no
        # number
        breaks = words_alt(v.get("subject_hold_breaks", []) or ["yang"])
        self.holds = re.compile(rf"(?i)(?![^.;:]*(?:(?<![\w])(?:{breaks})(?![\w])|\d))[^.;:()]{{0,60}}")

    def held(self, text: str, it: Value, current, groups: list) -> bool:
        """ "sehingga Buru tetap berada di zona kuning, yakni Puskesmas A, B": the label is the named subject's
        own (no "yang", no counted group it is the place of), so the list after "yakni" tells its parts, not more
        holders; "Lima OPD di Kabupaten Buru masuk zona kuning, yakni A, B" still heads its list."""
        return (
            current is not None
            and not _PLACED.search(text, max(0, current.start - 8), current.start)
            and self.holds.fullmatch(text, current.end, it.start) is not None
            and not any(g.start < it.start and not _HAS_YANG.search(text, g.end, current.start) for g in groups)
        )
