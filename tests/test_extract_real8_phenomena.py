"""Groups, labels, entities and ranks as regional reporters write them, in our own sentences.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

import pytest

from extract_helpers import recs

JATIM = "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2022 di Jawa Timur. "


# -- misspelt level words and group nouns: "Kabupatan Blitar", "Pemko Blitar", "dua kabupatan" ----


@pytest.mark.parametrize(
    "said, entity",
    [
        ("Pemerintah Kabupatan Blitar meraih nilai 88,50 dan masuk zona hijau.", "Kabupaten Blitar"),
        ("Kabuapten Blitar meraih nilai 88,50 dan masuk zona hijau.", "Kabupaten Blitar"),
        ("Pemko Blitar meraih nilai 88,50 dan masuk zona hijau.", "Kota Blitar"),
        ("Nilai 88,50 diraih Pemko Kediri yang masuk zona hijau.", "Kota Kediri"),
        ("Kabupeten Kediri meraih nilai 88,50 dan masuk zona hijau.", "Kabupaten Kediri"),
    ],
)
def test_misspelt_level_word_keeps_its_level(said, entity):
    got = recs(JATIM + said)
    assert set(got) == {(entity, 2022)}
    assert (got[(entity, 2022)].score, got[(entity, 2022)].zone) == (88.5, "hijau")


@pytest.mark.parametrize(
    "stated",
    [
        "Yang mendapatkan zona hijau atau kepatuhan tinggi hanya dua kabupatan dan satu kota.",
        "Yang masuk zona hijau atau kepatuhan tinggi (nilai 81-100) hanya dua kabuapten dan satu kota.",
    ],
)
def test_misspelt_group_noun_is_a_group_restated_later(stated):
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2021 di Jawa Timur. "
        + stated
        + " Baca Juga: Banjir Rendam Dua Desa di Pesisir Selatan\n"
        "Sedangkan yang masuk zona kuning atau kepatuhan sedang ada 20 kabupaten dan enam kota. "
        "Lalu yang masuk zona merah alias kepatuhan rendah ada dua kabupaten. "
        "Tiga daerah yang mendapatkan zona hijau adalah Pemkab Jombang (90,12), Pemkab Tuban (88,40) dan "
        "Pemkot Madiun (85,02)."
    )
    got = recs(text)
    assert set(got) == {("Kabupaten Jombang", 2021), ("Kabupaten Tuban", 2021), ("Kota Madiun", 2021)}
    assert all((r.zone, r.opinion) == ("hijau", "kepatuhan tinggi") for r in got.values())


def test_group_restated_too_late_keeps_only_its_zone():
    text = (
        "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik tahun 2021 di Jawa Timur. "
        "Yang mendapatkan zona hijau atau kepatuhan tinggi hanya dua kabupatan dan satu kota. "
        + "Penilaian dilakukan sejak Juni. "
        * 6
        + "Tiga daerah yang mendapatkan zona hijau adalah Pemkab Jombang (90,12), Pemkab Tuban (88,40) dan "
        "Pemkot Madiun (85,02)."
    )
    assert all((r.zone, r.opinion) == ("hijau", None) for r in recs(text).values())


# -- the place of a group is not the holder of its label ------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Sebanyak tujuh dari 24 kabupaten/kota di Sulawesi Selatan (Sulsel) tercatat masih di zona kuning.",
        "Empat dari 24 kabupaten/kota di Sulawesi Selatan masih berada di zona kuning.",
        "Baru tahun ini ada pemerintah daerah (pemda) di Sulawesi Selatan yang masuk zona merah.",
        "Ombudsman menyebut masih ada pemerintah kabupaten di Sulawesi Selatan yang masuk zona merah.",
        "Ada 11 Pemko dan Pemkab yang tercatat pada zona kuning atau kepatuhan sedang.",
        "Dari 24 kabupaten/kota yang ada di Sulsel, delapan daerah masuk zona kuning.",
    ],
)
def test_place_of_a_group_gets_no_label(said):
    text = "Penilaian kepatuhan pelayanan publik Ombudsman RI tahun 2023 di Sulawesi Selatan. " + said
    assert recs(text) == {}


def test_only_government_named_as_a_place_still_holds_its_label():
    text = "Penilaian kepatuhan Ombudsman RI tahun 2023. Bupati Gowa menerima predikat zona hijau dengan nilai 91,25."
    assert {(k, r.zone, r.score) for k, r in recs(text).items()} == {(("Kabupaten Gowa", 2023), "hijau", 91.25)}


@pytest.mark.parametrize(
    "stated, named, zone",
    [
        (
            "Sebanyak dua dari 15 kabupaten/kota di Kalimantan Timur (Kaltim) masih berada di zona kuning.",
            "Kedua daerah itu adalah Kabupaten Paser dan Kabupaten Berau.",
            "kuning",
        ),
        (
            "Tiga dari 10 kabupaten/kota di Kaltim masuk zona hijau.",
            "Ketiga daerah tersebut yakni Kabupaten Paser, Kabupaten Berau dan Kota Bontang.",
            "hijau",
        ),
        (
            "Hanya dua kabupaten di Kaltim yang mendapat rapor merah.",
            "Kedua kabupaten itu ialah Kabupaten Paser dan Kabupaten Berau.",
            "merah",
        ),
    ],
)
def test_group_named_in_the_next_sentence_by_anaphor(stated, named, zone):
    text = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. " + stated + " " + named
    got = recs(text)
    assert ("Provinsi Kalimantan Timur", 2022) not in got
    members = {k for k in got}
    assert {("Kabupaten Paser", 2022), ("Kabupaten Berau", 2022)} <= members
    assert all(r.zone == zone for r in got.values())


def test_anaphor_two_sentences_later_takes_no_label():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. "
        "Sebanyak dua dari 15 kabupaten/kota di Kaltim masih berada di zona kuning. "
        "Penyerahan dilakukan di Samarinda. Kedua daerah itu adalah Kabupaten Paser dan Kabupaten Berau."
    )
    assert all(r.zone is None for r in recs(text).values())


@pytest.mark.parametrize(
    "header", ["PERWAKILAN: KALIMANTAN TENGAH • Senin, 05/03/2018 •\n", "Perwakilan: Sulawesi Tengah\n"]
)
def test_assessor_page_header_is_no_subject(header):
    text = (
        "Dua Kabupaten Masuk Zona Merah Pelayanan Publik\n"
        + header
        + "Hasil penilaian kepatuhan tahun 2017 oleh Ombudsman menunjukkan Kabupaten Sigi dan Kabupaten Poso "
        "masuk zona merah."
    )
    assert set(recs(text)) == {("Kabupaten Sigi", 2017), ("Kabupaten Poso", 2017)}


# -- a label written before its places, one clause per label ------------------------------------

SULTENG = "Ombudsman RI menilai kepatuhan standar pelayanan publik tahun 2017 di Sulawesi Tengah. "


@pytest.mark.parametrize(
    "said",
    [
        "Yang mendapat zona kuning hanya Kabupaten Poso dan Kabupaten Banggai, sedangkan yang masuk zona merah "
        "Kabupaten Sigi, Kabupaten Tolitoli dan Kota Palu.",
        '"Kami menilai lima daerah, yakni Kota Palu, Kabupaten Sigi, Kabupaten Poso, Kabupaten Banggai dan '
        "Kabupaten Tolitoli, yang mendapat nilai kuning hanya Poso dan Banggai sedangkan yang dalam zona merah "
        'Sigi, Tolitoli dan Kota Palu," ujarnya.',
        "Zona kuning diraih Kabupaten Poso dan Kabupaten Banggai, sedangkan zona merah diraih Kabupaten Sigi, "
        "Kabupaten Tolitoli dan Kota Palu.",
        "Kabupaten Poso dan Kabupaten Banggai masuk zona kuning, sementara yang berada di zona merah adalah "
        "Kabupaten Sigi, Kabupaten Tolitoli dan Kota Palu.",
        "Yang masuk zona kuning Kabupaten Poso dan Kabupaten Banggai, adapun yang masuk zona merah yakni "
        "Kabupaten Sigi, Kabupaten Tolitoli dan Kota Palu.",
    ],
)
def test_label_heads_the_places_of_its_clause(said):
    got = recs(SULTENG + said)
    zones = {k[0]: r.zone for k, r in got.items()}
    assert zones == {
        "Kabupaten Poso": "kuning",
        "Kabupaten Banggai": "kuning",
        "Kabupaten Sigi": "merah",
        "Kabupaten Toli-Toli": "merah",
        "Kota Palu": "merah",
    }


@pytest.mark.parametrize(
    "said, zones",
    [
        # the label after its holder, then another holder: each keeps its own
        (
            "Kabupaten Poso masuk zona kuning, sedangkan Kabupaten Sigi masuk zona merah.",
            {"Kabupaten Poso": "kuning", "Kabupaten Sigi": "merah"},
        ),
        # a label ending its holder's clause, the next place starting a new one
        ("Kota Palu meraih nilai 80,10 dan zona hijau, Kabupaten Sigi juga.", {"Kota Palu": "hijau"}),
        (
            "Kabupaten Poso yang masuk zona kuning, dan Kabupaten Sigi yang masuk zona merah, dinilai Ombudsman.",
            {"Kabupaten Poso": "kuning", "Kabupaten Sigi": "merah"},
        ),
    ],
)
def test_label_after_its_holder_stays_with_it(said, zones):
    got = recs(SULTENG + said)
    assert {k[0]: r.zone for k, r in got.items() if r.zone} == zones


# -- misspelt opinions: "kualias tertinggi", "kwalitas tinggi", "kepatuan tinggi" ----------------


@pytest.mark.parametrize(
    "said, year, opinion",
    [
        ("Kota Kediri meraih nilai 90,12 dengan predikat kualias tertinggi.", 2023, "kualitas tertinggi"),
        ("Kota Kediri meraih nilai 90,12 atau opini Kwalitas Tinggi.", 2023, "kualitas tinggi"),
        ("Kota Kediri masuk kategori B atau kualitias tinggi dengan nilai 90,12.", 2023, "kualitas tinggi"),
        ("Kota Kediri meraih nilai 90,12 dengan predikat kepatuan tinggi.", 2019, "kepatuhan tinggi"),
    ],
)
def test_misspelt_opinion_is_read(said, year, opinion):
    got = recs(f"Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun {year}. " + said)
    assert got[("Kota Kediri", year)].opinion == opinion


def test_misspelt_quality_in_prose_is_no_opinion():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Kediri meraih nilai 90,12. "
        "Wali kota berharap kwalitas tinggi pelayanan terus dijaga."
    )
    assert recs(text)[("Kota Kediri", 2023)].opinion is None


# -- the assessor's office and the office a unit lies in are no assessed units -------------------


@pytest.mark.parametrize(
    "said, entities",
    [
        (
            "Ombudsman Kanwil Jawa Tengah mencatat dua daerah masih zona kuning, yakni Kabupaten Blora dan "
            "Kabupaten Rembang.",
            {"Kabupaten Blora", "Kabupaten Rembang"},
        ),
        (
            "Kantor Pertanahan Kabupaten Blora mencatat nilai tertinggi dari 35 Kantah di lingkup Kantor Wilayah "
            "(Kanwil) Badan Pertanahan Nasional (BPN) Jateng, dengan nilai 98,20 zona hijau.",
            {"Kantor Pertanahan Kabupaten Blora"},
        ),
    ],
)
def test_assessor_or_surrounding_office_is_no_unit(said, entities):
    got = recs("Hasil penilaian kepatuhan pelayanan publik Ombudsman RI tahun 2023 diserahkan. " + said)
    assert {k[0] for k in got} == entities


# -- one service product's result is not its office's (SKCK, SIM) ------------------------------

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


# -- "X dikategorikan ke dalam zona kuning" is a claim; a band "dikategorikan" is not ----------


@pytest.mark.parametrize(
    "said, zone",
    [
        ("Kabupaten Agam dikategorikan ke dalam zona kuning.", "kuning"),
        ("Pemkab Agam terkategorisasi zona hijau pada penilaian itu.", "hijau"),
    ],
)
def test_subject_categorised_is_a_claim(said, zone):
    got = recs("Ombudsman RI merilis hasil penilaian kepatuhan tahun 2019. " + said)
    assert got[("Kabupaten Agam", 2019)].zone == zone


def test_band_categorised_is_no_claim():
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2019. Kabupaten Agam meraih nilai 78,10. "
        "Nilai 51-80 dikategorikan zona kuning."
    )
    assert got[("Kabupaten Agam", 2019)].zone is None


# -- a regional office written out with its short form in brackets, then by the short form -----


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
)
def test_regional_office_with_bracketed_short_form_is_one_office(first, again):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2022. " + first + " " + again)
    offices = {k[0] for k in got if k[0].startswith("Kantor Wilayah")}
    assert len(offices) == 1 and "(" not in next(iter(offices)) and next(iter(offices)).endswith("Provinsi Papua")
    assert ("Provinsi Papua", 2022) not in got
    office = got[(next(iter(offices)), 2022)]
    assert (office.score, office.zone) == (70.49, "kuning")
    assert got[("Kantor Pertanahan Kabupaten Jayapura", 2022)].score == 75.58


# -- a zone's colour in quotes: 'kategori "hijau"' ---------------------------------------------


@pytest.mark.parametrize(
    "said, zone",
    [
        (
            'Pemerintah daerah yang masuk kategori "hijau" atau daerah dengan nilai kepatuhan tertinggi yakni '
            "Kabupaten Bungo dan Kabupaten Tebo.",
            "hijau",
        ),
        ("Kabupaten Bungo dan Kabupaten Tebo masuk zona “kuning” dengan nilai di bawah 80.", "kuning"),
        ("Kabupaten Bungo dan Kabupaten Tebo meraih predikat 'merah' pada survei itu.", "merah"),
    ],
)
def test_quoted_colour_is_a_zone(said, zone):
    got = recs("Ombudsman RI merilis hasil survei kepatuhan tahun 2016 di Jambi. " + said)
    assert {k[0]: r.zone for k, r in got.items()} == {"Kabupaten Bungo": zone, "Kabupaten Tebo": zone}


def test_quoted_colour_without_a_zone_word_is_no_zone():
    got = recs(
        "Ombudsman RI merilis hasil survei kepatuhan tahun 2016 di Jambi. Kabupaten Bungo meraih nilai 90,10 "
        'dalam acara bertema "hijau" di Jambi.'
    )
    assert got[("Kabupaten Bungo", 2016)].zone is None


# -- "Pemerintah daerah X yang ... sebanyak N pemerintah daerah yaitu A, B": X is where they are --

KALTENG = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2019 di Kalteng. "


@pytest.mark.parametrize(
    "said",
    [
        "Pemerintah daerah Kalteng yang memperoleh predikat kepatuhan tinggi (zona hijau) sebanyak tiga pemerintah "
        "daerah yaitu Pemerintah Kabupaten Kapuas dengan nilai 86,10, Kabupaten Katingan dengan nilai 83,03 dan "
        "Kabupaten Seruyan dengan nilai 81,04.",
        "Pemda Kalimantan Tengah yang meraih predikat kepatuhan tinggi atau zona hijau ada tiga pemda, yakni "
        "Kabupaten Kapuas (86,10), Kabupaten Katingan (83,03) dan Kabupaten Seruyan (81,04).",
    ],
)
def test_place_of_a_counted_group_described_before_it(said):
    got = recs(KALTENG + said + " Untuk Pemerintah Provinsi Kalteng memperoleh pedikat kepatuhan sedang (zona kuning).")
    assert {k[0]: (r.zone, r.opinion) for k, r in got.items()} == {
        "Kabupaten Kapuas": ("hijau", "kepatuhan tinggi"),
        "Kabupaten Katingan": ("hijau", "kepatuhan tinggi"),
        "Kabupaten Seruyan": ("hijau", "kepatuhan tinggi"),
        "Provinsi Kalimantan Tengah": ("kuning", "kepatuhan sedang"),
    }


def test_government_described_by_yang_keeps_its_label():
    got = recs(KALTENG + "Pemprov Kalteng yang meraih zona hijau tahun ini menerima piagam dari Ombudsman.")
    assert got[("Provinsi Kalimantan Tengah", 2019)].zone == "hijau"


@pytest.mark.parametrize(
    "said, zone, opinion",
    [
        ("Kabupaten Kapuas memperoleh pedikat kepatuhan sedang (zona kuning).", "kuning", "kepatuhan sedang"),
        ("Kabupaten Kapuas masuk katagori zona hijau dengan nilai 86,10.", "hijau", None),
        ("Kabupaten Kapuas meraih prediket hijau dengan nilai 86,10.", "hijau", None),
    ],
)
def test_misspelt_label_frame(said, zone, opinion):
    r = recs(KALTENG + said)[("Kabupaten Kapuas", 2019)]
    assert (r.zone, r.opinion) == (zone, opinion)


# -- "baik X maupun 22 kabupaten/kota lain ... zona kuning": X holds the group's labels too -------


@pytest.mark.parametrize(
    "said",
    [
        "Adapun baik Pemerintah Provinsi Jawa Barat maupun 25 Pemerintah Kabupaten/Kota lainnya di Jawa Barat "
        "sama-sama masuk Zona Kepatuhan Sedang atau Zona Kuning.",
        "Baik Pemprov Jabar (Jawa Barat) maupun 25 kabupaten/kota lainnya berada di zona kuning atau kepatuhan sedang.",
    ],
)
def test_entity_paired_with_a_group_by_baik_maupun(said):
    got = recs("Ombudsman RI menilai kepatuhan tahun 2021 di Jawa Barat. " + said)
    r = got[("Provinsi Jawa Barat", 2021)]
    assert (r.zone, r.opinion) == ("kuning", "kepatuhan sedang")


def test_entity_before_a_group_without_baik_maupun_is_not_paired():
    got = recs(
        "Ombudsman RI menilai kepatuhan tahun 2021 di Jawa Barat. Pemprov Jawa Barat mencatat 25 kabupaten/kota "
        "berada di zona kuning."
    )
    assert all(r.zone is None for r in got.values())


# -- a rank shared by several of one kind is a tie, nobody's -------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Sebanyak lima pemda di Bali meraih nilai tertinggi secara nasional, yakni Pemprov Bali, Pemkab Badung, "
        "Kabupaten Gianyar, Kabupaten Tabanan dan Kota Denpasar.",
        "Tiga kabupaten di Bali menempati peringkat pertama nasional, yaitu Kabupaten Badung, Kabupaten Gianyar dan "
        "Kabupaten Tabanan.",
        "Menurutnya, pemerintah provinsi bersama empat kabupaten/kota di wilayah itu meraih nilai tertinggi "
        "secara nasional. Daerah yang masuk kategori hijau yakni Pemprov Bali, Pemkab Badung, Kabupaten Gianyar, "
        "Kabupaten Tabanan dan Kota Denpasar.",
    ],
)
def test_rank_shared_by_one_kind_is_nobodys(said):
    got = recs("Ombudsman RI merilis hasil survei kepatuhan tahun 2016 di Bali. " + said)
    assert all(r.rank is None for r in got.values())


def test_rank_shared_by_different_kinds_is_each_ones():
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2022 di Nusa Tenggara Barat. Satu pemerintah provinsi "
        "dan satu kabupaten di NTB bahkan sama-sama menempati posisi terbaik kedua, yakni Pemerintah Provinsi Nusa "
        "Tenggara Barat dan Pemerintah Kabupaten Lombok Barat."
    )
    assert got[("Provinsi Nusa Tenggara Barat", 2022)].rank == 2
    assert got[("Kabupaten Lombok Barat", 2022)].rank == 2


# -- "melakukan hal serupa": the same done, not the same labels got -----------------------------

LINGGA = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Kabupaten Lingga masuk kategori B dengan opini kualitas tinggi. "


@pytest.mark.parametrize(
    "said",
    [
        "Selain menilai pemerintah daerah, Ombudsman juga melakukan hal serupa pada Kementerian Agama dan Badan "
        "Pengusahaan (BP) Batam.",
        "Penilaian yang sama juga dilakukan pada Kementerian Agama di Kepri.",
    ],
)
def test_the_same_done_gives_no_labels(said):
    assert set(recs(LINGGA + said)) == {("Kabupaten Lingga", 2022)}


def test_the_same_got_gives_the_labels():
    got = recs(LINGGA + "Kota Batam meraih predikat yang sama.")
    assert (got[("Kota Batam", 2022)].grade, got[("Kota Batam", 2022)].opinion) == ("B", "kualitas tinggi")


# -- "Ketiga Polres itu": a counted group referred back to, not the last office named ------------

SUMUT = "Ombudsman RI merilis hasil survei kepatuhan tahun 2017 di Sumatera Utara. "


def test_counted_anaphor_refers_to_the_last_n_offices():
    got = recs(
        SUMUT + "Polres Binjai, Polres Langkat dan Polres Asahan masuk penilaian. Ketiga Polres itu meraih zona kuning."
    )
    assert {k[0]: r.zone for k, r in got.items()} == {
        "Polres Binjai": "kuning",
        "Polres Langkat": "kuning",
        "Polres Asahan": "kuning",
    }


@pytest.mark.parametrize(
    "told",
    ["Ketiga Polres itu hanya meraih predikat zona kuning.", "Ketiga Polres tersebut hanya mendapat zona kuning."],
)
def test_counted_anaphor_refers_to_the_group_just_counted(told):
    got = recs(
        SUMUT + "Polres Binjai meraih predikat zona hijau. Polres Langkat dan Polres Asahan juga meraih predikat "
        "yang sama. Namun layanan di tiga Polres di Sumut masih kurang baik. " + told + " Ketiga Polres yang "
        "meraih zona kuning itu adalah Polres Nias, Polres Dairi dan Polres Karo."
    )
    assert {k[0]: r.zone for k, r in got.items()} == {
        "Polres Binjai": "hijau",
        "Polres Langkat": "hijau",
        "Polres Asahan": "hijau",
        "Polres Nias": "kuning",
        "Polres Dairi": "kuning",
        "Polres Karo": "kuning",
    }


def test_single_anaphor_still_refers_to_the_last_office():
    got = recs(SUMUT + "Polres Binjai masuk penilaian tahun ini. Polres tersebut meraih zona hijau.")
    assert got[("Polres Binjai", 2017)].zone == "hijau"


# -- unit names: the last affair after ", dan"; a place word written short ("Gn.", "Tj.") -------

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


@pytest.mark.parametrize("name", ["Puskesmas Gn. Lingkas", "Puskesmas Tj. Pandan"])
def test_place_word_written_short_in_a_facility_name(name):
    got = recs(
        BELITUNG + f"Unit yang dinilai yakni {name} dengan nilai 86,98, Puskesmas Juata 83,02 dan Dinas Sosial 86,27."
    )
    assert got[(name, 2022)].score == 86.98
    assert got[("Puskesmas Juata", 2022)].score == 83.02


# -- "di Kantor Pertanahan hanya Kabupaten X yang ...": X's land office --------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Dalam penilaian di Kantor Pertanahan hanya Kabupaten Lingga yang mendapat predikat zona kuning, "
        "sementara seluruh Kantor Pertanahan lain sudah hijau.",
        "Untuk Kantor Pertanahan, yang masuk zona kuning yakni Kabupaten Lingga.",
    ],
)
def test_place_after_a_bare_land_office_is_that_office(said):
    got = recs("Ombudsman RI merilis hasil survei kepatuhan tahun 2021 di Kepulauan Riau. " + said)
    assert set(got) == {("Kantor Pertanahan Kabupaten Lingga", 2021)}
    assert got[("Kantor Pertanahan Kabupaten Lingga", 2021)].zone == "kuning"


# -- "nilai tertinggi dari N ...": first among the N counted ------------------------------------

BANJAR = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2024 di Kalimantan Selatan. "


@pytest.mark.parametrize(
    "said, entity, scope",
    [
        (
            "Kantah Banjar membukukan nilai tertinggi dari 13 Kantah kabupaten/kota di lingkup Kanwil BPN "
            "Kalsel, yakni 97,84 dengan zona hijau.",
            "Kantah Banjar",
            "provinsi",
        ),
        (
            "Kabupaten Banjar meraih skor tertinggi dari 416 kabupaten dengan nilai 99,10.",
            "Kabupaten Banjar",
            "nasional",
        ),
        (
            "Dinas Kesehatan Kabupaten Banjar meraih nilai tertinggi dari 7 unit layanan yang dinilai, yakni 95,10.",
            "Dinas Kesehatan",
            None,
        ),
    ],
)
def test_best_of_n_is_first(said, entity, scope):
    r = recs(BANJAR + said)[(entity, 2024)]
    assert (r.rank, r.rank_scope) == (1, scope)


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Banjar meraih nilai 88,10, nilai tertinggi dari tahun-tahun sebelumnya.",
        "Kabupaten Banjar meraih nilai 88,10, naik dari nilai tertinggi dari 2019 yang hanya 80.",
        "Kabupaten Banjar meraih nilai 88,10 dan mencatat nilai tertinggi dari 4 dimensi penilaian pada dimensi proses.",
    ],
)
def test_best_compared_with_its_past_is_no_rank(said):
    assert recs(BANJAR + said)[("Kabupaten Banjar", 2024)].rank is None


# -- "sebagai pemimpin kualitas layanan ... se-X": first among the province's governments --------

JAMBI = "Ombudsman RI menilai kepatuhan pelayanan publik tahun 2024 di Jambi. "


@pytest.mark.parametrize(
    "said",
    [
        "Ombudsman menilai Kota Jambi sebagai pemimpin kualitas layanan di wilayah pemerintah daerah se-Jambi.",
        "Capaian itu menempatkan Kota Jambi sebagai pemimpin pelayanan publik di Provinsi Jambi dengan nilai 92,10.",
    ],
)
def test_leader_of_the_field_is_first(said):
    assert recs(JAMBI + said)[("Kota Jambi", 2024)].rank == 1


@pytest.mark.parametrize(
    "said",
    [
        "Kota Jambi meraih nilai 92,10. Wali kota sebagai pemimpin daerah di Jambi berterima kasih.",
        "Kota Jambi meraih nilai 92,10. Ia hadir sebagai pemimpin rombongan di Jakarta.",
    ],
)
def test_leader_of_a_region_is_no_rank(said):
    assert recs(JAMBI + said)[("Kota Jambi", 2024)].rank is None


def test_government_named_with_others_keeps_its_label():
    got = recs(
        "Ombudsman RI menilai kepatuhan tahun 2022. Pemda Bogor yang meraih zona hijau bersama 3 daerah lainnya "
        "menerima piagam, yakni Kabupaten Bekasi, Kota Depok dan Kota Cimahi."
    )
    assert got[("Kabupaten Bogor", 2022)].zone == "hijau"


# -- a requirement ("harus memperoleh ... nilai A") is nobody's result --------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Agar bisa sampai ke kategori ini, sebuah pemda harus memperoleh skor maksimal atau nilai A.",
        "Setiap daerah wajib memperoleh nilai A agar masuk daftar penerima penghargaan.",
    ],
)
def test_requirement_gives_no_grade(said):
    got = recs(
        "Ombudsman RI merilis penilaian kepatuhan tahun 2023. Kota Medan meraih kategori kualitas tinggi. " + said
    )
    assert got[("Kota Medan", 2023)].grade is None


# -- "berzona hijau": the zone; "dari 87 kabupaten yang berzona hijau, X ..." makes X one of them ---


@pytest.mark.parametrize(
    "said",
    [
        "Kabupaten Siak berzona hijau dengan nilai 90,10.",
        "Dari 87 kabupaten di seluruh Indonesia yang berzona hijau untuk pelayanan publik, Kabupaten Siak masuk "
        "lima besar dengan nilai 90,10.",
    ],
)
def test_berzona_is_a_zone(said):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2021. " + said)
    assert got[("Kabupaten Siak", 2021)].zone == "hijau"


# -- "Empat Pemprov lain di atas Pemprov X yang juga meraih ... adalah A, B, C. ... D": the four ---


def test_others_above_a_reference_are_a_group_named_across_sentences():
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2022. Pemprov Jambi meraih nilai 90,54 dan masuk "
        "Predikat Zona Hijau, Katagori A. Empat Pemprov lain di atas Pemprov Jambi yang juga mendapat Predikat Zona "
        "Hijau, Katagori A dengan Opini Kualitas Tertinggi adalah Pemprov Riau dengan nilai 91,15, Pemprov Lampung "
        "dengan nilai 93,14, Pemprov Bengkulu dengan nilai 94,01. Sedang peringkat pertama adalah Pemprov Aceh "
        "dengan nilai 98,15."
    )
    assert got[("Provinsi Jambi", 2022)].rank == 5
    for name in ("Provinsi Riau", "Provinsi Lampung", "Provinsi Bengkulu", "Provinsi Aceh"):
        r = got[(name, 2022)]
        assert (r.zone, r.grade, r.opinion) == ("hijau", "A", "kualitas tertinggi"), name
    assert got[("Provinsi Aceh", 2022)].rank == 1


@pytest.mark.parametrize(
    "office", ["Ombudsman Kalimantan tengah (Kalteng)", "Ombudsman RI Perwakilan kalteng (Kalteng)"]
)
def test_assessor_short_form_in_brackets_is_no_subject(office):
    got = recs(
        f"PALANGKA RAYA - Hasil penilaian Tim pencegahan {office} terhadap pelayanan publik tahun 2017, "
        "Kota Palangka Raya juga masuk dalam zona merah."
    )
    assert set(got) == {("Kota Palangka Raya", 2017)}
