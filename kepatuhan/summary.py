"""What a `kepatuhan run` reports: per-site counts, per-stage outcomes, the exit code."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kepatuhan.alerts import Alert

EXIT_OK, EXIT_CONFIG, EXIT_PARTIAL, EXIT_FAILED, EXIT_BUSY = 0, 2, 3, 4, 5


@dataclass
class SiteSummary:
    site: str
    pages: int = 0  # pages fetched (including entry pages and 304s)
    new_articles: int = 0  # articles stored for the first time
    relevant: int = 0  # of them, relevant to the topic
    records: int = 0  # records extracted from the new relevant articles
    errors: int = 0
    errors_by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def nothing_new(self) -> bool:
        return self.new_articles == 0

    @property
    def unreachable(self) -> bool:
        """Nothing answered at all (connection refused, timeouts, DNS)."""
        return self.errors > 0 and self.pages == 0

    @property
    def robots_unknown(self) -> bool:
        """robots.txt answered 5xx/429 or not at all: its rules are unknown, so nothing of the
        site was fetched (RFC 9309); the site answered, but this run learnt nothing from it."""
        return self.errors_by_kind.get("robots_unreachable", 0) > 0 and self.new_articles == 0

    @property
    def failed(self) -> bool:
        return self.unreachable or self.robots_unknown

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["nothing_new"] = self.nothing_new
        return d


@dataclass
class RunSummary:
    status: str = "running"  # ok / partial / failed / interrupted / busy
    exit_code: int = EXIT_OK
    run_id: int | None = None
    started_at: str = ""
    finished_at: str = ""
    elapsed_s: float = 0.0
    db: str = ""
    sites: dict[str, SiteSummary] = field(default_factory=dict)
    stages: dict[str, str] = field(default_factory=dict)  # stage -> ok / failed: msg / skipped
    dataset_rows: int | None = None
    audit: dict[str, Any] = field(default_factory=dict)  # findings, new_findings, report path
    exports: dict[str, Any] = field(default_factory=dict)  # dir and files
    alerts: list[Alert] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    log_file: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "exit_code": self.exit_code,
            "run_id": self.run_id,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "elapsed_s": round(self.elapsed_s, 2),
            "db": self.db,
            "sites": {k: v.to_dict() for k, v in self.sites.items()},
            "stages": self.stages,
            "dataset_rows": self.dataset_rows,
            "audit": self.audit,
            "exports": self.exports,
            "alerts": [a.to_dict() for a in self.alerts],
            "errors": self.errors,
            "log_file": self.log_file,
        }

    @property
    def totals(self) -> dict[str, int]:
        keys = ("pages", "new_articles", "relevant", "records", "errors")
        return {k: sum(getattr(s, k) for s in self.sites.values()) for k in keys}
