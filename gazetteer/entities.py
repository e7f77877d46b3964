"""Which entity is this? Region codes for governments (via models/regions.csv), normalised names
for ministries, agencies and service units. Reported records, official rows and the dataset
all go through `entity_key`, so "Pemkab Lebong" and "Kabupaten Lebong" meet at "R:17.07".
"""

from __future__ import annotations

from gazetteer.names import CODE_RE, REGIONAL_TYPES, infer_entity_type, normalise_name
from gazetteer.regions import RegionIndex


def entity_key(
    entity: str,
    entity_type: str | None,
    region_code: str | None = None,
    parent: str | None = None,
    regions: RegionIndex | None = None,
) -> str:
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
