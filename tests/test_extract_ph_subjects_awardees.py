"""No subject: a sentence about the award's holders in general ("para penerima penghargaan ini berada di zona hijau",
"apresiasi bagi kementerian, lembaga, pemerintah provinsi ... yang masuk zona hijau") gives its labels to no one,
not to the government the article is about, unless the text says that government is one of them with that label
(harvest notes zi: the general sentence about awardees reaching the green zone is not tied to the city).

Every sentence here is written for these tests (real kinds of facts, invented wording); each phenomenon is tried in
several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = (
    "Pemerintah Kota Kediri menduduki posisi keempat kategori kota se-Indonesia dalam Penilaian Kepatuhan "
    "Penyelenggaraan Pelayanan Publik tahun 2024. "
)


@pytest.mark.parametrize(
    "general",
    [
        "Penilaian ini memberi apresiasi kepada kementerian, lembaga, pemerintah provinsi, kota dan kabupaten yang "
        "berdedikasi hingga masuk zona hijau.",
        "Para penerima penghargaan ini berada di zona hijau.",
        "Seluruh peraih anugerah tersebut tercatat masuk zona hijau.",
    ],
    ids=["apresiasi-kepada-kementerian-lembaga", "para-penerima", "seluruh-peraih"],
)
def test_awardees_in_general_give_no_zone(general):
    got = recs(LEAD + general)
    rec = got[("Kota Kediri", 2024)]
    assert (rec.rank, rec.zone) == (4, None)


def test_government_said_to_be_one_of_the_green_awardees_keeps_the_zone():
    text = LEAD + "Kota Kediri termasuk para penerima penghargaan yang berada di zona hijau."
    assert recs(text)[("Kota Kediri", 2024)].zone == "hijau"


def test_zone_said_of_the_government_alone_is_kept():
    text = LEAD + "Dengan capaian itu, kota ini berada di zona hijau."
    assert recs(text)[("Kota Kediri", 2024)].zone == "hijau"


@pytest.mark.parametrize(
    "told",
    [
        "Kota Kediri bersama para penerima penghargaan lainnya berada di zona hijau.",
        "Kota Kediri dan para peraih anugerah lain tercatat masuk zona hijau.",
    ],
    ids=["bersama-para-penerima", "dan-para-peraih"],
)
def test_government_joined_to_the_awardees_keeps_the_zone(told):
    assert recs(LEAD + told)[("Kota Kediri", 2024)].zone == "hijau"
