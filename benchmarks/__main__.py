"""Run every benchmark module (or those named on the command line: `python -m benchmarks extract`)."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import benchmarks


def main(argv: list[str]) -> int:
    names = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))
    wanted = [a for a in argv if not a.startswith("-")]
    if wanted:
        names = [n for n in names if any(w in n for w in wanted)]
    failed = 0
    for name in names:
        print(f"\n=== {name} ===", flush=True)
        rc = importlib.import_module(f"benchmarks.{name}").main()
        failed += bool(rc)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
