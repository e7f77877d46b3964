"""Old-instrument verdicts and zones in other words: the level after "level" ("pelayanannya ada di level
sedang", "berada pada level kepatuhan rendah"), a service word between the verdict word and its level ("masuk
kategori pelayanan sedang"), a level "memenuhi persyaratan kepatuhan tinggi", the band called an "area"
("area hijau"). From 2022 on a bare old level is no opinion (records/years.py).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

LEAD = "Ombudsman RI Perwakilan Sulawesi Utara menyerahkan hasil penilaian kepatuhan pelayanan publik tahun {y}. "


@pytest.mark.parametrize(
    "text, opinion",
    [
        (
            "Pemkot Tomohon masuk zona kuning. Artinya pelayanan publik di pemkot itu ada di level sedang.",
            "kepatuhan sedang",
        ),
        ("Kabupaten Minahasa Utara berada di level kepatuhan rendah dan masuk zona merah.", "kepatuhan rendah"),
        ("Kota Tomohon berada pada level tinggi dengan nilai 88,10.", "kepatuhan tinggi"),
        ("Kabupaten Minahasa Utara masuk kategori pelayanan sedang dengan nilai 70,20.", "kepatuhan sedang"),
        ("Hanya Kota Tomohon yang memenuhi persyaratan kepatuhan tinggi dengan nilai 88,10.", "kepatuhan tinggi"),
    ],
    ids=["ada-di-level", "level-kepatuhan", "berada-pada-level", "kategori-pelayanan", "persyaratan"],
)
def test_a_level_written_in_other_words_is_the_old_verdict(text, opinion):
    got = recs(LEAD.format(y=2019) + text)
    assert [r.opinion for r in got.values() if r.year == 2019 and r.opinion] == [opinion], got


def test_a_group_in_a_service_category_gives_its_members_the_verdict():
    text = (
        "Ada dua pemerintah daerah yang masuk kategori layanan sedang, yaitu Kabupaten Minahasa Utara dan Kota "
        "Tomohon, sedangkan Kota Bitung meraih predikat hijau."
    )
    got = recs(LEAD.format(y=2021) + text)
    for name in ("Kabupaten Minahasa Utara", "Kota Tomohon"):
        assert got[(name, 2021)].opinion == "kepatuhan sedang", got


def test_a_bare_level_from_the_graded_years_is_no_opinion():
    got = recs(LEAD.format(y=2023) + "Kota Tomohon masuk zona kuning dan berada di level sedang dengan nilai 70,20.")
    r = got[("Kota Tomohon", 2023)]
    assert (r.zone, r.opinion) == ("kuning", None), r


def test_level_in_prose_is_no_verdict():
    text = "Kota Tomohon meraih nilai 88,10. Wali kota meminta koordinasi level tinggi antar dinas."
    r = recs(LEAD.format(y=2019) + text)[("Kota Tomohon", 2019)]
    assert r.opinion is None, r


@pytest.mark.parametrize(
    "text, zone",
    [
        ("Kabupaten Minahasa Utara meraih kepatuhan tinggi (area hijau) dengan nilai 90,10.", "hijau"),
        ("Kota Tomohon dengan nilai 45,30 tempatnya pada area merah.", "merah"),
        ("Kota Bitung ada di area kuning dengan nilai 60,40.", "kuning"),
    ],
    ids=["bracket", "pada-area", "di-area"],
)
def test_the_band_called_an_area_is_the_zone(text, zone):
    got = recs(LEAD.format(y=2019) + text)
    assert [r.zone for r in got.values() if r.zone] == [zone], got


@pytest.mark.parametrize(
    "text",
    [
        "Kota Tomohon masuk zona kuning. Secara kualitas, pelayanannya berada di level sedang atau nilai C.",
        "Kota Tomohon meraih nilai 70,20 dan dari sisi kualitasnya ada di level sedang.",
    ],
    ids=["secara-kualitas", "kualitasnya"],
)
def test_a_level_said_of_the_quality_is_the_graded_opinion(text):
    r = recs(LEAD.format(y=2022) + text)[("Kota Tomohon", 2022)]
    assert r.opinion == "kualitas sedang", r


# -- a pre-2022 result has no grade and no "kualitas" opinion (RECORDS.md: labels across instruments) -----

OMB_EARLY = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik tahun {y}. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kota Blitar meraih nilai 84,10 dan masuk kategori A atau zona hijau.",
        "Dengan nilai 84,10, Kota Blitar tergolong kategori A, yakni zona hijau.",
        "Kota Blitar mendapat nilai 84,10 (zona hijau, kualitas tinggi).",
    ],
)
def test_a_2021_result_takes_no_grade_nor_kualitas_opinion(sentence):
    r = recs(OMB_EARLY.format(y=2021) + sentence)[("Kota Blitar", 2021)]
    assert (r.score, r.zone, r.grade, r.opinion) == (84.1, "hijau", None, None)


def test_the_same_labels_in_2022_are_kept():
    r = recs(OMB_EARLY.format(y=2022) + "Kota Blitar meraih nilai 84,10 dan masuk kategori B atau kualitas tinggi.")
    assert (r[("Kota Blitar", 2022)].grade, r[("Kota Blitar", 2022)].opinion) == ("B", "kualitas tinggi")


def test_years_listed_together_keep_kualitas_for_the_graded_year_only():
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan. Nilai Kabupaten Garut pada tahun 2021 adalah 62,50 "
        "(zona kuning, kualitas sedang), sedangkan pada tahun 2022 adalah 73,15 (zona kuning, kualitas sedang)."
    )
    assert got[("Kabupaten Garut", 2021)].opinion is None
    assert got[("Kabupaten Garut", 2022)].opinion == "kualitas sedang"


# -- another body's index beside the assessment ("indek kepuasan", "budaya kinerja") is not its score -----


@pytest.mark.parametrize(
    "other",
    [
        "Dengan skor indeks mencapai 71,50, budaya kinerja Kementerian Agama dinilai cukup sehat.",
        "Lembaga Administrasi Negara menilai Indek Kepuasan Layanan Haji tahun 2022 mencapai angka 89,20. "
        "Angka ini naik dari tahun 2021 yang bernilai 85,10.",
        "Indeks budaya kerja di Kementerian Agama tercatat 71,50.",
    ],
)
def test_another_index_gives_no_score(other):
    got = recs(
        "Sepanjang 2022 Kementerian Agama mencatat banyak capaian. " + other + " Akhir tahun, Ombudsman memberi "
        "Kementerian Agama predikat kepatuhan standar pelayanan publik tahun 2022. Adapun nilainya 91,30 dengan opini "
        "kualitas tertinggi."
    )
    assert got[("Kementerian Agama", 2022)].score == 91.3
    assert [k for k in got if k[0] != "Kementerian Agama" or k[1] != 2022] == []


def test_a_work_culture_said_beside_a_rank_is_no_other_index():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2024. Kota Bogor naik ke peringkat ketujuh "
        "nasional dengan nilai 90,12, yang menurut wali kota mencerminkan perubahan budaya kerja aparatur."
    )
    assert (got[("Kota Bogor", 2024)].score, got[("Kota Bogor", 2024)].rank) == (90.12, 7)


@pytest.mark.parametrize(
    "other",
    [
        "Pada 2021 nilainya (55,10) predikat CC (Cukup), lalu tahun 2022 nilai (60,40) predikat CC.",
        "Tahun 2022 Kabupaten Garut meraih nilai 72,30 dengan predikat BB (Sangat Baik).",
        "Di tahun 2022 angkanya 60,40 dan Kabupaten Garut mendapat predikat nilai CC.",
    ],
)
def test_doubled_letter_levels_belong_to_another_evaluation(other):
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan. Kabupaten Garut pada tahun 2022 meraih nilai 81,75 "
        "(zona hijau, kualitas tinggi). Kabupaten Garut juga membaik dalam evaluasi lain. " + other
    )
    assert got[("Kabupaten Garut", 2022)].score == 81.75
    assert [k for k in got if k != ("Kabupaten Garut", 2022)] == []


# -- a promise ("berjanji ... agar ... masuk zona hijau") is a wish: its zone is no result ----------------


@pytest.mark.parametrize(
    "promise",
    [
        "Pemda berjanji akan terus berbenah supaya tahun berikutnya Kota Ambon bisa lepas dari zona kuning lalu "
        "masuk zona hijau.",
        "Wali kota berjanji untuk membenahi layanan agar di tahun berikutnya Kota Ambon mampu keluar dari zona "
        "kuning dan naik ke zona hijau.",
        "Pemerintah kota berjanji terus berbenah agar tahun berikutnya Kota Ambon dapat meninggalkan zona kuning "
        "dan meraih zona hijau.",
    ],
)
def test_a_promised_zone_is_no_result(promise):
    got = recs(
        "Ombudsman RI Perwakilan Maluku menyerahkan hasil penilaian kepatuhan tahun 2023. Kota Ambon naik ke "
        "zona kuning dengan nilai 67,26. " + promise
    )
    assert got[("Kota Ambon", 2023)].zone == "kuning"
    assert [k for k in got if k != ("Kota Ambon", 2023)] == []


# -- the scale a score is read on, in words ("dari skala 1 sampai 100"), is no band definition --------------


@pytest.mark.parametrize("scale", ["dari skala 1 sampai 100", "dalam skala 0 hingga 100", "dari skala 10 sampai 100"])
def test_a_worded_scale_keeps_the_score(scale):
    got = recs(
        "Ombudsman RI menilai kepatuhan standar pelayanan publik tahun 2016. Pemerintah Kabupaten Boalemo berada "
        f"di zona merah dengan perolehan nilai kepatuhan sebesar 31,20 {scale}."
    )
    assert (got[("Kabupaten Boalemo", 2016)].score, got[("Kabupaten Boalemo", 2016)].zone) == (31.2, "merah")
