"""Police lists: a list going on over sentences that open with a contrast word (bare places after a police
office's sentence are police offices, governments named with their level stay governments), places listed
after one police office or a counted "tiga polres" being police offices, and "semua daerah baik provinsi
maupun kabupaten/kota" reaching the province's own government.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import POLRI, governments, recs


# -- a police list going on over sentences that open with a contrast word --------------------------------

POLICE = (
    "Ombudsman RI merilis hasil survei kepatuhan 2021 untuk Polres se-Sulawesi Utara. Polres Bolaang Mongondow "
    "menjadi satu-satunya yang mendapat zona merah dengan nilai 41,20. "
)


@pytest.mark.parametrize(
    "rest",
    [
        "Sementara Minahasa, Bitung dan Kotamobagu mendapat zona hijau. Sedangkan zona kuning diperoleh Tomohon dan "
        "Minahasa Utara.",
        "Adapun Minahasa, Bitung dan Kotamobagu meraih zona hijau dengan skor berkisar 82-86. Sementara itu, "
        "Tomohon dan Minahasa Utara berada di zona kuning.",
    ],
    ids=["sementara-minahasa-bitung-dan-kotamobagu", "adapun-minahasa-bitung-dan-kotamobagu"],
)
def test_bare_places_after_a_police_office_sentence_are_police_offices(rest):
    got = recs(POLICE + rest)
    zones = {e: r.zone for (e, _), r in got.items()}
    assert zones == {
        "Polres Bolaang Mongondow": "merah",
        "Polres Minahasa": "hijau",
        "Polres Bitung": "hijau",
        "Polres Kotamobagu": "hijau",
        "Polres Tomohon": "kuning",
        "Polres Minahasa Utara": "kuning",
    }, zones
    assert all(r.entity_type == "unit" for r in got.values())


def test_governments_named_with_their_level_after_a_police_sentence_stay_governments():
    # look-alike: the next sentence speaks of governments again
    text = POLICE + "Sementara Kabupaten Minahasa dan Kota Bitung mendapat zona hijau untuk pemerintah daerah."
    got = recs(text)
    assert got[("Kabupaten Minahasa", 2021)].zone == "hijau", got
    assert got[("Kota Bitung", 2021)].zone == "hijau"


def test_a_band_of_the_scheme_is_still_no_claim():
    # look-alike: "81-100" defines the band; "berkisar" only marks a spread of named scores
    text = POLICE + "Zona hijau diberikan untuk nilai 81-100, sedangkan zona kuning untuk nilai 51-80."
    got = recs(text)
    assert set(got) == {("Polres Bolaang Mongondow", 2021)}, got


def test_a_government_is_no_member_of_a_group_of_police_offices():
    text = (
        "Ombudsman RI menyampaikan hasil survei kepatuhan tahun 2021. Sebanyak 12 polres di Sulut meraih zona hijau. "
        "Kota Manado menjadi tuan rumah penyerahan hasilnya."
    )
    assert ("Kota Manado", 2021) not in recs(text)


# -- places listed after one police office ("Polres Pamekasan, Sumenep dan Bangkalan") or after a counted
# -- "tiga polres" are police offices of the national police ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Polres Pamekasan, Sumenep dan Bangkalan masuk zona hijau.",
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Zona hijau diraih Polres Pamekasan, Sumenep, serta Bangkalan.",
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Tiga polres masuk zona hijau, yakni Pamekasan, Sumenep dan Bangkalan.",
    ],
    ids=["after-one-polres", "zona-hijau-diraih", "tiga-polres-yakni"],
)
def test_a_list_of_police_offices_by_place(text):
    r = recs(text)
    assert not governments(r)
    assert {e: (x.zone, x.parent) for (e, _), x in r.items()} == {
        f"Polres {p}": ("hijau", POLRI) for p in ("Pamekasan", "Sumenep", "Bangkalan")
    }


# -- "semua daerah baik provinsi maupun kabupaten/kota": the province's own government is one of them ---------

ALL_OPENING = (
    "Ombudsman RI Perwakilan Bengkulu menyerahkan hasil penilaian kepatuhan tahun 2024. Kabupaten Kaur meraih "
    "nilai 96,14 dan Kabupaten Lebong 93,76. "
)


@pytest.mark.parametrize(
    "said",
    [
        "Semua daerah baik provinsi maupun kabupaten/kota di Bengkulu sudah berada di zona hijau.",
        "Seluruh pemerintah daerah, provinsi dan kabupaten/kota se-Bengkulu, masuk zona hijau.",
    ],
    ids=["semua-daerah-baik-provinsi-maupun", "seluruh-pemerintah-daerah-provinsi-dan"],
)
def test_all_governments_with_the_province_reach_the_province(said):
    got = recs(ALL_OPENING + said)
    assert got[("Provinsi Bengkulu", 2024)].zone == "hijau", got
    assert got[("Kabupaten Kaur", 2024)].zone == "hijau"


def test_all_kabupaten_kota_without_the_province_leave_it_out():
    # look-alike: the province is not said to be one of them
    got = recs(ALL_OPENING + "Semua kabupaten/kota di Bengkulu sudah berada di zona hijau.")
    assert ("Provinsi Bengkulu", 2024) not in got, got
    assert got[("Kabupaten Lebong", 2024)].zone == "hijau"


def test_a_place_after_a_police_sentence_is_no_police_office():
    # look-alike: the next sentence names a place, not a list of offices
    text = POLICE + "Sementara di Minahasa, survei belum dilakukan karena kantornya baru berdiri."
    got = recs(text)
    assert all(e != "Polres Minahasa" for e, _ in got), got


# -- a bare place joined by "dan"/"begitu pula" to a clause about a police office is one more police office ----

SULSEL_POLICE = "Ombudsman RI Perwakilan Sulawesi Selatan menyerahkan hasil penilaian kepatuhan 2023 bagi polres jajaran Polda Sulsel. "


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Polrestabes Makassar berada di urutan ketiga dan Sinjai di urutan keempat.",
            {"Polrestabes Makassar": ("rank", 3), "Polres Sinjai": ("rank", 4)},
        ),
        (
            "Polres Gowa meraih zona hijau, begitu pula Takalar dan Sinjai.",
            {"Polres Gowa": ("zone", "hijau"), "Polres Takalar": ("zone", "hijau"), "Polres Sinjai": ("zone", "hijau")},
        ),
        (
            "Polres Bone mendapat nilai 84,10 sedangkan Wajo memperoleh 80,25.",
            {"Polres Bone": ("score", 84.1), "Polres Wajo": ("score", 80.25)},
        ),
    ],
    ids=["urutan-dan", "begitu-pula", "sedangkan"],
)
def test_a_bare_place_joined_to_a_police_clause_is_a_police_office(sentence, expected):
    got = recs(SULSEL_POLICE + sentence)
    assert {e: getattr(got[(e, 2023)], f) for e, (f, _) in expected.items()} == {e: v for e, (_, v) in expected.items()}
    assert not governments(got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "Polres Gowa meraih zona hijau, sedangkan Kabupaten Takalar mendapat zona kuning.",
        "Polres Gowa meraih zona hijau bersama Pemkab Gowa dan Takalar.",
    ],
    ids=["level-word", "after-a-government"],
)
def test_a_place_with_its_level_or_after_a_government_stays_a_government(sentence):
    got = recs(SULSEL_POLICE + sentence)
    assert ("Kabupaten Takalar", 2023) in got, got


# -- a counted group of police offices with the Polda they are under written after it ("Empat Polres Polda NTT"):
# -- the Polda is where the group is, it takes none of the group's labels -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Empat Polres Polda NTT Dapat Nilai Merah dalam Penilaian Kepatuhan Ombudsman Tahun 2019",
        "Ombudsman menyerahkan hasil penilaian kepatuhan 2019. Tiga Polres jajaran Polda NTT masuk zona merah.",
        "Ombudsman menyerahkan hasil penilaian kepatuhan 2019. Dua polres di wilayah Polda NTT meraih zona merah.",
    ],
    ids=["headline", "jajaran", "di-wilayah"],
)
def test_the_polda_after_a_group_of_its_polres_takes_none_of_its_labels(text):
    got = recs(text)
    assert ("Polda NTT", 2019) not in got, got


def test_the_polres_listed_after_the_group_take_its_label():
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan 2019. Tiga Polres jajaran Polda NTT masuk zona merah, yakni "
        "Polres Alor, Polres Belu dan Polres Sikka."
    )
    assert {e: r.zone for (e, _), r in got.items()} == {
        "Polres Alor": "merah",
        "Polres Belu": "merah",
        "Polres Sikka": "merah",
    }
