"""Years: the article's own printed stamp is the first date with a clock time; the stamps of other articles a
page lists after the story (teasers under a section name) do not date it.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

BODY = (
    "Ombudsman RI Perwakilan Jambi menyampaikan hasil penilaian kepatuhan. Pemkot Jambi mendapat skor 72 "
    "sehingga masuk zona kuning."
)


@pytest.mark.parametrize(
    "teaser",
    [
        "EKONOMI\nPasar Murah Digelar di Alun-alun Kota\n\nSabtu, 14 Februari 2026 | 10:15",
        "OLAHRAGA\nTim Sepak Bola Pelajar Juara Provinsi\n\n14/02/2026 10:15",
        "Baca lainnya\nHarga Cabai Naik Jelang Ramadan\nSabtu, 14 Februari 2026, 10.15 WIB",
    ],
)
def test_a_teaser_stamped_after_the_story_does_not_date_it(teaser):
    text = f"Pemkot Jambi Masuk Zona Kuning\n\nRudi Hartono | Kamis, 10 Maret 2022 | 20:05\n\n{BODY}\n\n{teaser}"
    got = recs(text)
    assert ("Kota Jambi", 2021) in got
    assert ("Kota Jambi", 2025) not in got


def test_the_first_stamp_dates_the_story_when_it_is_the_latest_too():
    text = f"Pemkot Jambi Masuk Zona Kuning\n\nKamis, 11 Desember 2025 | 20:05\n\n{BODY}"
    assert ("Kota Jambi", 2025) in recs(text)
