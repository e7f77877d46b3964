"""Ranks and values of lists and tables (a mixin of Values, extract/components/values/component.py): a numbered
list called a ranking in its heading gives its items their places; a table flattened to text gives
zone, grade, opinion and rank per row; the scope a list's or table's heading states."""

from __future__ import annotations

import re

from extract.components.common.mentions import Value
from extract.components.common.tables import tables
from extract.components.values.ranks import _HEAD_PROVINCIAL, _LIST_RANKED, _LIST_REVERSE, _NUM


# a bulleted line ("- Kantor Pertanahan Kota Batam, Nilai 90,87"), and a category line above bullets
_BULLET = re.compile(r"[ \t]*[-–•*·▪][ \t]+(?=[A-Z])")
_CATEGORY_LINE = re.compile(r"[^\n.]{3,100}:[ \t]*$")
# ... and one above a numbered list, under a heading that introduces it ("Berikut peringkat ... per kategori:")
_CATEGORY_LINE_LONG = re.compile(r"[^\n.:]{3,200}:[ \t]*$")
_HEAD_INTRO = re.compile(r"(?i)\bberikut")


class TableRanks:
    national: re.Pattern[str]
    table_cols: dict[str, set[str]]

    def table_values(self, text: str, found: list[Value]) -> list[Value]:
        """A table flattened to text ("No<TAB>Pemda<TAB>Nilai<TAB>Zona" then one row a line, tabs or
        pipes between cells): the zone, grade, opinion and rank columns give values per row (the
        scores are numbers and are found anyway). A "No" column is a rank only when the scores fall."""
        out: list[Value] = []

        def columns(head_cells: list[tuple[int, str]]) -> dict[str, int]:
            return {
                k: c
                for c, (_, cell) in enumerate(head_cells)
                for k, words in self.table_cols.items()
                if cell.strip().lower().rstrip(".") in words
            }

        for (pos, head_cells), rows in tables(text, lambda cells: bool(columns(cells))):
            cols = columns(head_cells)
            head = text[max(0, pos - 200) : pos]
            scope = self._head_scope(head)
            scores = []
            for _rpos, rc in rows:
                sc = cols.get("score")
                m = _NUM.fullmatch(rc[sc][1].strip()) if sc is not None else None
                scores.append(float(f"{m.group(1)}.{m.group(3) or 0}") if m else None)
            known = [sc for sc in scores if sc is not None]
            falling = (
                (len(rows) >= 4 or _LIST_RANKED.search(head))
                and None not in scores
                and all(a > b for a, b in zip(known, known[1:]))
            )
            for (rpos, rc), _ in zip(rows, scores):

                def at(c):
                    off, cell = rc[c]  # noqa: B023 - called within this iteration
                    st = rpos + off + len(cell) - len(cell.lstrip())  # noqa: B023 - called within this iteration
                    return cell.strip(), st, st + len(cell.strip())

                if "zone" in cols:
                    z, a, b = at(cols["zone"])
                    z = re.sub(r"(?i)^zona\s+", "", z).lower()
                    if z in ("hijau", "kuning", "merah"):
                        out.append(Value("zone", z, a, b))
                if "grade" in cols:
                    g, a, b = at(cols["grade"])
                    if re.fullmatch(r"[A-E]", g):
                        out.append(Value("grade", g, a, b))
                    elif re.fullmatch(r"(?i)kualitas\s+(tertinggi|tinggi|sedang|rendah|terendah)", g):
                        out.append(Value("opinion", re.sub(r"\s+", " ", g.lower()), a, b))
                if "opinion" in cols:
                    o, a, b = at(cols["opinion"])
                    if re.fullmatch(r"(?i)(kualitas|kepatuhan)\s+(tertinggi|tinggi|sedang|rendah|terendah)", o):
                        out.append(Value("opinion", re.sub(r"\s+", " ", o.lower()), a, b))
                rank_col = cols.get("rank", cols.get("no") if falling else None)
                if rank_col is not None:
                    n, a, b = at(rank_col)
                    if n.rstrip(".").isdigit():
                        out.append(Value("rank", int(n.rstrip(".")), a, b, scope=scope))
        taken = {(v.kind, v.start) for v in found}
        return [v for v in out if (v.kind, v.start) not in taken]

    def bullet_ranks(self, text: str) -> list[Value]:
        """A bulleted list under a heading that calls it a ranking ("Berikut adalah peringkat ... per
        kategori:" then "Tingkat X:" and "- Kantor Pertanahan Kota A, Nilai 90,87, ..."): each run of
        bullets gives its items places 1, 2, ... (tied scores share none)."""
        if "\n-" not in text and "\n•" not in text and "\n–" not in text:
            return []  # no bulleted line at all: the common case, at the cost of a substring test
        out: list[Value] = []
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*", text) if m.group().strip()]
        run: list[tuple[int, str]] = []
        for k, (pos, ln) in enumerate(lines + [(len(text), "")]):
            if _BULLET.match(ln):
                run.append((pos, ln))
                continue
            if len(run) >= 2:
                out.extend(self._bullet_run(run, [ln for _, ln in lines[max(0, k - len(run) - 12) : k - len(run)]]))
            run = []
        return out

    def _bullet_run(self, run: list[tuple[int, str]], before: list[str]) -> list[Value]:
        # the heading: the nearest line before that is neither a bullet nor a category line ("Tingkat X:")
        # (earlier bullets of another category are passed over)
        heads = [ln for ln in reversed(before) if not _BULLET.match(ln)][:2]
        if len(heads) == 2 and not _CATEGORY_LINE.match(heads[0]):
            heads = heads[:1]
        head = next((ln for ln in heads if _LIST_RANKED.search(ln)), "")
        if not (before and before[-1].rstrip().endswith(":")) or _LIST_REVERSE.search(head):
            return []
        if not (_LIST_RANKED.search(head) and re.search(r"(?i)\bberikut|:\s*$", head)):
            return []
        scores = []
        for _, ln in run:
            m = next((m for m in _NUM.finditer(ln) if m.group(2)), None)
            scores.append(float(f"{m.group(1)}.{m.group(3)}") if m else None)
        tied = {k for k, sc in enumerate(scores) if sc is not None and scores.count(sc) > 1}
        out = []
        for k, (pos, ln) in enumerate(run):
            at = _BULLET.match(ln)
            if k not in tied and at is not None:  # on the item's first word: it joins the entity named there
                out.append(Value("rank", k + 1, pos + at.end(), pos + at.end(), scope=None))
        return out

    def _ranked_run(self, text: str, run: list[tuple[int, int]]) -> list[Value]:
        head = self._list_head(text, run[0][1])
        # falling scores alone make no ranking: a list of a zone's members is often sorted by score
        # without the text ever calling it a ranking (RECORDS.md: order is no rank unless stated)
        if _LIST_REVERSE.search(head) or not _LIST_RANKED.search(head):
            return []
        lines = [text[p : text.find("\n", p) if "\n" in text[p:] else len(text)] for _, p in run]
        scores = []
        for ln in lines:
            m = next((m for m in _NUM.finditer(ln) if m.group(2)), None)
            scores.append(float(f"{m.group(1)}.{m.group(3)}") if m else None)
        # tied members of a ranked list share no place
        tied = {k for k, sc in enumerate(scores) if sc is not None and scores.count(sc) > 1}
        return [Value("rank", n, p, p, scope=self._head_scope(head)) for k, (n, p) in enumerate(run) if k not in tied]

    @staticmethod
    def _list_head(text: str, first: int) -> str:
        """The line before a numbered list; when that is a category line ("Tingkat Kantor Pertanahan se-X :") under
        a heading line that ends with a colon ("Berikut peringkat ... per kategori:"), both lines."""
        head = re.sub(r"\s*\d{1,2}(?:\)\.|[.)])[ \t]*$", "", text[max(0, first - 200) : first])
        head = re.split(r"(?<=[.!?])\s", head)[-1]
        lines = text[max(0, first - 600) : first].split("\n")
        if _LIST_RANKED.search(head) or len(lines) < 3 or not _CATEGORY_LINE_LONG.match(lines[-2]):
            return head
        above = lines[-3].rstrip()
        return f"{above}\n{lines[-2]}" if above.endswith(":") and _HEAD_INTRO.search(above) else head

    def _head_scope(self, head: str) -> str | None:
        """The scope a list's or table's heading states ("se-Kalsel", "tingkat nasional"), else None."""
        if self.national.search(head):
            return "nasional"
        return "provinsi" if _HEAD_PROVINCIAL.search(head) else None
