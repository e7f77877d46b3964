"""Generate models/regions/patterns.jsonl from models/regions.csv (+ models/regions/extra_aliases.csv).

Run `python models/build_region_patterns.py` after editing either CSV; the JSONL is committed.

Each output line is one surface form *without* its level word and the regions it may mean:
    {"pattern": "Kupang", "codes": ["53.01", "53.71"], "case": "title"}
The level word in front of a mention ("Kabupaten", "Pemkot", "Kab.", ...; models/regions/levels.yaml)
and the article's province context pick one code at extraction time, so "Kupang" is listed
once for both the kabupaten and the kota. `case` is "exact" for short abbreviations
("TTU", "OKI": they must be written in capitals), "title" otherwise (matched as written or
in upper case, never in lower case: "batu" is a stone, "Batu" a city).
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEVEL_PREFIX = re.compile(
    r"^(pemerintah\s+provinsi|pemerintah\s+kabupaten|pemerintah\s+kota|pemprov|pemkab|pemkot|"
    r"provinsi|prov\.?|kabupaten|kab\.?|kota)\s+",
    re.IGNORECASE,
)


# the level a prefix names; a prefix naming another level is part of the name ("Kota Baru" is
# Kabupaten Kotabaru: stripped, it would leave the common word "Baru")
PREFIX_LEVEL = {"provinsi": "provinsi", "prov": "provinsi", "pemprov": "provinsi", "kota": "kota", "pemkot": "kota"}


def strip_level(form: str, level: str | None = None) -> str:
    m = LEVEL_PREFIX.match(form.strip())
    if m is None:
        return form.strip()
    word = m.group(1).lower().rstrip(".").split()[-1]
    named = PREFIX_LEVEL.get(word, "kabupaten" if word in ("kabupaten", "kab", "pemkab") else None)
    if level is not None and named is not None and named != level:
        return form.strip()
    return form.strip()[m.end() :].strip()


def build(
    regions_csv: Path = HERE / "regions.csv",
    extra_csv: Path = HERE / "regions" / "extra_aliases.csv",
    out: Path = HERE / "regions" / "patterns.jsonl",
) -> int:
    forms: dict[str, set[str]] = defaultdict(set)
    rows = list(csv.DictReader(open(regions_csv, encoding="utf-8")))
    if extra_csv.exists():
        extra: dict[str, list[str]] = defaultdict(list)
        for r in csv.DictReader(open(extra_csv, encoding="utf-8")):
            extra[r["code"].strip()].append(r["alias"].strip())
    else:
        extra = {}
    for r in rows:
        code = r["code"].strip()
        names = [r["name"]] + [a for a in (r["aliases"] or "").split(";") if a.strip()] + list(extra.get(code, []))
        for n in names:
            f = strip_level(n, r.get("level"))
            if f and len(f) >= 3:  # two-letter forms ("BS", "OI") are too ambiguous in prose
                forms[f].add(code)
    with open(out, "w", encoding="utf-8") as fh:
        for f in sorted(forms, key=lambda s: (-len(s), s)):
            short_caps = len(f) <= 5 and f.upper() == f
            fh.write(
                json.dumps(
                    {"pattern": f, "codes": sorted(forms[f]), "case": "exact" if short_caps else "title"},
                    ensure_ascii=False,
                )
                + "\n"
            )
    return len(forms)


if __name__ == "__main__":
    print(f"{build()} surface forms written")
