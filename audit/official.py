"""Read an official-results CSV as people actually save it.

Columns (README "Auditing reported scores"): year, entity, entity_type, region_code, score, zone,
grade, opinion, rank_national, rank_provincial, source. Only `year` and `entity` are required.
Tolerated: a UTF-8 BOM or a cp1252 file, `;` / `,` / tab / `|` delimiters (sniffed from the
header), decimal commas ("88,30"), an unquoted decimal comma in a comma-separated file, header
synonyms (tahun, nama, nilai, zona, predikat, opini, peringkat, source_url, kode_wilayah ...),
duplicate rows, unknown entities, blank and `#` comment lines. Every problem is reported as a
`Problem` naming file and line; every row that can be imported is imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.types import ENTITY_TYPES, OPINIONS
from gazetteer import CODE_RE, REGIONAL_TYPES, RegionIndex, entity_key, infer_entity_type

from .types import OfficialResult, Problem

COLUMNS = (
    "year",
    "entity",
    "entity_type",
    "region_code",
    "score",
    "zone",
    "grade",
    "opinion",
    "rank_national",
    "rank_provincial",
    "source",
)
REQUIRED = ("year", "entity")
IGNORED = {"note", "notes", "catatan", "keterangan", "no", "nomor"}

# header (normalised) -> column
SYNONYMS = {
    "tahun": "year",
    "year": "year",
    "assessment_year": "year",
    "tahun_penilaian": "year",
    "entity": "entity",
    "entitas": "entity",
    "nama": "entity",
    "name": "entity",
    "instansi": "entity",
    "pemerintah_daerah": "entity",
    "daerah": "entity",
    "penyelenggara": "entity",
    "entity_type": "entity_type",
    "type": "entity_type",
    "jenis": "entity_type",
    "tingkat": "entity_type",
    "kategori_instansi": "entity_type",
    "level": "entity_type",
    "region_code": "region_code",
    "kode": "region_code",
    "kode_wilayah": "region_code",
    "kode_daerah": "region_code",
    "kode_kemendagri": "region_code",
    "code": "region_code",
    "score": "score",
    "nilai": "score",
    "skor": "score",
    "nilai_kepatuhan": "score",
    "zone": "zone",
    "zona": "zone",
    "zonasi": "zone",
    "grade": "grade",
    "kategori": "grade",
    "predikat": "grade",
    "nilai_huruf": "grade",
    "opinion": "opinion",
    "opini": "opinion",
    "rank_national": "rank_national",
    "rank": "rank_national",
    "peringkat": "rank_national",
    "peringkat_nasional": "rank_national",
    "rank_nasional": "rank_national",
    "rank_provincial": "rank_provincial",
    "rank_provinsi": "rank_provincial",
    "peringkat_provinsi": "rank_provincial",
    "rank_province": "rank_provincial",
    "source": "source",
    "source_url": "source",
    "sumber": "source",
    "url": "source",
}
ZONES = {"hijau": "hijau", "kuning": "kuning", "merah": "merah", "green": "hijau", "yellow": "kuning", "red": "merah"}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


@dataclass
class OfficialParse:
    file: str
    rows: list[OfficialResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # earlier imports of the same table this one replaced

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "warning"]


def _header_key(h: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", h.strip().strip('"').lower()).strip("_")


def _decode(raw: bytes, file: str, problems: list[Problem]) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(Problem(file, None, "warning", f"not UTF-8 (byte {exc.start}); read as Windows-1252"))
        return raw.decode("cp1252", errors="replace").lstrip("\ufeff")


def _sniff_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", "\t", ",", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_score(text: str) -> float:
    """ "88,30" / "88.30" / "88" -> float; raises ValueError otherwise."""
    t = text.strip().replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3},\d+", t):
        t = t.replace(",", ".")
    if not re.fullmatch(r"\d{1,3}(\.\d+)?", t):
        raise ValueError(f"not a score: {text!r}")
    return float(t)


def parse_rank(text: str) -> int:
    t = text.strip().lower().removeprefix("ke-").removeprefix("ke ").strip().rstrip(".")
    if t.isdigit():
        return int(t)
    up = t.upper()
    if up and all(ch in _ROMAN for ch in up):
        total = 0
        for i, ch in enumerate(up):
            v = _ROMAN[ch]
            total += -v if i + 1 < len(up) and _ROMAN[up[i + 1]] > v else v
        return total
    raise ValueError(f"not a rank: {text!r}")


def _parse_opinion(text: str) -> str | None:
    t = re.sub(r"\s+", " ", text.strip().lower())
    t = t.removeprefix("predikat ").removeprefix("opini ").removeprefix("zona hijau ").strip()
    return t if t in OPINIONS else None


def read_official(path: str | Path, regions: RegionIndex | None = None) -> OfficialParse:
    """Parse an official-results CSV. Never raises on bad content: problems are collected."""
    path = Path(path)
    file = str(path)
    result = OfficialParse(file=file)
    problems = result.problems
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(file, None, "error", f"cannot read: {exc.strerror or exc}"))
        return result
    text = _decode(raw, file, problems)
    lines = text.splitlines()
    # The header is the first line that is neither blank nor a comment.
    header_idx = next((i for i, ln in enumerate(lines) if ln.strip() and not ln.lstrip().startswith("#")), None)
    if header_idx is None:
        problems.append(Problem(file, None, "error", "empty file: no header line"))
        return result
    delim = _sniff_delimiter(lines[header_idx])
    reader = csv.reader(io.StringIO("\n".join(lines[header_idx:])), delimiter=delim)
    header = next(reader)
    header_line = header_idx + 1
    colmap = _column_map(header, file, header_line, problems)
    if colmap is None:
        return result
    regions = regions or RegionIndex.load()
    score_idx = next((i for i, c in colmap.items() if c == "score"), None)
    seen: dict[tuple[int, str], OfficialResult] = {}

    for offset, cells in enumerate(reader, start=1):
        line = header_line + offset
        if not cells or all(not c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue
        if len(cells) == len(header) + 1 and delim == "," and score_idx is not None:
            cells = _rejoin_split_score(cells, score_idx, file, line, problems)
        if len(cells) != len(header):
            joined = delim.join(cells)
            other = next((d for d in (";", "\t", ",", "|") if d != delim and d in joined), None)
            hint = f" (delimiter {other!r} in this row?)" if other else ""
            problems.append(
                Problem(
                    file, line, "error", f"{len(cells)} fields where the header has {len(header)}{hint}; row skipped"
                )
            )
            continue
        row = _parse_row({col: cells[i].strip() for i, col in colmap.items()}, file, line, regions, problems)
        if row is None:
            continue
        key = (row.year, entity_key(row.entity, row.entity_type, row.region_code, None, regions))
        first = seen.get(key)
        if first is None:
            seen[key] = row
            result.rows.append(row)
        else:
            _merge_duplicate(first, row, file, line, problems)
    return result


def _column_map(header: list[str], file: str, header_line: int, problems: list[Problem]) -> dict[int, str] | None:
    """Column index -> column name from the header's synonyms; None (with the error) when a
    required column is missing."""
    colmap: dict[int, str] = {}
    for i, h in enumerate(header):
        key = _header_key(h)
        col = SYNONYMS.get(key)
        if col and col in colmap.values():
            problems.append(Problem(file, header_line, "warning", f"column {h!r} repeats {col!r}; ignored"))
        elif col:
            colmap[i] = col
        elif key and key not in IGNORED:
            problems.append(Problem(file, header_line, "warning", f"unknown column {h!r} ignored"))
    missing = [c for c in REQUIRED if c not in colmap.values()]
    if missing:
        hint = ""
        if len(header) == 1 and any(d in header[0] for d in ";\t,|"):
            hint = " (is the delimiter wrong?)"
        problems.append(
            Problem(
                file,
                header_line,
                "error",
                f"missing required column(s) {', '.join(missing)}{hint}; found {header!r}; nothing imported",
            )
        )
        return None
    absent = [c for c in COLUMNS if c not in colmap.values() and c not in REQUIRED]
    if absent:
        problems.append(Problem(file, header_line, "warning", f"optional column(s) absent: {', '.join(absent)}"))
    return colmap


def _rejoin_split_score(cells: list[str], score_idx: int, file: str, line: int, problems: list[Problem]) -> list[str]:
    """An unquoted decimal comma split the score in two: "88,30" -> "88" , "30"."""
    a, b = cells[score_idx], cells[score_idx + 1]
    if re.fullmatch(r"\s*\d{1,3}\s*", a) and re.fullmatch(r"\s*\d{1,2}\s*", b):
        cells = cells[:score_idx] + [f"{a.strip()}.{b.strip()}"] + cells[score_idx + 2 :]
        problems.append(Problem(file, line, "warning", f"unquoted decimal comma in score read as {cells[score_idx]}"))
    return cells


def _merge_duplicate(first: OfficialResult, row: OfficialResult, file: str, line: int, problems: list[Problem]) -> None:
    """A second row for the same entity and year fills what the first left empty; a value that
    differs is reported and the first row's kept."""
    conflicts = []
    for col in ("score", "zone", "grade", "opinion", "rank_national", "rank_provincial"):
        a, b = getattr(first, col), getattr(row, col)
        if a is None and b is not None:
            setattr(first, col, b)
        elif a is not None and b is not None and a != b:
            conflicts.append(f"{col} {b} vs {a}")
    if conflicts:
        problems.append(
            Problem(
                file,
                line,
                "warning",
                f"duplicate of line {first.line} ({row.entity} {row.year}) with different values "
                f"({'; '.join(conflicts)}); kept line {first.line}",
            )
        )
    else:
        problems.append(
            Problem(file, line, "warning", f"duplicate of line {first.line} ({row.entity} {row.year}); merged")
        )


def _parse_row(
    v: dict[str, str], file: str, line: int, regions: RegionIndex, problems: list[Problem]
) -> OfficialResult | None:
    def warn(msg: str) -> None:
        problems.append(Problem(file, line, "warning", msg))

    entity = re.sub(r"\s+", " ", v.get("entity", "")).strip()
    if not entity:
        problems.append(Problem(file, line, "error", "no entity name; row skipped"))
        return None
    try:
        year = int(v.get("year", "").strip().split(".")[0])
        if not 1990 <= year <= 2100:
            raise ValueError
    except ValueError:
        problems.append(Problem(file, line, "error", f"year {v.get('year')!r} is not a year; row skipped"))
        return None

    etype = (v.get("entity_type") or "").strip().lower() or None
    if etype and etype not in ENTITY_TYPES:
        warn(f"unknown entity_type {etype!r}; inferred from the name")
        etype = None
    etype = etype or infer_entity_type(entity)

    code = (v.get("region_code") or "").strip() or None
    if code and not (CODE_RE.match(code) and regions.get(code)):
        warn(f"unknown region_code {code!r} for {entity!r}; resolved from the name instead")
        code = None
    if code is None and (etype in REGIONAL_TYPES or etype is None):
        region = regions.resolve(entity, etype)
        if region is not None:
            code = region.code
            etype = etype or region.level
        elif etype in REGIONAL_TYPES:
            warn(f"unknown entity {entity!r}: not in models/regions.csv; imported, matched by name only")
    if etype is None:
        warn(f"entity type of {entity!r} unknown; imported, matched by name only")

    row = OfficialResult(
        year=year, entity=entity, entity_type=etype, region_code=code, line=line, source=(v.get("source") or None)
    )
    if v.get("score"):
        try:
            row.score = parse_score(v["score"])
            if not 0 <= row.score <= 100:
                raise ValueError
        except ValueError:
            warn(f"score {v['score']!r} is not a number in 0..100; left empty")
            row.score = None
    if v.get("zone"):
        z = ZONES.get(v["zone"].strip().lower().removeprefix("zona ").strip())
        if z is None:
            warn(f"zone {v['zone']!r} is not hijau/kuning/merah; left empty")
        row.zone = z
    if v.get("grade"):
        g: str | None = v["grade"].strip().upper().removeprefix("PREDIKAT ").strip()
        if g not in ("A", "B", "C", "D", "E"):
            warn(f"grade {v['grade']!r} is not A..E; left empty")
            g = None
        row.grade = g
    if v.get("opinion"):
        o = _parse_opinion(v["opinion"])
        if o is None:
            warn(f"opinion {v['opinion']!r} is not a known opinion; left empty")
        row.opinion = o
    for col in ("rank_national", "rank_provincial"):
        if v.get(col):
            try:
                setattr(row, col, parse_rank(v[col]))
            except ValueError:
                warn(f"{col} {v[col]!r} is not a rank; left empty")
    return row


def official_rows_as_dicts(rows: list[OfficialResult]) -> list[dict]:
    """The rows in the documented column order (what the corpus stores)."""
    return [r.to_dict() for r in rows]


def _getter(r) -> Callable[[str], Any]:
    """Field access on a dict, or on an object with the same attribute names (None when missing)."""
    if isinstance(r, dict):
        return r.get
    return lambda k: getattr(r, k, None)


def official_from_dicts(rows) -> list[OfficialResult]:
    """Rows read back from the corpus (dicts or objects with the same attribute names)."""
    out = []
    for r in rows:
        get = _getter(r)
        out.append(
            OfficialResult(
                year=int(get("year")),
                entity=get("entity"),
                entity_type=get("entity_type"),
                region_code=get("region_code"),
                score=get("score"),
                zone=get("zone"),
                grade=get("grade"),
                opinion=get("opinion"),
                rank_national=get("rank_national"),
                rank_provincial=get("rank_provincial"),
                source=get("source") or get("source_url"),
            )
        )
    return out
