"""Elements by what their class/id says, in document order.

One XPath for the candidates (in C) and a compiled Python regex for the test: lxml's EXSLT
`re:test` calls back into Python for every element, several times slower on large pages.
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


def by_class_id(tree, pattern: str, limit: int | None = None, attr: str | None = None,
                with_tags: tuple[str, ...] = ()) -> list:
    """Elements whose "class id" (or one attribute, `attr`) matches `pattern` (case-insensitive),
    plus every element whose tag is in `with_tags`, in document order; at most `limit`."""
    rx = _compiled(pattern)
    xpath = f"//*[@{attr}]" if attr else "//*[@class or @id]"
    if with_tags:
        xpath = " | ".join([xpath] + [f"//{t}" for t in with_tags])
    out = []
    for el in tree.xpath(xpath):
        if el.tag in with_tags or rx.search(el.get(attr) or "" if attr else f"{el.get('class') or ''} {el.get('id') or ''}"):
            out.append(el)
            if limit is not None and len(out) >= limit:
                break
    return out
