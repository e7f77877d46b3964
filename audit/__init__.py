"""audit stage: reported scores vs the official results and the scoring scheme -> findings + report.

Python entry point: `audit.run_audit(db_url=None, official_file=None, out_dir=...) -> AuditSummary`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .audit import run_audit

__all__ = ["run_audit"]


def __getattr__(name: str) -> Any:  # keep `import audit` cheap for the CLI
    if name == "run_audit":
        from .audit import run_audit

        return run_audit
    raise AttributeError(name)
