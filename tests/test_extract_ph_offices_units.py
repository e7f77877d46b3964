"""Units and offices as written: misspelt level words, one service product's result (SKCK, SIM) that is not
its office's, a regional office with its short form in brackets, merged offices closed by ", dan",
place words written short, a place after a bare land office, a bare office kind in a province's article,
and the kind after "satu-satunya".

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_SURVEY, recs


# -- "propinsi": the old spelling of the level word -------------------------------------------------


@pytest.mark.parametrize(
    "place",
    ["di propinsi NTT", "di Propinsi NTT", "se-propinsi NTT"],
    ids=["di-propinsi-ntt-1", "di-propinsi-ntt-2", "se-propinsi-ntt"],
)
def test_old_spelling_of_provinsi_is_a_place_too(place):
    text = (
        OMB_SURVEY.format(prov="NTT", year=2021) + f"Tiga kabupaten {place} mendapatkan predikat merah yakni "
        "Kabupaten Ende, Kabupaten Alor dan Kabupaten Lembata. Propinsi NTT berada di zona kuning."
    )
    r = recs(text)
    assert r[("Provinsi Nusa Tenggara Timur", 2021)].zone == "kuning"
    assert {r[(n, 2021)].zone for n in ("Kabupaten Ende", "Kabupaten Alor", "Kabupaten Lembata")} == {"merah"}


# -- a vertical office's bare head names a kind of office, not one office ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Untuk Kantor Pertanahan, lima dari 10 kantor sudah masuk Zona Hijau dengan kualitas tertinggi.",
        "Ombudsman juga menilai Polres dan Kantor Pertanahan se-Provinsi Riau yang sebagian besar masuk zona hijau.",
        "Sementara Polres, tujuh di antaranya masuk zona hijau dengan kualitas tinggi.",
    ],
    ids=[
        "untuk-kantor-pertanahan-lima-dari",
        "ombudsman-juga-menilai-polres-dan",
        "sementara-polres-tujuh-di-antaranya",
    ],
)
def test_a_bare_vertical_head_is_no_record(sentence):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kabupaten Rokan Hulu meraih nilai 93,18. "
        + sentence
    )
    names = {e for e, _ in recs(text)}
    assert names == {"Kabupaten Rokan Hulu"}


def test_a_vertical_office_with_its_place_stays():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kantor Pertanahan Kabupaten Kampar "
        "meraih nilai 92,37 dan Polres Kampar meraih 90,10."
    )
    r = recs(text)
    assert r[("Kantor Pertanahan Kabupaten Kampar", 2024)].score == 92.37
    assert r[("Polres Kampar", 2024)].score == 90.1


# -- a level noun heading a list of bare names gives them its level ------------------------------


@pytest.mark.parametrize(
    "listing, expected",
    [
        (
            "Lima daerah lain turut meraih opini kualitas tertinggi, yaitu Pemerintah Kota: Madiun, Pasuruan "
            "dan Probolinggo. Serta Pemerintah Kabupaten: Madiun dan Kediri.",
            {"Kota Madiun", "Kota Pasuruan", "Kota Probolinggo", "Kabupaten Madiun", "Kabupaten Kediri"},
        ),
        (
            "Opini kualitas tertinggi juga diraih tiga pemerintah kota, yakni Pasuruan, Probolinggo dan Kediri.",
            {"Kota Pasuruan", "Kota Probolinggo", "Kota Kediri"},
        ),
        (
            "Untuk kategori kabupaten, yaitu: Pasuruan, Probolinggo dan Blitar, semuanya meraih opini "
            "kualitas tertinggi.",
            {"Kabupaten Pasuruan", "Kabupaten Probolinggo", "Kabupaten Blitar"},
        ),
    ],
    ids=[
        "lima-daerah-lain-turut-meraih",
        "opini-kualitas-tertinggi-juga-diraih",
        "untuk-kategori-kabupaten-yaitu-pasuruan",
    ],
)
def test_level_noun_heading_a_list_of_bare_names(listing, expected):
    got = recs(
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2024 di "
        "Surabaya. " + listing
    )
    assert {e for e, _ in got} == expected
    assert all(r.opinion == "kualitas tertinggi" for r in got.values())


def test_a_mixed_kabupaten_kota_heading_gives_no_level():
    # "kabupaten/kota yakni" names both levels: a bare name keeps its usual reading
    got = recs(
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Tahun 2023. Dua kabupaten/kota yakni Kediri dan "
        "Kota Batu masuk zona hijau."
    )
    assert ("Kota Kediri", 2023) not in got and ("Kabupaten Kediri", 2023) in got, got.keys()


# -- "Polres jajaran Polda X" is all of a Polda's offices, not one office ---------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Adapun untuk Polres Jajaran Polda Maluku secara keseluruhan yakni zona hijau Polresta Ambon (96,10), "
        "Polres Buru (91,20) serta Polres Seram Bagian Barat (88,75).",
        "Untuk Polres jajaran Polda Maluku, zona hijau diraih Polresta Ambon dengan nilai 96,10, Polres Buru "
        "dengan nilai 91,20 dan Polres Seram Bagian Barat 88,75.",
    ],
    ids=["adapun-untuk-polres-jajaran-polda", "untuk-polres-jajaran-polda-maluku"],
)
def test_the_offices_of_a_polda_as_a_whole_are_no_unit(phrase):
    got = recs("Ombudsman RI Perwakilan Maluku menyerahkan hasil penilaian kepatuhan tahun 2022. " + phrase)
    assert {e: r.zone for (e, _), r in got.items()} == {
        "Polresta Ambon": "hijau",
        "Polres Buru": "hijau",
        "Polres Seram Bagian Barat": "hijau",
    }


# -- a kabupaten/kota name in the wrong case after its level word -----------------------------------


@pytest.mark.parametrize(
    "written, entity",
    [
        ("Kabupaten Labuhan batu (35.64)", "Kabupaten Labuhanbatu"),
        ("kota surakarta (76,10)", "Kota Surakarta"),
        ("Kabupaten Padang lawas utara (35.64)", "Kabupaten Padang Lawas Utara"),
        ("kabupaten tanah datar (35.64)", "Kabupaten Tanah Datar"),
    ],
    ids=[
        "kabupaten-labuhan-batu-35-64",
        "kota-surakarta-76-10",
        "kabupaten-padang-lawas-utara-35",
        "kabupaten-tanah-datar-35-64",
    ],
)
def test_a_name_in_the_wrong_case_after_its_level_word(written, entity):
    got = recs(
        "Hasil survei kepatuhan Ombudsman RI tahun 2018, daerah yang masuk zona merah adalah Kota Medan "
        f"(40,10), {written} dan Kota Binjai (44,20)."
    )
    assert (entity, 2018) in got, got.keys()
    assert ("Kota Padang", 2018) not in got


@pytest.mark.parametrize(
    "prose",
    ["Warga kota baru itu", "Pemerintah kota tanah datar", "Sebuah kota baru di pesisir"],
    ids=["warga-kota-baru-itu", "pemerintah-kota-tanah-datar", "sebuah-kota-baru-di-pesisir"],
)
def test_a_lower_case_phrase_of_another_level_is_no_region(prose):
    got = recs(
        f"Hasil survei kepatuhan Ombudsman RI tahun 2018: Kabupaten Agam meraih zona hijau. {prose} juga berbenah."
    )
    assert set(got) == {("Kabupaten Agam", 2018)}, got.keys()


@pytest.mark.parametrize("office", ["Setkab", "Seskab", "Setkot"], ids=["setkab", "seskab", "setkot"])
def test_a_secretariat_word_is_no_part_of_a_name(office):
    from extract.pipeline import extract_article

    res = extract_article(
        "Ombudsman RI menyerahkan predikat kepatuhan tinggi 2019 kepada Pemkab Berau. Penghargaan diterima "
        f"Kabag Organisasi {office} Berau Rahmat Hidayat di Jakarta."
    )
    assert all(office not in o.name for o in res.officials), res.officials


# -- "satu-satunya <office kind> yang": the kind the subject is one of, not an office of its own ------

SULTENG_2021 = (
    "Ombudsman RI Perwakilan Sulawesi Tengah merilis hasil survei kepatuhan standar pelayanan publik tahun 2021 "
    "untuk Polres dan Kantor Pertanahan se-Sulteng."
)


@pytest.mark.parametrize(
    "sentence, office, zone, score",
    [
        (
            "Polres Tolitoli tercatat sebagai satu-satunya Kepolisian Resort yang terperosok ke zona merah dengan nilai 41,20.",
            "Polres Tolitoli",
            "merah",
            41.2,
        ),
        (
            "Polres Buol tercatat sebagai salah satu Kepolisian Resor yang meraih zona hijau dengan skor 84,75.",
            "Polres Buol",
            "hijau",
            84.75,
        ),
    ],
    ids=["satu-satunya", "salah-satu"],
)
def test_the_office_kind_after_only_one_is_no_office(sentence, office, zone, score):
    got = recs(f"{SULTENG_2021} {sentence}")
    assert list(got) == [(office, 2021)], got.keys()
    assert (got[(office, 2021)].zone, got[(office, 2021)].score) == (zone, score)


# -- a bare Polres or land office in an article about a province is the kind, not an office --------


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman RI Perwakilan Kalimantan Barat menyerahkan hasil penilaian kepatuhan tahun 2022 kepada seluruh "
        "kantor pertanahan se-Kalbar. Kantor Pertanahan memperoleh predikat zona hijau. Kantah Sambas meraih nilai "
        "90,12 dan Kantah Sintang 88,40.",
        "Ombudsman RI Perwakilan Kalimantan Barat menyampaikan penilaian kepatuhan tahun 2022 di wilayah Polda "
        "Kalbar. Kepolisian Resor rata-rata masuk zona kuning, sementara Polres Sambas meraih nilai 84,10.",
    ],
    ids=["kantor-pertanahan", "kepolisian-resor"],
)
def test_a_bare_local_office_names_no_office_of_the_province(text):
    got = recs(text)
    assert not any("Provinsi" in name for name, _ in got), got.keys()


def test_a_bare_land_office_in_a_kabupaten_article_is_that_kabupaten_s():
    got = recs(
        "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Pemkab Klaten. "
        "Kantor Pertanahan memperoleh nilai 89,60 dan zona hijau."
    )
    assert ("Kantor Pertanahan Kabupaten Klaten", 2022) in got, got.keys()


# -- misspelt level words: "Kabupatan Blitar", "Pemko Blitar" ------------------------------------------------

JATIM_2022 = "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik 2022 di Jawa Timur. "


@pytest.mark.parametrize(
    "said, entity",
    [
        ("Pemerintah Kabupatan Blitar meraih nilai 88,50 dan masuk zona hijau.", "Kabupaten Blitar"),
        ("Kabuapten Blitar meraih nilai 88,50 dan masuk zona hijau.", "Kabupaten Blitar"),
        ("Pemko Blitar meraih nilai 88,50 dan masuk zona hijau.", "Kota Blitar"),
        ("Nilai 88,50 diraih Pemko Kediri yang masuk zona hijau.", "Kota Kediri"),
        ("Kabupeten Kediri meraih nilai 88,50 dan masuk zona hijau.", "Kabupaten Kediri"),
    ],
    ids=["kabupatan", "kabuapten", "pemko", "pemko-after", "kabupeten"],
)
def test_misspelt_level_word_keeps_its_level(said, entity):
    got = recs(JATIM_2022 + said)
    assert set(got) == {(entity, 2022)}
    assert (got[(entity, 2022)].score, got[(entity, 2022)].zone) == (88.5, "hijau")


# -- one service product's result is not its office's (SKCK, SIM) --------------------------------------------

POLRES = "Ombudsman RI Perwakilan Jawa Barat merilis hasil penilaian kepatuhan pelayanan publik tahun 2017. "


@pytest.mark.parametrize(
    "said",
    [
        "Ombudsman mengategorikan Polres Garut ke dalam zona merah dalam hal pelayanan penerbitan SKCK.",
        "Polres Garut jatuh ke zona merah, karena nilainya pada pelayanan pembuatan SKCK cuma 46.25.",
        "Pelayanan permohonan SIM baru (SIM A dan SIM C) pada Polres Garut dimasukkan dalam zona kuning dengan "
        "nilai 75.50.",
        "Di Polres Garut, pelayanan penerbitan SKCK berada di zona kuning dengan nilai 68.25, adapun pelayanan "
        "permohonan SIM dikategorikan ke dalam zona hijau bernilai 91.75.",
    ],
    ids=["skck-dikategorikan", "skck-cuma", "sim-baru", "skck-and-sim-apart"],
)
def test_one_product_result_is_no_office_record(said):
    assert recs(POLRES + said) == {}


@pytest.mark.parametrize(
    "said",
    [
        "Pelayanan penerbitan SKCK dan permohonan SIM di Polres Garut dikategorikan ke dalam zona kuning dengan "
        "nilai 76.00 untuk pelayanan SKCK, dan 72.50 untuk penerbitan SIM.",
        "Polres Garut meraih zona kuning dalam pelayanan pengurusan SKCK dan pengurusan SIM.",
        "Di Polres Garut, layanan SKCK maupun SIM sama-sama masuk zona kuning.",
    ],
    ids=["skck-dan-sim", "pengurusan-both", "maupun"],
)
def test_products_together_give_the_office_its_zone(said):
    got = recs(POLRES + said)
    assert set(got) == {("Polres Garut", 2017)}
    assert (got[("Polres Garut", 2017)].zone, got[("Polres Garut", 2017)].score) == ("kuning", None)


def test_office_result_beside_a_product_sentence_stands():
    got = recs(
        POLRES + "Polres Garut meraih nilai 88,20 dan masuk zona hijau. Pelayanan SKCK di sana dinilai paling rapi."
    )
    assert (got[("Polres Garut", 2017)].score, got[("Polres Garut", 2017)].zone) == (88.2, "hijau")


# -- a regional office written out with its short form in brackets, then by the short form -------------------


@pytest.mark.parametrize(
    "first, again",
    [
        (
            "Kantor Wilayah Agraria dan Tata Ruang/Badan Pertanahan Nasional (ATR/BPN) Provinsi Papua meraih zona "
            "kuning atau mendapatkan nilai 70,49.",
            "Selain Kanwil ATR/BPN Provinsi Papua, Kantor Pertanahan Kabupaten Jayapura pun masih tertahan di zona "
            "kuning dengan nilai 75,58.",
        ),
        (
            "Nilai 70,49 dan zona kuning diraih Kantor Wilayah Badan Pertanahan Nasional (BPN) Provinsi Papua.",
            "Kanwil BPN Provinsi Papua juga menyerahkan daftar Kantor Pertanahan Kabupaten Jayapura dengan nilai "
            "75,58 di zona kuning.",
        ),
    ],
    ids=["atr-bpn", "bpn"],
)
def test_regional_office_with_bracketed_short_form_is_one_office(first, again):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2022. " + first + " " + again)
    offices = {k[0] for k in got if k[0].startswith("Kantor Wilayah")}
    assert len(offices) == 1 and "(" not in next(iter(offices)) and next(iter(offices)).endswith("Provinsi Papua")
    assert ("Provinsi Papua", 2022) not in got
    office = got[(next(iter(offices)), 2022)]
    assert (office.score, office.zone) == (70.49, "kuning")
    assert got[("Kantor Pertanahan Kabupaten Jayapura", 2022)].score == 75.58


# -- unit names: the last affair after ", dan"; a place word written short ("Gn.", "Tj.") --------------------

BELITUNG = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 di Kabupaten Belitung. "


def test_merged_office_closed_by_comma_dan():
    got = recs(
        BELITUNG + "Empat unit berada di zona hijau, yaitu Dinas Sosial, Dinas Perhubungan, Dinas Penanaman Modal, "
        "Perizinan, Pelayanan Terpadu, dan Ketenagakerjaan, dan tiga unit lainnya di zona kuning."
    )
    assert ("Dinas Penanaman Modal, Perizinan, Pelayanan Terpadu, dan Ketenagakerjaan", 2022) in got
    assert ("Dinas Penanaman Modal", 2022) not in got


def test_list_of_offices_with_comma_dan_stays_a_list():
    got = recs(BELITUNG + "Dinas Kesehatan, Dinas Sosial, dan Dinas Pendidikan meraih zona hijau.")
    assert {k[0] for k in got} == {"Dinas Kesehatan", "Dinas Sosial", "Dinas Pendidikan"}


@pytest.mark.parametrize("name", ["Puskesmas Gn. Lingkas", "Puskesmas Tj. Pandan"], ids=["gn", "tj"])
def test_place_word_written_short_in_a_facility_name(name):
    got = recs(
        BELITUNG + f"Unit yang dinilai yakni {name} dengan nilai 86,98, Puskesmas Juata 83,02 dan Dinas Sosial 86,27."
    )
    assert got[(name, 2022)].score == 86.98
    assert got[("Puskesmas Juata", 2022)].score == 83.02


# -- "di Kantor Pertanahan hanya Kabupaten X yang ...": X's land office --------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Dalam penilaian di Kantor Pertanahan hanya Kabupaten Lingga yang mendapat predikat zona kuning, "
        "sementara seluruh Kantor Pertanahan lain sudah hijau.",
        "Untuk Kantor Pertanahan, yang masuk zona kuning yakni Kabupaten Lingga.",
    ],
    ids=["hanya-kabupaten", "untuk-kantor-pertanahan"],
)
def test_place_after_a_bare_land_office_is_that_office(said):
    got = recs("Ombudsman RI merilis hasil survei kepatuhan tahun 2021 di Kepulauan Riau. " + said)
    assert set(got) == {("Kantor Pertanahan Kabupaten Lingga", 2021)}
    assert got[("Kantor Pertanahan Kabupaten Lingga", 2021)].zone == "kuning"


# -- offices of the old kinds: cooperative offices by short name, the "Kantor" offices before 2016 --------------


@pytest.mark.parametrize(
    "listed, office",
    [
        ("yang masih masuk zona merah yakni Diskop UKM dan Indag.", "Diskop UKM dan Indag"),
        ("Disperindagkop masuk dalam zona merah.", "Disperindagkop"),
        ("Kantor Lingkungan Hidup berada di zona merah.", "Kantor Lingkungan Hidup"),
        ("zona merah diraih Kantor Arsip dan Perpustakaan Daerah.", "Kantor Arsip dan Perpustakaan Daerah"),
        ("Kantor Kesatuan Bangsa dan Politik masuk zona merah.", "Kantor Kesatuan Bangsa dan Politik"),
    ],
    ids=["diskop", "disperindagkop", "kantor-lh", "kantor-arsip", "kantor-kesbang"],
)
def test_old_kinds_of_city_offices_are_units(listed, office):
    got = recs(
        "Ombudsman RI Perwakilan Jawa Barat menyerahkan hasil penilaian kepatuhan tahun 2016 kepada Pemerintah "
        f"Kota Sukabumi. Kota Sukabumi masuk zona kuning. Dari 11 OPD yang dinilai, {listed}"
    )
    r = got[(office, 2016)]
    assert (r.entity_type, r.parent, r.zone) == ("unit", "Kota Sukabumi", "merah")


def test_a_mayors_office_is_no_unit():
    got = recs(
        "Ombudsman RI Perwakilan Jawa Barat menyerahkan hasil penilaian kepatuhan tahun 2016 kepada Pemerintah "
        "Kota Sukabumi di Kantor Wali Kota Sukabumi. Kota Sukabumi masuk zona kuning."
    )
    assert set(got) == {("Kota Sukabumi", 2016)}


# -- one unit name held by units of several governments in one list: each named with its government ---------

_KALSEL_2022 = (
    "Ombudsman RI Perwakilan Kalimantan Selatan menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan "
    "Publik tahun 2022. "
)


@pytest.mark.parametrize(
    "listed",
    [
        "Unit layanan yang meraih nilai A dan zona hijau yaitu DPMPTSP Kabupaten Tabalong, Disdukcapil Kota "
        "Banjarbaru, Puskesmas Pelaihari Kabupaten Tanah Laut dan Disdukcapil Kabupaten Tanah Laut.",
        "Zona hijau dengan nilai A diraih Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Banjarbaru, "
        "Puskesmas Pelaihari Kabupaten Tanah Laut, Disdukcapil Kabupaten Tanah Laut serta DPMPTSP Kabupaten "
        "Tabalong.",
        "Empat unit pelayanan masuk zona hijau dan mendapat nilai A, antara lain Disdukcapil Kabupaten Tanah "
        "Laut, DPMPTSP Kabupaten Tabalong, Disdukcapil Kota Banjarbaru dan Puskesmas Pelaihari Kabupaten "
        "Tanah Laut.",
    ],
    ids=["yaitu", "diraih", "antara-lain"],
)
def test_same_named_units_of_several_governments_keep_their_government(listed):
    got = recs(_KALSEL_2022 + listed)
    # a short name is written out only where the text writes it out
    long = "Dinas Kependudukan dan Pencatatan Sipil"
    dukcapil = long if long in listed else "Disdukcapil"
    for name, parent in [
        (f"{dukcapil} Kota Banjarbaru", "Kota Banjarbaru"),
        (f"{dukcapil} Kabupaten Tanah Laut", "Kabupaten Tanah Laut"),
        ("Puskesmas Pelaihari", "Kabupaten Tanah Laut"),  # its name is its own: no government added
        ("DPMPTSP", "Kabupaten Tabalong"),
    ]:
        r = got[(name, 2022)]
        assert (r.entity_type, r.parent, r.zone, r.grade) == ("unit", parent, "hijau", "A")


def test_one_governments_units_keep_their_plain_names():
    got = recs(
        _KALSEL_2022 + "Unit layanan yang meraih zona hijau yaitu Disdukcapil Kabupaten Tanah Laut dan DPMPTSP "
        "Kabupaten Tanah Laut."
    )
    assert {name for name, _ in got if name.startswith("D")} == {"Disdukcapil", "DPMPTSP"}
