"""The official results table (`kepatuhan official import`): replaced per source file, read
in (year, entity key) order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import sqlalchemy as sa

from corpus.convert import int_or_none
from corpus.models import OfficialResult
from corpus.reading import Reading
from gazetteer import RegionIndex, entity_key


class OfficialStore(Reading):
    def replace_official_results(
        self, rows: Iterable[dict | Any], source_file: str, also_replace: Iterable[str] = ()
    ) -> int:
        """Replace every official row previously imported from `source_file` (and from the
        sources `also_replace`) by `rows` (dicts or objects with the official-results columns).
        Returns the number stored."""
        regions = RegionIndex.load()
        out = []
        for r in rows:
            d = r if isinstance(r, dict) else vars(r)
            key = d.get("entity_key") or entity_key(
                d["entity"], d.get("entity_type"), d.get("region_code"), d.get("parent"), regions
            )
            out.append(
                dict(
                    year=int(d["year"]),
                    entity=d["entity"],
                    entity_type=d.get("entity_type"),
                    entity_key=key,
                    region_code=d.get("region_code") or (key[2:] if key.startswith("R:") else None),
                    score=None if d.get("score") in (None, "") else float(d["score"]),
                    zone=d.get("zone") or None,
                    grade=d.get("grade") or None,
                    opinion=d.get("opinion") or None,
                    rank_national=int_or_none(d.get("rank_national")),
                    rank_provincial=int_or_none(d.get("rank_provincial")),
                    source=d.get("source") or None,
                    source_file=str(source_file),
                )
            )
        with self.session() as s:
            s.execute(
                sa.delete(OfficialResult).where(
                    OfficialResult.source_file.in_([str(source_file), *map(str, also_replace)])
                )
            )
            if out:
                s.execute(sa.insert(OfficialResult), out)
        return len(out)

    def iter_official_results(self) -> Iterator[dict]:
        cols = [c for c in OfficialResult.__table__.columns if c.name != "id"]
        yield from self._stream(
            sa.select(*cols).order_by(OfficialResult.year, OfficialResult.entity_key, OfficialResult.id)
        )
