"""Ranks listed name first, items parted by commas ("Klaten peringkat ke-247, Wonogiri peringkat ke-227"):
each rank stays with the name before it, not the next name after the comma.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

_BASE = (
    "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2021. Kabupaten Sragen ada di urutan ke-287 "
    "dari 416 kabupaten dengan nilai 56,78. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Tetangganya lebih baik: Klaten peringkat ke-247, Wonogiri peringkat ke-227, dan Boyolali peringkat ke-209.",
        "Sragen tertinggal dari Klaten yang berada di peringkat ke-247, Wonogiri peringkat ke-227, serta Boyolali "
        "peringkat ke-209.",
        "Adapun Klaten menempati peringkat 247, Wonogiri menempati peringkat 227 dan Boyolali menempati peringkat 209.",
    ],
    ids=["colon", "tertinggal", "menempati"],
)
def test_each_rank_stays_with_its_name(told):
    got = recs(_BASE + told)
    ranks = {e: got[(f"Kabupaten {e}", 2021)].rank for e in ("Klaten", "Wonogiri", "Boyolali")}
    assert ranks == {"Klaten": 247, "Wonogiri": 227, "Boyolali": 209}
    assert got[("Kabupaten Sragen", 2021)].rank == 287


def test_rank_told_before_its_name_still_goes_forward():
    # look-alike: a rank heading the name after it, which has no rank of its own
    got = recs(_BASE + "Di peringkat ke-5, Wonogiri dengan nilai 80,10.")
    assert (got[("Kabupaten Wonogiri", 2021)].rank, got[("Kabupaten Wonogiri", 2021)].score) == (5, 80.1)


@pytest.mark.parametrize(
    "total", ["dari total 416 kabupaten", "dari jumlah 416 kabupaten", "dari keseluruhan 416 kabupaten"]
)
def test_a_ranks_total_is_no_group_sharing_its_labels(total):
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2021. Kabupaten Sragen ada di peringkat ke-287 "
        f"{total} se-Indonesia atau di zona kuning dengan nilai 56,78.\n\n"
        "Sragen tertinggal dari Klaten yang ada di peringkat ke-247, Wonogiri peringkat ke-227, dan Boyolali "
        "peringkat ke-209."
    )
    got = recs(text)
    assert (got[("Kabupaten Sragen", 2021)].score, got[("Kabupaten Sragen", 2021)].zone) == (56.78, "kuning")
    for e in ("Klaten", "Wonogiri", "Boyolali"):
        assert (got[(f"Kabupaten {e}", 2021)].score, got[(f"Kabupaten {e}", 2021)].zone) == (None, None)


def test_a_counted_group_in_a_zone_still_shares_it():
    # look-alike: a count that is a group of its own, its members named after it
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2021. Sebanyak 3 kabupaten di Jawa Tengah masuk "
        "zona hijau, yakni Klaten, Wonogiri dan Boyolali."
    )
    assert {got[(f"Kabupaten {e}", 2021)].zone for e in ("Klaten", "Wonogiri", "Boyolali")} == {"hijau"}


# -- "setelah Kota X" after a rank is no provincial frame ("se-" is one only as its own prefix) ------------

_PEKALONGAN = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Pemkot Pekalongan memperoleh nilai 97,46. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Secara nasional Kota Pekalongan ada di urutan ke-4 setelah Kota Magelang, Kota Denpasar, dan Kota Surabaya.",
        "Di tingkat nasional, Kota Pekalongan berada di urutan ke-4 sesudah tiga kota lain.",
        "Pada level nasional Kota Pekalongan menempati peringkat ke-4 setelah Kota Magelang.",
    ],
    ids=["setelah-list", "sesudah", "setelah-one"],
)
def test_words_starting_with_se_are_no_provincial_frame(told):
    r = recs(_PEKALONGAN + told)[("Kota Pekalongan", 2023)]
    assert (r.rank, r.rank_scope) == (4, "nasional")


@pytest.mark.parametrize("frame", ["se-Jawa Tengah", "se Jawa Tengah", "se-Jateng"])
def test_se_prefix_before_a_province_is_a_provincial_frame(frame):
    r = recs(_PEKALONGAN + f"Kota Pekalongan ada di urutan ke-2 {frame}.")[("Kota Pekalongan", 2023)]
    assert (r.rank, r.rank_scope) == (2, "provinsi")
