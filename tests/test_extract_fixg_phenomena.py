"""Records and values: the pre-2022 level told of a holder's compliance in an undated release, and
other constructions of lists of many holders.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

import pytest

from extract_helpers import recs

HEAD = "Ombudsman RI Perwakilan Sulawesi Tenggara mengumumkan hasil penilaian kepatuhan standar pelayanan publik. "


# -- "X itu tingkat kepatuhannya rendah": the level with no copula dates an undated release ------


@pytest.mark.parametrize(
    "said",
    [
        "Menurut dia, Pemkab Buton itu tingkat kepatuhannya rendah, sehingga masuk zona merah.",
        "Artinya Pemkab Buton kepatuhannya rendah dan berada di zona merah.",
        "Pemkab Buton masuk zona merah atau rendah, katanya.",
    ],
)
def test_the_old_level_of_a_holder_dates_a_weekday_release_before_2022(said):
    text = HEAD + f"Kepala perwakilan menyampaikannya di Kendari, Selasa (5/12). {said}"
    r = recs(text)
    assert ("Kabupaten Buton", 2017) in r, r.keys()
    assert r[("Kabupaten Buton", 2017)].zone == "merah"
    assert r[("Kabupaten Buton", 2017)].opinion == "kepatuhan rendah"


@pytest.mark.parametrize(
    "said",
    [
        "Pemkab Buton masuk zona merah, katanya.",
        "Pemkab Buton masuk zona merah dengan kualitas rendah, katanya.",
        "Pemkab Buton masuk zona merah karena tingkat kepatuhannya lebih rendah dibanding daerah lain.",
    ],
)
def test_without_an_old_level_the_weekday_keeps_the_latest_year(said):
    text = HEAD + f"Kepala perwakilan menyampaikannya di Kendari, Selasa (5/12). {said}"
    r = recs(text)
    assert ("Kabupaten Buton", 2023) in r, r.keys()
    assert r[("Kabupaten Buton", 2023)].opinion != "kepatuhan rendah"


@pytest.mark.parametrize(
    "said",
    [
        "Pemkot Baubau itu tingkat kepatuhannya sedang, sehingga masuk zona kuning.",
        "Tahun ini Pemkot Baubau masuk zona kuning atau sedang.",
    ],
)
def test_the_direct_level_fills_the_old_opinion(said):
    text = HEAD + f"Hasil penilaian tahun 2019 disampaikan di Kendari. {said}"
    r = recs(text)
    assert r[("Kota Baubau", 2019)].opinion == "kepatuhan sedang"
    assert r[("Kota Baubau", 2019)].zone == "kuning"
