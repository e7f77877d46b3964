"""Names of units and bodies: national bodies' spellings, merged and misspelt units, an office's
field in lower case, regions written with a numeral or a hyphen.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import INTRO_2022, OMB_PAPUA, OMB_RELEASE, ranks_of, recs


def _entities(text: str) -> set[str]:
    return {r.entity for r in extract_article(INTRO_2022 + text, published="2022-12-10").records}


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
    ids=[
        "kementerian-kelautan",
        "kementerian-agraria",
        "kementerian-desa-dan-pdt",
        "kementrian-perhubungan",
        "kementerianperdagangan",
        "kementerian-pu-dan-perumahan-rakyat",
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


@pytest.mark.parametrize(
    "written",
    ["Kementerian Pendidikan", "Kementerian Koordinator", "Kementerian Pekerjaan"],
    ids=["kementerian-pendidikan", "kementerian-koordinator", "kementerian-pekerjaan"],
)
def test_ministry_short_name_of_several_ministries_is_no_entity(written):
    # several ministries' names start so: the short form names none of them
    text = (
        "Dalam hasil penilaian kepatuhan kementerian tahun 2018 yang dirilis Ombudsman, zona kuning diraih "
        f"Kementerian Sosial dan {written}, sedangkan Kementerian Agama masuk zona hijau."
    )
    assert {e for e, _ in recs(text)} == {"Kementerian Sosial", "Kementerian Agama"}


# -- a misspelt regency --------------------------------------------------------------------------------------


def test_misspelt_klungkung_is_the_regency():
    got = recs(
        "Ombudsman RI Perwakilan Bali mengumumkan hasil penilaian kepatuhan tahun 2017. "
        + "Kabupaten Kelungkung nilainya ada di zona merah."
    )
    assert got[("Kabupaten Klungkung", 2017)].zone == "merah"


# -- names written as the outlets write them ------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["Kementerian Pelindungan Pekerja Migran Indonesia", "Kementerian Perlindungan Pekerja Migran Indonesia"],
    ids=["pelindungan", "perlindungan"],
)
def test_the_migrant_workers_ministry_under_either_spelling(written):
    got = recs(
        "Ombudsman RI merilis Penilaian Maladministrasi Pelayanan Publik Tahun 2024. Dua kementerian memperoleh "
        f"Opini Kualitas Tertinggi, yaitu Kementerian Agama dan {written}."
    )
    assert got[("Kementerian Pelindungan Pekerja Migran Indonesia", 2024)].opinion == "kualitas tertinggi"


@pytest.mark.parametrize(
    "written, name",
    [("Bireun", "Kabupaten Bireuen"), ("Gayo Luwes", "Kabupaten Gayo Lues")],
    ids=["bireun", "gayo-luwes"],
)
def test_aceh_regencies_spelt_the_other_way(written, name):
    got = recs(
        "Ombudsman Aceh menyerahkan hasil penilaian kepatuhan tahun 2021. Yang masuk zona hijau yaitu "
        f"Aceh Jaya, {written}, dan Kota Sabang."
    )
    assert got[(name, 2021)].zone == "hijau"


# -- an immigration office written without "Kantor" ("Imigrasi Kelas II Mamuju", "Kanim Kelas I Palu") -----

HEAD_2016 = "Ombudsman RI mengumumkan hasil survei kepatuhan tahun 2016 di Sulawesi Barat. "


@pytest.mark.parametrize(
    "sentence, office",
    [
        ("Imigrasi Kelas II Majene mendapat rapor hijau.", "Imigrasi Kelas II Majene"),
        ("Adapun Imigrasi Kelas 2 Majene mendapat rapor hijau.", "Imigrasi Kelas 2 Majene"),
        ("Kanim Kelas II Majene masuk zona hijau.", "Kanim Kelas II Majene"),
    ],
    ids=["kelas-ii", "kelas-2", "kanim"],
)
def test_an_immigration_office_without_kantor_is_a_unit(sentence, office):
    got = recs(HEAD_2016 + "Kabupaten Majene mendapat rapor kuning. " + sentence)
    assert got[(office, 2016)].entity_type == "unit"
    assert got[(office, 2016)].parent == "Kementerian Hukum dan Hak Asasi Manusia"
    assert got[(office, 2016)].zone == "hijau"
    assert got[("Kabupaten Majene", 2016)].zone == "kuning"


def test_imigrasi_alone_is_no_office():
    got = recs(HEAD_2016 + "Kabupaten Majene mendapat rapor kuning karena layanan imigrasi belum dinilai.")
    assert set(got) == {("Kabupaten Majene", 2016)}


# -- national bodies written with their spelling variants -------------------------------------


@pytest.mark.parametrize(
    "written, canonical",
    [
        (
            "Lembaga Kebijakan Pengadaan Barang dan Jasa Pemerintah",
            "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah",
        ),
        ("Lembaga Kebijakan Pengadaan Barang Jasa Pemerintah", "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah"),
        ("Konsil Kedokteran Indonesia", "Konsil Kedokteran Indonesia"),
        ("Badan Standarisasi Nasional", "Badan Standardisasi Nasional"),
        ("Kemenkop dan UKM", "Kementerian Koperasi dan Usaha Kecil dan Menengah"),
    ],
)
def test_a_national_body_written_another_way_is_one_body(written, canonical):
    text = OMB_RELEASE + f"Pada penilaian tahun 2021, {written} memperoleh nilai 91,25 dan masuk zona hijau."
    r = recs(text)
    assert r[(canonical, 2021)].score == 91.25
    assert [k for k in r if k[0] != canonical] == []


@pytest.mark.parametrize(
    "head",
    [
        "Dinas Penanaman Modal dan PTSP Kota Bandung meraih nilai 92,40 pada penilaian tahun 2022.",
        "Nilai 92,40 diraih Dinas Penanaman Modal dan PTSP Kota Bandung pada penilaian tahun 2022.",
    ],
)
def test_the_investment_office_written_half_short_is_the_written_out_office(head):
    text = (
        OMB_RELEASE + head + " Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Bandung "
        "menyampaikan terima kasih."
    )
    names = {k[0] for k in recs(text)}
    assert names == {"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"}


# -- units named with their full merged name; a provincial rehabilitation centre -------------------------

DIY = (
    "Ombudsman RI menyerahkan opini penilaian kepatuhan 2025 kepada Pemda DIY. Ombudsman juga menyebut "
    "instansi yang meraih kategori Kualitas Pelayanan Baik. "
)


@pytest.mark.parametrize(
    "unit",
    [
        "Dinas Pendidikan, Pemuda dan Olahraga",
        "Dinas Kependudukan, Pencatatan Sipil dan Keluarga Berencana",
        "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
    ],
)
def test_a_merged_office_keeps_its_one_word_affairs(unit):
    assert (unit, 2025) in recs(DIY + f"Di antaranya {unit} dengan skor 83,58.")


def test_one_word_affairs_that_run_offices_of_their_own_are_not_merged():
    got = recs(DIY + "Dinas Kesehatan, Pendidikan dan Sosial meraih skor 83,58.")
    assert ("Dinas Kesehatan, Pendidikan dan Sosial", 2025) not in got


@pytest.mark.parametrize(
    "unit", ["Balai Rehabilitasi Sosial Bina Karya dan Laras", "Balai Rehabilitasi Sosial Eks Gelandangan"]
)
def test_a_rehabilitation_centre_is_a_unit(unit):
    assert recs(DIY + f"Selain itu, {unit} dengan skor 84,73.")[(unit, 2025)].score == 84.73


def test_the_town_hall_is_no_unit():
    got = recs(DIY + "Penyerahan di Balai Kota Yogyakarta, Pemda DIY meraih skor 84,73.")
    assert not any(name.startswith("Balai") for name, _ in got)


# -- a misspelt unit head ("Puskemas") names the unit spelt right -------------------------------------------

MIMIKA_2023 = "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2023 kepada Pemkab Mimika. "


@pytest.mark.parametrize("head", ["Puskemas", "Pukesmas"])
def test_a_misspelt_health_centre_is_named_right(head):
    got = recs(MIMIKA_2023 + f"{head} Wania meraih nilai 74,25 dan masuk zona kuning.")
    assert got[("Puskesmas Wania", 2023)].score == 74.25


def test_a_word_starting_like_the_head_is_no_unit():
    got = recs(MIMIKA_2023 + "Puskesmasnya belum dinilai, tetapi Kabupaten Mimika meraih nilai 54,11.")
    assert set(got) == {("Kabupaten Mimika", 2023)}


# -- "Dinas sosial meraih nilai 41,50": an office's field written in lower case ---------------------


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Dinas sosial meraih nilai 41,50 dengan predikat zona merah", "Dinas Sosial"),
        ("dinas kesehatan dengan nilai 41,50 masuk zona merah", "Dinas Kesehatan"),
        ("Dinas pendidikan dan kebudayaan memperoleh nilai 41,50, zona merah", "Dinas Pendidikan dan Kebudayaan"),
        ("Sementara Dinas tenaga kerja raih skor 41,50 atau zona merah", "Dinas Tenaga Kerja"),
    ],
)
def test_an_office_with_its_field_in_lower_case(written, name):
    r = recs(OMB_PAPUA + f"Empat OPD masih di zona merah. {written}. Hasil itu diumumkan di Jayapura.")
    assert (r[(name, 2023)].score, r[(name, 2023)].zone) == (41.5, "merah")


@pytest.mark.parametrize(
    "prose",
    [
        "Dinas terkait diminta memperbaiki layanan yang meraih nilai 41,50 itu.",
        "Badan usaha milik daerah tidak ikut dinilai, kata dia.",
        "Pegawai dinas sosial ikut mendampingi tim penilai di lapangan.",
    ],
)
def test_lower_case_office_words_in_prose_name_no_unit(prose):
    r = recs(OMB_PAPUA + "Kabupaten Mimika meraih nilai 80,10 zona hijau. " + prose)
    assert {e for e, _ in r} <= {"Kabupaten Mimika", "Provinsi Papua", "Provinsi Papua Tengah"}


# -- a region named with a numeral -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Daerah yang meraih nilai B yakni Agam, 50 Kota, Kabupaten Pasaman dan Solok Selatan.",
        "Zona kuning diraih Kabupaten Pasaman dan 50 Kota.",
        "Zona hijau diraih oleh Kota Padang, Kota Solok, 50 Kota, serta Kabupaten Agam.",
    ],
)
def test_region_named_with_a_numeral(text: str) -> None:
    assert "Kabupaten Lima Puluh Kota" in _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Penilaian itu mencakup 50 Kota dan 20 Kabupaten di seluruh Indonesia, Kota Padang masuk zona hijau.",
        "Sebanyak 50 Kota, 12 Provinsi dan Kota Padang meraih zona hijau.",
        "Kota Padang masuk zona hijau bersama 50 kota lainnya.",
    ],
)
def test_a_count_of_cities_is_no_region(text: str) -> None:
    assert "Kabupaten Lima Puluh Kota" not in _entities(text)


# -- a name with lower case after its hyphen is read -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kabupaten Tojo Una-una meraih nilai 88,68 dalam penilaian kepatuhan Ombudsman RI 2024.",
            "Kabupaten Tojo Una Una",
        ),
        (
            "Dalam penilaian kepatuhan Ombudsman RI 2024, Kabupaten Tojo una-una mendapat nilai 80,2.",
            "Kabupaten Tojo Una Una",
        ),
        (
            "Penilaian kepatuhan Ombudsman RI 2024 di Bengkulu: Kabupaten Muko-muko meraih nilai 90,5.",
            "Kabupaten Mukomuko",
        ),
    ],
)
def test_name_with_lower_case_after_its_hyphen_is_read(text: str, name: str) -> None:
    assert name in ranks_of(text)


def test_lower_case_hyphened_words_after_a_level_word_are_no_name() -> None:
    # "kota-kota" after a level word is a plural, not a name
    text = "Penilaian kepatuhan Ombudsman RI 2024: Kota Palu meraih nilai 90,5, tertinggi di antara kota-kota lain."
    assert list(ranks_of(text)) == ["Kota Palu"]


# -- "Dikbud", a short name of the education and culture office ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Dinas Pendidikan dan Kebudayaan (Dikbud) Kabupaten Ngawi menerima penghargaan Ombudsman. Dikbud Ngawi meraih "
        "nilai 99,00 dan masuk zona hijau.",
        "Dikbud Kabupaten Ngawi meraih nilai 99,00 dan masuk zona hijau. Dinas Pendidikan dan Kebudayaan itu naik.",
    ],
)
def test_dikbud_names_the_education_and_culture_office(sentence):
    got = recs(OMB_RELEASE + "Penilaian kepatuhan tahun 2024 sudah diumumkan. " + sentence)
    rec = got[("Dinas Pendidikan dan Kebudayaan", 2024)]
    assert rec.score == 99.0
    assert rec.parent == "Kabupaten Ngawi"


def test_dikbud_never_written_out_keeps_its_short_name():
    # the contract names a unit as written, expanded only where the text expands it
    got = recs(
        OMB_RELEASE + "Penilaian kepatuhan tahun 2024 sudah diumumkan. Dikbud Kabupaten Ngawi meraih nilai 99,00."
    )
    assert got[("Dikbud", 2024)].parent == "Kabupaten Ngawi"


# -- a merged office's affairs closed by ", dan", with a list of units going on after it --------------------


@pytest.mark.parametrize(
    "listing",
    [
        "Dinas Pendidikan, Pemuda, dan Olahraga (Dikpora) DIY, Dinas Kesehatan DIY, serta Dinas Sosial DIY",
        "Dinas Pendidikan, Pemuda dan Olahraga DIY, Dinas Kesehatan DIY, dan Dinas Sosial DIY",
    ],
)
def test_merged_affairs_end_where_the_next_unit_of_the_list_starts(listing):
    got = recs(
        "Ombudsman RI Perwakilan DIY menyerahkan hasil penilaian kepatuhan tahun 2022. Tiga OPD masuk zona hijau, "
        "yakni " + listing + ".",
        published="2023-02-14",
    )
    names = {e for e, _ in got}
    assert "Dinas Pendidikan, Pemuda, dan Olahraga" in names or "Dinas Pendidikan, Pemuda dan Olahraga" in names
    assert "Dinas Pendidikan" not in names
    assert ("Dinas Kesehatan", 2022) in got


def test_three_offices_with_one_word_affairs_stay_three():
    got = recs(
        "Ombudsman RI Perwakilan DIY menyerahkan hasil penilaian kepatuhan tahun 2022. Tiga OPD masuk zona hijau, "
        "yakni Dinas Kesehatan DIY, Dinas Sosial DIY, dan Dinas Perhubungan DIY.",
        published="2023-02-14",
    )
    assert {e for e, _ in got} == {"Dinas Kesehatan", "Dinas Sosial", "Dinas Perhubungan"}


# -- a unit head written in lower case before a capitalised name ---------------------------------------------

BOGOR_2022 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Pemkot Bogor. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Dua puskesmas yang dinilai ialah puskesmas Semplak yang mendapatkan nilai 93 persen serta puskesmas "
        "Warung Jambu yang mendapatkan nilai 60 persen.",
        "Adapun puskesmas Semplak meraih nilai 93,00, sedangkan puskesmas Warung Jambu hanya meraih nilai 60,00.",
    ],
)
def test_a_lower_case_health_centre_before_its_name(sentence):
    got = recs(BOGOR_2022 + sentence)
    assert got[("Puskesmas Semplak", 2022)].score == 93.0
    assert got[("Puskesmas Warung Jambu", 2022)].score == 60.0


def test_a_lower_case_health_centre_with_no_name_is_no_unit():
    got = recs(BOGOR_2022 + "Kota Bogor meraih nilai 87,05, dan puskesmas yang dinilai meraih nilai 93,00.")
    assert [k for k in got if k[0].startswith("Puskesmas")] == []


# -- "Dikbud" names a province's or a regency's education and culture office; the ministry, written in one
#    word ("Kemendikbud", "Kemdikbud"), stays the ministry --


@pytest.mark.parametrize(
    "sentence, parent",
    [
        ("Dikbud Sultra meraih nilai 85,00 dan masuk zona hijau.", "Provinsi Sulawesi Tenggara"),
        ("Dinas Pendidikan dan Kebudayaan (Dikbud) Kabupaten Kuningan meraih nilai 85,00.", "Kabupaten Kuningan"),
        ("Nilai 85,00 diraih Dikbud Kabupaten Kuningan.", "Kabupaten Kuningan"),
    ],
)
def test_dikbud_with_its_place_is_that_places_office(sentence, parent):
    got = recs(OMB_RELEASE + "Penilaian kepatuhan tahun 2023 sudah diumumkan. " + sentence)
    # named as written where the text never writes the office out
    name = "Dinas Pendidikan dan Kebudayaan" if "Dinas Pendidikan" in sentence else "Dikbud"
    assert got[(name, 2023)].parent == parent


@pytest.mark.parametrize("ministry", ["Kemendikbud", "Kemdikbud"])
def test_the_education_ministry_written_in_one_word_is_no_regional_office(ministry):
    got = recs(OMB_RELEASE + f"Penilaian kepatuhan tahun 2023 sudah diumumkan. {ministry} meraih nilai 85,00.")
    assert [k for k in got if k[0] == "Dinas Pendidikan dan Kebudayaan"] == []
    assert ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", 2023) in got


# -- a short name the text defines, written after the office's head ("Dinas Dikpora DIY") ----------

DIKPORA = "Dinas Pendidikan, Pemuda, dan Olahraga"


@pytest.mark.parametrize(
    "later",
    [
        "Dinas Dikpora DIY mencatat nilai tertinggi, yakni 94,43.",
        "Nilai tertinggi 94,43 diraih Dinas Dikpora.",
        "Adapun skor Dinas Dikpora mencapai 94,43.",
    ],
)
def test_defined_short_name_after_the_head_is_the_long_name(later):
    text = (
        OMB_PROV_2022_DIY + f"Empat OPD dinilai, yakni {DIKPORA} (Dikpora) DIY, Dinas Kesehatan DIY dan Dinas Sosial "
        f"DIY. {later}"
    )
    r = recs(text)
    assert r[(DIKPORA, 2022)].score == 94.43
    assert not any("Dikpora" in k[0] for k in r), list(r)


def test_an_undefined_short_name_keeps_its_own_name():
    r = recs(OMB_PROV_2022_DIY + "Dinas Dikpora DIY meraih nilai 94,43.")
    assert DIKPORA not in {k[0] for k in r}


OMB_PROV_2022_DIY = "Ombudsman RI Perwakilan DIY menyerahkan hasil penilaian kepatuhan tahun 2022. "


# -- a school keeps its name as written unless the text writes its head out ------------------------


@pytest.mark.parametrize(
    "written, long_too, name",
    [
        ("SMPN 5 Yogyakarta", "", "SMPN 5 Yogyakarta"),
        ("SDN 1 Bantul", "", "SDN 1 Bantul"),
        ("SMPN 5 Yogyakarta", " Sekolah itu, SMP Negeri 5 Yogyakarta, juga dinilai.", "SMP Negeri 5 Yogyakarta"),
    ],
)
def test_a_school_is_named_as_written(written, long_too, name):
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Maladministrasi Pelayanan Publik 2025 kepada Pemkot "
        f"Yogyakarta. Unit layanan dengan nilai tertinggi adalah {written} yang memperoleh nilai 89,31.{long_too}"
    )
    r = recs(text)
    assert r[(name, 2025)].score == 89.31, list(r)
