"""Every exported column, declared once: name, Frictionless type, description.

The CSV header, the Parquet schema, `datapackage.json` and the pandas dtypes of a reader all
come from here, so the files and their description cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.types import ENTITY_TYPES, GRADES, OPINIONS, RANK_SCOPES, ZONES


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # frictionless: string integer number boolean date datetime array object
    description: str
    enum: tuple[str, ...] | None = None


_CLAIM = [
    Column("entity", "string", "Canonical entity name (official Kemendagri name with level word for governments)."),
    Column("entity_type", "string", "provinsi, kabupaten, kota, kementerian, lembaga or unit.", ENTITY_TYPES),
    Column(
        "entity_key",
        "string",
        "Matching key: R:<region code> for governments, N:<name> for ministries "
        "and agencies, U:<parent key>|<name> for service units.",
    ),
    Column("region_code", "string", 'Kemendagri region code ("17", "17.07") for governments.'),
    Column("province", "string", "Province name without level word."),
    Column("parent", "string", "Canonical name of the government a service unit belongs to."),
    Column("year", "integer", "Assessment year (not the publication year)."),
    Column("score", "number", "Compliance score 0-100."),
    Column("rank", "integer", "Rank as reported."),
    Column("rank_scope", "string", "provinsi (among one province's governments) or nasional.", RANK_SCOPES),
    Column("zone", "string", "hijau, kuning or merah.", ZONES),
    Column("grade", "string", "A-E (assessments from 2022).", GRADES),
    Column("opinion", "string", "Opinion in lower case.", OPINIONS),
]


def _claim(*names: str) -> list[Column]:
    by = {c.name: c for c in _CLAIM}
    return [by[n] for n in names]


# Where a derived row was read, and what supports it: the same columns on records and officials.
_ARTICLE_CONTEXT = [
    Column("article_url", "string", "URL of the article."),
    Column("site", "string", "Outlet (host name)."),
    Column("published", "date", "Publication date of the article."),
]
_EVIDENCE = [
    Column("evidence", "array", "Character spans [start, end) in the article text supporting the row."),
    Column("evidence_text", "string", "The text of those spans."),
    Column("extractor_version", "string", "Version of the extractor that produced the row."),
]


TABLES: dict[str, list[Column]] = {
    "records": [
        Column("record_id", "integer", "Record id in the corpus database."),
        Column("article_id", "integer", "Article the claim was read from (articles.article_id)."),
        Column("cluster_id", "integer", "Duplicate cluster of that article: syndicated copies share it."),
        *_ARTICLE_CONTEXT,
        *_CLAIM,
        *_EVIDENCE,
    ],
    "officials": [
        Column("official_id", "integer", "Official mention id in the corpus database."),
        Column("article_id", "integer", "Article naming the person."),
        *_ARTICLE_CONTEXT,
        Column("name", "string", "Person's name without honorifics and degrees."),
        Column("title", "string", "Office as the text gives it."),
        *_EVIDENCE,
    ],
    "articles": [
        Column("article_id", "integer", "Article id in the corpus database."),
        Column("source_id", "string", "Id the input gave the article (ingested files), if any."),
        Column("url", "string", "URL the article was fetched from."),
        Column("canonical_url", "string", "Canonical URL the page declared."),
        Column("site", "string", "Outlet (host name)."),
        Column("title", "string", "Headline."),
        Column("published", "date", "Publication date."),
        Column("author", "string", "Byline, when the page gives one."),
        Column("content_hash", "string", "Hash of the normalised text (exact-duplicate detection)."),
        Column("simhash", "string", "64-bit SimHash of the text, hex (near-duplicate detection)."),
        Column("cluster_id", "integer", "Duplicate cluster: the article_id of the cluster's first article."),
        Column("relevant", "boolean", "Reports on the Ombudsman compliance assessment."),
        Column("extractor_version", "string", "Extractor version of the current records."),
        Column("ingested_at", "datetime", "When the article entered the corpus (UTC)."),
        Column("n_records", "integer", "Records extracted from the article."),
    ],
    "dataset": [
        *_claim(
            "entity_key",
            "year",
            "entity",
            "entity_type",
            "region_code",
            "province",
            "parent",
            "score",
            "rank",
            "rank_scope",
            "zone",
            "grade",
            "opinion",
        ),
        Column("n_sources", "integer", "Independent sources: duplicate clusters (syndicated copies count once)."),
        Column("n_articles", "integer", "Articles reporting this entity-year."),
        Column("n_records", "integer", "Records behind this row."),
        Column("conflict", "boolean", "True when sources disagree on any of score, rank, zone, grade, opinion."),
        Column("score_conflict", "boolean", "Sources report different scores."),
        Column("rank_conflict", "boolean", "Sources report different ranks."),
        Column("zone_conflict", "boolean", "Sources report different zones."),
        Column("grade_conflict", "boolean", "Sources report different grades."),
        Column("opinion_conflict", "boolean", "Sources report different opinions."),
        Column("conflicts", "object", "Competing values per conflicting field: {field: {value: n_sources}}."),
        Column(
            "band_systems",
            "object",
            "Fields whose sources give values of different attested band systems for the same score "
            "(2017–2019), not counted as a conflict: {field: {value: {n_sources, bands}}}.",
        ),
        Column("first_seen", "date", "Earliest publication date among the sources."),
        Column("last_seen", "date", "Latest publication date among the sources."),
        Column("source_urls", "array", "URLs of every article behind the row."),
        Column("record_ids", "array", "records.record_id of every claim behind the row."),
    ],
}

TEXT_COLUMN = Column("text", "string", "Full article text (exported with --with-text).")

TABLE_DESCRIPTIONS = {
    "records": "One row per claim read from one article: entity E got score/rank/zone/grade/opinion X in "
    "assessment year Y, with the evidence spans.",
    "officials": "Named officials and the office each article gives them.",
    "articles": "Stored relevant articles (metadata; the text with --with-text).",
    "dataset": "Consolidated: one row per entity and assessment year, the value most sources agree on per "
    "field, source counts and conflicts.",
}


TABLE_NAMES = ("records", "officials", "articles", "dataset")
PRIMARY_KEYS = {
    "records": ["record_id"],
    "officials": ["official_id"],
    "articles": ["article_id"],
    "dataset": ["entity_key", "year"],
}


def columns(table: str, with_text: bool = False) -> list[Column]:
    cols = list(TABLES[table])
    if table == "articles" and with_text:
        cols.append(TEXT_COLUMN)
    return cols


def arrow_schema(table: str, with_text: bool = False):
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "datetime": pa.timestamp("ms"),
        "array": pa.string(),
        "object": pa.string(),
    }
    return pa.schema(
        [pa.field(c.name, types[c.type], metadata={"description": c.description}) for c in columns(table, with_text)]
    )


def pandas_dtypes(table: str, with_text: bool = False) -> dict[str, str]:
    """dtypes for `pandas.read_csv(..., dtype=...)` (dates: pass `parse_dates`)."""
    m = {
        "string": "string",
        "integer": "Int64",
        "number": "Float64",
        "boolean": "boolean",
        "array": "string",
        "object": "string",
    }
    return {c.name: m[c.type] for c in columns(table, with_text) if c.type in m}
