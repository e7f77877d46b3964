"""An office whose tail a reporter wrote in lower case after a capitalised head ("Kepala ombudsman
perwakilan malut Sofyan Ali", "Kepala Ombudsman perwakilan malut Sofyan Ali"): the tail goes on in lower
case, a place in lower case closes it, and the capitalised name after it is linked to the office."""

from __future__ import annotations

from collections.abc import Callable

from extract.components.officials.knowledge import OfficialsKnowledge
from extract.components.officials.tokens import Tok

# the words joining parts of one title ("Organisasi dan Reformasi", "Asisten Bidang Pencegahan pada Ombudsman RI"):
# no office word of a tail (titles.py `_connector_next` reads them, with a comma)
CONNECTORS = ("dan", "&", "pada", "serta")


def _office_word(t: Tok, title_words: set[str]) -> bool:
    return t.kind == "w" and not t.cap and t.low in title_words and t.low not in CONNECTORS


def lower_tail(toks: list[Tok], j: int, end_limit: int, title_words: set[str]) -> bool:
    """The tail that starts at j opens with two office words in lower case ("ombudsman perwakilan"): one
    alone may be a plain noun after the office."""
    return j + 1 < end_limit and all(_office_word(t, title_words) for t in toks[j : j + 2])


def goes_on_lower(
    toks: list[Tok], j: int, first: int, end_limit: int, kb: OfficialsKnowledge, match_seq: Callable
) -> bool:
    """The lower-case word at j belongs to the office that starts at `first`: the word before it is an office
    word in lower case ("dinas kesehatan lebong"), or it is one followed by a place in lower case and a
    capitalised name ("Ombudsman perwakilan malut Sofyan"). `match_seq`: the title grammar's sequence matcher."""
    tok, title_words = toks[j], kb.title_words
    if tok.kind != "w" or tok.cap or j <= first:
        return False
    if _office_word(toks[j - 1], title_words):
        return True
    if not _office_word(tok, title_words) or j + 1 >= end_limit:
        return False
    n = match_seq(toks, j + 1, kb.regions, kb.max_region)
    k = j + 1 + n
    return bool(n) and k < end_limit and not any(t.cap for t in toks[j + 1 : k]) and toks[k].cap
