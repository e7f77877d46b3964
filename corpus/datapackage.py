"""What `kepatuhan export` writes beside the tables (corpus/export.py): the Frictionless
`datapackage.json` (schema, keys, formats) and the `DATASET.md` card (counts, coverage,
extractor versions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.columns import PRIMARY_KEYS, TABLE_DESCRIPTIONS, TABLE_NAMES, columns

if TYPE_CHECKING:
    from corpus.store import Corpus


@dataclass
class ExportResult:
    """What an export wrote: the files and row counts its datapackage and card describe."""

    out_dir: Path
    fmt: str
    files: dict[str, Path] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def datapackage(result: ExportResult, with_text: bool, corpus: "Corpus | None" = None) -> dict:
    media = {"csv": "text/csv", "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet"}
    resources = []
    for table, path in result.files.items():
        if table not in TABLE_NAMES:
            continue
        fields = []
        for c in columns(table, with_text):
            f: dict[str, Any] = {"name": c.name, "type": c.type, "description": c.description}
            if c.enum:
                f["constraints"] = {"enum": list(c.enum)}
            fields.append(f)
        res: dict[str, Any] = {
            "name": table,
            "path": path.name,
            "format": result.fmt,
            "mediatype": media[result.fmt],
            "description": TABLE_DESCRIPTIONS[table],
            "schema": {"fields": fields, "primaryKey": PRIMARY_KEYS[table]},
        }
        if result.fmt != "parquet":
            res["encoding"] = "utf-8"
        # "": an empty CSV cell; "nan": how readers going through pandas (frictionless's parquet
        # plugin among them) see a null integer
        res["schema"]["missingValues"] = ["", "nan"] if result.fmt == "parquet" else [""]
        resources.append(res)
    return {
        "name": "kepatuhan-ombudsman-compliance",
        "title": "Ombudsman RI public-service compliance assessments as reported in Indonesian news",
        "description": "Records extracted by kepatuhan from news articles about the Ombudsman RI "
        "'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik', with provenance, and a "
        "consolidated table (one row per entity and assessment year). See DATASET.md.",
        "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "version": _extractor_versions_label(corpus),
        "resources": resources,
    }


def _extractor_versions_label(corpus) -> str:
    if corpus is None:
        return "unknown"
    from corpus.stats import stats as _stats  # noqa: F401 - keep the import light elsewhere
    import sqlalchemy as sa
    from sqlalchemy.orm import Session

    from corpus.models import RecordRow

    with Session(corpus.reader) as s:
        versions = sorted(v for v in s.scalars(sa.select(RecordRow.extractor_version).distinct()) if v)
    return "+".join(versions) or corpus.extractor_version


def dataset_card(corpus: "Corpus", st, result: ExportResult, with_text: bool) -> str:
    from corpus.db import describe

    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    lines = [
        "# Ombudsman RI compliance assessments in Indonesian news: dataset card",
        "",
        f"Generated {now} by kepatuhan from `{describe(corpus.url)}`; format `{result.fmt}`"
        f"{' (with article text)' if with_text else ''}.",
        "",
        "## Contents",
        "",
        "| file | rows | what |",
        "|---|---:|---|",
    ]
    for table, n in result.counts.items():
        lines.append(f"| `{table}.{result.fmt}` | {n:,} | {TABLE_DESCRIPTIONS[table]} |")
    lo, hi = st.published_range
    lines += [
        "",
        f"{st.relevant_articles:,} relevant articles from {st.sites:,} sites, published {lo or '?'} to "
        f"{hi or '?'}; {st.tables.get('dataset', 0):,} entity-years, of which {st.multi_source:,} are "
        f"reported by more than one independent source and {st.conflicts:,} have sources that disagree.",
        "",
        "Extractor versions (records): "
        + (", ".join(f"`{v}` ({n:,})" for v, n in sorted(st.extractor_versions.items())) or "none")
        + ".",
        "",
        "## Coverage by province and assessment year (entity-years)",
        "",
    ]
    if st.coverage:
        years = st.years
        lines.append("| province | " + " | ".join(str(y) for y in years) + " | total |")
        lines.append("|---|" + "---:|" * (len(years) + 1))
        for prov, per in st.coverage.items():
            lines.append(f"| {prov} | " + " | ".join(str(per.get(y, "")) for y in years) + f" | {sum(per.values())} |")
    else:
        lines.append("(no consolidated rows yet: run `kepatuhan consolidate`)")
    lines += [
        "",
        "By entity type: " + (", ".join(f"{t} {n}" for t, n in sorted(st.entity_types.items())) or "none") + ".",
        "",
        "## Method",
        "",
        "Articles are crawled from Indonesian news sites (or brought by the user), cleaned (boilerplate "
        "removed, metadata read), and judged relevant when they report on the Ombudsman RI compliance "
        "assessment. From relevant articles a rule-based extractor (spaCy rules, regular expressions and "
        'a gazetteer of all Indonesian regions) reads each claim "entity E got score/rank/zone/grade/'
        'opinion X in assessment year Y" with character spans of its evidence, and the officials named. '
        "Exact and near-duplicate copies of one press release are grouped into a duplicate cluster. "
        "Consolidation groups claims by entity (region code for governments, normalised name for "
        "ministries, agencies and units) and year; each field takes the value most independent sources "
        "(clusters) report, and disagreements are kept in `conflicts`.",
        "",
        "Column types and descriptions: `datapackage.json` (Frictionless Data Package).",
        "",
        "## Known limits",
        "",
        "- Values are what the press reported, not the official Ombudsman tables; use `kepatuhan audit` to "
        "compare with official results. Government press releases may round, omit or misstate values.",
        "- Extraction is rule-based: claims phrased unusually can be missed or misread; every record links "
        "to its evidence text so it can be checked.",
        "- Coverage follows the crawled outlets: regions whose media were not crawled are under-represented.",
        "- `n_sources` counts duplicate clusters; copies rewritten heavily may count as separate sources.",
        "- Publication dates come from page metadata and may be missing.",
        "",
        "## How to cite",
        "",
        "kepatuhan contributors. *Ombudsman RI compliance assessments in Indonesian news* (dataset, "
        f"extractor {_extractor_versions_label(corpus)}), generated {now[:10]} with kepatuhan. "
        "Please also cite the Ombudsman Republik Indonesia as the assessing body and the outlets "
        "listed in `source_urls` / `article_url`.",
        "",
    ]
    return "\n".join(lines)
