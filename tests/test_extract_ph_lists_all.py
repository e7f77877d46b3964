""" "Semua pemerintah daerah telah masuk zona hijau" with no place: the article's own members, when
one province's two or more scored governments tell which are meant; a wish, a target or a group placed
elsewhere gives no zone.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs


# -- "semua pemerintah daerah telah masuk zona hijau" with no place: the article's own members ---------

SCORES = (
    "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik "
    "tahun 2024. Kabupaten Kerinci meraih nilai 91,20, Kabupaten Bungo 89,45 dan Kota Jambi 88,10. "
)


@pytest.mark.parametrize(
    "verdict, zone",
    [
        ("Dari hasil penilaian itu, semua pemerintah daerah telah masuk zona hijau.", "hijau"),
        ("Menurut Ombudsman, seluruh pemda sudah berada di zona hijau kualitas pelayanan publik.", "hijau"),
        ("Tahun ini seluruh kabupaten/kota berhasil meraih zona hijau.", "hijau"),
        ("Hasilnya, semua pemerintah daerah masih berada di zona kuning.", "kuning"),
    ],
    ids=["semua-telah-hijau", "seluruh-pemda-sudah", "seluruh-kabupaten-kota", "semua-masih-kuning"],
)
def test_all_governments_without_a_place_reach_the_article_members(verdict, zone):
    got = recs(SCORES + verdict)
    assert {(e, y) for e, y in got} == {("Kabupaten Kerinci", 2024), ("Kabupaten Bungo", 2024), ("Kota Jambi", 2024)}
    assert {r.zone for r in got.values()} == {zone}


@pytest.mark.parametrize(
    "verdict",
    [
        # a wish or a target, not a result
        "Ke depan, semua pemerintah daerah diharapkan masuk zona hijau.",
        "Ia mendorong agar semua pemda bisa meraih zona hijau tahun depan.",
        "Targetnya seluruh kabupaten/kota masuk zona hijau.",
        # a group placed elsewhere
        "Secara nasional, semua pemerintah daerah di Pulau Sumatera belum masuk zona hijau.",
        "Belum semua pemerintah daerah masuk zona hijau.",
    ],
    ids=["diharapkan", "mendorong-agar", "targetnya", "secara-nasional-elsewhere", "belum-semua"],
)
def test_all_governments_wish_or_elsewhere_gives_no_zone(verdict):
    got = recs(SCORES + verdict)
    assert got and all(r.zone is None for r in got.values()), got


def test_all_governments_without_a_place_needs_one_province():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kabupaten Kerinci meraih nilai 91,20 "
        "dan Kabupaten Kaur 89,45. Dari hasil penilaian itu, semua pemerintah daerah telah masuk zona hijau."
    )
    got = recs(text)
    assert {e for e, _ in got} == {"Kabupaten Kerinci", "Kabupaten Kaur"}
    assert all(r.zone is None for r in got.values()), got


def test_all_governments_without_a_place_need_two_scored_members():
    # one kabupaten scored and the city of the ceremony: too little to tell which governments are meant
    text = (
        "KOTA JAMBI - Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024 di sebuah hotel di Kota "
        "Jambi. Provinsi Jambi meraih nilai 90,10 dan Kabupaten Kerinci 88,45. Penyerahan dihadiri para kepala "
        "dinas. Dari hasil penilaian itu, semua pemerintah daerah telah masuk zona hijau."
    )
    got = recs(text)
    assert set(got) == {("Provinsi Jambi", 2024), ("Kabupaten Kerinci", 2024)}
    assert all(r.zone is None for r in got.values()), got
