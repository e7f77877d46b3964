"""The per-site crawl report: fetched, new, relevant, records and errors by kind.

Built from the crawler's stats (keys `kepatuhan/<site>/<counter>`), stored with the run in the
corpus (`runs.report`), written as JSON for the parent process, and printed with rich.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

COUNTERS = (
    "fetched",
    "articles",
    "new",
    "relevant",
    "irrelevant",
    "records",
    "not_modified",
    "skipped_seen",
    "skipped_since",
    "skipped_offtopic",
    "skipped_offsite",
    "stopped_paging",
)


@dataclass
class SiteReport:
    site: str
    fetched: int = 0  # HTTP responses received (every attempt, redirects and errors included)
    articles: int = 0  # article pages judged (clean → relevance)
    new: int = 0  # pages that changed the corpus (new fingerprint or new article)
    relevant: int = 0
    irrelevant: int = 0
    records: int = 0
    not_modified: int = 0  # entry pages answered 304
    skipped_seen: int = 0  # article links not fetched because the corpus knows them
    skipped_since: int = 0
    skipped_offtopic: int = 0
    skipped_offsite: int = 0
    stopped_paging: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    finished: bool = False

    @property
    def n_errors(self) -> int:
        return sum(self.errors.values())


@dataclass
class CrawlReport:
    sites: dict[str, SiteReport] = field(default_factory=dict)
    reason: str = ""  # Scrapy's finish reason: finished / shutdown / ... ("killed" when no report came)
    run_id: int | None = None
    elapsed_s: float = 0.0
    returncode: int | None = None

    @property
    def ok(self) -> bool:
        return self.reason == "finished"

    def total(self, key: str) -> int:
        return sum(getattr(s, key) for s in self.sites.values())

    def errors(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.sites.values():
            for k, v in s.errors.items():
                out[k] = out.get(k, 0) + v
        return out

    def to_dict(self) -> dict:
        return {
            "reason": self.reason,
            "run_id": self.run_id,
            "elapsed_s": round(self.elapsed_s, 2),
            "returncode": self.returncode,
            "sites": {k: asdict(v) for k, v in self.sites.items()},
        }

    @classmethod
    def from_dict(cls, d: dict) -> "CrawlReport":
        return cls(
            sites={k: SiteReport(**v) for k, v in (d.get("sites") or {}).items()},
            reason=d.get("reason", ""),
            run_id=d.get("run_id"),
            elapsed_s=d.get("elapsed_s", 0.0),
            returncode=d.get("returncode"),
        )

    @classmethod
    def from_stats(cls, stats: dict, site_names, reason: str, run_id=None, elapsed_s=0.0) -> "CrawlReport":
        sites = {n: SiteReport(site=n) for n in site_names}
        for key, value in stats.items():
            if not key.startswith("kepatuhan/"):
                continue
            _, name, *rest = key.split("/")
            if not rest:  # not a per-site counter
                continue
            rep = sites.setdefault(name, SiteReport(site=name))
            if rest[0] == "errors" and len(rest) > 1:
                rep.errors["/".join(rest[1:])] = rep.errors.get("/".join(rest[1:]), 0) + int(value)
            elif rest[0] in COUNTERS:
                setattr(rep, rest[0], getattr(rep, rest[0]) + int(value))
        for rep in sites.values():
            rep.finished = reason == "finished"
        return cls(sites=sites, reason=reason, run_id=run_id, elapsed_s=elapsed_s)

    def write(self, path: str | Path) -> None:
        tmp = Path(str(path) + ".tmp")
        tmp.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def read(cls, path: str | Path) -> "CrawlReport":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def render(self, console=None) -> None:
        from rich.console import Console
        from rich.table import Table

        console = console or Console()
        t = Table(title=f"crawl report ({self.reason or 'no report'}, run {self.run_id}, {self.elapsed_s:.1f}s)")
        for col in ("site", "fetched", "new", "relevant", "records", "304", "seen", "errors by kind"):
            t.add_column(col, justify="left" if col in ("site", "errors by kind") else "right")
        for s in self.sites.values():
            errs = "\n".join(f"{k} {v}" for k, v in sorted(s.errors.items())) or "-"
            t.add_row(
                s.site,
                str(s.fetched),
                str(s.new),
                str(s.relevant),
                str(s.records),
                str(s.not_modified),
                str(s.skipped_seen),
                errs,
            )
        console.print(t)
        if self.sites and not any(s.new for s in self.sites.values()):
            console.print("nothing new")
