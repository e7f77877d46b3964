"""Record phenomena (entity and year) of the blind-annotated real articles, in our own sentences.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use, with look-alikes that must
not fire.
"""

import pytest

from extract_helpers import recs

# -- a year named as what the results are compared with is not the year reported ----------------------

DATED_LIST = (
    "Ombudsman RI Perwakilan Jawa Tengah mengumumkan hasil penilaian kepatuhan pelayanan publik, Senin (19/12/2022). "
    "Pemkab Kudus meraih nilai 92,14 dan masuk zona hijau, sedangkan Pemkab Blora mendapat nilai 61,08. "
)


@pytest.mark.parametrize(
    "comparison",
    [
        "Pembandingnya, hasil survei 2019 menunjukkan separuh daerah berada di zona hijau.",
        "Sebagai pembanding, hasil penilaian 2019 mencatat lebih banyak daerah yang hijau.",
        "Perbandingannya, survei tahun 2019 menempatkan sebagian besar responden di zona hijau.",
        "Dibandingkan dengan hasil survei 2019, jumlah daerah yang hijau turun.",
    ],
)
def test_comparison_year_is_not_the_reported_year(comparison):
    got = recs(DATED_LIST + comparison)
    assert set(got) == {("Kabupaten Kudus", 2022), ("Kabupaten Blora", 2022)}, got


def test_year_of_the_results_still_wins_over_a_plain_earlier_year():
    # look-alike: the year written for the results themselves is the one reported
    text = (
        "Hasil penilaian kepatuhan Ombudsman tahun 2019 diumumkan. Pemkab Kudus meraih nilai 92,14 "
        "dan masuk zona hijau, sedangkan Pemkab Blora mendapat nilai 61,08."
    )
    got = recs(text)
    assert set(got) == {("Kabupaten Kudus", 2019), ("Kabupaten Blora", 2019)}, got


# -- "masuk 5 besar kab/kota dengan zona hijau. Kelima kab/kota itu yakni ...": the best ones as a group ---

TOP_GROUP = [
    (
        "Hasil penilaian kepatuhan Ombudsman tahun 2023 menempatkan Kabupaten Kediri dalam 4 besar kab/kota "
        "di Jawa Timur dengan zona hijau kualitas tertinggi. Empat kab/kota itu yakni Kediri, Gresik, Pacitan "
        "dan Madiun."
    ),
    (
        "Pada penilaian kepatuhan Ombudsman tahun 2023, Kabupaten Kediri masuk lima besar pemda di Jawa Timur "
        "yang meraih zona hijau kualitas tertinggi. Kelima pemda tersebut adalah Kediri, Gresik, Pacitan, "
        "Madiun dan Kota Batu."
    ),
    (
        "Ombudsman mengumumkan penilaian kepatuhan tahun 2023. Ada 4 teratas kabupaten di Jawa Timur yang masuk "
        "zona hijau kualitas tertinggi, yaitu Kediri, Gresik, Pacitan dan Madiun."
    ),
]


@pytest.mark.parametrize("text", TOP_GROUP)
def test_top_n_group_gives_its_labels_to_its_members(text):
    got = recs(text)
    for place in ("Kabupaten Gresik", "Kabupaten Pacitan", "Kabupaten Madiun"):
        assert got[(place, 2023)].zone == "hijau", got
        assert got[(place, 2023)].opinion == "kualitas tertinggi", got
        assert got[(place, 2023)].rank is None


@pytest.mark.parametrize(
    "text",
    [
        # no noun after "besar": no group, the names after it get nothing
        "Ombudsman mengumumkan penilaian kepatuhan tahun 2023. Kabupaten Kediri meraih zona hijau dan masuk 10 "
        "besar nasional. Bupati Kediri hadir bersama pejabat dari Gresik dan Pacitan.",
        # a group of the best that carries no label
        "Ombudsman mengumumkan penilaian kepatuhan tahun 2023. Kabupaten Kediri meraih zona hijau. Lima besar "
        "kabupaten dengan laporan masyarakat terbanyak yakni Gresik dan Pacitan.",
    ],
)
def test_top_n_without_a_group_or_label_gives_nothing(text):
    got = recs(text)
    assert set(got) == {("Kabupaten Kediri", 2023)}, got


# -- ministries named short, glued or with an old affix ------------------------------------------------


@pytest.mark.parametrize(
    "written, name",
    [
        ("Kementerian Kelautan", "Kementerian Kelautan dan Perikanan"),
        ("Kementerian Agraria", "Kementerian Agraria dan Tata Ruang"),
        ("Kementerian Desa dan PDT", "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"),
        ("Kementrian Perhubungan", "Kementerian Perhubungan"),
        ("KementerianPerdagangan", "Kementerian Perdagangan"),
        ("Kementerian PU dan Perumahan Rakyat", "Kementerian Pekerjaan Umum dan Perumahan Rakyat"),
    ],
)
def test_ministry_short_or_glued_name(written, name):
    text = (
        "Dalam hasil penilaian kepatuhan kementerian tahun 2018 yang dirilis Ombudsman, zona kuning diraih "
        f"Kementerian Sosial dan {written}, sedangkan Kementerian Agama masuk zona hijau."
    )
    got = recs(text)
    assert got[(name, 2018)].zone == "kuning", got
    assert got[("Kementerian Agama", 2018)].zone == "hijau"
    assert len(got) == 3, got


@pytest.mark.parametrize("written", ["Kementerian Pendidikan", "Kementerian Koordinator", "Kementerian Pekerjaan"])
def test_ministry_short_name_of_several_ministries_is_no_entity(written):
    # several ministries' names start so: the short form names none of them
    text = (
        "Dalam hasil penilaian kepatuhan kementerian tahun 2018 yang dirilis Ombudsman, zona kuning diraih "
        f"Kementerian Sosial dan {written}, sedangkan Kementerian Agama masuk zona hijau."
    )
    assert {e for e, _ in recs(text)} == {"Kementerian Sosial", "Kementerian Agama"}


# -- counts of units per zone, a list of colours, and a government group that units do not join ----------

OPENING = (
    "Ombudsman RI Perwakilan Sulawesi Barat menyerahkan rapor penilaian kepatuhan tahun 2021. "
    "Kabupaten Majene meraih nilai 86,40 dan masuk zona hijau. "
)


@pytest.mark.parametrize(
    "tally",
    [
        "Dari rekap unit layanan, Dinas Kesehatan memiliki 3 Zona Merah, 5 Zona Kuning dan 2 Zona Hijau.",
        "Untuk unit layanan di Zona Hijau, Kuning dan Merah, Dinas Pendidikan terdapat 12 zona merah "
        "dan 4 zona kuning.",
        "Selain itu, ada zona kuning sebanyak 4 kabupaten dan zona merah terdapat 1 kabupaten yaitu Kabupaten "
        "Mamuju Tengah dengan nilai 48,20. Dinas Sosial 6 zona merah dan 2 zona kuning. Puskesmas Tappalang "
        "juga dinilai.",
    ],
)
def test_counts_of_units_per_zone_give_units_no_zone(tally):
    got = recs(OPENING + tally)
    assert all(r.entity_type != "unit" for r in got.values()), got
    assert got[("Kabupaten Majene", 2021)].zone == "hijau"


def test_group_of_governments_then_units_keeps_its_members():
    text = OPENING + (
        "Sebanyak 15 kabupaten/kota masuk zona merah, di antaranya Kabupaten Mamuju Tengah dengan nilai 48,20 "
        "dan Kabupaten Pasangkayu 45,10. Dinas Kesehatan dan Dinas Sosial menjadi unit yang paling banyak dinilai."
    )
    got = recs(text)
    assert got[("Kabupaten Mamuju Tengah", 2021)].zone == "merah"
    assert got[("Kabupaten Pasangkayu", 2021)].zone == "merah"
    assert all(r.entity_type != "unit" for r in got.values()), got


def test_group_of_units_still_gives_its_units_the_label():
    # look-alike that must fire: the group is of units
    text = (
        "Ombudsman menilai kepatuhan unit layanan Pemkab Majene tahun 2021. Sebanyak 3 unit layanan masuk zona "
        "hijau, yaitu Dinas Kesehatan, Dinas Sosial dan Dinas Pendidikan."
    )
    got = recs(text)
    assert {k for k, r in got.items() if r.zone == "hijau"} == {
        ("Dinas Kesehatan", 2021),
        ("Dinas Sosial", 2021),
        ("Dinas Pendidikan", 2021),
    }, got


def test_colour_list_after_a_count_still_gives_the_entity_its_zone():
    # look-alike that must fire: one colour, then an entity
    text = OPENING + "Kabupaten Polewali Mandar masuk zona kuning, Kabupaten Mamasa zona merah."
    got = recs(text)
    assert got[("Kabupaten Polewali Mandar", 2021)].zone == "kuning"
    assert got[("Kabupaten Mamasa", 2021)].zone == "merah"


# -- a label said before the members, each member dated in its own item --------------------------------

DATED_OPENING = (
    "Ombudsman merilis hasil penilaian kepatuhan tahun 2018. Kabupaten Ende meraih nilai 52,10 dan masuk zona kuning. "
)


@pytest.mark.parametrize(
    "items",
    [
        "Baru dua pemda yang pernah masuk zona hijau, yakni Kabupaten Sikka yang tercapai pada tahun 2016 dan "
        "Pemprov NTT yang tercapai pada tahun 2017.",
        "Zona hijau pernah diraih Kabupaten Sikka pada 2016, Provinsi Nusa Tenggara Timur pada 2017.",
        "Predikat hijau didapat oleh Kabupaten Sikka di tahun 2016 serta Pemprov NTT di tahun 2017.",
    ],
)
def test_members_dated_in_their_own_items(items):
    got = recs(DATED_OPENING + items)
    assert got[("Kabupaten Sikka", 2016)].zone == "hijau", got
    assert got[("Provinsi Nusa Tenggara Timur", 2017)].zone == "hijau", got
    assert ("Provinsi Nusa Tenggara Timur", 2016) not in got
    assert ("Kabupaten Sikka", 2017) not in got


def test_one_year_after_the_last_member_dates_no_member_alone():
    # look-alike: one year closing the whole list is no item's own year
    got = recs(DATED_OPENING + "Zona hijau diraih Kabupaten Sikka dan Kabupaten Flores Timur pada tahun 2017.")
    assert {y for (e, y) in got if e in ("Kabupaten Sikka", "Kabupaten Flores Timur")} == {2018}, got


def test_member_without_a_year_of_its_own_keeps_the_sentence_year():
    got = recs(DATED_OPENING + "Pada tahun 2018 zona kuning juga diraih Kabupaten Sikka dan Kabupaten Alor.")
    assert got[("Kabupaten Sikka", 2018)].zone == "kuning", got
    assert got[("Kabupaten Alor", 2018)].zone == "kuning", got


# -- a list item whose name has its later words in lower case -------------------------------------------


@pytest.mark.parametrize(
    "listed, name, shorter",
    [
        ("Nias, Padang lawas, Samosir", "Kabupaten Padang Lawas", "Kota Padang"),
        ("Nias, Samosir dan Labuhan batu", "Kabupaten Labuhanbatu", None),
        ("yaitu Aceh tengah, Bener Meriah, Gayo Lues", "Kabupaten Aceh Tengah", None),
    ],
)
def test_list_item_with_lower_case_words_is_the_whole_name(listed, name, shorter):
    text = f"Hasil penilaian kepatuhan Ombudsman tahun 2021: daerah yang masuk zona merah {listed}."
    got = recs(text)
    assert got[(name, 2021)].zone == "merah", got
    if shorter:
        assert (shorter, 2021) not in got


def test_capital_word_before_a_lower_case_phrase_outside_a_list_stays_short():
    # look-alike: "Batu bara" as a commodity after a noun is no list item
    text = (
        "Hasil penilaian kepatuhan Ombudsman tahun 2021 menempatkan Kota Batu di zona hijau. Pengusaha tambang "
        "Batu bara di daerah itu tidak dinilai."
    )
    got = recs(text)
    assert set(got) == {("Kota Batu", 2021)}, got


# -- no assessment was held in 2020: no record of that year -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman menilai kepatuhan Kota Binjai. Untuk 2020 memang tidak dilakukan survei karena pandemi, dan "
        "hasilnya Kota Binjai berada di zona merah.",
        "Pada tahun 2020 Kota Binjai masih di zona merah penilaian kepatuhan Ombudsman.",
    ],
)
def test_no_record_for_the_year_without_assessment(text):
    got = recs(text)
    assert all(y != 2020 for _, y in got), got


def test_last_year_said_in_2021_still_reaches_2019():
    # look-alike: the year before 2021's assessment is 2019's
    text = (
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2021. Kota Binjai meraih nilai 82,40 dan masuk zona "
        "hijau, padahal tahun lalu masih di zona merah."
    )
    got = recs(text)
    assert got[("Kota Binjai", 2021)].zone == "hijau"
    assert got[("Kota Binjai", 2019)].zone == "merah", got


@pytest.mark.parametrize(
    "items",
    [
        "Sejauh ini hanya Pemerintah Kabupaten Sikka (Sikka) pada tahun 2016, dan Pemprov NTT pada tahun 2017 yang "
        "berhasil meraih zona hijau.",
        "Kabupaten Sikka pada 2016 serta Provinsi Nusa Tenggara Timur pada 2017 pernah memperoleh predikat zona hijau.",
    ],
)
def test_members_dated_in_their_own_items_before_the_label(items):
    got = recs(DATED_OPENING + items)
    assert got[("Kabupaten Sikka", 2016)].zone == "hijau", got
    assert got[("Provinsi Nusa Tenggara Timur", 2017)].zone == "hijau", got
    assert ("Kabupaten Sikka", 2017) not in got and ("Kabupaten Sikka", 2018) not in got


def test_one_subject_with_two_years_keeps_its_series():
    # look-alike: one government's two years, no list of members
    got = recs(DATED_OPENING + "Kabupaten Sikka pada 2016 masuk zona merah dan pada 2017 masuk zona kuning.")
    assert got[("Kabupaten Sikka", 2016)].zone == "merah", got
    assert got[("Kabupaten Sikka", 2017)].zone == "kuning", got
