"""Groups and governments referred back to: a misspelt group noun restated later, a counted group named
in the next sentence ("Kedua daerah itu"), "Ketiga Polres itu" as the group just counted or the last N
offices, "Daerah yang dipimpin oleh X ini" as the government just named.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_SURVEY, OPENING_JATENG_2021, fields_of, recs


# -- a counted group stated with two labels, then named with only its zone ---------------------


@pytest.mark.parametrize(
    "stated, named, zone, opinion",
    [
        (
            "Yang mendapatkan zona hijau atau kepatuhan tinggi hanya dua kabupaten dan satu kota.",
            "Tiga daerah yang mendapatkan zona hijau adalah Pemkab Kudus (90,12), Pemkab Pati (88,40) dan "
            "Pemkot Salatiga (85,02).",
            "hijau",
            "kepatuhan tinggi",
        ),
        (
            "Pemda yang masuk zona merah alias kepatuhan rendah ada tiga kabupaten.",
            "Sedangkan di zona merah, ada Pemkab Kudus (45,01), Pemkab Pati (44,82) dan Pemkab Blora (40,10).",
            "merah",
            "kepatuhan rendah",
        ),
        (
            "Sebanyak tiga kabupaten meraih zona kuning atau kepatuhan sedang.",
            "Ketiga daerah di zona kuning itu yakni Kabupaten Kudus, Kabupaten Pati, dan Pemkot Salatiga.",
            "kuning",
            "kepatuhan sedang",
        ),
        (
            "Untuk zona hijau dengan predikat kepatuhan tinggi diraih tiga pemda.",
            "Mereka yang masuk zona hijau yaitu Kabupaten Kudus, Kabupaten Pati dan Kota Salatiga.",
            "hijau",
            "kepatuhan tinggi",
        ),
    ],
    ids=[
        "yang-mendapatkan-zona-hijau-atau",
        "pemda-yang-masuk-zona-merah",
        "sebanyak-tiga-kabupaten-meraih-zona",
        "untuk-zona-hijau-dengan-predikat",
    ],
)
def test_group_restated_with_its_zone_keeps_its_other_labels(stated, named, zone, opinion):
    got = recs(OPENING_JATENG_2021 + stated + " " + named)
    assert len(got) == 3
    for r in got.values():
        assert (r.year, r.zone, r.opinion) == (2021, zone, opinion), r


@pytest.mark.parametrize(
    "stated, named",
    [
        # as many named as counted, but in another zone: not the group
        (
            "Yang mendapatkan zona hijau atau kepatuhan tinggi hanya dua kabupaten.",
            "Sedangkan di zona kuning ada Pemkab Kudus (70,12) dan Pemkab Pati (68,40).",
        ),
        # more named in the zone than the group counts: not (only) its members
        (
            "Yang mendapatkan zona hijau atau kepatuhan tinggi hanya dua kabupaten.",
            "Daerah yang mendapatkan zona hijau adalah Pemkab Kudus (90,12), Pemkab Pati (88,40) dan "
            "Pemkab Blora (85,02).",
        ),
    ],
    ids=["yang-mendapatkan-zona-hijau-atau-1", "yang-mendapatkan-zona-hijau-atau-2"],
)
def test_group_not_restated_gives_no_labels(stated, named):
    got = recs(OPENING_JATENG_2021 + stated + " " + named)
    assert got
    assert all(r.opinion is None for r in got.values())


# -- "Termasuk X" after a counted or generic group that names no one ------------------------------------


@pytest.mark.parametrize(
    "group",
    [
        "Sebanyak 21 pemda meraih predikat kepatuhan sedang atau zona kuning.",
        "Selebihnya, yakni 21 pemda, meraih predikat kepatuhan sedang atau zona kuning.",
        "Masih ada daerah yang berada di zona kuning dengan predikat kepatuhan sedang.",
    ],
    ids=["sebanyak-21-pemda-meraih-predikat", "selebihnya-yakni-21-pemda-meraih", "masih-ada-daerah-yang-berada"],
)
def test_termasuk_after_an_unnamed_group_makes_a_member(group):
    text = (
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2021 di Sumatera Barat. Kota Padang meraih nilai 82,10 "
        f"dan masuk zona hijau. {group} Termasuk Pemprov Sumbar pada kategori pemerintah provinsi."
    )
    got = recs(text)
    rec = got[("Provinsi Sumatera Barat", 2021)]
    assert (rec.zone, rec.opinion) == ("kuning", "kepatuhan sedang"), got
    assert got[("Kota Padang", 2021)].zone == "hijau"


def test_termasuk_far_from_the_group_is_no_member():
    # look-alike: a sentence between them, the group is no longer spoken of
    text = (
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2021 di Sumatera Barat. Sebanyak 21 pemda meraih zona "
        "kuning. Penilaian dilakukan sejak Juni. Termasuk Pemprov Sumbar yang ikut mendampingi tim."
    )
    assert ("Provinsi Sumatera Barat", 2021) not in recs(text)


# -- "dua kabupaten lagi": other governments, not a part of the group before ------------------------


@pytest.mark.parametrize(
    "others",
    [
        "Sementara masih ada dua kabupaten lagi yang belum disurvei, Kabupaten Kaur dan Kabupaten Seluma.",
        "Adapun dua kabupaten lainnya, yakni Kabupaten Kaur dan Kabupaten Seluma, baru akan dinilai tahun depan.",
        "Ada 2 daerah lain yang tidak ikut dinilai yaitu Kabupaten Kaur dan Kabupaten Seluma.",
    ],
    ids=["sementara-masih-ada-dua-kabupaten", "adapun-dua-kabupaten-lainnya-yakni", "ada-2-daerah-lain-yang"],
)
def test_other_governments_after_a_group_are_not_its_members(others):
    text = (
        OMB_SURVEY.format(prov="Bengkulu", year=2018) + "Zona hijau diberikan kepada Kabupaten Rejang Lebong dan "
        "Kabupaten Bengkulu Utara. Dua kabupaten yang mendapat zona hijau itu juga memperoleh piagam. " + others
    )
    r = recs(text)
    assert set(r) == {("Kabupaten Rejang Lebong", 2018), ("Kabupaten Bengkulu Utara", 2018)}


# -- a label handed to a counted group named after it; a label looked back at with "Selain" ---------


@pytest.mark.parametrize(
    "sentence",
    [
        "Selain zona merah, Ombudsman juga memberi zona kuning kepada 3 kabupaten. Yaitu {m}.",
        "Di samping zona merah, predikat kuning diberikan kepada 3 kabupaten, yaitu {m}.",
        "Ombudsman memberikan zona kuning bagi 3 kabupaten, yakni {m}.",
    ],
    ids=["selain-zona-merah-ombudsman-juga", "di-samping-zona-merah-predikat", "ombudsman-memberikan-zona-kuning-bagi"],
)
def test_label_given_to_the_group_after_it(sentence):
    members = "Kabupaten Seluma, Kabupaten Mukomuko dan Kabupaten Lebong"
    text = OMB_SURVEY.format(prov="Bengkulu", year=2018) + "Pemkab Kaur masuk zona merah. " + sentence.format(m=members)
    r = recs(text)
    assert {n: x.zone for (n, _), x in r.items()} == {
        "Kabupaten Kaur": "merah",
        "Kabupaten Seluma": "kuning",
        "Kabupaten Mukomuko": "kuning",
        "Kabupaten Lebong": "kuning",
    }


# -- a counted group named over two sentences is full after them ----------------------------------


@pytest.mark.parametrize(
    "more",
    ["Kemudian, Sragen dan Wonogiri.", "Lalu Kabupaten Sragen dan Kabupaten Wonogiri.", "Serta Sragen, Wonogiri."],
    ids=["kemudian-sragen-dan-wonogiri", "lalu-kabupaten-sragen-dan-kabupaten", "serta-sragen-wonogiri"],
)
def test_a_group_continued_in_a_sentence_of_names_lends_no_labels_after_it(more):
    got = recs(
        "Ombudsman RI Perwakilan Jawa Tengah merilis hasil penilaian kepatuhan tahun 2021. Ada pula lima "
        "daerah dengan predikat zona kuning atau kepatuhan sedang, yakni Klaten, Boyolali, Pemprov Jateng. "
        f"{more} Adapun yang berpredikat zona hijau ialah Kudus, Demak dan Jepara."
    )
    assert got[("Provinsi Jawa Tengah", 2021)].zone == "kuning"
    assert got[("Kabupaten Wonogiri", 2021)].opinion == "kepatuhan sedang"
    for e in ("Kabupaten Kudus", "Kabupaten Demak", "Kabupaten Jepara"):
        assert (got[(e, 2021)].zone, got[(e, 2021)].opinion) == ("hijau", None)


# -- a counted group restated with its labels after its members were named ---------------------------


def test_a_group_restated_after_its_members_gives_them_its_other_labels():
    got = recs(
        "Tiga kabupaten di Papua masih zona merah pada penilaian kepatuhan 2022. Ketiganya ialah Kabupaten "
        "Yahukimo, Kabupaten Asmat dan Kabupaten Mappi. Kepala Perwakilan Ombudsman RI Papua menegaskan, "
        '"Ada tiga kabupaten dengan zona merah atau opini kualitas rendah," ujarnya.'
    )
    assert {e: (r.zone, r.opinion) for (e, _), r in got.items()} == {
        e: ("merah", "kualitas rendah") for e in ("Kabupaten Yahukimo", "Kabupaten Asmat", "Kabupaten Mappi")
    }


def test_a_group_that_names_its_members_does_not_look_back():
    got = recs(
        "Penilaian kepatuhan Ombudsman RI tahun 2024: Kabupaten Jayapura masuk zona hijau. Pada 2024 tercatat "
        "hanya 1 polres berhasil masuk zona hijau kategori A, yaitu Polres Mimika."
    )
    assert got[("Kabupaten Jayapura", 2024)].grade is None


# -- "Daerah yang dipimpin oleh X ini": the government just named --------------------------------

LEAD_BANTEN = "Ombudsman RI Perwakilan Banten menyerahkan hasil survei kepatuhan, Jumat (7/2/2020)."


@pytest.mark.parametrize(
    "text",
    [
        f"{LEAD_BANTEN} Hasil survei juga diberikan ke Pemkab Serang. Daerah yang dipimpin oleh Ratu Tatu ini "
        "mendapatkan nilai 71,40 atau zona kuning.",
        f"{LEAD_BANTEN} Pada Kamis, giliran Kabupaten Serang menerima hasilnya. Kabupaten yang dinakhodai Bupati "
        "Ratu Tatu ini meraih nilai 71,40 dan masuk zona kuning.",
    ],
    ids=["dipimpin-oleh", "dinakhodai"],
)
def test_the_region_led_by_someone_is_the_government_just_named(text):
    r = recs(text)[("Kabupaten Serang", 2019)]
    assert (r.score, r.zone) == (71.4, "kuning"), r


def test_a_led_region_of_another_level_is_not_the_one_just_named():
    got = recs(
        f"{LEAD_BANTEN} Hasil survei diberikan ke Pemkab Serang. Kota yang dipimpin oleh Wali Kota itu ini "
        "mendapatkan nilai 71,40."
    )
    assert got.get(("Kabupaten Serang", 2019)) is None or got[("Kabupaten Serang", 2019)].score is None, got


# -- misspelt group nouns restated later: "dua kabupatan" ----------------------------------------------------


@pytest.mark.parametrize(
    "stated",
    [
        "Yang mendapatkan zona hijau atau kepatuhan tinggi hanya dua kabupatan dan satu kota.",
        "Yang masuk zona hijau atau kepatuhan tinggi (nilai 81-100) hanya dua kabuapten dan satu kota.",
    ],
    ids=["kabupatan", "kabuapten-with-band"],
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


# -- a group named in the next sentence by an anaphor ("Kedua daerah itu") -----------------------------------


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
    ids=["kedua-daerah-itu", "ketiga-daerah-tersebut", "kedua-kabupaten-itu"],
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


# -- "Ketiga Polres itu": a counted group referred back to, not the last office named ------------------------

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
    ids=["itu", "tersebut"],
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


# -- "10 unit layanan atau kerja ini": a group named two ways, then "ini", refers back to the group counted ---------


@pytest.mark.parametrize(
    "back",
    [
        '"Lima unit layanan atau kerja ini sudah menunjukkan kinerja terbaik," kata Kepala Perwakilan.',
        '"Sebanyak 5 unit kerja atau layanan tersebut patut dicontoh," ujarnya.',
        "Kelima OPD atau unit ini menjadi contoh bagi yang lain.",
    ],
    ids=["atau-ini", "atau-tersebut", "opd-atau-unit"],
)
def test_group_named_two_ways_keeps_the_list_after_it(back):
    got = recs(
        "Ombudsman RI Perwakilan Jawa Tengah memberikan nilai A dan zona hijau kepada 5 unit kerja di Jawa Tengah "
        f"dalam Penilaian Kepatuhan tahun 2023.\n{back}\nAdapun 5 unit kerja yang dimaksud yaitu Dinas Sosial "
        "Kabupaten Pemalang, Dinas Kesehatan Kabupaten Pemalang, Puskesmas Paduraksa, Dinas Perhubungan "
        "Kabupaten Pemalang dan Dinas Perindustrian Kabupaten Pemalang."
    )
    assert fields_of(got, "Dinas Sosial", 2023, "zone", "grade") == {"zone": "hijau", "grade": "A"}
    assert fields_of(got, "Puskesmas Paduraksa", 2023, "zone", "grade") == {"zone": "hijau", "grade": "A"}


def test_an_either_or_without_anaphor_is_no_group_named_twice():
    # "atau" then no "ini": the count names a kind of a total, the list after it still its own
    got = recs(
        "Ombudsman RI Perwakilan Jawa Tengah menilai 5 unit layanan atau kerja di Kabupaten Pemalang dalam "
        "Penilaian Kepatuhan tahun 2023. Dinas Sosial Kabupaten Pemalang meraih zona hijau."
    )
    assert fields_of(got, "Dinas Sosial", 2023, "zone") == {"zone": "hijau"}
