"""Labels: zones, grades and opinions written loosely (bare colours in brackets, a letter glossing a
zone, the service named inside an opinion, adjectives after a score) and the 2025 kualitas opinion.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import GORONTALO, OMB_PAPUA, OMB_PROV_2022, OMB_RELEASE, SB, recs


# -- 2025: a bare level after a verdict word is the kualitas opinion ------------------------------------

JAMBI = "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian pelayanan publik tahun {y}. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Daerah yang masuk kategori tinggi yakni Kota Sungai Penuh dengan nilai 83,20, Kabupaten Bungo 82,50, serta "
        "Kabupaten Tebo 80,10.",
        "Kota Sungai Penuh, Kabupaten Bungo dan Kabupaten Tebo masuk kategori tinggi.",
        "Kategori tinggi diraih Kota Sungai Penuh, Kabupaten Bungo dan Kabupaten Tebo.",
    ],
)
def test_a_2025_bare_category_level_is_the_kualitas_opinion(sentence):
    got = recs(JAMBI.format(y=2025) + sentence)
    for e in ("Kota Sungai Penuh", "Kabupaten Bungo", "Kabupaten Tebo"):
        assert got[(e, 2025)].opinion == "kualitas tinggi"


def test_a_bare_level_before_2022_stays_the_kepatuhan_verdict():
    got = recs(JAMBI.format(y=2019) + "Kota Sungai Penuh masuk kategori tinggi dengan nilai 83,20.")
    assert got[("Kota Sungai Penuh", 2019)].opinion == "kepatuhan tinggi"


def test_a_bare_level_in_2023_fills_the_zone_only():
    got = recs(JAMBI.format(y=2023) + "Kota Sungai Penuh masuk kategori tinggi dengan nilai 83,20.")
    assert got[("Kota Sungai Penuh", 2023)].opinion is None
    assert got[("Kota Sungai Penuh", 2023)].zone == "hijau"


@pytest.mark.parametrize("phrase", ["masuk kategori baik", "masuk kategori sangat baik", "berkepatuhan tinggi"])
def test_other_2025_categories_are_no_kualitas_opinion(phrase):
    got = recs(JAMBI.format(y=2025) + f"Kota Sungai Penuh {phrase} dengan nilai 83,20.")
    assert got[("Kota Sungai Penuh", 2025)].opinion is None


# -- a colour said of a real thing is no zone ------------------------------------------------------


@pytest.mark.parametrize("colour", ["Petugas memakai rompi warna kuning.", "Gedung itu dicat warna kuning pada 2017."])
def test_a_real_colour_is_no_zone(colour):
    got = recs(GORONTALO + colour)
    assert got[("Provinsi Gorontalo", 2017)].zone is None


# -- a province in the outlet of a dateline is no subject ------------------------------------------


@pytest.mark.parametrize("dateline", ["Tanjung (Suara NTB)-", "Tanjung (Suara NTB) –", "Selong (Radar NTB).-"])
def test_a_province_in_the_outlet_of_a_dateline_is_no_subject(dateline):
    got = recs(f"{dateline} Polres Lombok Utara meraih zona hijau dalam penilaian kepatuhan Ombudsman RI 2024.")
    assert ("Provinsi Nusa Tenggara Barat", 2024) not in got
    assert got[("Polres Lombok Utara", 2024)].zone == "hijau"


def test_a_government_after_an_outlet_dateline_still_counts():
    got = recs("Mataram (Suara NTB) - Pemprov NTB meraih zona hijau dalam penilaian kepatuhan Ombudsman RI 2024.")
    assert got[("Provinsi Nusa Tenggara Barat", 2024)].zone == "hijau"


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
    r = recs(OMB_RELEASE + sentence)
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
    r = recs(OMB_RELEASE + sentence)
    assert r.get(("Kementerian Sosial", 2023)) is None or r[("Kementerian Sosial", 2023)].opinion is None


@pytest.mark.parametrize(
    "mix",
    ["opini kualitas tertinggi dan tinggi", "opini kualitas tinggi atau sedang", "opini kualitas tertinggi, tinggi"],
)
def test_a_mix_of_opinion_levels_is_no_ones_opinion(mix):
    text = (
        OMB_RELEASE + "Badan Pusat Statistik meraih zona hijau dengan nilai 88,10 pada penilaian tahun 2023. "
        f"Jumlah penyelenggara yang memperoleh {mix} bertambah dibanding 2022."
    )
    r = recs(text)
    assert r[("Badan Pusat Statistik", 2023)].opinion is None


# -- a bare colour in brackets after each name is its zone ----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hasilnya Provinsi Jambi (hijau), Kota Jambi (kuning) dan Kabupaten Kerinci (merah).",
        "Survei itu sudah digelar sejak 2016. Saat itu hasilnya Provinsi Jambi ( hijau ), Kota Jambi (kuning), "
        "serta Kabupaten Kerinci (merah).",
        "Pada penilaian tahun 2016 tercatat Provinsi Jambi (Hijau), Kota Jambi (Kuning), dan Kabupaten Kerinci (Merah).",
    ],
)
def test_a_bare_colour_in_brackets_is_a_zone(body):
    r = recs(OMB_PROV_2022.format(prov="Jambi").replace("tahun 2022", "tahun 2018") + body)
    year = 2018 if "2016" not in body else 2016
    assert r[("Provinsi Jambi", year)].zone == "hijau"
    assert r[("Kota Jambi", year)].zone == "kuning"
    assert r[("Kabupaten Kerinci", year)].zone == "merah"


@pytest.mark.parametrize(
    "body",
    [
        "Pemkot Jambi menata taman kota (hijau dan rindang) di depan kantor wali kota.",
        "Kota Jambi memasang lampu (merah, kuning) di simpang utama.",
    ],
)
def test_a_colour_in_brackets_that_is_no_label_is_no_zone(body):
    r = recs(OMB_PROV_2022.format(prov="Jambi") + body)
    assert all(rec.zone is None for rec in r.values()), r


# -- a grade letter glossing a zone ("zona kuning atau C") ------------------------------------------------

MIMIKA = "Ombudsman menyerahkan hasil penilaian kepatuhan. Di tahun 2023 Kabupaten Mimika "


@pytest.mark.parametrize(
    "said, grade",
    [
        ("mengalami kenaikan menjadi zona kuning atau C (54,11).", "C"),
        ("masuk zona hijau alias A dengan nilai 90,11.", "A"),
        ("berada di Zona Merah atau D dengan nilai 40,11.", "D"),
    ],
)
def test_a_letter_glossing_a_zone_is_the_grade(said, grade):
    assert recs(MIMIKA + said)[("Kabupaten Mimika", 2023)].grade == grade


@pytest.mark.parametrize(
    "said", ["masuk zona kuning atau Cukup dengan nilai 54,11.", "masuk zona kuning atau B-, nilai 54,11."]
)
def test_a_word_or_a_signed_letter_after_the_zone_is_no_grade(said):
    assert recs(MIMIKA + said)[("Kabupaten Mimika", 2023)].grade is None


# -- a grade glossed by the service's opinion: "nilai A atau pelayanan kualitas tertinggi" --------


@pytest.mark.parametrize(
    "head, grade, opinion",
    [
        ("Dua daerah meraih nilai A atau pelayanan kualitas tertinggi yakni", "A", "kualitas tertinggi"),
        ("Dua daerah mendapat nilai C atau pelayanan publik kualitas sedang, yaitu", "C", "kualitas sedang"),
        ("Adapun yang meraih predikat B atau layanan kualitas tinggi adalah", "B", "kualitas tinggi"),
    ],
)
def test_a_grade_glossed_by_the_service_opinion_fills_both(head, grade, opinion):
    r = recs(SB + f"{head} Kota Solok dan Kabupaten Agam.")
    for key in (("Kota Solok", 2022), ("Kabupaten Agam", 2022)):
        assert r[key].grade == grade
        assert r[key].opinion == opinion


@pytest.mark.parametrize(
    "said",
    [
        "Kota Solok memperoleh nilai A. Pemkot berjanji meningkatkan mutu atau pelayanan kualitas tinggi bagi warga.",
        "Kota Solok memperoleh nilai A. Warga menuntut pelayanan kualitas tinggi.",
    ],
)
def test_a_service_wish_after_or_is_no_opinion(said):
    r = recs(SB + said)
    assert r[("Kota Solok", 2022)].grade == "A"
    assert r[("Kota Solok", 2022)].opinion in (None, "kualitas tertinggi")


# -- "bepredikat kuning": the verdict word misspelt still frames the zone ---------------------------


@pytest.mark.parametrize("frame", ["bepredikat kuning", "bepredikat zona kuning", "berpedikat kuning"])
def test_a_misspelt_berpredikat_still_frames_a_zone(frame):
    text = OMB_PAPUA + f"Puskesmas Timika Jaya memperoleh nilai 71,40 {frame}, sedangkan skor rata-rata naik."
    r = recs(text)
    assert r[("Puskesmas Timika Jaya", 2023)].zone == "kuning"


def test_a_colour_word_in_prose_is_no_zone():
    text = OMB_PAPUA + "Puskesmas Timika Jaya memperoleh nilai 71,40 dan gedungnya dicat kuning tahun ini."
    r = recs(text)
    assert r[("Puskesmas Timika Jaya", 2023)].zone is None


# -- "nilai 60,30, berkualitas sedang": the adjective right after a score glosses it ----------------


@pytest.mark.parametrize(
    ("gloss", "opinion"),
    [
        ("meraih nilai 60,30, berkualitas sedang", "kualitas sedang"),
        ("raih skor 60,30 berkualitas sedang", "kualitas sedang"),
        ("mendapat nilai 91.20, berkualitas tertinggi", "kualitas tertinggi"),
        ("memperoleh nilai 40,15, bekualitas rendah", "kualitas rendah"),
    ],
)
def test_an_opinion_adjective_right_after_a_score(gloss, opinion):
    text = OMB_PAPUA + f"Puskesmas Kwamki Baru {gloss}. Hasil itu diumumkan di Jayapura."
    r = recs(text)
    assert r[("Puskesmas Kwamki Baru", 2023)].opinion == opinion


@pytest.mark.parametrize(
    ("said", "opinion"),
    [
        ("meraih predikat dengan opini pengawasan berkualitas tinggi dan nilai 90,30", "kualitas tinggi"),
        ("mendapat opini berkualitas sedang dengan nilai 70,30", "kualitas sedang"),
        ("menerima Opini Pengawasan Penyelenggaraan Pelayanan Publik berkualitas tertinggi", "kualitas tertinggi"),
    ],
    ids=["opini-pengawasan-berkualitas", "opini-berkualitas", "opini-pengawasan-penyelenggaraan-berkualitas"],
)
def test_an_opinion_adjective_right_after_the_opinion_noun(said, opinion):
    """'opini (pengawasan ...) berkualitas tinggi': the instrument's own noun before the adjective."""
    r = recs(OMB_PAPUA + f"Puskesmas Kwamki Baru {said}. Hasil itu diumumkan di Jayapura.")
    assert r[("Puskesmas Kwamki Baru", 2023)].opinion == opinion


def test_the_adjective_after_an_opinion_of_people_is_no_opinion():
    r = recs(OMB_PAPUA + "Puskesmas Kwamki Baru meraih nilai 60,30. Opini warga: layanan berkualitas tinggi.")
    assert r[("Puskesmas Kwamki Baru", 2023)].opinion is None


@pytest.mark.parametrize(
    "prose",
    [
        "Puskesmas Kwamki Baru meraih nilai 60,30. Pelayanan berkualitas tinggi menjadi target tahun depan.",
        "Puskesmas Kwamki Baru meraih nilai 60,30 dan berjanji memberi layanan yang berkualitas tinggi.",
        "Puskesmas Kwamki Baru melayani 12, berkualitas tinggi katanya, pasien setiap hari dan meraih nilai 60,30.",
    ],
)
def test_the_adjective_in_prose_is_no_opinion(prose):
    r = recs(OMB_PAPUA + prose)
    assert r[("Puskesmas Kwamki Baru", 2023)].opinion is None


# -- one band printed beside the one label it glosses, said of a counted group ----------------------------

POLDA_NTT = (
    "Ombudsman RI Perwakilan NTT menyerahkan hasil penilaian kepatuhan tahun 2022 kepada jajaran Polda NTT. "
    "Tim menilai 21 Polres. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Hanya satu Polres yang mendapat score kualitas tertinggi atau kategori A dengan interval nilai 88.00-100.00, "
        "yakni Polres Ngada dengan score 89.10.",
        "Satu Polres meraih kategori A atau kualitas tertinggi dengan rentang nilai 88,01 sampai 100, yakni Polres "
        "Ngada dengan skor 89,10.",
    ],
)
def test_a_band_beside_one_label_keeps_the_members_claims(told):
    rec = recs(POLDA_NTT + told)[("Polres Ngada", 2022)]
    assert (rec.score, rec.grade, rec.opinion) == (89.10, "A", "kualitas tertinggi")


def test_a_band_beside_a_counted_group_reaches_its_members_in_the_next_sentence():
    got = recs(
        POLDA_NTT + "Terdapat dua Polres yang memperoleh skor kualitas tinggi kategori B dengan interval nilai "
        "78.00-87.99. Diantaranya Polres Alor dengan score 86.20 dan Polres Rote Ndao dengan score 80.10."
    )
    assert {k[0]: (r.score, r.grade, r.opinion) for k, r in got.items()} == {
        "Polres Alor": (86.20, "B", "kualitas tinggi"),
        "Polres Rote Ndao": (80.10, "B", "kualitas tinggi"),
    }


def test_a_definition_of_several_bands_still_carries_no_claims():
    got = recs(
        POLDA_NTT + "Polres yang meraih kategori A dengan interval nilai 88,01-100 berkualitas tertinggi, sedangkan "
        "kategori B dengan interval 78,01-88,00 berkualitas tinggi, misalnya Polres Alor."
    )
    assert not any(r.grade for r in got.values())


# -- a colour glossing a longer quality phrase: "kategori pelayanan publik yang buruk atau merah" ----------

BANTEN_ZONES = (
    "Ombudsman Perwakilan Banten merilis hasil penilaian kepatuhan tahun 2019 dengan zonasi merah, kuning dan hijau. "
)


@pytest.mark.parametrize(
    "sentence, zone",
    [
        ("Kabupaten Serang masih masuk kategori pelayanan yang buruk atau merah.", "merah"),
        ("Kabupaten Serang dikategorikan pelayanan yang cukup baik atau kuning.", None),
        ("Kabupaten Serang masuk kategori pelayanan sangat baik atau hijau.", "hijau"),
        ("Kabupaten Serang berada pada zona pelayanan kurang baik alias kuning.", "kuning"),
    ],
)
def test_colour_glossing_a_quality_phrase(sentence, zone):
    r = recs(BANTEN_ZONES + sentence)
    got = r[("Kabupaten Serang", 2019)].zone if ("Kabupaten Serang", 2019) in r else None
    assert got == zone


# -- a colour glossed by the level with the assessment's words between ---------------------------------

SULTRA_2021 = (
    "Ombudsman RI merilis hasil penilaian kepatuhan standar pelayanan publik di Sulawesi Tenggara untuk tahun 2021. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tiga pemda berada di zona kuning atau penilaian kepatuhan standar layanan publik sedang. "
        "Ketiganya yakni Kota Kendari (75,74 persen), Kabupaten Kolaka (69,99 persen), dan Kabupaten Muna (52,10 persen).",
        "Kota Kendari, Kabupaten Kolaka dan Kabupaten Muna mendapat predikat kuning atau standar kepatuhan sedang.",
        "Kota Kendari, Kabupaten Kolaka dan Kabupaten Muna berada di zona kuning atau penilaian kepatuhannya sedang.",
    ],
)
def test_a_colour_glossed_through_assessment_words_fills_the_opinion(sentence):
    got = recs(SULTRA_2021 + sentence, published="2022-01-05")
    for e in ("Kota Kendari", "Kabupaten Kolaka", "Kabupaten Muna"):
        assert got[(e, 2021)].zone == "kuning"
        assert got[(e, 2021)].opinion == "kepatuhan sedang"


def test_a_legend_of_the_bands_fills_no_opinion():
    got = recs(
        SULTRA_2021 + "Kota Kendari meraih nilai 75,74. Zona kuning atau penilaian kepatuhan sedang berada pada "
        "rentang nilai 51 sampai 80.",
        published="2022-01-05",
    )
    assert got[("Kota Kendari", 2021)].opinion is None


# -- a level written with another band's zone contradicts itself: the zone stays, no opinion -------------

PB_2021 = "Ombudsman RI Perwakilan Papua Barat menyampaikan hasil penilaian kepatuhan tahun 2021. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Tiga kabupaten meraih predikat kepatuhan tinggi zona merah, yaitu Kabupaten Maybrat (20,63), Kabupaten "
        "Tambrauw (18,42) dan Kabupaten Kaimana (35,19).",
        "Kabupaten Maybrat, Kabupaten Tambrauw dan Kabupaten Kaimana mendapat predikat kepatuhan sedang (zona merah).",
    ],
)
def test_a_level_beside_a_contradicting_zone_gives_no_opinion(sentence):
    got = recs(PB_2021 + sentence, published="2022-01-10")
    for e in ("Kabupaten Maybrat", "Kabupaten Tambrauw", "Kabupaten Kaimana"):
        assert got[(e, 2021)].zone == "merah"
        assert got[(e, 2021)].opinion is None


def test_a_level_beside_its_own_zone_keeps_the_opinion():
    got = recs(
        PB_2021 + "Kota Sorong mendapat predikat kepatuhan tinggi (zona hijau) dan nilai 81,60.", published="2022-01-10"
    )
    assert got[("Kota Sorong", 2021)].opinion == "kepatuhan tinggi"
    assert got[("Kota Sorong", 2021)].zone == "hijau"


# -- "di kualitas nilai tertinggi": the top opinion after "di"/"pada", the word "nilai" inside it -----------

KENDAL_2024 = "Ombudsman RI merilis rapor Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2024. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Dinas Kesehatan Kabupaten Kendal bertahan di kualitas nilai tertinggi dengan nilai 98,68.",
        "Dinas Kesehatan Kabupaten Kendal berada pada kualitas tertinggi dengan nilai 98,68.",
        "Dinas Kesehatan Kabupaten Kendal meraih nilai 98,68 atau kualitas nilai tertinggi.",
    ],
)
def test_the_top_opinion_after_di_or_with_nilai_inside(sentence):
    got = recs(KENDAL_2024 + sentence, published="2024-12-20")
    assert got[("Dinas Kesehatan", 2024)].opinion == "kualitas tertinggi"


def test_quality_in_prose_after_di_is_no_opinion():
    got = recs(
        KENDAL_2024 + "Dinas Kesehatan Kabupaten Kendal meraih nilai 98,68. Obat di kualitas tinggi disediakan "
        "untuk pasien.",
        published="2024-12-20",
    )
    assert got[("Dinas Kesehatan", 2024)].opinion is None


# -- a grade's cue word misspelt ("ketegori A"), a zone with "kepatuhan" between ("zona kepatuhan hijau") -------


@pytest.mark.parametrize(
    "told",
    [
        "Kota Magelang, dengan nilai 98,18, tercatat di zona kepatuhan hijau, ketegori A serta opini Kualitas Tertinggi.",
        "Kota Magelang meraih nilai 98,18, zona kepatuhan hijau dengan katergori A.",
        "Kota Magelang berada di Zona Kepatuhan Hijau, Kategory A, dengan nilai 98,18.",
    ],
)
def test_misspelt_grade_cue_and_compliance_zone(told):
    r = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2023. " + told)
    rec = r[("Kota Magelang", 2023)]
    assert (rec.zone, rec.grade, rec.score) == ("hijau", "A", 98.18)


def test_a_grade_cue_misspelt_before_a_word_is_no_grade():
    r = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2023. Kota Magelang meraih "
        "nilai 98,18 dan masuk zona hijau; ketegori Anugerah lain belum diumumkan."
    )
    assert r[("Kota Magelang", 2023)].grade is None


# -- "X juga mendapatkan penghargaan serupa": the same award, not the grade and opinion of another's score ------

PRABUMULIH_2024 = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2024. Dengan skor 92,71, "
    "Pemerintah Kota Prabumulih meraih kategori A dengan opini kualitas tertinggi. "
)


@pytest.mark.parametrize(
    "told",
    [
        "Kantor Pertanahan Kota Prabumulih turut diganjar penghargaan yang sama; posisinya peringkat keempat "
        "dari 17 kantor pertanahan di Sumatera Selatan.",
        "Kantor Pertanahan Kota Prabumulih pun menerima piagam yang sama, di peringkat keempat dari 17 kantor pertanahan.",
        "Kantor Pertanahan Kota Prabumulih meraih anugerah serupa dan menempati peringkat keempat dari 17 kantor "
        "pertanahan se-Sumatera Selatan.",
    ],
)
def test_the_same_award_does_not_hand_on_the_labels_of_a_score(told):
    r = recs(PRABUMULIH_2024 + told)
    office = r[("Kantor Pertanahan Kota Prabumulih", 2024)]
    assert (office.rank, office.grade, office.opinion) == (4, None, None)
    assert r[("Kota Prabumulih", 2024)].grade == "A"


def test_the_same_predicate_still_hands_on_the_labels():
    r = recs(PRABUMULIH_2024 + "Kabupaten Muara Enim juga meraih predikat yang sama.")
    assert r[("Kabupaten Muara Enim", 2024)].opinion == "kualitas tertinggi"


# -- the Ombudsman's score written as an "Indeks" keeps its zone; another evaluation's few-point index does not ---


@pytest.mark.parametrize(
    "told",
    [
        "Pemerintah Kota Kotamobagu tercatat dengan Indeks 56,26 Zona Kuning serta Predikat C.",
        "Kota Kotamobagu meraih indeks kepatuhan sebesar 56,26 dan masuk zona kuning.",
        "Pemkot Kotamobagu memperoleh indeks 56,26 atau zona kuning.",
    ],
)
def test_a_score_written_as_an_index_keeps_its_zone(told):
    r = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2022. " + told)
    assert r[("Kota Kotamobagu", 2022)].zone == "kuning"


def test_a_few_point_index_of_another_evaluation_gives_no_grade():
    r = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2022. Kota Kotamobagu meraih "
        "nilai 56,26 zona kuning. Dari KemenPAN-RB, Kota Kotamobagu memperoleh indeks 3,83 dan predikat B."
    )
    assert r[("Kota Kotamobagu", 2022)].grade is None


# -- a grade letter with a sign ("nilai A-", "kategori B+") is that letter's grade ---------------------------


@pytest.mark.parametrize(
    ("told", "grade"),
    [
        ("Pemkot Makassar memperoleh predikat kepatuhan tinggi alias zona hijau dengan nilai A-.", "A"),
        ("Pemkot Makassar masuk kategori B+ dengan opini kualitas tinggi.", "B"),
        ("Kota Makassar memperoleh predikat A- dan zona hijau dari Ombudsman.", "A"),
    ],
)
def test_a_signed_grade_letter_is_that_grade(told, grade):
    r = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2022. " + told)
    assert r[("Kota Makassar", 2022)].grade == grade


def test_a_letter_joined_to_a_word_is_no_grade():
    r = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2022. Kota Makassar meraih "
        "zona hijau dengan nilai 88,10 di gedung A-1 kantor Ombudsman."
    )
    assert r[("Kota Makassar", 2022)].grade is None
