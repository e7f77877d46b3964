"""A list after "yakni" that follows a zone its named subject already holds ("sehingga Buru tetap di zona
kuning, yakni Puskesmas A, B") names the subject's parts, not more holders of the zone; a zone headed by
"yang" or by a counted group still heads the list after it.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

INTRO = "Ombudsman RI menilai kepatuhan pelayanan publik 2024. Kabupaten Buru memperoleh nilai 57,30. "
PARTS = ["Puskesmas Namlea", "Puskesmas Waeapo", "Puskesmas Air Buaya"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada tiga puskesmas yang kurang baik sehingga Buru masih berada di zona kuning, yakni Puskesmas Namlea, "
        "Puskesmas Waeapo dan Puskesmas Air Buaya.",
        "Kabupaten Buru tetap di zona kuning, yaitu karena Puskesmas Namlea, Puskesmas Waeapo dan Puskesmas "
        "Air Buaya belum patuh.",
        "Layanan yang lemah membuat Buru bertahan di zona kuning, antara lain Puskesmas Namlea, Puskesmas Waeapo "
        "dan Puskesmas Air Buaya.",
    ],
    ids=["sehingga", "tetap", "bertahan"],
)
def test_a_list_after_the_subjects_zone_takes_no_zone(sentence):
    got = recs(INTRO + sentence)
    assert got[("Kabupaten Buru", 2024)].zone == "kuning"
    assert not any(got.get((name, 2024)) and got[(name, 2024)].zone for name in PARTS)


@pytest.mark.parametrize(
    "sentence, names",
    [
        (
            "Selain Kota Ambon, yang juga masuk zona kuning yakni Kabupaten Buru dan Kabupaten Seram Bagian Barat.",
            ["Kota Ambon", "Kabupaten Buru", "Kabupaten Seram Bagian Barat"],
        ),
        (
            "Di Provinsi Maluku ada tiga daerah masuk zona kuning, yakni Kabupaten Buru, Kota Tual dan Kota Ambon.",
            ["Kabupaten Buru", "Kota Tual", "Kota Ambon"],
        ),
        (
            "Kota yang sudah zona hijau yaitu Kota Tual dan Kota Ambon dan satu berada di zona kuning yaitu Kabupaten Buru.",
            ["Kabupaten Buru"],
        ),
    ],
    ids=["yang-juga", "counted", "another-subject"],
)
def test_a_zone_heading_a_list_still_gives_it(sentence, names):
    got = recs(INTRO + sentence)
    assert {n: got[(n, 2024)].zone for n in names} == dict.fromkeys(names, "kuning")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pada Kabupaten Buru yang mendapatkan zona hijau adalah Dinas Penanaman Modal dan PTSP.",
        "Di Kabupaten Buru mendapat zona hijau adalah Dinas Penanaman Modal dan PTSP.",
        "Untuk Kabupaten Buru meraih zona hijau yakni Dinas Penanaman Modal dan PTSP.",
    ],
    ids=["pada", "di", "untuk"],
)
def test_a_place_after_a_preposition_is_where_the_holder_is(sentence):
    """ "Pada Kabupaten X mendapatkan zona hijau adalah Dinas Y": X only places the unit that holds the zone."""
    got = recs("Ombudsman RI menilai kepatuhan pelayanan publik 2015. " + sentence)
    assert got[("Dinas Penanaman Modal dan PTSP", 2015)].zone == "hijau"
    assert ("Kabupaten Buru", 2015) not in got or got[("Kabupaten Buru", 2015)].zone != "hijau"
