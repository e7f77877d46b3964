"""The bottom layer every stage may use: which region or entity a name denotes.

- `gazetteer.regions`: the one reader of models/regions.csv (`read_regions`) and the
  `RegionIndex` built from it (names and aliases -> province, kabupaten, kota).
- `gazetteer.names`: name normalisation and the entity type a name announces.
- `gazetteer.hosts`: site host names, 'www.' optional (`bare_host`, `host_variants`).
- `gazetteer.entities`: the entity keys records, official rows and the dataset meet on
  ("Pemkab Lebong" and "Kabupaten Lebong" are both "R:17.07").

This package imports nothing from extract, corpus, audit, crawler or kepatuhan (only the
`models` data package), so any of them can depend on it without an import cycle.
"""

from gazetteer.entities import entity_key
from gazetteer.names import CODE_RE, REGIONAL_TYPES, infer_entity_type, normalise_name
from gazetteer.regions import REGIONS_FILE, Region, RegionIndex, read_regions

__all__ = [
    "CODE_RE",
    "REGIONAL_TYPES",
    "REGIONS_FILE",
    "Region",
    "RegionIndex",
    "entity_key",
    "infer_entity_type",
    "normalise_name",
    "read_regions",
]
