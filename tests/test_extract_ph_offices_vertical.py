"""Vertical offices (land and religious affairs offices named with the level): offices one level below a province's office, short names joined or defined,
an office named through its head's title, stations named bare again, an office's place as written.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import BKL, BPN, OMB_PROV_2022, recs
from extract.pipeline import extract_article


LAND = "Kantor Pertanahan"


OMB_SUMUT = "Ombudsman RI Perwakilan Sumatera Utara menyerahkan hasil Penilaian Kepatuhan Pelayanan Publik tahun 2023. "


# -- a province's office heading a list of bare places: the offices one level down ------------


@pytest.mark.parametrize(
    "body",
    [
        "Adapun delapan BPN yang mendapat zona hijau yaitu BPN Jambi, Kerinci, Bungo dan Kota Sungai Penuh.",
        "Zona hijau diraih Kanwil BPN Jambi, Kerinci, Bungo dan Sungai Penuh.",
        "Kanwil BPN Jambi, Kerinci, Bungo serta Sungai Penuh masuk zona hijau.",
    ],
)
def test_bare_places_after_a_land_kanwil_are_land_offices(body):
    r = recs(OMB_PROV_2022.format(prov="Jambi") + body)
    assert all(k[0].startswith(("Kantor Wilayah BPN", "Kanwil BPN", LAND)) for k in r), list(r)
    for name in ("Kantor Pertanahan Kabupaten Kerinci", "Kantor Pertanahan Kabupaten Bungo"):
        assert r[(name, 2022)].zone == "hijau", name
        assert r[(name, 2022)].parent == BPN
    assert r[("Kantor Pertanahan Kota Sungai Penuh", 2022)].zone == "hijau"
    assert not any(k[0].startswith("Kanwil Kerinci") or k[0] == "Kabupaten Kerinci" for k in r)


@pytest.mark.parametrize("opener", ["Sedangkan", "Sementara", "Adapun"])
def test_the_next_sentences_after_a_land_kanwil_go_on_with_land_offices(opener):
    text = OMB_PROV_2022.format(prov="Jambi") + (
        f"Kanwil BPN Jambi meraih zona hijau. {opener} Kerinci dan Sungai Penuh masuk zona kuning."
    )
    r = recs(text)
    assert r[("Kantor Pertanahan Kabupaten Kerinci", 2022)].zone == "kuning"
    assert r[("Kantor Pertanahan Kota Sungai Penuh", 2022)].zone == "kuning"


def test_the_next_sentences_after_a_polda_go_on_with_polres():
    text = (
        OMB_PROV_2022.format(prov="Bengkulu")
        + "Polda Bengkulu meraih zona hijau. Sementara Kaur dan Seluma masuk zona kuning."
    )
    r = recs(text)
    assert r[("Polres Kaur", 2022)].zone == "kuning"
    assert r[("Polres Seluma", 2022)].parent == "Kepolisian Negara Republik Indonesia"
    assert ("Polda Kaur", 2022) not in r


def test_the_agency_written_before_the_province_is_its_kanwil():
    r = recs(OMB_PROV_2022.format(prov="Jambi") + "Zona hijau diraih BPN Jambi, Kerinci dan Bungo.")
    assert r[("Kantor Wilayah BPN Jambi", 2022)].zone == "hijau"
    assert ("Kantor Pertanahan Provinsi Jambi", 2022) not in r


@pytest.mark.parametrize(
    "body",
    [
        # governments named as governments end the list
        "Kanwil BPN Jambi meraih zona hijau. Sementara Pemkab Kerinci dan Pemkot Sungai Penuh masuk zona kuning.",
        "Kanwil BPN Jambi meraih zona hijau. Sedangkan Kabupaten Kerinci dan Kota Sungai Penuh masuk zona kuning.",
    ],
)
def test_governments_after_a_kanwil_stay_governments(body):
    r = recs(OMB_PROV_2022.format(prov="Jambi") + body)
    assert r[("Kabupaten Kerinci", 2022)].zone == "kuning"
    assert not any(k[0].startswith((LAND, "Kanwil Kerinci")) for k in r)


def test_a_counted_agency_is_no_record_and_leaves_the_list_its_value():
    text = (
        OMB_PROV_2022.format(prov="Jambi")
        + "Sebanyak 10 BPN yang mendapat zona hijau adalah Kanwil BPN Jambi, Kerinci dan Bungo."
    )
    r = recs(text)
    assert ("Badan Pertanahan Nasional", 2022) not in r
    assert r[("Kantor Pertanahan Kabupaten Bungo", 2022)].zone == "hijau"


# -- two short names joined by "dan": two offices, each named as the text defines it ----------

PBG = "Ombudsman RI Perwakilan Jawa Tengah menilai kepatuhan Pemkab Purbalingga tahun 2021. "


@pytest.mark.parametrize(
    "pair", ["Disdukcapil dan Dindikbud", "Dindikbud serta Disdukcapil", "Dindikbud dan Dinkes", "Dinkes dan Disdikbud"]
)
def test_two_short_names_joined_are_two_offices(pair):
    r = recs(PBG + f"Adapun {pair} masuk zona kuning.")
    assert not any(" dan D" in k[0] or " serta D" in k[0] for k in r), list(r)
    # each keeps its short name: the text never writes it out
    assert {k[0] for k in r} == set(pair.replace(" serta ", " dan ").split(" dan "))
    assert {v.zone for v in r.values()} == {"kuning"}


@pytest.mark.parametrize(
    "defined,short",
    [
        ("Dinas Kependudukan dan Catatan Sipil (Disdukcapil)", "Disdukcapil"),
        ("Dinas Kependudukan dan Catatan Sipil ( Disdukcapil )", "Disdukcapil"),
        ("Dinas Kesehatan Daerah (Dinkes)", "Dinkes"),
    ],
)
def test_a_short_name_takes_the_long_name_the_text_gives_it(defined, short):
    long = defined.split(" (")[0]
    text = (
        PBG + f"Penilaian menyasar {defined} dan Bappeda. Hasilnya, {short} meraih nilai 70,10 dan masuk zona kuning."
    )
    r = recs(text)
    assert r[(long, 2021)].score == 70.1
    assert len([k for k in r if k[0].startswith("Dinas")]) == 1, list(r)


def test_a_short_name_in_brackets_before_the_place_names_no_second_office():
    text = PBG.replace("Pemkab Purbalingga", "Pemkot Tegal") + (
        "Ombudsman menilai Dinas Pendidikan dan Kebudayaan (Dindikbud) Kota Tegal berpredikat zona merah."
    )
    r = recs(text)
    assert r[("Dinas Pendidikan dan Kebudayaan", 2021)].zone == "merah"
    assert [k for k in r if k[0].startswith("Din")] == [("Dinas Pendidikan dan Kebudayaan", 2021)]


# -- a local office and the province's office named side by side keep their names ------------


def test_a_polres_named_by_its_place_keeps_its_name():
    r = recs(BKL + "Polres Bengkulu Selatan meraih nilai 84,66, sedangkan Polda Bengkulu meraih 90,10.")
    assert r[("Polres Bengkulu Selatan", 2024)].score == 84.66
    assert r[("Polda Bengkulu", 2024)].score == 90.1


# -- an office named through its head's title: the office, not the regional government ---------

MALUT = "Ombudsman RI Perwakilan Maluku Utara menyerahkan hasil penilaian kepatuhan pelayanan publik 2024. "


@pytest.mark.parametrize(
    "body",
    [
        "Wakapolresta Tidore, AKBP Budi, menyampaikan pihaknya meraih nilai 86,52 dan masuk zona hijau.",
        "Kapolresta Tidore Kombes Budi mengatakan pihaknya meraih nilai 86,52 dan masuk zona hijau.",
        "Menurut Kapolresta Tidore, pihaknya meraih nilai 86,52 dan masuk zona hijau.",
    ],
)
def test_the_place_after_an_office_title_names_the_office(body):
    r = recs(MALUT + body)
    assert r[("Polresta Tidore", 2024)].score == 86.52
    assert ("Kota Tidore Kepulauan", 2024) not in r


def test_a_place_written_with_its_office_after_it_is_no_second_office():
    r = recs(MALUT + "Polresta Tidore Kepulauan, Maluku Utara, meraih nilai 86,52.")
    assert not any("Maluku Utara" in k[0] for k in r), list(r)


@pytest.mark.parametrize(
    "body",
    [
        # a former head tells nothing of that office now; a regional head's title names the government
        "Mantan Kapolres Halmahera Timur itu kini bertugas di Ternate. Pemkot Tidore meraih nilai 86,52.",
        "Wali Kota Tidore Kepulauan menyampaikan pihaknya meraih nilai 86,52.",
    ],
)
def test_other_titles_keep_the_government(body):
    r = recs(MALUT + body)
    assert r[("Kota Tidore Kepulauan", 2024)].score == 86.52
    assert not any(k[0].startswith("Polres") for k in r), list(r)


# -- an office in a list is named with its place as the text writes it -----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Polres jajaran Polda Sumut yang masuk zona hijau yakni Polres Madina, Tapteng, Asahan dan Tanjung Balai.",
        "Zona hijau diraih Polres Madina, Tapteng, Asahan serta Tanjung Balai.",
        "Polres Madina, Tapteng, Asahan dan Tanjung Balai meraih zona hijau.",
    ],
)
def test_police_offices_keep_the_place_as_written(body):
    r = recs(OMB_SUMUT + body)
    names = {e for e, y in r if y == 2023}
    assert {"Polres Madina", "Polres Tapteng", "Polres Asahan", "Polres Tanjung Balai"} <= names
    assert not any("Kabupaten" in n or "Kota" in n for n in names if n.startswith("Polres"))
    assert all(r[(n, 2023)].zone == "hijau" for n in ("Polres Madina", "Polres Tapteng", "Polres Tanjung Balai"))


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Zona hijau diraih Kantor Pertanahan Madina, Tapteng dan Asahan.",
            {
                "Kantor Pertanahan Kabupaten Mandailing Natal",
                "Kantor Pertanahan Kabupaten Tapanuli Tengah",
                "Kantor Pertanahan Kabupaten Asahan",
            },
        )
    ],
)
def test_land_offices_still_take_the_kemendagri_name(body, expected):
    r = recs(OMB_SUMUT + body)
    assert expected <= {e for e, y in r if y == 2023}


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


# -- "Tanah Karo", the common name of the Karo regency, in a list of bare police places --------------------


def test_tanah_karo_in_a_police_list_keeps_the_list_going():
    got = recs(
        "Ombudsman RI Perwakilan Sumatera Utara menyerahkan hasil penilaian kepatuhan tahun 2023 kepada Polda Sumut. "
        "Polres Sibolga masuk zona hijau. Sebanyak 5 polres lain juga meraih zona hijau, yakni Binjai, Humbahas, "
        "Tanah Karo, Labuhanbatu dan Nias."
    )
    assert {k[0] for k in got} == {
        "Polres Sibolga",
        "Polres Binjai",
        "Polres Humbahas",
        "Polres Tanah Karo",
        "Polres Labuhanbatu",
        "Polres Nias",
    }


def test_tanah_karo_as_a_government_is_the_karo_regency():
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Pemkab Tanah Karo masuk zona kuning.")
    assert got[("Kabupaten Karo", 2023)].zone == "kuning"


# -- land offices named again by their place with its level word --------------------------------

OMB_BANTEN_2018 = "Ombudsman RI Perwakilan Banten menyampaikan hasil penilaian kepatuhan tahun 2018. "


@pytest.mark.parametrize(
    "body",
    [
        "Ada tiga kantor pertanahan yang dinilai, yaitu Kantor Pertanahan Kota Serang, Kota Cilegon dan "
        "Kabupaten Lebak. Dua di antaranya meraih zona hijau, yakni Kota Serang dan Kabupaten Lebak.",
        "Penilaian menyasar Kantor Pertanahan Kota Serang, Kota Cilegon serta Kabupaten Lebak. Zona hijau "
        "diraih Kota Serang dan Kabupaten Lebak.",
        "Tiga kantah dinilai: kantor pertanahan Kota Serang, Kota Cilegon dan Kabupaten Lebak. Hasilnya, Kota "
        "Serang dan Kabupaten Lebak masuk zona hijau.",
    ],
)
def test_land_office_place_with_level_named_again(body):
    r = recs(OMB_BANTEN_2018 + body)
    assert r[(f"{LAND} Kota Serang", 2018)].zone == "hijau"
    assert r[(f"{LAND} Kabupaten Lebak", 2018)].zone == "hijau"
    assert ("Kota Serang", 2018) not in r and ("Kabupaten Lebak", 2018) not in r


def test_government_named_beside_land_offices_keeps_its_record():
    # written as a government ("Pemkot"), the place is the city, not its land office
    r = recs(
        OMB_BANTEN_2018 + "Kantor Pertanahan Kota Serang dan Kota Cilegon ikut dinilai. Pemkot Serang meraih "
        "zona hijau, sedangkan Kantor Pertanahan Kota Serang masuk zona kuning."
    )
    assert r[("Kota Serang", 2018)].zone == "hijau"
    assert r[(f"{LAND} Kota Serang", 2018)].zone == "kuning"


def test_police_station_place_with_level_is_the_government():
    # a police station is named by its bare place: the place with its level word is the government
    r = recs(
        OMB_BANTEN_2018 + "Polres Serang, Lebak dan Pandeglang ikut dinilai. Kabupaten Lebak sendiri meraih zona "
        "hijau dengan nilai 90,12."
    )
    assert r[("Kabupaten Lebak", 2018)].score == 90.12


def test_tangerang_misspelt_with_double_g():
    r = recs(OMB_BANTEN_2018 + "Kantor Pertanahan Kota Tanggerang Selatan dan Kabupaten Tanggerang meraih zona hijau.")
    assert r[(f"{LAND} Kota Tangerang Selatan", 2018)].zone == "hijau"
    assert r[(f"{LAND} Kabupaten Tangerang", 2018)].zone == "hijau"


# -- religious affairs offices take their place's Kemendagri name with its level word, like land offices --

KEMENAG = "Kantor Kementerian Agama"


@pytest.mark.parametrize(
    "body",
    [
        "Kantor Kemenag yang masuk zona hijau adalah Klungkung dan Denpasar.",
        "Zona hijau diraih Kemenag Klungkung dan Kemenag Denpasar.",
        "Kankemenag Denpasar dan Kankemenag Klungkung sama-sama masuk zona hijau.",
    ],
)
def test_religious_affairs_offices_are_named_with_the_level(body):
    r = recs(OMB_PROV_2022.format(prov="Bali") + body)
    assert r[(f"{KEMENAG} Kabupaten Klungkung", 2022)].zone == "hijau"
    assert r[(f"{KEMENAG} Kota Denpasar", 2022)].zone == "hijau"
    assert not any(k[0] in (f"{KEMENAG} Klungkung", f"{KEMENAG} Denpasar") for k in r), list(r)


def test_a_government_list_is_not_taken_for_religious_affairs_offices():
    r = recs(OMB_PROV_2022.format(prov="Bali") + "Pemkab Klungkung dan Pemkot Denpasar masuk zona hijau.")
    assert ("Kabupaten Klungkung", 2022) in r and ("Kota Denpasar", 2022) in r
    assert not any(k[0].startswith(KEMENAG) for k in r), list(r)


# -- 'Tanggerang', a misspelling of Tangerang: read exactly like the right spelling (the city with "Kota" or
#    "Pemkot", the regency with "Kabupaten" or "Pemkab", the bare name as the bare right name) --------------


@pytest.mark.parametrize(
    "body",
    [
        "Pemkot {p} meraih zona hijau dengan nilai 91,20.",
        "Pemkab {p} masuk zona kuning dengan nilai 74,30.",
        "Kota {p} dan Kabupaten {p} sama-sama meraih zona hijau.",
        "{p} meraih nilai 88,20 dan masuk zona hijau.",
        "Kota {p} Selatan meraih nilai 85,00 dan masuk zona hijau.",
        "Tahun ini {p} Selatan masuk zona kuning.",
        "Dinas Kesehatan Kabupaten {p} meraih zona hijau.",
    ],
)
def test_tanggerang_reads_as_the_right_spelling(body):
    def facts(place):
        r = recs(OMB_BANTEN_2018 + body.format(p=place))
        return {(k, rec.parent, rec.zone, rec.score) for k, rec in r.items()}

    assert facts("Tanggerang") == facts("Tangerang") != set()


# -- "Tanah Karo", the common name of the Karo regency and the name of its police resort -----------------


def test_tanah_karo_with_its_level_word_is_the_karo_regency():
    got = recs(OMB_PROV_2022.format(prov="Sumatera Utara") + "Kabupaten Tanah Karo meraih nilai 71,50 (zona kuning).")
    assert got[("Kabupaten Karo", 2022)].score == 71.5


def test_the_police_resort_of_tanah_karo_and_its_chief():
    text = (
        OMB_PROV_2022.format(prov="Sumatera Utara") + "Polres Tanah Karo meraih zona hijau. Kapolres Tanah Karo "
        "AKBP Eko Yulianto menerima piagam itu, didampingi Bupati Tanah Karo, Cory Sebayang."
    )
    art = extract_article(text)
    assert ("Polres Tanah Karo", 2022) in {(r.entity, r.year) for r in art.records}
    assert {o.name: o.title for o in art.officials} == {
        "Eko Yulianto": "Kapolres Tanah Karo",
        "Cory Sebayang": "Bupati Tanah Karo",
    }


def test_tanah_laut_stays_its_own_regency():
    got = recs(OMB_PROV_2022.format(prov="Kalimantan Selatan") + "Pemkab Tanah Laut masuk zona hijau.")
    assert ("Kabupaten Tanah Laut", 2022) in got and ("Kabupaten Karo", 2022) not in got


# -- a police office's list goes on after a sentence about that office naming no place ------------

OMB_SULTENG = (
    "Ombudsman RI Perwakilan Sulawesi Tengah merilis hasil penilaian kepatuhan tahun 2021 untuk Polres se-Sulteng. "
)


@pytest.mark.parametrize(
    "body",
    [
        "Polres Morowali berada di zona merah. Nilainya hanya 39,95. Sementara Sigi dan Buol meraih zona hijau.",
        "Polres Morowali mendapat rapor merah. Skor mereka cuma 39,95 saja. Sedangkan zona hijau diraih Sigi dan Buol.",
        "Hanya Polres Morowali yang masuk zona merah. Hal itu jadi catatan bagi jajaran. Adapun Sigi serta Buol masuk zona hijau.",
    ],
)
def test_police_list_after_a_sentence_naming_no_place(body):
    r = recs(OMB_SULTENG + body)
    assert r[("Polres Sigi", 2021)].zone == "hijau"
    assert r[("Polres Buol", 2021)].zone == "hijau"
    assert not any(k[0] in ("Kabupaten Sigi", "Kabupaten Buol") for k in r), list(r)


def test_a_sentence_naming_a_government_ends_the_police_list():
    body = (
        "Polres Morowali berada di zona merah. Pemkab Donggala juga dinilai tahun itu. "
        "Sementara Sigi dan Buol meraih zona hijau."
    )
    r = recs(OMB_SULTENG + body)
    assert ("Polres Sigi", 2021) not in r and ("Polres Buol", 2021) not in r, list(r)


# -- a counted kind of office in a place names no office -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Dua Polresta serta 3 Polres di PApua Barat berada di zona hijau.",
        "Sebanyak 5 Polres di Papua Barat masuk zona hijau.",
        "Tiga Polres se-Papua Barat berada di zona hijau.",
    ],
)
def test_a_counted_kind_in_a_place_is_no_office(sentence):
    r = recs(OMB_PROV_2022.format(prov="Papua Barat") + sentence + " Polres Fakfak meraih nilai 93,17.")
    assert not any(k[0].startswith("Polres") and k[0] != "Polres Fakfak" for k in r), list(r)
    assert r[("Polres Fakfak", 2022)].score == 93.17


def test_one_office_named_after_a_count_word_is_kept():
    r = recs(OMB_PROV_2022.format(prov="Papua Barat") + "Dari 3 Polres itu, Polres Fakfak meraih nilai 93,17.")
    assert r[("Polres Fakfak", 2022)].score == 93.17


# -- a list of offices after "diantaranya," with relative clauses between its members ----------------


@pytest.mark.parametrize(
    "body",
    [
        "Beberapa kantor kemenag lain yang tertahan di zona merah diantaranya, Buleleng dengan skor 47,5, "
        "Tabanan di angka 54 dan Badung yang mendapat nilai 52.",
        "Adapun kantor kemenag yang masuk zona merah yaitu, Buleleng dengan nilai 47,5, Badung yang meraih nilai 52 "
        "dan Tabanan dengan nilai 54.",
        "Zona merah diraih kantor kemenag berikut: Buleleng dengan skor 47,5, Badung yang memperoleh 52, serta "
        "Tabanan di angka 54.",
    ],
)
def test_religious_affairs_list_after_an_introducer_with_a_comma(body):
    r = recs(OMB_PROV_2022.format(prov="Bali") + body)
    for place in ("Buleleng", "Badung", "Tabanan"):
        assert r[(f"{KEMENAG} Kabupaten {place}", 2022)].zone == "merah", list(r)
        assert (f"Kabupaten {place}", 2022) not in r
    assert r[(f"{KEMENAG} Kabupaten Tabanan", 2022)].score == 54


def test_governments_after_an_introducer_with_a_comma_stay_governments():
    body = "Pemda yang tertahan di zona merah diantaranya, Buleleng dengan skor 47,5 dan Badung yang mendapat nilai 52."
    r = recs(OMB_PROV_2022.format(prov="Bali") + body)
    assert ("Kabupaten Buleleng", 2022) in r and ("Kabupaten Badung", 2022) in r, list(r)
