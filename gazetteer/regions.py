"""The region gazetteer models/regions.csv: one reader and one index over it.

Every province, kabupaten and kota with its Kemendagri code, level, province and the aliases
news uses ("Pemkab Lebong", "Sumsel"). Extraction reads the rows from its saved pipeline's copy
of the file, hence `read_regions(path)`; matching by name goes through `RegionIndex`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gazetteer.names import REGIONAL_TYPES, normalise_name
from models import MODELS_DIR

REGIONS_FILE = MODELS_DIR / "regions.csv"


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str
    province_code: str
    province: str
    aliases: tuple[str, ...] = ()


def read_regions(path: str | Path | None = None) -> list[Region]:
    """The rows of a regions.csv (default: the bundled one), in file order."""
    out = []
    with open(path or REGIONS_FILE, encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            aliases = tuple(a for a in (row.get("aliases") or "").split(";") if a.strip())
            out.append(
                Region(
                    code=row["code"].strip(),
                    name=row["name"].strip(),
                    level=row["level"].strip(),
                    province_code=row["province_code"].strip(),
                    province=row["province"].strip(),
                    aliases=aliases,
                )
            )
    return out


class RegionIndex:
    """Names and aliases of every province, kabupaten and kota -> Region."""

    def __init__(self, regions: list[Region], aliases: dict[str, set[str]]):
        self.by_code = {r.code: r for r in regions}
        self._aliases = aliases  # normalised name/alias -> codes

    @classmethod
    def load(cls, path: str | Path | None = None) -> RegionIndex:
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
    regions = read_regions(path)
    aliases: dict[str, set[str]] = {}
    for r in regions:
        # "Kabupaten X" is also written "Pemerintah Kabupaten X"; the level word stays.
        for n in (r.name, *r.aliases, f"Pemerintah {r.name}"):
            aliases.setdefault(normalise_name(n), set()).add(r.code)
    return RegionIndex(regions, aliases)
