"""Batch cleaning of JSONL: the Python function behind `kepatuhan clean`.

Input lines: {"id", "html", "url"?, "headers"?}. Output lines (same order, one per page
that could be cleaned): {"id", "url", "canonical_url", "site", "title", "published",
"modified", "author", "text", "language", "captions", "content_hash", "simhash", "dateline"}.
A bad line (not JSON, no id/html, no article in the page) is reported as FILE:LINE (id) and
skipped; the batch goes on.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TextIO

OUTPUT_FIELDS = ("id", "url", "canonical_url", "site", "title", "published", "modified", "author", "text",
                 "language", "captions", "content_hash", "simhash", "dateline")


@dataclass
class CleanSummary:
    source: str
    total: int = 0
    ok: int = 0
    failed: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.total and self.ok == 0:
            return 2
        return 1 if self.failed else 0


def article_line(article) -> dict:
    d = article.to_dict()
    return {k: d.get(k) for k in OUTPUT_FIELDS}


def _open_in(path: str) -> TextIO:
    if path == "-":
        return sys.stdin
    return open(path, encoding="utf-8", errors="replace", newline="")


def _open_out(path: str) -> TextIO:
    if path == "-":
        return sys.stdout
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return open(path + ".part", "w", encoding="utf-8", errors="replace")


def clean_jsonl(input: str, output: str, on_problem: Callable[[str], None] | None = None,
                on_progress: Callable[[int], None] | None = None) -> CleanSummary:
    """Clean every page of a JSONL file (or '-' for stdin) into article lines (file or '-' for stdout).

    A file output is written to OUT.part and renamed when complete, so an interrupted run
    never leaves a half file under the final name.
    """
    from clean.page import clean_page

    source = "<stdin>" if input == "-" else input
    summary = CleanSummary(source=source)
    seen: set[str] = set()

    def problem(msg: str) -> None:
        summary.failed += 1
        summary.problems.append(msg)
        if on_problem:
            on_problem(msg)

    fin, fout = _open_in(input), _open_out(output)
    try:
        for lineno, raw in enumerate(fin, 1):
            if not raw.strip():
                continue
            summary.total += 1
            where = f"{source}:{lineno}"
            try:
                obj = json.loads(raw)
            except ValueError as exc:
                problem(f"{where}: not a JSON object ({exc.msg})")
                continue
            if not isinstance(obj, dict):
                problem(f"{where}: not a JSON object")
                continue
            pid = obj.get("id")
            if pid is None or str(pid).strip() == "":
                problem(f"{where}: missing `id`")
                continue
            pid = str(pid)
            where = f"{where} (id {pid})"
            html = obj.get("html")
            if not isinstance(html, str) or not html.strip():
                problem(f"{where}: missing or empty `html`")
                continue
            headers = obj.get("headers") if isinstance(obj.get("headers"), dict) else None
            if pid in seen:
                problem(f"{where}: duplicate id, skipped")
                continue
            seen.add(pid)
            try:
                art = clean_page(html, url=obj.get("url"), headers=headers, article_id=pid)
            except Exception as exc:  # noqa: BLE001 - one page's failure is that line's problem only
                problem(f"{where}: {exc}")
                continue
            fout.write(json.dumps(article_line(art), ensure_ascii=False) + "\n")
            summary.ok += 1
            if on_progress:
                on_progress(1)
    finally:
        if fin is not sys.stdin:
            fin.close()
        if fout is not sys.stdout:
            fout.close()
            Path(output + ".part").replace(output)
        else:
            fout.flush()
    return summary
