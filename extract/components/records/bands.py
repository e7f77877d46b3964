"""Sentence tests the claim walk asks before it hands out labels (extract/components/records/sentence.py):

- a contrast with a label of its own ("Sedangkan C, D serta E masuk zona kuning") closes the pending group;
- "penghargaan yang sama" is the same award, not the same label ("predikat yang sama"); an award "also given"
  to other governments ("penghargaan ini juga diberikan kepada A, B dan C") is the same award too;
- one band printed beside the one label it glosses ("kategori B dengan interval nilai 78.00-87.99") is no
  definition of the scheme.

Knowledge: models/values.yaml `label_clause_contrasts`, `same_as_before_nouns`, `same_as_before_words`,
`also_given_nouns`, `also_given_words`, `same_award_nouns`, `definition_markers`."""

from __future__ import annotations

import re

from extract.components.common.knowledge import words_alt
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


# how far before "juga diberikan kepada" the award's noun may stand ("penghargaan Hasil Penilaian ... ini")
ALSO_GIVEN_REACH = 90


def same_as_before_pattern(v: dict) -> re.Pattern[str] | None:
    """ "predikat yang sama", "penghargaan serupa", and an award or label "also given" to others ("penghargaan
    ini juga diberikan kepada A", "juga menerima predikat tersebut"): the labels last given are theirs too."""
    keys = ("same_as_before_nouns", "same_as_before_words", "also_given_nouns", "also_given_words")
    nouns, same, given, also = (words_alt(v.get(k, [])) for k in keys)
    if not (nouns and same):
        return None
    forms = [rf"(?:ber)?(?:{nouns})\s+(?:{same})"]
    if given and also:
        forms.append(rf"(?:{given})(?![\w-])[^.;!?\n]{{0,{ALSO_GIVEN_REACH}}}?(?<![\w])(?:{also})")
        forms.append(rf"(?:{also})\s+(?:{given})\s+(?:ini|itu|tersebut)")
    if given and v.get("that_award_verbs"):
        forms.append(rf"(?:{words_alt(v['that_award_verbs'])})\s+(?:{given})(?:\s+[a-z]+)?\s+(?:itu|tersebut)")
    return re.compile(rf"(?<![\w])(?:{'|'.join(forms)})(?![\w-])", re.IGNORECASE)


def award_noun(said: str, award_nouns: frozenset[str]) -> bool:
    """Is "penghargaan yang sama" the same award rather than the same label ("predikat yang sama")?"""
    words = [w.lower() for w in re.findall(r"\w+", said)]
    return any(w in award_nouns or w.removeprefix("ber") in award_nouns for w in words)


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


def zone_legend_pattern(v: dict) -> re.Pattern[str] | None:
    """A sentence opening with a zone as its subject and a copula ("Zona hijau merupakan predikat tertinggi, ...",
    "Zona kuning artinya ...") explains the scheme's band: models/values.yaml `zone_legend_copulas`."""
    copulas = v.get("zone_legend_copulas", [])
    if not copulas:
        return None
    # "... merah untuk tingkat kepatuhan rendah, kuning untuk kepatuhan sedang ...": colours paired with their
    # levels, twice in the sentence or opening it, define the bands too
    links, levels = v.get("zone_legend_links", []), v.get("zone_legend_levels", [])
    pair = (
        rf"(?:zona\s+|warna\s+|predikat\s+)?(?:hijau|kuning|merah)\s+(?:{words_alt(links)})\s+"
        rf"(?:tingkat\s+|kategori\s+)?(?:{words_alt(levels)})(?![\w])"
    )
    # "Meski zona kuning menyandang predikat sedang, ...": the legend in a concessive clause opening the sentence
    conc = v.get("zone_legend_concessives", [])
    opener = rf"(?:(?:{words_alt(conc)})\s+)?" if conc else ""
    paired = rf"|^[\s\"“‘'(-]*{pair}|^(?=(?:.*?(?<![\w]){pair}){{2}})" if links and levels else ""
    return re.compile(
        rf"(?is)^[\s\"“‘'(-]*{opener}(?:zona|warna)\s+(?:hijau|kuning|merah)\s*,?\s*(?:itu\s+|tersebut\s+)?"
        rf"(?:{words_alt(copulas)})(?![\w])" + paired
    )


_BAND_LINK = re.compile(
    r"(?i)^\s*(?:,\s*)?dengan\s+(?:rentang\s+|interval\s+|kisaran\s+)?(?:nilai|skor)\s+(?:antara\s+)?$"
)


def zone_band_told(definition: re.Pattern[str], plain: str, s: _Sentence, vals: list[Value]) -> bool:
    """A zone told of the subjects named before it, with its band right after ("Dinas Pendidikan dan DPMPTSP
    menempati zona kuning dengan nilai 51-80"): one band printed beside the one zone it glosses is no definition
    of the scheme, so the zone is theirs (the band's numbers are no score)."""
    bands = [m for m in definition.finditer(plain) if any(ch.isdigit() for ch in m.group())]
    zones = [v for v in vals if v.kind == "zone"]
    if len(bands) != 1 or len(zones) != 1:
        return False
    zone, band_at = zones[0], s.start + bands[0].start()
    digit = band_at + next(i for i, ch in enumerate(bands[0].group()) if ch.isdigit())
    if not zone.end <= digit or not _BAND_LINK.match(plain[zone.end - s.start : digit - s.start]):
        return False
    return any(e.subject and e.end <= zone.start for e in s.ents)
