"""Elements by what their class/id says, in document order.

One XPath for the candidates (in C) and a compiled Python regex for the test: lxml's EXSLT
`re:test` calls back into Python for every element, several times slower on large pages. A
page's candidates are listed once (`ClassIndex`) and shared by the date, byline and widget
passes.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


class ClassIndex:
    """Every element of a page that has a class or an id, with its "class id" string."""

    def __init__(self, tree, with_tags: tuple[str, ...] = ("time",)):
        xpath = " | ".join(["//*[@class or @id]"] + [f"//{t}" for t in with_tags])
        self.items = [
            (el, f"{el.get('class') or ''} {el.get('id') or ''}", el.get("class") or "") for el in tree.xpath(xpath)
        ]

    def find(
        self, pattern: str, limit: int | None = None, class_only: bool = False, with_tags: tuple[str, ...] = ()
    ) -> list:
        rx = _compiled(pattern)
        out = []
        for el, key, cls in self.items:
            if el.tag in with_tags or rx.search(cls if class_only else key):
                out.append(el)
                if limit is not None and len(out) >= limit:
                    break
        return out


def by_class_id(
    tree,
    pattern: str,
    limit: int | None = None,
    class_only: bool = False,
    with_tags: tuple[str, ...] = (),
    index: ClassIndex | None = None,
) -> list:
    """Elements whose "class id" (or class alone) matches `pattern` (case-insensitive), plus
    every element whose tag is in `with_tags`, in document order; at most `limit`."""
    return (index or ClassIndex(tree, with_tags)).find(pattern, limit, class_only, with_tags)
