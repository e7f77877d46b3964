"""Officials' titles and names: a place cut short inside a title, "setempat", Wakapolri, short bureau
names, "Asisten Pratama", "Sekdako", a column's author with an office; forums, negations in headlines
and reporters in the credits that are no one.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import titles_of


# -- "Kaper" is a head of a representative office ---------------------------------------------------


def test_kaper_heads_an_office_title():
    from extract.pipeline import extract_article

    res = extract_article(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024 di Padang. Hadir Kaper Ombudsman RI "
        "Sumatera Barat, Adel Wahidi, Kaper Bengkulu Irsyad Ramadhan, dan Kaper Jambi Rudi Hartono."
    )
    titles = {o.name: o.title for o in res.officials}
    assert titles.get("Adel Wahidi", "").startswith("Kaper Ombudsman RI")
    assert titles.get("Irsyad Ramadhan") == "Kaper Bengkulu"
    assert titles.get("Rudi Hartono") == "Kaper Jambi"


# -- an office ending in joined places or a coordinating minister's portfolio -------------------


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "ujar Ketua Ombudsman Perwakilan Provinsi Sulut-Gorontalo Hendra Wijaya di Manado, Senin.",
            "Hendra Wijaya",
            "Ketua Ombudsman Perwakilan Provinsi Sulut-Gorontalo",
        ),
        (
            "Kepala Perwakilan Ombudsman Kaltim-Kaltara Dewi Lestari menyerahkan hasil penilaian.",
            "Dewi Lestari",
            "Kepala Perwakilan Ombudsman Kaltim-Kaltara",
        ),
        ("Acara dibuka Menko Polhukam Budi Santoso di Jakarta.", "Budi Santoso", "Menko Polhukam"),
        ("Hadir pula Menko Marves Rahmat Hidayat dalam acara itu.", "Rahmat Hidayat", "Menko Marves"),
    ],
    ids=["sulut-gorontalo", "kaltim-kaltara", "menko-polhukam", "menko-marves"],
)
def test_the_office_tail_keeps_joined_places_and_portfolios(text, name, title):
    got = titles_of(text)
    assert got.get(name) == title, got


# -- a place cut short between an office and its holder's name --------------------------------------------


@pytest.mark.parametrize(
    "text, name, place",
    [
        (
            "Kepala Perwakilan Ombudsman RI Provinsi Sulaw Ahmad Yani Rasyid mengatakan hal itu.",
            "Ahmad Yani Rasyid",
            "Sulaw",
        ),
        ("kata Kepala Ombudsman RI Provinsi Kalim Dewi Sartika Putri, Senin (3/2).", "Dewi Sartika Putri", "Kalim"),
        ("Wakil Ketua DPRD Kabupaten Lampu Hendra Gunawan Saputra hadir.", "Hendra Gunawan Saputra", "Lampu"),
    ],
    ids=["sulaw", "kalim", "lampu"],
)
def test_a_place_cut_short_stays_in_the_title(text, name, place):
    got = titles_of(text)
    assert name in got
    assert got[name].endswith(place)


@pytest.mark.parametrize(
    "text, name",
    [
        # a whole place: the name after it as before
        ("Kepala Perwakilan Ombudsman RI Provinsi Maluku Hasan Basri Lubis mengatakan hal itu.", "Hasan Basri Lubis"),
        # a word that opens no place's name is the name's own
        ("Kepala Perwakilan Ombudsman RI Provinsi Sofyan Ali Akbar mengatakan hal itu.", "Sofyan Ali Akbar"),
        # two words only after the cut: too short to be a place and a name
        ("Kepala Perwakilan Ombudsman RI Provinsi Malu Sofyan mengatakan hal itu.", "Malu Sofyan"),
    ],
    ids=["whole-place", "no-place-word", "too-short"],
)
def test_a_name_after_a_level_word_keeps_its_words(text, name):
    assert name in titles_of(text)


# -- a negation after an office in a headline is no name ------------------------------------------


@pytest.mark.parametrize("word", ["Tak", "Gak", "Nggak", "Tidak"], ids=["tak", "gak", "nggak", "tidak"])
def test_a_negation_after_an_office_in_a_headline_is_no_name(word):
    head = f"Sang Bupati {word} Alergi Kritik, Wonogiri Raih Predikat Terbaik"
    got = titles_of(f"{head}\n\nBupati Joko Susanto hadir.\n\n{head} Foto: dokumentasi.\n\nIa berpesan.\n\n{head}\n")
    assert all(not n.startswith(word) for n in got)
    assert "Joko Susanto" in got


# -- officials: "setempat" ending a title, Wakapolri, bureaus written short, forums that are no one ---------


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Plakat itu disaksikan langsung oleh Kepala Ombudsman setempat, Hasan Basri Lubis.",
            "Hasan Basri Lubis",
            "Kepala Ombudsman setempat",
        ),
        (
            "Penghargaan diterima oleh Wakapolri Komjen Pol Agus Salim Harahap, lalu dibawa pulang.",
            "Agus Salim Harahap",
            "Wakapolri",
        ),
        ("Gubernur didampingi Kepala Biro Adpim Rahmat K Suamba dan staf.", "Rahmat K Suamba", "Kepala Biro Adpim"),
    ],
    ids=["setempat", "wakapolri", "biro-short"],
)
def test_more_offices_with_their_holders(text, name, title):
    assert titles_of(text).get(name) == title


@pytest.mark.parametrize(
    "forum",
    ["Forkompimda Sulawesi Tengah", "Forkopimda Kabupaten Sigi", "Muspida Kota Palu"],
    ids=["forkompimda", "forkopimda", "muspida"],
)
def test_a_leadership_forum_is_no_person(forum):
    got = titles_of(
        f"Kepala Ombudsman Sulteng Hasan Basri Lubis menyerahkan piagam. Penyerahan ini dihadiri {forum}, "
        "bupati/walikota seluruh Sulawesi Tengah atau yang mewakili, dan perangkat daerah."
    )
    assert got == {"Hasan Basri Lubis": "Kepala Ombudsman Sulteng"}


def test_a_lower_case_word_before_a_comma_does_not_join_a_title_to_a_common_word():
    got = titles_of("Kepala Ombudsman setempat, yang baru dilantik, hadir bersama Bupati Sigi Irwan Lapatta.")
    assert got == {"Irwan Lapatta": "Bupati Sigi"}


# -- the junior assistant rank "Asisten Pratama" is part of the title -----------------------------------


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("tegasnya didampingi Asisten Pratama Sinta Dewi Lestari.", "Sinta Dewi Lestari", "Asisten Pratama"),
        (
            "kata Asisten Pratama Ombudsman RI Perwakilan Bali, Sinta Dewi Lestari.",
            "Sinta Dewi Lestari",
            "Asisten Pratama Ombudsman RI Perwakilan Bali",
        ),
        # "Pratama" opening a name elsewhere stays a name word
        ("Pratama Wibowo menjabat Asisten Bupati sejak 2020.", "Pratama Wibowo", "Asisten Bupati"),
    ],
    ids=["bare-title", "title-with-office", "pratama-as-name"],
)
def test_the_junior_assistant_rank_is_part_of_the_title(text, name, title):
    assert titles_of(text).get(name) == title


# -- a column's author named with the office held -------------------------------------------------------


@pytest.mark.parametrize("label", ["Penulis:", "Oleh:", "Oleh"], ids=["penulis", "oleh-colon", "oleh"])
def test_an_author_with_an_office_is_an_official(label):
    text = (
        "Pelayanan pertanahan masih banyak dikeluhkan warga.\n\n"
        f"{label} Hasan Basri Lubis, Kepala Ombudsman RI Perwakilan NTB\n\nsitus.com | Berita lain"
    )
    assert titles_of(text).get("Hasan Basri Lubis") == "Kepala Ombudsman RI Perwakilan NTB"


def test_a_reporter_in_the_credits_is_no_official():
    got = titles_of("Bupati Lombok Barat Fauzan Khalid hadir.\n\nPenulis: Hasan Basri Lubis\nEditor: Sari Dewi")
    assert got == {"Fauzan Khalid": "Bupati Lombok Barat"}


# -- "Sekdako" is a title: the name after it is the official's ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Asisten I Sekdako Dumai Herman Jaya saat menerima piagam kepatuhan dari Ombudsman.",
        "Sekdako Dumai Herman Jaya menerima piagam kepatuhan dari Ombudsman.",
    ],
)
def test_sekdako_is_a_title(line):
    text = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Dumai meraih nilai 88,10. " + line
    names = [o.name for o in extract_article(text).officials]
    assert "Herman Jaya" in names
    assert not [n for n in names if "Sekdako" in n]
