"""Claims: a sentence with no value that names the last subject again as a place ("kualitas pelayanan publik
di Kabupaten X semakin baik") keeps it the subject: the values of the sentences after it are still its own.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

LEAD = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Kabupaten Jombang meraih nilai 95,10. "


@pytest.mark.parametrize(
    "again",
    [
        "“Kami bersyukur kualitas pelayanan publik di Kabupaten Jombang semakin baik.",
        "“Pelayanan di Kabupaten Jombang terus kami benahi.",
    ],
)
def test_the_subject_named_again_as_a_place_stays_the_subject(again):
    text = (
        LEAD + "Bupati tampak senang. " + again + " Peringkat nasional kami naik dari "
        "posisi 80 pada 2023 ke peringkat 30 tahun ini,” ujarnya."
    )
    got = recs(text, published="2024-12-20")
    assert fields_of(got, "Kabupaten Jombang", 2023, "rank") == {"rank": 80}


def test_another_place_named_does_not_keep_the_subject():
    text = (
        LEAD + "Bupati tampak senang. “Kami belajar dari pelayanan di Kabupaten Kediri. "
        "Peringkat nasional kami naik dari posisi 80 pada 2023 ke peringkat 30 tahun ini,” ujarnya."
    )
    got = recs(text, published="2024-12-20")
    assert ("Kabupaten Jombang", 2023) not in got
