"""An office named without its holder, whose holder is named in the next sentences: "Kepala
Perwakilan Ombudsman RI Provinsi X menyampaikan hasil ... .\nDalam pemaparannya, Budi Santoso
menyampaikan ..." The first person the following text makes a speaker (the subject of a verb of
saying, or the name after "kata"/"ujar") holds that office, when no other office or titled person
comes between them."""

from __future__ import annotations

from extract.components.officials.titles import Mention
from extract.components.officials.tokens import Tok, _ends_sentence, tokenize

LOOK_AHEAD = 400  # chars after the untitled office searched for its holder


def is_orphan_subject(toks: list[Tok], t, j: int) -> bool:
    """A capitalised, specific office (head + tail) that opens its sentence and is the subject of
    a verb ("me..."): an office whose holder the text will name."""
    if t.lower or j <= t.j or j >= len(toks):
        return False
    verb = toks[j]
    if verb.kind != "w" or not verb.text.islower() or not verb.low.startswith("me"):
        return False
    prev = toks[t.i - 1] if t.i > 0 else None
    return prev is None or prev.kind == "nl" or prev.text in (".", "-", "–", "—") or _full_stop(prev)


def speaker_after(finder, text: str, start: int, titled: list[Mention]) -> list[Tok] | None:
    """The first speaker's name (two words or more) in the LOOK_AHEAD chars after `start`, unless an
    office or an already titled person comes first."""
    end = min(len(text), start + LOOK_AHEAD)
    taken = {(m.name_toks[0].start) for m in titled}
    toks = tokenize(text, start, end)
    k = 0
    sentence = 0  # index of the current sentence's first token
    while k < len(toks):
        t = toks[k]
        if k > 0 and (toks[k - 1].kind == "nl" or toks[k - 1].text in (".", "!", "?") or _full_stop(toks[k - 1])):
            sentence = k
        if t.kind == "w" and t.key in finder.kb.start_words and finder._title_at(toks, k):
            return None  # another office is named first
        if t.start in taken:
            return None  # the next person named already has an office
        if not finder._is_name_word(t, first=True):
            k += 1
            continue
        n = k
        while n < len(toks) and n - k < 4 and finder._is_name_word(toks[n], first=n == k):
            n += 1
        name = toks[k:n]
        before = toks[k - 1] if k > 0 else None
        after = toks[n] if n < len(toks) else None
        subject = before is None or before.kind == "nl" or before.text in (",", ".") or _full_stop(before)
        if name[0].key in finder.kb.role_words:
            return None  # "Wartawan Budi melaporkan": the article's staff, and the office's holder unknown
        said_by = before is not None and before.low in finder.kb.speech_verbs and before.text.islower()
        verb = after is not None and after.kind == "w" and after.text.islower() and after.low in finder.kb.saying_verbs
        place = finder._match_seq(name, 0, finder.kb.regions, finder.kb.max_region) == len(name)
        if _hands_over(finder.kb.other_speaker_cues, toks[sentence:k]):
            return None  # "Sementara itu, Budi ...": another speaker
        if len(name) >= 2 and not place and any(len(x.bare) > 3 for x in name) and (said_by or subject and verb):
            return name
        k = n
    return None


def _hands_over(cues: set[tuple[str, ...]], toks: list[Tok]) -> bool:
    """The sentence opens with a cue that hands over to another speaker ("Sementara itu,")."""
    words = tuple(t.low for t in toks if t.kind == "w")
    return any(words[: len(c)] == c for c in cues)


def _full_stop(t: Tok) -> bool:
    """A lower-case word with a full stop ends a sentence, however short ("itu.", "ini.")."""
    return _ends_sentence(t) or t.kind == "w" and t.text.endswith(".") and len(t.bare) >= 2 and t.bare.islower()


def holder_speaks(finder, toks: list[Tok], i: int, j: int) -> bool:
    """ "dalam sambutan Kapolda X Budi Santoso mengatakan": the office after a speech blocker at i - 1 is
    kept when its holder's name (after the title's end j) is the subject of a verb of saying."""
    if i == 0 or toks[i - 1].low not in finder.kb.speech_blockers:
        return False
    res = finder._name_right(toks, j, len(toks), True)
    if res is None or res[1] >= len(toks):
        return False
    verb = toks[res[1]]
    return verb.kind == "w" and verb.text.islower() and verb.low in finder.kb.saying_verbs
