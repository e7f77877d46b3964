"""Two years in one sentence, each with its own result: a change told with each colour's year beside it
("naik dari merah pada 2016 menjadi kuning pada 2017", "dari zona merah pada 2016 ke zona kuning pada 2017")
gives a record for each year, with "dari" alone as the change's word when the years are written.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

HEAD = "Ombudsman RI Perwakilan Kalimantan Selatan menyampaikan hasil penilaian kepatuhan. "


@pytest.mark.parametrize(
    "change",
    [
        "Kabupaten Tapin naik dari merah pada 2016 menjadi kuning pada 2017.",
        "Rapor Kabupaten Tapin dari merah pada tahun 2016, menjadi kuning pada tahun 2017.",
        "Kabupaten Tapin dari zona merah pada 2016 ke zona kuning pada 2017.",
        "Kabupaten Tapin berubah dari merah di tahun 2016 ke kuning pada 2017.",
    ],
)
def test_each_colour_of_a_change_takes_the_year_beside_it(change):
    got = recs(HEAD + change)
    assert got[("Kabupaten Tapin", 2016)].zone == "merah"
    assert got[("Kabupaten Tapin", 2017)].zone == "kuning"


def test_a_change_aimed_at_gives_no_colour():
    # "dari ... ke ..." with no year and no change verb: what is aimed at, no result
    got = recs(
        HEAD + "Polres Sanggau meraih zona kuning pada 2017. Polres Sanggau siap untuk merubah dari zona kuning ke "
        "hijau."
    )
    assert got[("Polres Sanggau", 2017)].zone == "kuning"
    assert "hijau" not in {r.zone for r in got.values()}
