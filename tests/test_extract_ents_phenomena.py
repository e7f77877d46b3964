"""Who a record is about: entity recognition and resolution on the phrasings regional news uses.

Sentences written for these tests (places and offices are real, the results invented).
"""

import pytest

from extract_helpers import recs

ATR = "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"
POLRI = "Kepolisian Negara Republik Indonesia"
GOVERNMENT_TYPES = {"provinsi", "kabupaten", "kota"}


def governments(r):
    return {e for (e, _), x in r.items() if x.entity_type in GOVERNMENT_TYPES}


# -- offices named only by their region inside a list of offices ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the list goes on after a full office name with bare places and bracketed scores
        (
            "Ombudsman RI Perwakilan Aceh menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kantor Pertanahan "
            "Aceh Besar meraih nilai 91,20, disusul Pidie (88,45), Bireuen (86,10) dan Aceh Utara (80,05)."
        ),
        # the same list with "dengan nilai" after every member
        (
            "Ombudsman RI Perwakilan Aceh menyerahkan hasil Penilaian Kepatuhan tahun 2023. Nilai tertinggi "
            "diraih Kantor Pertanahan Aceh Besar dengan nilai 91,20, Pidie dengan nilai 88,45, Bireuen dengan "
            "nilai 86,10, dan Aceh Utara dengan nilai 80,05."
        ),
        # the short head "Kantah"
        (
            "Ombudsman RI Perwakilan Aceh menyerahkan hasil Penilaian Kepatuhan tahun 2023: Kantah Aceh Besar "
            "(91,20), Pidie (88,45), Bireuen (86,10), serta Aceh Utara (80,05)."
        ),
    ],
)
def test_bare_places_after_a_land_office_are_land_offices(text):
    r = recs(text)
    assert not governments(r) - {"Provinsi Aceh"}  # Pidie, Bireuen, Aceh Utara are offices here
    # the members take the list's head as written; a "Kantor Pertanahan" is named with its place's level word
    head = "Kantah" if "Kantah" in text else "Kantor Pertanahan Kabupaten"
    scores = {e: x.score for (e, _), x in r.items()}
    assert scores[f"{head} Pidie"] == 88.45
    assert scores[f"{head} Bireuen"] == 86.1
    assert scores[f"{head} Aceh Utara"] == 80.05
    rec = r[(f"{head} Pidie", 2023)]
    assert (rec.entity_type, rec.parent, rec.province) == ("unit", ATR, "Aceh")


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ombudsman RI Perwakilan Banten menyerahkan hasil Penilaian Kepatuhan tahun 2022. Tiga kantor "
            "pertanahan yang masuk zona hijau yaitu Kabupaten Lebak, Kota Cilegon dan Tangsel."
        ),
        (
            "Ombudsman RI Perwakilan Banten menyerahkan hasil Penilaian Kepatuhan tahun 2022. Kantor pertanahan "
            "yang meraih zona hijau antara lain Kabupaten Lebak, Kota Cilegon, dan Tangsel."
        ),
        (
            "Ombudsman RI Perwakilan Banten menyerahkan hasil Penilaian Kepatuhan tahun 2022. Adapun kantah "
            "yang masuk zona hijau adalah: Kabupaten Lebak, Kota Cilegon serta Tangsel."
        ),
    ],
)
def test_places_introduced_after_a_plural_office_noun_are_offices(text):
    r = recs(text)
    assert not governments(r)
    got = {e: x.zone for (e, _), x in r.items()}
    # the place as written; a short form expanded to the region's name
    assert got == {
        "Kantor Pertanahan Kabupaten Lebak": "hijau",
        "Kantor Pertanahan Kota Cilegon": "hijau",
        "Kantor Pertanahan Kota Tangerang Selatan": "hijau",
    }


def test_a_government_after_an_office_list_stays_a_government():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kantor Pertanahan Kabupaten Bantul "
        "meraih nilai 90,10, sedangkan Pemkab Sleman meraih nilai 95,20."
    )
    r = recs(text)
    assert r[("Kabupaten Sleman", 2023)].score == 95.2
    assert r[("Kantor Pertanahan Kabupaten Bantul", 2023)].score == 90.1


@pytest.mark.parametrize(
    "text, office",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. BPN Kabupaten Aceh Utara meraih "
            "predikat kepatuhan rendah dengan nilai 43,10.",
            "Kantor Pertanahan Kabupaten Aceh Utara",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. Badan Pertanahan Nasional (BPN) "
            "Kota Langsa meraih nilai 43,10.",
            "Kantor Pertanahan Kota Langsa",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. Nilai 43,10 diraih Kemenag "
            "Kabupaten Pidie.",
            "Kantor Kementerian Agama Kabupaten Pidie",
        ),
    ],
)
def test_an_agency_before_a_region_is_its_office_there(text, office):
    r = recs(text)
    assert not governments(r)
    assert r[(office, 2021)].score == 43.1
    assert r[(office, 2021)].entity_type == "unit"


# -- vertical offices: parent is the ministry, the place stays in the name ----------------


@pytest.mark.parametrize(
    "text, entity, parent, province",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Polres Sumenep meraih nilai 88,20.",
            "Polres Sumenep",
            POLRI,
            "Jawa Timur",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kantor Wilayah (Kanwil) BPN Provinsi "
            "Jambi meraih nilai 88,20.",
            "Kantor Wilayah BPN Provinsi Jambi",
            ATR,
            "Jambi",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kantor Kementerian Agama Kota Ambon "
            "meraih nilai 88,20.",
            "Kantor Kementerian Agama Kota Ambon",
            "Kementerian Agama",
            "Maluku",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Polresta Malang Kota meraih nilai 88,20.",
            "Polresta Malang Kota",
            POLRI,
            "Jawa Timur",
        ),
    ],
)
def test_vertical_offices_belong_to_their_ministry(text, entity, parent, province):
    r = recs(text)
    rec = r[(entity, 2023)]
    assert (rec.score, rec.entity_type, rec.parent, rec.province) == (88.2, "unit", parent, province)
    assert not governments(r)


def test_the_head_of_an_office_is_not_part_of_its_name():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2022. Kanwil BPN Aceh meraih nilai 86,42. "
        "Penghargaan diterima Kepala Kanwil BPN Aceh Dr Rahmat Hidayat."
    )
    r = recs(text)
    assert list(r) == [("Kanwil BPN Aceh", 2022)]


def test_short_and_long_names_of_one_regional_office_are_one_record():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. Kantor Wilayah BPN Provinsi Aceh "
        "masuk zona hijau. Kanwil BPN Aceh meraih nilai 86,42."
    )
    r = recs(text)
    assert list(r) == [("Kantor Wilayah BPN Provinsi Aceh", 2021)]
    assert (
        r[("Kantor Wilayah BPN Provinsi Aceh", 2021)].score,
        r[("Kantor Wilayah BPN Provinsi Aceh", 2021)].zone,
    ) == (86.42, "hijau")


# -- unit names: full stops, numbers, merged offices ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Hanya satu yang masuk zona hijau, yakni Polres Bangkalan. Sedang Polres lain kuning.",
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Zona hijau diraih Polres Bangkalan. Selanjutnya Ombudsman akan mendampingi.",
    ],
)
def test_a_full_stop_ends_a_unit_name(text):
    r = recs(text)
    assert ("Polres Bangkalan", 2023) in r
    assert not any("." in e for e, _ in r)


def test_abbreviations_keep_their_full_stop_in_a_name():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. RSUD dr. H. Moch. Ansari Saleh "
        "meraih nilai 90,40."
    )
    assert recs(text)[("RSUD dr. H. Moch. Ansari Saleh", 2023)].score == 90.4


@pytest.mark.parametrize(
    "text, entity",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Puskesmas Depok 3 dengan nilai 97,20, Puskesmas Turi 95,10.",
            "Puskesmas Depok 3",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Nilai 97,20 diraih Puskesmas Gamping 2, disusul Puskesmas Turi 95,10.",
            "Puskesmas Gamping 2",
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Puskesmas Mlati II meraih 97,20 dan Puskesmas Turi 95,10.",
            "Puskesmas Mlati II",
        ),
    ],
)
def test_a_numbered_health_centre_keeps_its_number(text, entity):
    r = recs(text)
    assert r[(entity, 2024)].score == 97.2
    assert r[("Puskesmas Turi", 2024)].score == 95.1


@pytest.mark.parametrize(
    "written",
    [
        "Dinas Sosial, Pemberdayaan Masyarakat dan Desa",
        "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana",
        "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu Dan Tenaga Kerja",
        "Badan Kepegawaian, Pendidikan dan Pelatihan Daerah",
    ],
)
def test_merged_offices_keep_their_comma_joined_affairs(written):
    text = (
        f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 di Kabupaten Bangka. {written} "
        f"meraih nilai 94,10, sedangkan Puskesmas Sungailiat 90,20."
    )
    r = recs(text)
    assert r[(written, 2023)].score == 94.1


def test_a_list_of_separate_offices_is_not_one_merged_name():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 di Kabupaten Bangka. Dinas Kesehatan, "
        "Dinas Sosial dan Dinas Pendidikan masuk zona hijau."
    )
    assert {e for e, _ in recs(text)} == {"Dinas Kesehatan", "Dinas Sosial", "Dinas Pendidikan"}


# -- names of governments -------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "Pemprov D.I Yogyakarta",
        "Pemprov D.I. Yogyakarta",
        "Pemda DIY",
        "Pemerintah Provinsi DI Yogyakarta",
        "Provinsi D.I.Y.",
    ],
)
def test_the_special_region_is_the_province_not_the_city(written):
    text = f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. {written} meraih nilai 91,30."
    r = recs(text)
    assert list(r) == [("Provinsi Daerah Istimewa Yogyakarta", 2023)]


@pytest.mark.parametrize(
    "written, entity",
    [
        ("Pemkot Bau Bau", "Kota Baubau"),
        ("Kota Bau-Bau", "Kota Baubau"),
        ("Kota Baubau", "Kota Baubau"),
        ("Pemkot Palangkaraya", "Kota Palangka Raya"),
        ("Kota Palangka Raya", "Kota Palangka Raya"),
        ("KotaYogyakarta", "Kota Yogyakarta"),
        ("PemkabSleman", "Kabupaten Sleman"),
        ("KabupatenGunungkidul", "Kabupaten Gunungkidul"),
    ],
)
def test_spellings_and_glued_level_words_resolve_to_the_kemendagri_name(written, entity):
    text = f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. {written} meraih nilai 91,30."
    assert list(recs(text)) == [(entity, 2023)]


@pytest.mark.parametrize(
    "written", ["Pemerintah Kota (Pemkot) Bekasi Jawa Barat", "Kota Bekasi, Jawa Barat", "Pemkot Bekasi (Jawa Barat)"]
)
def test_a_province_written_after_its_city_only_locates_it(written):
    text = f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2022. {written} meraih nilai A dan skor 93,58."
    assert list(recs(text)) == [("Kota Bekasi", 2022)]


@pytest.mark.parametrize(
    "dateline", ["BANTENPOS.COM, KOTA SERANG - ", "BANTENNEWS.CO.ID, SERANG – ", "Kabarbanten.com, Serang - "]
)
def test_the_city_of_a_dateline_is_not_a_subject(dateline):
    text = (
        f"{dateline}Sejumlah polres di wilayah hukum Polda Banten masuk zona hijau pada Penilaian Kepatuhan "
        "tahun 2021 oleh Ombudsman. Polres Cilegon meraih nilai 94,31."
    )
    r = recs(text)
    assert not governments(r)
    assert r[("Polres Cilegon", 2021)].score == 94.31


@pytest.mark.parametrize(
    "written",
    ["Kementerian Agraria dan tata ruang", "Kementerian agraria dan tata ruang", "KEMENTERIAN AGRARIA DAN TATA RUANG"],
)
def test_ministry_names_in_any_case_after_the_first_word(written):
    text = f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2019. {written} meraih nilai 76,12."
    assert recs(text)[("Kementerian Agraria dan Tata Ruang", 2019)].score == 76.12


def test_a_counted_kind_of_office_is_not_the_agency():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. Kanwil BPN Aceh bersama 7 kantor BPN "
        "lainnya meraih zona hijau."
    )
    r = recs(text)
    assert ("Badan Pertanahan Nasional", 2021) not in r


@pytest.mark.parametrize(
    "written, entity",
    [
        ("Kementrian Agama", "Kementerian Agama"),
        ("Kemkes", "Kementerian Kesehatan"),
        ("Kemenlu", "Kementerian Luar Negeri"),
        ("Kemen PUPR", "Kementerian Pekerjaan Umum dan Perumahan Rakyat"),
        ("KemenESDM", "Kementerian Energi dan Sumber Daya Mineral"),
        ("Kementerian PPPA", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak"),
    ],
)
def test_ministries_by_their_short_forms_and_misspellings(written, entity):
    text = f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. {written} meraih nilai 95,40."
    assert list(recs(text)) == [(entity, 2023)]


def test_a_provincial_office_named_by_its_topic_is_no_ministry():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Pemprov Jambi. Dinas ESDM "
        "meraih nilai 85,40."
    )
    r = recs(text)
    assert r[("Dinas ESDM", 2023)].parent == "Provinsi Jambi"


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Polres Pamekasan, Sumenep dan Bangkalan masuk zona hijau.",
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Zona hijau diraih Polres Pamekasan, Sumenep, serta Bangkalan.",
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Tiga polres masuk zona hijau, yakni Pamekasan, Sumenep dan Bangkalan.",
    ],
)
def test_a_list_of_police_offices_by_place(text):
    r = recs(text)
    assert not governments(r)
    assert {e: (x.zone, x.parent) for (e, _), x in r.items()} == {
        f"Polres {p}": ("hijau", POLRI) for p in ("Pamekasan", "Sumenep", "Bangkalan")
    }


def test_a_bare_place_in_a_list_of_health_centres_is_a_health_centre():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024 kepada Pemkab Sleman. Puskesmas Turi "
        "meraih 95,10, Depok (94,20), kemudian Puskesmas Kalasan 93,00."
    )
    r = recs(text)
    assert governments(r) == set()
    assert (r[("Puskesmas Depok", 2024)].score, r[("Puskesmas Depok", 2024)].parent) == (94.2, "Kabupaten Sleman")


def test_a_government_with_its_level_word_after_a_hospital_stays_a_government():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. RSUD Kota Yogyakarta meraih 90,10, "
        "Kabupaten Sleman 88,20."
    )
    r = recs(text)
    assert r[("Kabupaten Sleman", 2024)].score == 88.2


@pytest.mark.parametrize(
    "written, entity",
    [
        ("Kabupaten Tulangbawang Barat", "Kabupaten Tulang Bawang Barat"),
        ("Pemkab TulangBawang", "Kabupaten Tulang Bawang"),
        ("Kab. Tanjungjabung Timur", "Kabupaten Tanjung Jabung Timur"),
        ("Kabupaten BatuBara", "Kabupaten Batu Bara"),
    ],
)
def test_names_with_their_words_run_together(written, entity):
    text = f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. {written} masuk zona kuning."
    assert list(recs(text)) == [(entity, 2021)]


def test_members_of_a_list_after_a_government_take_its_level_even_run_together():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021. Yang masuk zona kuning adalah "
        "Pemerintah Kabupaten Way Kanan, Tulangbawang Barat, dan Lampung Utara."
    )
    assert {e for e, _ in recs(text)} == {
        "Kabupaten Way Kanan",
        "Kabupaten Tulang Bawang Barat",
        "Kabupaten Lampung Utara",
    }


@pytest.mark.parametrize(
    "tail",
    [
        "Kalasan (93,00) dan Ngemplak 2 (92,10).",
        "Kalasan dengan nilai 93,00, serta Ngemplak 2 dengan nilai 92,10.",
        "Kalasan 93,00, Ngemplak 2 92,10.",
    ],
)
def test_list_members_named_by_a_place_the_gazetteer_does_not_know(tail):
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024 kepada Pemkab Sleman. Puskesmas Turi "
        f"meraih 95,10, {tail}"
    )
    got = {e: x.score for (e, _), x in recs(text).items()}
    assert got == {"Puskesmas Turi": 95.1, "Puskesmas Kalasan": 93.0, "Puskesmas Ngemplak 2": 92.1}


def test_a_value_phrase_after_a_facility_is_no_member():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024 kepada Pemkab Sleman. Puskesmas Turi "
        "meraih 95,10, Nilai 94 diraih Dinas Sosial, Zona Hijau 90 persen."
    )
    assert {e for e, _ in recs(text)} == {"Puskesmas Turi", "Dinas Sosial"}


@pytest.mark.parametrize(
    "place", ["di Mapolda Banten", "di Mapolres Serang", "di Kejari Serang", "di Bandara Soekarno-Hatta, Tangerang"]
)
def test_a_place_named_by_its_police_headquarters_or_another_office_is_no_subject(place):
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2021 kepada Polres Cilegon yang meraih nilai "
        f"94,31. Penyerahan berlangsung {place}, Kamis. Polres Cilegon masuk zona hijau."
    )
    r = recs(text)
    assert list(r) == [("Polres Cilegon", 2021)]


@pytest.mark.parametrize(
    "written, entity",
    [
        ("Kab. Kep. Selayar", "Kabupaten Kepulauan Selayar"),
        ("Pemkab Kep Sangihe", "Kabupaten Kepulauan Sangihe"),
        ("Pemprov Kep. Riau", "Provinsi Kepulauan Riau"),
    ],
)
def test_kepulauan_written_short(written, entity):
    text = f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2022. {written} meraih nilai 81,30."
    assert list(recs(text)) == [(entity, 2022)]


@pytest.mark.parametrize(
    "written, parent",
    [
        ("Balai POM Kupang", "Badan Pengawas Obat dan Makanan"),
        ("Balai Besar POM Palembang", "Badan Pengawas Obat dan Makanan"),
        ("Kejaksaan Negeri Serang", "Kejaksaan Republik Indonesia"),
        ("Kejari Pandeglang", "Kejaksaan Republik Indonesia"),
    ],
)
def test_offices_of_national_agencies_in_the_regions(written, parent):
    text = f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. {written} meraih nilai 86,30."
    r = recs(text)
    assert list(r) == [(written, 2023)]
    assert r[(written, 2023)].parent == parent


@pytest.mark.parametrize(
    "written, entity, parent",
    [
        ("Dispendukcapil Kota Surabaya", "Dispendukcapil", "Kota Surabaya"),
        ("DPM-PTSP Kabupaten Sidoarjo", "DPM-PTSP", "Kabupaten Sidoarjo"),
        ("Inspektorat Daerah Kabupaten Gresik", "Inspektorat Daerah", "Kabupaten Gresik"),
    ],
)
def test_short_names_of_regional_offices(written, entity, parent):
    text = f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. {written} meraih nilai 86,30."
    r = recs(text)
    assert list(r) == [(entity, 2023)]
    assert r[(entity, 2023)].parent == parent


@pytest.mark.parametrize("bullet", ["{n}. ", "- ", "• "])
def test_a_bulleted_list_of_land_offices_by_place(bullet):
    lines = [
        ("Kantor Pertanahan Kota Kupang", "90,12"),
        ("Kabupaten Kupang", "88,10"),
        ("Manggarai Barat", "85,00"),
        ("Sikka", "80,50"),
    ]
    body = "\n".join(bullet.format(n=i + 1) + f"{name}: {v}" for i, (name, v) in enumerate(lines))
    text = f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 untuk kantor pertanahan di NTT:\n{body}"
    r = recs(text)
    assert not governments(r)
    assert {e: x.score for (e, _), x in r.items()} == {
        "Kantor Pertanahan Kota Kupang": 90.12,
        "Kantor Pertanahan Kabupaten Kupang": 88.1,
        "Kantor Pertanahan Kabupaten Manggarai Barat": 85.0,
        "Kantor Pertanahan Kabupaten Sikka": 80.5,
    }


def test_governments_listed_after_a_health_centre_line_stay_governments():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 di NTT:\n- Puskesmas Oesapa: 90,12\n"
        "- Kabupaten Kupang: 88,10\n- Kota Kupang: 85,00"
    )
    assert governments(recs(text)) == {"Kabupaten Kupang", "Kota Kupang"}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Selain kantor pertanahan, Ombudsman juga "
            "menilai pemda, yaitu Kabupaten Serang dengan nilai 90,10 dan Kota Cilegon dengan nilai 88,00."
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 terhadap polres dan pemerintah daerah di "
            "Banten. Hasilnya: Kabupaten Serang 90,10, Kota Cilegon 88,00."
        ),
    ],
)
def test_a_list_of_governments_after_a_word_about_offices_stays_governments(text):
    assert governments(recs(text)) == {"Kabupaten Serang", "Kota Cilegon"}


def test_land_offices_of_one_province_introduced_after_se_provinsi():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Dua kantor pertanahan se-Provinsi Banten "
        "yang masuk zona hijau yaitu Kabupaten Serang dan Kabupaten Tangerang."
    )
    r = recs(text)
    assert set(e for e, _ in r) == {"Kantor Pertanahan Kabupaten Serang", "Kantor Pertanahan Kabupaten Tangerang"}


def test_a_vertical_office_keeps_its_own_place_in_an_article_about_another_province():
    text = (
        "Ombudsman RI Perwakilan NTT menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kanwil Kemenag Provinsi "
        "NTT meraih 88,00, sedangkan Kanwil Kemenkumham Bali meraih 90,10."
    )
    r = recs(text)
    assert (r[("Kanwil Kemenkumham Bali", 2023)].province, r[("Kanwil Kemenkumham Bali", 2023)].parent) == (
        "Bali",
        "Kementerian Hukum dan Hak Asasi Manusia",
    )
    assert r[("Kanwil Kemenag Provinsi NTT", 2023)].province == "Nusa Tenggara Timur"


def test_a_headline_goes_on_after_an_office_but_its_place_ends_the_name():
    text = (
        "Kanwil BPN Aceh Bersama Bupati Aceh Besar Terima Penghargaan\n\nOmbudsman RI menyerahkan hasil "
        "Penilaian Kepatuhan tahun 2023. Kanwil BPN Aceh meraih nilai 90,10."
    )
    assert list(recs(text)) == [("Kanwil BPN Aceh", 2023)]


@pytest.mark.parametrize(
    "headline, body_name",
    [
        ("POLRES PAMEKASAN RAIH ZONA HIJAU DARI OMBUDSMAN", "Polres Pamekasan"),
        ("KANTOR PERTANAHAN KABUPATEN BANTUL MASUK ZONA HIJAU", "Kantor Pertanahan Kabupaten Bantul"),
        ("RSUD SLEMAN RAIH ZONA HIJAU PELAYANAN PUBLIK", "RSUD Sleman"),
    ],
)
def test_a_unit_in_an_all_capitals_headline_is_the_unit_of_the_body(headline, body_name):
    text = (
        f"{headline}\n\nOmbudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. {body_name} meraih nilai 90,10."
    )
    r = recs(text)
    assert list(r) == [(body_name, 2023)]  # the headline's place is no government record of its own
    assert (r[(body_name, 2023)].score, r[(body_name, 2023)].zone) == (90.1, "hijau")


@pytest.mark.parametrize(
    "text",
    [
        (
            "Kantor Pertanahan di Klaten Raih Zona Hijau\n\nOmbudsman RI menyerahkan hasil Penilaian Kepatuhan tahun "
            "2023 kepada Pemkab Klaten. Kantor Pertanahan memperoleh nilai 89,60."
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kantor Pertanahan di Klaten memperoleh "
            "nilai 89,60."
        ),
        (
            "Kantor Pertanahan di Klaten Raih Zona Hijau\n\nOmbudsman RI menyerahkan hasil Penilaian Kepatuhan tahun "
            "2023. Kantor Pertanahan Kabupaten Klaten memperoleh nilai 89,60."
        ),
    ],
)
def test_a_vertical_office_without_its_place_in_the_name_takes_the_place_of_the_article(text):
    r = recs(text)
    rec = r[("Kantor Pertanahan Kabupaten Klaten", 2023)]
    assert (rec.score, rec.parent, rec.province) == (89.6, ATR, "Jawa Tengah")
    assert len([e for e, _ in r if e.startswith("Kantor Pertanahan")]) == 1


def test_a_police_office_written_in_full_and_short_is_one_office():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Kepolisian Resor (Polres) Pamekasan "
        "meraih nilai 90,10. Polres Pamekasan masuk zona hijau."
    )
    r = recs(text)
    assert list(r) == [("Kepolisian Resor Pamekasan", 2023)]
    assert (r[("Kepolisian Resor Pamekasan", 2023)].zone, r[("Kepolisian Resor Pamekasan", 2023)].parent) == (
        "hijau",
        POLRI,
    )


@pytest.mark.parametrize(
    "written, entity",
    [
        ("kantor pertanahan Kota Kupang", "Kantor Pertanahan Kota Kupang"),
        ("polres Sikka", "Polres Sikka"),
        ("kantah Kabupaten Ende", "Kantor Pertanahan Kabupaten Ende"),
    ],
)
def test_an_office_head_written_in_lower_case_before_its_place(written, entity):
    text = (
        f"Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Nilai tertinggi diraih {written} dengan 90,10."
    )
    r = recs(text)
    assert list(r) == [(entity, 2023)]
    assert r[(entity, 2023)].entity_type == "unit"


def test_an_office_in_a_title_is_no_subject():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Pemkot Kupang yang meraih 90,10, "
        "diterima Kepala kantor pertanahan Kota Kupang."
    )
    assert list(recs(text)) == [("Kota Kupang", 2023)]
