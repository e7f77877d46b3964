"""Ranks and records from phrasings found in batches 61-62: a place counted from the bottom of a counted
field ("peringkat kedua dari bawah dari 11 kabupaten/kota" is rank 10), a span of years written with "sampai
pada tahun", a share of complaints in percent (no score), a unit kind counted with its office word ("empat
Kantor Kepolisian Resor", no unit), a year before a unit's short name (no count), and a place named by a
vertical agency's head ("Kapolda X") that never stands in for a sentence's subject.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import assert_record_fields, fields_of, governments, recs

OPEN_2019 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun 2019. "


# -- a place counted from the bottom -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "told, rank",
    [
        ("Kota Tual berada di peringkat kedua dari bawah dari 11 kabupaten/kota di Maluku.", 10),
        ("Kabupaten Buru menempati urutan ketiga dari urutan paling bawah di antara 11 kabupaten/kota se-Maluku.", 9),
        ("Dari 11 kabupaten/kota, Kota Ambon ada di posisi pertama dari belakang.", 11),
    ],
    ids=["kedua-dari-bawah", "ketiga-dari-urutan-paling-bawah", "pertama-dari-belakang"],
)
def test_a_place_from_the_bottom_is_counted_back_from_the_field(told, rank):
    r = recs(OPEN_2019 + told + " Daerah itu masuk zona merah.")
    got = [rec.rank for rec in r.values() if rec.year == 2019]
    assert got == [rank]


def test_a_place_from_the_bottom_with_the_field_counted_elsewhere():
    text = (
        OPEN_2019 + "Penilaian dilakukan terhadap 11 kabupaten/kota di Maluku. "
        "Adapun Kota Tual menduduki peringkat kedua dalam daftar terburuk dari urutan paling bawah, di zona merah."
    )
    assert fields_of(recs(text), "Kota Tual", 2019, "rank") == {"rank": 10}


def test_a_place_from_the_bottom_without_a_field_is_no_rank():
    text = OPEN_2019 + "Kota Tual menduduki peringkat kedua dari bawah dan masuk zona merah."
    assert fields_of(recs(text), "Kota Tual", 2019, "rank", "zone") == {"rank": None, "zone": "merah"}


def test_a_plain_place_of_a_field_is_unchanged():
    # look-alike: "di bawah" a neighbour is no count from the bottom
    text = OPEN_2019 + "Kota Tual berada di peringkat kedua dari 11 kabupaten/kota, di bawah Kota Ambon."
    assert fields_of(recs(text), "Kota Tual", 2019, "rank") == {"rank": 2}


# -- a span of years written with "sampai pada tahun" ---------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "semenjak tahun 2018 sampai pada tahun 2019 kemarin",
        "sejak tahun 2018 hingga pada tahun 2019",
        "dari tahun 2018 sampai dengan tahun 2019",
    ],
)
def test_a_label_held_over_a_span_of_years_goes_to_both(span):
    text = OPEN_2019 + f"Wali kota mengakui, {span}, Kota Tual secara beruntun masih berada di zona merah."
    assert_record_fields(text, {("Kota Tual", 2018): {"zone": "merah"}, ("Kota Tual", 2019): {"zone": "merah"}})


# -- a share of complaints is no score ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "share",
    [
        "Ada 12 laporan pengaduan terkait Polda NTB atau sekitar 5,9 persen dari seluruh laporan.",
        "Dugaan maladministrasi di Polda NTB mencapai 14 laporan, kira-kira 6,4 persen.",
        "Aduan masyarakat soal Polda NTB tercatat 10 kasus atau 4,8% dari total.",
    ],
)
def test_a_share_of_complaints_is_no_score(share):
    r = recs(OPEN_2019 + "Polda NTB masuk zona kuning. " + share)
    assert [rec.score for rec in r.values()] == [None]


def test_a_percent_score_in_a_clause_without_complaints_stays():
    r = recs(OPEN_2019 + "Polda NTB masuk zona kuning dengan nilai 72,5 persen.")
    assert fields_of(r, "Polda NTB", 2019, "score") == {"score": 72.5}


# -- a unit kind counted with its office word, a year before a short name ---------------------------------


@pytest.mark.parametrize(
    "counted",
    [
        "Sedangkan dua Kantor Kepolisian Resor yang tercatat di zona merah yaitu, Polres Alor nilai predikatnya "
        "52,60 dan Polres Kupang 47,70.",
        "Adapun dua kantor Kepolisian Resor di zona merah adalah Polres Alor dan Polres Kupang.",
    ],
)
def test_a_kind_counted_with_its_office_word_holds_no_record(counted):
    r = recs("KUPANG - " + OPEN_2019 + counted)
    assert {e for e, _ in r} == {"Polres Alor", "Polres Kupang"}


@pytest.mark.parametrize(
    "said",
    [
        "Sejak 2022 sampai 2023 MPP Provinsi Jawa Barat meraih zona hijau.",
        "Pada 2022 dan 2023 MPP Kota Surabaya masuk zona hijau.",
    ],
)
def test_a_year_before_a_short_unit_name_is_no_count(said):
    r = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan. " + said)
    assert {rec.entity_type for rec in r.values()} == {"unit"}
    assert {y for _, y in r} == {2022, 2023}


# -- a place named by a vertical agency's head stands in for no subject -----------------------------------


@pytest.mark.parametrize("head", ["Kapolda NTT", "Kajati NTT", "Kakanwil NTT"])
def test_a_place_after_an_agency_head_stands_in_for_nobody(head):
    text = (
        OPEN_2019 + f"Terhadap hasil itu, Ombudsman meminta {head} memberi apresiasi kepada pimpinan unit yang "
        "mendapat zona hijau."
    )
    assert not governments(recs(text))


def test_a_place_after_a_regional_head_still_stands_in():
    # look-alike: the regent's own government holds the result told in the sentence
    text = OPEN_2019 + "Ombudsman menyerahkan kepada Bupati Seluma sertifikat zona hijau."
    assert "Kabupaten Seluma" in governments(recs(text))


# -- a short name with a hyphenated part, defined in brackets, names the long-named unit ------------------


@pytest.mark.parametrize(
    "again", ["Pada tahun 2023 Dinsos-PMD menduduki posisi teratas.", "Dinsos-PMD juga menduduki posisi teratas."]
)
def test_a_hyphenated_short_name_defined_in_brackets_is_the_same_unit(again):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Nilai terbaik didapat oleh Dinas Sosial, "
        f"Pemberdayaan Masyarakat dan Desa (Dinsos-PMD) yang meraih nilai 93,17. {again}"
    )
    r = recs(text)
    assert list(r) == [("Dinas Sosial, Pemberdayaan Masyarakat dan Desa", 2023)]


# -- a rewritten page's words for a place ("tempat 121", "barisan 14"), before a number only ----------------

NTB_2018 = (
    "Ombudsman RI Perwakilan NTB memberikan nilai kepatuhan pelayanan publik tahun 2018 pada 7 kabupaten di NTB. "
)


@pytest.mark.parametrize(
    "told, rank",
    [
        ("Kabupaten Dompu dengan nilai 58,20 ada pada tempat 117.", 117),
        ("Kabupaten Dompu dengan nilai 60,41 duduki tempat 121 dari 199 kabupaten.", 121),
        ("Kabupaten Dompu dengan skor 60,41 di barisan 121.", 121),
    ],
)
def test_a_common_word_before_a_place_number_heads_a_rank(told, rank):
    assert fields_of(recs(NTB_2018 + told), "Kabupaten Dompu", 2018, "rank") == {"rank": rank}


def test_a_common_word_without_a_number_is_no_rank_head():
    # look-alike: "tempat" as a venue, with an ordinal after it, and a list number later in the text
    text = NTB_2018 + "Kabupaten Dompu dengan nilai 60,41 menjadi tempat kedua acara. Kedua, Kabupaten Bima 56,97."
    r = recs(text)
    assert fields_of(r, "Kabupaten Dompu", 2018, "rank") == {"rank": None}


def test_the_last_place_is_no_rank_when_two_fields_are_counted():
    # "pada 7 kabupaten" and "dari 199 kabupaten": the last place of which field is not said
    text = (
        NTB_2018 + "Kabupaten Lombok Barat menempati barisan paling buncit. Dari 199 kabupaten yang dinilai di "
        "Indonesia, Kabupaten Lombok Barat dengan nilai 44,68 duduki barisan 162."
    )
    assert fields_of(recs(text), "Kabupaten Lombok Barat", 2018, "rank") == {"rank": 162}


# -- a headline's label before a colon heads no list when no one is named after it -----------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Situbondo Masuk Zona Hijau: Ombudsman RI Beri Apresiasi atas Layanan yang Membaik",
        "Pemkab Situbondo Raih Zona Hijau: Bupati Bangga dan Berterima Kasih",
    ],
)
def test_a_label_before_a_colon_goes_to_the_one_named_before_it(headline):
    text = f"{headline}\n\nSITUBONDO - Ketua Ombudsman RI hadir di Situbondo, Selasa (25/3/2025)."
    assert fields_of(recs(text), "Kabupaten Situbondo", 2024, "zone") == {"zone": "hijau"}


def test_a_label_before_a_colon_still_heads_the_names_after_it():
    # look-alike: the names after the colon are the ones holding it
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Provinsi Jawa Timur mencatat zona hijau: "
        "Kabupaten Situbondo dan Kabupaten Bondowoso."
    )
    assert_record_fields(
        text, {("Kabupaten Situbondo", 2024): {"zone": "hijau"}, ("Kabupaten Bondowoso", 2024): {"zone": "hijau"}}
    )


# -- a page that tells two years' results: its date's year, written, is the one it reports ----------------


@pytest.mark.parametrize(
    "later",
    [
        'Kemudian di tahun 2021, kata dia, Ombudsman menambah indikator. "Kota Bandung tetap meraih nilai 81,4."',
        "Pada penilaian tahun 2021 instrumennya ditambah. Kota Bandung kembali memperoleh nilai 81,4.",
    ],
)
def test_the_page_dates_year_written_beats_the_history_told(later):
    text = (
        "Rabu, 19 Januari 2022. Ombudsman RI memberi penghargaan kepatuhan kepada Pemkot Bandung. "
        '"Di tahun 2015 Kota Bandung di zona kuning dengan nilai 78,35, lalu pada 2016 naik ke zona hijau '
        f'dengan nilai 86,56," katanya.\n\n{later}'
    )
    assert_record_fields(text, {("Kota Bandung", 2021): {"score": 81.4}, ("Kota Bandung", 2016): {"score": 86.56}})


def test_history_only_keeps_its_latest_year():
    # look-alike: the page's year is not written; the latest year with values is the one reported
    text = (
        "Rabu, 19 Januari 2022. Ombudsman RI memberi penghargaan kepatuhan kepada Pemkot Bandung. Di tahun 2015 "
        "Kota Bandung di zona kuning dengan nilai 78,35, lalu pada 2016 naik ke zona hijau dengan nilai 86,56."
    )
    assert {y for _, y in recs(text)} == {2015, 2016}


# -- a unit's name ending in a bare level word is the unit named with its place ---------------------------


def test_a_name_ending_in_a_bare_level_word_is_the_placed_unit():
    text = (
        "GORONTALO - Dinas Kesehatan Provinsi Gorontalo menjadi lokus penilaian kepatuhan Ombudsman RI.\n"
        "Pada hasil dua tahun, 2022 dan 2023, Dinas Kesehatan Provinsi tetap di angka 79 poin."
    )
    assert {e for e, _ in recs(text)} == {"Dinas Kesehatan"}
