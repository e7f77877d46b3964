"""Linking each office title to a person name, in this order of preference: "TITLE NAME" /
"TITLE, NAME", then "NAME, TITLE" and "NAME sebagai/selaku TITLE"; coordinated offices ("Wali
Kota dan Wakil Wali Kota X, A–B") and "dan Wakil/wakilnya NAME" after a linked office."""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from extract.components.common.casefold import lowered
from extract.components.officials.bodies import link_body_members
from extract.components.officials.captions import BYLINE, is_caption
from extract.components.officials.forms import nicknamed, unglued
from extract.components.officials.holders import HolderLists
from extract.components.officials.listed import listed_before
from extract.components.officials.pairs import after_dan, glued_pair, pair_before, pair_members
from extract.components.officials.places import bracket_place_end
from extract.components.officials.slips import respelt, spelt_titles
from extract.components.officials.speakers import holder_speaks, is_orphan_subject, speaker_after
from extract.components.officials.titles import DASHES, LINK_BEFORE_TITLE, Mention, _Title
from extract.components.officials.tokens import (
    Tok,
    tokenize,
    _ends_sentence,
    _is_headline,
    _is_headline_run,
    _join_wrapped_lines,
    _skipped_lines,
)
from extract.components.officials.windows import Openers, title_windows, unread_slips


# lower-case words of a relative clause between an office and its holders ("yang hadir di antaranya adalah")
MAX_CLAUSE_WORDS = 5


class OfficialsFinder(HolderLists):
    """Pure-Python linker over text (the spaCy component wraps it)."""

    def find(self, text: str) -> list[Mention]:
        """Every titled mention of a person in `text`.

        Titles and names never cross a line break, so only the lines that contain a word that can
        start a title are tokenised (most lines of most news articles have none).
        """
        if "\n" in text:
            text = _join_wrapped_lines(text, self.kb.open_line_words, self.kb.related_heading)
        low = lowered(text) if self.kb.start_low_re is not None else None
        windows = title_windows(self.kb, self._openers, text, low)
        if not windows:
            return []
        skipped = _skipped_lines(text, self.kb.related_heading)
        slips: dict[int, tuple[str, str]] = {}  # office words mistyped (slips.py)
        mentions: list[Mention] = []
        all_orphans: list[tuple[str, int, int]] = []  # offices named without their holder
        headlines: dict[int, bool] = {}
        unread: list[tuple[int, int]] = []  # windows where no office can start (openers.py)
        for a, b, line_a, may in windows:
            if skipped and any(x <= a < y for x, y in skipped):
                continue
            if not may and self._openers.plain(text, a, b):
                unread.append((a, b))
                continue
            toks = respelt(self.kb, unglued(self.kb.degrees_before, tokenize(text, a, b), text, a, b), slips)
            line_b = text.find("\n", line_a)
            line_b = len(text) if line_b < 0 else line_b
            if line_a not in headlines:
                # the last line of an excerpt cut mid-sentence is a paragraph, not a headline
                cut = line_a > 0 and line_b == len(text) and text[line_b - 1 : line_b].isalpha()
                # a byline ("Penulis: X, Kepala Ombudsman ...") is no headline
                line = text[line_a:line_b]
                headlines[line_a] = (
                    not cut and (_is_headline(line) or _is_headline_run(line)) and not BYLINE.match(text, line_a)
                )
            headline = headlines[line_a]
            orphans: list[tuple[str, int, int]] = []
            for mention in self._find_in_line(text, toks, orphans):
                mention.weak = headline and not is_caption(text, mention, line_b)
                mentions.append(mention)
            if not headline:
                all_orphans.extend(orphans)
        for title, _start, t_end in all_orphans:
            name = speaker_after(self, text, t_end, mentions)
            if name:
                mentions.append(self._titled(name, title, name[0].start, name[-1].end))
        end = len(text.rstrip())
        if end and text[end - 1].isalpha():
            # an excerpt cut mid-word ("... kepada Kepala Kanwil BPN Kal"): a lone word running into the cut is a
            # fragment of a name ("Rizal N" keeps a given name whole)
            mentions = [m for m in mentions if len(m.name_toks) > 1 or m.name_toks[-1].end < end]
        if unread and mentions:  # a mistyped office word is written right in the titles near it (slips.py)
            slips = unread_slips(self.kb, text, unread, [(m.start, m.end) for m in mentions], slips)
        return nicknamed(self.kb.called, text, spelt_titles(mentions, slips) if slips else mentions)

    @cached_property
    def _openers(self) -> Openers:
        return Openers(self.kb.heads, self.kb.prefixes, self.kb.title_words.slipped(self.kb.heads))

    def _find_in_line(self, text: str, toks: list[Tok], orphans: list | None = None) -> list[Mention]:
        claimed: set[int] = set()  # token indices already part of a linked mention
        index = {t.start: k for k, t in enumerate(toks)}
        mentions: list[Mention] = []
        titles = self._titles(toks)
        linked = self._link_title_first(text, toks, titles, index, claimed, mentions)
        self._link_name_first(text, toks, titles, index, claimed, mentions, linked)
        link_body_members(self, text, toks, titles, claimed, mentions, linked)
        if linked:  # (a deputy follows an office linked before it)
            self._link_deputies(toks, claimed, mentions, linked)
        if orphans is not None:
            orphans.extend(
                (text[toks[t.i].start : toks[j - 1].end], toks[t.i].start, toks[j - 1].end)
                for t, j in titles
                if t.i not in linked and is_orphan_subject(toks, t, j)
            )
        return [m for m in mentions if not self._is_staff(toks, index, m) and not self._only_a_place(m)]

    def _only_a_place(self, m: Mention) -> bool:
        """ "Kepala Perwakilan Ombudsman RI Jambi, sejumlah ...": a "name" that is a region is the title's place."""
        name = m.name_toks
        return bool(name) and self._match_seq(name, 0, self.kb.regions, len(name)) == len(name)

    def _titles(self, toks: list[Tok]) -> list[tuple[_Title, int]]:
        """Every office title of the line with the token after it (titles after a blocker left out)."""
        kb = self.kb
        n = len(toks)
        titles: list[tuple[_Title, int]] = []
        starts = self.kb.start_words
        i = 0
        # only a word that can start a title is tried (most words of a line are none)
        for k in [k for k, tok in enumerate(toks) if tok.key in starts and tok.kind == "w"]:
            if k < i:
                continue  # inside the title found before
            i = k
            t = self._title_at(toks, i)
            if t is None:
                continue
            blocked = any(self._match_seq(toks, s, kb.blockers, 2) == i - s for s in (i - 1, i - 2) if s >= 0)
            j = self._extend_tail(toks, t, n)
            if (
                (t.entry.get("needs_object") or t.entry.get("numeral"))
                and j - t.j <= 1
                and j < n
                and toks[j].kind == "w"
                and toks[j].key in starts
                and toks[j].cap
            ):
                inner = self._title_at(toks, j)
                if inner is not None and inner.head_i == j:
                    # the office another office serves: "Staf Ahli Gubernur", "Asisten II Sekda Kalteng"
                    j = self._extend_tail(toks, inner, n)
            if not blocked or holder_speaks(self, toks, i, j):
                titles.append((t, j))
            i = max(j, i + 1)

        return titles

    def _link_title_first(
        self, text: str, toks: list[Tok], titles, index: dict[int, int], claimed: set[int], mentions: list[Mention]
    ) -> dict[int, Mention]:
        """Pass 1: title then name. Returns the linked mentions by their title's first token."""
        n = len(toks)
        # "Bupati Lebong Kopli Ansori", "Sekda Lebong, Mustarani Abidin"
        linked: dict[int, Mention] = {}
        for idx, (t, j) in enumerate(titles):
            res = self._link_right(toks, t, j, n, claimed)
            if res is None:
                continue
            title_end, name, name_end = res
            if any(index[x.start] in claimed for x in name):
                continue  # "Staf Ahli Menteri Dalam Negeri ..., X": X already belongs to the outer office
            m = self._mention(text, toks, t.i, title_end, name, name_end)
            # coordinated: "Wali Kota dan Wakil Wali Kota Makassar, A–B"
            glued = glued_pair(name) if idx > 0 and after_dan(toks, titles[idx - 1], t, linked) else None
            if idx > 0 and (glued or name_end < n and toks[name_end].text in DASHES):
                second = (glued[1], name_end) if glued else self._name_right(toks, name_end + 1, n, False)
                prev_t, prev_j = titles[idx - 1]
                if second and prev_t.i not in linked and prev_j + 1 == t.i and toks[prev_j].low == "dan":
                    name = glued[0] if glued else name
                    # the first office shares the second one's tail: "Wali Kota" + " Makassar"
                    tail = text[toks[t.j].start : toks[title_end - 1].end] if t.j < title_end else ""
                    first_title = text[toks[prev_t.i].start : toks[prev_j - 1].end] + (" " + tail if tail else "")
                    m1 = self._titled(name, first_title.strip(), toks[prev_t.i].start, name[-1].end)
                    mentions.append(m1)
                    linked[prev_t.i] = m1
                    name2, end2 = second
                    m = self._mention(text, toks, t.i, title_end, name2, end2)
                    claimed.update(range(name_end, end2))
            elif pair_before(self.kb.pair_words, toks, t.i):
                title = text[toks[t.i].start : toks[title_end - 1].end]
                for k, (members, end, seat) in enumerate(pair_members(self, toks, name_end, n)):
                    office = f"{title} {seat}" if seat else title
                    if k == 0:
                        m.title = office  # the first pair's first name is the office's own link
                    for partner in members:
                        mentions.append(self._titled(partner, office, partner[0].start, partner[-1].end))
                    claimed.update(range(name_end, end))
            elif (
                t.i > 0
                and toks[t.i - 1].low in self.kb.plural_markers
                or self._linked_after(toks, title_end)
                or self._linked_after(toks, index[name[0].start] - 1)
                or self._closed_list(toks, name_end, n)
                or self._collegial_pair(toks, t, name_end, n)
            ):
                end = self._listed_holders(text, toks, m.title, name_end, n, mentions)
                claimed.update(range(name_end, end))
            linked[t.i] = m
            mentions.append(m)
            claimed.update(range(t.i, name_end))
        return linked

    def _collegial_pair(self, toks: list[Tok], t: _Title, k: int, n: int) -> bool:
        """ "Anggota Ombudsman RI A dan B": two names after a member of a collegial body are both members
        ("Bupati A dan B" is not read so: the second may hold another office)."""
        return (
            bool(t.entry.get("collegial"))
            and k + 1 < n
            and toks[k].low == "dan"
            and self._title_at(toks, k + 1) is None
            and not self._is_degree_after(toks[k + 1])
        )

    def _link_name_first(
        self,
        text: str,
        toks: list[Tok],
        titles,
        index: dict[int, int],
        claimed: set[int],
        mentions: list[Mention],
        linked: dict[int, Mention],
    ) -> None:
        """Pass 2: name before the title ("Ahmad Thamrin, Pelaksana Tugas (Plt) Kepala Biro ...")."""
        n = len(toks)
        for t, j in titles:
            if t.i in linked or t.i == 0:
                continue
            before = toks[t.i - 1]
            name_end = t.i - 1
            linker = self._linker_start(toks, t.i)
            if linker < t.i - 1 or before.kind == "w" and linker == t.i - 1:
                name_end = linker  # "Budi Santoso yang juga menjabat sebagai Kepala Dinas Kesehatan"
            elif before.text == "(" and j < n and toks[j].text == ")":
                pass  # "Budi Santoso (Bupati Lebong)"
            elif before.text == "(" and (close := bracket_place_end(toks, j, n)) is not None:
                j = close  # "Budi Santoso (Kades Sei Tatas)": a place the gazetteer lacks
            elif self._after_speech_verb(toks, t.i):
                name_end = t.i  # no comma between the name and the title
            elif self._is_degree_after(before) and toks[t.i].cap:
                name_end = t.i  # "Arif S.H., M.M. Kepala Kejati": the degrees close the name before
            elif not (before.text == "," or before.low in LINK_BEFORE_TITLE):
                continue
            name = self._name_left(toks, name_end)
            if name and any(t2.i <= index[name[0].start] < j2 for t2, j2 in titles):
                continue  # "Karo Rena, Dir Intelkam": the word before the comma closes another office
            if name and not any(index[x.start] in claimed for x in name):
                title = text[toks[t.i].start : toks[j - 1].end]
                m = self._titled(name, title, name[0].start, toks[j - 1].end)
                linked[t.i] = m
                mentions.append(m)
                for o in listed_before(self, toks, (name_end, t.i), t.entry, index[name[0].start], index):
                    mentions.append(self._titled(o, title, o[0].start, toks[j - 1].end))  # "A, B, dan C selaku anggota"

    def _linker_start(self, toks: list[Tok], i: int) -> int:
        """Index of the first of the linking words (and commas) right before the office at i; i if none."""
        k = i
        while (
            k > 0
            and i - k < 5
            and (
                toks[k - 1].text == ","
                or toks[k - 1].kind == "w"
                and toks[k - 1].text.islower()
                and toks[k - 1].low in self.kb.linkers_before_title
            )
        ):
            k -= 1
        return k

    def _after_speech_verb(self, toks: list[Tok], end: int) -> bool:
        """ "ujar Budi Santoso Kepala Dinas ...", "disampaikan Dr Budi Santoso Kepala ...", "melalui Budi Santoso
        Asisten ...": a name right before the title, introduced by a verb of saying or a word that hands over
        to a person (models/officials/name_introducers.txt), honorifics between them skipped."""
        name = self._name_left(toks, end) if toks[end - 1].cap else None
        if not name:
            return False
        k = next(x for x in range(end - 1, -1, -1) if toks[x] is name[0] or toks[x] == name[0]) - 1
        while k >= 0 and self._is_degree_before(toks[k]):
            k -= 1  # "ujar Prof. Budi Santoso Ketua ..."
        return k >= 0 and toks[k].kind == "w" and toks[k].text.islower() and toks[k].low in self.kb.name_introducers

    def _link_deputies(
        self, toks: list[Tok], claimed: set[int], mentions: list[Mention], linked: dict[int, Mention]
    ) -> None:
        """Pass 3: "Bupati A dan Wakil B", "wali kota dan wakilnya B", "Gubernur A bersama Wakilnya B"."""
        kb = self.kb
        n = len(toks)
        by_pos = sorted(linked.items())
        keys = [i0 for i0, _ in by_pos]
        for k, tok in enumerate(toks):
            if tok.text[:1] not in "Ww" or tok.low not in ("wakil", "wakilnya") or k in claimed or k + 1 >= n:
                continue
            if self._match_seq(toks, k, kb.heads, kb.max_head) > 1:
                continue
            last = bisect.bisect_left(keys, k) - 1  # the office linked just before this "wakil"
            prev = [by_pos[last][1]] if last >= 0 and 0 <= tok.start - by_pos[last][1].end <= 40 else []
            if not prev or toks[k - 1].low not in ("dan", "serta", ",", "bersama"):
                continue
            after = k + 2 if toks[k + 1].text == "," and k + 2 < n else k + 1  # "bersama wakilnya, B"
            res = self._name_right(toks, after, n, False)
            if not res:
                continue
            name, name_end = res
            base = re.sub(
                r"^(pj|pjs|plt|plh|penjabat|pejabat sementara|pelaksana tugas|pelaksana harian)\.?\s+(\(\w+\)\s+)?",
                "",
                prev[-1].title,
                flags=re.IGNORECASE,
            )
            word = "Wakil" if tok.text[0].isupper() else "wakil"
            mentions.append(self._titled(name, f"{word} {base}", tok.start, name[-1].end))
            claimed.update(range(k, name_end))

    def _link_right(self, toks, t: _Title, j: int, n: int, claimed: set[int]):
        """(title_end, name_tokens, name_end) for the name right after the title, or None."""
        entry = t.entry
        last = toks[j - 1]
        if _ends_sentence(last) or j - 1 >= t.j and last.text.endswith(".") and (last.key,) in self.kb.regions:
            return None  # "... Provinsi Bali. Enam OPD tersebut": a short place closes the sentence
        needs_object = entry.get("needs_object") and j == t.j
        if entry.get("team_member") and j > t.j and all(toks[x].low in self.kb.team_words for x in range(t.j, j)):
            return None  # "dua anggota tim, A dan B": members of a team hold no office (its leader does)
        k = j
        res = self._name_right(toks, k, n, True) if not needs_object else None
        if res is None and k < n and toks[k].kind == "w" and toks[k].text[0].isupper():
            # an honorific marks where the name starts: "... Republik Indonesian Ir Boby ...",
            # "Kepala Puskesmas Sukaraja Hj. Nurhayati"
            for r in range(k + 1, min(n, k + 5)):
                if toks[r].kind != "w":
                    break
                if self._is_degree_before(toks[r]):
                    res2 = self._name_right(toks, r, n, False)
                    if res2:
                        return r, res2[0], res2[1]
                    break
        if j < n and not needs_object:
            # "TITLE NAME" (no comma)
            if res is not None:
                name, end = res
                if not self._looks_like_place(toks, name, end) and not self._name_after_comma(toks, end, n, j):
                    return j, name, end
        if j + 2 < n and toks[j].low in ("itu", "tersebut") and toks[j + 1].text == "," and j > t.j:
            res = self._name_right(toks, j + 2, n, False)  # "ujar Kepala Dinas Kesehatan Agam itu, Budi Santoso"
            if res is not None:
                return j, res[0], res[1]
        k = j + 1 if j + 2 < n and toks[j].low == "yang" and j > t.j else n
        while k < min(n, j + 1 + MAX_CLAUSE_WORDS) and toks[k].kind == "w" and toks[k].text.islower():
            k += 1  # "Kepala Ombudsman RI Perwakilan Jambi yang baru (dilantik), Budi Santoso"
        if j + 1 < k < n - 1 and (toks[k].text == "," or self._linked_after(toks, k - 1)):
            # "... yang baru, Budi", "anggota Komisi II yang hadir di antaranya adalah A, B dan C"
            res = self._name_right(toks, k + 1 if toks[k].text == "," else k, n, False)
            if res is not None:
                return j, res[0], res[1]
        if j + 3 < n and toks[j].text == "," and j > t.j:
            # the seat's province between commas: "Bupati Landak, Kalimantan Barat, Karolin Natasa"
            r = self._match_seq(toks, j + 1, self.kb.regions, self.kb.max_region)
            if r and j + 2 + r < n and toks[j + 1 + r].text == ",":
                res = self._name_right(toks, j + 2 + r, n, False)
                if res is not None and not self._looks_like_place(toks, res[0], res[1]):
                    return j, res[0], res[1]
        if j < n and (toks[j].text == "," or toks[j].text == ":" and j > t.j or self._linked_after(toks, j)):
            # ", yaitu A, B dan C": a linking word after the comma
            after = j + 2 if toks[j].text == "," and self._linked_after(toks, j + 1) else j + 1
            res = self._name_right(toks, after, n, False)
            if res is not None:
                return j, res[0], res[1]
        # an office object that is not in our word list: "Direktur Eksekutif Parameter Publik Indonesia, Ras MD"
        k = j
        while (
            k < n
            and k - j < 8
            and toks[k].kind == "w"
            and (any(c.isupper() for c in toks[k].text) or toks[k].low in ("dan", "&"))
        ):
            if k > j and (self._is_degree_before(toks[k]) or self._title_at(toks, k)):
                break  # a second office starts here: "Wali Kota dan Wakil Wali Kota X, A–B"
            k += 1
        if k > j and k < n and toks[k].text == ",":
            res = self._name_right(toks, k + 1, n, False)
            if res is not None:
                return k, res[0], res[1]
        return None

    def _looks_like_place(self, toks, name: list[Tok], end: int) -> bool:
        """A "name" that contains office words belongs to the title ("Parameter Publik Indonesia")."""
        # "Anak Agung Gde Mayun": the noble title is no office; nor is a given name spelt like a function word
        # ("Dan Satriana"), which the name grammar read as one in its sentence
        lead = self._particle_at(name, 0, len(name)) or int(name[0].text in self.kb.function_word_names)
        # an office word that is also a name word may close a name ("... Jaya Negara"), and open one only
        # before a name word ("Agung Pratama"; the title grammar keeps "Jaksa Agung" whole)
        if any(
            t.low in self.kb.title_words
            and not (
                t.low in self.kb.title_words_in_names
                and (x > lead or x + 1 < len(name) and name[x + 1].low not in self.kb.title_words)
            )
            for x, t in enumerate(name)
            if x >= lead
        ):
            return True
        nxt = toks[end] if end < len(toks) else None
        return bool(
            nxt is not None
            and nxt.cap
            and not _ends_sentence(name[-1])
            and (nxt.low in self.kb.title_words or self._match_seq(toks, end, self.kb.regions, 3))
        )

    def _mention(self, text, toks, ti, title_end, name, name_end) -> Mention:
        title = text[toks[ti].start : toks[title_end - 1].end]
        return self._titled(name, title, toks[ti].start, name[-1].end)

    def _is_staff(self, toks, index: dict[int, int], m: Mention) -> bool:
        idx = index.get(m.name_toks[0].start)
        if idx is None or m.end > m.name_toks[-1].end:
            return False  # "Penulis: X, Kepala Ombudsman ...": a column's author named with the office held
        for k in range(idx - 1, max(-1, idx - 3), -1):
            if toks[k].kind == "nl":
                break
            # "Penulis: X", "Oleh X" at the start of a line; not "dipimpin oleh X"
            if (
                toks[k].key in self.kb.role_words
                and toks[k].text[0].isupper()
                and (k == 0 or toks[k - 1].kind == "nl" or toks[k + 1].text in (":", "/"))
            ):
                return True
        return False
