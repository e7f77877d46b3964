"""Places and governments that are or are not holders: governments named through their heads, a
province named bare after "dari" or as the place of a counted group, the assessor's office and page
header, the office a unit lies in (a unit's police office beside it, its head a title), an outlet's or newspaper's name, a street address, the province in an
award's title, an office a government has, a map of a province's public service; units and their owners (hospitals named after a region or a
person, "dan PTSP", facilities taking their place as parent, an anaphoric unit subject).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article
from extract_helpers import assert_record_fields, officials_of, recs


# -- units and their owners: a hospital named after a region or a person, "dan PTSP" inside a name, a
# -- facility keeping its place and taking it as parent, a government after a comma in a list, an anaphoric
# -- unit subject ("Puskesmas tersebut", "instansi itu") --------------------------------------------------


@pytest.mark.parametrize(
    "text, published, expected, exact",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. RSUD Bantul meraih nilai 89,75, "
            "sedangkan RSUD H. Hasan Basry memperoleh nilai 90,05.",
            None,
            {("RSUD Bantul", 2023): {"score": 89.75}, ("RSUD H. Hasan Basry", 2023): {"score": 90.05}},
            False,
        ),
        (
            "Ombudsman RI menilai unit layanan Pemkab Jember dalam Penilaian Kepatuhan tahun 2022. Dinas Penanaman "
            "Modal dan PTSP Kabupaten Jember meraih nilai 94,02 (A), sedangkan Puskesmas Kaliwates 80,15 (C).",
            None,
            {
                ("Dinas Penanaman Modal dan PTSP", 2022): {"score": 94.02, "grade": "A", "parent": "Kabupaten Jember"},
                ("Puskesmas Kaliwates", 2022): {"score": 80.15, "grade": "C"},
            },
            False,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Pemkot Pontianak. "
            "RSUD Kota Pontianak meraih nilai 88,40. Polres Kubu Raya meraih 86,10. Rumah Sakit Umum Daerah "
            "(RSUD) Sambas memperoleh nilai 91,75, sedangkan Dinas Sosial Kota Pontianak 80,05.",
            None,
            {
                ("RSUD Kota Pontianak", 2023): {"score": 88.4, "parent": "Kota Pontianak"},
                # a vertical office
                ("Polres Kubu Raya", 2023): {"score": 86.1, "parent": "Kepolisian Negara Republik Indonesia"},
                ("Rumah Sakit Umum Daerah Sambas", 2023): {"score": 91.75, "parent": "Kabupaten Sambas"},
                ("Dinas Sosial", 2023): {"score": 80.05, "parent": "Kota Pontianak"},
            },
            False,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Nilai tertinggi diraih Dinas Kesehatan "
            "90,10, Pemkab Bengkayang meraih nilai 85,00. RSUD Abdul Aziz, milik Pemkot Singkawang, meraih nilai 91,00.",
            None,
            {
                ("Kabupaten Bengkayang", 2023): {"score": 85.0},
                ("RSUD Abdul Aziz", 2023): {"score": 91.0, "parent": "Kota Singkawang"},
                ("Kota Singkawang", 2023): None,
            },
            False,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Pemkab Sleman. Bupati menyebut "
            "Puskesmas Depok II dan Dinas Sosial ikut dinilai. Puskesmas tersebut meraih nilai 92,44, sedangkan "
            "Kabupaten Sleman memperoleh 88,70. Dinas Perhubungan juga diperiksa; instansi itu mencatat 81,05.",
            None,
            {
                ("Puskesmas Depok II", 2023): {"score": 92.44},
                ("Kabupaten Sleman", 2023): {"score": 88.7},
                ("Dinas Perhubungan", 2023): {"score": 81.05},
                ("Dinas Sosial", 2023): None,
            },
            False,
        ),
    ],
    ids=[
        "hospital-named-after-a-region-or-person",
        "dan-ptsp-stays-in-the-name",
        "facilities-keep-their-place-as-parent",
        "government-after-a-comma-in-a-list",
        "anaphoric-unit-subject",
    ],
)
def test_units_and_their_owners(text, published, expected, exact):
    assert_record_fields(text, expected, published, exact)


def test_hospital_keeps_its_eponym_and_owner_is_parent_not_subject():
    r = recs(
        "RSUD dr. Abdul Rivai Raih Nilai 91,40\n\nTANJUNG REDEB - Rumah Sakit Umum Daerah dr. Abdul Rivai "
        "milik Pemkab Berau meraih nilai 91,40 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
        "Ombudsman RI tahun 2024. Sementara itu Puskesmas Tanjung Redeb memperoleh 88,10."
    )
    ents = {e for e, _ in r}
    assert "Kabupaten Berau" not in ents  # the owner is not the subject of the hospital's score
    rec = r[("Rumah Sakit Umum Daerah dr. Abdul Rivai", 2024)]
    assert (rec.score, rec.parent, rec.entity_type) == (91.4, "Kabupaten Berau", "unit")
    assert not any(e.startswith("RSUD") for e in ents)  # the short form of the same unit merges


def test_a_doctor_named_after_a_unit_is_not_part_of_its_name():
    res = extract_article(
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Puskesmas Kamonji meraih nilai 90,10. "
        "Kepala Puskesmas Kamonji dr. Rina Lestari bersyukur. RS Prof. Dr. Sulianti Saroso meraih nilai 88,00."
    )
    r = {(x.entity, x.year): x for x in res.records}
    assert r[("Puskesmas Kamonji", 2023)].score == 90.1
    assert r[("RS Prof. Dr. Sulianti Saroso", 2023)].score == 88.0
    assert {o.name: o.title for o in res.officials}.get("Rina Lestari") == "Kepala Puskesmas Kamonji"


# -- the one compared with, set off by a comma, is not the holder ---------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "namun mendapatkan nilai yang sedikit lebih tinggi dari Kabupaten Bungo, yakni mencapai 80,03",
        "tetapi nilainya lebih baik daripada Kabupaten Bungo, yaitu 80,03",
        "dan mengungguli Kabupaten Bungo, dengan nilai 80,03",
    ],
    ids=[
        "namun-mendapatkan-nilai-yang-sedikit",
        "tetapi-nilainya-lebih-baik-daripada",
        "dan-mengungguli-kabupaten-bungo-dengan",
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


# -- the place of a group, the assessor's page header or office, the office a unit lies in -------------------


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
    ids=[
        "tujuh-dari-24",
        "empat-dari-24",
        "pemda-di-sulsel",
        "pemkab-di-sulsel",
        "pemko-dan-pemkab",
        "dari-24-yang-ada",
    ],
)
def test_place_of_a_group_gets_no_label(said):
    text = "Penilaian kepatuhan pelayanan publik Ombudsman RI tahun 2023 di Sulawesi Selatan. " + said
    assert recs(text) == {}


def test_only_government_named_as_a_place_still_holds_its_label():
    text = "Penilaian kepatuhan Ombudsman RI tahun 2023. Bupati Gowa menerima predikat zona hijau dengan nilai 91,25."
    assert {(k, r.zone, r.score) for k, r in recs(text).items()} == {(("Kabupaten Gowa", 2023), "hijau", 91.25)}


@pytest.mark.parametrize(
    "header",
    ["PERWAKILAN: KALIMANTAN TENGAH • Senin, 05/03/2018 •\n", "Perwakilan: Sulawesi Tengah\n"],
    ids=["perwakilan-caps-date", "perwakilan-plain"],
)
def test_assessor_page_header_is_no_subject(header):
    text = (
        "Dua Kabupaten Masuk Zona Merah Pelayanan Publik\n"
        + header
        + "Hasil penilaian kepatuhan tahun 2017 oleh Ombudsman menunjukkan Kabupaten Sigi dan Kabupaten Poso "
        "masuk zona merah."
    )
    assert set(recs(text)) == {("Kabupaten Sigi", 2017), ("Kabupaten Poso", 2017)}


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
    ids=["ombudsman-kanwil", "kanwil-bpn"],
)
def test_assessor_or_surrounding_office_is_no_unit(said, entities):
    got = recs("Hasil penilaian kepatuhan pelayanan publik Ombudsman RI tahun 2023 diserahkan. " + said)
    assert {k[0] for k in got} == entities


def test_the_office_a_unit_belongs_to_is_no_subject_and_kapolrestabes_is_a_title():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan 2023. Polrestabes Surabaya meraih peringkat pertama "
        "dari 38 Polres di jajaran Polda Jawa Timur dengan nilai 98,02. Kapolrestabes Surabaya Kombes Pol "
        "Pasma Royce menerima penghargaan."
    )
    assert_record_fields(text, {("Polrestabes Surabaya", 2023): {"score": 98.02, "rank": 1}}, exact=True)
    assert officials_of(text) == {"Pasma Royce": "Kapolrestabes Surabaya"}


@pytest.mark.parametrize(
    "office",
    ["Ombudsman Kalimantan tengah (Kalteng)", "Ombudsman RI Perwakilan kalteng (Kalteng)"],
    ids=["kalimantan-tengah", "perwakilan-kalteng"],
)
def test_assessor_short_form_in_brackets_is_no_subject(office):
    got = recs(
        f"PALANGKA RAYA - Hasil penilaian Tim pencegahan {office} terhadap pelayanan publik tahun 2017, "
        "Kota Palangka Raya juga masuk dalam zona merah."
    )
    assert set(got) == {("Kota Palangka Raya", 2017)}


# -- governments named by their heads in a list receive what the list receives -------------------------------

AWARD_ACEH = "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021 di Banda Aceh. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Wali Kota Langsa Usman Abdullah, Bupati Pidie Roni Ahmad dan Bupati Bireuen Muzakkar Gani menerima "
        "Penghargaan Kepatuhan Tinggi.",
        "Penghargaan predikat kepatuhan tinggi diterima Wali Kota Langsa Usman Abdullah, Bupati Pidie Roni Ahmad "
        "serta Bupati Bireuen Muzakkar Gani.",
        "Sebanyak 3 kepala daerah di Aceh meraih predikat kepatuhan tinggi. Ketiga kepala daerah tersebut adalah "
        "Wali Kota Langsa Usman Abdullah, Bupati Pidie yang diwakili Sekda Ahmad Yani dan Bupati Bireuen Muzakkar Gani.",
    ],
    ids=["heads-menerima", "diterima-heads", "ketiga-kepala-daerah"],
)
def test_a_list_of_heads_names_their_governments(sentence):
    got = recs(AWARD_ACEH + sentence)
    for name in ("Kota Langsa", "Kabupaten Pidie", "Kabupaten Bireuen"):
        assert got[(name, 2021)].opinion == "kepatuhan tinggi"
    assert ("Provinsi Aceh", 2021) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        # one head alone, his government named as its own subject elsewhere: the head's place stays a place
        "Bupati Pidie Roni Ahmad hadir saat Kabupaten Bireuen menerima predikat kepatuhan tinggi.",
        "Penghargaan predikat kepatuhan tinggi untuk Kabupaten Bireuen disaksikan Bupati Pidie Roni Ahmad.",
    ],
    ids=["hadir-saat", "disaksikan"],
)
def test_a_single_head_beside_a_named_government_is_no_holder(sentence):
    got = recs(AWARD_ACEH + sentence)
    assert got[("Kabupaten Bireuen", 2021)].opinion == "kepatuhan tinggi"
    assert ("Kabupaten Pidie", 2021) not in got


# -- a province named bare after "dari", and a count as the only holder, are nobody's ------------------------


@pytest.mark.parametrize(
    "text",
    [
        AWARD_ACEH + "Kabupaten Pidie meraih zona hijau. Dari Aceh, hanya Kabupaten Pidie yang hadir di Jakarta.",
        AWARD_ACEH
        + "Kabupaten Pidie meraih zona hijau. Sebelumnya, 5 dari 23 pemerintah daerah (Pemda) di Aceh meraih "
        "zona hijau.",
        AWARD_ACEH
        + "Penilaian dilakukan pada 23 Pemda se-Aceh, termasuk Pemprov Aceh. Namun, yang berhasil meraih zona "
        "hijau hanya 5.",
        AWARD_ACEH + "Survei mencakup seluruh daerah termasuk Pemprov Aceh. Yang masuk zona hijau baru tujuh daerah.",
    ],
    ids=["dari-aceh", "5-dari-23", "hanya-5", "baru-tujuh"],
)
def test_the_province_as_a_place_or_a_count_gets_nothing(text):
    got = recs(text)
    assert ("Provinsi Aceh", 2021) not in got


def test_a_count_look_alike_a_score_after_hanya_is_still_carried():
    got = recs(AWARD_ACEH + "Pemprov Aceh masuk zona kuning. Nilai yang diraih hanya 70,25.")
    assert got[("Provinsi Aceh", 2021)].score == 70.25


# -- a newspaper named after its city, the city of a street address, the province in an award's title --------

RIAU_2018 = "Ombudsman RI Perwakilan Riau menyerahkan hasil penilaian kepatuhan tahun 2018. "


@pytest.mark.parametrize(
    "byline",
    [
        "Laporan Wartawan Tribun Jambi Rina Sari\n",
        "Dikutip dari Radar Jambi, Senin.\n",
        "Laporan wartawan Harian Jambi\n",
    ],
    ids=["tribun", "radar", "harian"],
)
def test_a_city_newspaper_is_no_holder(byline):
    got = recs(
        byline + "Ombudsman RI Perwakilan Jambi memberi nilai 66,40 bagi pelayanan publik di Pemerintah Kota "
        "Sungai Penuh tahun 2018. Nilai tersebut masuk kategori zona kuning."
    )
    assert ("Kota Jambi", 2018) not in got
    assert got[("Kota Sungai Penuh", 2018)].score == 66.4


@pytest.mark.parametrize(
    "address",
    ["Jalan Sudirman No 12 Pekanbaru", "Jl. Diponegoro 182 Pekanbaru", "Jalan Jenderal Sudirman Nomor 4 Pekanbaru"],
    ids=["jalan-no", "jl-number", "jalan-nomor"],
)
def test_the_city_of_a_street_address_is_no_holder(address):
    got = recs(
        RIAU_2018
        + "Kabupaten Siak meraih zona hijau. \u201cHanya Siak yang hijau,\u201d ujar dia di kantor Ombudsman, "
        f"{address}, Kamis 31 Januari 2019."
    )
    assert ("Kota Pekanbaru", 2018) not in got
    assert got[("Kabupaten Siak", 2018)].zone == "hijau"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sertifikat Kepatuhan Standar Pelayanan Publik Jawa Timur Tahun 2022 diterima Wabup di Sidoarjo.",
        "\u201cSaya menerima penghargaan dengan kategori Predikat Kepatuhan Tinggi Jawa Timur Tahun 2022,\u201d ujarnya.",
        "Piagam Kepatuhan Jatim itu diserahkan pada Senin (20/03/2023).",
    ],
    ids=["sertifikat", "quoted-predikat", "piagam-jatim"],
)
def test_the_province_of_an_award_title_is_no_holder(sentence):
    got = recs(
        "Pemerintah Kabupaten Jember masuk zona hijau, yakni Predikat Kepatuhan Tinggi dari Ombudsman RI "
        "Tahun 2022 dengan nilai 82,15. " + sentence
    )
    assert ("Provinsi Jawa Timur", 2022) not in got
    assert got[("Kabupaten Jember", 2022)].score == 82.15


def test_the_province_government_with_its_own_score_still_holds():
    got = recs(
        "Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2022. Pemprov Jawa Timur meraih predikat kepatuhan "
        "tinggi dengan nilai 90,10, dan Jawa Timur menjadi contoh bagi daerah lain."
    )
    assert got[("Provinsi Jawa Timur", 2022)].score == 90.1


# -- an outlet's name made of a city and another province ---------------------------------------------------


@pytest.mark.parametrize("outlet", ["Metro Bali", "Batu Sumbar"], ids=["metro-bali", "batu-sumbar"])
def test_a_city_and_another_province_side_by_side_name_an_outlet(outlet):
    text = (
        f"Dua Kabupaten di Bali Masuk Zona Merah\n\n{outlet}\n\nDenpasar - Ombudsman RI menyerahkan hasil "
        "survei kepatuhan tahun 2016. Dua kabupaten yang masuk zona merah adalah Bangli dan Jembrana."
    )
    got = recs(text)
    assert got[("Kabupaten Bangli", 2016)].zone == "merah"
    assert {name for name, _ in got} == {"Kabupaten Bangli", "Kabupaten Jembrana"}


def test_a_city_and_its_own_province_side_by_side_is_the_city():
    got = recs("Ombudsman RI menyerahkan hasil survei kepatuhan tahun 2016. Kota Denpasar Bali masuk zona hijau.")
    assert got[("Kota Denpasar", 2016)].zone == "hijau"


# -- an office the one before it has; a map of a province's public service -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Hanya Kabupaten Ende yang sudah memiliki Mal Pelayanan Publik (MPP) pernah meraih zona hijau pada 2019.",
        "Kabupaten Ende yang mempunyai Mal Pelayanan Publik pernah masuk zona hijau pada 2019.",
    ],
    ids=["memiliki-mpp", "mempunyai-mpp"],
)
def test_an_office_the_government_has_takes_none_of_its_values(sentence):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. " + sentence)
    assert got[("Kabupaten Ende", 2019)].zone == "hijau"
    assert not any(name.startswith("Mal Pelayanan Publik") for name, _ in got)


def test_an_office_that_has_something_keeps_its_values():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. Di Kabupaten Ende, Mal Pelayanan Publik "
        "yang memiliki 20 gerai layanan meraih zona hijau."
    )
    assert any(name.startswith("Mal Pelayanan Publik") and r.zone == "hijau" for (name, _), r in got.items())


@pytest.mark.parametrize(
    "sentence",
    [
        "Peta pelayanan publik di Nusa Tenggara Timur yang diukur hingga Desember 2021 menunjukkan zona merah.",
        "Peta kepatuhan di Provinsi Nusa Tenggara Timur tahun 2021 masih berwarna merah.",
    ],
    ids=["peta-pelayanan", "peta-kepatuhan"],
)
def test_a_map_of_a_provinces_public_service_is_no_verdict_on_its_government(sentence):
    got = recs("Ombudsman RI memaparkan hasil penilaian kepatuhan. " + sentence)
    assert ("Provinsi Nusa Tenggara Timur", 2021) not in got
