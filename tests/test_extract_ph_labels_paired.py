"""An old level the article pairs with its zone before naming anyone: "N pemda masuk zona hijau dengan predikat
kepatuhan tinggi" (or the award's holders "memiliki kepatuhan tinggi ... masuk daftar zona hijau"), then places
named with that level alone take the zone too; a legend with score ranges, a pairing written only after them,
or a level paired with another zone gives nothing.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

INTRO = "Ombudsman RI mengumumkan hasil survei kepatuhan standar pelayanan publik tahun 2018. "


@pytest.mark.parametrize(
    "pairing",
    [
        "Dari 150 pemda yang disurvei, sebanyak 40 pemda masuk zona hijau dengan predikat kepatuhan tinggi, "
        "70 pemda di zona kuning dengan predikat kepatuhan sedang.",
        "Pemerintah daerah penerima anugerah tahun ini dinilai punya kepatuhan tinggi pada standar layanan, "
        "sehingga tercatat dalam daftar zona hijau.",
    ],
    ids=["counted-results", "award-holders"],
)
@pytest.mark.parametrize(
    "naming, names",
    [
        ("Kota Madiun termasuk pemda yang meraih predikat kepatuhan tinggi.", ["Kota Madiun"]),
        (
            "Di Jawa Timur, tiga daerah yang mendapat predikat kepatuhan tinggi yakni Kota Madiun, Kabupaten Ngawi "
            "dan Kabupaten Magetan.",
            ["Kota Madiun", "Kabupaten Ngawi", "Kabupaten Magetan"],
        ),
    ],
    ids=["one", "a-list"],
)
def test_a_level_paired_with_its_zone_gives_the_zone(pairing, naming, names):
    r = recs(INTRO + pairing + " " + naming)
    for name in names:
        assert fields_of(r, name, 2018, "zone", "opinion") == {"zone": "hijau", "opinion": "kepatuhan tinggi"}


@pytest.mark.parametrize(
    "text",
    [
        # a legend of the scheme with its ranges
        INTRO + "Nilai 81-100 berarti zona hijau dengan predikat kepatuhan tinggi. "
        "Kota Madiun meraih predikat kepatuhan tinggi.",
        # the pairing comes only after the place
        INTRO + "Kota Madiun meraih predikat kepatuhan tinggi. "
        "Secara nasional 40 pemda masuk zona hijau dengan predikat kepatuhan tinggi.",
        # the level paired with another zone than the scheme's
        INTRO + "Sebanyak 40 pemda masuk zona kuning meski berpredikat kepatuhan tinggi. "
        "Kota Madiun meraih predikat kepatuhan tinggi.",
        # no pairing at all
        INTRO + "Kota Madiun meraih predikat kepatuhan tinggi.",
    ],
    ids=["legend", "pairing-after", "other-zone", "no-pairing"],
)
def test_no_pairing_before_gives_no_zone(text):
    assert fields_of(recs(text), "Kota Madiun", 2018, "zone", "opinion") == {
        "zone": None,
        "opinion": "kepatuhan tinggi",
    }
