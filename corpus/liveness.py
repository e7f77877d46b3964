"""Which process a `running` row of the runs table belongs to, and whether it is still alive.

A run killed (kill -9, OOM, power cut) or stopped by an exception before it could finish leaves
its row `running`. Each run records its owner (host, pid and the pid's start time, so a reused
pid is not taken for the dead process); the next run on the same host marks rows whose owner is
gone as `interrupted`. Rows from other hosts are left alone: we cannot see their processes.
"""

from __future__ import annotations

import os
import socket


def _start_time(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            return fh.read().rsplit(")", 1)[1].split()[19]  # field 22: starttime, in clock ticks since boot
    except (OSError, IndexError):
        return None


def owner() -> dict:
    pid = os.getpid()
    return {"host": socket.gethostname(), "pid": pid, "start": _start_time(pid)}


def is_dead(who: dict | None) -> bool:
    """True only when `who` ran on this host and that process is certainly gone."""
    if not isinstance(who, dict) or who.get("host") != socket.gethostname() or not isinstance(who.get("pid"), int):
        return False
    if not os.path.isdir("/proc"):
        return False  # no way to tell here
    start = _start_time(who["pid"])
    return start is None or (who.get("start") is not None and start != who["start"])
