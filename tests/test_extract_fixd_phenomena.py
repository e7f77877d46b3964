"""Offices under a province's office, unit names that carry a region, and their values.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

import pytest

from extract_helpers import recs

OMB = (
    "Ombudsman RI Perwakilan {prov} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik tahun 2022. "
)
LAND = "Kantor Pertanahan"
BPN = "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"


# -- a province's office heading a list of bare places: the offices one level down ------------


@pytest.mark.parametrize(
    "body",
    [
        "Adapun delapan BPN yang mendapat zona hijau yaitu BPN Jambi, Kerinci, Bungo dan Kota Sungai Penuh.",
        "Zona hijau diraih Kanwil BPN Jambi, Kerinci, Bungo dan Sungai Penuh.",
        "Kanwil BPN Jambi, Kerinci, Bungo serta Sungai Penuh masuk zona hijau.",
    ],
)
def test_bare_places_after_a_land_kanwil_are_land_offices(body):
    r = recs(OMB.format(prov="Jambi") + body)
    assert all(k[0].startswith(("Kantor Wilayah BPN", "Kanwil BPN", LAND)) for k in r), list(r)
    for name in ("Kantor Pertanahan Kabupaten Kerinci", "Kantor Pertanahan Kabupaten Bungo"):
        assert r[(name, 2022)].zone == "hijau", name
        assert r[(name, 2022)].parent == BPN
    assert r[("Kantor Pertanahan Kota Sungai Penuh", 2022)].zone == "hijau"
    assert not any(k[0].startswith("Kanwil Kerinci") or k[0] == "Kabupaten Kerinci" for k in r)


@pytest.mark.parametrize("opener", ["Sedangkan", "Sementara", "Adapun"])
def test_the_next_sentences_after_a_land_kanwil_go_on_with_land_offices(opener):
    text = OMB.format(prov="Jambi") + (
        f"Kanwil BPN Jambi meraih zona hijau. {opener} Kerinci dan Sungai Penuh masuk zona kuning."
    )
    r = recs(text)
    assert r[("Kantor Pertanahan Kabupaten Kerinci", 2022)].zone == "kuning"
    assert r[("Kantor Pertanahan Kota Sungai Penuh", 2022)].zone == "kuning"


def test_the_next_sentences_after_a_polda_go_on_with_polres():
    text = (
        OMB.format(prov="Bengkulu") + "Polda Bengkulu meraih zona hijau. Sementara Kaur dan Seluma masuk zona kuning."
    )
    r = recs(text)
    assert r[("Polres Kaur", 2022)].zone == "kuning"
    assert r[("Polres Seluma", 2022)].parent == "Kepolisian Negara Republik Indonesia"
    assert ("Polda Kaur", 2022) not in r


def test_the_agency_written_before_the_province_is_its_kanwil():
    r = recs(OMB.format(prov="Jambi") + "Zona hijau diraih BPN Jambi, Kerinci dan Bungo.")
    assert r[("Kantor Wilayah BPN Jambi", 2022)].zone == "hijau"
    assert ("Kantor Pertanahan Provinsi Jambi", 2022) not in r


@pytest.mark.parametrize(
    "body",
    [
        # governments named as governments end the list
        "Kanwil BPN Jambi meraih zona hijau. Sementara Pemkab Kerinci dan Pemkot Sungai Penuh masuk zona kuning.",
        "Kanwil BPN Jambi meraih zona hijau. Sedangkan Kabupaten Kerinci dan Kota Sungai Penuh masuk zona kuning.",
    ],
)
def test_governments_after_a_kanwil_stay_governments(body):
    r = recs(OMB.format(prov="Jambi") + body)
    assert r[("Kabupaten Kerinci", 2022)].zone == "kuning"
    assert not any(k[0].startswith((LAND, "Kanwil Kerinci")) for k in r)


def test_a_counted_agency_is_no_record_and_leaves_the_list_its_value():
    text = (
        OMB.format(prov="Jambi")
        + "Sebanyak 10 BPN yang mendapat zona hijau adalah Kanwil BPN Jambi, Kerinci dan Bungo."
    )
    r = recs(text)
    assert ("Badan Pertanahan Nasional", 2022) not in r
    assert r[("Kantor Pertanahan Kabupaten Bungo", 2022)].zone == "hijau"


# -- a bare colour in brackets after each name is its zone ----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hasilnya Provinsi Jambi (hijau), Kota Jambi (kuning) dan Kabupaten Kerinci (merah).",
        "Survei itu sudah digelar sejak 2016. Saat itu hasilnya Provinsi Jambi ( hijau ), Kota Jambi (kuning), "
        "serta Kabupaten Kerinci (merah).",
        "Pada penilaian tahun 2016 tercatat Provinsi Jambi (Hijau), Kota Jambi (Kuning), dan Kabupaten Kerinci (Merah).",
    ],
)
def test_a_bare_colour_in_brackets_is_a_zone(body):
    r = recs(OMB.format(prov="Jambi").replace("tahun 2022", "tahun 2018") + body)
    year = 2018 if "2016" not in body else 2016
    assert r[("Provinsi Jambi", year)].zone == "hijau"
    assert r[("Kota Jambi", year)].zone == "kuning"
    assert r[("Kabupaten Kerinci", year)].zone == "merah"


@pytest.mark.parametrize(
    "body",
    [
        "Pemkot Jambi menata taman kota (hijau dan rindang) di depan kantor wali kota.",
        "Kota Jambi memasang lampu (merah, kuning) di simpang utama.",
    ],
)
def test_a_colour_in_brackets_that_is_no_label_is_no_zone(body):
    r = recs(OMB.format(prov="Jambi") + body)
    assert all(rec.zone is None for rec in r.values()), r


# -- two short names joined by "dan": two offices, each named as the text defines it ----------

PBG = "Ombudsman RI Perwakilan Jawa Tengah menilai kepatuhan Pemkab Purbalingga tahun 2021. "


@pytest.mark.parametrize(
    "pair", ["Disdukcapil dan Dindikbud", "Dindikbud serta Disdukcapil", "Dindikbud dan Dinkes", "Dinkes dan Disdikbud"]
)
def test_two_short_names_joined_are_two_offices(pair):
    r = recs(PBG + f"Adapun {pair} masuk zona kuning.")
    assert not any(" dan D" in k[0] or " serta D" in k[0] for k in r), list(r)
    assert r[("Dinas Pendidikan dan Kebudayaan", 2021)].zone == "kuning"
    assert len(r) == 2


@pytest.mark.parametrize(
    "defined,short",
    [
        ("Dinas Kependudukan dan Catatan Sipil (Disdukcapil)", "Disdukcapil"),
        ("Dinas Kependudukan dan Catatan Sipil ( Disdukcapil )", "Disdukcapil"),
        ("Dinas Kesehatan Daerah (Dinkes)", "Dinkes"),
    ],
)
def test_a_short_name_takes_the_long_name_the_text_gives_it(defined, short):
    long = defined.split(" (")[0]
    text = (
        PBG + f"Penilaian menyasar {defined} dan Bappeda. Hasilnya, {short} meraih nilai 70,10 dan masuk zona kuning."
    )
    r = recs(text)
    assert r[(long, 2021)].score == 70.1
    assert len([k for k in r if k[0].startswith("Dinas")]) == 1, list(r)


def test_a_short_name_in_brackets_before_the_place_names_no_second_office():
    text = PBG.replace("Pemkab Purbalingga", "Pemkot Tegal") + (
        "Ombudsman menilai Dinas Pendidikan dan Kebudayaan (Dindikbud) Kota Tegal berpredikat zona merah."
    )
    r = recs(text)
    assert r[("Dinas Pendidikan dan Kebudayaan", 2021)].zone == "merah"
    assert [k for k in r if k[0].startswith("Din")] == [("Dinas Pendidikan dan Kebudayaan", 2021)]
