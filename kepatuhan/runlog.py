"""Structured run logs: JSON lines appended to `<data_dir>/logs/run.jsonl`, one event per line
(`ts`, `level`, `event`, `run_id` and the event's fields), flushed at once so a killed run's log
ends at the moment it died. Warnings and errors of the libraries underneath (Scrapy, SQLAlchemy,
the stages) are copied into the same file through the standard `logging` module.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TextIO


class RunLog:
    def __init__(self, path: Path, run_id: int | None = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.run_id = run_id
        self._fh: TextIO = open(self.path, "a", encoding="utf-8")
        self._handler = _JsonHandler(self)
        self._handler.setLevel(logging.WARNING)
        logging.getLogger().addHandler(self._handler)

    def event(self, event: str, level: str = "info", **fields: Any) -> dict:
        line = {
            "ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "level": level,
            "event": event,
            "run_id": self.run_id,
            "pid": os.getpid(),
            **fields,
        }
        self._fh.write(json.dumps(line, default=str, ensure_ascii=False) + "\n")
        self._fh.flush()
        return line

    def close(self) -> None:
        logging.getLogger().removeHandler(self._handler)
        if not self._fh.closed:
            self._fh.close()


class _JsonHandler(logging.Handler):
    def __init__(self, log: RunLog):
        super().__init__()
        self.log = log

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.log.event("log", level=record.levelname.lower(), logger=record.name, message=record.getMessage())
        except Exception:  # noqa: BLE001 - logging must never break the run
            pass
