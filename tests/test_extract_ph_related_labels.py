"""Link lines labelled with a bare verb and a colon ("BACA : ...", "Baca: ...", "Simak: ...", "Lihat : ...")
left in a plain text: the headline of another story gives no record, no year and no label.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = (
    "Ombudsman RI Perwakilan Kalimantan Selatan menyampaikan hasil survei kepatuhan 2018 kepada Bupati Tapin. "
    "Kabupaten Tapin masuk zona kuning.\n"
)
AFTER = "\nBupati Tapin berterima kasih atas hasil penilaian itu dan berjanji membenahi pelayanan."


@pytest.mark.parametrize(
    "link",
    [
        "BACA : Penilaian Ombudsman, Kabupaten Hulu Sungai Selatan Masuk Zona Hijau",
        "Baca: Kabupaten Hulu Sungai Selatan Raih Zona Hijau Kepatuhan 2019",
        "Simak: Kabupaten Hulu Sungai Selatan Peringkat Pertama Penilaian Kepatuhan",
        "Lihat : Kabupaten Hulu Sungai Selatan Zona Merah di Tahun 2016",
    ],
)
def test_a_link_line_labelled_with_a_bare_verb_gives_nothing(link):
    got = recs(LEAD + link + AFTER)
    assert set(got) == {("Kabupaten Tapin", 2018)}
    assert got[("Kabupaten Tapin", 2018)].zone == "kuning"


def test_a_line_opening_with_the_verb_as_prose_still_counts():
    got = recs(LEAD + "Lihat saja Kabupaten Hulu Sungai Selatan yang sudah masuk zona hijau." + AFTER)
    assert got[("Kabupaten Hulu Sungai Selatan", 2018)].zone == "hijau"
