"""Groups and their members: a counted part of a group keeps its labels or has its own earlier year, a
closing label for a list spread over two sentences, members named after a statement about the rest, a
group referred back by its noun, the rest as a group of its own, exceptions and "selain", "baik X maupun
N lainnya", the place of a counted group, others above a reference, and a growing count of a zone.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_PROV, recs


# -- where a survey was done is no group: the group restated after it keeps its labels -------------


@pytest.mark.parametrize(
    "quote",
    [
        "Dari hasil survei yang kami lakukan di 13 kabupaten/kota, ada lima daerah yang masih rendah",
        "Penilaian dilakukan terhadap 13 kabupaten/kota dan lima daerah masih rendah",
        "Kami melakukan survei pada 13 kabupaten/kota, hasilnya lima daerah masih rendah",
    ],
    ids=["dari-hasil-survei-yang-kami", "penilaian-dilakukan-terhadap-13-kabupaten", "kami-melakukan-survei-pada-13"],
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


# -- groups and the ones paired with them: "baik X maupun N lainnya", "X yang ... bersama 3 daerah lainnya" ---


@pytest.mark.parametrize(
    "said",
    [
        "Adapun baik Pemerintah Provinsi Jawa Barat maupun 25 Pemerintah Kabupaten/Kota lainnya di Jawa Barat "
        "sama-sama masuk Zona Kepatuhan Sedang atau Zona Kuning.",
        "Baik Pemprov Jabar (Jawa Barat) maupun 25 kabupaten/kota lainnya berada di zona kuning atau kepatuhan sedang.",
    ],
    ids=["adapun-baik", "baik-pemprov-jabar"],
)
def test_entity_paired_with_a_group_by_baik_maupun(said):
    got = recs("Ombudsman RI menilai kepatuhan tahun 2021 di Jawa Barat. " + said)
    r = got[("Provinsi Jawa Barat", 2021)]
    assert (r.zone, r.opinion) == ("kuning", "kepatuhan sedang")


def test_entity_before_a_group_without_baik_maupun_is_not_paired():
    got = recs(
        "Ombudsman RI menilai kepatuhan tahun 2021 di Jawa Barat. Pemprov Jawa Barat mencatat 25 kabupaten/kota "
        "berada di zona kuning."
    )
    assert all(r.zone is None for r in got.values())


def test_government_named_with_others_keeps_its_label():
    got = recs(
        "Ombudsman RI menilai kepatuhan tahun 2022. Pemda Bogor yang meraih zona hijau bersama 3 daerah lainnya "
        "menerima piagam, yakni Kabupaten Bekasi, Kota Depok dan Kota Cimahi."
    )
    assert got[("Kabupaten Bogor", 2022)].zone == "hijau"


# -- "Pemerintah daerah X yang ... sebanyak N pemerintah daerah yaitu A, B": X is where they are -------------

KALTENG = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2019 di Kalteng. "


@pytest.mark.parametrize(
    "said",
    [
        "Pemerintah daerah Kalteng yang memperoleh predikat kepatuhan tinggi (zona hijau) sebanyak tiga pemerintah "
        "daerah yaitu Pemerintah Kabupaten Kapuas dengan nilai 86,10, Kabupaten Katingan dengan nilai 83,03 dan "
        "Kabupaten Seruyan dengan nilai 81,04.",
        "Pemda Kalimantan Tengah yang meraih predikat kepatuhan tinggi atau zona hijau ada tiga pemda, yakni "
        "Kabupaten Kapuas (86,10), Kabupaten Katingan (83,03) dan Kabupaten Seruyan (81,04).",
    ],
    ids=["sebanyak-yaitu", "ada-tiga-yakni"],
)
def test_place_of_a_counted_group_described_before_it(said):
    got = recs(KALTENG + said + " Untuk Pemerintah Provinsi Kalteng memperoleh pedikat kepatuhan sedang (zona kuning).")
    assert {k[0]: (r.zone, r.opinion) for k, r in got.items()} == {
        "Kabupaten Kapuas": ("hijau", "kepatuhan tinggi"),
        "Kabupaten Katingan": ("hijau", "kepatuhan tinggi"),
        "Kabupaten Seruyan": ("hijau", "kepatuhan tinggi"),
        "Provinsi Kalimantan Tengah": ("kuning", "kepatuhan sedang"),
    }


def test_government_described_by_yang_keeps_its_label():
    got = recs(KALTENG + "Pemprov Kalteng yang meraih zona hijau tahun ini menerima piagam dari Ombudsman.")
    assert got[("Provinsi Kalimantan Tengah", 2019)].zone == "hijau"


# -- "Empat Pemprov lain di atas Pemprov X yang juga meraih ... adalah A, B, C. ... D": the four -------------


def test_others_above_a_reference_are_a_group_named_across_sentences():
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2022. Pemprov Jambi meraih nilai 90,54 dan masuk "
        "Predikat Zona Hijau, Katagori A. Empat Pemprov lain di atas Pemprov Jambi yang juga mendapat Predikat Zona "
        "Hijau, Katagori A dengan Opini Kualitas Tertinggi adalah Pemprov Riau dengan nilai 91,15, Pemprov Lampung "
        "dengan nilai 93,14, Pemprov Bengkulu dengan nilai 94,01. Sedang peringkat pertama adalah Pemprov Aceh "
        "dengan nilai 98,15."
    )
    assert got[("Provinsi Jambi", 2022)].rank == 5
    for name in ("Provinsi Riau", "Provinsi Lampung", "Provinsi Bengkulu", "Provinsi Aceh"):
        r = got[(name, 2022)]
        assert (r.zone, r.grade, r.opinion) == ("hijau", "A", "kualitas tertinggi"), name
    assert got[("Provinsi Aceh", 2022)].rank == 1


# -- "daerah yang berada di zona hijau terus meningkat": a growing count, nobody's zone ----------------------

REPORT = (
    "Ombudsman RI menyerahkan laporan tahunan 2023 kepada Pemerintah Kota Depok di Jakarta. Paparan Ombudsman "
    "antara lain membahas penilaian kepatuhan pelayanan publik. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kini instansi maupun pemda yang masuk zona hijau terus meningkat.",
        "\u201cKami berharap zona hijau pun bisa terus meningkat,\u201d katanya.",
        "Jumlah pemda di zona hijau semakin bertambah dari tahun ke tahun.",
    ],
    ids=["instansi-maupun-pemda", "berharap-meningkat", "semakin-bertambah"],
)
def test_a_growing_count_of_the_zone_is_nobodys_zone(sentence):
    got = recs(REPORT + sentence)
    assert ("Kota Depok", 2023) not in got


def test_a_zone_held_beside_a_growing_score_is_kept():
    got = recs(REPORT + "Kota Depok masuk zona hijau, nilainya terus meningkat menjadi 88,40.")
    assert got[("Kota Depok", 2023)].zone == "hijau"


# -- groups: a counted part of a group, and the group's labels reaching each member --------------------------


@pytest.mark.parametrize(
    "sub",
    [
        "Untuk 3 kabupaten dengan nilai terbaik yakni",
        "Adapun 3 kabupaten terbaik di antaranya adalah",
        "Dari kelompok itu, 3 kabupaten yang paling menonjol yaitu",
    ],
    ids=["untuk-3-terbaik", "adapun-di-antaranya", "dari-kelompok-itu"],
)
def test_a_counted_part_of_a_group_keeps_the_groups_labels(sub):
    text = (
        OMB_PROV.format(prov="Jawa Tengah") + "Ombudsman merilis 3 kabupaten dan 2 kota yang menempati zona hijau "
        "dengan opini kualitas tertinggi pada penilaian tahun 2023. Data itu disampaikan di Semarang. "
        f"{sub} Kabupaten Wonosobo dengan skor 95,10, Kabupaten Kendal dengan skor 94,20 dan Kabupaten Pati "
        "dengan skor 93,30. Sementara itu, Kota Tegal meraih skor 96,05 dan Kota Salatiga 95,55."
    )
    r = recs(text)
    for name in ("Kabupaten Wonosobo", "Kabupaten Kendal", "Kabupaten Pati", "Kota Tegal", "Kota Salatiga"):
        assert (r[(name, 2023)].zone, r[(name, 2023)].opinion) == ("hijau", "kualitas tertinggi"), name
    assert r[("Kabupaten Kendal", 2023)].score == 94.2


@pytest.mark.parametrize(
    "part",
    [
        "3 diantaranya pada penilaian tahun 2019 berada di zona kuning, yaitu",
        "3 di antaranya pada penilaian 2019 masih berpredikat zona kuning yakni",
        "3 dari jumlah tersebut pada tahun 2019 masih zona kuning, yaitu",
    ],
    ids=["diantaranya-pada-penilaian", "di-antaranya-berpredikat", "dari-jumlah-tersebut"],
)
def test_a_part_of_a_group_with_its_own_earlier_year(part):
    text = (
        OMB_PROV.format(prov="Riau") + "Penilaian Kepatuhan Tahun 2021 diumumkan di Jakarta. Di tingkat kabupaten "
        f"terdapat 5 kabupaten dengan predikat zona hijau, {part} Kabupaten Kampar, Kabupaten Siak dan "
        "Kabupaten Pelalawan. Dua kabupaten lainnya yang masuk zona hijau ialah Kabupaten Bengkalis dan "
        "Kabupaten Rokan Hulu."
    )
    r = recs(text)
    for name in ("Kabupaten Kampar", "Kabupaten Siak", "Kabupaten Pelalawan"):
        assert r[(name, 2019)].zone == "kuning", name
        assert r[(name, 2021)].zone == "hijau", name
    assert r[("Kabupaten Bengkalis", 2021)].zone == "hijau"
    assert ("Kabupaten Bengkalis", 2019) not in r


@pytest.mark.parametrize(
    "closing",
    [
        "Seluruh sampel tersebut memperoleh kategori A dengan opini Kualitas Tertinggi.",
        "Semua unit layanan itu meraih kategori A dengan opini Kualitas Tertinggi.",
        "Seluruh OPD tersebut mendapat predikat kategori A dengan opini Kualitas Tertinggi.",
    ],
    ids=["seluruh-sampel", "semua-unit", "seluruh-opd"],
)
def test_all_of_a_list_spread_over_two_sentences_gets_the_closing_label(closing):
    text = (
        OMB_PROV.format(prov="Jawa Timur") + "Penilaian tahun 2024, Pemkab Lumajang meraih nilai 93,40. Ada lima unit "
        "pelayanan publik Pemkab Lumajang yang dinilai, yakni Dinas Kesehatan dengan nilai 95,12, Dinas Sosial "
        "dengan nilai 94,80, Puskesmas Pasirian dengan nilai 94,02 dan RSUD dr Haryoto dengan nilai 93,75. "
        f"Kemudian Dinas Pendidikan dengan nilai 90,15. {closing}"
    )
    r = recs(text)
    for name in ("Dinas Kesehatan", "Dinas Sosial", "Puskesmas Pasirian", "Dinas Pendidikan"):
        assert (r[(name, 2024)].grade, r[(name, 2024)].opinion) == ("A", "kualitas tertinggi"), name
        assert r[(name, 2024)].parent == "Kabupaten Lumajang"


@pytest.mark.parametrize(
    "same",
    [
        "Selain itu, 3 kabupaten lainnya menerima penghargaan serupa yaitu",
        "Sebanyak 3 kabupaten juga meraih predikat yang sama, yakni",
        "Hasil yang sama diraih 3 kabupaten lain, yaitu",
    ],
    ids=["penghargaan-serupa", "predikat-yang-sama", "hasil-yang-sama"],
)
def test_the_same_award_as_the_one_just_named_reaches_the_group(same):
    text = (
        OMB_PROV.format(prov="Sumatera Utara") + "Pada penilaian tahun 2024, Pemprov Sumut meraih Kategori Kualitas "
        f"Tertinggi (Kategori A). {same} Kabupaten Karo, Kabupaten Dairi dan Kabupaten Samosir. Sedangkan "
        "Kabupaten Nias Barat berada pada kategori C."
    )
    r = recs(text)
    for name in ("Kabupaten Karo", "Kabupaten Dairi", "Kabupaten Samosir"):
        assert (r[(name, 2024)].grade, r[(name, 2024)].opinion) == ("A", "kualitas tertinggi"), name
    assert r[("Kabupaten Nias Barat", 2024)].grade == "C"
    assert r[("Kabupaten Nias Barat", 2024)].opinion is None


# -- groups named only by "termasuk", and the ones left out --------------------------------------------------


@pytest.mark.parametrize(
    "member",
    [
        "Termasuk Pemprov Jawa Timur (92,08).",
        "Di antaranya Pemprov Jawa Timur dengan nilai 92,08.",
        "Salah satunya Pemprov Jawa Timur yang meraih nilai 92,08.",
    ],
    ids=["termasuk", "di-antaranya", "salah-satunya"],
)
def test_a_member_named_after_a_statement_about_the_rest(member):
    text = (
        OMB_PROV.format(prov="Jawa Timur")
        + "Pada penilaian tahun 2024 hanya 2 pemda yang masuk kategori B, yakni Pemkab "
        "Ngawi (86,10) dan Pemkot Batu (85,28). Untuk pemda di luar 2 pemda tersebut masuk dalam zona hijau "
        f"dengan kualitas tertinggi. {member}"
    )
    r = recs(text)
    jatim = r[("Provinsi Jawa Timur", 2024)]
    assert (jatim.score, jatim.zone, jatim.opinion) == (92.08, "hijau", "kualitas tertinggi")
    # "di luar 2 pemda tersebut": the two are left out
    assert r[("Kabupaten Ngawi", 2024)].opinion is None
    assert r[("Kabupaten Ngawi", 2024)].grade == "B"


# -- groups referred back by their noun, the rest named after a group, exceptions and "selain" ---------------


@pytest.mark.parametrize(
    "back",
    [
        "Tetapi keempat kabupaten itu masih berada di zona kuning.",
        "Keempat kabupaten tersebut masuk zona kuning.",
        "Namun keempat kabupaten itu tetap di zona kuning.",
    ],
    ids=["tetapi-itu", "tersebut", "namun-tetap"],
)
def test_a_group_referred_back_by_its_noun_means_the_last_ones_of_that_kind(back):
    text = (
        OMB_PROV.format(prov="Jawa Barat")
        + "Pada penilaian 2017 Provinsi Jawa Barat berada di zona hijau. Untuk Kabupaten "
        "Garut, Kabupaten Sumedang, Kabupaten Subang dan Kabupaten Majalengka nilainya masing-masing 66,67, 69,48, "
        f"74,26 dan 67,33. Sementara Provinsi Jawa Barat meraih nilai 83,15. {back}"
    )
    r = recs(text)
    for name in ("Kabupaten Garut", "Kabupaten Sumedang", "Kabupaten Subang", "Kabupaten Majalengka"):
        assert r[(name, 2017)].zone == "kuning", name
    assert r[("Provinsi Jawa Barat", 2017)].zone == "hijau"


@pytest.mark.parametrize(
    "rest",
    [
        "selebihnya masuk dalam zona kuning, yaitu",
        "sisanya berada di zona kuning yakni",
        "selebihnya zona kuning, antara lain",
    ],
    ids=["selebihnya-yaitu", "sisanya-yakni", "selebihnya-antara-lain"],
)
def test_the_rest_named_after_a_group_is_a_group_of_its_own(rest):
    text = (
        OMB_PROV.format(prov="Jawa Barat")
        + "Pada penilaian tahun 2019, dua kabupaten yang sudah masuk dalam zona hijau "
        f"yaitu Kabupaten Bekasi dan Kabupaten Karawang, {rest} Kabupaten Purwakarta dan Kabupaten Subang."
    )
    r = recs(text)
    assert r[("Kabupaten Bekasi", 2019)].zone == r[("Kabupaten Karawang", 2019)].zone == "hijau"
    assert r[("Kabupaten Purwakarta", 2019)].zone == r[("Kabupaten Subang", 2019)].zone == "kuning"


@pytest.mark.parametrize(
    "text, green, other",
    [
        ("Kabupaten Agam, Kabupaten Pasaman, kecuali Kabupaten Solok Selatan, masuk zona hijau.", True, None),
        (
            "Seluruhnya masuk zona hijau, yaitu Kabupaten Agam dan Kabupaten Pasaman, kecuali Kabupaten Solok Selatan.",
            True,
            None,
        ),
        (
            "Kabupaten Agam dan Kabupaten Pasaman masuk zona hijau, kecuali Kabupaten Solok Selatan yang masih berada di "
            "zona kuning.",
            True,
            "kuning",
        ),
    ],
    ids=["kecuali-inside", "seluruhnya-kecuali", "kecuali-with-own-zone"],
)
def test_an_exception_takes_no_share_of_the_groups_label(text, green, other):
    r = recs(OMB_PROV.format(prov="Sumatera Barat") + "Pada penilaian tahun 2023, " + text[0].lower() + text[1:])
    assert r[("Kabupaten Agam", 2023)].zone == r[("Kabupaten Pasaman", 2023)].zone == "hijau"
    got = r.get(("Kabupaten Solok Selatan", 2023))
    assert (got.zone if got else None) == other


def test_besides_is_not_an_exception():
    text = (
        OMB_PROV.format(prov="Sumatera Barat")
        + "Pada penilaian tahun 2023, selain Kota Padang, Kota Solok juga meraih zona hijau."
    )
    r = recs(text)
    assert r[("Kota Padang", 2023)].zone == r[("Kota Solok", 2023)].zone == "hijau"


@pytest.mark.parametrize(
    "group",
    [
        "Sebanyak 3 kabupaten yang juga sebelumnya hijau pada 2021 kembali meraih zona hijau, antara lain",
        "Ada 3 kabupaten yang sebelumnya hijau pada 2021 dan kini kembali masuk zona hijau, yaitu",
        "Tercatat 3 kabupaten yang pada 2021 sebelumnya hijau, kini kembali berada di zona hijau, yakni",
    ],
    ids=["sebanyak-antara-lain", "ada-yaitu", "tercatat-yakni"],
)
def test_a_group_green_before_and_again_gives_both_years(group):
    text = (
        OMB_PROV.format(prov="Jawa Tengah") + f"Hasil Penilaian Kepatuhan Tahun 2022 diumumkan di Semarang. {group} "
        "Kabupaten Kendal, Kabupaten Demak dan Kota Tegal."
    )
    r = recs(text)
    for name in ("Kabupaten Kendal", "Kabupaten Demak", "Kota Tegal"):
        assert r[(name, 2021)].zone == r[(name, 2022)].zone == "hijau", name


# -- a unit kind counted over many places ("4 DPMPTSP Kota", "12 (dua belas) Dinas Pendidikan Kabupaten/Kota")
# -- is no unit of its own: its label goes to the members listed after it; "Di" ends a title-case name ------


@pytest.mark.parametrize(
    "counted",
    [
        "hanya 4 DPMPTSP Kota Di Indonesia yang meraih kompetensi tinggi (zona hijau), yaitu:",
        "hanya empat DPMPTSP Kota yang masuk (Zona Hijau) yakni",
        "hanya 4 (empat) DPMPTSP Kota yang memperoleh (zona hijau), antara lain",
    ],
    ids=["digit-di-indonesia", "word", "digit-bracketed-word"],
)
def test_counted_unit_kind_with_a_bare_level_is_no_unit(counted):
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan tahun 2017 atas DPMPTSP di seluruh Indonesia. Dari 44 kota, "
        + counted
        + " DPMPTSP Kota Palu nilai 82,86, DPMPTSP Kota Bogor nilai 76,43, DPMPTSP Kota Palopo nilai 75,10 dan "
        "DPMPTSP Kota Batu nilai 74,00."
    )
    assert not [e for e, _ in got if e.endswith((" Kota", " Indonesia"))]
    prefix = "DPMPTSP Kota "  # the short name as written: the text never spells it out
    assert {got[(prefix + p, 2017)].zone for p in ("Palu", "Bogor", "Palopo", "Batu")} == {"hijau"}


def test_uncounted_unit_with_a_level_word_stays_a_unit():
    got = recs(
        "Ombudsman RI Perwakilan Jambi merilis hasil penilaian kepatuhan tahun 2017 kepada Pemkot Jambi. "
        "Dinas Kesehatan Kota meraih nilai 82,10."
    )
    assert any(e.startswith("Dinas Kesehatan") for e, _ in got)
