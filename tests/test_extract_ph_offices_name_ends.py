"""Where a unit's name ends: a full stop ends it, an abbreviation's full stop stays inside it; a health
centre keeps its number (Arabic or Roman); a merged office keeps its comma-joined affairs, while a list of
separate offices stays separate; a regional office's short name ends before its government, which is its
parent, and an office named by its topic ("Dinas ESDM") is the government's, not a ministry.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

OPENING_2023 = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. "


# -- full stops: the end of a sentence ends a name, an abbreviation's stays in it ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Hanya satu yang masuk zona hijau, yakni Polres Bangkalan. Sedang Polres lain kuning.",
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023. Zona hijau diraih Polres Bangkalan. Selanjutnya Ombudsman akan mendampingi.",
    ],
    ids=["yakni-then-sedang", "diraih-then-selanjutnya"],
)
def test_a_full_stop_ends_a_unit_name(text):
    r = recs(text)
    assert ("Polres Bangkalan", 2023) in r
    assert not any("." in e for e, _ in r)


def test_abbreviations_keep_their_full_stop_in_a_name():
    text = OPENING_2023 + "RSUD dr. H. Moch. Ansari Saleh meraih nilai 90,40."
    assert recs(text)[("RSUD dr. H. Moch. Ansari Saleh", 2023)].score == 90.4


# -- a numbered health centre keeps its number ------------------------------------------------------------


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
    ids=["dengan-nilai", "diraih", "roman-number"],
)
def test_a_numbered_health_centre_keeps_its_number(text, entity):
    r = recs(text)
    assert r[(entity, 2024)].score == 97.2
    assert r[("Puskesmas Turi", 2024)].score == 95.1


# -- a merged office keeps its comma-joined affairs; separate offices listed stay separate -----------------

BANGKA_2023 = "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 di Kabupaten Bangka. "


@pytest.mark.parametrize(
    "written",
    [
        "Dinas Sosial, Pemberdayaan Masyarakat dan Desa",
        "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana",
        "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu Dan Tenaga Kerja",
        "Badan Kepegawaian, Pendidikan dan Pelatihan Daerah",
    ],
    ids=["dinas-sosial-pmd", "dinas-p3akb", "dpmptsp-naker", "bkpsdm"],
)
def test_merged_offices_keep_their_comma_joined_affairs(written):
    r = recs(BANGKA_2023 + f"{written} meraih nilai 94,10, sedangkan Puskesmas Sungailiat 90,20.")
    # (a connector written capitalised is the name's lower-case one, so both spellings name one unit)
    assert r[(written.replace(" Dan ", " dan "), 2023)].score == 94.1


def test_a_list_of_separate_offices_is_not_one_merged_name():
    text = BANGKA_2023 + "Dinas Kesehatan, Dinas Sosial dan Dinas Pendidikan masuk zona hijau."
    assert {e for e, _ in recs(text)} == {"Dinas Kesehatan", "Dinas Sosial", "Dinas Pendidikan"}


# -- a regional office's short name ends before its government, its parent; a topic is no ministry ----------


@pytest.mark.parametrize(
    "written, entity, parent",
    [
        ("Dispendukcapil Kota Surabaya", "Dispendukcapil", "Kota Surabaya"),
        ("DPM-PTSP Kabupaten Sidoarjo", "DPM-PTSP", "Kabupaten Sidoarjo"),
        ("Inspektorat Daerah Kabupaten Gresik", "Inspektorat Daerah", "Kabupaten Gresik"),
    ],
    ids=["dispendukcapil", "dpm-ptsp", "inspektorat-daerah"],
)
def test_short_names_of_regional_offices(written, entity, parent):
    r = recs(OPENING_2023 + f"{written} meraih nilai 86,30.")
    assert list(r) == [(entity, 2023)]
    assert r[(entity, 2023)].parent == parent


def test_a_provincial_office_named_by_its_topic_is_no_ministry():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2023 kepada Pemprov Jambi. Dinas ESDM "
        "meraih nilai 85,40."
    )
    assert recs(text)[("Dinas ESDM", 2023)].parent == "Provinsi Jambi"


# -- an office's name cut by the excerpt's end ("3. Kantor Pertanahan Kota Tan"): completed from the gazetteer when
# -- exactly one kabupaten/kota of the list's province opens with the cut word, else no record ----------------------

KEPRI_LAND = (
    "Ombudsman RI Perwakilan Kepulauan Riau menyerahkan hasil penilaian kepatuhan 2023 bagi kantor pertanahan "
    "se-Kepri. Berikut peringkat kantor pertanahan di Kepri:\n1. Kantor Pertanahan Kota Batam\n"
    "2. Kantor Pertanahan Kabupaten Karimun\n"
)
JABAR_LAND = (
    "Ombudsman RI Perwakilan Jawa Barat menyerahkan hasil penilaian kepatuhan 2023 bagi kantor pertanahan se-Jawa "
    "Barat. Berikut peringkat kantor pertanahan di Jawa Barat:\n1. Kantor Pertanahan Kota Bogor\n"
    "2. Kantor Pertanahan Kota Bekasi\n"
)


@pytest.mark.parametrize(
    "cut", ["3. Kantor Pertanahan Kota Tan", "3. Kantor Pertanahan Kota Tanj…", "3. Kantor Pertanahan Kota Ta"]
)
def test_a_cut_office_name_with_one_fitting_region_is_completed(cut):
    got = recs(KEPRI_LAND + cut)
    assert got[("Kantor Pertanahan Kota Tanjung Pinang", 2023)].rank == 3, got
    assert not any(e.endswith((" Tan", " Tanj", " Ta")) for e, _ in got)


@pytest.mark.parametrize(
    "cut", ["3. Kantor Pertanahan Kota Ban", "3. Kantor Pertanahan Kota B", "3. Kantor Pertanahan Kota Xyz"]
)
def test_a_cut_office_name_that_fits_no_single_region_gives_no_record(cut):
    got = recs(JABAR_LAND + cut)
    assert set(got) == {("Kantor Pertanahan Kota Bogor", 2023), ("Kantor Pertanahan Kota Bekasi", 2023)}, got


def test_a_whole_office_name_at_the_texts_end_is_kept():
    # look-alike: the last item is whole ("Kota Bandung"), the text just ends there
    got = recs(JABAR_LAND + "3. Kantor Pertanahan Kota Bandung")
    assert got[("Kantor Pertanahan Kota Bandung", 2023)].rank == 3
