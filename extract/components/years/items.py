"""Years written inside the items of a list (helpers of the years component, years.py): such a year
dates its item only, never the results the article reports."""

from __future__ import annotations

import re

from extract.components.common.mentions import YearMention


def item_year(text: str, y: YearMention, sents: list[tuple[int, int]], value_starts: list[int] | None) -> bool:
    """A year inside one item of a list whose earlier items carry their own values ("A mendapat zona
    kuning, B pada 2015 kategori kuning, dan C masuk kategori kuning"): it dates that item only."""
    if not value_starts:
        return False
    sent = next(((a, b) for a, b in sents if a <= y.start < b), None)
    if sent is None:
        return False
    item_start = text.rfind(", ", sent[0], y.start)
    if item_start < 0 or not re.search(r"[A-Z]", text[item_start + 2 : y.start]):
        return False  # "..., tahun ini (2022) ada 7 Polres ...": a clause opened by its year, no item
    item_end = min(
        (i for i in (text.find(", ", y.end, sent[1]), text.find("; ", y.end, sent[1])) if i >= 0), default=sent[1]
    )
    earlier = any(sent[0] <= v < item_start for v in value_starts)
    own = any(y.end <= v < item_end for v in value_starts)
    return earlier and own


def _dated_items(text: str, years: list[YearMention], sent: tuple[int, int], value_starts: list[int]) -> bool:
    """A sentence whose shared label comes first and whose list items each carry a year of their own
    ("... masuk zona hijau yakni Kabupaten A pada tahun 2016 dan Provinsi B pada tahun 2017"): the
    years date their items, not the results the article reports."""
    inside = [y for y in years if sent[0] <= y.start < sent[1]]
    if len({y.year for y in inside}) < 2 or not value_starts:
        return False
    if any(inside[0].start <= v < sent[1] for v in value_starts):
        return False  # values among the items: a series ("dari 70 pada 2016 menjadi 80 pada 2017")
    # a new item, named with a capital, between each year and the next
    return all(re.search(r"(?:,|\sdan)\s+[A-Z]", text[a.end : b.start]) for a, b in zip(inside, inside[1:]))


def without_dated_items(
    text: str, years: list[YearMention], value_sentences: list[tuple[int, int]], value_starts: list[int] | None
) -> list[YearMention]:
    """`years` less those that date the items of a list, each its own (see `_dated_items`)."""
    itemised = [sp for sp in value_sentences if _dated_items(text, years, sp, value_starts or [])]
    return [y for y in years if not any(a <= y.start < b for a, b in itemised)] if itemised else years
