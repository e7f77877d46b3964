"""Records of batches 67-68's kinds: a zone told of most of the service units (SKPD) of a few regencies
named after it is none of the regencies' zone; a zone told of every city and regency "di wilayah" a
province is none of the province's.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article

_OPEN = "Ombudsman RI Perwakilan Bali merilis hasil survei kepatuhan tahun 2014. "


@pytest.mark.parametrize(
    "said",
    [
        "Sebagian besar SKPD di tiga kabupaten masuk zona merah. Ketiga kabupaten itu adalah Tabanan, "
        "Gianyar dan Karangasem.",
        "Mayoritas pelayanan publik pada SKPD di dua kabupaten masih berada di zona merah. Kedua kabupaten "
        "itu yakni Kabupaten Bangli dan Kabupaten Buleleng.",
        "Hampir sebagian besar unit layanan di dua kabupaten memasuki zona kuning, yaitu Kabupaten Jembrana "
        "dan Kabupaten Klungkung.",
    ],
)
def test_a_zone_of_most_units_of_regencies_named_after_is_no_regency_zone(said):
    result = extract_article(_OPEN + said)
    assert result.relevant
    assert [r for r in result.records if r.zone] == []


def test_a_zone_of_counted_regencies_named_after_stays_theirs():
    said = "Tiga kabupaten masuk zona merah, yaitu Kabupaten Tabanan, Kabupaten Gianyar dan Kabupaten Karangasem."
    zones = {r.entity: r.zone for r in extract_article(_OPEN + said).records}
    assert zones == {"Kabupaten Tabanan": "merah", "Kabupaten Gianyar": "merah", "Kabupaten Karangasem": "merah"}


@pytest.mark.parametrize(
    "said",
    [
        "Hasilnya, seluruh kota dan kabupaten di wilayah Pemprov DKI Jakarta mendapat predikat zona hijau.",
        "Hasilnya, semua kabupaten/kota di wilayah Provinsi Jambi masuk zona hijau.",
        "Tahun itu pemerintah kabupaten dan kota di wilayah Sumatera Barat meraih zona kuning.",
    ],
)
def test_a_zone_of_the_governments_in_a_province_is_not_the_province_s(said):
    result = extract_article("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. " + said)
    assert result.relevant
    assert [r.entity for r in result.records if r.entity_type == "provinsi"] == []


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten/kota di Jambi yang masuk zona hijau kini semakin banyak.",
        "Tahun ini kabupaten dan kota se-Jambi yang meraih zona hijau bertambah menjadi delapan.",
        "Pada tahun 2022 pemerintah kabupaten/kota di Provinsi Jambi yang masuk zona kuning tinggal dua.",
    ],
)
def test_the_zone_of_the_governments_in_the_place_just_awarded_is_not_its_own(said):
    opened = "Ombudsman RI menyerahkan penghargaan kepatuhan tahun 2022 kepada Provinsi Jambi di Jakarta. "
    result = extract_article(opened + said)
    assert result.relevant
    assert [r.entity for r in result.records if r.zone] == []


def test_the_place_just_awarded_named_on_its_own_keeps_its_zone():
    said = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Provinsi Jambi. Tahun ini Jambi kembali masuk zona hijau."
    assert [(r.entity, r.zone) for r in extract_article(said).records] == [("Provinsi Jambi", "hijau")]
