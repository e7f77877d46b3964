"""Records, years, groups and labels of regional-government reports (found batches 24-26), in our own
sentences (real kinds of facts, invented wording); each tried in several phrasings, with look-alikes
that must not fire."""

import pytest

from extract_helpers import recs

# -- a capitalised connective after a missing full stop opens a new sentence -------------------------
# ("... 30 kabupaten/kota yang masuk kategori zona hijau Sedangkan untuk lokus penilaian ... meliputi
# empat unit kerja yaitu ...": the assessed units are where the assessment looked, they got no zone)

OPENING = (
    "Ombudsman RI Perwakilan Jawa Timur menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
    "tahun 2024. Kabupaten Lamongan meraih nilai 90,12. "
)
UNITS = ("Dinas Kesehatan", "Dinas Sosial", "Puskesmas Babat")


@pytest.mark.parametrize(
    "joint",
    [
        "Penilaian dilakukan terhadap 30 kabupaten/kota se-Jawa Timur yang masuk kategori zona hijau Sedangkan untuk "
        "lokus penilaian di Kabupaten Lamongan meliputi tiga unit kerja yaitu Dinas Kesehatan, Dinas Sosial dan "
        "Puskesmas Babat.",
        "Sebanyak 30 kabupaten/kota di Jawa Timur berada di zona hijau Sementara itu lokus penilaian di Kabupaten "
        "Lamongan meliputi Dinas Kesehatan, Dinas Sosial dan Puskesmas Babat.",
        "Ada 30 kabupaten/kota se-Jawa Timur yang meraih zona hijau Adapun lokus penilaian di Kabupaten Lamongan "
        "yaitu Dinas Kesehatan, Dinas Sosial dan Puskesmas Babat.",
    ],
)
def test_a_group_label_does_not_run_past_a_missing_full_stop(joint):
    got = recs(OPENING + joint)
    assert got[("Kabupaten Lamongan", 2024)].score == 90.12
    assert not any(e in UNITS for e, _y in got)


def test_a_lower_case_connective_keeps_one_sentence():
    # "sedangkan" in lower case joins two clauses of one sentence: the second clause's units keep their label
    got = recs(
        OPENING + "Dinas Kesehatan masuk zona hijau, sedangkan Dinas Sosial dan Puskesmas Babat masuk zona kuning."
    )
    assert got[("Dinas Sosial", 2024)].zone == "kuning"
    assert got[("Dinas Kesehatan", 2024)].zone == "hijau"


# -- a venue's brand before its word, and a venue ending its sentence ----------------------------------


@pytest.mark.parametrize(
    "venue", ["di Grand Hotel Madiun", "di Hotel Madiun", "di Royal Ballroom Madiun", "bertempat di Aston Hotel Madiun"]
)
def test_the_place_of_a_venue_is_no_subject(venue):
    text = (
        f"Ombudsman RI Perwakilan Jawa Timur menyerahkan hasil Penilaian Kepatuhan tahun 2024 {venue}. Kabupaten "
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
        OPENING + f"Kepala Perwakilan memuji kolaborasi dari {bureau} hingga bagian organisasi kabupaten. "
        '"Seluruh kabupaten kota di Jawa Timur mendapatkan kategori A," ucapnya. Bupati Lamongan bersyukur atas '
        "perolehan predikat zona hijau."
    )
    got = recs(text)
    assert ("Provinsi Jawa Timur", 2024) not in got
    assert got[("Kabupaten Lamongan", 2024)].score == 90.12


def test_a_province_with_its_own_result_still_counts():
    got = recs(OPENING + "Pemerintah Provinsi Jawa Timur meraih nilai 92,10 dan masuk zona hijau.")
    assert got[("Provinsi Jawa Timur", 2024)].score == 92.1


# -- a kept zone's gloss: the opinion written with it was the earlier year's too -----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemkab Temanggung sukses mempertahankan predikat zona hijau (opini kualitas tertinggi) yang sebelumnya "
        "pada tahun 2023 bernilai 90,05 meningkat menjadi 95,40 pada penilaian tahun 2024.",
        "Pemkab Temanggung kembali mempertahankan zona hijau / kualitas tertinggi, dari nilai 90,05 pada tahun 2023 "
        "menjadi 95,40 pada tahun 2024.",
    ],
)
def test_a_kept_zone_carries_its_opinion_to_the_earlier_year(sentence):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan. " + sentence)
    assert got[("Kabupaten Temanggung", 2023)].opinion == "kualitas tertinggi"
    assert got[("Kabupaten Temanggung", 2024)].opinion == "kualitas tertinggi"


def test_an_opinion_far_from_the_kept_zone_stays_with_its_year():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan. Pemkab Temanggung mempertahankan zona hijau, dari nilai "
        "90,05 pada tahun 2023 menjadi 95,40 pada tahun 2024. Tahun 2024 Pemkab Temanggung meraih opini kualitas "
        "tertinggi."
    )
    assert got[("Kabupaten Temanggung", 2023)].opinion is None


def test_a_change_of_zone_gives_the_earlier_year_no_opinion():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan. Pemkab Temanggung naik ke zona hijau (opini kualitas "
        "tertinggi) dari nilai 70,05 pada tahun 2023 menjadi 95,40 pada tahun 2024."
    )
    assert got[("Kabupaten Temanggung", 2023)].opinion is None


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


# -- "dulunya kuning, kini hijau": the earlier state told with "dulunya" ---------------------------------

BALI = "Tahun 2016 Ombudsman melakukan penilaian kepatuhan pelayanan publik di seluruh wilayah Bali. "


@pytest.mark.parametrize(
    "sentence",
    [
        '"Provinsi Bali yang dulunya berada di zona kuning kini sudah masuk zona hijau," katanya.',
        "Pemprov Bali dahulunya kuning, kini hijau.",
        "Pemprov Bali yang dulu berada di zona kuning kini masuk zona hijau.",
        "Pemprov Bali yang dahulu zona kuning, sekarang masuk zona hijau.",
    ],
)
def test_an_earlier_state_told_with_dulunya_is_the_year_before(sentence):
    got = recs(BALI + sentence)
    assert got[("Provinsi Bali", 2016)].zone == "hijau"
    assert got[("Provinsi Bali", 2015)].zone == "kuning"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pemprov Bali harus terlebih dahulu melengkapi standar pelayanan agar masuk zona hijau. Pemprov Bali masuk zona "
        "kuning.",
        "Gedung itu jangan dulu dibangun. Pemprov Bali masuk zona kuning.",
    ],
)
def test_dulu_meaning_first_is_no_earlier_state(sentence):
    got = recs(BALI + sentence)
    assert got[("Provinsi Bali", 2016)].zone == "kuning"
    assert ("Provinsi Bali", 2015) not in got


# -- a plan named by its last year is no assessment year -----------------------------------------------

JABAR = (
    "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2018 di Jakarta (10/12/2018). Pemkab Garut berhasil "
    "meraih zona hijau. "
)


@pytest.mark.parametrize(
    "plan",
    [
        "Survei kepatuhan juga menjadi indikator pencapaian RPJMN 2019. Bahkan, Pemkab Garut meraih peringkat pertama "
        "nasional.",
        "Sesuai target RPJMD tahun 2019, Pemkab Garut meraih peringkat pertama nasional.",
        "Bahkan, Pemkab Garut meraih peringkat pertama nasional, sejalan dengan Renstra 2019.",
    ],
)
def test_a_plan_year_is_no_assessment_year(plan):
    got = recs(JABAR + plan)
    assert got[("Kabupaten Garut", 2018)].rank == 1
    assert ("Kabupaten Garut", 2019) not in got


def test_a_year_written_for_the_assessment_still_counts():
    got = recs(JABAR + "Pada penilaian tahun 2019, Pemkab Garut kembali meraih zona hijau dengan nilai 91,20.")
    assert got[("Kabupaten Garut", 2019)].score == 91.2


# -- the place of a group told with its label ("kabupaten/kota yang masuk zona hijau di Jawa Barat") -----

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


# -- a label handed to a counted group ("memberikan penilaian kategori tinggi kepada tujuh pemda") -------

PEMPROV_JAMBI = "Pemerintah Provinsi Jambi meraih skor tertinggi dalam penilaian kepatuhan Ombudsman RI tahun {y} dengan skor 88,49. "


@pytest.mark.parametrize(
    ("year", "given"),
    [
        (2025, "Ombudsman juga memberikan penilaian kategori tinggi kepada tiga pemerintah kabupaten/kota."),
        (2019, "Ombudsman juga memberikan penilaian zona kuning kepada tiga pemerintah kabupaten/kota."),
        (2019, "Selain pemprov, Ombudsman memberikan penilaian kategori sedang kepada tiga pemda di Provinsi Jambi."),
    ],
)
def test_a_label_given_to_a_counted_group_is_not_the_last_subjects(year, given):
    got = recs(
        PEMPROV_JAMBI.format(y=year) + given + " Ketiganya yakni Kota Sungai Penuh, Kabupaten Bungo dan Kabupaten Tebo."
    )
    rec = got[("Provinsi Jambi", year)]
    assert rec.score == 88.49
    assert rec.zone is None and rec.opinion is None


def test_a_count_where_the_survey_was_done_is_still_no_group():
    got = recs(
        PEMPROV_JAMBI.format(y=2019) + "Dari penilaian yang kami lakukan di tiga kabupaten/kota, Kota Sungai Penuh "
        "masuk zona hijau."
    )
    assert got[("Kota Sungai Penuh", 2019)].zone == "hijau"


# -- "sebagai instansi dengan skor tertinggi di tingkat provinsi": first place --------------------------

HANDED_2025 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2025. Pemprov Jambi meraih skor 88,49. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Hasil penilaian menempatkan Pemprov Jambi sebagai instansi dengan skor tertinggi di tingkat provinsi.",
        "Pemprov Jambi menjadi instansi dengan nilai tertinggi se-Jambi.",
        "Pemprov Jambi tercatat sebagai instansi pemerintah dengan skor tertinggi di Jambi.",
    ],
)
def test_the_agency_with_the_highest_score_in_a_field_is_first(sentence):
    assert recs(HANDED_2025 + sentence)[("Provinsi Jambi", 2025)].rank == 1


def test_the_agency_with_the_highest_score_in_no_field_has_no_rank():
    # no field or place after the superlative: its own best, not a first place
    assert (
        recs(HANDED_2025 + "Pemprov Jambi menjadi instansi dengan skor tertinggi.")[("Provinsi Jambi", 2025)].rank
        is None
    )


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


# -- years listed for one state, the next year's state in a contrasting clause ---------------------------

GORONTALO = (
    "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2017 kepada Pemprov Gorontalo. Pemprov Gorontalo "
    "menerima nilai 45,10. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Tahun 2015 dan 2016 rapor kepatuhan Pemprov Gorontalo pada warna kuning, sedangkan 2017 warna merah," ujarnya.',
        "Tahun 2015 dan 2016 rapor Pemprov Gorontalo zona kuning, sedangkan 2017 zona merah.",
        "Pada 2015 dan 2016 Pemprov Gorontalo berada di zona kuning, sementara 2017 zona merah.",
    ],
)
def test_a_year_list_state_and_a_contrasting_later_year(sentence):
    got = recs(GORONTALO + sentence)
    assert got[("Provinsi Gorontalo", 2015)].zone == "kuning"
    assert got[("Provinsi Gorontalo", 2016)].zone == "kuning"
    assert got[("Provinsi Gorontalo", 2017)].zone == "merah"


def test_members_with_their_own_years_keep_them():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan. Pemkab Boalemo pada tahun 2016, dan Pemkab Pohuwato pada "
        "tahun 2017 berhasil memperoleh predikat zona hijau."
    )
    assert got[("Kabupaten Boalemo", 2016)].zone == "hijau"
    assert got[("Kabupaten Pohuwato", 2017)].zone == "hijau"


@pytest.mark.parametrize("colour", ["Petugas memakai rompi warna kuning.", "Gedung itu dicat warna kuning pada 2017."])
def test_a_real_colour_is_no_zone(colour):
    got = recs(GORONTALO + colour)
    assert got[("Provinsi Gorontalo", 2017)].zone is None


@pytest.mark.parametrize("dateline", ["Tanjung (Suara NTB)-", "Tanjung (Suara NTB) –", "Selong (Radar NTB).-"])
def test_a_province_in_the_outlet_of_a_dateline_is_no_subject(dateline):
    got = recs(f"{dateline} Polres Lombok Utara meraih zona hijau dalam penilaian kepatuhan Ombudsman RI 2024.")
    assert ("Provinsi Nusa Tenggara Barat", 2024) not in got
    assert got[("Polres Lombok Utara", 2024)].zone == "hijau"


def test_a_government_after_an_outlet_dateline_still_counts():
    got = recs("Mataram (Suara NTB) - Pemprov NTB meraih zona hijau dalam penilaian kepatuhan Ombudsman RI 2024.")
    assert got[("Provinsi Nusa Tenggara Barat", 2024)].zone == "hijau"


# -- "masuk kategori berkualitas terendah": the adjective form after a category word -------------------

PAPUA_2022 = "Hasil penilaian Ombudsman RI terhadap penyelenggaraan pelayanan publik tahun 2022. "


@pytest.mark.parametrize(
    ("sentence", "opinion"),
    [
        ("Kabupaten Mimika masuk zona merah dengan kategori E atau masuk kategori\nberkualitas terendah.", "terendah"),
        ("Kabupaten Mimika masuk kategori berkualitas tinggi.", "tinggi"),
        ("Kabupaten Mimika meraih predikat berkualitas sedang.", "sedang"),
    ],
)
def test_a_category_word_before_the_adjective_opinion(sentence, opinion):
    assert recs(PAPUA_2022 + sentence)[("Kabupaten Mimika", 2022)].opinion == f"kualitas {opinion}"


def test_service_praised_as_high_quality_is_no_opinion():
    got = recs(PAPUA_2022 + "Kabupaten Mimika meraih nilai 60,10 dan berkomitmen memberi pelayanan berkualitas tinggi.")
    assert got[("Kabupaten Mimika", 2022)].opinion is None
