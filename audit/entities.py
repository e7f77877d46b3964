"""Which entity is this? Region codes for governments (via models/regions.csv), normalised names
for ministries, agencies and service units. Reported records and official rows both go
through `entity_key`, so "Pemkab Lebong" and "Kabupaten Lebong" meet at "R:17.07".
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REGIONS_FILE = Path(__file__).resolve().parents[1] / "models" / "regions.csv"
REGIONAL_TYPES = ("provinsi", "kabupaten", "kota")
CODE_RE = re.compile(r"^\d{2}(\.\d{2})?$")

# Spelling variants that are the same word in names of ministries and agencies.
_FOLDS = (
    (re.compile(r"\bkementrian\b"), "kementerian"),
    (re.compile(r"\bstandarisasi\b"), "standardisasi"),
    (re.compile(r"\bdan\b"), " "),
)


def normalise_name(name: str) -> str:
    """Lower case, accents and punctuation folded, whitespace collapsed ("Badan  Standarisasi
    Nasional." -> "badan standardisasi nasional")."""
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    for pat, rep in _FOLDS:
        s = pat.sub(rep, s)
    return re.sub(r"\s+", " ", s).strip()


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str
    province_code: str
    province: str


class RegionIndex:
    """Names and aliases of every province, kabupaten and kota -> Region."""

    def __init__(self, regions: list[Region], aliases: dict[str, set[str]]):
        self.by_code = {r.code: r for r in regions}
        self._aliases = aliases  # normalised name/alias -> codes

    @classmethod
    def load(cls, path: str | Path | None = None) -> "RegionIndex":
        return _load_index(str(path or REGIONS_FILE))

    def resolve(self, name: str, entity_type: str | None = None) -> Region | None:
        """The region `name` denotes, or None when unknown or ambiguous ("Bandung")."""
        key = normalise_name(name)
        codes = self._aliases.get(key, set())
        regions = [self.by_code[c] for c in codes]
        if entity_type in REGIONAL_TYPES:
            typed = [r for r in regions if r.level == entity_type]
            regions = typed or regions
        if len(regions) == 1:
            return regions[0]
        return None

    def get(self, code: str | None) -> Region | None:
        return self.by_code.get(code) if code else None

    def province_of(self, code: str | None) -> str | None:
        r = self.get(code)
        if r is None and code:
            r = self.get(code.split(".")[0])
        return r.province if r else None


@lru_cache(maxsize=2)
def _load_index(path: str) -> RegionIndex:
    regions: list[Region] = []
    aliases: dict[str, set[str]] = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            r = Region(code=row["code"].strip(), name=row["name"].strip(), level=row["level"].strip(),
                       province_code=row["province_code"].strip(), province=row["province"].strip())
            regions.append(r)
            names = [r.name, *[a for a in (row.get("aliases") or "").split(";") if a.strip()]]
            # "Kabupaten X" is also written "Pemerintah Kabupaten X"; the level word stays.
            names.append(f"Pemerintah {r.name}")
            for n in names:
                aliases.setdefault(normalise_name(n), set()).add(r.code)
    return RegionIndex(regions, aliases)


def infer_entity_type(name: str) -> str | None:
    """The entity type a canonical name announces by its first word, if it does."""
    n = normalise_name(name)
    first = n.split(" ", 1)[0] if n else ""
    if first in ("provinsi", "pemprov", "prov"):
        return "provinsi"
    if first in ("kabupaten", "kab", "pemkab"):
        return "kabupaten"
    if first in ("kota", "pemkot"):
        return "kota"
    if first in ("kementerian", "kemenko"):
        return "kementerian"
    if first in ("badan", "lembaga", "komisi", "konsil", "arsip", "perpustakaan", "kepolisian", "kejaksaan",
                 "sekretariat", "ombudsman", "mahkamah", "bank", "otoritas"):
        return "lembaga"
    return None


def entity_key(entity: str, entity_type: str | None, region_code: str | None = None,
               parent: str | None = None, regions: RegionIndex | None = None) -> str:
    """The matching key: "R:<code>" for regional governments, "N:<name>" for ministries and
    agencies, "U:<parent key>|<name>" for service units."""
    etype = entity_type or infer_entity_type(entity)
    if etype == "unit":
        pkey = entity_key(parent, None, None, None, regions) if parent else ""
        return f"U:{pkey}|{normalise_name(entity)}"
    if region_code and CODE_RE.match(region_code.strip()):
        return f"R:{region_code.strip()}"
    if etype in REGIONAL_TYPES or etype is None:
        region = (regions or RegionIndex.load()).resolve(entity, etype)
        if region is not None:
            return f"R:{region.code}"
    return f"N:{normalise_name(entity)}"
