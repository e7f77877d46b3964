"""Reading article JSONL, extracting, writing result JSONL (the face of `kepatuhan extract`).

Input: one JSON object per line, either
    {"id": ..., "text": ..., "url"?: ..., "published"?: "YYYY-MM-DD", "title"?: ...}
or  {"id": ..., "html": ..., "url"?: ..., "headers"?: {...}, "published"?: ..., "title"?: ...}
(html lines go through `clean.clean_page` first; the cleaner's `published` and headline
are used when the line has none, and the headline goes to the extractor with the body, so a
page and its plain text, headline included, give the same records; evidence offsets then
index "headline, blank line, body" (`clean.types.with_headline`). A text line's `title` is
read the same way, unless the text already opens with it).

Output: exactly one JSON object per input line, in the same order: the RECORDS.md shape
(`ExtractionResult.to_dict()`). A line that cannot be extracted (not JSON, not UTF-8, no
`text`/`html`, empty, too large, binary junk, a duplicate id, or an extraction error) still
yields a line, so outputs stay aligned with inputs, and nothing is invented for it:

    {"id": <its id, or "line:N" when it has none>, "relevant": false, "records": [],
     "officials": [], "error": "<what was wrong>"}

Every such problem is also reported through `on_problem` as "FILE:LINE id=ID: message".
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

MAX_TEXT_CHARS = 2_000_000  # far above any news article; spaCy refuses > 1,000,000 by default
MAX_CONTROL_SHARE = 0.01  # more control characters than this: not text (binary junk)
BATCH = 64


@dataclass
class InputLine:
    """One input line, parsed and checked. `article` is None when `error` says why."""

    line: int
    id: str
    article: dict[str, Any] | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)  # warnings that do not fail the line (a cut page)


@dataclass
class ExtractSummary:
    source: str
    total: int = 0
    ok: int = 0
    failed: int = 0
    relevant: int = 0
    records: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 all fine, 1 some article failed, 2 nothing could be extracted (or the input is empty)."""
        if not self.ok:
            return 2
        return 1 if self.failed else 0


def error_result(id_: str, error: str) -> dict[str, Any]:
    return {"id": id_, "relevant": False, "records": [], "officials": [], "error": error}


def _control_share(text: str) -> float:
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t") or c == "\ufffd")
    return bad / max(1, len(text))


def check_text(text: Any, field_name: str = "text", max_chars: int = MAX_TEXT_CHARS) -> str | None:
    """Why `text` cannot be extracted, or None when it can."""
    if not isinstance(text, str):
        return f"`{field_name}` must be a string, got {type(text).__name__}"
    if not text.strip():
        return f"empty `{field_name}`"
    if len(text) > max_chars:
        return f"`{field_name}` too large: {len(text):,} characters (limit {max_chars:,})"
    if _control_share(text) > MAX_CONTROL_SHARE:
        return f"`{field_name}` looks like binary data, not text"
    return None


def parse_lines(
    raw_lines: Iterable[bytes | str], max_chars: int = MAX_TEXT_CHARS, name: str = "<input>"
) -> Iterator[InputLine]:
    """Parse and check JSONL lines (blank lines are skipped, like the reference scorer does)."""
    from fileio.inputs import jsonl_items

    yield from parse_items(jsonl_items(raw_lines, name, _line_limit(max_chars), "see --max-chars"), max_chars)


def _line_limit(max_chars: int) -> int:
    return max_chars * 2 + 10_000  # the text, JSON-escaped, and the other fields


def parse_items(items: Iterable[Any], max_chars: int = MAX_TEXT_CHARS) -> Iterator[InputLine]:
    """Check the items of the shared input reader (fileio.inputs) as articles to extract."""
    seen: dict[str, int] = {}
    for k, item in enumerate(items, 1):
        n = item.line if item.line is not None else k
        if item.error:
            yield InputLine(n, _sniff_id(item.head) or f"line:{n}", error=item.error)
            continue
        obj = item.obj
        raw_id = obj.get("id")
        if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()) or isinstance(raw_id, (dict, list)):
            yield InputLine(n, f"line:{n}", error="missing `id`")
            continue
        id_ = str(raw_id)
        if id_ in seen:
            yield InputLine(n, id_, error=f"duplicate id (first used on line {seen[id_]})")
            continue
        seen[id_] = n
        if "text" in obj or "html" not in obj:
            problem = check_text(obj.get("text"), "text", max_chars) if "text" in obj else "missing `text` (or `html`)"
        else:
            html = obj.get("html")
            problem = check_text(
                html.decode("utf-8", "replace") if isinstance(html, bytes) else html, "html", max_chars * 5
            )
        if problem:
            yield InputLine(n, id_, error=problem)
            continue
        yield InputLine(n, id_, article=obj)


def _sniff_id(raw: str) -> str | None:
    """The id of a line that does not parse, when it is still readable ('{"id": "a1", "text": ...')."""
    import re

    m = re.match(r'\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){1,200}"|-?\d{1,30})', raw)
    if not m:
        return None
    try:
        return str(json.loads(m.group(1)))
    except ValueError:
        return None


def clean_html_line(
    obj: dict[str, Any], max_chars: int = MAX_TEXT_CHARS, notes: list[str] | None = None
) -> dict[str, Any]:
    """An html input line -> a text article through the cleaner (raises ValueError with the reason);
    the cleaner's note that the page was cut at its size limit goes to `notes`."""
    try:
        from clean.page import CUT_NOTE, clean_page
        from clean.types import with_headline
    except ImportError as exc:  # the cleaner is another stage; say so instead of failing obscurely
        raise ValueError(f"html input needs the cleaner (clean.page): {exc}") from exc
    art = clean_page(obj["html"], url=obj.get("url"), headers=obj.get("headers"))
    if notes is not None:
        notes.extend(w for w in art.warnings if w.startswith(CUT_NOTE))
    problem = check_text(art.text, "text (after cleaning)", max_chars)
    if problem:
        raise ValueError(problem)
    title = obj.get("title") or art.title
    # the headline goes to the extractor with the body, as in a plain-text article
    return {
        "id": str(obj["id"]),
        "text": with_headline(art.text, title),
        "url": obj.get("url") or art.url,
        "published": obj.get("published") or art.published,
        "title": title,
    }


def _article_dict(obj: dict[str, Any]) -> dict[str, Any]:
    from clean.types import with_headline

    return {
        "id": str(obj["id"]),
        "text": with_headline(obj["text"], obj.get("title")),
        "url": obj.get("url"),
        "published": obj.get("published"),
        "title": obj.get("title"),
    }


def extract_lines(
    items: Iterable[InputLine], max_chars: int = MAX_TEXT_CHARS, batch: int = BATCH
) -> Iterator[tuple[InputLine, dict[str, Any]]]:
    """(input line, output object) for every input line, in input order.

    Valid articles go through `extract_many` in batches (one model, fast path for
    irrelevant news); if a batch raises, its articles are retried one by one so one bad
    article never takes its neighbours down.
    """
    pending: list[tuple[InputLine, dict[str, Any] | None, str | None]] = []

    def flush():
        good = [(it, art) for it, art, err in pending if art is not None]
        results: dict[int, dict[str, Any]] = {}
        if good:
            try:
                from extract.pipeline import extract_many
            except ImportError as exc:  # not one article's fault: stop with a clear reason
                raise RuntimeError(f"the extraction pipeline cannot be loaded: {exc}") from exc

            try:
                for (it, _), res in zip(good, extract_many([a for _, a in good])):
                    results[it.line] = res.to_dict()
            except Exception:  # noqa: BLE001 - isolate the article that broke the batch
                results = {}
                for it, art in good:
                    results[it.line] = _extract_one(art)
        for it, art, err in pending:
            if art is None:
                yield it, error_result(it.id, err)
            else:
                out = results.get(it.line) or error_result(it.id, "extraction returned no result")
                out["id"] = it.id
                yield it, out
        pending.clear()

    for it in items:
        if it.article is None:
            pending.append((it, None, it.error))
        else:
            try:
                art = (
                    clean_html_line(it.article, max_chars, it.notes)
                    if "text" not in it.article
                    else _article_dict(it.article)
                )
                pending.append((it, art, None))
            except Exception as exc:  # noqa: BLE001 - a cleaner failure is this line's problem only
                pending.append((it, None, f"cleaning failed: {exc}"))
        if len(pending) >= batch:
            yield from flush()
    yield from flush()


def _extract_one(art: dict[str, Any]) -> dict[str, Any]:
    from extract.pipeline import extract_article

    try:
        res = extract_article(
            art["text"], url=art.get("url"), published=art.get("published"), id=art["id"], title=art.get("title")
        )
        return res.to_dict()
    except Exception as exc:  # noqa: BLE001 - that line's error result, the batch goes on
        return error_result(art["id"], f"extraction failed: {type(exc).__name__}: {exc}")


def count_lines(path: Path) -> int | None:
    from fileio.inputs import count_items

    return count_items([path])


def extract_jsonl(
    src: str | Path,
    dst: str | Path,
    *,
    max_chars: int = MAX_TEXT_CHARS,
    on_problem: Callable[[str], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> ExtractSummary:
    """Extract every article of the JSONL file `src` ("-" = stdin) into `dst` ("-" = stdout).

    Returns counts and the problems found (also passed to `on_problem` as they happen).
    """
    from fileio.inputs import read_items
    from fileio.outfile import output_file

    name = "<stdin>" if str(src) == "-" else str(src)
    summary = ExtractSummary(source=name)
    items = parse_items(read_items(src, _line_limit(max_chars), "see --max-chars"), max_chars)
    with output_file(dst) as fout:
        _write_results(items, fout, name, summary, max_chars, on_problem, on_progress)
    return summary


def _write_results(
    items: Iterable[InputLine],
    fout: IO[str],
    name: str,
    summary: ExtractSummary,
    max_chars: int,
    on_problem: Callable[[str], None] | None,
    on_progress: Callable[[int], None] | None,
) -> None:
    for it, out in extract_lines(items, max_chars):
        fout.write(json.dumps(out, ensure_ascii=False) + "\n")
        summary.total += 1
        for note in it.notes:
            if on_problem:
                on_problem(f"{name}:{it.line} id={it.id}: {note}")
        if "error" in out:
            summary.failed += 1
            msg = f"{name}:{it.line} id={it.id}: {out['error']}"
            summary.problems.append(msg)
            if on_problem:
                on_problem(msg)
        else:
            summary.ok += 1
            summary.relevant += bool(out.get("relevant"))
            summary.records += len(out.get("records") or [])
        if on_progress:
            on_progress(1)
