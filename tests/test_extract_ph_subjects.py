"""Places that are no subject: a venue's place, the owner of a bureau, the place of a labelled group,
places in datelines and outlets, a place in a local head's title.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OPENING_JATIM, recs


# -- the place in a venue's address or in a dateline is where something was said, not a subject ----------

HEAD_2021 = "Ombudsman RI mengumumkan hasil penilaian kepatuhan tahun 2021. "


@pytest.mark.parametrize(
    "where",
    [
        "Hal itu disampaikan di Hotel Grand Sahid, Sudirman, Jakarta Pusat, Rabu (29/12/2021).",
        "Acara digelar di Hotel Borobudur, Jalan Lapangan Banteng Selatan, Sawah Besar, Jakarta Pusat.",
        "Penyerahan berlangsung di Gedung Merah Putih, Kuningan, Jakarta Selatan, Senin.",
    ],
    ids=["hotel-street-district", "hotel-long-street", "building-area-day"],
)
def test_a_place_in_a_venue_address_is_no_subject(where):
    got = recs(
        HEAD_2021
        + "Provinsi Kalimantan Timur meraih nilai 78,40 dan masuk zona kuning. "
        + where
        + " Jumlah instansi di zona hijau bertambah dibanding tahun sebelumnya."
    )
    assert set(got) == {("Provinsi Kalimantan Timur", 2021)}
    assert got[("Provinsi Kalimantan Timur", 2021)].zone == "kuning"


@pytest.mark.parametrize(
    "said",
    [
        "kata Kepala Biro Organisasi Andi Rahmat, Samarinda, Kamis (20/1/2022).",
        "ujar Sekretaris Daerah, Rudi Hartono, Samarinda, Selasa (18/1/2022).",
        "ucap Rudi, Balikpapan, Jumat.",
    ],
    ids=["kata-title-date", "ujar-title-date", "ucap-weekday"],
)
def test_a_dateline_place_after_the_speaker_is_no_subject(said):
    got = recs(HEAD_2021 + "Provinsi Kalimantan Timur masuk zona kuning. “Nilai kami tahun ini 78,40,” " + said)
    assert set(got) == {("Provinsi Kalimantan Timur", 2021)}
    assert got[("Provinsi Kalimantan Timur", 2021)].score == 78.40


@pytest.mark.parametrize(
    "sentence, entity",
    [
        # a government named at the end of a list or of a clause, then the day: still the subject
        ("Zona kuning diraih Kabupaten Paser dan Kota Samarinda, Rabu (29/12/2021).", "Kota Samarinda"),
        ("Penghargaan zona kuning diterima oleh Pemkot Samarinda, Rabu (29/12/2021).", "Kota Samarinda"),
        ("Yang masuk zona kuning ialah Kabupaten Paser, Samarinda, dan Bontang.", "Kota Samarinda"),
    ],
    ids=["end-of-list", "end-of-clause", "bare-city-in-list"],
)
def test_a_government_before_a_day_stays_a_subject(sentence, entity):
    got = recs(HEAD_2021 + sentence)
    assert got[(entity, 2021)].zone == "kuning"


# -- "tingkat Pemerintah Provinsi", "kategori Pemerintah Kota" name a category, not the article's own government -


@pytest.mark.parametrize(
    "category",
    [
        "Predikat kepatuhan tinggi tingkat Pemerintah Provinsi diterima Pemprov Jawa Tengah serta Pemprov Bali.",
        "Untuk kategori Pemerintah Provinsi, predikat kepatuhan tinggi diraih Pemprov Jawa Tengah serta Pemprov Bali.",
    ],
    ids=["tingkat", "untuk-kategori"],
)
def test_a_level_word_after_tingkat_or_kategori_is_a_category(category):
    got = recs(
        "Wali Kota Pangkalpinang menerima penghargaan Ombudsman RI tahun 2017 karena Kota Pangkalpinang masuk zona "
        "hijau. " + category
    )
    assert ("Provinsi Kepulauan Bangka Belitung", 2017) not in got
    assert got[("Provinsi Jawa Tengah", 2017)].opinion == "kepatuhan tinggi"


def test_pemprov_alone_is_still_the_article_government():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2017 di Pangkalpinang. Pemprov meraih predikat "
        "kepatuhan tinggi, kata Gubernur Kepulauan Bangka Belitung."
    )
    assert got[("Provinsi Kepulauan Bangka Belitung", 2017)].opinion == "kepatuhan tinggi"


# -- "di kantor X Balikpapan": the place of a venue, never a subject -----------------------------------


@pytest.mark.parametrize(
    "venue",
    ["di kantor Inhutani Tarakan", "di kantor Bupati Bulungan", "di kantor PLN Nunukan"],
    ids=["company-office", "regent-office", "state-firm-office"],
)
def test_a_place_after_an_office_as_venue_is_no_subject(venue):
    text = (
        f"Kepala Ombudsman Hadi Rahman berfoto seusai mengumumkan hasil penilaian kepatuhan {venue} (Foto: Ant)\n\n"
        "Indeks kepatuhan Pemda di Provinsi Kalimantan Utara untuk tahun 2023 meningkat. \u201cPada tahun 2022 lalu "
        "masih dalam kualitas sedang,\u201d kata Hadi. Kabupaten Malinau mendapat penilaian A."
    )
    got = recs(text)
    assert [k for k in got if k[1] == 2022] == []
    assert got[("Kabupaten Malinau", 2023)].grade == "A"


def test_a_capitalised_office_name_is_still_a_unit():
    text = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023. Di Kantor Pertanahan Kabupaten Malinau nilainya 88,10."
    assert [k for k in recs(text) if k[0] == "Kantor Pertanahan Kabupaten Malinau"]


# -- the Ombudsman's own office written "ORI X" names no government ------------------------------------


def test_the_ombudsman_office_as_ori_names_no_government():
    text = (
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023 kepada kantor pertanahan di Jawa Timur. "
        "Kepala Perwakilan ORI Jawa Timur, Agus Muttaqin menyampaikan, kantor pertanahan yang mendapatkan "
        "kategori A yaitu Kantor Pertanahan Kabupaten Malang dengan nilai 91,45."
    )
    got = recs(text)
    assert ("Provinsi Jawa Timur", 2023) not in got
    assert got[("Kantor Pertanahan Kabupaten Malang", 2023)].grade == "A"


# -- a venue's brand before its word, and a venue ending its sentence ----------------------------------


@pytest.mark.parametrize(
    "venue", ["di Grand Hotel Madiun", "di Hotel Madiun", "di Royal Ballroom Madiun", "bertempat di Aston Hotel Madiun"]
)
def test_the_place_of_a_venue_is_no_subject(venue):
    text = (
        f"Ombudsman RI Perwakilan Jawa Timur kemarin menyerahkan hasil Penilaian Kepatuhan tahun 2024 {venue}. Kabupaten "
        'Lamongan meraih nilai 90,12. "Seluruh kabupaten kota di Jawa Timur mendapatkan kategori A," ucapnya.'
    )
    got = recs(text)
    assert got[("Kabupaten Lamongan", 2024)].score == 90.12
    assert ("Kabupaten Madiun", 2024) not in got and ("Kota Madiun", 2024) not in got


def test_a_place_named_as_a_subject_after_a_capitalised_word_still_counts():
    # no "di" before it: "Pemkab Madiun" is the subject, not a venue
    got = recs("Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Pemkab Madiun meraih nilai 85,40.")
    assert got[("Kabupaten Madiun", 2024)].score == 85.4


# -- the government that owns the coordinating bureau is named, not assessed ---------------------------


@pytest.mark.parametrize(
    "bureau", ["Biro Organisasi Provinsi Jawa Timur", "Kepala Biro Organisasi Provinsi Jawa Timur"]
)
def test_the_owner_of_the_organisation_bureau_is_no_subject(bureau):
    text = (
        OPENING_JATIM + f"Kepala Perwakilan memuji kolaborasi dari {bureau} hingga bagian organisasi kabupaten. "
        '"Seluruh kabupaten kota di Jawa Timur mendapatkan kategori A," ucapnya. Bupati Lamongan bersyukur atas '
        "perolehan predikat zona hijau."
    )
    got = recs(text)
    assert ("Provinsi Jawa Timur", 2024) not in got
    assert got[("Kabupaten Lamongan", 2024)].score == 90.12


def test_a_province_with_its_own_result_still_counts():
    got = recs(OPENING_JATIM + "Pemerintah Provinsi Jawa Timur meraih nilai 92,10 dan masuk zona hijau.")
    assert got[("Provinsi Jawa Timur", 2024)].score == 92.1


# -- the place of a group told with its label ("kabupaten/kota yang berada di zona hijau di Jawa Barat") -----

HIJAU_2018 = (
    "Kepala Ombudsman Perwakilan Jawa Barat mengapresiasi Pemkab Garut dan Kuningan yang meraih Zona Hijau dalam "
    "penilaian kepatuhan tahun 2018 di Jakarta (10/12/2018). Selain Garut, Kabupaten Kuningan juga meraih zona hijau.\n"
    '"Tahun depan semua kabupaten/kota di Jawa Barat harus sudah masuk kategori hijau," katanya.\n'
    "Masih banyak pekerjaan di tahun depan. "
)


@pytest.mark.parametrize(
    "share",
    [
        "Jumlah kabupaten/kota yang meraih zona hijau di Jawa Barat masih di bawah 80%.",
        "Sebab kabupaten/kota yang berada di zona hijau di Jawa Barat baru separuh.",
        "Pemerintah daerah yang sudah meraih zona hijau se-Jawa Barat belum sampai 80%.",
    ],
)
def test_the_place_of_a_labelled_group_is_no_subject(share):
    got = recs(HIJAU_2018 + share)
    assert ("Provinsi Jawa Barat", 2018) not in got
    assert got[("Kabupaten Garut", 2018)].zone == "hijau"


def test_a_province_named_with_its_own_label_still_counts():
    got = recs(HIJAU_2018 + "Pemerintah Provinsi Jawa Barat juga masuk zona hijau.")
    assert got[("Provinsi Jawa Barat", 2018)].zone == "hijau"


# -- a dateline with a comma before the outlet's code ("SERANG, (KB).-") --------------------------------

BANTEN = (
    " Tiga dari enam kabupaten/kota di Banten masuk zona kuning pada penilaian Ombudsman RI 2019. Ketiganya yaitu "
    "Kabupaten Lebak, Pandeglang dan Kota Serang."
)


@pytest.mark.parametrize("dateline", ["SERANG, (KB).-", "SERANG, (KB) -", "SERANG (KB) -", "SERANG, (KB) –"])
def test_a_dateline_with_a_comma_before_the_outlet_is_no_subject(dateline):
    got = recs(dateline + BANTEN)
    assert ("Kabupaten Serang", 2019) not in got
    assert got[("Kota Serang", 2019)].zone == "kuning"
    assert got[("Kabupaten Lebak", 2019)].zone == "kuning"


def test_a_place_opening_a_sentence_without_an_outlet_still_counts():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2019. Serang, Lebak dan Pandeglang masuk zona kuning."
    )
    assert ("Kabupaten Lebak", 2019) in got


# -- "masuk kategori berkualitas terendah": the adjective form after a category word -------------------

PAPUA_2022 = "Hasil penilaian Ombudsman RI terhadap penyelenggaraan pelayanan publik tahun 2022. "


@pytest.mark.parametrize(
    ("sentence", "opinion"),
    [
        (
            "Kabupaten Mimika masuk zona merah dengan kategori E atau tergolong kategori\nberkualitas terendah.",
            "terendah",
        ),
        ("Kabupaten Mimika masuk kategori berkualitas tinggi.", "tinggi"),
        ("Kabupaten Mimika meraih predikat berkualitas sedang.", "sedang"),
    ],
)
def test_a_category_word_before_the_adjective_opinion(sentence, opinion):
    assert recs(PAPUA_2022 + sentence)[("Kabupaten Mimika", 2022)].opinion == f"kualitas {opinion}"


def test_service_praised_as_high_quality_is_no_opinion():
    got = recs(PAPUA_2022 + "Kabupaten Mimika meraih nilai 60,10 dan berkomitmen memberi pelayanan berkualitas tinggi.")
    assert got[("Kabupaten Mimika", 2022)].opinion is None


# -- the bureau in a dateline's brackets ("Mamuju (Antaranews Sulsel) -") is no subject --------------------

RESULT_2017 = (
    " - Ombudsman memberikan hasil uji kepatuhan tahun 2017 berupa rapor merah untuk Pemerintah Kabupaten Majene."
)


@pytest.mark.parametrize(
    "dateline", ["Mamuju (Antaranews Sulsel)", "Mamuju (ANTARA Sulsel)", "Mamuju (Antara News Sulsel)"]
)
def test_a_bureau_in_a_dateline_is_no_subject(dateline):
    got = recs(dateline + RESULT_2017)
    assert ("Kabupaten Majene", 2017) in got
    assert ("Provinsi Sulawesi Selatan", 2017) not in got


def test_a_short_form_in_brackets_is_still_the_subject():
    got = recs(
        "Ombudsman menyerahkan hasil uji kepatuhan tahun 2017: Pemerintah Provinsi Sulawesi Selatan (Sulsel) "
        "masuk zona merah."
    )
    assert got[("Provinsi Sulawesi Selatan", 2017)].zone == "merah"


# -- a sub-district head's title names a district, not the regency ---------------------------------------
# ("kata mantan Camat Banggai itu": Banggai here is the kecamatan the speaker once led)

REPORT = "Kabupaten Banggai Laut meraih nilai 87,14 dalam Penilaian Kepatuhan Ombudsman RI tahun 2023. "


@pytest.mark.parametrize(
    "aside",
    [
        '"Semua unit kami masuk zona hijau," tambah mantan Camat Banggai itu.',
        "Hal itu disampaikan Camat Banggai, yang juga hadir. Semua unit memperoleh zona hijau dengan kategori A.",
        "Menurut Lurah Banggai, semua unit yang dinilai memperoleh zona hijau kategori A.",
    ],
)
def test_a_place_in_a_local_heads_title_is_no_subject(aside):
    got = recs(REPORT + aside)
    assert got[("Kabupaten Banggai Laut", 2023)].score == 87.14
    assert ("Kabupaten Banggai", 2023) not in got


def test_the_regency_written_with_its_level_still_counts():
    got = recs(REPORT + "Sementara itu Kabupaten Banggai memperoleh nilai 80,02 dan masuk zona hijau.")
    assert got[("Kabupaten Banggai", 2023)].score == 80.02


# -- a one-word name the page writes capitalised, written again in lower case before a predicate ---------

ECHO_OPENING = "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2017. "


@pytest.mark.parametrize(
    "text",
    [
        ECHO_OPENING + "Kota Kendari serta Kabupaten Bombana diberi rapor merah. Kota Kendari masuk zona merah "
        "pada angka 47,80, lalu bombana juga masuk zona merah di angka 35,97.",
        ECHO_OPENING + "Kendari dan Bombana dapat rapor merah. Menurut Ombudsman, kota kendari masuk zona merah "
        "dengan angka 47,80, sedangkan bombana masuk zona merah dengan angka 35,97.",
    ],
    ids=["juga-masuk", "sedangkan-masuk"],
)
def test_lower_case_echo_of_a_named_place(text):
    got = recs(text, published="2017-12-10")
    assert got[("Kabupaten Bombana", 2017)].score == 35.97


@pytest.mark.parametrize(
    "text",
    [
        # the page never writes the name capitalised
        ECHO_OPENING + "Kota Kendari tercatat di zona merah pada angka 47,80, lalu bombana juga masuk zona merah "
        "di angka 35,97.",
        # a common word that is also a named place, not before a predicate of a result
        ECHO_OPENING + "Kota Batu masuk zona hijau dengan nilai 80,10. Jalan menuju kantor itu penuh batu dan "
        "lumpur, kata warga.",
    ],
    ids=["never-capitalised", "common-word"],
)
def test_lower_case_word_without_a_capitalised_name_is_no_place(text):
    assert len(recs(text, published="2017-12-10")) == 1


# -- a place after a glued scope word ("ditingkat Provinsi X", "diwilayah X") is no subject -----------------

LINGGAU = (
    "Dinas Kesehatan Kota Lubuk Linggau meraih peringkat kedua dalam penilaian Ombudsman RI tahun 2024. "
    "Dinas itu memperoleh nilai 91,20 dan zona hijau {scope}. "
)


@pytest.mark.parametrize(
    "scope",
    ["ditingkat Provinsi Sumatera Selatan", "diwilayah Provinsi Sumatera Selatan", "di tingkat Provinsi Sumsel"],
)
@pytest.mark.parametrize(
    "earlier",
    [
        "Pada tahun 2023 kami berada di posisi 7, kata kepala dinas itu.",
        "“Tahun 2023 kami menduduki posisi ketujuh,” ujar kepala dinas.",
    ],
)
def test_a_place_after_a_glued_scope_word_leaves_the_earlier_rank_to_the_unit(scope, earlier):
    r = recs(LINGGAU.format(scope=scope) + earlier)
    assert r[("Dinas Kesehatan", 2023)].rank == 7, list(r)
    assert not any(k[0].startswith("Provinsi") for k in r), list(r)


def test_a_province_written_as_the_subject_keeps_its_rank():
    # look-alike: the province itself is ranked in the sentence after
    r = recs(LINGGAU.format(scope="ditingkat provinsi") + "Provinsi Sumatera Selatan meraih peringkat 9.")
    assert r[("Provinsi Sumatera Selatan", 2024)].rank == 9, list(r)


# -- "ibukota Provinsi X": the capital city, not the province --------------------------------------------

DENPASAR = (
    "Ombudsman RI menyerahkan opini hasil Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik tahun 2025. "
    "Pemerintah Kota Denpasar kembali berprestasi. "
)


@pytest.mark.parametrize(
    "said",
    [
        "Dimana, ibukota Provinsi Bali ini meraih opini kualitas tertinggi dalam Penilaian Maladministrasi 2025.",
        "Ibu kota Provinsi Bali itu meraih opini kualitas tertinggi dalam Penilaian Maladministrasi 2025.",
        "Dimana,\nibukota Provinsi Bali ini meraih opini kualitas tertinggi\ndalam Penilaian Maladministrasi 2025.",
    ],
    ids=["ibukota", "ibu-kota", "wrapped"],
)
def test_the_capital_of_a_province_is_no_province(said):
    r = recs(DENPASAR + said)
    assert r[("Kota Denpasar", 2025)].opinion == "kualitas tertinggi"
    assert ("Provinsi Bali", 2025) not in r


def test_a_province_named_on_its_own_keeps_its_result():
    # look-alike: the province itself, with no "ibukota" before it
    r = recs(
        DENPASAR + "Selain itu, Provinsi Bali meraih opini kualitas tertinggi dalam Penilaian Maladministrasi 2025."
    )
    assert r[("Provinsi Bali", 2025)].opinion == "kualitas tertinggi"
