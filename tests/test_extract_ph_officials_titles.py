"""Officials' titles and names: offices written short ("Irwasda", "Kaper", "Sekdako", Wakapolri), words
that continue a title ("Penanggung Jawab", "setempat", joined places, a minister's portfolio, "Asisten
Pratama"), a place cut short inside a title, a misspelt "Ombudsman", long Balinese names, a column's
author with an office; regions, institutions, forums, headline words and reporters that are no one.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import officials_of, titles_of


# -- officials: an office written short ("Irwasda") and the words of an institution after a title
# ("Komisi Pemberantasan Korupsi") are no person's name ----------------------------------------


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Penyerahan hasil penilaian kepatuhan Ombudsman tahun 2024 dihadiri langsung Wakil Gubernur Jambi "
            "Abdullah Sani, Kapolda Jambi irjen Pol Rusdi berserta Waka Polda Jambi, Irwasda, Pejabat Utama "
            "(PJU) Polda Jambi, Kapolres jajaran.",
            {"Abdullah Sani"},
        ),
        (
            "Direktur II Bidang Pencegahan Komisi Pemberantasan Korupsi (KPK), Budi Santoso mengatakan hasil "
            "penilaian kepatuhan Ombudsman 2023 penting bagi pemerintah daerah.",
            set(),
        ),
        (
            "Menurut Wakil Ketua Komisi Pemberantasan Korupsi, Budi Santoso, hasil penilaian kepatuhan "
            "Ombudsman 2023 penting.",
            {"Budi Santoso"},
        ),
    ],
    ids=[
        "penyerahan-hasil-penilaian-kepatuhan-ombudsman",
        "direktur-ii-bidang-pencegahan-komisi",
        "menurut-wakil-ketua-komisi-pemberantasan",
    ],
)
def test_offices_and_institution_words_are_no_names(text, names):
    got = set(officials_of(text))
    assert "Irwasda" not in got and not any("Pemberantasan" in n for n in got)
    assert names <= got


# -- officials: "Penanggung Jawab" continues a title; a region is never a person's name --------------


@pytest.mark.parametrize(
    "line, name, title",
    [
        (
            "Budi Santoso, Asisten Ombudsman Penanggung Jawab Kepatuhan menambahkan, workshop digelar.",
            "Budi Santoso",
            "Asisten Ombudsman Penanggung Jawab Kepatuhan",
        ),
        (
            "Asisten Ombudsman Penanggung Jawab Pemeriksaan, Rina Wulandari, menjelaskan metodenya.",
            "Rina Wulandari",
            "Asisten Ombudsman Penanggung Jawab Pemeriksaan",
        ),
    ],
    ids=["budi-santoso-asisten-ombudsman-penanggung", "asisten-ombudsman-penanggung-jawab-pemeriksaan"],
)
def test_penanggung_jawab_is_part_of_the_title(line, name, title):
    res = extract_article("Ombudsman RI Perwakilan Sumatera Barat menilai kepatuhan pelayanan publik. " + line)
    assert [(o.name, o.title) for o in res.officials] == [(name, title)]


@pytest.mark.parametrize(
    "line",
    [
        "Hadir para wali kota se-Provinsi Riau, Kepala Perwakilan Ombudsman RI Riau, dan sejumlah camat.",
        "Hadir Kepala Ombudsman RI Perwakilan Bengkulu, para camat dan lurah.",
        "Turut hadir Kepala Perwakilan Ombudsman Sumatera Barat, pimpinan OPD, dan undangan.",
    ],
    ids=["hadir-para-wali-kota-se", "hadir-kepala-ombudsman-ri-perwakilan", "turut-hadir-kepala-perwakilan-ombudsman"],
)
def test_a_region_after_a_title_is_no_name(line):
    res = extract_article("Ombudsman RI menyerahkan hasil penilaian kepatuhan. " + line)
    assert res.officials == []


# -- a misspelt "Ombudsman" still makes a title --------------------------------------------------------------


@pytest.mark.parametrize(
    "text,name",
    [
        ("tutur Ketua Ombusman Perwakilan Kalimantan Barat Rusdi H.M Karim, Senin (9/12).", "Rusdi H.M Karim"),
        ("kata Kepala Ombdusman RI Perwakilan Jambi Abdul Rahman Syarif kepada wartawan.", "Abdul Rahman Syarif"),
        ("Kepala Ombdsman Sultra, Darmawan Tarigan menyatakan hal itu.", "Darmawan Tarigan"),
    ],
    ids=[
        "tutur-ketua-ombusman-perwakilan-kalimantan",
        "kata-kepala-ombdusman-ri-perwakilan",
        "kepala-ombdsman-sultra-darmawan-tarigan",
    ],
)
def test_a_misspelt_ombudsman_still_makes_a_title(text, name):
    assert name in titles_of(text)


# -- officials: long Balinese names, region phrases, headline verbs -------------------------------


@pytest.mark.parametrize(
    "text,name",
    [
        ("Piagam diterima oleh Bupati Gianyar, I Gusti Made Surya Pranata, di Jakarta.", "I Gusti Made Surya Pranata"),
        ("Hadir pula Bupati Jembrana, I Made Wirya Negara, dalam acara itu.", "I Made Wirya Negara"),
        ("Sekda Bali, Dewa Ketut Arsana, mengatakan hal itu.", "Dewa Ketut Arsana"),
        ("Menurut Bupati Badung I Nyoman Sukra Adnyana, capaian ini hasil kerja bersama.", "I Nyoman Sukra Adnyana"),
    ],
    ids=[
        "piagam-diterima-oleh-bupati-gianyar",
        "hadir-pula-bupati-jembrana-i",
        "sekda-bali-dewa-ketut-arsana",
        "menurut-bupati-badung-i-nyoman",
    ],
)
def test_long_balinese_names_are_whole(text, name):
    assert name in titles_of(text)


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Kepala Perwakilan Ombudsman Wilayah Jawa Timur, Ratna Kusumawati, menyebut capaian itu mesti dijaga.",
            "Ratna Kusumawati",
        ),
        (
            "Kepala Ombudsman RI Perwakilan Wilayah Sulawesi Utara Johanis Mamahit mengatakan hal itu.",
            "Johanis Mamahit",
        ),
        ("Kepala Kantor Wilayah Kemenkumham Jawa Barat, Budi Santoso, mengatakan hal itu.", "Budi Santoso"),
    ],
    ids=[
        "kepala-perwakilan-ombudsman-wilayah-jawa",
        "kepala-ombudsman-ri-perwakilan-wilayah",
        "kepala-kantor-wilayah-kemenkumham-jawa",
    ],
)
def test_a_region_phrase_after_a_title_is_no_name(text, name):
    found = titles_of(text)
    assert name in found
    assert not any(n.startswith("Wilayah") for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Aktivis Minta Presiden Copot Menteri karena Angkat Eks Terpidana Jadi Komisaris",
        "Warga Desak Bupati Pecat Camat yang Lalai",
        "Gubernur Minta Bupati Benahi Layanan Publik",
    ],
    ids=[
        "aktivis-minta-presiden-copot-menteri",
        "warga-desak-bupati-pecat-camat",
        "gubernur-minta-bupati-benahi-layanan",
    ],
)
def test_a_headline_verb_after_a_title_is_no_name(text):
    found = titles_of(text)
    assert not any(n.split()[0] in ("Copot", "Pecat", "Minta", "Benahi") for n in found), found


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
