"""No subject: datelines with an outlet or a domain (an outlet's city before a police article), where
something was said, a place whose governments in general hold a label, the government a group lies in,
governments counted by their level, venues (a police headquarters or another office as the place), the
assessor misspelt or its office after a colon, a verdict on a place's public service in general; the
subject after a headline (a head of government's level, a headline ending in "Ombudsman", a bare
"Baca Juga:" or links to other articles, a short unit name) and a unit's parent.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import fields_of, governments, recs


# -- the subject near a headline: a head of government names its level, a headline ending in "Ombudsman" or a
# -- bare "Baca Juga:" leaves the next paragraph alone (linked headlines claim nothing here), a headline's
# -- short unit name is the body's full one,
# -- a district sharing a region's name does not own the unit ----------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # 'Walikota Blitar' is the city, 'Bupati Blitar' the regency (Blitar is both)
            "Walikota Kediri Terima Penghargaan dari Ombudsman\n\nKota Kediri meraih nilai 93,10 dalam Penilaian "
            "Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2023, kata Walikota Kediri.",
            {("Kota Kediri", 2023)},
        ),
        (
            "Bupati Kediri Terima Penghargaan dari Ombudsman\n\nKabupaten Kediri meraih nilai 90,05 dalam Penilaian "
            "Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2023.",
            {("Kabupaten Kediri", 2023)},
        ),
        (
            "MENGGALA – Kabupaten Tulang Bawang meraih nilai 86,30 dalam Penilaian Kepatuhan Penyelenggaraan "
            "Pelayanan Publik 2023.\n\nBaca Juga:\n\nKota Bandar Lampung Masuk Zona Hijau Ombudsman 2023\n\n"
            "Kepala Ombudsman RI Perwakilan Lampung menyerahkan piagamnya di Bandar Lampung.",
            {("Kabupaten Tulang Bawang", 2023)},
        ),
        (  # headlines of linked articles ("Baca Juga:", "Berita Terkait:") are claims of those articles
            "Kabupaten Kulon Progo meraih nilai 95,20 dalam Penilaian Kepatuhan Ombudsman RI tahun 2023.\n\n"
            "Baca Juga: Kota Yogyakarta Raih Nilai 94,33 dalam Penilaian Ombudsman\n\n"
            "Bupati mengapresiasi seluruh OPD.\n\n"
            "Berita Terkait:\n- Kabupaten Gunungkidul Masuk Zona Hijau Ombudsman 2023\n"
            "- Bantul Peringkat Pertama Nasional Penilaian Kepatuhan\n",
            {("Kabupaten Kulon Progo", 2023)},
        ),
    ],
    ids=[
        "walikota-names-the-city",
        "bupati-names-the-regency",
        "headline-under-a-bare-baca-juga",
        "links-to-other-articles",
    ],
)
def test_the_head_of_a_government_and_a_linked_headline(text, expected):
    assert set(recs(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # '... dari Ombudsman' closes the headline; the next paragraph's name is the subject
            "Pemkot Terima Penghargaan dari Ombudsman\n\nKota Magelang meraih nilai 91,55 dalam Penilaian "
            "Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2023.",
            {("Kota Magelang", 2023): {"score": 91.55}},
        ),
        (  # Depok is a district of Sleman and a city in West Java: the unit in Sleman's article is Sleman's
            "SLEMAN – Ombudsman RI Perwakilan DIY menilai puskesmas di Kabupaten Sleman pada Penilaian Kepatuhan "
            "2023. Puskesmas Depok I meraih nilai 95,10 dan Puskesmas Mlati II meraih 93,40.",
            {
                ("Puskesmas Depok I", 2023): {"parent": "Kabupaten Sleman", "score": 95.1},
                ("Puskesmas Mlati II", 2023): {"parent": "Kabupaten Sleman", "score": 93.4},
            },
        ),
        (
            "Dinas Dukcapil Kota Palu Raih Nilai 96,5\n\nPALU – Dinas Kependudukan dan Pencatatan Sipil "
            "(Disdukcapil) Kota Palu meraih nilai 96,5 dalam penilaian kepatuhan standar pelayanan publik Ombudsman "
            "RI tahun 2024.",
            {("Dinas Kependudukan dan Pencatatan Sipil", 2024): {"parent": "Kota Palu", "score": 96.5}},
        ),
    ],
    ids=["headline-ending-in-ombudsman", "district-sharing-a-regions-name", "headlines-short-unit-name"],
)
def test_the_subject_after_a_headline_and_its_parent(text, expected):
    r = recs(text)
    assert {k: fields_of(r, *k, *sorted(v)) for k, v in expected.items()} == expected
    assert set(r) == set(expected)


# -- a dateline with place, province and outlet is no subject: "Ambon, Maluku (MataMaluku) –" ---


@pytest.mark.parametrize(
    "dateline",
    [
        "Ambon, Maluku (MataMaluku) – ",
        "Kupang, NTT (Antara) - ",
        "Ternate, Maluku Utara (ANTARA) — ",
        "Sorong, Papua Barat Daya (Suara Timur) - ",
    ],
    ids=[
        "ambon-maluku-matamaluku",
        "kupang-ntt-antara",
        "ternate-maluku-utara-antara",
        "sorong-papua-barat-daya-suara",
    ],
)
def test_dateline_with_province_and_outlet_is_no_subject(dateline):
    text = (
        dateline + "Sejumlah kabupaten masih berada pada zona kuning dalam penilaian kepatuhan Ombudsman RI "
        "tahun 2024. Kabupaten Buru Selatan masih berada dalam zona kuning."
    )
    assert {(r.entity, r.year, r.zone) for r in extract_article(text).records} == {
        ("Kabupaten Buru Selatan", 2024, "kuning")
    }


# -- where it was said is no holder ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Kepala Ombudsman RI Perwakilan Sumbar di Padang, Selasa, mengatakan, pemerintah daerah yang masuk zona merah "
        "masih cukup banyak.",
        "Hal itu disampaikan Kepala Ombudsman di Kota Padang, Rabu (11/12), bahwa pemda yang masih di zona merah "
        "perlu berbenah.",
    ],
    ids=["kepala-ombudsman-ri-perwakilan-sumbar", "hal-itu-disampaikan-kepala-ombudsman"],
)
def test_venue_of_a_statement_gets_no_label(said):
    text = "Ombudsman menyampaikan hasil survei kepatuhan tahun 2019. " + said
    assert ("Kota Padang", 2019) not in recs(text)


def test_only_government_named_as_an_office_still_takes_the_label():
    # look-alike that must fire: an office holder's government, no venue
    text = "Ombudsman menyampaikan hasil survei kepatuhan tahun 2019. Wali Kota Padang menerima predikat zona hijau."
    assert recs(text)[("Kota Padang", 2019)].zone == "hijau"


# -- a place whose governments in general hold the label ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Gorontalo Catat Banyak Daerah di Zona Merah",
        "Di Gorontalo, sejumlah daerah masih berada di zona merah.",
        "Provinsi Gorontalo mencatat beberapa kabupaten masuk zona merah.",
    ],
    ids=[
        "gorontalo-catat-banyak-daerah-di",
        "di-gorontalo-sejumlah-daerah-masih",
        "provinsi-gorontalo-mencatat-beberapa-kabupaten",
    ],
)
def test_label_of_many_governments_in_a_place_is_not_the_places(said):
    text = f"{said}\\n\\nOmbudsman menyerahkan hasil penilaian kepatuhan tahun 2024 kepada pemerintah daerah."
    assert ("Provinsi Gorontalo", 2024) not in recs(text)


def test_place_holding_its_own_label_still_does():
    # look-alike: the province itself is in the zone
    text = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2024. Pemprov Gorontalo masuk zona merah."
    assert recs(text)[("Provinsi Gorontalo", 2024)].zone == "merah"


# -- a dateline after an outlet's domain: "Serambi.WahanaNews.co, Subulussalam - ..." -----------------


@pytest.mark.parametrize(
    "dateline",
    ["BANTENPOS.COM, KOTA SERANG - ", "BANTENNEWS.CO.ID, SERANG – ", "Kabarbanten.com, Serang - "],
    ids=["bantenpos-kota-serang", "bantennews-serang", "kabarbanten-serang"],
)
def test_the_city_of_a_dateline_before_a_police_article_is_not_a_subject(dateline):
    r = recs(
        f"{dateline}Sejumlah polres di wilayah hukum Polda Banten masuk zona hijau pada Penilaian Kepatuhan "
        "tahun 2021 oleh Ombudsman. Polres Cilegon meraih nilai 94,31."
    )
    assert not governments(r)
    assert r[("Polres Cilegon", 2021)].score == 94.31


@pytest.mark.parametrize(
    "dateline",
    ["Serambi.WahanaNews.co, Subulussalam - ", "Portal.BeritaAceh.com, Subulussalam – ", "SUBULUSSALAM - "],
    ids=["serambi-wahananews-co-subulussalam", "portal-beritaaceh-com-subulussalam", "subulussalam"],
)
def test_place_of_a_dateline_after_a_domain_is_no_subject(dateline):
    text = (
        dateline + "Ombudsman RI menyatakan Pemerintah Aceh dan pemerintah kabupaten/kota di provinsi itu "
        "berhasil mencapai zona hijau dalam penilaian kepatuhan 2024."
    )
    assert ("Kota Subulussalam", 2024) not in recs(text)


# -- the government a group lies in is not one of its members: "Tiga pemda Provinsi Sulteng ..." ------


@pytest.mark.parametrize(
    "head",
    [
        "Tiga pemerintah daerah (Pemda) di Provinsi Sulawesi Tengah (Sulteng) memperoleh predikat zona hijau",
        "Tiga pemda Provinsi Sulawesi Tengah mendapat predikat zona hijau",
        "Tiga kabupaten/kota di Provinsi Sulawesi Tengah meraih predikat zona hijau",
    ],
    ids=["tiga-pemerintah-daerah-pemda-di", "tiga-pemda-provinsi-sulawesi-tengah", "tiga-kabupaten-kota-di-provinsi"],
)
def test_the_province_of_a_group_is_not_its_member(head):
    text = (
        head + " pada penilaian kepatuhan pelayanan publik Ombudsman RI tahun 2022. Ketiga daerah tersebut ialah "
        "pemerintah Kabupaten Sigi, Pemda Kabupaten Buol dan Pemda Kabupaten Donggala."
    )
    r = recs(text)
    assert {n: x.zone for (n, _), x in r.items()} == {
        "Kabupaten Sigi": "hijau",
        "Kabupaten Buol": "hijau",
        "Kabupaten Donggala": "hijau",
    }


# -- counted governments ("94 Pemerintah Kota") and venues are no subject ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Zona Hijau Opini Kualitas Tertinggi tahun itu diraih 25 Pemerintah Provinsi, 90 Pemerintah Kota dan "
        "320 Pemerintah Kabupaten di seluruh Indonesia.",
        "Tahun ini, sebanyak 80 Pemerintah Kota dan 300 Pemerintah Kabupaten meraih Zona Hijau Kualitas Tertinggi.",
    ],
    ids=["zona-hijau-opini-kualitas-tertinggi", "tahun-ini-sebanyak-80-pemerintah"],
)
def test_counted_level_words_are_no_reference_to_the_articles_own_government(sentence):
    got = recs(
        "Samarinda - Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Tahun 2024 kepada Pemerintah Kota "
        "Samarinda, yang meraih nilai 88,20. " + sentence
    )
    assert got[("Kota Samarinda", 2024)].zone is None, got


@pytest.mark.parametrize(
    "venue",
    [
        "di Hotel Novotel Balikpapan",
        "di Auditorium RRI Jakarta",
        "di Balai Kartini, Jakarta Selatan",
        "bertempat di ruang Aula Garuda Samarinda",
    ],
    ids=[
        "di-hotel-novotel-balikpapan",
        "di-auditorium-rri-jakarta",
        "di-balai-kartini-jakarta-selatan",
        "bertempat-di-ruang-aula-garuda",
    ],
)
def test_the_place_of_a_venue_takes_no_result(venue):
    got = recs(
        "Kabupaten Paser meraih nilai 91,05 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun "
        f"2023. Predikat zona hijau itu diserahkan Ombudsman RI dan diterima Sekda Paser {venue}, Selasa "
        "(12/12/2023)."
    )
    assert set(got) == {("Kabupaten Paser", 2023)}, got.keys()


@pytest.mark.parametrize(
    "place",
    ["di Mapolda Banten", "di Mapolres Serang", "di Kejari Serang", "di Bandara Soekarno-Hatta, Tangerang"],
    ids=["mapolda", "mapolres", "kejari", "bandara"],
)
def test_a_place_named_by_its_police_headquarters_or_another_office_is_no_subject(place):
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021 kepada Polres Cilegon yang meraih nilai "
        f"94,31. Penyerahan berlangsung {place}, Kamis. Polres Cilegon masuk zona hijau."
    )
    assert list(recs(text)) == [("Polres Cilegon", 2021)]


# -- the assessor's name misspelt, and its office after a colon ----------------------------------


def test_misspelt_assessor_still_makes_the_article_relevant():
    got = recs(
        "Wali Kota Pagar Alam menerima penghargaan Predikat Kepatuhan Tinggi dari Ombusman RI di Jakarta, "
        "Kamis, 5 Desember 2019. Kota Pagar Alam meraih nilai 88,10."
    )
    assert got[("Kota Pagar Alam", 2019)].score == 88.1


def test_the_assessors_office_after_a_colon_is_no_subject():
    got = recs(
        "Hanya Dua Kabupaten Zona Hijau di Sulteng\nPERWAKILAN: SULAWESI TENGAH\n"
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Zona hijau diraih Kabupaten Sigi "
        "dan Kabupaten Poso."
    )
    assert {e for e, _ in got} == {"Kabupaten Sigi", "Kabupaten Poso"}


# -- a verdict on a place's public service "in general" names no government ------------------------


@pytest.mark.parametrize(
    "verdict",
    [
        "Menurut Ombudsman RI, secara umum mutu pelayanan publik di Provinsi Jambi sudah masuk opini kualitas tinggi.",
        "Pada umumnya pelayanan publik di Provinsi Jambi berada di zona hijau, kata dia.",
    ],
    ids=["menurut-ombudsman-ri-secara-umum", "pada-umumnya-pelayanan-publik-di"],
)
def test_a_general_verdict_on_a_place_is_no_record(verdict):
    got = recs("Ombudsman RI Perwakilan Jambi memaparkan hasil penilaian kepatuhan tahun 2023. " + verdict)
    assert not got, got


@pytest.mark.parametrize(
    "verdict, expected",
    [
        (
            "Secara umum, seluruh layanan publik di lingkungan Pemerintah Kota Jambi masuk kategori kuning.",
            {("Kota Jambi", 2023): {"zone": "kuning"}},
        ),
        (
            "Menurut dia, pada umumnya unit pelayanan di lingkup Pemkab Muaro Jambi berada di zona hijau.",
            {("Kabupaten Muaro Jambi", 2023): {"zone": "hijau"}},
        ),
        (
            "Secara keseluruhan pelayanan publik di lingkungan pemerintah Kabupaten Kerinci meraih nilai 71,20.",
            {("Kabupaten Kerinci", 2023): {"score": 71.2}},
        ),
    ],
    ids=["secara-umum-di-lingkungan-pemkot", "pada-umumnya-di-lingkup-pemkab", "secara-keseluruhan-di-lingkungan"],
)
def test_services_in_general_within_a_government_are_that_governments(verdict, expected):
    """'di lingkungan/lingkup Pemkot X' names the government whose own services are judged, not a place whose
    governments in general hold the label (the look-alike 'di Provinsi X secara umum' stays no record)."""
    got = recs("Ombudsman RI Perwakilan Jambi memaparkan hasil penilaian kepatuhan tahun 2023. " + verdict)
    assert {k: {f: getattr(r, f) for f in v} for k, r in got.items() for v in [expected.get(k, {})]} == expected


def test_a_page_dated_in_a_year_without_assessment_reports_the_one_before():
    got = recs(
        "Ombudsman RI menyebut Kabupaten Tebo masuk zona hijau dalam penilaian kepatuhan. Hal itu disampaikan "
        "Kepala Perwakilan, Senin (5/4/2021)."
    )
    assert set(got) == {("Kabupaten Tebo", 2019)}, got.keys()


def test_a_label_dominating_a_places_service_is_no_record_of_its_government():
    got = recs(
        "Menurut survei kepatuhan Ombudsman RI tahun 2017, zona merah masih mendominasi layanan publik di "
        "Jawa Tengah. Kabupaten Kendal meraih nilai 82,10 atau zona hijau."
    )
    assert set(got) == {("Kabupaten Kendal", 2017)}, got.keys()


# -- a sentence about how many of those assessed hold a zone is no value of the article's subject -------


@pytest.mark.parametrize(
    "count",
    [
        "Ketua Ombudsman menyebut jumlah penyelenggara layanan yang masuk zona hijau naik dibanding tahun lalu.",
        "Menurutnya, jumlah instansi yang meraih zona hijau bertambah pada penilaian tahun ini.",
        "Secara nasional jumlah daerah yang berada di zona hijau terus meningkat.",
    ],
    ids=["jumlah-penyelenggara", "jumlah-instansi", "jumlah-daerah"],
)
def test_a_count_of_those_in_a_zone_gives_the_subject_no_zone(count):
    text = (
        "Pemkab Karanganyar menerima penghargaan Ombudsman RI atas penilaian kepatuhan tahun 2024. Kabupaten "
        f"Karanganyar meraih nilai 97,15. {count}"
    )
    assert fields_of(recs(text), "Kabupaten Karanganyar", 2024) == {"score": 97.15}
