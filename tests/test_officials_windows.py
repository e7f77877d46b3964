"""The officials finder's windows (extract/components/officials/windows.py): the words that can start a
title are found as the trie regex finds them, and a window where no office can start is not read, with
the same officials as reading every window. Sentences written for the tests."""

import re

import pytest

import extract.components.officials.linking as linking
from extract.components.officials import default_finder, find_officials
from extract.components.officials.windows import Openers, title_windows, word_spans

KB = default_finder().kb

TRICKY = [
    "Kepala_2 kepala, kepalanya; –kepala “Bupati” café-bupati camat² wakilnya.",
    "KEPALA DINAS  bupati\u00a0Lebong, ketua-ketua RT, si kepala_desa dan Gubernur\tBengkulu",
    "xkepala.kepala 3bupati bupati3 ｋｅｐａｌａ kepala",
    "",
    "camat",
]


@pytest.mark.parametrize("text", TRICKY)
def test_word_spans_are_what_the_start_pattern_finds(text):
    low = text.lower()
    assert word_spans(KB.start_low_words, low) == [m.span() for m in KB.start_low_re.finditer(low)]


def _opens(text: str) -> bool:
    openers = Openers(KB.heads, KB.prefixes, KB.title_words.slipped(KB.heads))
    low = text.lower()
    m = KB.start_low_re.search(low)
    return openers.opens(low, m.start(), m.end())


@pytest.mark.parametrize(
    "text, opens",
    [
        ("Tim penilai memeriksa dokumen", False),  # only "Tim Keasistenan" is an office
        ("Tim Keasistenan Ombudsman hadir", True),
        ("Tim Keasitenan Ombudsman hadir", True),  # the second word mistyped
        ("pelaksana lapangan bekerja", False),
        ("Pelaksana Tugas Kepala Dinas", True),
        ("wakilnya hadir", False),
        ("Wakil Bupati Lebong", True),
        ("Camat setempat", True),  # an office of one word: always read
        ("kepal Dinas Sosial", True),  # a head mistyped (slips.py)
    ],
)
def test_a_word_opens_an_office_only_where_its_office_can_go_on(text, opens):
    assert _opens(text) is opens


TEXTS = [
    # a team that holds no office, then an official named on the same line and on the next
    "Tim penilai memeriksa dokumen dan meninjau kantor pelayanan. Beberapa catatan diberikan kepada "
    "pemerintah daerah.\nKepala Dinas Kesehatan Lebong, Budi Santoso, mengatakan perbaikan segera dilakukan.",
    # a team's window merged with an office's window: read as a whole
    "Tim penilai datang bersama Bupati Seluma Teddy Rahman ke kantor kecamatan.",
    # a mistyped unit noun in a window not read, and the same slip in an office near it (slips.py)
    "Tim Bagain Organisasi menyusun laporan kinerja tahunan.\n"
    "Kepala Sub Bagain Umum Setda Lebong, Budi Santoso, mengatakan laporan itu selesai pekan depan.",
    "pelaksana lapangan bekerja sejak pagi.\nPelaksana Tugas (Plt) Kepala Dinas Sosial Kaur, Rina Wati, hadir.",
    "Gubernur Bengkulu Helmi Hasan bersama wakilnya meninjau pasar.\nwakilnya lalu kembali ke kantor.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_unread_windows_change_no_official(text, monkeypatch):
    gated = find_officials(text)
    monkeypatch.setattr(Openers, "opens", lambda self, low, a, b: True)  # every window read
    assert find_officials(text) == gated


def test_a_window_where_no_office_starts_is_not_read(monkeypatch):
    openers = Openers(KB.heads, KB.prefixes, KB.title_words.slipped(KB.heads))
    text = TEXTS[0]
    windows = title_windows(KB, openers, text, text.lower())
    assert [w[3] for w in windows] == [False, True]
    read = []
    tokenize = linking.tokenize
    monkeypatch.setattr(linking, "tokenize", lambda t, a=0, b=None: read.append(a) or tokenize(t, a, b))
    assert [o.name for o in find_officials(text)] == ["Budi Santoso"]
    assert read == [windows[1][0]]


def test_a_slip_in_an_unread_window_still_spells_the_office_near_it():
    text = TEXTS[2]
    (official,) = find_officials(text)
    assert official.title == "Kepala Sub Bagian Umum Setda Lebong"
    assert re.search(r"\bBagain\b", text)
