"""Alerts about sites that probably changed their layout or started blocking us, and the webhook.

A site is reported when
- `silent`: it yielded articles in an earlier run, and in this run and the N-1 runs before it
  (N = `[alerts] empty_runs`) it yielded none, or
- `error_rate`: its error rate (errors / requests) in this run is at least `error_rate_min` and
  at least `error_rate_jump` above the median of its earlier runs.

History comes from the per-site summaries stored with earlier runs (the corpus `runs` table,
kind "run"), so the check needs no state of its own. Pure functions over dicts: easy to test.
"""

from __future__ import annotations

import json
import statistics
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Alert:
    site: str
    kind: str  # silent / error_rate
    message: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def site_error_rate(site: dict) -> float:
    requests = max(int(site.get("pages", 0) or 0) + int(site.get("errors", 0) or 0), 1)
    return int(site.get("errors", 0) or 0) / requests


def check_alerts(
    current: dict[str, dict],
    history: list[dict[str, dict]],
    empty_runs: int = 5,
    error_rate_min: float = 0.3,
    error_rate_jump: float = 0.2,
) -> list[Alert]:
    """`current`: site -> this run's summary (keys `new_articles`, `pages`, `errors`);
    `history`: earlier runs' site summaries, newest first."""
    alerts = []
    for site, cur in sorted(current.items()):
        past = [h[site] for h in history if site in h]
        # silent: yielded before, nothing in the last `empty_runs` runs (this one included)
        recent = [cur] + past[: empty_runs - 1]
        yielded_before = any(int(p.get("new_articles", 0) or 0) > 0 for p in past)
        if (
            yielded_before
            and len(recent) == empty_runs
            and all(int(r.get("new_articles", 0) or 0) == 0 for r in recent)
        ):
            alerts.append(
                Alert(
                    site,
                    "silent",
                    f"{site}: no articles in the last {empty_runs} runs although it yielded articles "
                    "before - the site probably changed its layout or blocks the crawler",
                )
            )
        rate = site_error_rate(cur)
        if past and rate >= error_rate_min:
            base = statistics.median(site_error_rate(p) for p in past)
            if rate - base >= error_rate_jump:
                alerts.append(
                    Alert(
                        site,
                        "error_rate",
                        f"{site}: error rate {rate:.0%} (usually {base:.0%}) - the site is probably "
                        "down, changed, or blocking the crawler",
                    )
                )
    return alerts


def post_webhook(url: str, payload: dict, timeout_s: float = 10.0) -> str | None:
    """POST the JSON payload; return None on success, else an error message (never raises:
    a broken webhook must not fail the run)."""
    data = json.dumps(payload, default=str, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": "kepatuhan-run"},
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as resp:
            if resp.status >= 300:
                return f"webhook {url} answered HTTP {resp.status}"
    except urllib.error.HTTPError as exc:
        return f"webhook {url} answered HTTP {exc.code}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return f"webhook {url} failed: {getattr(exc, 'reason', exc)}"
    return None
