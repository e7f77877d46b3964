"""Batch cleaning of JSONL: the Python function behind `kepatuhan clean`.

Input lines: {"id", "html", "url"?, "headers"?}. Output lines (same order, one per page
that could be cleaned): {"id", "url", "canonical_url", "site", "title", "published",
"modified", "author", "text", "language", "captions", "content_hash", "simhash", "dateline"}.
A bad line (not JSON, no id/html, no article in the page) is reported as FILE:LINE (id) and
skipped; the batch goes on. Exit codes as every command's: 0 all cleaned, 1 some failed, 2
unusable input (nothing could be cleaned, or the input is empty).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import IO, Callable

from fileio.outfile import output_file

OUTPUT_FIELDS = (
    "id",
    "url",
    "canonical_url",
    "site",
    "title",
    "published",
    "modified",
    "author",
    "text",
    "language",
    "captions",
    "content_hash",
    "simhash",
    "dateline",
)


@dataclass
class CleanSummary:
    source: str
    total: int = 0
    ok: int = 0
    failed: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # warnings about pages that were cleaned (a cut page)

    @property
    def exit_code(self) -> int:
        if self.ok == 0:
            return 2
        return 1 if self.failed else 0


def article_line(article) -> dict:
    d = article.to_dict()
    return {k: d.get(k) for k in OUTPUT_FIELDS}


def clean_jsonl(
    input: str,
    output: str,
    on_problem: Callable[[str], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> CleanSummary:
    """Clean every page of the input (JSONL, an .html file or a directory of them, a WARC; "-" for
    stdin; read by fileio.inputs) into article lines (file or "-" for stdout).

    The output goes through fileio.outfile: an interrupted or failed run leaves an earlier
    OUT as it was.
    """
    from fileio.inputs import read_items

    source = "<stdin>" if input == "-" else input
    summary = CleanSummary(source=source)

    def problem(msg: str, failed: bool = True) -> None:
        summary.failed += failed
        (summary.problems if failed else summary.notes).append(msg)
        if on_problem:
            on_problem(msg)

    with output_file(output) as fout:
        _clean_items(read_items(input), fout, summary, problem, on_progress)
    return summary


def _clean_items(
    items, fout: IO[str], summary: CleanSummary, problem: Callable[..., None], on_progress: Callable[[int], None] | None
) -> None:
    from clean.page import CUT_NOTE, clean_page

    seen: set[str] = set()
    for item in items:
        summary.total += 1
        where = item.where
        if item.error:
            problem(f"{where}: {item.error}")
            continue
        obj = item.obj
        pid = obj.get("id")
        if pid is None or isinstance(pid, (dict, list)) or str(pid).strip() == "":
            problem(f"{where}: missing `id`")
            continue
        pid = str(pid)
        where = f"{where} (id {pid})"
        html = obj.get("html")
        if not isinstance(html, (str, bytes)) or not html.strip():
            problem(f"{where}: missing or empty `html`")
            continue
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        headers = obj.get("headers") if isinstance(obj.get("headers"), dict) else None
        if pid in seen:
            problem(f"{where}: duplicate id, skipped")
            continue
        seen.add(pid)
        try:
            art = clean_page(html, url=url, headers=headers, article_id=pid)
        except Exception as exc:  # noqa: BLE001 - one page's failure is that line's problem only
            problem(f"{where}: {exc}")
            continue
        for note in art.warnings:
            if note.startswith(CUT_NOTE):
                problem(f"{where}: {note}", failed=False)
        fout.write(json.dumps(article_line(art), ensure_ascii=False) + "\n")
        summary.ok += 1
        if on_progress:
            on_progress(1)
