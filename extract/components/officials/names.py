"""Person names next to an office title: honorifics before and degrees after skipped, initials,
particles ("bin", "van der"), nicknames in quotes or parentheses, two names joined by "dan"."""

from __future__ import annotations

import re

from extract.components.officials.titles import (
    DOTTED_INITIALS,
    HAJI_INITIAL,
    LEVEL_WORDS,
    MAX_NAME_TOKENS,
    QUOTES,
    TitleGrammar,
    _is_initial,
)
from extract.components.officials.tokens import Tok, _key


PAIR_DOTTED = re.compile(r"[A-Z]{2}\.")  # two initials with one dot after both ("FX. Mote")

# a demonstrative right after one capitalised word points back at a thing, never at a person's name
DEMONSTRATIVES = {"itu", "ini", "tersebut"}


# "H.", "HM", "H.A." (Haji, alone or with a given name's initial) may stand inside a name, before a father's
# name ("Rusdi H.M Karim"): there it does not restart the name
HAJI_KEYS = frozenset({"h", "hm", "ha"})


class NameGrammar(TitleGrammar):
    def _is_name_word(self, t: Tok, first: bool) -> bool:
        if t.kind != "w" or not t.text[0].isupper():
            return False
        b = t.bare
        low = b.lower()
        if low in self.kb.not_names or _key(b) in self.kb.not_names:
            return False
        if "-" in low and low.split("-", 1)[0] + "-" in self.kb.not_names:
            return False  # "Bupati dan Walikota Se-Sumatera Utara": a word prefix that makes a place phrase
        if low in self.kb.title_words_in_names and low not in self.kb.stop_words:
            return True  # "Agung", "Negara": name words too; where they close an office the title grammar keeps them
        if self._title_word(low, first) or low in self.kb.stop_words or t.key in self.kb.start_words:
            return False  # office words ("Kepala", "Wakil", "Dinas") are never part of a name
        if any(c.isdigit() for c in b):
            return False
        if "-" in b and all((_key(part),) in self.kb.regions for part in b.split("-") if part):
            return False  # "Perwakilan Kaltim-Kaltara": places joined, the end of an office
        if first and DOTTED_INITIALS.fullmatch(t.text) and len(b.replace(".", "")) >= 3:
            # "Drs. O.D.S. Mandagi": three or more dotted initials open a name ("R.I." is no name)
            return t.key not in self.kb.title_words and (t.key,) not in self.kb.regions
        if b.isupper() and len(b) > 1:
            return not first and len(b) <= 3  # "Ras MD"; an acronym never starts a name
        return True

    def _title_word(self, low: str, first: bool) -> bool:
        """An office word; inside a name only as spelt in the list: a name word one letter off an office
        word ("Efendi Parlindungan Purba", not "Perlindungan") goes on with the name."""
        return low in self.kb.title_words if first else set.__contains__(self.kb.title_words, low)

    def _initials_name(self, toks, k: int, end_limit: int) -> bool:
        """Two capitals written as a given name's initials ("SF Hariyanto", "HM Nurdin", "R.Z. Panca") right
        before a proper name word; not an honorific ("KH"), a degree or a title acronym."""
        t = toks[k]
        # "R.Z. Panca Putra", "FX. Mote" (one dot after both); "HM. Budi" is an honorific
        dotted = (
            DOTTED_INITIALS.fullmatch(t.text) or PAIR_DOTTED.fullmatch(t.text) and not HAJI_INITIAL.fullmatch(t.text)
        )
        letters = t.text.replace(".", "") if dotted else t.bare
        if (
            t.kind != "w"
            or "." in t.text
            and not dotted
            or len(letters) != 2
            or not letters.isupper()
            or not letters.isalpha()
        ):
            return False
        if (
            self._is_degree_before(t)
            or t.key in self.kb.degrees_after
            or t.low in self.kb.title_words
            or t.key in self.kb.not_names
        ):
            return False
        nxt = toks[k + 1] if k + 1 < end_limit else None
        return nxt is not None and self._is_name_word(nxt, first=True) and not nxt.bare.isupper()

    def _particle_at(self, toks, k: int, end_limit: int) -> int:
        """Length of a noble title that opens a name (models/officials/name_particles.txt) at k,
        when a capitalised name word follows it, or of a given name spelt like a function word
        (_function_word_name); 0 otherwise."""
        if k + 1 >= end_limit or k >= len(toks):
            return 0
        if self._function_word_name(toks, k, end_limit):
            return 1
        for p in self.kb.particles_by_first.get(toks[k].bare, ()):
            n = len(p)
            if (
                k + n < end_limit
                and tuple(t.bare for t in toks[k : k + n]) == p
                and self._is_name_word(toks[k + n], False)
                and toks[k + n].bare[1:].islower()
            ):
                return n
        return 0

    def _function_word_name(self, toks, k: int, end_limit: int) -> bool:
        """ "Kepala Ombudsman Jawa Barat Dan Satriana menyerahkan", "..., Dan Satriana, meminta": a given name
        spelt like a function word (models/officials/function_word_names.txt), capitalised inside a sentence
        (after a comma or an office's last word; the function word is capitalised only at a sentence start),
        opens a name when one capitalised name word follows that a comma, the sentence's end or a lower-case
        verb closes (a title-case headline, "Bupati Dan Wakil Bupati Hadiri ...", has no such close)."""
        t = toks[k]
        if t.kind != "w" or t.text not in self.kb.function_word_names or k == 0 or k + 1 >= end_limit:
            return False
        before = toks[k - 1]
        if before.text != "," and not (before.kind == "w" and before.cap and not before.text.endswith(".")):
            return False
        nxt = toks[k + 1]
        if not (self._is_name_word(nxt, first=False) and nxt.bare[1:].islower() and len(nxt.bare) > 2):
            return False
        after = toks[k + 2] if k + 2 < end_limit else None
        if after is None or nxt.text.endswith(".") or after.text in (",", "."):
            return True  # the name closed by punctuation or the sentence's end ...
        return after.kind == "w" and after.text.islower()  # ... or by its verb ("Dan Satriana mengusulkan")

    def _split_degree_at(self, toks, k: int, end_limit: int) -> bool:
        """ "Abyadi Siregar S Sos": a degree written without its dot, as an initial and a capitalised rest
        (a lone trailing initial, "Handoko S", stays in the name)."""
        if k + 1 >= end_limit or len(toks[k].bare) != 1 or not toks[k].cap or not toks[k + 1].cap:
            return False
        return f"{toks[k].key}{toks[k + 1].key}" in self.kb.degrees_after and toks[k + 1].kind == "w"

    def _note_or_rank_end(self, toks, k: int, end_limit: int) -> int:
        """The end of a bracketed note among the honorifics ("Dr. (Cand.) Ir. Budi", "Komjen Pol (Purn)
        Budi") or of the longest rank written out in words at k ("Komisaris Besar Polisi", capitalised
        first word, a name after it); k when there is neither."""
        if toks[k].text == "(" and k + 2 < end_limit and toks[k + 1].key in self.kb.degrees_bracketed:
            return k + 3 if toks[k + 2].text == ")" else k
        if not toks[k].cap:
            return k
        best = k
        for rank in self.kb.ranks_written:
            end = k + len(rank)
            if end < end_limit and end > best and tuple(t.key for t in toks[k:end]) == rank and toks[end].cap:
                best = end
        return best

    # -- names
    def _name_right(self, toks, j, end_limit, allow_restart: bool) -> tuple[list[Tok], int] | None:
        """A person name starting at j: honorifics skipped, degrees after it consumed."""
        k = j
        while k < end_limit:
            if self._is_degree_before(toks[k]) or HAJI_INITIAL.fullmatch(toks[k].text) and k + 1 < end_limit:
                k += 1  # "Drs. HA. Timbul Prihanjoko": "H." for Haji run together with an initial, dotted
            elif (skipped := self._note_or_rank_end(toks, k, end_limit)) > k:
                k = skipped  # "Dr. (Cand.) Ir. Budi"; "Komisaris besar Polisi Beno": a rank in words
            elif k > j and toks[k].cap and toks[k].key in self.kb.rank_words and self._is_degree_before(toks[k - 1]):
                k += 1  # "Kombes Polisi Arif Rahman": the corps written out after the rank
            elif k > j and toks[k].text == "," and self._is_degree_before(toks[k - 1]) and k + 1 < end_limit:
                k += 1  # "Sekda Kapuas, Drs, Septedy": a comma typed for the honorific's dot
            else:
                break
        name: list[Tok] = []
        while k < end_limit and len(name) < MAX_NAME_TOKENS:
            t = toks[k]
            if not name and self._given_abbreviation(toks, k, end_limit):
                name.append(t)  # "St. Zubaidah": the abbreviated given name, not the degree "ST"
                k += 1
                continue
            if name and allow_restart and self._is_degree_before(t) and t.bare[:1].isupper() and t.key not in HAJI_KEYS:
                return None  # "Wakil Ketua Ombudsman Republik Indonesian Ir Boby ...": caller restarts
            if (
                self._is_degree_after(t)
                or name
                and (self._bare_degree_at(toks, k, end_limit, len(name)) or self._split_degree_at(toks, k, end_limit))
            ):
                break  # a degree ends a name, and never starts one (", S.Sos.I., M.H.,"; "Siregar S Sos")
            if name and t.text in QUOTES:
                skip = self._nickname_end(toks, k, end_limit)
                if skip:
                    k = skip  # 'Muhammad "Aang" Nurjaman': the nickname is no part of the official name
                    continue
            if not name and self._initials_name(toks, k, end_limit):
                name.append(t)
                k += 1
                continue
            particle = self._particle_at(toks, k, end_limit) if not name else 0
            if particle:
                name.extend(toks[k : k + particle])  # "dr. Lalu Herman", "Anak Agung Gde Mayun": part of the name
                k += particle
                continue
            if (
                not self._is_name_word(t, first=not name)
                and not (
                    (name or k > j)
                    and t.low in self.kb.title_words_in_names
                    and t.cap
                    and (
                        k + 1 < end_limit
                        and toks[k + 1].cap
                        or len(name) >= 2
                        and self._name_closes_after(toks, k, end_limit)
                    )
                )
                and not self._closes_name(toks, k, end_limit, name)
                and not (name and self._common_word_inside(toks, k, k + 1, end_limit))
                and not (name and self._common_word_closing(toks, k, end_limit))
            ):
                break  # "Hary Agung Tjahyadi", "dr. Agung Budi": a title word ("Jaksa Agung") as a name
            name.append(t)
            k += 1
            if (
                t.text.endswith(".")
                and not _is_initial(t, self.kb.name_abbreviations)
                and not DOTTED_INITIALS.fullmatch(t.text)
            ):
                break  # sentence end: "..., Maria Ulfa."
        if not name or not any(
            len(t.bare) > 1 and not _is_initial(t, self.kb.name_abbreviations) or len(t.bare) > 3 for t in name
        ):
            return None
        if name[0].bare in ("I", "Ni") and len(name) == 1:
            return None
        if len(name) == 1 and k < end_limit and toks[k].low in DEMONSTRATIVES:
            return None  # "Ketua Umum Apkasi itu mengatakan": a body named after the office, not a person
        return name, k

    def _common_word_inside(self, toks, k: int, nxt: int, end_limit: int) -> bool:
        """A capitalised common word that is also a given name ("Hari") at k, with the name going on at
        `nxt` (a name word that is no common word): "Ribut Hari Wibowo", never "Budi Hari Ini"."""
        t = toks[k]
        return (
            t.kind == "w"
            and t.cap
            and t.bare[1:].islower()
            and t.low in self.kb.common_words_in_names
            and 0 <= nxt < end_limit
            and self._is_name_word(toks[nxt], first=False)
            and toks[nxt].low not in self.kb.common_words_in_names
        )

    def _common_word_closing(self, toks, k: int, end_limit: int) -> bool:
        """ "Muh. Kabir Sana, S.T.": a common word that is also a name closes a name when a degree follows it."""
        t = toks[k]
        return (
            t.kind == "w"
            and t.cap
            and t.bare[1:].islower()
            and t.low in self.kb.common_words_in_names
            and k + 2 < end_limit
            and toks[k + 1].text == ","
            and self._is_degree_after(toks[k + 2])
        )

    def _given_abbreviation(self, toks, k: int, end_limit: int) -> bool:
        """A given name abbreviated in title case (models/officials/name_abbreviations.txt) before a name
        word; a degree spelt alike is written after a name or in capitals ("Budi, ST")."""
        t = toks[k]
        return (
            t.kind == "w"
            and t.text.endswith(".")
            and t.bare.lower() in self.kb.name_abbreviations
            and not t.bare.isupper()
            and k + 1 < end_limit
            and self._is_name_word(toks[k + 1], first=True)
        )

    def _bare_degree_at(self, toks, k: int, end_limit: int, words: int) -> bool:
        """A degree written without its dots ("Budi Santoso Spd,") or split by a comma ("Budi S, Sos"):
        after two name words, closed by punctuation; or one capital whose comma and word spell a degree."""
        t = toks[k]
        if t.kind != "w" or not t.cap:
            return False
        nxt = toks[k + 1] if k + 1 < end_limit else None
        if len(t.bare) == 1 and nxt is not None and nxt.text == "," and k + 2 < end_limit:
            return toks[k + 2].cap and t.key + toks[k + 2].key in self.kb.degrees_after
        return (
            words >= 2
            and len(t.key) >= 3
            and t.key in self.kb.degrees_after
            and (nxt is None or nxt.text in (",", ".") or nxt.kind == "nl")
        )

    def _name_closes_after(self, toks, k: int, end_limit: int) -> bool:
        """The name ends right after k: a comma, the sentence's end or the verb that follows the subject
        ("I Gusti Ngurah Jaya Negara menerima ...")."""
        if toks[k].text.endswith(".") or k + 1 >= end_limit:
            return True
        nxt = toks[k + 1]
        return nxt.text in (",", ".") or nxt.kind == "w" and nxt.text.islower()

    def _closes_name(self, toks, k: int, end_limit: int, name: list[Tok]) -> bool:
        """A capitalised title word that ends a name because a degree follows it ("Drs. H. Amin
        Jasa, MM", "Budi Pembangunan, S.H."): a degree is only ever written after a person's name; or
        an office head with no office after it (_objectless_head)."""
        if name and self._objectless_head(toks, k, end_limit):
            return True
        t = toks[k]
        if (
            not name
            or not t.cap
            or t.low not in self.kb.title_words
            or t.key in self.kb.start_words
            or t.bare.isupper()
            or _is_initial(name[-1], self.kb.name_abbreviations)
            and len(name) == 1
        ):
            return False
        return k + 2 < end_limit and toks[k + 1].text == "," and self._is_degree_after(toks[k + 2])

    def _objectless_head(self, toks, k: int, end_limit: int) -> bool:
        """A one-word office head that needs its office after it ("Kaper", "Kadis": titles.jsonl
        `needs_object`) with none there, right after a name word and before a comma or the sentence's end, is
        the name's last word, a surname spelt like the office ("AKBP Dedi Kaper, dan ...")."""
        t = toks[k]
        head = self.kb.heads.get((t.key,))
        if not head or not head.get("needs_object") or not t.cap or t.bare.isupper():
            return False
        return t.text.endswith(".") or k + 1 >= end_limit or toks[k + 1].text in (",", ".")

    def _nickname_end(self, toks, k: int, end_limit: int) -> int:
        """Index after a quoted nickname at k ('"Aang"') when the name goes on after it; else 0."""
        for c in range(k + 2, min(end_limit - 1, k + 4)):
            if toks[c].text in QUOTES:
                inner = toks[k + 1 : c]
                if all(x.kind == "w" and x.cap for x in inner) and self._is_name_word(toks[c + 1], False):
                    return c + 1
                return 0
        return 0

    def _name_left(self, toks, end) -> list[Tok] | None:
        """A person name ending right before index `end` ("Ahmad Thamrin, Pelaksana Tugas ...")."""
        k = end - 1
        while k >= 0 and (self._is_degree_after(toks[k]) or toks[k].text == ","):
            k -= 1
        degree = k + 2 < end and self._is_degree_after(toks[k + 2])  # "Kabir Sana, S.T., Asisten ..."
        name: list[Tok] = []
        while k >= 0 and len(name) < MAX_NAME_TOKENS:
            t = toks[k]
            # "Thomas T.T Asang": dotted initials between two name words are part of the name
            middle = (
                name
                and k > 0
                and DOTTED_INITIALS.fullmatch(t.text)
                and self._is_name_word(toks[k - 1], False)
                and not toks[k - 1].bare.isupper()
            )
            # "Ribut Hari Wibowo, Kapolda ...": a common word between the name's words
            inner = k > 0 and (
                self._common_word_inside(toks, k, k - 1, len(toks))
                if name
                else degree and self._common_word_closing(toks, k, len(toks))
            )
            if (
                not middle
                and not inner
                and (not self._is_name_word(t, first=False) or (t.bare.isupper() and len(t.bare) > 1))
            ):
                break
            if t.text.endswith(".") and not _is_initial(t, self.kb.name_abbreviations) and not middle:
                break
            name.insert(0, t)
            k -= 1
        while name and (self._is_degree_before(name[0]) or name[0].bare.isupper() and len(name[0].bare) > 1):
            name.pop(0)
        if not name or not any(len(t.bare) > 3 for t in name):
            return None
        prev = toks[k] if k >= 0 else None
        if prev is not None and prev.text in self.kb.place_prepositions:
            return None  # "ceramah di Cibingbin, Bupati X": a place, not the person
        if prev is not None and prev.kind == "w" and prev.text[0].isupper() and not self._is_name_word(prev, True):
            # "Sementara Budi, Bupati X" is fine; "Kabupaten Budi, ..." means we were inside a name of a place
            if prev.low in self.kb.title_words:
                return None
        if (
            prev is not None
            and prev.kind == "w"
            and prev.low.rsplit("-", 1)[-1] in LEVEL_WORDS
            and self._match_seq(name, 0, self.kb.regions, self.kb.max_region) == len(name)
        ):
            return None  # "se-Provinsi Jambi, Kepala ...": a place before the comma, not a person
        return name
