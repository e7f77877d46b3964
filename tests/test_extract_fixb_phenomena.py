"""Records of service units and national bodies: names written short or with their spelling
variants, labels with the service named inside them, own averages in percent, lists of police
stations under a regional police heading.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

import pytest

from extract_helpers import recs

OMB = "Ombudsman RI merilis hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "


# -- national bodies written with their spelling variants -------------------------------------


@pytest.mark.parametrize(
    "written, canonical",
    [
        (
            "Lembaga Kebijakan Pengadaan Barang dan Jasa Pemerintah",
            "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah",
        ),
        ("Lembaga Kebijakan Pengadaan Barang Jasa Pemerintah", "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah"),
        ("Konsil Kedokteran Indonesia", "Konsil Kedokteran Indonesia"),
        ("Badan Standarisasi Nasional", "Badan Standardisasi Nasional"),
        ("Kemenkop dan UKM", "Kementerian Koperasi dan Usaha Kecil dan Menengah"),
    ],
)
def test_a_national_body_written_another_way_is_one_body(written, canonical):
    text = OMB + f"Pada penilaian tahun 2021, {written} memperoleh nilai 91,25 dan masuk zona hijau."
    r = recs(text)
    assert r[(canonical, 2021)].score == 91.25
    assert [k for k in r if k[0] != canonical] == []


@pytest.mark.parametrize(
    "head",
    [
        "Dinas Penanaman Modal dan PTSP Kota Bandung meraih nilai 92,40 pada penilaian tahun 2022.",
        "Nilai 92,40 diraih Dinas Penanaman Modal dan PTSP Kota Bandung pada penilaian tahun 2022.",
    ],
)
def test_the_investment_office_written_half_short_is_the_written_out_office(head):
    text = (
        OMB + head + " Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Bandung "
        "menyampaikan terima kasih."
    )
    names = {k[0] for k in recs(text)}
    assert names == {"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"}


# -- opinions with the service named inside or before them ------------------------------------


@pytest.mark.parametrize(
    "sentence, opinion",
    [
        ("Kementerian Sosial mendapat predikat kepatuhan pelayanan publik tinggi pada 2019.", "kepatuhan tinggi"),
        ("Kementerian Sosial berpredikat kepatuhan layanan publik sedang pada 2019.", "kepatuhan sedang"),
        ("Pada 2023 Kementerian Sosial meraih opini pelayanan publik kualitas tinggi.", "kualitas tinggi"),
        ("Pada 2023 Kementerian Sosial masuk kategori standar pelayanan publik kualitas sedang.", "kualitas sedang"),
        ("Pada 2023 Kementerian Sosial meraih zona hijau yang termasuk Kualitas Tinggi.", "kualitas tinggi"),
    ],
)
def test_an_opinion_with_the_service_named_inside_it(sentence, opinion):
    r = recs(OMB + sentence)
    year = 2019 if "2019" in sentence else 2023
    assert r[("Kementerian Sosial", year)].opinion == opinion


@pytest.mark.parametrize(
    "sentence",
    [
        "Pada 2023 Kementerian Sosial berjanji memberikan pelayanan publik kualitas tinggi kepada warga.",
        "Pada 2023 Kementerian Sosial meraih zona hijau. Pelayanan publik kualitas tinggi menjadi tujuan.",
    ],
)
def test_service_prose_without_a_cue_is_no_opinion(sentence):
    r = recs(OMB + sentence)
    assert r.get(("Kementerian Sosial", 2023)) is None or r[("Kementerian Sosial", 2023)].opinion is None


@pytest.mark.parametrize(
    "mix",
    ["opini kualitas tertinggi dan tinggi", "opini kualitas tinggi atau sedang", "opini kualitas tertinggi, tinggi"],
)
def test_a_mix_of_opinion_levels_is_no_ones_opinion(mix):
    text = (
        OMB + "Badan Pusat Statistik meraih zona hijau dengan nilai 88,10 pada penilaian tahun 2023. "
        f"Jumlah penyelenggara yang memperoleh {mix} bertambah dibanding 2022."
    )
    r = recs(text)
    assert r[("Badan Pusat Statistik", 2023)].opinion is None


# -- an entity's own average written in percent -----------------------------------------------


@pytest.mark.parametrize(
    "phrase, score",
    [
        ("dengan nilai rata-rata 60 persen", 60.0),
        ("dengan skor rata-rata 72 persen", 72.0),
        ("dengan nilai rerata sebesar 81", 81.0),
    ],
)
def test_an_own_average_in_percent_is_the_score(phrase, score):
    text = OMB + f"Pada penilaian tahun 2022, Polda Bali berada di zona kuning {phrase}."
    assert recs(text)[("Polda Bali", 2022)].score == score


@pytest.mark.parametrize("phrase", ["Rata-rata nasional 60 persen.", "Sebanyak 60 persen pengguna layanan puas."])
def test_other_percentages_are_no_score(phrase):
    text = OMB + f"Pada penilaian tahun 2022, Polda Bali berada di zona kuning. {phrase}"
    assert recs(text)[("Polda Bali", 2022)].score is None


# -- a demand or a possibility is no result ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kami meminta kepada Kepala Kantor Wilayah Kementerian ATR/BPN agar seluruh kantor pertanahan di "
        "provinsi yang luas ini pada tahun depan sudah berada di zona hijau.",
        "Ombudsman mendorong Kementerian ATR/BPN supaya semua kantor pertanahan di wilayah provinsi kepulauan "
        "ini nanti dapat berada di zona hijau.",
        "Menurut Ombudsman, Kementerian ATR/BPN bisa masuk zona hijau.",
        "Kementerian ATR/BPN dapat masuk kategori zona hijau bila berbenah.",
    ],
)
def test_a_demand_or_a_possibility_gives_no_zone(sentence):
    text = OMB + "Pemantauan dilakukan pada Maret 2019. " + sentence
    assert [r for r in recs(text).values() if r.zone] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kementerian ATR/BPN meraih zona hijau pada penilaian tahun 2018 sehingga Ombudsman meminta agar dipertahankan.",
        "Pada penilaian tahun 2018, Kementerian ATR/BPN masuk zona hijau.",
    ],
)
def test_a_held_zone_next_to_a_demand_stays(sentence):
    r = recs(OMB + sentence)
    assert r[("Kementerian Agraria dan Tata Ruang", 2018)].zone == "hijau"


# -- a place that named a police station in a list, written bare again ---------------------------

SULTRA = "Ombudsman RI Perwakilan Sulawesi Tenggara menilai kepatuhan pelayanan publik tahun 2023. "


@pytest.mark.parametrize(
    "listing",
    [
        "Sampelnya yaitu Polres Kendari, Konawe Selatan, Konawe dan Bombana.",
        "Ada empat sampel: Polres Kendari, Polres Konawe Selatan, Polres Konawe, dan Polres Bombana.",
        "Yang dinilai antara lain Polres Kendari, Konawe Selatan (Konsel) Konawe, dan Bombana.",
    ],
)
def test_a_listed_station_named_bare_again_is_the_station(listing):
    text = SULTRA + listing + " Konawe berada di zona kuning. Sementara Bombana meraih zona hijau."
    r = recs(text)
    assert r[("Polres Konawe", 2023)].zone == "kuning"
    assert r[("Polres Bombana", 2023)].zone == "hijau"
    assert not any(k[0].startswith(("Kabupaten", "Kota")) for k in r)


@pytest.mark.parametrize(
    "later",
    [
        "Kabupaten Konawe berada di zona kuning.",
        "Pemkab Konawe berada di zona kuning.",
        "Bupati Konawe menyambut baik. Konawe berada di zona kuning.",
    ],
)
def test_a_place_whose_government_is_named_stays_the_government(later):
    text = SULTRA + "Sampelnya yaitu Polres Kendari, Konawe Selatan, Konawe dan Bombana. " + later
    r = recs(text)
    assert r[("Kabupaten Konawe", 2023)].zone == "kuning"
    assert ("Polres Konawe", 2023) not in r or r[("Polres Konawe", 2023)].zone is None


# -- stations counted under their regional police, and all of them together -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sebanyak 7 Polres Polda Bali meraih zona hijau pada penilaian tahun 2023.",
        "Piagam zona hijau 2023 diserahkan kepada tujuh Polres Polda Bali.",
        "Sebanyak 5 Kantah Kanwil BPN Bali meraih zona hijau pada penilaian tahun 2023.",
    ],
)
def test_stations_counted_under_their_regional_police_are_a_group(sentence):
    r = recs(OMB + sentence)
    assert not any("Polres Polda" in k[0] or "Resor di" in k[0] for k in r)


def test_the_regional_police_a_unit_lies_in_is_no_subject():
    text = (
        OMB
        + "Penilaian tahun 2023 terhadap 9 Kepolisian Resor di wilayah Kepolisian Daerah Bali berakhir dengan zona hijau."
    )
    assert not any(k[0] in ("Polda Bali", "Kepolisian Daerah Bali") for k in recs(text))


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Pada penilaian tahun 2023 Polda Bali meraih zona hijau.", "Polda Bali"),
        ("Pada penilaian tahun 2023 Rumah Sakit Bhayangkara Polda Bali meraih zona hijau.", "Rumah Sakit Bhayangkara"),
    ],
)
def test_a_regional_police_named_alone_keeps_its_record(sentence, name):
    r = recs(OMB + sentence)
    assert any(k[0].startswith(name) and v.zone == "hijau" for k, v in r.items())


@pytest.mark.parametrize(
    "after", ["Semua Polres yang dinilai tersebut masuk zona hijau.", "Seluruh Polres itu masuk zona hijau."]
)
def test_all_the_stations_just_listed_share_the_label(after):
    text = OMB + "Pada 2023 dinilai Polres Merauke, Polres Keerom dan Polres Jayawijaya. " + after
    r = recs(text)
    for name in ("Polres Merauke", "Polres Keerom", "Polres Jayawijaya"):
        assert r[(name, 2023)].zone == "hijau", name


def test_a_wish_for_all_stations_is_no_label():
    text = OMB + "Pada 2023 dinilai Polres Merauke dan Polres Keerom. Ombudsman berharap semua Polres masuk zona hijau."
    assert [v for v in recs(text).values() if v.zone] == []


# -- a group of one kind of unit takes no office of another kind ----------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Empat Polres di Bali masuk zona merah pada penilaian tahun 2019\n\nPolda Bali\n\n",
        "Empat Polres di Bali masuk zona merah pada penilaian tahun 2019, kata pejabat Polda Bali. ",
    ],
)
def test_a_group_of_stations_takes_no_regional_police(head):
    text = (
        OMB + head + "Keempat Polres tersebut adalah Polres Badung dengan nilai 52,60, Polres Gianyar 47,70, "
        "Polres Bangli 45,80 dan Polres Klungkung 44,80."
    )
    r = recs(text)
    assert {k[0] for k in r} == {"Polres Badung", "Polres Gianyar", "Polres Bangli", "Polres Klungkung"}
    assert r[("Polres Bangli", 2019)].zone == "merah"


def test_a_group_of_stations_takes_a_city_station():
    text = (
        OMB
        + "Tiga Polres di Bali meraih zona hijau pada 2019, yakni Polresta Denpasar, Polres Badung dan Polres Bangli."
    )
    r = recs(text)
    assert r[("Polresta Denpasar", 2019)].zone == "hijau"


# -- "tanpa" negates the label after it -----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Kini Polres jajaran Polda Bali tanpa kategori merah.",
        "Tahun 2023 Polres jajaran Polda Bali sudah tanpa zona merah.",
    ],
)
def test_without_a_label_is_no_label(said):
    text = OMB + "Pada tahun 2022, Polres Bangli berada di kategori merah. " + said
    r = recs(text)
    assert r[("Polres Bangli", 2022)].zone == "merah"
    assert ("Polres Bangli", 2023) not in r


# -- a weekday with day/month, and the month in the page's address ------------------------------------


@pytest.mark.parametrize(
    "url, year",
    [
        ("https://berita.example.id/2018/01/polres-dinilai-ombudsman/", 2017),
        ("https://berita.example.id/2024/01/polres-dinilai-ombudsman/", 2023),
    ],
)
def test_the_address_month_picks_the_weekdays_year(url, year):
    # Wednesday 3 January falls in both 2018 and 2024: the address says which
    text = OMB + "Polres Kendari berada di zona hijau, kata Kepala Ombudsman, Rabu (03/01)."
    r = recs(text, url=url)
    assert r[("Polres Kendari", year)].zone == "hijau"


def test_without_an_address_month_the_weekday_guess_stands():
    text = OMB + "Polres Kendari berada di zona hijau, kata Kepala Ombudsman, Rabu (03/01)."
    r = recs(text, url="https://berita.example.id/polres-dinilai-ombudsman/")
    assert [k[1] for k in r] == [2023]
