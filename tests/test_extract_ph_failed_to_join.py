"""A result failed or denied by membership ("gagal meraih zona hijau", "gagal masuk dalam jajaran provinsi yang
meraih predikat kepatuhan tinggi", "tidak masuk daftar daerah yang ..."): the one named does not hold the label;
one that did join the list, or failed only before, still does.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI mengumumkan hasil penilaian kepatuhan standar pelayanan publik tahun 2021. "


@pytest.mark.parametrize(
    "sentence, entity",
    [
        ("Sayangnya Kota Padang gagal meraih zona hijau.", "Kota Padang"),
        (
            "Bahkan Pemprov Jambi gagal masuk dalam jajaran provinsi yang mendapat predikat kepatuhan tinggi atau "
            "yang berada di zona hijau.",
            "Provinsi Jambi",
        ),
        ("Kabupaten Agam tidak masuk daftar daerah yang memperoleh predikat kepatuhan tinggi.", "Kabupaten Agam"),
        ("Kabupaten Solok belum masuk deretan kabupaten berzona hijau.", "Kabupaten Solok"),
    ],
    ids=["gagal-meraih", "gagal-masuk-jajaran", "tidak-masuk-daftar", "belum-masuk-deretan"],
)
def test_a_failed_or_denied_membership_gives_no_label(sentence, entity):
    assert entity not in {e for e, _ in recs(LEAD + sentence)}


@pytest.mark.parametrize(
    "sentence, key, zone",
    [
        ("Kota Solok masuk dalam daftar daerah yang meraih zona hijau.", ("Kota Solok", 2021), "hijau"),
        ("Kota Solok yang tahun lalu gagal, kini masuk zona hijau.", ("Kota Solok", 2021), "hijau"),
        ("Kota Bukittinggi masuk jajaran daerah berzona hijau.", ("Kota Bukittinggi", 2021), "hijau"),
    ],
    ids=["masuk-daftar", "gagal-before", "masuk-jajaran"],
)
def test_joining_the_list_or_an_earlier_failure_keeps_the_label(sentence, key, zone):
    assert recs(LEAD + sentence)[key].zone == zone
