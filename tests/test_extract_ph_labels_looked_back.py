"""A label looked back on ("Pada intinya, kategori merah tersebut sangat di bawah standar", "Zona merah itu
berarti ...") in a sentence naming no one and no year: a label already given, not one for the subject the text
goes on with; with a year, it still tells that year's result.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2018. Pemprov Sulbar mendapat rapor merah. "


@pytest.mark.parametrize(
    "sentences",
    [
        "Tim juga mengunjungi Kabupaten Majene kemarin. Pada intinya, kategori merah tersebut jauh di bawah standar.",
        "Kabupaten Mamasa menyambut tim dengan baik. Zona merah itu berarti banyak standar belum dipenuhi.",
        "Kabupaten Majene dikunjungi pekan lalu. Menurutnya, nilai merah tersebut akibat tidak adanya SOP.",
    ],
    ids=["kategori-tersebut", "zona-itu", "nilai-tersebut"],
)
def test_a_label_looked_back_on_goes_to_no_one_new(sentences):
    r = recs(LEAD + sentences)
    assert r[("Provinsi Sulawesi Barat", 2018)].zone == "merah"
    assert not any(e.startswith("Kabupaten") for e, _ in r)


def test_a_label_looked_back_on_with_its_year_still_tells_it():
    text = "Ombudsman RI menyerahkan hasil penilaian kepatuhan. Kabupaten Majene dikunjungi tim kemarin. "
    r = recs(text + "Predikat zona hijau tersebut diraih pada penilaian tahun 2018.")
    assert r[("Kabupaten Majene", 2018)].zone == "hijau"


def test_a_label_looked_back_on_with_its_score_still_tells_it():
    text = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2018. Kabupaten Majene dikunjungi tim kemarin. "
    r = recs(text + "Nilai 82,40 dan zona hijau tersebut disambut gembira oleh jajaran pemkab.")
    assert r[("Kabupaten Majene", 2018)].zone == "hijau"
