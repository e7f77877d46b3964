"""Officials: police ranks written before a name in forms the short list misses: glued to "Pol"
("Irjenpol") and written out in words, in any case ("Komisaris besar Polisi"). The rank is skipped like
"Kombes"; it is neither the name nor part of it.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract.components.officials import find_officials


def officials(text):
    return {o.name: o.title for o in find_officials(text)}


@pytest.mark.parametrize("rank", ["Irjenpol", "Brigjenpol", "Kombespol"])
def test_a_rank_glued_to_pol_is_no_part_of_the_name(rank):
    got = officials(f"Upacara itu turut disaksikan Kapolda Sultra {rank} Hendra Wijaya Kusuma bersama jajaran.")
    assert got == {"Hendra Wijaya Kusuma": "Kapolda Sultra"}


@pytest.mark.parametrize(
    "rank", ["Komisaris besar Polisi", "Komisaris Besar Polisi", "Ajun Komisaris Besar Polisi", "Komisaris Besar"]
)
def test_a_rank_written_out_in_words_is_skipped(rank):
    got = officials(f"Rombongan dipimpin Kapolres Bantul {rank} Yohanes Rudi Maringka, Senin pagi.")
    assert got == {"Yohanes Rudi Maringka": "Kapolres Bantul"}


def test_a_written_rank_after_a_bracketed_office_is_skipped():
    got = officials("Tamu hari itu Inspektur Pengawas Daerah (Irwasda) Komisaris besar Polisi Darmo Sihombing.")
    assert list(got) == ["Darmo Sihombing"]


@pytest.mark.parametrize("honorific", ["Mas", "Mbak", "Cak"])
def test_a_familiar_honorific_is_no_part_of_the_name_and_links_to_the_full_name(honorific):
    text = (
        f"Rapat dibuka Bupati Pacitan Andika Yoga Pratama ({honorific} Yoga) pada pagi hari. "
        f"Dalam sambutannya, Bupati Pacitan {honorific} Yoga berterima kasih kepada warga."
    )
    assert officials(text) == {"Andika Yoga Pratama": "Bupati Pacitan"}


def test_the_honorific_alone_after_an_office_names_the_short_name():
    got = officials("Pesan itu disampaikan Wali Kota Blitar Mas Danu kepada para camat.")
    assert got == {"Danu": "Wali Kota Blitar"}
