"""The typed pieces the components leave on a Doc for the record assembler."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EntityMention:
    """A government, ministry/agency or service unit named in the text."""

    start: int
    end: int
    name: str  # canonical name ("Kabupaten Lebong", "Dinas Kesehatan")
    entity_type: str  # provinsi | kabupaten | kota | kementerian | lembaga | unit
    code: str | None = None  # Kemendagri code for governments
    province: str | None = None
    parent: str | None = None  # units: canonical name of the government they belong to
    subject: bool = True  # False for places ("di Provinsi NTT") and offices ("Bupati Lebong")
    explicit_level: bool = False  # a level word was written ("Kabupaten", "Pemkot")
    candidates: list[str] = field(default_factory=list)  # region codes before disambiguation
    level: str | None = None  # level written or propagated
    standalone: bool = False  # "Pemprov" alone: the article's own government
    weak: bool = False  # not a subject ("Bupati Seluma", "di Kota Tual") but the only
    # candidate when a sentence states values and names nothing else
    offices_group: bool = False  # an agency named as its offices together ("13 kantor BPN di Sulteng"):
    # it takes its sentence's values (they are not someone else's) but holds no record


@dataclass
class Value:
    kind: str  # score | rank | zone | grade | opinion
    value: object
    start: int
    end: int
    scope: str | None = None  # ranks: provinsi | nasional
    prior: bool = False  # the earlier state in a change ("naik dari zona merah ke ...")
    forward: bool = False  # belongs to the entity named right after it ("kedua, setelah Kemlu")
    bare: bool = False  # an opinion's level named without its instrument's noun ("kategori tinggi")


@dataclass
class YearMention:
    start: int
    end: int
    year: int | None  # absolute year, or None for relative mentions
    relative: int = 0  # -1 "tahun lalu", 0 absolute or "tahun ini"
    is_relative: bool = False
    range_from: int | None = None  # the end of a span ("2021-2023"): the span's first year
    earlier: bool = False  # written after "sebelumnya" & co: an earlier state's year (earlier.py)
    period: bool = False  # a survey period's year ("survei pada April-Juli 2016"): the assessment year


@dataclass
class GroupMarker:
    """ "10 Pemda", "tiga kabupaten", "Kesepuluh Pemda tersebut" """

    start: int
    end: int
    count: int | None
    anaphoric: bool = False
    noun: str | None = None  # "kabupaten" in "keempat kabupaten itu" (lower case)
    others: bool = False  # "dua kabupaten lagi", "tiga daerah lainnya": not part of the group before


def dedupe_values(vals: list[Value]) -> list[Value]:
    """The values in text order, an overlapping one of the same kind dropped (the longer one kept)."""
    vals.sort(key=lambda v: (v.start, -(v.end - v.start)))
    out: list[Value] = []
    for v in vals:
        if out and v.start < out[-1].end and v.kind == out[-1].kind:
            continue
        out.append(v)
    return out
