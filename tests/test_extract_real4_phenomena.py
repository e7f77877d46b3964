"""Earlier states told beside the reported one (batch 06 of the blind real annotations).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use.
"""

import pytest

from extract_helpers import recs

OMB = "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "


# -- a year written after "sebelumnya" belongs to the earlier state, not to the value before it ----


@pytest.mark.parametrize(
    "tail",
    [
        "di mana sebelumnya pada tahun 2022 mendapat nilai 80,35",
        "sedangkan sebelumnya di tahun 2022 hanya memperoleh nilai 80,35",
        "yang semula pada 2022 tercatat dengan nilai 80,35",
        "padahal sebelumnya, pada penilaian 2022, nilainya 80,35",
    ],
)
def test_a_score_keeps_the_reported_year_when_the_earlier_year_follows(tail):
    text = (
        OMB
        + f"Pemprov Jawa Tengah meraih zona hijau dengan nilai 90,12, {tail}. Penyerahan berlangsung Rabu (13/12/2023)."
    )
    r = recs(text)
    assert r[("Provinsi Jawa Tengah", 2023)].score == 90.12
    assert r[("Provinsi Jawa Tengah", 2022)].score == 80.35


@pytest.mark.parametrize(
    "tail",
    [
        "setelah sebelumnya berada di zona kuning pada 2023",
        "setelah tahun sebelumnya masih berada di zona kuning",
        "yang sebelumnya masih zona kuning pada tahun 2023",
    ],
)
def test_an_earlier_zone_with_its_year_does_not_date_the_article(tail):
    text = (
        OMB + "Dalam acara penyerahan pada Selasa (10/12/2024), Kabupaten Kendal berhasil masuk zona hijau "
        f"dengan skor 80,38, {tail}."
    )
    r = recs(text)
    assert (r[("Kabupaten Kendal", 2024)].score, r[("Kabupaten Kendal", 2024)].zone) == (80.38, "hijau")
    assert r[("Kabupaten Kendal", 2023)].zone == "kuning"


def test_a_sentence_opening_with_sebelumnya_is_no_earlier_state():
    text = (
        OMB + "Kota Tegal meraih nilai 91,20 pada penilaian tahun 2023. Sebelumnya, Kota Salatiga "
        "meraih nilai 93,40 pada penilaian tahun 2023."
    )
    r = recs(text)
    assert r[("Kota Salatiga", 2023)].score == 93.4 and ("Kota Salatiga", 2022) not in r


# -- integers of a change of score: "nilai dari 89 pada 2023 menjadi 92" ---------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "berhasil menaikkan nilai dari 86 pada 2023 menjadi 93 di tahun ini",
        "nilainya naik dari 86 pada tahun 2023 menjadi 93 pada penilaian tahun ini",
        "memperbaiki skor dari 86 di 2023 menjadi 93 pada tahun ini",
    ],
)
def test_integer_scores_of_a_change_each_to_their_year(phrase):
    text = OMB.replace("Publik.", "Publik tahun 2024 pada Desember 2024.") + f"Polres Kendal {phrase}."
    r = recs(text)
    assert r[("Polres Kendal", 2023)].score == 86
    assert r[("Polres Kendal", 2024)].score == 93


@pytest.mark.parametrize(
    "phrase",
    [
        "peringkat Kabupaten Kendal naik dari 9 menjadi 3",
        "Kabupaten Kendal meraih nilai 88,10 dan posisinya naik dari 9 menjadi 3",
    ],
)
def test_a_change_of_rank_is_no_score(phrase):
    text = OMB.replace("Publik.", "Publik tahun 2024 pada Desember 2024.") + f"Tahun ini {phrase}."
    for rec in recs(text).values():
        assert rec.score not in (9, 3)


# -- the year an assessment began is not the year reported ----------------------------------------


@pytest.mark.parametrize(
    "began",
    [
        "Ombudsman menggelar penilaian kepatuhan itu tiap tahun mulai tahun 2015.",
        "Ombudsman menjelaskan penilaian kepatuhan ini dimulai sejak 2015 di seluruh Indonesia.",
        "Menurutnya, penilaian kepatuhan itu berawal pada tahun 2015 dan kini menjangkau semua daerah.",
    ],
)
def test_the_year_an_assessment_began_does_not_date_the_result(began):
    text = (
        "Pemerintah Provinsi Gorontalo meraih peringkat pertama penilaian kepatuhan standar pelayanan publik "
        "Ombudsman RI dengan nilai 97,25. Penghargaan diterima gubernur di Jakarta, Kamis (22/12/2022). " + began
    )
    r = recs(text)
    assert r[("Provinsi Gorontalo", 2022)].score == 97.25 and ("Provinsi Gorontalo", 2015) not in r


# -- a zone kept reaches the entity's earlier record; the "to" score keeps the reported year ------


@pytest.mark.parametrize(
    "kept",
    ["juga berhasil mempertahankan posisi di zona hijau", "tetap berada di zona hijau", "kembali meraih zona hijau"],
)
def test_a_kept_zone_is_the_earlier_years_zone_too(kept):
    text = (
        OMB.replace("Publik.", "Publik tahun 2024 pada Desember 2024.")
        + f"Dua instansi vertikal, yakni Polres Kendal dan Kantor Pertanahan Kabupaten Kendal, {kept}. "
        "Polres Kendal naik dari 89,50 pada 2023 menjadi 92,10, sementara Kantor Pertanahan Kabupaten Kendal "
        "naik dari 87,20 menjadi 89,40."
    )
    r = recs(text)
    for name, old, new in (("Polres Kendal", 89.5, 92.1), ("Kantor Pertanahan Kabupaten Kendal", 87.2, 89.4)):
        assert (r[(name, 2024)].score, r[(name, 2024)].zone) == (new, "hijau"), name
        assert (r[(name, 2023)].score, r[(name, 2023)].zone) == (old, "hijau"), name


def test_a_zone_not_said_to_be_kept_stays_with_its_year():
    text = (
        OMB.replace("Publik.", "Publik tahun 2024 pada Desember 2024.")
        + "Polres Kendal masuk zona hijau. Nilainya naik dari 79,50 pada 2023 menjadi 92,10."
    )
    r = recs(text)
    assert r[("Polres Kendal", 2024)].zone == "hijau" and r[("Polres Kendal", 2023)].zone is None


# -- the year compared with is the earlier value's ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Tahun 2022 Pemprov Riau belum masuk zona hijau, bahkan dibandingkan penilaian tahun 2021, nilainya turun dari 74,95 menjadi 66,18.",
        "Dibanding tahun 2021, nilai Pemprov Riau pada penilaian 2022 merosot dari 74,95 menjadi 66,18.",
        "Pada penilaian 2022 skor Pemprov Riau anjlok dari 74,95 ke 66,18 ketimbang hasil tahun 2021.",
    ],
)
def test_the_compared_year_takes_the_earlier_value(said):
    text = "Ombudsman RI Perwakilan Riau menyampaikan hasil penilaian kepatuhan standar pelayanan publik. " + said
    r = recs(text)
    assert r[("Provinsi Riau", 2022)].score == 66.18
    assert r[("Provinsi Riau", 2021)].score == 74.95


# -- the one compared with, set off by a comma, is not the holder ---------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "namun mendapatkan nilai yang sedikit lebih tinggi dari Kabupaten Bungo, yakni mencapai 80,03",
        "tetapi nilainya lebih baik daripada Kabupaten Bungo, yaitu 80,03",
        "dan mengungguli Kabupaten Bungo, dengan nilai 80,03",
    ],
)
def test_a_compared_entity_does_not_take_the_value(said):
    text = (
        "Ombudsman RI Perwakilan Jambi merilis penilaian kepatuhan standar pelayanan publik tahun 2019. "
        "Kabupaten Bungo mendapatkan nilai 79,66. Sementara itu, Kabupaten Kerinci juga mendapatkan "
        f"kategori sedang, {said}."
    )
    r = recs(text)
    assert r[("Kabupaten Kerinci", 2019)].score == 80.03
    assert r[("Kabupaten Bungo", 2019)].score == 79.66


def test_a_compared_entity_with_its_own_value_keeps_it():
    text = (
        "Ombudsman RI Perwakilan Jambi merilis penilaian kepatuhan standar pelayanan publik tahun 2019. "
        "Nilai Kabupaten Kerinci 80,03, lebih tinggi dari Kabupaten Bungo yang hanya 79,66."
    )
    r = recs(text)
    assert r[("Kabupaten Kerinci", 2019)].score == 80.03 and r[("Kabupaten Bungo", 2019)].score == 79.66


# -- "bersama" shares the zone with members that have their own score and grade ------------------


@pytest.mark.parametrize(
    "said",
    [
        "Pemkab Donggala sukses masuk zona hijau dengan skor 84,19 (nilai B), bersama Kabupaten Buol dengan skor 86,52 "
        "(nilai B), dan Kabupaten Parigi Moutong dengan skor 88,03 (nilai B).",
        "Pemkab Donggala meraih zona hijau dengan skor 84,19, bersama dengan Kabupaten Buol dengan skor 86,52 serta "
        "Kabupaten Parigi Moutong dengan skor 88,03.",
        "Pemkab Donggala masuk zona hijau (84,19), begitu pula Kabupaten Buol (86,52), dan Kabupaten Parigi Moutong (88,03).",
    ],
)
def test_bersama_shares_the_zone_through_the_list(said):
    text = "Ombudsman RI Perwakilan Sulawesi Tengah menyerahkan hasil penilaian kepatuhan tahun 2023. " + said
    r = recs(text)
    for name, score in (("Kabupaten Donggala", 84.19), ("Kabupaten Buol", 86.52), ("Kabupaten Parigi Moutong", 88.03)):
        assert (r[(name, 2023)].score, r[(name, 2023)].zone) == (score, "hijau"), name


def test_bersama_does_not_reach_past_the_sentence_or_overwrite_a_zone():
    text = (
        "Ombudsman RI Perwakilan Sulawesi Tengah menyerahkan hasil penilaian kepatuhan tahun 2023. "
        "Pemkab Poso masuk zona hijau bersama Kota Palu, dan Kabupaten Sigi masuk zona kuning. "
        "Kabupaten Banggai dengan skor 67,14 juga di zona kuning."
    )
    r = recs(text)
    assert r[("Kota Palu", 2023)].zone == "hijau"
    assert r[("Kabupaten Sigi", 2023)].zone == r[("Kabupaten Banggai", 2023)].zone == "kuning"


# -- "disusul A (skor) dan B (skor)": the places after the first, in order -------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Tiga peringkat teratas nasional ditempati Pemkab Gresik dengan raihan nilai 96,88, disusul "
        "Pemkab Klaten (96,71) dan Pemkab Jombang (96,53).",
        "Peringkat pertama diraih Pemkab Gresik (96,88), disusul Pemkab Klaten (96,71), serta Pemkab Jombang (96,53).",
        "Pemkab Gresik menempati peringkat pertama dengan nilai 96,88, disusul oleh Pemkab Klaten 96,71 dan "
        "Pemkab Jombang 96,53.",
    ],
)
def test_the_places_after_disusul_follow_the_list(said):
    r = recs("Ombudsman RI merilis hasil penilaian kepatuhan tahun 2023. " + said)
    for name, rank in (("Kabupaten Gresik", 1), ("Kabupaten Klaten", 2), ("Kabupaten Jombang", 3)):
        assert r[(name, 2023)].rank == rank, name


# -- where a survey was done is no group: the group restated after it keeps its labels -------------


@pytest.mark.parametrize(
    "quote",
    [
        "Dari hasil survei yang kami lakukan di 13 kabupaten/kota, ada lima daerah yang masih rendah",
        "Penilaian dilakukan terhadap 13 kabupaten/kota dan lima daerah masih rendah",
        "Kami melakukan survei pada 13 kabupaten/kota, hasilnya lima daerah masih rendah",
    ],
)
def test_the_surveyed_set_does_not_replace_the_group(quote):
    text = (
        "Ombudsman RI Perwakilan Jawa Tengah mencatat lima pemerintahan daerah di provinsi ini masih berada "
        f'di zona merah. "{quote}," kata Kepala Ombudsman. Kelima daerah tersebut yakni Kota Tegal dengan '
        "nilai kepatuhan 40,02, Kabupaten Kendal 45,91, Kabupaten Demak 40,55. Kabupaten Pati dengan nilai "
        "kepatuhan 39,52, dan Kabupaten Blora 13,01. Penilaian dilakukan Juli-Agustus 2019."
    )
    r = recs(text)
    for name in ("Kota Tegal", "Kabupaten Kendal", "Kabupaten Demak", "Kabupaten Pati", "Kabupaten Blora"):
        assert r[(name, 2019)].zone == "merah", name


def test_a_group_described_after_the_place_is_still_a_group():
    text = (
        "Ombudsman RI Perwakilan Jawa Tengah menyerahkan hasil penilaian kepatuhan tahun 2019. Penghargaan "
        "diberikan kepada 3 kabupaten yang masuk zona hijau, yaitu Kabupaten Kendal, Kabupaten Demak dan Kabupaten Pati."
    )
    r = recs(text)
    for name in ("Kabupaten Kendal", "Kabupaten Demak", "Kabupaten Pati"):
        assert r[(name, 2019)].zone == "hijau", name
