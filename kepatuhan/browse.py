"""`kepatuhan browse`: the corpus in Datasette, with its descriptions, facets and canned queries.

    from kepatuhan.browse import prepare, make_datasette
    files = prepare(db_url, work_dir)        # SQLite to serve (a PostgreSQL corpus is copied), audit.sqlite
    ds = make_datasette(files)               # a datasette.app.Datasette; `serve()` runs it with uvicorn

An SQLite corpus is served as it is (read-only); a PostgreSQL corpus is first copied into
`<work_dir>/corpus.sqlite` (raw HTML left out), because Datasette reads SQLite. The audit is run
once at start-up and its findings are a second database, `audit`; its report.html is served under
/audit-report/. What Datasette shows besides the tables lives in `kepatuhan/browse.yaml`.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from corpus.columns import TABLE_DESCRIPTIONS, TABLES
from corpus.config import resolve_db_url
from corpus.db import sqlite_path

BROWSE_YAML = Path(__file__).resolve().with_name("browse.yaml")
CORPUS_DB = "corpus"
AUDIT_DB = "audit"
# Copied from PostgreSQL, in foreign-key order; pages without their raw HTML.
COPY_TABLES = ("sites", "runs", "pages", "articles", "records", "officials", "dataset", "official_results")
SKIP_COLUMNS = {"pages": {"raw_html"}}
FINDING_COLUMNS = (
    "severity",
    "kind",
    "entity",
    "entity_type",
    "province",
    "region_code",
    "year",
    "field",
    "reported_value",
    "official_value",
    "message",
    "outlet",
    "article_url",
    "evidence",
    "official_source",
)


@dataclass
class BrowseFiles:
    corpus: Path  # the SQLite file Datasette serves as `corpus`
    audit: Path  # findings as an SQLite file, served as `audit`
    report_dir: Path  # the audit's report.html and files
    copied: bool  # True when `corpus` is a copy of a PostgreSQL corpus


def prepare(db_url: str | None, work_dir: str | Path) -> BrowseFiles:
    """Everything Datasette needs, in `work_dir`: the corpus as SQLite and the audit findings."""
    from corpus.store import Corpus

    url = resolve_db_url(db_url)
    work = Path(work_dir)
    work.mkdir(parents=True, exist_ok=True)
    Corpus.open(url).close()  # creates / upgrades the schema, and fails early on a bad URL
    found = sqlite_path(url)
    copied = found is None
    path = copy_to_sqlite(url, work / "corpus.sqlite") if found is None else found
    report_dir = work / "audit"
    audit_db = findings_to_sqlite(url, report_dir, work / "audit.sqlite")
    return BrowseFiles(corpus=Path(path), audit=audit_db, report_dir=report_dir, copied=copied)


def copy_to_sqlite(db_url: str, dest: Path, chunk: int = 2000) -> Path:
    """Stream the browsable tables of any corpus database into a fresh SQLite file."""
    import sqlalchemy as sa

    from corpus.db import make_engine
    from corpus.models import Base

    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    target = sa.create_engine(f"sqlite:///{tmp}")
    tables = [Base.metadata.tables[t] for t in COPY_TABLES]
    Base.metadata.create_all(target, tables=tables)
    source = make_engine(db_url, immediate=False)
    try:
        with source.connect() as src, target.begin() as dst:
            for table in tables:
                cols = [c for c in table.columns if c.name not in SKIP_COLUMNS.get(table.name, ())]
                result = src.execution_options(stream_results=True).execute(sa.select(*cols))
                while batch := result.fetchmany(chunk):
                    dst.execute(table.insert(), [dict(r._mapping) for r in batch])
    finally:
        source.dispose()
        target.dispose()
    tmp.replace(dest)
    return dest


def findings_to_sqlite(db_url: str, report_dir: Path, dest: Path) -> Path:
    """Run the audit on the corpus (report files in `report_dir`) and store its findings in `dest`."""
    from audit.audit import run_audit

    summary = run_audit(db_url, out_dir=report_dir)
    findings = json.loads(Path(summary.files["json"]).read_text(encoding="utf-8"))["findings"]
    dest.unlink(missing_ok=True)
    con = sqlite3.connect(dest)
    try:
        con.execute(f"create table findings (id integer primary key, {', '.join(FINDING_COLUMNS)})")
        con.executemany(
            f"insert into findings ({', '.join(FINDING_COLUMNS)}) values ({', '.join('?' * len(FINDING_COLUMNS))})",
            [tuple(_sql_value(f.get("url" if c == "article_url" else c)) for c in FINDING_COLUMNS) for f in findings],
        )
        con.commit()
    finally:
        con.close()
    return dest


def _sql_value(v):
    return v if v is None or isinstance(v, (int, float, str)) else json.dumps(v, ensure_ascii=False)


def metadata() -> dict:
    """Datasette metadata: browse.yaml plus the column and table descriptions of corpus/columns.py."""
    import yaml

    spec = yaml.safe_load(BROWSE_YAML.read_text(encoding="utf-8"))
    tables = {name: dict(conf) for name, conf in (spec.get("tables") or {}).items()}
    for name, cols in TABLES.items():
        conf = tables.setdefault(name, {})
        conf.setdefault("description", TABLE_DESCRIPTIONS.get(name, ""))
        described = {c.name: c.description for c in cols}
        # the database names a table's own id `id`; the exports call it <table>_id
        described["id"] = cols[0].description if cols[0].name.endswith("_id") else "Row id."
        conf["columns"] = described
    audit = spec.get("audit") or {}
    return {
        "title": spec.get("title"),
        "description": spec.get("description"),
        "databases": {
            CORPUS_DB: {"tables": tables, "queries": spec.get("queries") or {}},
            AUDIT_DB: {"tables": audit.get("tables") or {}, "queries": audit.get("queries") or {}},
        },
    }


def make_datasette(files: BrowseFiles):
    """A Datasette app over the prepared files (`corpus` read-only, `audit`, /audit-report/report.html)."""
    from datasette.app import Datasette
    from datasette.database import Database

    ds = Datasette(
        metadata=metadata(),
        static_mounts=[("audit-report", str(files.report_dir))],
        settings={"sql_time_limit_ms": 5000, "default_facet_size": 40},
    )
    ds.add_database(Database(ds, path=str(files.corpus), is_mutable=True), name=CORPUS_DB)
    ds.add_database(Database(ds, path=str(files.audit), is_mutable=False), name=AUDIT_DB)
    return ds


def serve(files: BrowseFiles, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve until interrupted (Ctrl-C / SIGTERM)."""
    import asyncio

    import uvicorn

    ds = make_datasette(files)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
