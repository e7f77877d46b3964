"""Officials: one person named again later in the article is one entry: by one of their names after a verb
of saying ('ujar Kopli', 'kata Ansori'), or with the given names in another order and the office written
another way ("Olif Sabar Iwanggin" / "Sabar Olif Iwanggin"); two people whose names share the words but
whose offices differ stay two.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest
from extract_helpers import titles_of

OPENING = "Ombudsman menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2023 kepada pemerintah daerah.\n"


@pytest.mark.parametrize(
    "later",
    [
        '"Kami bangga atas capaian ini," ujar Kopli.',
        '"Kami akan terus berbenah," kata Ansori usai acara.',
        "Menurut Kopli Ansori, hasil itu buah kerja seluruh OPD.",
    ],
)
def test_a_holder_named_again_by_one_name_is_one_person(later):
    got = titles_of(OPENING + "Bupati Lebong Kopli Ansori menerima piagam di Jakarta.\n" + later)
    assert got == {"Kopli Ansori": "Bupati Lebong"}


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Piagam diserahkan Kepala Ombudsman Perwakilan Papua Olif Sabar Iwanggin di Jayapura.\n"
            "Sementara itu, Kepala Ombudsman RI Perwakilan Papua, Sabar Olif Iwanggin, memberi apresiasi.",
            "Olif Sabar Iwanggin",
            "Kepala Ombudsman RI Perwakilan Papua",
        ),
        (
            "Sekda Kabupaten Kediri Dede Sujana membuka rapat.\nDalam rapat itu Sekda Kediri, Sujana Dede, meminta OPD berbenah.",
            "Dede Sujana",
            "Sekda Kabupaten Kediri",
        ),
        (
            "Hadir pula Kepala Dinas Kesehatan Kota Jayapura Ni Kadek Ayu.\n"
            "Kepala Dinas Kesehatan Jayapura, Kadek Ni Ayu, menyebut nilainya naik.",
            "Ni Kadek Ayu",
            "Kepala Dinas Kesehatan Kota Jayapura",
        ),
    ],
)
def test_given_names_in_another_order_are_one_person(text, name, title):
    assert titles_of(OPENING + text) == {name: title}


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas Kesehatan Ahmad Yani hadir.\nKepala Bappeda Yani Ahmad juga hadir.",
        "Wakil Bupati Lebong Budi Santoso hadir.\nBupati Lebong Santoso Budi juga hadir.",
    ],
)
def test_the_same_words_under_other_offices_are_two_people(text):
    assert len(titles_of(OPENING + text)) == 2
