"""The office-title start finder (a trie regex with a first-character lookahead) finds exactly
what a plain case-insensitive alternation of the same words finds. Sentences written for the tests."""

import re

from extract.components.officials.knowledge import _trie_pattern

WORDS = {"bupati", "wakil", "wakilnya", "kepala", "camat", "gubernur", "plt"}
TEXT = (
    "BUPATI Sleman bersama Wakil Bupati meninjau kantor Kecamatan Depok. Kepala dinas, camat, "
    "dan PLT Sekda hadir; wakilnya menyusul. Gubernuran bukan gubernur, dan subcamat bukan camat."
)


def test_trie_finds_the_same_words_as_a_plain_alternation():
    trie = re.compile(r"\b" + _trie_pattern(WORDS) + r"\b")
    plain = re.compile(r"\b(?:" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
    found = [m.span() for m in trie.finditer(TEXT)]
    assert found == [m.span() for m in plain.finditer(TEXT)]
    assert [TEXT[a:b].lower() for a, b in found].count("camat") == 2  # never inside "Kecamatan"/"subcamat"


def test_trie_of_no_words_matches_only_the_empty_string():
    assert re.fullmatch(_trie_pattern(set()), "") is not None
