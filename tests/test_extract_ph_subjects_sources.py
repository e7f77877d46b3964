"""Names that say where or from whom, not who was assessed: a street written without its number, a dateline
glued to the outlet's web address, a region's name inside a Balinese person's name, the office a press release
comes from, the government a counted group of units belongs to ("empat OPD di lingkup Pemda X"), a venue named
"Griya"; a sentence explaining a zone ("Zona hijau merupakan ..."); the maladministration index written
"malaadministrasi"; a rank handed on by "oleh" alone in a second clause.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

HEAD_2019 = "Ombudsman RI memberikan penghargaan kepatuhan standar pelayanan publik tahun 2019. "


# -- a street written without its number: the city after its comma is the address ------------------------


@pytest.mark.parametrize(
    "venue",
    [
        "di sebuah hotel di Jalan Gatot Subroto, Jakarta.",
        "Kamis (28/11) di aula kantor Ombudsman, Jalan HR Rasuna Said, Jakarta.",
        "di Gedung Serbaguna Jl. Merdeka Barat, Jakarta.",
    ],
    ids=["jalan-comma", "jalan-comma-weekday", "jl-comma"],
)
def test_the_city_of_a_street_without_its_number_is_no_subject(venue):
    got = recs(HEAD_2019 + "Predikat zona hijau untuk Kabupaten Lahat diserahkan Ombudsman RI " + venue)
    assert set(got) == {("Kabupaten Lahat", 2019)}


def test_a_street_named_after_a_region_with_its_number_still_is_an_address():
    got = recs(HEAD_2019 + "Kabupaten Lahat masuk zona hijau. Kantornya di Jalan Sudirman No 5 Palembang, Sumsel.")
    assert set(got) == {("Kabupaten Lahat", 2019)}


# -- a dateline's place with the outlet's web address after a comma ---------------------------------------


@pytest.mark.parametrize(
    "dateline",
    ["Ambon,KabarTimur.com-", "AMBON, KABARMALUKU.CO.ID - ", "Ambon, beritaku.id – "],
    ids=["glued", "capitals-dash", "en-dash"],
)
def test_a_dateline_place_before_the_outlets_address_is_no_subject(dateline):
    got = recs(
        dateline + "Ombudsman RI Perwakilan Maluku memberi rapor merah kepada Kabupaten Buru Selatan dalam "
        "penilaian kepatuhan tahun 2023."
    )
    assert set(got) == {("Kabupaten Buru Selatan", 2023)}
    assert got[("Kabupaten Buru Selatan", 2023)].zone == "merah"


def test_a_place_opening_a_sentence_without_an_address_after_it_stays_a_subject():
    got = recs("Penilaian kepatuhan tahun 2023 telah diumumkan Ombudsman RI.\nAmbon, kota itu, masuk zona hijau.")
    assert ("Kota Ambon", 2023) in got


# -- a region's name inside a Balinese person's name --------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "“Kami masuk zona hijau dengan nilai 84,10,” kata Bupati Tabanan I Made Badung.",
        "Bupati Tabanan, I Nyoman Gede Badung, menyebut nilai 84,10 itu masuk zona hijau.",
        "Nilai 84,10 dan zona hijau itu disyukuri Bupati Made Badung.",
    ],
    ids=["i-made", "i-nyoman-two-names", "birth-order-alone"],
)
def test_a_region_name_inside_a_balinese_name_is_no_government(said):
    got = recs("Pemkab Tabanan menerima hasil penilaian kepatuhan Ombudsman RI tahun 2018. " + said)
    assert ("Kabupaten Badung", 2018) not in got
    assert got[("Kabupaten Tabanan", 2018)].zone == "hijau"


def test_a_region_written_with_its_level_after_a_balinese_name_is_still_one():
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2018. Sekda I Made Rai dari Kabupaten Badung "
        "menerima hasil itu: Kabupaten Badung meraih zona hijau."
    )
    assert got[("Kabupaten Badung", 2018)].zone == "hijau"


# -- the office a press release comes from is its source ----------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "demikian siaran pers Diskominfo Tabanan, Senin.",
        "menurut rilis Dinas Komunikasi dan Informatika Tabanan.",
        "seperti dikutip dari keterangan tertulis Diskominfo Tabanan.",
    ],
    ids=["siaran-pers", "rilis", "keterangan-tertulis"],
)
def test_the_office_a_release_comes_from_takes_no_values(source):
    got = recs(
        "Pemkab Tabanan menerima penghargaan dari Ombudsman RI tahun 2018. "
        "“Penghargaan ini kategori tinggi atau zona hijau dengan nilai 84,10,” kata Bupati Tabanan, " + source
    )
    assert {e for e, _ in got} == {"Kabupaten Tabanan"}
    assert got[("Kabupaten Tabanan", 2018)].score == 84.10


# -- "empat OPD di lingkup Pemda X": the government only places the counted units ---------------------------


@pytest.mark.parametrize(
    "place",
    ["di lingkup Pemda DIY", "dilingkup Pemda DIY", "di lingkungan Pemda DIY"],
    ids=["di", "glued", "lingkungan"],
)
def test_a_counted_group_of_units_in_a_government_gives_the_units_its_labels(place):
    got = recs(
        f"Tiga organisasi perangkat daerah (OPD) {place} meraih zona hijau dengan kategori A pada penilaian "
        "kepatuhan 2022 dari Ombudsman RI. Ketiga OPD tersebut yakni Dinas Sosial DIY, Dinas Kesehatan DIY, dan "
        "Dinas Perizinan dan Penanaman Modal DIY."
    )
    assert ("Provinsi Daerah Istimewa Yogyakarta", 2022) not in got
    assert {e for e, _ in got} == {"Dinas Sosial", "Dinas Kesehatan", "Dinas Perizinan dan Penanaman Modal"}
    assert {(r.zone, r.grade) for r in got.values()} == {("hijau", "A")}


# -- a venue named "Griya" --------------------------------------------------------------------------------


def test_the_city_of_a_griya_venue_is_no_subject():
    got = recs(
        "Ombudsman RI Perwakilan Sumsel menyerahkan hasil penilaian kepatuhan tahun 2023. Kabupaten Lahat masuk "
        "zona hijau. Piagam zona hijau itu diserahkan di Griya Agung Palembang, Jumat (26/1/2024)."
    )
    assert set(got) == {("Kabupaten Lahat", 2023)}


# -- a sentence explaining a zone is no one's result --------------------------------------------------------


@pytest.mark.parametrize(
    "legend",
    [
        "“Zona hijau merupakan predikat tertinggi yang berarti standar pelayanan sudah dipenuhi,” ujarnya.",
        "Zona hijau adalah predikat tertinggi bagi penyelenggara yang patuh.",
        "Zona hijau menandakan kualitas tertinggi, jelasnya.",
    ],
    ids=["merupakan-quoted", "adalah", "menandakan"],
)
def test_a_zone_explained_after_a_result_gives_nothing(legend):
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kabupaten Lahat meraih nilai 80,10. " + legend
    )
    assert set(got) == {("Kabupaten Lahat", 2023)}
    assert (got[("Kabupaten Lahat", 2023)].zone, got[("Kabupaten Lahat", 2023)].opinion) == (None, None)


def test_a_sentence_opening_with_a_named_zone_result_still_counts():
    got = recs("Ombudsman RI mengumumkan penilaian kepatuhan tahun 2018. Zona hijau diraih Kabupaten Lahat.")
    assert got[("Kabupaten Lahat", 2018)].zone == "hijau"


# -- the maladministration-perception index, either spelling ------------------------------------------------


@pytest.mark.parametrize(
    "index",
    [
        "memiliki skor indeks malaadministrasi sebesar 4,87 pada survei tahun 2018",
        "memiliki skor malaadministrasi terendah, 4,87, pada survei tahun 2018",
        "memiliki skor indeks maladministrasi sebesar 4,87 pada survei tahun 2018",
    ],
    ids=["indeks-double-a", "terendah-double-a", "indeks-single-a"],
)
def test_the_maladministration_index_is_no_score(index):
    got = recs(
        "Survei persepsi ini dilakukan di provinsi yang meraih zona hijau pada penilaian kepatuhan Ombudsman RI. "
        f"Provinsi Banten {index}."
    )
    assert all(r.score is None for r in got.values())


# -- "peringkat kedua oleh X": a second clause leaving out the passive verb ---------------------------------


@pytest.mark.parametrize(
    "ranks",
    [
        "peringkat pertama diraih oleh Kementerian Agama, dan peringkat kedua oleh Kementerian Sosial.",
        "posisi pertama diraih Kementerian Agama, sedangkan posisi kedua oleh Kementerian Sosial.",
    ],
    ids=["dan", "sedangkan"],
)
def test_a_rank_handed_on_by_oleh_alone(ranks):
    got = recs(
        "Hasil Penilaian Kepatuhan Tahun 2024 diumumkan Ombudsman RI. Kementerian Luar Negeri berada di posisi "
        "ketiga dari seluruh kementerian yang dinilai, dimana " + ranks
    )
    assert {e: r.rank for (e, _), r in got.items()} == {
        "Kementerian Luar Negeri": 3,
        "Kementerian Agama": 1,
        "Kementerian Sosial": 2,
    }
