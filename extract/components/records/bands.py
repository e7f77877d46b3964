"""Sentence tests the claim walk asks before it hands out labels (extract/components/records/sentence.py):

- a contrast with a label of its own ("Sedangkan C, D serta E masuk zona kuning") closes the pending group;
- "penghargaan yang sama" is the same award, not the same label ("predikat yang sama");
- one band printed beside the one label it glosses ("kategori B dengan interval nilai 78.00-87.99") is no
  definition of the scheme.

Knowledge: models/values.yaml `label_clause_contrasts`, `same_award_nouns`, `definition_markers`."""

from __future__ import annotations

import re

from extract.components.records.walk import _Sentence
from extract.components.records.claims import _Group
from extract.components.common.mentions import Value
from extract.types import CATEGORICAL


def _chain(group: _Group | None):
    """A pending group and the groups it is a subset of."""
    while group is not None:
        yield group
        group = group.outer


def contrasted(group: _Group, s: _Sentence, opener: re.Pattern[str] | None) -> bool:
    """Does the sentence set its own label against the pending group's ("... penghargaan yang sama, yakni
    A, B. Sedangkan C, D serta E masuk zona kuning"), so that its members are not the group's?"""
    if opener is None:
        return False
    given = {(v.kind, v.value) for g in _chain(group) for v in g.values if v.kind in CATEGORICAL}
    kinds = {k for k, _ in given}
    own = [v for v in s.vals if v.kind in kinds and (v.kind, v.value) not in given]
    return bool(own) and s.found(opener) is not None


def award_noun(said: str, award_nouns: frozenset[str]) -> bool:
    """Is "penghargaan yang sama" the same award rather than the same label ("predikat yang sama")?"""
    word = said.split(None, 1)[0].lower()
    return word in award_nouns or word.removeprefix("ber") in award_nouns


def one_band_gloss(definition: re.Pattern[str], plain: str, s: _Sentence, vals: list[Value]) -> bool:
    """A band beside one label, told of a counted group ("lima Polres meraih kategori B dengan interval nilai
    78.00-87.99 atau kualitas tinggi") or of units named after it ("... kategori A dengan interval nilai
    88.00-100.00, ialah Polres X dengan score 88.73"): one band printed beside the one
    label it glosses, said of a counted group or of those named after it, is no definition of the scheme:
    the sentence's claims stand (the band's numbers are no score)."""
    bands = [m for m in definition.finditer(plain) if any(ch.isdigit() for ch in m.group())]
    if len(bands) != 1:
        return False
    labels = [v for v in vals if v.kind in CATEGORICAL]
    if not labels or any(len({v.value for v in labels if v.kind == k}) > 1 for k in CATEGORICAL):
        return False
    if not any(v.kind == "grade" for v in labels):
        return False  # a zone's range ("Rentang nilai zona hijau adalah 81-100") is the scheme's legend
    band_at = s.start + bands[0].start()
    return any(g.count and g.start < band_at for g in s.groups) or any(e.start > band_at for e in s.ents)
