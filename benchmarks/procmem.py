"""Memory of a benchmark's child processes, measured from /proc rather than getrusage.

`ru_maxrss` of a child that was forked and then exec'd counts the *parent's* pages at the
fork (the kernel keeps the high-water mark of the pre-exec copy), so a light child of a heavy
parent reports the parent's size: bench_crawl printed a 1.02x memory ratio where the processes
held 206 MB against 99 MB. Here a thread samples `/proc/PID/status` of the child and of every
descendant (a crawl runs in a grandchild) and reports

- `peak_mb`: the highest total VmRSS of the whole process tree at one sample, and
- `hwm_mb`: the highest VmHWM of any one process of the tree (the kernel's own high-water
  mark since that process's exec, so a spike between two samples is not lost).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path


def _status_kb(pid: int) -> dict[str, int]:
    out = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    out[line[:5]] = int(line.split()[1])
    except OSError:
        pass
    return out


def _cmdline(pid: int) -> bytes | None:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None


def _tree(pid: int, parent_cmdline: bytes | None) -> list[int]:
    """pid and its descendants (through /proc/PID/task/*/children), leaving out any process
    whose command line is still its parent's: a fork that has not exec'd yet holds a copy of
    the parent's pages (the very error ru_maxrss makes), and a fork worker shares them."""
    pids, todo = [], [(pid, parent_cmdline)]
    while todo:
        p, above = todo.pop()
        mine = _cmdline(p)
        if mine is None:
            continue
        if mine != above:
            pids.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                todo += [(int(c), mine) for c in task.read_text().split()]
            except OSError:
                pass
    return pids


def own_hwm_mb() -> float:
    """This process's VmHWM in MB: what a benchmark child reports about itself at its end."""
    return _status_kb(os.getpid()).get("VmHWM", 0) / 1024


class TreeSampler:
    """Samples a process tree's memory every `interval` seconds until stopped."""

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid, self.interval = pid, interval
        self.t0 = time.monotonic()
        self.samples: list[tuple[float, float]] = []  # (seconds since start, tree RSS in MB)
        self.hwm_kb: dict[int, int] = {}
        self._own_cmdline = _cmdline(os.getpid())
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "TreeSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> None:
        total = 0
        for p in _tree(self.pid, self._own_cmdline):
            st = _status_kb(p)
            total += st.get("VmRSS", 0)
            self.hwm_kb[p] = max(self.hwm_kb.get(p, 0), st.get("VmHWM", 0))
        if total:
            self.samples.append((time.monotonic() - self.t0, total / 1024))

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    @property
    def peak_mb(self) -> float:
        return max((mb for _, mb in self.samples), default=0.0)

    @property
    def hwm_mb(self) -> float:
        return max(self.hwm_kb.values(), default=0) / 1024


def run_sampled(cmd, env=None, cwd=None, interval: float = 0.1, stdout=subprocess.DEVNULL) -> dict:
    """Run `cmd` to its end; wall and CPU seconds (the child and its waited-for descendants),
    peak tree RSS, highest VmHWM, the RSS samples, exit code, stderr tail and stdout."""
    before = os.times()
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=stdout, stderr=subprocess.PIPE)
    with TreeSampler(proc.pid, interval) as sampler:
        out, err = proc.communicate()
    after = os.times()
    return {
        "seconds": time.monotonic() - t0,
        "cpu_s": (after.children_user - before.children_user) + (after.children_system - before.children_system),
        "peak_mb": sampler.peak_mb,
        "hwm_mb": sampler.hwm_mb,
        "samples": sampler.samples,
        "rc": proc.returncode,
        "stderr": (err or b"").decode("utf-8", "replace")[-2000:],
        "stdout": (out or b"").decode("utf-8", "replace") if out is not None else "",
    }
