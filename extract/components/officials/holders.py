"""Several holders of one office: "para Asisten A, B dan C", "Anggota Ombudsman RI, yaitu A, S.H., B",
"anggota Komisi II yang hadir adalah A, B, serta C", "Asisten Ombudsman RI A, B, dan C"; and the test that
tells such a list from an office's object followed by one holder ("Direktur Lembaga X, Budi, ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.components.officials.names import NameGrammar
from extract.components.officials.titles import Mention
from extract.components.officials.tokens import Tok, _ends_sentence

# names read after one plural office at most ("para Asisten A, B, C dan D")
MAX_LISTED_HOLDERS = 10


class HolderLists(NameGrammar):
    if TYPE_CHECKING:  # the place test of the linking pass (officials/linking.py), which builds on this class

        def _looks_like_place(self, toks: list[Tok], name: list[Tok], end: int) -> bool: ...

    def _listed_holders(self, text: str, toks: list[Tok], title: str, k: int, n: int, mentions: list) -> int:
        """ "para Kepala Keasistenan Ombudsman Jambi A, B dan C": the names listed after the first one
        hold the plural office too; the index after the last of them."""
        closed = False  # "A dan B, serta C": the list of holders ended with B
        for _ in range(MAX_LISTED_HOLDERS):
            while k + 1 < n and toks[k].text == "," and self._is_degree_after(toks[k + 1]):
                k += 2  # "A, S.H., M.Si, B": the degrees written after each listed name
            j = k
            if j < n and toks[j].text == ",":
                j += 1
            if closed:
                break
            if j < n and toks[j].low in ("dan", "serta"):
                closed = True
                j += 1
            if j == k or j >= n or self._title_at(toks, j):
                break
            res = self._name_right(toks, j, n, False)
            if res is None or self._looks_like_place(toks, res[0], res[1]):
                break
            mentions.append(self._titled(res[0], title, res[0][0].start, res[0][-1].end))
            k = res[1]
        return k

    def _closed_list(self, toks: list[Tok], k: int, n: int) -> bool:
        """ ", B, dan C" / ", B serta C" after a linked name: one office written for three or more
        people ("Asisten Ombudsman RI A, B, dan C")."""
        if k >= n or toks[k].text != "," or self._title_at(toks, k + 1):
            return False
        res = self._name_right(toks, k + 1, n, False)
        if res is None or res[1] >= n:
            return False
        j = res[1] + 1 if toks[res[1]].text == "," else res[1]
        if j >= n or toks[j].low not in ("dan", "serta") or self._title_at(toks, j + 1):
            return False
        return self._name_right(toks, j + 1, n, False) is not None

    def _name_after_comma(self, toks, end: int, n: int, start: int | None = None) -> bool:
        """ ", Person Name," right after a would-be name: the would-be name was the office's object
        ("Direktur Eksekutif Lembaga Kajian Nusantara Raya, Taufik Hidayat, memaparkan")."""
        if end >= n or toks[end].text != "," or _ends_sentence(toks[end - 1]):
            return False
        after_region = start is not None and any(
            self._match_seq(toks, start - size, self.kb.regions, size) == size
            for size in range(1, min(start, self.kb.max_region) + 1)
        )
        res = self._name_right(toks, end + 1, n, False)
        if res is None or self._title_at(toks, end + 1):
            return False
        after = toks[res[1]] if res[1] < n else None
        if after is not None and after.text in (",", "dan", "serta"):
            k = res[1] + 1
            closing = False  # "A, B, dan C" closes a list of holders; "Lembaga X, A dan B" names two people
            if after.text == "," and k < n and toks[k].low in ("dan", "serta"):
                k, closing = k + 1, True
            if (
                (after_region or closing)
                and k < n
                and not self._title_at(toks, k)
                and self._name_right(toks, k, n, False) is not None
            ):
                # "para Kepala Keasistenan Ombudsman Jambi A, B dan C": names listed after the region;
                # "Asisten Ombudsman RI A, B, dan C": a list closed by "dan" is of holders, not of objects
                return False
        return after is None or after.text in (",", ".") or (after.kind == "w" and after.text[0].islower())

    def _titled(self, name: list[Tok], title: str, start: int, end: int) -> Mention:
        """A titled mention of `name`, whose initials are read with the knowledge's abbreviations."""
        return Mention(name, title, start, end, abbreviations=self.kb.name_abbreviations)

    def _linked_after(self, toks: list[Tok], j: int) -> bool:
        """ "Asisten Ombudsman yaitu A dan B": a lower-case linking word between an office and its holders."""
        return j < len(toks) and toks[j].kind == "w" and toks[j].text in self.kb.linkers_after_title
