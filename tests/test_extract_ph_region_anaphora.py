"""Governments referred back to as a clause's subject: "Kota ini meraih nilai 80,1", "Kabupaten tersebut masuk
zona kuning", "Daerah itu memperoleh kategori B", "Pemkab setempat ...": the values go to the government named
before (the last one a clause was about, else the article's own), never to a new record; "di kota ini" or
"kedua kabupaten tersebut" are no such subjects.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import JATENG_2023, fields_of, recs


@pytest.mark.parametrize(
    "told, entity",
    [
        (
            "Wali Kota Tegal Dedy Yon menerima hasil itu dari Ombudsman Jawa Tengah di Semarang. Kota ini meraih "
            "nilai 80,15 dan masuk zona hijau.",
            "Kota Tegal",
        ),
        (
            "Bupati Kudus Hartopo hadir bersama Wali Kota Semarang. Kabupaten tersebut masuk zona hijau dengan "
            "nilai 80,15.",
            "Kabupaten Kudus",
        ),
        (
            "Hasil itu diterima Sekda Kabupaten Kudus di Semarang, Kamis. Menurutnya, kabupaten ini meraih nilai "
            "80,15 atau zona hijau.",
            "Kabupaten Kudus",
        ),
        (
            "Penjabat Wali Kota Tegal hadir di Semarang. Pemerintah kota tersebut berhasil keluar dari zona merah "
            "dan masuk zona hijau dengan angka 80,15.",
            "Kota Tegal",
        ),
        (
            "Ombudsman menyerahkan rapor itu kepada Pemerintah Kabupaten Kudus di Semarang, Kamis. Pemkab setempat "
            "memperoleh nilai 80,15 dan masuk zona hijau.",
            "Kabupaten Kudus",
        ),
    ],
    ids=["kota-ini", "kabupaten-tersebut", "menurutnya-kabupaten-ini", "pemerintah-kota-tersebut", "pemkab-setempat"],
)
def test_a_government_referred_back_to_holds_the_values(told, entity):
    got = recs(JATENG_2023 + told)
    assert fields_of(got, entity, 2023, "score", "zone") == {"score": 80.15, "zone": "hijau"}
    assert {e for e, y in got if y == 2023} == {entity}


@pytest.mark.parametrize(
    "told, entity",
    [
        (
            "Kabupaten Kudus dan Kota Semarang hadir di acara itu. Kabupaten tersebut masuk zona kuning.",
            "Kabupaten Kudus",
        ),
        ("Kota Semarang dan Kabupaten Kudus hadir di acara itu. Kota tersebut masuk zona kuning.", "Kota Semarang"),
        (
            "Pemkab Kudus dan Pemkot Semarang hadir. Tahun lalu daerah itu di zona merah, kini zona kuning.",
            "Kota Semarang",
        ),
    ],
    ids=["kabupaten-of-two", "kota-of-two", "daerah-the-last-named"],
)
def test_the_level_and_the_last_named_choose_the_government(told, entity):
    got = recs(JATENG_2023 + told)
    assert {e for e, y in got if y == 2023} == {entity}
    assert got[(entity, 2023)].zone == "kuning"


@pytest.mark.parametrize(
    "told, holder",
    [
        # after a preposition: the place where something is, not the clause's subject
        ("Kabupaten Kudus hadir. Mal Pelayanan Publik di kabupaten ini meraih nilai 91,02.", "Mal Pelayanan Publik"),
        # after a head's title: the head of that government speaks, the value is the one named after
        (
            "Kabupaten Kudus hadir. Bupati kabupaten tersebut mengatakan Puskesmas Jati meraih nilai 91,02.",
            "Puskesmas Jati",
        ),
    ],
    ids=["di-kabupaten-ini", "bupati-kabupaten-tersebut"],
)
def test_no_stand_in_outside_the_subject_place(told, holder):
    got = recs(JATENG_2023 + told)
    assert fields_of(got, "Kabupaten Kudus", 2023, "score") in (None, {"score": None})
    assert fields_of(got, holder, 2023, "score") == {"score": 91.02}
