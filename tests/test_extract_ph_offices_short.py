"""Units named only by a short form: kept as written unless the text writes the long name out.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs
from extract_helpers import OMB_PROV_2022

PEMALANG_2024 = (
    "Ombudsman RI memberikan piagam kepatuhan standar pelayanan publik tahun 2024 kepada sejumlah unit kerja "
    "Pemkab Pemalang. "
)


# -- a short form the text never expands keeps its written name -------------------------------------------


@pytest.mark.parametrize(
    "listing",
    [
        "Nilai unit kerja yang dinilai ialah Dindikbud 97,45, DPMPTSP 96,12 dan Disdukcatpil 95,80.",
        "Dindikbud meraih nilai 97,45, disusul DPMPTSP dengan 96,12 serta Disdukcatpil dengan 95,80.",
        "Ketiga unit itu yakni Dindikbud (97,45), DPMPTSP (96,12), dan Disdukcatpil (95,80).",
    ],
    ids=["ialah", "disusul", "brackets"],
)
def test_a_short_form_never_expanded_keeps_its_name(listing):
    r = recs(PEMALANG_2024 + listing)
    got = {k[0]: v.score for k, v in r.items() if v.parent == "Kabupaten Pemalang" and k[0] != "Kabupaten Pemalang"}
    assert got == {"Dindikbud": 97.45, "DPMPTSP": 96.12, "Disdukcatpil": 95.8}, got


@pytest.mark.parametrize(
    "listing",
    [
        "Dinas Pendidikan dan Kebudayaan (Dindikbud) dinilai tahun ini. Dindikbud meraih nilai 97,45.",
        "Dindikbud meraih nilai 97,45. Dinas Pendidikan dan Kebudayaan itu naik dari tahun lalu.",
    ],
    ids=["defined", "written-later"],
)
def test_a_short_form_the_text_writes_out_takes_the_long_name(listing):
    r = recs(PEMALANG_2024 + listing)
    assert r[("Dinas Pendidikan dan Kebudayaan", 2024)].score == 97.45, list(r)
    assert ("Dindikbud", 2024) not in r


def test_a_long_name_in_another_unit_does_not_expand_a_short_form():
    # look-alike: "Dinas Sosial" is written out, but the short form scored is another office's
    r = recs(PEMALANG_2024 + "Dinas Sosial memperoleh 93,10, sedangkan DPMPTSP memperoleh 96,12.")
    assert r[("DPMPTSP", 2024)].score == 96.12, list(r)
    assert r[("Dinas Sosial", 2024)].score == 93.1


# -- a connector written capitalised in a title-case name is the same name -------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "Dinas Pendidikan Dan Kebudayaan Kabupaten Pemalang",
        "Dinas Sosial Serta Pemberdayaan Perempuan Kabupaten Pemalang",
    ],
)
def test_a_capitalised_connector_names_the_same_unit(written):
    long = written.replace(" Dan ", " dan ").replace(" Serta ", " serta ").rsplit(" Kabupaten", 1)[0]
    text = (
        PEMALANG_2024
        + f"{long} Kabupaten Pemalang meraih nilai 97,45. Kata kepala {written}, nilai 97,45 itu hasil kerja tim."
    )
    r = recs(text)
    assert [k for k in r if k[0] != "Kabupaten Pemalang"] == [(long, 2024)], list(r)


def test_a_capitalised_word_that_is_no_connector_stays():
    # look-alike: "Dana" starts like "Dan" but is a word of the name
    r = recs(PEMALANG_2024 + "Badan Pengelola Dana Bergulir meraih nilai 90,10.")
    assert not any(" dana " in k[0] for k in r), list(r)


# -- an office named by a place the gazetteer does not know, then ", Kabupaten X": where it lies ------------

GROGOT = "Rumah Tahanan Negara (Rutan) Tanah Grogot, Kabupaten Paser"


@pytest.mark.parametrize(
    "said",
    [
        f"Penghargaan itu diterima {GROGOT}. Satuan kerja pemasyarakatan tersebut meraih peringkat pertama dalam "
        "Penilaian Kepatuhan tahun 2025 oleh Ombudsman RI Perwakilan Kalimantan Timur.",
        f"{GROGOT}, meraih peringkat pertama dalam Penilaian Kepatuhan tahun 2025 oleh Ombudsman RI Perwakilan "
        "Kalimantan Timur.",
    ],
    ids=["anaphor-with-field", "located"],
)
def test_an_office_keeps_its_own_place_before_the_government_it_lies_in(said):
    r = recs(said)
    assert r[("Rumah Tahanan Negara Tanah Grogot", 2025)].rank == 1, list(r)
    assert not any("Paser" in k[0] for k in r), list(r)


def test_a_list_of_offices_by_known_places_stays_a_list():
    # look-alike: each place after the comma is a known one, so each is an office of the list
    text = (
        "Ombudsman RI Perwakilan NTB mengumumkan hasil penilaian kepatuhan tahun 2022. Kantor Pertanahan yang "
        "masuk zona hijau yaitu Kantor Pertanahan Bima, Kabupaten Dompu, dan Kabupaten Sumbawa."
    )
    r = recs(text)
    assert {k[0] for k in r} >= {"Kantor Pertanahan Kabupaten Dompu", "Kantor Pertanahan Kabupaten Sumbawa"}, list(r)


# -- Units named by a short form the text defines or the data knows ("Disdikpora", "Dikpora"): the unit, not the
# government written after it, holds the result.

_DIY = OMB_PROV_2022.format(prov="DIY")
_LONG = "Dinas Pendidikan Pemuda dan Olahraga"


@pytest.mark.parametrize(
    "told",
    [
        f"Tiga OPD dinilai, antara lain {_LONG} (Disdikpora) DIY dan Dinas Sosial DIY. "
        "Di antara ketiganya, Disdikpora DIY mencatat nilai 94,43.",
        f"Yang dinilai ialah {_LONG} (Disdikpora) DIY. Nilai 94,43 diraih Disdikpora DIY.",
        f"Penilaian mencakup {_LONG} (Dikpora) DIY. Dikpora DIY memperoleh skor 94,43.",
    ],
    ids=["di-antara", "diraih", "dikpora"],
)
def test_defined_short_name_holds_its_units_score(told):
    got = recs(_DIY + told)
    unit = got[(_LONG, 2022)]
    assert (unit.entity_type, unit.parent, unit.score) == ("unit", "Provinsi Daerah Istimewa Yogyakarta", 94.43)
    province = got.get(("Provinsi Daerah Istimewa Yogyakarta", 2022))
    assert province is None or province.score is None


def test_known_short_name_alone_is_a_unit():
    got = recs(_DIY + "Disdikpora DIY mengantongi nilai 91,20, tertinggi di lingkungan Pemda DIY.")
    unit = got[("Disdikpora", 2022)]
    assert (unit.entity_type, unit.score) == ("unit", 91.2)


def test_province_own_score_stays_with_the_province():
    # look-alike: the province itself scored, its education office only mentioned
    got = recs(_DIY + "Pemda DIY meraih nilai 88,10; Disdikpora DIY ikut mendampingi penyerahan rapor.")
    assert got[("Provinsi Daerah Istimewa Yogyakarta", 2022)].score == 88.1


# -- "DPM PTSP" written with a space is one short name, not a "PTSP" after a stray "DPM" ----------------


@pytest.mark.parametrize(
    "told, parent",
    [
        (
            "Hasil penilaian kepatuhan Ombudsman tahun 2016 menempatkan DPM PTSP Kabupaten Majene di zona hijau.",
            "Kabupaten Majene",
        ),
        (
            "Dalam penilaian kepatuhan Ombudsman tahun 2016, Kabupaten Mamuju masuk zona kuning, tetapi DPM PTSP "
            "Mamuju sudah meraih rapor hijau.",
            "Kabupaten Mamuju",
        ),
        ("Ombudsman RI menilai DPM PTSP Kota Palu pada survei kepatuhan 2016 dan memberinya zona hijau.", "Kota Palu"),
    ],
    ids=["menempatkan", "tetapi", "memberinya"],
)
def test_spaced_dpm_ptsp_is_one_short_name(told, parent):
    got = recs(told, published="2017-03-01")
    unit = got[("DPM PTSP", 2016)]
    assert (unit.entity_type, unit.parent, unit.zone) == ("unit", parent, "hijau")
    assert ("PTSP", 2016) not in got
