"""Forms of names the officials finder reads before and after linking: an honorific glued to the name by
its dot ("Dr.Heri Santoso"), and a nickname in brackets after a full name ("Joko Widodo (Jokowi)")."""

from __future__ import annotations

import re

from extract.components.officials.titles import HAJI_INITIAL, Mention
from extract.components.officials.tokens import Tok
from models import MODELS_DIR, read_list

# "Dr.Heri", "Drs.H", "Ir.HL." (the Sasak "H. Lalu" written as two capitals, HAJI_INITIAL)
_GLUED = re.compile(r"([A-Za-z]{1,4})\.([A-Z][a-z]*|[A-Z]{2}\.)")
# what the text of every glued token holds: a letter, a dot, a capital (the dot first: `re` then jumps from dot to
# dot instead of trying every position; searched from one past the window's start, the same windows match)
_GLUED_INSIDE = re.compile(r"\.(?<=[A-Za-z]\.)[A-Z]")
# "Ir.HL.Moh.Amin": honorifics and initials glued by their dots to a name, every part with its dot
_GLUED_RUN = re.compile(r"(?:[A-Za-z]{1,4}\.){2,}[A-Z][a-z]+")
_PART = re.compile(r"[A-Za-z]+\.?")
_NICKNAME = re.compile(r"[ \t]*\([ \t]*([A-Z][a-z]{2,})[ \t]*\)")
# "..., S.IP yang akrab disapa Kang Rey": a cue (models/officials/nickname_cues.txt) soon after the full
# name, then the nickname, maybe after a short familiar honorific
_CUES = sorted((w.lower() for w in read_list(MODELS_DIR / "officials" / "nickname_cues.txt")), key=len, reverse=True)
_CALLED = re.compile(
    r"[^\n()]{0,40}?(?i:\b(?:" + "|".join(re.escape(c).replace("\\ ", r"\s+") for c in _CUES) + r"))\s+"
    r"(?:([A-Z][a-z]{1,3})\s+)?([A-Z][a-z]{2,})\b(?![ \t]+[A-Z])"
)


def unglued(honorifics: set[str], toks: list[Tok], text: str | None = None, start: int = 0, end: int = -1) -> list[Tok]:
    """ "Kombes Pol Dr.Heri Santoso", "Drs.H Budi": an honorific glued to what follows by its dot is two tokens.

    `text[start:end]`: where `toks` were read from, when known; a window with no letter, dot and
    capital in a row holds no glued token (most windows), and its tokens are returned as they are."""
    if text is not None and not _GLUED_INSIDE.search(text, start + 1, len(text) if end < 0 else end):
        return toks
    out: list[Tok] = []
    for t in toks:
        m = _GLUED.fullmatch(t.text) if t.kind == "w" and "." in t.text else None
        rest = m.group(2) if m else ""
        if m is None and t.kind == "w" and _GLUED_RUN.fullmatch(t.text) and t.text.split(".")[0].lower() in honorifics:
            out += [Tok(p.group(), t.start + p.start(), t.start + p.end(), "w") for p in _PART.finditer(t.text)]
        elif (
            m
            and m.group(1).lower() in honorifics
            and (len(rest) > 2 and rest[1:2].islower() or rest.lower() in honorifics or HAJI_INITIAL.fullmatch(rest))
        ):
            cut = t.start + len(m.group(1)) + 1
            out += [Tok(t.text[: cut - t.start], t.start, cut, "w"), Tok(m.group(2), cut, t.end, "w")]
        else:
            out.append(t)
    return out


def nicknamed(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Presiden Joko Widodo (Jokowi)" then "Presiden Jokowi": the one-word name in brackets right after a
    full name, or told after a cue ("yang akrab disapa Mas Rio"), is that person's nickname, so a mention by
    it (alone or after its familiar honorific: "Mas Rio", "Kang Rey") is the same person."""
    nick: dict[tuple[str, ...], list[Tok]] = {}
    for m in mentions:
        end = m.name_toks[-1].end if len(m.name_toks) > 1 else -1
        if end >= 0 and (k := _NICKNAME.match(text, end)):
            nick.setdefault((k.group(1),), m.name_toks)
        elif end >= 0 and (k := _CALLED.match(text, end)):
            nick.setdefault((k.group(2),), m.name_toks)
            if k.group(1):
                nick.setdefault((k.group(1), k.group(2)), m.name_toks)
    if not nick:
        return mentions
    return [
        Mention(full, m.title, m.start, m.end, m.weak)
        if (full := nick.get(tuple(t.bare for t in m.name_toks))) and full != m.name_toks
        else m
        for m in mentions
    ]
