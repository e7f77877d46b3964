"""Region names with their words run together: "Tulang Bawang Barat" is also written "Tulangbawang Barat"
and "TulangBawang Barat" (as "Gunung Kidul" / "Gunungkidul"), so the gazetteer's forms are spelt both ways."""

from __future__ import annotations

import re


def joined_spellings(form: str, taken: set[str]) -> set[str]:
    """A name and its spellings with words run together (see the module); only title-case words of a name
    of at most four words, and never a form the gazetteer lists itself."""
    words = form.split(" ")
    if not 1 < len(words) <= 4 or not all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words):
        return {form}
    out = {form}
    for mask in range(1, 2 ** (len(words) - 1)):
        for camel in (False, True):
            parts = [words[0]]
            for i, w in enumerate(words[1:]):
                if mask >> i & 1:
                    parts[-1] += w if camel else w.lower()
                else:
                    parts.append(w)
            joined = " ".join(parts)
            if joined not in taken:
                out.add(joined)
    return out
