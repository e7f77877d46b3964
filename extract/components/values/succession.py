"""Places told by succession over a list of names (a mixin of Values, extract/components/values/component.py):
"peringkat pertama yakni Kabupaten A, kemudian B, C dan D" gives B, C and D the places 2, 3 and 4;
"peringkat ke delapan yakni X, selanjutnya Y, Z dan terakhir W" gives 9, 10 and 11 (DECISIONS.md "Ranks":
a list the text calls a ranking, told by succession, gives consecutive places); and the one named behind a second
place ("kedua, setelah Kemlu", "peringkat 2 kabupaten/kota di bawah perolehan nilai tertinggi yakni X") is first.

Only a list of bare names (no numbers after the succession word up to the end of the sentence, each item a
few capitalised words): "..., kemudian Kota B dengan nilai 90,10" or "..., kemudian Ombudsman menyerahkan
piagam" is no such list. Knowledge: models/values.yaml `rank_then_words` (the succession words), `rank_behind_words`,
`field_count_nouns`."""

from __future__ import annotations

import re

from extract.components.common.casefold import scan
from extract.components.common.knowledge import words_alt
from extract.components.common.mentions import Value

_SENT_END = re.compile(r"[.!?](?=\s|$)|\n|$")
# a level word in lower case may open an item ("kota Pekanbaru")
_ITEM_OPEN = r"(?=[A-Z]|(?:kota|kabupaten|kab\.|provinsi|pemkab|pemkot|pemprov)\s+[A-Z])"
# between two items: a comma or "dan"/"serta", and "terakhir" before the last one
_ITEM_SEP = re.compile(rf"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)(?:terakhir\s+)?{_ITEM_OPEN}")
MAX_ITEM_WORDS = 4
REACH = 90  # from the place named to the succession word: the first member and its introducer
BELOW_REACH = 800  # from a place told to the first "peringkat di bawahnya" (a few sentences)
BELOW_NEXT = 250  # from one "di bawahnya" to the next (the sentence after)


class SuccessionRanks:
    def _load_behind(self, v: dict) -> None:
        """ "peringkat kedua (secara nasional), di bawah Provinsi X"; "peringkat 2 kabupaten / kota di bawah perolehan
        nilai tertinggi yakni pemkab X": the field ranked and the top score's holder named after "yakni"."""
        behind = v.get("rank_behind_words", [])
        nouns = words_alt(v.get("field_count_nouns", ["kabupaten"]))
        self.rank_behind = (
            re.compile(
                rf"(?:\s+(?:secara\s+|tingkat\s+)?nasional|\s+(?:{nouns})(?:\s*/\s*(?:{nouns}))?)?\s*,?\s*"
                rf"(?:{words_alt(behind)})\s+(?:(?:perolehan\s+)?(?:nilai|skor)(?:\s+\w+)?\s+(?:yakni|yaitu|adalah)\s+)?"
                r"(?=[A-Z]|(?:pemkab|pemkot|pemko|pemprov)\s)",
                re.IGNORECASE,
            )
            if behind
            else None
        )

    def behind_ranks(self, text: str, ranks: list[Value]) -> list[Value]:
        """ "posisi nomor dua, setelah Kementerian Luar Negeri": the one named after "setelah" is
        first (one plain step; behind a third place the one ahead may be second or share it)."""
        out = []
        for r in ranks:
            m = self.rank_behind.match(text, r.end) if self.rank_behind is not None and r.value == 2 else None
            if m:
                # on the words before the name ("di bawah "), so the name after them is its holder
                out.append(Value("rank", 1, m.start(), m.end(), scope=r.scope, forward=True))
        return out

    def _load_succession(self, v: dict) -> None:
        self._load_behind(v)
        then = v.get("rank_then_words", [])
        self.succession_word = (
            re.compile(rf"(?i),\s*(?:{words_alt(then)})\s*,?\s+(?:oleh\s+)?{_ITEM_OPEN}") if then else None
        )
        below, links = v.get("rank_below_words", []), v.get("rank_below_links", [])
        # a sentence opening with "(Kemudian) peringkat di bawahnya (lagi) ditempati/ada ..." before a name
        self.below_word = (
            re.compile(
                rf"(?:(?<=[.!?]\s)|(?<=\n)|^)(?i:(?:(?:{words_alt(then)})\s+)?(?:{words_alt(below)})(?:\s+lagi)?,?\s+"
                rf"(?:(?:{words_alt(links)})\s+)?(?:oleh\s+)?){_ITEM_OPEN}"
            )
            if below and then and links
            else None
        )

    def below_ranks(self, text: str, ranks: list[Value]) -> list[Value]:
        """ "X meraih peringkat satu ... Peringkat di bawahnya ditempati Y ... Kemudian di bawahnya lagi ada Z":
        sentences told one below the one before give Y and Z the places after the last place told before them
        (no other place between, each within a few sentences of the one before)."""
        if self.below_word is None:
            return []
        found = list(scan(self.below_word, text))  # (tried only where a match can begin: casefold.scan)
        if not found:
            return []
        told = sorted((r for r in ranks if isinstance(r.value, int) and not r.forward), key=lambda r: r.start)
        out: list[Value] = []
        for r in told:
            if not isinstance(r.value, int):
                continue
            place, pos, reach = r.value, r.end, BELOW_REACH
            for m in found:
                if m.start() < pos:
                    continue
                if m.start() - pos > reach or any(pos <= o.start < m.start() for o in told):
                    break
                place += 1
                out.append(Value("rank", place, m.start(), m.end(), scope=r.scope, forward=True))
                pos, reach = m.end(), BELOW_NEXT
        return out

    def succession_ranks(self, text: str, ranks: list[Value]) -> list[Value]:
        if self.succession_word is None:
            return []
        out: list[Value] = self.below_ranks(text, ranks)
        for r in ranks:
            if not isinstance(r.value, int) or r.forward:
                continue
            stop = _SENT_END.search(text, r.end)
            end = stop.start() if stop else len(text)
            m = self.succession_word.search(text, r.end, min(end, r.end + REACH))
            if m is None or "," in text[r.end : m.start()] or re.search(r"\d", text[m.end() : end]):
                continue  # another clause first, or a list with scores (no ranking by order alone)
            seps = list(_ITEM_SEP.finditer(text, m.end(), end))
            bounds = [m.end(), *(s.end() for s in seps), end]
            items = [text[a:b] for a, b in zip(bounds, [*(s.start() for s in seps), end])]
            if any(len(it.split()) > MAX_ITEM_WORDS for it in items):
                continue  # a clause, not a list of names
            out.append(Value("rank", r.value + 1, m.start(), m.end(), scope=r.scope, forward=True))
            out.extend(
                Value("rank", r.value + k, s.start(), s.end(), scope=r.scope, forward=True)
                for k, s in enumerate(seps, start=2)
            )
        return out
