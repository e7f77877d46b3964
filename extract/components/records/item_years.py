"""Years written in a list's items (helpers of ClaimYears, extract/components/records/years.py): a year
in an earlier item that is that item's own, a member's own year after a label said before the list,
a year in brackets after a member's name."""

from __future__ import annotations

import re

from extract.components.common.mentions import Value, YearMention


def _other_items_year(
    text: str, y: YearMention, v: Value, sent: tuple[int, int], clauses: dict | None, owner: int | None = None
) -> bool:
    """A year inside an earlier list item that holds its own value ("B pada 2015 kategori kuning, dan C
    masuk kategori kuning"): it is that item's, not carried to the items after it. Not when the value's
    own entity is named before the year ("X ... sebab pada tahun lalu pun berada di zona hijau, yakni
    kepatuhan tinggi": one item told in two clauses), in its sentence or one before ("Tahun 2022, nilainya
    93,14, dan pada 2023 mencapai 98,21, berada di zona hijau": the subject's series, the zone the latest's)."""
    if owner is not None and y.end <= owner <= v.start and _RELATIVE_ITEM_END.match(text, y.end, owner):
        # "B dengan nilai 85,47, yang masih bertahan dari tahun lalu dan C dengan nilai 86,22": the year of a
        # relative clause about the item before, which ends where the next item is named
        clause_start = max(text.rfind(",", sent[0], y.start), sent[0])
        if re.search(r"(?i)(?<![\w])yang(?![\w])", text[clause_start : y.start]):
            return True
    starts = (clauses or {}).get("values")
    if not starts or text.rfind(", ", sent[0], y.start) < 0:
        return False
    if owner is not None and owner < y.start:
        return False  # the items are the one subject's, named before the year or carried from a sentence before
    item_end = text.find(", ", y.end, v.start)
    return item_end >= 0 and any(y.end <= s < item_end for s in starts)


# from a year to the next item's name: "... dari tahun lalu dan ", "... tahun lalu, serta "
_RELATIVE_ITEM_END = re.compile(r"(?i)[ \t]*,?[ \t]*(?:dan|serta)[ \t]+(?:Pemkab[ \t]+|Pemkot[ \t]+)?$")
# a clause that only names the years of the time just spoken of ("..., yaitu 2015 hingga 2018")
NAMED_YEARS = re.compile(r"(?i),?\s*(?:yaitu|yakni|tepatnya)\s+(?:pada\s+)?(?:tahun\s+)?(?:19|20)\d\d(?!\d)")
# the end of one member's item in a list: a comma or "dan"/"serta" before the next name, or a clause break
ITEM_END = re.compile(r",\s*(?:dan\s+|serta\s+)?(?=[A-Z])|\s(?:dan|serta)\s+(?=[A-Z])|[;:.!?\n]")


def _member_item_year(
    text: str, v: Value, sent: tuple[int, int], in_sent: list[YearMention], owner: int | None
) -> YearMention | None:
    """ "... masuk zona hijau yakni Kabupaten A tercapai pada tahun 2016 dan Provinsi B pada tahun 2017": a
    label said of a list (before or after it) whose members have years of their own written in their items
    holds for each such member in its year."""
    if owner is None or v.start <= owner < v.end:
        return None
    # the items after the label ("... zona hijau yakni A pada 2016 dan B pada 2017") or before it ("A pada
    # tahun 2016, dan B pada tahun 2017 berhasil memperoleh predikat zona hijau")
    side = [y for y in in_sent if (y.start >= v.end if owner >= v.end else y.end <= v.start)]
    if len({y.year for y in side if not y.is_relative and not y.earlier}) < 2:
        return None  # one year of the list dates none of its items alone
    stop = ITEM_END.search(text, owner + 1, sent[1])
    end = stop.start() if stop else sent[1]
    if owner < v.start:
        # an item before the label ends with it: "Tahun 2015 dan 2016 rapor X zona kuning, sedangkan 2017 zona
        # merah" (the year after the label is the next clause's)
        end = min(end, v.end)
    mine = [y for y in in_sent if owner < y.start < end and not y.is_relative and not y.earlier]
    return mine[0] if len(mine) == 1 else None


def _bracketed_item_year(text: str, sent: tuple[int, int], in_sent: list[YearMention], owner: int | None):
    """ "Pemkab A (2016), Pemkab B (2017) dan Pemprov C (2016) sudah meraih zona hijau": a year in brackets
    in a member's own item dates that member, wherever the label shared by the list is said."""
    if owner is None:
        return None
    stop = ITEM_END.search(text, owner + 1, sent[1])
    end = stop.start() if stop else sent[1]
    mine = [
        y
        for y in in_sent
        if owner < y.start < end
        and not y.is_relative
        # right after the name ("Pemkab B (2017)"), not after a value ("masuk zona merah (2015)")
        and re.fullmatch(r"(?:[A-Z][\w.'/-]*\s+)+\(\s*", text[owner : y.start])
        and re.match(r"\s*\)", text[y.end : y.end + 3])
    ]
    return mine[0] if len(mine) == 1 else None
