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


# -- "penghargaan serupa" after the holder's last award sentence gave a zone only: the level that holder was given
# -- earlier with that same zone goes along -------------------------------------------------------------------


@pytest.mark.parametrize(
    "same",
    [
        "Selain Pemkab Wonogiri, beberapa daerah lain di Jawa Tengah juga meraih penghargaan serupa, antara lain "
        "Pemkab Klaten dan Pemkot Magelang.",
        "Penghargaan serupa juga diterima Pemkab Klaten dan Pemkot Magelang.",
    ],
    ids=["selain-x", "diterima"],
)
def test_the_same_award_carries_the_level_given_with_its_zone(same):
    text = (
        "Pemkab Wonogiri menerima penghargaan pelayanan publik zona hijau atau predikat kepatuhan tinggi dari "
        "Ombudsman RI tahun 2021. Pemkab Wonogiri mendapat penghargaan zona hijau usai meraih nilai 86,40. " + same
    )
    r = recs(text)
    for name in ("Kabupaten Klaten", "Kota Magelang"):
        assert fields_of(r, name, 2021, "zone", "opinion") == {"zone": "hijau", "opinion": "kepatuhan tinggi"}


def test_the_same_award_carries_no_level_given_with_another_zone():
    text = (
        "Pemkab Wonogiri pernah berpredikat kepatuhan sedang pada survei tahun 2021 di zona kuning. Pemkab Wonogiri "
        "mendapat penghargaan zona hijau tahun 2021 usai meraih nilai 86,40. Penghargaan serupa juga diterima "
        "Pemkab Klaten."
    )
    assert fields_of(recs(text), "Kabupaten Klaten", 2021, "opinion") in ({"opinion": None}, None)


# -- "hanya bisa meraih": all it managed, a result held (not an aim) ------------------------------------------


@pytest.mark.parametrize("managed", ["hanya bisa meraih", "cuma bisa mendapat", "hanya dapat meraih"])
def test_what_a_place_only_managed_is_held(managed):
    text = (
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2021. Sebelumnya, Pemkab Wonogiri "
        f"{managed} predikat zona kuning atau predikat kepatuhan sedang pada 2019."
    )
    assert fields_of(recs(text), "Kabupaten Wonogiri", 2019, "zone", "opinion") == {
        "zone": "kuning",
        "opinion": "kepatuhan sedang",
    }


def test_an_aim_is_still_no_result():
    text = (
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2021. Pemkab Wonogiri meraih nilai 70,10. "
        "Bupati berharap tahun depan Pemkab Wonogiri bisa meraih predikat zona hijau."
    )
    assert fields_of(recs(text), "Kabupaten Wonogiri", 2021, "zone") == {"zone": None}


def test_a_pairing_said_of_regencies_gives_a_province_nothing():
    text = INTRO + (
        "Sebanyak 12 kabupaten lainnya berada di zona merah atau tingkat kepatuhan rendah. "
        "Untuk tingkat provinsi, Provinsi Jawa Timur masuk kategori kepatuhan rendah dengan nilai 44,10."
    )
    assert fields_of(recs(text), "Provinsi Jawa Timur", 2018, "zone", "opinion") == {
        "zone": None,
        "opinion": "kepatuhan rendah",
    }
